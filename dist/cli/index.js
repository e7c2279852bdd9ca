#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8330);
/* harmony import */ var _registry_resolver_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4561);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8564);



process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
    resolver: _registry_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .createRegistryResolver */ .w,
    version: _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8564:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __nccwpck_require__(484);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __nccwpck_require__(299);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __nccwpck_require__(4101);
;// CONCATENATED MODULE: ./src/core/app-compose.ts
/**
 * The dstack app-compose document (README: dstack: the compose hash): built from a template or defaults, checked for what
 * would make dstack refuse it, and written in the canonical layout whose SHA-256 is the compose
 * hash a dstack CVM measures into RTMR3.
 *
 * What dstack accepts follows Dstack-TEE/dstack: the `AppCompose` serde struct in
 * dstack-types/src/lib.rs (required `manifest_version`, `name`, `runner`; unknown keys ignored),
 * the runner dispatch in os/common/rootfs/app-compose.sh (`docker-compose`, `nerdctl-compose`,
 * `bash`), the manifest checks in dstack-util/src/system_setup.rs, and the env-name rule in
 * dstack-util/src/parse_env_file.rs.
 */




/**
 * The document to hash. With a template: the template's keys, `docker_compose_file` set to the
 * compose text, `name` set from `appName` or else kept, or else `defaultName`; no other key is
 * added (every key is hashed, so an added default would change the compose hash the user
 * expects). Without one: the defaults the README lists, as Phala Cloud writes them.
 */
function buildAppCompose(options) {
    const { template, composeText, defaultName } = options;
    const appName = options.appName === '' ? undefined : options.appName;
    if (template === undefined) {
        return {
            manifest_version: 2,
            name: appName ?? defaultName,
            runner: 'docker-compose',
            docker_compose_file: composeText,
            kms_enabled: true,
            gateway_enabled: true,
            public_logs: true,
            public_sysinfo: true,
            public_tcbinfo: true,
            local_key_provider_enabled: false,
            key_provider_id: '',
            allowed_envs: [],
            no_instance_id: false,
            secure_time: false,
        };
    }
    // A shallow copy: nested values are not modified, and spread keeps a `__proto__` key as data.
    const document = { ...template };
    setOwn(document, 'docker_compose_file', composeText);
    if (appName !== undefined)
        setOwn(document, 'name', appName);
    else if (!Object.hasOwn(template, 'name'))
        setOwn(document, 'name', defaultName);
    return document;
}
function setOwn(object, key, value) {
    Object.defineProperty(object, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
    });
}
/** The canonical bytes (as text) of an app-compose document: what is written, uploaded, hashed. */
function serializeAppCompose(document) {
    return (0,canonical_json/* canonicalJson */.dj)(document);
}
/** SHA-256 (lowercase hex) of the exact bytes; strings are hashed as UTF-8. */
function app_compose_composeHash(bytes) {
    if (typeof bytes === 'string' && !(0,canonical_json/* isWellFormedText */.ZC)(bytes)) {
        throw new Error('cannot hash text with a lone surrogate: it has no UTF-8 encoding');
    }
    return (0,hash/* sha256Hex */.f)(bytes);
}
/** Hash and layout of any app-compose file, valid or not; never throws for bad content. */
function inspectAppCompose(bytes) {
    const hash = app_compose_composeHash(bytes);
    let text;
    try {
        // ignoreBOM keeps a BOM in the text, so the parser reports it instead of hiding it.
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return { hash, canonical: false, error: 'not valid UTF-8' };
    }
    let value;
    try {
        value = (0,canonical_json/* parseJsonPreservingNumbers */.zD)(text);
    }
    catch (error) {
        return { hash, canonical: false, error: `not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    let canonical = false;
    try {
        canonical = sameBytes(new TextEncoder().encode((0,canonical_json/* canonicalJson */.dj)(value)), bytes);
    }
    catch {
        // A value the layout cannot express (e.g. a float out of range) is not canonical.
    }
    if (!(0,values/* isRecord */.u)(value))
        return { hash, canonical, error: 'not a JSON object' };
    return { hash, canonical, document: value };
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * Top-level keys that would carry environment values. dstack has no such field (values travel
 * encrypted, outside the document, and only names listed in `allowed_envs` are let through); the
 * document is public and hashed, so a template holding them is refused rather than published.
 */
const ENV_VALUE_KEYS = ['env', 'environment', 'envs', 'env_vars', 'encrypted_env'];
/**
 * Parses and checks an app-compose template. The template may leave out `name` and
 * `docker_compose_file` (the builder fills them); everything else dstack needs must be there,
 * because nothing else is added.
 */
function parseAppComposeTemplate(text, input = 'app-compose-template') {
    let value;
    try {
        value = (0,canonical_json/* parseJsonPreservingNumbers */.zD)(text);
    }
    catch (error) {
        const detail = error instanceof canonical_json/* JsonSyntaxError */.q3 ? error.message : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz(input, `not valid JSON: ${detail}`);
    }
    if (!(0,values/* isRecord */.u)(value))
        throw new errors/* InputError */.dz(input, `must be a JSON object, not ${(0,values/* describeValue */.b)(value)}`);
    for (const key of ENV_VALUE_KEYS) {
        if (Object.hasOwn(value, key)) {
            throw new errors/* InputError */.dz(input, `"${key}" would publish environment values in the hashed app-compose document; ` +
                'list the variable names in allowed_envs and pass the values as dstack encrypted env');
        }
    }
    checkAppCompose(value, input, true);
    return value;
}
/**
 * Throws an InputError naming the field for what would make dstack refuse the document, and for
 * nothing else: unknown, legacy and null-valued fields (`bash_script: null`, `docker_config`,
 * `features`, `tproxy_enabled`, `salt`, `pre_launch_script`, …) pass as they are.
 */
function validateAppCompose(document, input = 'app-compose-template') {
    checkAppCompose(document, input, false);
}
const RUNNERS = ['docker-compose', 'nerdctl-compose', 'bash'];
const COMPOSE_RUNNERS = ['docker-compose', 'nerdctl-compose'];
const SNAPSHOTTERS = ['overlayfs', 'stargz'];
const KEY_PROVIDERS = ['none', 'kms', 'local', 'tpm'];
/** Plain serde `bool` fields (with a default when absent, but `null` is refused). */
const BOOLEAN_FIELDS = [
    'kms_enabled',
    'gateway_enabled',
    'tproxy_enabled',
    'public_logs',
    'public_sysinfo',
    'public_tcbinfo',
    'local_key_provider_enabled',
    'no_instance_id',
    'secure_time',
];
/** The key rule dstack applies to decrypted env names (parse_env_file.rs), and its length cap. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_ENV_NAME_BYTES = 255;
function checkAppCompose(document, input, isTemplate) {
    const fail = (message) => {
        throw new errors/* InputError */.dz(input, message);
    };
    if (!(0,values/* isRecord */.u)(document))
        return fail(`must be a JSON object, not ${(0,values/* describeValue */.b)(document)}`);
    const has = (key) => Object.hasOwn(document, key);
    const doc = { has, get: (key) => (has(key) ? document[key] : undefined), fail };
    const manifestVersion = checkManifestVersion(doc.get('manifest_version'), has('manifest_version'), fail);
    if (has('name') || !isTemplate) {
        if (!has('name'))
            fail('name is missing (dstack requires the app name)');
        if (typeof doc.get('name') !== 'string')
            fail(`name must be a string, not ${(0,values/* describeValue */.b)(doc.get('name'))}`);
    }
    checkRunner(doc, manifestVersion, isTemplate);
    for (const key of BOOLEAN_FIELDS) {
        if (has(key) && typeof doc.get(key) !== 'boolean') {
            fail(`${key} must be true or false, not ${(0,values/* describeValue */.b)(doc.get(key))}`);
        }
    }
    checkLists(doc);
    const keyProvider = doc.get('key_provider');
    if (keyProvider !== undefined && keyProvider !== null) {
        if (typeof keyProvider !== 'string' || !KEY_PROVIDERS.includes(keyProvider)) {
            fail(`key_provider ${(0,values/* describeValue */.b)(keyProvider)} is not one of ${KEY_PROVIDERS.map((k) => `"${k}"`).join(', ')}`);
        }
    }
    if (has('key_provider_id') && typeof doc.get('key_provider_id') !== 'string') {
        fail(`key_provider_id must be a hex string, not ${(0,values/* describeValue */.b)(doc.get('key_provider_id'))}`);
    }
}
/** The runner, and what it needs: a snapshotter only for nerdctl, a compose file or a script. */
function checkRunner(doc, manifestVersion, isTemplate) {
    const runner = doc.get('runner');
    if (!doc.has('runner')) {
        doc.fail(`runner is missing; dstack requires one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`);
    }
    if (typeof runner !== 'string' || !RUNNERS.includes(runner)) {
        doc.fail(`runner ${(0,values/* describeValue */.b)(runner)} is not supported by dstack; use one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`);
    }
    if (runner === 'nerdctl-compose' && manifestVersion < 3) {
        doc.fail('runner "nerdctl-compose" requires manifest_version "3" or later (as a string)');
    }
    // app-compose.sh refuses the key itself (even null) for other runners; nerdctl reads null as
    // the default snapshotter.
    if (doc.has('snapshotter') && runner !== 'nerdctl-compose') {
        doc.fail('snapshotter is only supported by the "nerdctl-compose" runner');
    }
    const snapshotter = doc.get('snapshotter');
    if (snapshotter !== undefined && snapshotter !== null) {
        if (typeof snapshotter !== 'string' || !SNAPSHOTTERS.includes(snapshotter)) {
            doc.fail(`snapshotter ${(0,values/* describeValue */.b)(snapshotter)} is not one of ${SNAPSHOTTERS.map((s) => `"${s}"`).join(', ')}`);
        }
    }
    // The template's docker_compose_file is replaced by the pinned compose text, so only check it
    // in a finished document.
    if (!isTemplate) {
        const compose = doc.get('docker_compose_file');
        if (COMPOSE_RUNNERS.includes(runner) && typeof compose !== 'string') {
            doc.fail(`docker_compose_file must be a string for runner "${runner}", not ${(0,values/* describeValue */.b)(compose)}`);
        }
        if (compose !== undefined && compose !== null && typeof compose !== 'string') {
            doc.fail(`docker_compose_file must be a string, not ${(0,values/* describeValue */.b)(compose)}`);
        }
    }
    if (runner === 'bash' && typeof doc.get('bash_script') !== 'string') {
        doc.fail(`bash_script must be a string for runner "bash", not ${(0,values/* describeValue */.b)(doc.get('bash_script'))}`);
    }
}
/** `allowed_envs` (names dstack accepts) and `features` (strings), when present. */
function checkLists(doc) {
    if (doc.has('allowed_envs')) {
        const envs = doc.get('allowed_envs');
        if (!Array.isArray(envs))
            doc.fail(`allowed_envs must be an array of variable names, not ${(0,values/* describeValue */.b)(envs)}`);
        envs.forEach((name, i) => {
            if (typeof name !== 'string')
                doc.fail(`allowed_envs[${i}] must be a string, not ${(0,values/* describeValue */.b)(name)}`);
            if (!ENV_NAME.test(name)) {
                doc.fail(`allowed_envs[${i}] ${JSON.stringify(name)} is not a valid environment variable name`);
            }
            // The pattern admits ASCII only, so characters are bytes.
            if (name.length > MAX_ENV_NAME_BYTES) {
                doc.fail(`allowed_envs[${i}] is longer than ${MAX_ENV_NAME_BYTES} characters`);
            }
        });
    }
    if (doc.has('features')) {
        const features = doc.get('features');
        if (!Array.isArray(features))
            doc.fail(`features must be an array of strings, not ${(0,values/* describeValue */.b)(features)}`);
        features.forEach((feature, i) => {
            if (typeof feature !== 'string')
                doc.fail(`features[${i}] must be a string, not ${(0,values/* describeValue */.b)(feature)}`);
        });
    }
}
/**
 * dstack reads `manifest_version` as the legacy numbers 1 or 2, or a canonical positive integer
 * string ("3"); newer versions must be strings so that older guests refuse them.
 * Returns the version as a number.
 */
function checkManifestVersion(value, present, fail) {
    const rule = 'must be 1 or 2, or a positive integer string such as "3"';
    if (!present)
        return fail(`manifest_version is missing (dstack requires it; use 2)`);
    if (value instanceof canonical_json/* JsonNumber */.WP || typeof value === 'number') {
        const text = String(value);
        if ((text === '1' || text === '2') && (typeof value === 'number' || value.isInteger)) {
            return Number(text);
        }
        return fail(`manifest_version ${text} ${rule}`);
    }
    if (typeof value === 'string') {
        const trimmed = value.trim();
        if (/^[1-9]\d*$/.test(trimmed) && Number(trimmed) <= 0xffffffff)
            return Number(trimmed);
        return fail(`manifest_version ${JSON.stringify(value)} ${rule}`);
    }
    return fail(`manifest_version ${rule}, not ${(0,values/* describeValue */.b)(value)}`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/core/limits.ts
/**
 * Inputs (compose files, metadata, templates) are small text files: anything bigger is refused
 * rather than read or parsed, so a hostile input cannot exhaust the runner.
 */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/workspace/files.ts



/** Reads a user-supplied file, refusing a missing, non-regular or oversized one with an error naming `input`. */
async function readInputFile(path, input) {
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new errors/* InputError */.dz(input, `${path} is not a regular file`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(input, `cannot read ${path}: file not found`);
    }
    if (size > MAX_INPUT_BYTES) {
        throw new errors/* InputError */.dz(input, `${path} is ${size} bytes; inputs over ${MAX_INPUT_BYTES} bytes are refused`);
    }
    return (0,promises_.readFile)(path);
}
/** Refuses an oversized inline value the same way as a file. */
function checkInputSize(text, input) {
    if (Buffer.byteLength(text) > MAX_INPUT_BYTES) {
        throw new errors/* InputError */.dz(input, `value is over ${MAX_INPUT_BYTES} bytes; refused`);
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes a file's bytes as UTF-8, refusing invalid sequences instead of replacing them. */
function decodeUtf8(bytes, input, path) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        throw new errors/* InputError */.dz(input, `${path} is not valid UTF-8 text`);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/core/compose-pin.ts
/**
 * Reads a Docker Compose file and pins service images in it by editing the text, never by
 * re-serialising: the pinned file must differ from the source only where an image or a `build:`
 * entry changed, because its exact bytes end up inside the attested app-compose document.
 */





/** The `compose-file` input's default search order (action.yml and the README say the same). */
const defaultComposeFiles = [
    'docker-compose.yml',
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
];
const INPUT = 'compose-file';
/**
 * Alias limits as Docker Compose's loader applies them (compose-go decodes with go-yaml): counted
 * in nodes after expansion, a document may take up to 99% of its nodes from aliases while it has
 * at most 400,000 of them, sliding down to 10% at 4,000,000, so a "billion laughs" document fails
 * within its first few thousand nodes while real files with a hundred anchors load. Below 100
 * alias nodes or 1,000 nodes in all nothing is refused.
 */
const ALIAS_RATIO_LOW = 400_000;
const ALIAS_RATIO_HIGH = 4_000_000;
const ALIAS_NODES_FREE = 100;
const NODES_FREE = 1_000;
function allowedAliasRatio(nodes) {
    if (nodes <= ALIAS_RATIO_LOW)
        return 0.99;
    if (nodes >= ALIAS_RATIO_HIGH)
        return 0.1;
    return 0.99 - (0.89 * (nodes - ALIAS_RATIO_LOW)) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW);
}
function countText(n) {
    return n < 1e12 ? String(n) : 'more than 10^12';
}
/**
 * Refuses a document whose aliases expand too much, judged by node counts computed from the
 * syntax tree (each anchored node's expanded size once), so nothing is expanded to decide. Nodes
 * are counted in document order as a decoder meets them, and the limit is checked after each
 * alias, where the share of alias nodes peaks.
 */
function checkAliasExpansion(root, file) {
    const size = new Map();
    const anchors = new Map();
    const open = new Set();
    let nodes = 0;
    let aliasNodes = 0;
    const stack = [];
    const enter = (node) => {
        nodes += 1;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = anchors.get(node.source);
            // An alias to no anchor is reported by the YAML reader itself.
            if (target === undefined)
                return 1;
            if (open.has(target)) {
                fail(`${file}: anchor &${node.source} contains an alias to itself (*${node.source}); refused`);
            }
            const expanded = size.get(target) ?? 1;
            nodes += expanded;
            aliasNodes += expanded;
            if (aliasNodes > ALIAS_NODES_FREE &&
                nodes > NODES_FREE &&
                aliasNodes / nodes > allowedAliasRatio(nodes)) {
                fail(`${file} is refused: its YAML aliases expand to ${countText(aliasNodes)} of its ${countText(nodes)} nodes (an alias bomb?), more than Docker Compose accepts`);
            }
            return 1 + expanded;
        }
        const anchor = node.anchor;
        if (anchor !== undefined)
            anchors.set(anchor, node);
        const children = [];
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if ((0,dist/* isNode */.Ll)(pair.key))
                    children.push(pair.key);
                if ((0,dist/* isNode */.Ll)(pair.value))
                    children.push(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                if ((0,dist/* isNode */.Ll)(item))
                    children.push(item);
        }
        if (children.length === 0) {
            size.set(node, 1);
            return 1;
        }
        open.add(node);
        stack.push({ node, children, next: 0, total: 1 });
        return undefined;
    };
    // Iterative, so deeply nested input cannot exhaust the call stack here.
    let done = enter(root);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (done !== undefined)
            frame.total += done;
        const child = frame.children[frame.next];
        if (child !== undefined) {
            frame.next += 1;
            done = enter(child);
            continue;
        }
        stack.pop();
        open.delete(frame.node);
        size.set(frame.node, frame.total);
        done = frame.total;
    }
}
// Compose (compose-go, on go-yaml v3) honours `<<` merge keys, so they are resolved here too.
const PARSE_OPTIONS = { merge: true, uniqueKeys: true, prettyErrors: true };
function fail(message) {
    throw new errors/* InputError */.dz(INPUT, message);
}
function firstLine(message) {
    return (message.split('\n', 1)[0] ?? message).replace(/:\s*$/, '');
}
function serviceName(key, file) {
    if (typeof key === 'string')
        return key;
    if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') {
        return String(key);
    }
    return fail(`services in ${file} must be named by plain strings; found ${(0,values/* describeValue */.b)(key, 'yaml')}`);
}
/** Parses and validates; everything else in this module starts from here. */
function load(text, file) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_INPUT_BYTES) {
        fail(`${file} is ${bytes} bytes; compose files over ${MAX_INPUT_BYTES} bytes are refused`);
    }
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, PARSE_OPTIONS);
    }
    catch (error) {
        return fail(`${file} is not valid YAML: ${firstLine((0,errors/* errorMessage */.gJ)(error))}`);
    }
    const error = doc.errors[0];
    if (error !== undefined) {
        if (error.code === 'MULTIPLE_DOCS') {
            fail(`${file} holds more than one YAML document ("---"); a compose file is a single document`);
        }
        fail(`${file} is not valid YAML: ${firstLine(error.message)}`);
    }
    if (doc.contents === null)
        fail(`${file} is empty; it needs a "services" mapping`);
    checkAliasExpansion(doc.contents, file);
    let data;
    try {
        // Expansion was judged above, by size, as Docker Compose judges it.
        data = doc.toJS({ maxAliasCount: -1, mapAsMap: true });
    }
    catch (cause) {
        fail(`${file} cannot be read as YAML data: ${firstLine((0,errors/* errorMessage */.gJ)(cause))}`);
    }
    if (!(data instanceof Map))
        fail(`the top level of ${file} is ${(0,values/* describeValue */.b)(data, 'yaml')}, not a mapping`);
    const services = data.get('services');
    if (!data.has('services'))
        fail(`${file} has no "services" mapping`);
    if (!(services instanceof Map)) {
        return fail(`"services" in ${file} is ${(0,values/* describeValue */.b)(services, 'yaml')}, not a mapping`);
    }
    if (services.size === 0)
        fail(`"services" in ${file} is empty`);
    const list = [];
    const seen = new Set();
    for (const [key, value] of services) {
        const name = serviceName(key, file);
        if (seen.has(name))
            fail(`service "${name}" appears twice in ${file}`);
        seen.add(name);
        if (!(value instanceof Map)) {
            fail(`service "${name}" in ${file} is ${(0,values/* describeValue */.b)(value, 'yaml')}, not a mapping`);
        }
        const image = value.get('image');
        list.push({
            name,
            ...(typeof image === 'string' && { image }),
            hasBuild: value.has('build'),
        });
    }
    return { doc, data, services, list };
}
/**
 * The services of a compose file, in file order. Refuses, with an error naming `file`, text that is
 * not one YAML document, expands too many aliases, or lacks a non-empty `services` mapping of mappings.
 */
function parseCompose(text, file) {
    return load(text, file).list;
}
function rangeOf(node) {
    const range = node?.range;
    return range ? [range[0], range[1], range[2]] : undefined;
}
/** A node that holds no text, as the value of `image:` with nothing after it. */
function isEmptyNode(node) {
    const range = rangeOf(node);
    return range === undefined || range[0] === range[1];
}
function keyName(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}
/** Can `value` be written as a plain scalar, in block and flow context, and read back as this string? */
function isSafePlain(value) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-/:@+]*$/.test(value) || value.endsWith(':'))
        return false;
    try {
        return (0,dist/* parse */.qg)(value) === value && (0,dist/* parse */.qg)(value, { version: '1.1' }) === value;
    }
    catch {
        return false;
    }
}
/** `value` as a scalar in the given style, falling back to double quotes where the style cannot hold it. */
function formatScalar(value, style) {
    const doubleQuoted = JSON.stringify(value);
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return doubleQuoted;
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE) {
        // eslint-disable-next-line no-control-regex
        return /[\u0000-\u001f\u007f]/.test(value) ? doubleQuoted : `'${value.replace(/'/g, "''")}'`;
    }
    return isSafePlain(value) ? value : doubleQuoted;
}
function lineStartOf(text, pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
}
/** The line break ending the line that holds `pos` (CRLF files keep CRLF in inserted lines). */
function lineBreakAt(text, pos) {
    const nl = text.indexOf('\n', pos);
    return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
function refuse(ctx, reason) {
    return fail(`cannot pin service "${ctx.service}" in ${ctx.file}: ${reason}`);
}
/** Anchors defined in `node` or below it that an alias elsewhere uses: removing or rewriting them would change that alias. */
function usedAnchorsIn(node, ctx) {
    const used = [];
    if (node === null)
        return used;
    const check = (n) => {
        if (((0,dist/* isScalar */.jn)(n) || (0,dist/* isCollection */.P3)(n)) && n.anchor !== undefined && ctx.aliased.has(n.anchor)) {
            used.push(n.anchor);
        }
    };
    check(node);
    (0,dist/* visit */.YR)(node, (_key, n) => {
        check(n);
    });
    return used;
}
function assertUnshared(node, what, ctx) {
    const used = usedAnchorsIn(node, ctx);
    if (used.length > 0) {
        refuse(ctx, `${what} holds anchor &${used[0] ?? ''}, which an alias reuses elsewhere; editing it would change that copy too`);
    }
}
/** The end of a key's `:` indicator, for a pair whose value is empty. */
function afterIndicator(text, keyEnd) {
    let i = keyEnd;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return text[i] === ':' ? i + 1 : keyEnd;
}
/** Text range of a pair in a flow mapping: from its key to the end of its value. */
function flowPairSpan(text, pair) {
    const key = rangeOf(pair.key);
    const value = isEmptyNode(pair.value) ? undefined : rangeOf(pair.value);
    const start = key?.[0] ?? value?.[0];
    const end = value?.[1] ?? (key === undefined ? undefined : afterIndicator(text, key[1]));
    if (start === undefined || end === undefined)
        throw new Error('flow pair without source range');
    return [start, end];
}
/** Index of the first character at or after `pos` that is neither white space nor a comment. */
function skipSeparation(text, pos) {
    let i = pos;
    while (i < text.length) {
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n')
            i++;
        else if (c === '#') {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl;
        }
        else
            break;
    }
    return i;
}
function skipWhite(text, pos) {
    let i = pos;
    while (i < text.length && /[ \t\r\n]/.test(text[i] ?? ''))
        i++;
    return i;
}
/**
 * The lines a block-mapping entry occupies: its key line, its value, a comment on its last line, and
 * comment lines right after it indented deeper than the key (commented-out nested settings).
 */
function blockEntry(pair, ctx) {
    const { text } = ctx;
    const key = rangeOf(pair.key);
    if (key === undefined)
        return refuse(ctx, 'a key without source position');
    const keyStart = key[0];
    const lineStart = lineStartOf(text, keyStart);
    const indent = text.slice(lineStart, keyStart);
    if (!/^[ \t]*$/.test(indent)) {
        refuse(ctx, `its "${keyName(pair) ?? '?'}" key does not start its own line`);
    }
    const value = isEmptyNode(pair.value) ? undefined : rangeOf(pair.value);
    let end = value?.[1] ?? afterIndicator(text, key[1]);
    let lineEnd;
    if (text[end - 1] === '\n') {
        // A block collection's value range already ends with its last line break.
        lineEnd = end - 1;
    }
    else {
        const nl = text.indexOf('\n', end);
        lineEnd = nl < 0 ? text.length : nl;
        if (!/^[ \t\r]*(?:#[^\n]*)?$/.test(text.slice(end, lineEnd))) {
            refuse(ctx, `unexpected text after its "${keyName(pair) ?? '?'}" entry`);
        }
        end = nl < 0 ? text.length : nl + 1;
    }
    // Trailing comment lines indented deeper than the key still belong to this entry.
    let pos = end;
    while (pos < text.length) {
        const nl = text.indexOf('\n', pos);
        const next = nl < 0 ? text.length : nl + 1;
        const line = text.slice(pos, nl < 0 ? text.length : nl);
        if (/^[ \t\r]*$/.test(line)) {
            pos = next;
            continue;
        }
        const comment = /^([ \t]*)#/.exec(line);
        if (comment === null || (comment[1] ?? '').length <= indent.length)
            break;
        end = next;
        lineEnd = nl < 0 ? text.length : nl;
        pos = next;
    }
    const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { lineStart, keyStart, contentEnd, end };
}
function removeBlockEntry(pair, ctx) {
    const { text } = ctx;
    const entry = blockEntry(pair, ctx);
    if (entry.end === text.length && !text.endsWith('\n') && entry.lineStart > 0) {
        // The entry is the file's unterminated last line: drop the break before it instead, so the
        // file still ends without one.
        const crlf = text[entry.lineStart - 2] === '\r';
        return { start: entry.lineStart - (crlf ? 2 : 1), end: entry.end, text: '' };
    }
    return { start: entry.lineStart, end: entry.end, text: '' };
}
function replaceBlockEntry(pair, replacement, ctx) {
    const entry = blockEntry(pair, ctx);
    return { start: entry.keyStart, end: entry.contentEnd, text: replacement };
}
function insertBlockFirst(map, line, ctx) {
    const { text } = ctx;
    const first = map.items[0];
    const at = rangeOf(first?.key) ?? rangeOf(first?.value);
    if (at === undefined)
        return refuse(ctx, 'its mapping has no entries to place "image:" before');
    const lineStart = lineStartOf(text, at[0]);
    const indent = text.slice(lineStart, at[0]);
    if (!/^[ \t]*$/.test(indent))
        refuse(ctx, 'its first key does not start its own line');
    return { start: lineStart, end: lineStart, text: `${indent}${line}${lineBreakAt(text, at[0])}` };
}
function removeFlowPair(map, index, ctx) {
    const { text } = ctx;
    const pair = map.items[index];
    if (pair === undefined)
        throw new Error('flow pair index out of range');
    const [start, end] = flowPairSpan(text, pair);
    const after = skipSeparation(text, end);
    if (text[after] === ',') {
        // Take the separator, a comment on the same line and the next entry's indentation with it.
        let next = after + 1;
        while (text[next] === ' ' || text[next] === '\t')
            next++;
        if (text[next] === '#') {
            const nl = text.indexOf('\n', next);
            next = nl < 0 ? text.length : nl;
        }
        return { start, end: skipWhite(text, next), text: '' };
    }
    const previous = map.items[index - 1];
    if (previous !== undefined) {
        const comma = skipSeparation(text, flowPairSpan(text, previous)[1]);
        if (text[comma] !== ',')
            refuse(ctx, 'cannot find the "," before its "build" entry');
        return { start: comma, end, text: '' };
    }
    return { start, end, text: '' };
}
function insertFlowFirst(map, entry, ctx) {
    const first = map.items[0];
    if (first !== undefined) {
        const [start] = flowPairSpan(ctx.text, first);
        return { start, end: start, text: `${entry}, ` };
    }
    const range = rangeOf(map);
    if (range === undefined)
        return refuse(ctx, 'its mapping has no source position');
    return { start: range[0], end: range[1], text: `{ ${entry} }` };
}
/** New text for an `image:` value node, in the node's own quoting style. */
function replaceImageValue(node, image, ctx) {
    const range = rangeOf(node);
    if (range === undefined)
        return refuse(ctx, 'its image has no source position');
    if ((0,dist/* isAlias */.Vj)(node)) {
        // `image: *name` → a literal value here; the anchor and its other uses stay as they are.
        return { start: range[0], end: range[1], text: formatScalar(image, dist/* Scalar */.X5.PLAIN) };
    }
    if (!(0,dist/* isScalar */.jn)(node))
        return refuse(ctx, 'its "image" is not a string');
    if (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED) {
        // A block scalar's range runs to the end of its last line; keep that line break.
        const old = ctx.text.slice(range[0], range[1]);
        const brk = old.endsWith('\r\n') ? '\r\n' : old.endsWith('\n') ? '\n' : '';
        return { start: range[0], end: range[1], text: formatScalar(image, dist/* Scalar */.X5.PLAIN) + brk };
    }
    return { start: range[0], end: range[1], text: formatScalar(image, node.type) };
}
function findPair(map, name) {
    const index = map.items.findIndex((p) => keyName(p) === name);
    const pair = map.items[index];
    return pair === undefined ? undefined : { pair, index };
}
function editsForService(serviceMap, serviceData, edit, ctx) {
    const image = findPair(serviceMap, 'image');
    const build = findPair(serviceMap, 'build');
    const removeBuild = edit.removeBuild && serviceData.has('build');
    const entry = `image: ${formatScalar(edit.image, dist/* Scalar */.X5.PLAIN)}`;
    const flow = serviceMap.flow === true;
    // A whole entry (`image:` with no value, or `build:` giving way to `image:`) becomes `entry`.
    const replaceEntry = (pair) => {
        if (!flow)
            return replaceBlockEntry(pair, entry, ctx);
        const [start, end] = flowPairSpan(ctx.text, pair);
        return { start, end, text: entry };
    };
    const direct = [];
    let imageFallback;
    const value = image?.pair.value;
    if (image !== undefined && value !== null && value !== undefined && !isEmptyNode(value)) {
        // `image: *name` keeps the anchor's value unless that is not this image by now.
        if ((0,dist/* isAlias */.Vj)(value))
            imageFallback = () => replaceImageValue(value, edit.image, ctx);
        else
            direct.push(replaceImageValue(value, edit.image, ctx));
    }
    else if (image !== undefined) {
        direct.push(replaceEntry(image.pair));
    }
    else if (removeBuild && build !== undefined) {
        // Only `build:` (or an image inherited through <<): the image takes build's place.
        assertUnshared(build.pair.key, 'its "build" entry', ctx);
        assertUnshared(build.pair.value, 'its "build" entry', ctx);
        return { direct: [replaceEntry(build.pair)] };
    }
    else {
        imageFallback = () => flow ? insertFlowFirst(serviceMap, entry, ctx) : insertBlockFirst(serviceMap, entry, ctx);
    }
    if (removeBuild && build !== undefined) {
        assertUnshared(build.pair.key, 'its "build" entry', ctx);
        assertUnshared(build.pair.value, 'its "build" entry', ctx);
        direct.push(flow ? removeFlowPair(serviceMap, build.index, ctx) : removeBlockEntry(build.pair, ctx));
    }
    const inheritsBuild = removeBuild && build === undefined;
    if (imageFallback === undefined && !inheritsBuild)
        return { direct };
    return {
        direct,
        fallback: () => {
            if (inheritsBuild) {
                // A merged key cannot be deleted in place: the anchor holds it for every service using it.
                refuse(ctx, 'its "build" comes from a merge key (<<); move "build:" into the service itself');
            }
            return imageFallback ? [imageFallback()] : [];
        },
    };
}
function applyEdits(text, edits) {
    // From the end backwards, so earlier offsets stay valid.
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    let limit = text.length;
    for (const e of sorted) {
        if (e.end > limit)
            throw new Error('compose edits overlap');
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
        limit = e.start;
    }
    return out;
}
/** Whether a service, as read back, has exactly the image and `build:` state an edit asks for. */
function hasEdit(service, edit) {
    return (service instanceof Map &&
        service.get('image') === edit.image &&
        !(edit.removeBuild && service.has('build')));
}
/** A service's data with an edit applied: what reading back the pinned file must give. */
function withEdit(service, edit) {
    if (edit === undefined || !(service instanceof Map))
        return service;
    const copy = new Map(service);
    copy.set('image', edit.image);
    if (edit.removeBuild)
        copy.delete('build');
    return copy;
}
/** How a service read back differs from what it should be, for the refusal. */
function describeChange(expected, actual) {
    if (expected instanceof Map && actual instanceof Map) {
        const want = expected.get('image');
        const got = actual.get('image');
        if (want !== got) {
            const text = (v) => typeof v === 'string' ? JSON.stringify(v) : (0,values/* describeValue */.b)(v, 'yaml');
            return `its image would be ${text(got)}, not ${text(want)}`;
        }
        if (expected.has('build') !== actual.has('build')) {
            return `its "build:" would be ${actual.has('build') ? 'kept' : 'removed'}`;
        }
    }
    return 'its settings would change';
}
/**
 * Checks that `actual` (the pinned text, read back) is `source` with exactly the edits: every
 * edited service has its image, and nothing else changed. What anchors share between services
 * makes the difference here; a difference means the file cannot be pinned in place.
 */
function verifyPinned(loaded, actual, edits, file) {
    const changed = [];
    for (const [key, value] of loaded.data) {
        if (key === 'services')
            continue;
        if (!(0,external_node_util_namespaceObject.isDeepStrictEqual)(actual.data.get(key), value))
            changed.push(`"${String(key)}"`);
    }
    const keys = [...loaded.services.keys()];
    loaded.list.forEach((service, i) => {
        const key = keys[i];
        const expected = withEdit(loaded.services.get(key), edits.get(service.name));
        const after = actual.services.get(key);
        if ((0,external_node_util_namespaceObject.isDeepStrictEqual)(after, expected))
            return;
        changed.push(`service "${service.name}" (${describeChange(expected, after)})`);
    });
    if (changed.length === 0 && (0,external_node_util_namespaceObject.isDeepStrictEqual)([...actual.data.keys()], [...loaded.data.keys()])) {
        return;
    }
    if (changed.length === 0) {
        fail(`pinning ${file} in place would change more than the pinned images; please report this`);
    }
    fail(`cannot pin ${file} in place: the pinned images are written in YAML anchors that other entries reuse, so the edits would also change ${changed.join(', ')}; bind those services to the same images, or write each pinned image in its own service`);
}
function readBack(text, file) {
    try {
        return load(text, file);
    }
    catch (error) {
        return fail(`pinning ${file} in place failed (${(0,errors/* errorMessage */.gJ)(error)}); please report this`);
    }
}
/**
 * The compose text with, for each service in `edits`, only its image value replaced (quoting style
 * kept) and, with `removeBuild`, its `build:` entry removed; every other byte is unchanged. An
 * image written in an anchor is edited there when every service using it gets that image. The
 * result is re-read and checked to mean exactly the source plus these changes.
 */
function pinCompose(text, edits, file = 'the compose file') {
    const loaded = load(text, file);
    if (edits.size === 0)
        return text;
    const { doc } = loaded;
    const aliased = new Set();
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            aliased.add(node.source);
        },
    });
    const top = doc.contents;
    if (!(0,dist/* isMap */.jh)(top))
        return fail(`the top level of ${file} is not a mapping`);
    const servicesPair = findPair(top, 'services');
    const servicesNode = servicesPair?.pair.value;
    if (!(0,dist/* isMap */.jh)(servicesNode)) {
        return fail(`"services" in ${file} is not written out as a mapping (an alias or merge key); cannot edit it in place`);
    }
    const servicesMap = servicesNode;
    // Service name → its key in the data (a number for `1:`).
    const keys = [...loaded.services.keys()];
    const byName = new Map(loaded.list.map((s, i) => [s.name, keys[i]]));
    const direct = [];
    const pending = [];
    for (const [name, edit] of edits) {
        const ctx = { text, file, service: name, aliased };
        if (!byName.has(name))
            fail(`service "${name}" not found in ${file}`);
        const key = byName.get(name);
        const serviceData = loaded.services.get(key);
        const found = servicesMap.items.findIndex((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value !== null && String(p.key.value) === name);
        const serviceNode = servicesMap.items[found]?.value;
        if ((0,dist/* isAlias */.Vj)(serviceNode)) {
            // `copy: *app`: right only if editing the anchored mapping gives it this image.
            const fallback = () => refuse(ctx, `it is written as an alias (*${serviceNode.source}) of another mapping, so it cannot get its own image, and editing that mapping does not give it this one`);
            pending.push({ key, edit, fallback });
            continue;
        }
        if (!(0,dist/* isMap */.jh)(serviceNode) || !(serviceData instanceof Map)) {
            return refuse(ctx, 'it is not written out as a mapping under "services"');
        }
        const planned = editsForService(serviceNode, serviceData, edit, ctx);
        direct.push(...planned.direct);
        if (planned.fallback)
            pending.push({ key, edit, fallback: planned.fallback });
    }
    const textEdits = [...direct];
    if (pending.length > 0) {
        const interim = readBack(applyEdits(text, direct), file);
        for (const { key, edit, fallback } of pending) {
            if (!hasEdit(interim.services.get(key), edit))
                textEdits.push(...fallback());
        }
    }
    const result = applyEdits(text, textEdits);
    verifyPinned(loaded, readBack(result, file), edits, file);
    return result;
}

// EXTERNAL MODULE: ./src/core/reference.ts
var core_reference = __nccwpck_require__(5378);
;// CONCATENATED MODULE: ./src/core/metadata.ts
/**
 * Reads buildx build results: docker/build-push-action's `metadata` output (one result object),
 * docker/bake-action's (an object keyed by target), `docker buildx imagetools create
 * --metadata-file` output (only `containerimage.descriptor` and `image.name`), or an array of
 * these. Reading the text (inline or from a file) is the caller's job: this module only parses it.
 */



const DIGEST_KEY = 'containerimage.digest';
const DESCRIPTOR_KEY = 'containerimage.descriptor';
const CONFIG_KEY = 'containerimage.config.digest';
const NAME_KEY = 'image.name';
/** Keys only a build result has: a document holding one is a result, not a bake map of targets. */
const RESULT_KEYS = [
    DIGEST_KEY,
    DESCRIPTOR_KEY,
    CONFIG_KEY,
    NAME_KEY,
    'buildx.build.ref',
    'buildx.build.provenance',
];
/**
 * The images metadata JSON names, refusing text that is not JSON with an error naming `input`.
 * Results without a digest (a target built with `push: false`, or one exporting to a local
 * directory) are skipped; a document naming none at all is an error, since tracking a release
 * with nothing pinned from it is surely a mistake. `label` says where the text came from.
 */
function parseMetadataText(text, input = 'metadata', label = 'metadata') {
    let value;
    try {
        // A BOM is what some editors and PowerShell put in front of JSON; JSON.parse refuses it.
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, `${label} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return parseDocuments(value, input, label);
}
function isResult(value) {
    return RESULT_KEYS.some((key) => key in value);
}
function parseDocuments(value, input, label) {
    const documents = Array.isArray(value) ? value : [value];
    const entries = [];
    documents.forEach((document, index) => {
        const where = Array.isArray(value) ? `${label} document ${index + 1}` : label;
        if (!(0,values/* isRecord */.u)(document)) {
            throw new errors/* InputError */.dz(input, `${where} must be a JSON object (build-push-action or bake-action metadata), ` +
                `not ${(0,values/* describeValue */.b)(document)}`);
        }
        if (isResult(document)) {
            // build-push-action or imagetools create: the document is itself one build result.
            const entry = readResult(document, undefined, input, where);
            if (entry)
                entries.push(entry);
            return;
        }
        // bake-action: one result per target; other keys (`buildx.build.warnings`, strings) are not results.
        for (const [target, result] of Object.entries(document)) {
            if (!(0,values/* isRecord */.u)(result))
                continue;
            const entry = readResult(result, target, input, `${where}, target "${target}"`);
            if (entry)
                entries.push(entry);
        }
    });
    if (entries.length === 0) {
        throw new errors/* InputError */.dz(input, `${label} names no image digest: ${whyNoDigest(documents)}`);
    }
    return entries;
}
/** The most likely reason metadata holds no digest, from what it does hold. */
function whyNoDigest(documents) {
    const objects = documents.filter(values/* isRecord */.u);
    if (objects.some((d) => Array.isArray(d['tags']) && 'labels' in d)) {
        return ("this is docker/metadata-action's output (tags and labels), not a build result; " +
            "pass the build step's metadata output (steps.<build step id>.outputs.metadata)");
    }
    const results = objects.flatMap((d) => isResult(d) ? [d] : Object.values(d).filter((v) => (0,values/* isRecord */.u)(v) && isResult(v)));
    if (results.length > 0) {
        return (`its build results have no "${DIGEST_KEY}" or "${DESCRIPTOR_KEY}": the build pushed no ` +
            'image (docker/build-push-action needs push: true, bake-action push: true or ' +
            '--set *.output=type=registry; a build that loads the image or writes a local, tar or ' +
            'cacheonly output leaves nothing to pin)');
    }
    const keys = [...new Set(objects.flatMap((d) => Object.keys(d)))];
    if (keys.length === 0) {
        return 'it is empty (did the build step run, and is the step id in steps.<id>.outputs.metadata right?)';
    }
    return `it holds no build result, only ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
}
/** `containerimage.digest`, else the digest of `containerimage.descriptor` (imagetools create writes only that). */
function resultDigest(result, input, where) {
    const direct = result[DIGEST_KEY];
    if (direct !== undefined)
        return checkDigest(direct, `"${DIGEST_KEY}"`, input, where);
    const descriptor = result[DESCRIPTOR_KEY];
    if (descriptor === undefined)
        return undefined;
    if (!(0,values/* isRecord */.u)(descriptor)) {
        throw new errors/* InputError */.dz(input, `${where}: "${DESCRIPTOR_KEY}" is ${(0,values/* describeValue */.b)(descriptor)}; expected an OCI descriptor object`);
    }
    if (descriptor['digest'] === undefined) {
        throw new errors/* InputError */.dz(input, `${where}: "${DESCRIPTOR_KEY}" has no "digest", and there is no "${DIGEST_KEY}"`);
    }
    return checkDigest(descriptor['digest'], `"${DESCRIPTOR_KEY}.digest"`, input, where);
}
function checkDigest(value, key, input, where) {
    if (typeof value !== 'string' || !(0,core_reference/* isSha256Digest */.q9)(value)) {
        throw new errors/* InputError */.dz(input, `${where}: ${key} is ${(0,values/* describeValue */.b)(value)}; expected sha256: followed by 64 lowercase hex characters`);
    }
    return value;
}
function readResult(result, target, input, where) {
    const digest = resultDigest(result, input, where);
    if (digest === undefined)
        return undefined;
    const names = result[NAME_KEY];
    let named = { repositories: [], tags: {} };
    if (names !== undefined) {
        if (typeof names !== 'string') {
            throw new errors/* InputError */.dz(input, `${where}: "${NAME_KEY}" is ${(0,values/* describeValue */.b)(names)}; expected a string`);
        }
        named = readNames(names, input, where);
    }
    return {
        repositories: named.repositories,
        ...(Object.keys(named.tags).length > 0 && { tags: named.tags }),
        digest,
        // A digest equal to the config digest is an image ID: the docker driver's local image store.
        ...(result[CONFIG_KEY] === digest && { imageId: true }),
        ...(target !== undefined && { target }),
    };
}
/**
 * `image.name` is comma-separated and may carry tags, spaces and `docker.io/` or not. A repository
 * named even once without a tag gets no tag list: which tags it was pushed under is not known.
 */
function readNames(names, input, where) {
    const tagged = new Map();
    for (const name of names.split(',')) {
        const trimmed = name.trim();
        if (trimmed === '')
            continue;
        let repository;
        let tag;
        try {
            ({ repository, tag } = (0,core_reference/* parseReference */.F2)(trimmed, input));
        }
        catch (error) {
            const why = error instanceof errors/* InputError */.dz ? error.reason : (0,errors/* errorMessage */.gJ)(error);
            throw new errors/* InputError */.dz(input, `${where}: "${NAME_KEY}" holds ${why}`);
        }
        const seen = tagged.get(repository);
        if (tag === undefined)
            tagged.set(repository, null);
        else if (seen === undefined)
            tagged.set(repository, new Set([tag]));
        else
            seen?.add(tag);
    }
    const tags = {};
    for (const [repository, set] of tagged)
        if (set)
            tags[repository] = [...set];
    return { repositories: [...tagged.keys()], tags };
}
/** Whether an entry naming the repository speaks for the image's tag, and which version tag it lists. */
function speaksFor(entry, query) {
    const listed = entry.tags?.[query.repository];
    if (listed === undefined || listed.length === 0)
        return { ok: true };
    if (query.tag !== undefined && query.tag !== 'latest')
        return { ok: listed.includes(query.tag) };
    const versionTag = (query.versionTags ?? []).find((t) => listed.includes(t));
    if (versionTag !== undefined)
        return { ok: true, versionTag };
    return { ok: listed.includes('latest') };
}
/**
 * Which metadata entry gives the digest of one image, first that applies: an entry naming its
 * repository and speaking for its tag (it lists that tag, or lists no tag for the repository;
 * for an image written without a tag or as `latest`, entries listing a release-version tag win); an
 * unnamed entry whose bake target is the image's service; the only unnamed entry when exactly one
 * image is tracked. Entries naming the repository only under other tags give a `MetadataTagMiss`.
 * Entries that agree on the digest are one answer; entries that disagree are an error, and so is
 * binding an image ID, which no registry serves.
 */
function findMetadataDigest(entries, query) {
    const input = query.input ?? 'metadata';
    const named = entries.filter((entry) => entry.repositories.includes(query.repository));
    if (named.length > 0) {
        const speaking = named.flatMap((entry) => {
            const verdict = speaksFor(entry, query);
            return verdict.ok ? [{ entry, versionTag: verdict.versionTag }] : [];
        });
        if (speaking.length === 0) {
            const pushedTags = [...new Set(named.flatMap((e) => e.tags?.[query.repository] ?? []))];
            return { pushedTags, entries: named };
        }
        // Entries that list a release-version tag are this release's build; others only share a tag.
        const releases = speaking.filter((s) => s.versionTag !== undefined);
        const chosen = releases.length > 0 ? releases : speaking;
        const bound = single(chosen.map((s) => s.entry), input, `image ${query.repository}`);
        const versionTag = chosen[0]?.versionTag;
        return versionTag === undefined ? bound : { ...bound, versionTag };
    }
    const unnamed = entries.filter((entry) => entry.repositories.length === 0);
    if (query.service !== undefined) {
        const byTarget = unnamed.filter((entry) => entry.target === query.service);
        if (byTarget.length > 0) {
            return single(byTarget, input, `bake target "${query.service}" (for ${query.repository})`);
        }
    }
    if (query.trackedCount === 1 && distinctDigests(unnamed).length === 1) {
        return single(unnamed, input, `image ${query.repository}`);
    }
    return undefined;
}
/** The unnamed entry for a bake target, for a service that names no image. */
function targetEntry(entries, service) {
    return entries.find((entry) => entry.repositories.length === 0 && entry.target === service);
}
/** Why an image-ID entry cannot pin anything, naming where it came from. */
function imageIdReason(entry) {
    const what = entry.target !== undefined ? `target "${entry.target}"` : 'the build result';
    return (`in ${what}, "${DIGEST_KEY}" is the image's config digest (${entry.digest}), i.e. its ` +
        'image ID: the build loaded the image into the local Docker image store and pushed nothing a ' +
        "registry serves; push it (docker/build-push-action push: true) and pass that build's metadata");
}
function distinctDigests(entries) {
    return [...new Set(entries.map((entry) => entry.digest))];
}
function single(entries, input, what) {
    const digests = distinctDigests(entries);
    const [entry] = entries;
    if (digests.length > 1 || entry === undefined) {
        const listed = entries
            .map((e) => (e.target === undefined ? e.digest : `${e.digest} (target "${e.target}")`))
            .join(', ');
        throw new errors/* InputError */.dz(input, `metadata is ambiguous: it gives ${what} different digests: ${listed}; pass only the build that produced the release`);
    }
    if (entry.imageId)
        throw new errors/* InputError */.dz(input, `cannot pin ${what}: ${imageIdReason(entry)}`);
    return { digest: entry.digest, entry };
}

;// CONCATENATED MODULE: ./src/core/image-plan.ts



const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
/** Parses the newline- or comma-separated `images` list; empty items are ignored. */
function parseImageSpecs(text, input = 'images') {
    const specs = [];
    for (const item of text.split(/[\n,]/)) {
        const trimmed = item.trim();
        if (trimmed === '')
            continue;
        const eq = trimmed.indexOf('=');
        if (eq === -1) {
            specs.push({ ref: (0,core_reference/* parseReference */.F2)(trimmed, input) });
            continue;
        }
        const service = trimmed.slice(0, eq).trim();
        if (!SERVICE_NAME.test(service)) {
            throw new errors/* InputError */.dz(input, `"${trimmed}": "${service}" is not a compose service name`);
        }
        specs.push({ service, ref: (0,core_reference/* parseReference */.F2)(trimmed.slice(eq + 1).trim(), input) });
    }
    return specs;
}
/** The service's own image reference; 'unparsable' for values such as `${REGISTRY}/app:${TAG}`. */
function composeRef(service) {
    if (service.image === undefined)
        return undefined;
    try {
        return (0,core_reference/* parseReference */.F2)(service.image, 'compose-file');
    }
    catch {
        return 'unparsable';
    }
}
/** Which image each service is bound to by the `images` input: by `service=`, else by repository. */
function bindSpecs(services, specs, composeFile) {
    const byName = new Map(services.map((s) => [s.name, s]));
    const bound = new Map();
    for (const spec of specs) {
        if (spec.service !== undefined) {
            if (!byName.has(spec.service)) {
                throw new errors/* InputError */.dz('images', `service "${spec.service}" (in "${spec.service}=${spec.ref.original}") does not exist in ${composeFile}; its services are: ${[...byName.keys()].join(', ')}`);
            }
            bindOnce(bound, spec.service, spec);
            continue;
        }
        const matches = services.filter((s) => {
            const own = composeRef(s);
            return typeof own === 'object' && own.repository === spec.ref.repository;
        });
        if (matches.length === 0) {
            throw new errors/* InputError */.dz('images', `"${spec.ref.original}" matches no service image in ${composeFile}; bind it to a service as service=${spec.ref.original}`);
        }
        for (const match of matches)
            bindOnce(bound, match.name, spec);
    }
    return bound;
}
/**
 * A build-only service (no image anywhere) that a bake target of the same name built: the digest
 * is known but not the repository, so the service cannot be pinned; say so rather than ignore it.
 */
function refuseNamelessTarget(service, metadata) {
    const entry = metadata.length === 0 ? undefined : targetEntry(metadata, service.name);
    if (entry === undefined)
        return;
    if (entry.imageId) {
        throw new errors/* InputError */.dz('metadata', `cannot pin service "${service.name}": ${imageIdReason(entry)}`);
    }
    throw new errors/* InputError */.dz('images', `service "${service.name}" was built by bake target "${service.name}" (${entry.digest}), but neither the compose file nor the metadata names its image (no "image:", no "image.name"), so it cannot be pinned; bind it as ${service.name}=<repository>`);
}
/**
 * The tag an image is written with: the `images` input's, else the compose file's when that names
 * the same repository (a repository-only `images` item keeps the file's tag).
 */
function writtenTag(ref, spec, own) {
    if (ref.tag !== undefined || spec === undefined)
        return ref.tag;
    return own !== undefined && own.repository === ref.repository ? own.tag : undefined;
}
/**
 * The plan for one service: its image and where the digest comes from, `unpinned` when it keeps
 * its image as written, nothing when it names no image at all (build-only).
 */
function planService(service, spec, ctx) {
    const { composeFile, metadata, pinAll } = ctx.input;
    const own = composeRef(service);
    if (spec === undefined && own === 'unparsable') {
        if (pinAll) {
            throw new errors/* InputError */.dz('pin-all-images', `service "${service.name}" in ${composeFile} has image "${service.image ?? ''}", which is not a literal image reference and cannot be pinned; bind it in "images" (${service.name}=name:tag), write a literal reference, or turn pin-all-images off`);
        }
        return { unpinned: true };
    }
    const ownRef = own === 'unparsable' ? undefined : own;
    const ref = spec?.ref ?? ownRef;
    if (ref === undefined) {
        // A build-only service with nothing that names its image cannot be pinned: leave it.
        refuseNamelessTarget(service, metadata);
        return {};
    }
    const tag = writtenTag(ref, spec, ownRef);
    // The "one tracked image" fallback of the minimal multi-node form applies to images named in
    // `images` only; an untracked service must never pick up a nameless digest by accident.
    const found = metadata.length === 0
        ? undefined
        : findMetadataDigest(metadata, {
            repository: ref.repository,
            tag,
            versionTags: ctx.input.versionTags,
            service: service.name,
            trackedCount: spec ? ctx.trackedImages : 0,
        });
    const bound = found?.digest !== undefined ? found : undefined;
    const missed = found !== undefined && found.digest === undefined ? found : undefined;
    const entries = bound ? [bound.entry] : (missed?.entries ?? []);
    // Metadata naming the repository marks the image as this release's build, even under other tags.
    const tracked = spec !== undefined || found !== undefined;
    return { ...planImage(service, spec, ctx, { ref, tag, tracked, bound, missed }), entries };
}
function planImage(service, spec, ctx, image) {
    const { ref, tracked, bound, missed } = image;
    // Tags are never invented: a tracked image written without a tag or as `latest` takes a release
    // version tag only where the build pushed it (metadata lists it) or the registry serves it at
    // the pinned digest (checked later, against `versionTags`).
    const placeholder = image.tag === undefined || image.tag === 'latest';
    const versionTag = tracked && placeholder ? bound?.versionTag : undefined;
    const tag = versionTag ?? image.tag;
    const versionTags = tracked && placeholder && versionTag === undefined ? ctx.input.versionTags : [];
    const base = {
        service: service.name,
        ref,
        tracked,
        ...(missed && { pushedTags: missed.pushedTags }),
    };
    if (ref.digest !== undefined) {
        if (bound && bound.digest !== ref.digest) {
            ctx.warnings.push(`service "${service.name}" is pinned to ${ref.digest}, but buildx metadata says this build pushed ${bound.digest}; the pinned digest is recorded`);
        }
        // A reference left as written keeps the tag it carries.
        const rewrite = spec !== undefined;
        const plan = {
            ...base,
            tag: rewrite ? tag : ref.tag,
            versionTags: rewrite ? versionTags : [],
            digest: ref.digest,
            source: 'reference',
            rewrite,
            removeBuild: tracked && service.hasBuild,
        };
        return { plan };
    }
    if (bound !== undefined) {
        const plan = {
            ...base,
            tag,
            versionTags,
            digest: bound.digest,
            source: 'buildx-metadata',
            rewrite: true,
            removeBuild: service.hasBuild,
        };
        return { plan };
    }
    if (tracked && placeholder && versionTags.length === 0) {
        throw new errors/* InputError */.dz('images', `cannot pin ${ref.original} (service "${service.name}"): it has no digest, and the release version ${ctx.input.version} cannot be a Docker tag (tags cannot hold "+"), so there is no tag to look up; give the tag the build pushed (${service.name}=${ref.name}:TAG) or its digest`);
    }
    if (tracked || ctx.input.pinAll) {
        const plan = {
            ...base,
            tag,
            versionTags,
            source: 'registry',
            rewrite: true,
            removeBuild: tracked && service.hasBuild,
        };
        return { plan };
    }
    return { unpinned: true };
}
/**
 * Decides, per compose service, which image is pinned and where its digest comes from (README:
 * "Where digests come from"): a digest in the reference, then buildx metadata, then the registry.
 */
function planImages(input) {
    const bound = bindSpecs(input.services, input.specs, input.composeFile);
    const ctx = {
        input,
        trackedImages: new Set([...bound.values()].map((s) => s.ref.original)).size,
        warnings: [],
    };
    const used = new Set();
    const images = [];
    const unpinned = [];
    for (const service of input.services) {
        const planned = planService(service, bound.get(service.name), ctx);
        for (const entry of planned.entries ?? [])
            used.add(entry);
        if (planned.plan)
            images.push(planned.plan);
        if (planned.unpinned)
            unpinned.push(service.name);
    }
    return {
        images,
        unpinned,
        unusedMetadata: input.metadata.filter((m) => !used.has(m)),
        warnings: ctx.warnings,
    };
}
function bindOnce(bound, service, spec) {
    const previous = bound.get(service);
    if (previous && previous.ref.original !== spec.ref.original) {
        throw new errors/* InputError */.dz('images', `service "${service}" is given two images: "${previous.ref.original}" and "${spec.ref.original}"`);
    }
    bound.set(service, spec);
}

;// CONCATENATED MODULE: ./src/generated/release-info.validate.js
// Generated by scripts/build.mjs from schema/release-info.schema.json. Do not edit.
const validate = validate10;/* harmony default export */ const release_info_validate = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/release-tracker/release-tracker/schema/release-info.schema.json","title":"release-tracker release record","description":"releases/v<version>-release-info.json: what one release shipped (README: Use it in a workflow).","type":"object","additionalProperties":false,"required":["schema","version","tag","created_at","repository","git","workflow","images","compose_hash","files"],"properties":{"schema":{"const":"release-tracker/release-info@1"},"version":{"type":"string","pattern":"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"},"tag":{"type":"string","pattern":"\\S"},"created_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},"repository":{"type":["string","null"]},"git":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["commit","ref"],"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string"}}}]},"workflow":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["run_id","run_attempt","url"],"properties":{"run_id":{"type":"string"},"run_attempt":{"type":"string"},"url":{"type":"string"}}}]},"images":{"type":"array","items":{"$ref":"#/definitions/image"}},"compose_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"files":{"type":"object","additionalProperties":false,"required":["app_compose","docker_compose"],"properties":{"app_compose":{"$ref":"#/definitions/file"},"docker_compose":{"$ref":"#/definitions/file"}}}},"definitions":{"file":{"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","pattern":"\\S"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"image":{"type":"object","additionalProperties":false,"required":["service","repository","tag","digest","reference","platforms","source"],"properties":{"service":{"type":"string","pattern":"\\S"},"repository":{"type":"string","pattern":"\\S"},"tag":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"type":"string","pattern":"\\S"},"platforms":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["platform","digest"],"properties":{"platform":{"type":"string","pattern":"^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}}},"source":{"enum":["reference","buildx-metadata","registry"]}}}}};const schema12 = {"type":"object","additionalProperties":false,"required":["service","repository","tag","digest","reference","platforms","source"],"properties":{"service":{"type":"string","pattern":"\\S"},"repository":{"type":"string","pattern":"\\S"},"tag":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"type":"string","pattern":"\\S"},"platforms":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["platform","digest"],"properties":{"platform":{"type":"string","pattern":"^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}}},"source":{"enum":["reference","buildx-metadata","registry"]}}};const schema13 = {"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","pattern":"\\S"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$", "u");const pattern1 = new RegExp("\\S", "u");const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");const pattern3 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");const pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");const pattern8 = new RegExp("^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$", "u");const pattern10 = new RegExp("^[0-9a-f]{64}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/release-tracker/release-tracker/schema/release-info.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.version === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.tag === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.created_at === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.repository === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.git === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "git"},message:"must have required property '"+"git"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.workflow === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.images === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.compose_hash === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compose_hash"},message:"must have required property '"+"compose_hash"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.files === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.schema !== undefined){if("release-tracker/release-info@1" !== data.schema){const err11 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "release-tracker/release-info@1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.tag !== undefined){let data2 = data.tag;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err14 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.created_at !== undefined){let data3 = data.created_at;if(typeof data3 === "string"){if(!pattern2.test(data3)){const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.repository !== undefined){let data4 = data.repository;if((typeof data4 !== "string") && (data4 !== null)){const err18 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: schema11.properties.repository.type},message:"must be string,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.git !== undefined){let data5 = data.git;const _errs12 = errors;let valid1 = false;let passing0 = null;const _errs13 = errors;if(data5 !== null){const err19 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid0 = _errs13 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs15 = errors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.commit === undefined){const err20 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data5.ref === undefined){const err21 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key1 in data5){if(!((key1 === "commit") || (key1 === "ref"))){const err22 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data5.commit !== undefined){let data6 = data5.commit;if(typeof data6 === "string"){if(!pattern3.test(data6)){const err23 = {instancePath:instancePath+"/git/commit",schemaPath:"#/properties/git/oneOf/1/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/git/commit",schemaPath:"#/properties/git/oneOf/1/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data5.ref !== undefined){if(typeof data5.ref !== "string"){const err25 = {instancePath:instancePath+"/git/ref",schemaPath:"#/properties/git/oneOf/1/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid0 = _errs15 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err27 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}else {errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}}}if(data.workflow !== undefined){let data8 = data.workflow;const _errs23 = errors;let valid3 = false;let passing1 = null;const _errs24 = errors;if(data8 !== null){const err28 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid1 = _errs24 === errors;if(_valid1){valid3 = true;passing1 = 0;}const _errs26 = errors;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.run_id === undefined){const err29 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data8.run_attempt === undefined){const err30 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/required",keyword:"required",params:{missingProperty: "run_attempt"},message:"must have required property '"+"run_attempt"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data8.url === undefined){const err31 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key2 in data8){if(!(((key2 === "run_id") || (key2 === "run_attempt")) || (key2 === "url"))){const err32 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data8.run_id !== undefined){if(typeof data8.run_id !== "string"){const err33 = {instancePath:instancePath+"/workflow/run_id",schemaPath:"#/properties/workflow/oneOf/1/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data8.run_attempt !== undefined){if(typeof data8.run_attempt !== "string"){const err34 = {instancePath:instancePath+"/workflow/run_attempt",schemaPath:"#/properties/workflow/oneOf/1/properties/run_attempt/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data8.url !== undefined){if(typeof data8.url !== "string"){const err35 = {instancePath:instancePath+"/workflow/url",schemaPath:"#/properties/workflow/oneOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}var _valid1 = _errs26 === errors;if(_valid1 && valid3){valid3 = false;passing1 = [passing1, 1];}else {if(_valid1){valid3 = true;passing1 = 1;}}if(!valid3){const err37 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}else {errors = _errs23;if(vErrors !== null){if(_errs23){vErrors.length = _errs23;}else {vErrors = null;}}}}if(data.images !== undefined){let data12 = data.images;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.service === undefined){const err38 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data13.repository === undefined){const err39 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data13.tag === undefined){const err40 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data13.digest === undefined){const err41 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data13.reference === undefined){const err42 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data13.platforms === undefined){const err43 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "platforms"},message:"must have required property '"+"platforms"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data13.source === undefined){const err44 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}for(const key3 in data13){if(!(((((((key3 === "service") || (key3 === "repository")) || (key3 === "tag")) || (key3 === "digest")) || (key3 === "reference")) || (key3 === "platforms")) || (key3 === "source"))){const err45 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data13.service !== undefined){let data14 = data13.service;if(typeof data14 === "string"){if(!pattern1.test(data14)){const err46 = {instancePath:instancePath+"/images/" + i0+"/service",schemaPath:"#/definitions/image/properties/service/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/images/" + i0+"/service",schemaPath:"#/definitions/image/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data13.repository !== undefined){let data15 = data13.repository;if(typeof data15 === "string"){if(!pattern1.test(data15)){const err48 = {instancePath:instancePath+"/images/" + i0+"/repository",schemaPath:"#/definitions/image/properties/repository/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/images/" + i0+"/repository",schemaPath:"#/definitions/image/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data13.tag !== undefined){let data16 = data13.tag;if((typeof data16 !== "string") && (data16 !== null)){const err50 = {instancePath:instancePath+"/images/" + i0+"/tag",schemaPath:"#/definitions/image/properties/tag/type",keyword:"type",params:{type: schema12.properties.tag.type},message:"must be string,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data13.digest !== undefined){let data17 = data13.digest;if(typeof data17 === "string"){if(!pattern6.test(data17)){const err51 = {instancePath:instancePath+"/images/" + i0+"/digest",schemaPath:"#/definitions/image/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/images/" + i0+"/digest",schemaPath:"#/definitions/image/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data13.reference !== undefined){let data18 = data13.reference;if(typeof data18 === "string"){if(!pattern1.test(data18)){const err53 = {instancePath:instancePath+"/images/" + i0+"/reference",schemaPath:"#/definitions/image/properties/reference/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/images/" + i0+"/reference",schemaPath:"#/definitions/image/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data13.platforms !== undefined){let data19 = data13.platforms;if(Array.isArray(data19)){const len1 = data19.length;for(let i1=0; i1<len1; i1++){let data20 = data19[i1];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.platform === undefined){const err55 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/required",keyword:"required",params:{missingProperty: "platform"},message:"must have required property '"+"platform"+"'"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data20.digest === undefined){const err56 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}for(const key4 in data20){if(!((key4 === "platform") || (key4 === "digest"))){const err57 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data20.platform !== undefined){let data21 = data20.platform;if(typeof data21 === "string"){if(!pattern8.test(data21)){const err58 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/platform",schemaPath:"#/definitions/image/properties/platforms/items/properties/platform/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"},message:"must match pattern \""+"^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"+"\""};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/platform",schemaPath:"#/definitions/image/properties/platforms/items/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data20.digest !== undefined){let data22 = data20.digest;if(typeof data22 === "string"){if(!pattern6.test(data22)){const err60 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/digest",schemaPath:"#/definitions/image/properties/platforms/items/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/digest",schemaPath:"#/definitions/image/properties/platforms/items/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/images/" + i0+"/platforms",schemaPath:"#/definitions/image/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data13.source !== undefined){let data23 = data13.source;if(!(((data23 === "reference") || (data23 === "buildx-metadata")) || (data23 === "registry"))){const err64 = {instancePath:instancePath+"/images/" + i0+"/source",schemaPath:"#/definitions/image/properties/source/enum",keyword:"enum",params:{allowedValues: schema12.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.compose_hash !== undefined){let data24 = data.compose_hash;if(typeof data24 === "string"){if(!pattern10.test(data24)){const err67 = {instancePath:instancePath+"/compose_hash",schemaPath:"#/properties/compose_hash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/compose_hash",schemaPath:"#/properties/compose_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.files !== undefined){let data25 = data.files;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.app_compose === undefined){const err69 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/required",keyword:"required",params:{missingProperty: "app_compose"},message:"must have required property '"+"app_compose"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data25.docker_compose === undefined){const err70 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/required",keyword:"required",params:{missingProperty: "docker_compose"},message:"must have required property '"+"docker_compose"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key5 in data25){if(!((key5 === "app_compose") || (key5 === "docker_compose"))){const err71 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data25.app_compose !== undefined){let data26 = data25.app_compose;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.path === undefined){const err72 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data26.sha256 === undefined){const err73 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}for(const key6 in data26){if(!((key6 === "path") || (key6 === "sha256"))){const err74 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data26.path !== undefined){let data27 = data26.path;if(typeof data27 === "string"){if(!pattern1.test(data27)){const err75 = {instancePath:instancePath+"/files/app_compose/path",schemaPath:"#/definitions/file/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}else {const err76 = {instancePath:instancePath+"/files/app_compose/path",schemaPath:"#/definitions/file/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data26.sha256 !== undefined){let data28 = data26.sha256;if(typeof data28 === "string"){if(!pattern10.test(data28)){const err77 = {instancePath:instancePath+"/files/app_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/files/app_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data25.docker_compose !== undefined){let data29 = data25.docker_compose;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.path === undefined){const err80 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data29.sha256 === undefined){const err81 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}for(const key7 in data29){if(!((key7 === "path") || (key7 === "sha256"))){const err82 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data29.path !== undefined){let data30 = data29.path;if(typeof data30 === "string"){if(!pattern1.test(data30)){const err83 = {instancePath:instancePath+"/files/docker_compose/path",schemaPath:"#/definitions/file/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/files/docker_compose/path",schemaPath:"#/definitions/file/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data29.sha256 !== undefined){let data31 = data29.sha256;if(typeof data31 === "string"){if(!pattern10.test(data31)){const err85 = {instancePath:instancePath+"/files/docker_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}else {const err86 = {instancePath:instancePath+"/files/docker_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/core/release-record.ts


const RECORD_SCHEMA = 'release-tracker/release-info@1';
/** The three files of a release, named from the tag's `v<version>` prefix. */
function releaseFileNames(prefix) {
    return {
        releaseInfo: `${prefix}-release-info.json`,
        appCompose: `${prefix}-app-compose.json`,
        dockerCompose: `${prefix}-docker-compose.yml`,
    };
}
/** Matches `<prefix>-release-info.json`, the file that marks a recorded release in a directory. */
const RELEASE_INFO_FILE = /^v(.+)-release-info\.json$/;
function formatErrors(errors) {
    return (errors ?? [])
        .slice(0, 5)
        .map((e) => {
        const extra = e.params.additionalProperty;
        return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra ? ` (${extra})` : ''}`;
    })
        .join('; ');
}
/** Checks a parsed record against the shipped JSON Schema; `source` names the file in errors. */
function validateRecord(value, source) {
    if (!validate(value)) {
        throw new errors/* CheckError */.tl(`${source} does not match ${RECORD_SCHEMA}: ${formatErrors(validate.errors)}`);
    }
    return value;
}
function parseRecord(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* CheckError */.tl(`${source} is not valid JSON: ${error.message}`);
    }
    return validateRecord(value, source);
}
/** Two-space indented JSON with a trailing newline; validated before it is written. */
function serializeRecord(record) {
    // Validated as it will be read back: the parsed form of the exact text written.
    const text = `${JSON.stringify(record, null, 2)}\n`;
    validateRecord(JSON.parse(text), 'the generated release record');
    return text;
}
function imageKey(image) {
    return `${image.service}\u0000${image.repository}\u0000${image.digest}`;
}
/**
 * A re-run records the same release: same compose hash and the same image digests. Time, run id
 * and platforms may differ and do not make it a different release.
 */
function sameRelease(a, b) {
    if (a.compose_hash !== b.compose_hash || a.images.length !== b.images.length)
        return false;
    const keys = new Set(a.images.map(imageKey));
    return b.images.every((image) => keys.has(imageKey(image)));
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/version.ts



// SemVer 2.0's own grammar (semver.org), stricter than `semver.valid`, which trims and accepts `=`.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Parses a release tag (`v1.2.3` or `1.2.3`), refusing anything that is not SemVer 2.0. */
function parseTag(tag, input = 'tag') {
    if (tag === '')
        throw new errors/* InputError */.dz(input, 'no release tag given (push a tag, or set the input)');
    if (/\s/.test(tag) || tag.includes('/') || tag.includes('..')) {
        throw new errors/* InputError */.dz(input, `"${tag}" is not a release tag: it must not contain "/", ".." or whitespace`);
    }
    const version = tag.startsWith('v') ? tag.slice(1) : tag;
    if (!SEMVER.test(version)) {
        throw new errors/* InputError */.dz(input, `"${tag}" is not a SemVer 2.0 version such as v1.2.3 or 1.2.3-rc.1`);
    }
    return { tag, version, prefix: `v${version}`, prerelease: semver_default().prerelease(version) !== null };
}
/** SemVer precedence, build metadata ignored; ties broken by the text so the order is total. */
function compareVersions(a, b) {
    return semver_default().compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
/**
 * The release version as image tags, in preference order: the version (`1.2.3`), then the release
 * tag as written (`v1.2.3`). A version with build metadata gives none, since Docker tags cannot
 * hold `+` and a rewritten tag would be one nobody pushed (README: "Decisions where the
 * specification is silent").
 */
function versionTags(release) {
    return [...new Set([release.version, release.tag])].filter(core_reference/* isValidTag */.r_);
}

;// CONCATENATED MODULE: ./src/core/generate.ts








/** A UTC timestamp without milliseconds, as in the record's `created_at`. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
const quoted = (tags) => tags.map((t) => `"${t}"`).join(' or ');
/** What buildx metadata said about other tags of this repository, for messages. */
function pushedNote(plan) {
    if (plan.pushedTags === undefined)
        return '';
    const listed = plan.pushedTags.length > 0 ? plan.pushedTags.join(', ') : 'no tag';
    const wanted = plan.versionTags.length === 0
        ? (plan.tag ?? 'latest')
        : [plan.tag ?? 'latest', ...plan.versionTags].join(', ');
    return `; buildx metadata lists ${plan.ref.repository} only as ${listed}, so this build did not push ${wanted}`;
}
/** A tracked image with no digest yet, written without a tag or as `latest`: the first version tag the registry serves. */
async function resolveVersionTag(plan, resolver) {
    for (const tag of plan.versionTags) {
        const found = await resolver.findTag((0,core_reference/* withTag */.Rd)(plan.ref, tag));
        if (found)
            return { plan, tag, digest: found.digest, platforms: found.platforms };
    }
    const written = plan.tag === undefined ? 'without a tag' : `as "${plan.tag}"`;
    throw new Error(`it is written ${written}, and the registry serves no tag ${quoted(plan.versionTags)} for ${plan.ref.repository}${pushedNote(plan)}; give the tag the build pushed (${plan.service}=${plan.ref.name}:TAG) or its digest`);
}
/**
 * A tracked image pinned to a known digest and written without a tag or as `latest`: the first
 * release-version tag the registry serves at that very digest, if any (tags are never invented).
 */
async function confirmVersionTag(plan, resolver, warnings) {
    if (plan.versionTags.length === 0)
        return undefined;
    const keeps = `service "${plan.service}" keeps ${plan.tag === undefined ? 'no tag' : `tag "${plan.tag}"`}`;
    if (resolver === undefined) {
        warnings.push(`${keeps}: whether the registry serves ${plan.ref.repository} as ${quoted(plan.versionTags)} at ${plan.digest} was not checked (offline)`);
        return undefined;
    }
    for (const tag of plan.versionTags) {
        try {
            const found = await resolver.findTag((0,core_reference/* withTag */.Rd)(plan.ref, tag));
            if (found?.digest === plan.digest)
                return { tag, platforms: found.platforms };
        }
        catch (error) {
            warnings.push(`${keeps}: cannot check ${plan.ref.repository}:${tag}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    }
    return undefined;
}
async function pinOne(plan, resolver, warnings) {
    const display = plan.ref.original;
    // An image nobody listed is pinned because of pin-all-images: that is the input to name.
    const input = plan.tracked ? 'images' : 'pin-all-images';
    if (plan.digest === undefined) {
        if (resolver === undefined) {
            throw new errors/* InputError */.dz(input, `cannot pin ${display} (service "${plan.service}"): it has no digest and the registry is not consulted${pushedNote(plan)}; give it as name:tag@sha256:…, in buildx metadata, or allow registry look-ups`);
        }
        try {
            if (plan.versionTags.length > 0)
                return await resolveVersionTag(plan, resolver);
            const resolved = await resolver.resolve((0,core_reference/* withTag */.Rd)(plan.ref, plan.tag));
            if (plan.pushedTags !== undefined) {
                warnings.push(`service "${plan.service}": the digest of ${plan.ref.name}:${plan.tag ?? 'latest'} comes from the registry${pushedNote(plan)}`);
            }
            return { plan, tag: plan.tag, digest: resolved.digest, platforms: resolved.platforms };
        }
        catch (error) {
            throw new errors/* InputError */.dz(input, `cannot pin ${display} (service "${plan.service}"): ${(0,errors/* errorMessage */.gJ)(error)}${plan.versionTags.length > 0 ? '' : pushedNote(plan)}`);
        }
    }
    const known = { ...plan, digest: plan.digest };
    const confirmed = await confirmVersionTag(known, resolver, warnings);
    if (confirmed) {
        return { plan, tag: confirmed.tag, digest: plan.digest, platforms: confirmed.platforms };
    }
    let platforms = [];
    if (resolver !== undefined) {
        // The pin never depends on this look-up: a failure only loses the platform list.
        try {
            platforms = await resolver.platformsOf(plan.ref, plan.digest);
        }
        catch (error) {
            warnings.push(`platforms of ${display} unknown: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return { plan, tag: plan.tag, digest: plan.digest, platforms };
}
/**
 * Resolves every planned image. Every look-up runs to its end, so one error can name every image
 * that cannot be pinned.
 */
async function pinImages(plans, resolver, warnings) {
    const settled = await Promise.allSettled(plans.map((p) => pinOne(p, resolver, warnings)));
    const failures = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length === 1)
        throw failures[0];
    if (failures.length > 1) {
        const reasons = failures.map((f) => (f instanceof errors/* InputError */.dz ? f.reason : (0,errors/* errorMessage */.gJ)(f)));
        const onlyUnlisted = failures.every((f) => f instanceof errors/* InputError */.dz && f.input === 'pin-all-images');
        throw new errors/* InputError */.dz(onlyUnlisted ? 'pin-all-images' : 'images', `${failures.length} images cannot be pinned: ${reasons.join('; ')}`);
    }
    return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}
/** The record's images, and the compose edits that pin them. */
function recordImages(pinned) {
    const edits = new Map();
    const images = pinned.map(({ plan: p, tag, digest, platforms }) => {
        const reference = p.rewrite ? (0,core_reference/* pinnedReference */.ct)(p.ref.name, tag, digest) : p.ref.original;
        if (p.rewrite || p.removeBuild) {
            edits.set(p.service, { image: reference, removeBuild: p.removeBuild });
        }
        return {
            service: p.service,
            repository: p.ref.repository,
            tag: tag ?? null,
            digest,
            reference,
            platforms: [...platforms],
            source: p.source,
        };
    });
    return { images, edits };
}
function planWarnings(plan) {
    return [
        ...plan.unpinned.map((service) => `service "${service}" keeps an unpinned image (pin-all-images is off)`),
        ...plan.warnings,
        ...plan.unusedMetadata.map((entry) => {
            const what = entry.repositories.join(', ') || `target ${entry.target ?? '?'}`;
            return `buildx metadata for ${what} matches no compose service; ignored`;
        }),
    ];
}
/** Generates the three release files from data: the same request gives the same compose bytes. */
async function generateRelease(request, resolver) {
    const plan = planImages({
        services: parseCompose(request.composeText, request.composeFile),
        composeFile: request.composeFile,
        specs: request.specs,
        metadata: request.metadata,
        version: request.version.version,
        versionTags: versionTags(request.version),
        pinAll: request.pinAll,
    });
    const warnings = planWarnings(plan);
    const { images, edits } = recordImages(await pinImages(plan.images, resolver, warnings));
    const composeText = pinCompose(request.composeText, edits, request.composeFile);
    const document = buildAppCompose({
        composeText,
        defaultName: request.defaultAppName,
        ...(request.template !== undefined && { template: request.template }),
        ...(request.appName !== undefined && { appName: request.appName }),
    });
    validateAppCompose(document, request.template ? 'app-compose-template' : 'app-name');
    const appComposeText = serializeAppCompose(document);
    const composeHash = app_compose_composeHash(appComposeText);
    const names = releaseFileNames(request.version.prefix);
    const dir = request.releasesDir.replace(/\/+$/, '');
    const at = (name) => (dir === '' || dir === '.' ? name : `${dir}/${name}`);
    const record = {
        schema: RECORD_SCHEMA,
        version: request.version.version,
        tag: request.version.tag,
        created_at: isoSeconds(request.createdAt),
        repository: request.repository,
        git: request.git,
        workflow: request.workflow,
        images,
        compose_hash: composeHash,
        files: {
            app_compose: { path: at(names.appCompose), sha256: composeHash },
            docker_compose: { path: at(names.dockerCompose), sha256: (0,hash/* sha256Hex */.f)(composeText) },
        },
    };
    const file = (name, content) => ({
        name,
        path: at(name),
        content: Buffer.from(content),
    });
    return {
        record,
        files: [
            file(names.releaseInfo, serializeRecord(record)),
            file(names.appCompose, appComposeText),
            file(names.dockerCompose, composeText),
        ],
        warnings,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/workspace/local-git.ts



const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim();
    }
    catch {
        // Not a repository, no such ref, or no git at all: the CLI works without one.
        return null;
    }
}
/** `owner/name` from a GitHub-style remote URL (https, ssh or scp-like). */
function repositoryFromRemote(url) {
    const match = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    return match ? `${match[1]}/${match[2]}` : null;
}
/**
 * What the local repository says about a release: the tag's commit when the tag exists here,
 * else HEAD and the branch it is on.
 */
async function readLocalGit(cwd, tag) {
    const topLevel = await git(cwd, ['rev-parse', '--show-toplevel']);
    if (topLevel === null)
        return { topLevel: null, git: null, repository: null };
    const tagCommit = await git(cwd, [
        'rev-parse',
        '--verify',
        '--quiet',
        `refs/tags/${tag}^{commit}`,
    ]);
    let info = null;
    if (tagCommit)
        info = { commit: tagCommit, ref: `refs/tags/${tag}` };
    else {
        const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
        const ref = (await git(cwd, ['symbolic-ref', '--quiet', 'HEAD'])) ?? 'HEAD';
        if (head)
            info = { commit: head, ref };
    }
    const remote = await git(cwd, ['remote', 'get-url', 'origin']);
    const repository = (remote && repositoryFromRemote(remote)) ?? null;
    return { topLevel, git: info, repository };
}
/** The repository's short name, for the default app name. */
function repositoryName(repository, fallbackDir) {
    return repository?.split('/')[1] ?? (0,external_node_path_.basename)(fallbackDir);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/store/write.ts



/**
 * Writes through a temporary file in the same directory, then renames, so a reader never sees a
 * half-written release file and a crash leaves the old file in place.
 */
async function writeFileAtomic(path, data) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        const handle = await (0,promises_.open)(tmp, 'wx', 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(tmp, path);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
}
/** Writes the generated files into `dir`, each atomically; returns their paths. */
async function writeReleaseFiles(dir, files) {
    const written = [];
    for (const file of files) {
        const path = (0,external_node_path_.join)(dir, file.name);
        await writeFileAtomic(path, file.content);
        written.push(path);
    }
    return written;
}

;// CONCATENATED MODULE: ./src/workspace/paths.ts

/** True when `path` is `root` itself or inside it (no `..` escape, not another drive). */
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(root, path));
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** A `/`-separated path relative to `root`, as recorded in release files. */
function posixRelative(root, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(root, path));
    return rel.split(/[\\/]/).filter(Boolean).join('/');
}

;// CONCATENATED MODULE: ./src/workspace/sources.ts







async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function locateCompose(root, given, input) {
    if (given !== undefined && given !== '')
        return given;
    for (const name of defaultComposeFiles) {
        if (await exists((0,external_node_path_.join)(root, name)))
            return name;
    }
    throw new errors/* InputError */.dz(input, `no compose file found in ${root} (looked for ${defaultComposeFiles.join(', ')})`);
}
/**
 * The `metadata` input: empty → no entries; inline JSON (starts with `{` or `[`); otherwise a
 * path, relative to `cwd`, of a file holding the JSON (e.g. one written by `--metadata-file`).
 */
async function loadMetadata(value, cwd, input = 'metadata') {
    const trimmed = value.trim();
    if (trimmed === '')
        return [];
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        checkInputSize(trimmed, input);
        return parseMetadataText(trimmed, input);
    }
    const path = (0,external_node_path_.isAbsolute)(trimmed) ? trimmed : (0,external_node_path_.resolve)(cwd, trimmed);
    const bytes = await readInputFile(path, input);
    return parseMetadataText(bytes.toString('utf8'), input, `metadata file ${trimmed}`);
}
async function loadSources(options) {
    const { root, names } = options;
    const composeFile = await locateCompose(root, options.composeFile, names.compose);
    const composePath = (0,external_node_path_.resolve)(root, composeFile);
    const composeText = decodeUtf8(await readInputFile(composePath, names.compose), names.compose, composeFile);
    const metadata = await loadMetadata(options.metadata, root, names.metadata);
    let template;
    if (options.template !== undefined && options.template !== '') {
        const bytes = await readInputFile((0,external_node_path_.resolve)(root, options.template), names.template);
        const text = decodeUtf8(bytes, names.template, options.template);
        template = parseAppComposeTemplate(text, names.template);
    }
    return { composeFile, composeText, metadata, ...(template && { template }) };
}

;// CONCATENATED MODULE: ./src/workspace/prepare.ts


/** `created_at`: `SOURCE_DATE_EPOCH` when it is a whole number of seconds, else now. */
function creationTime(sourceDateEpoch, now = new Date()) {
    return sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)
        ? new Date(Number(sourceDateEpoch) * 1000)
        : now;
}
/** Reads the input files and builds the request the pure generator takes. */
async function prepareRelease(inputs) {
    const sources = await loadSources({
        root: inputs.cwd,
        composeFile: inputs.composeFile,
        metadata: inputs.metadata,
        template: inputs.template,
        names: inputs.names,
    });
    return {
        version: inputs.version,
        composeText: sources.composeText,
        composeFile: sources.composeFile,
        specs: inputs.specs,
        metadata: sources.metadata,
        ...(sources.template && { template: sources.template }),
        ...(inputs.appName !== undefined && { appName: inputs.appName }),
        defaultAppName: repositoryName(inputs.repository, inputs.projectDir),
        pinAll: inputs.pinAll,
        releasesDir: inputs.releasesDir,
        createdAt: creationTime(inputs.sourceDateEpoch),
        repository: inputs.repository,
        git: inputs.git,
        workflow: inputs.workflow,
    };
}

// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __nccwpck_require__(8904);
;// CONCATENATED MODULE: ./src/store/releases.ts








/** Files read at once: far below any open-file limit, enough to keep the disk busy. */
const FILE_CONCURRENCY = 64;
async function readDirNames(dir) {
    try {
        return await (0,promises_.readdir)(dir);
    }
    catch (error) {
        // No directory yet is no release yet: `list` prints nothing, `latest` and `verify` fail.
        if (error.code === 'ENOENT')
            return [];
        throw new errors/* InputError */.dz('--dir', `cannot read releases directory ${dir}: ${error.message}`);
    }
}
/** Versions recorded in `dir`, from file names alone, newest first by SemVer precedence. */
async function recordedVersions(dir) {
    const versions = [];
    for (const name of await readDirNames(dir)) {
        const match = RELEASE_INFO_FILE.exec(name);
        if (match?.[1] === undefined)
            continue;
        try {
            versions.push(parseTag(match[1]).version);
        }
        catch {
            // Not one of ours (a file that only looks like a record): not a release.
        }
    }
    return versions.sort((a, b) => compareVersions(b, a));
}
/** Reads and schema-checks one release's record; a release that is not there is a CheckError. */
async function readRelease(dir, versionOrTag) {
    const { version, prefix } = parseTag(versionOrTag, 'version');
    const file = (0,external_node_path_.join)(dir, releaseFileNames(prefix).releaseInfo);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* CheckError */.tl(`release ${prefix} not found in ${dir}`);
    }
    const record = parseRecord(text, file);
    if (record.version !== version) {
        throw new errors/* CheckError */.tl(`${file} records version ${record.version}, not ${version}`);
    }
    return { version, file, record };
}
/** All releases in `dir`, newest first. */
async function readAllReleases(dir) {
    const versions = await recordedVersions(dir);
    return (0,concurrency/* mapLimit */.s)(versions, FILE_CONCURRENCY, (v) => readRelease(dir, v));
}
/** The highest release that is not a pre-release. */
function latestRelease(releases) {
    return releases.find((r) => !parseTag(r.version).prerelease);
}
/**
 * Where a release's files are: beside its record, under the names its version gives them. The
 * paths inside the record are checked against these names, never followed (a record pointing at
 * another release's files must not verify).
 */
function releaseFiles(dir, version) {
    const names = releaseFileNames(`v${version}`);
    return { appCompose: (0,external_node_path_.join)(dir, names.appCompose), dockerCompose: (0,external_node_path_.join)(dir, names.dockerCompose) };
}
function parseTagOrNull(tag) {
    try {
        return parseTag(tag);
    }
    catch {
        return null;
    }
}
/** The file's bytes, or null when it does not exist; any other failure is not a verdict and throws. */
async function readOrNull(path) {
    try {
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
/**
 * Checks one release: its record against the schema, each recorded hash against the file's bytes,
 * and that the app-compose document embeds exactly the recorded compose file.
 */
async function verifyRelease(dir, versionOrTag) {
    const { version } = parseTag(versionOrTag, 'version');
    let stored;
    try {
        stored = await readRelease(dir, version);
    }
    catch (error) {
        if (error instanceof errors/* CheckError */.tl)
            return { version, ok: false, problems: [error.message] };
        throw error;
    }
    const { record } = stored;
    const problems = [];
    const appPath = releaseFiles(dir, version).appCompose;
    const composePath = releaseFiles(dir, version).dockerCompose;
    for (const [recorded, expected] of [
        [record.files.app_compose.path, appPath],
        [record.files.docker_compose.path, composePath],
    ]) {
        if ((0,external_node_path_.basename)(recorded) !== (0,external_node_path_.basename)(expected)) {
            problems.push(`record: names ${recorded} as its file, not ${(0,external_node_path_.basename)(expected)}`);
        }
    }
    if (parseTagOrNull(record.tag)?.version !== version) {
        problems.push(`record: tag ${record.tag} is not version ${version}`);
    }
    const [app, compose] = await Promise.all([readOrNull(appPath), readOrNull(composePath)]);
    problems.push(...fileProblems(record, { path: appPath, bytes: app }, { path: composePath, bytes: compose }));
    return { version, ok: problems.length === 0, problems };
}
/**
 * What keeps a record's files from being the ones it records: each recorded hash against the
 * bytes, and the app-compose document embedding exactly the compose file. Pure; shared by
 * `verify` and the action's check of a record already on the branch.
 */
function fileProblems(record, app, compose) {
    const problems = [];
    if (record.compose_hash !== record.files.app_compose.sha256) {
        problems.push(`record: compose_hash ${record.compose_hash} differs from files.app_compose.sha256 ${record.files.app_compose.sha256}`);
    }
    if (app.bytes === null)
        problems.push(`${app.path}: missing`);
    else {
        const actual = (0,hash/* sha256Hex */.f)(app.bytes);
        if (actual !== record.compose_hash) {
            problems.push(`${app.path}: sha256 ${actual}, recorded compose hash ${record.compose_hash}`);
        }
    }
    if (compose.bytes === null)
        problems.push(`${compose.path}: missing`);
    else {
        const actual = (0,hash/* sha256Hex */.f)(compose.bytes);
        if (actual !== record.files.docker_compose.sha256) {
            problems.push(`${compose.path}: sha256 ${actual}, recorded ${record.files.docker_compose.sha256}`);
        }
    }
    if (app.bytes !== null && compose.bytes !== null) {
        const embedded = inspectAppCompose(app.bytes).document?.['docker_compose_file'];
        if (embedded !== compose.bytes.toString('utf8')) {
            problems.push(`${app.path}: docker_compose_file is not the text of ${compose.path}`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/store/query.ts



async function appDocument(dir, stored) {
    try {
        const bytes = await (0,promises_.readFile)(releaseFiles(dir, stored.version).appCompose);
        return inspectAppCompose(bytes).document ?? {};
    }
    catch {
        return {};
    }
}
/** Compares pure data: images by service, and the app-compose settings key by key. */
function diffRecords(from, to, fromDoc, toDoc) {
    const before = new Map(from.record.images.map((i) => [i.service, i]));
    const after = new Map(to.record.images.map((i) => [i.service, i]));
    const added = [];
    const removed = [];
    const repinned = [];
    const unchanged = [];
    for (const [service, image] of after) {
        const old = before.get(service);
        if (!old)
            added.push({ service, to: image });
        else if (old.digest !== image.digest ||
            old.repository !== image.repository ||
            old.tag !== image.tag) {
            repinned.push({ service, from: old, to: image });
        }
        else
            unchanged.push(service);
    }
    for (const [service, image] of before) {
        if (!after.has(service))
            removed.push({ service, from: image });
    }
    const settings = [];
    const keys = [...new Set([...Object.keys(fromDoc), ...Object.keys(toDoc)])].sort();
    for (const key of keys) {
        if (key === 'docker_compose_file')
            continue;
        const a = fromDoc[key];
        const b = toDoc[key];
        if (JSON.stringify(a) !== JSON.stringify(b))
            settings.push({ key, from: a ?? null, to: b ?? null });
    }
    return {
        from: from.record.version,
        to: to.record.version,
        added,
        removed,
        repinned,
        unchanged,
        compose_hash: {
            from: from.record.compose_hash,
            to: to.record.compose_hash,
            changed: from.record.compose_hash !== to.record.compose_hash,
        },
        compose_file_changed: from.record.files.docker_compose.sha256 !== to.record.files.docker_compose.sha256,
        settings,
    };
}
async function diffReleases(dir, fromVersion, toVersion) {
    const [from, to] = await Promise.all([
        readRelease(dir, fromVersion),
        readRelease(dir, toVersion),
    ]);
    const [fromDoc, toDoc] = await Promise.all([appDocument(dir, from), appDocument(dir, to)]);
    return diffRecords(from, to, fromDoc, toDoc);
}
/** Which releases mention this sha256 (64 lowercase hex): as compose hash, image or platform digest. */
function findInReleases(releases, hex) {
    const digest = `sha256:${hex}`;
    const matches = [];
    for (const { record } of releases) {
        if (record.compose_hash === hex) {
            matches.push({ version: record.version, kind: 'compose_hash', what: 'compose hash' });
        }
        for (const image of record.images) {
            if (image.digest === digest) {
                matches.push({
                    version: record.version,
                    kind: 'image',
                    service: image.service,
                    what: `image digest of ${image.service} (${image.repository})`,
                });
            }
            for (const p of image.platforms) {
                if (p.digest === digest) {
                    matches.push({
                        version: record.version,
                        kind: 'platform',
                        service: image.service,
                        what: `${p.platform} manifest of ${image.service} (${image.repository})`,
                    });
                }
            }
        }
    }
    return matches;
}

;// CONCATENATED MODULE: ./src/cli/table.ts
/** Left-aligned columns separated by two spaces; trailing spaces trimmed. */
function table(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
    return all
        .map((row) => row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/** `key  value` lines with the keys padded to one width. */
function fields(pairs) {
    const width = Math.max(...pairs.map(([k]) => k.length));
    return pairs.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

;// CONCATENATED MODULE: ./src/cli/format-diff.ts

const ref = (image) => image ? `${image.repository}:${image.tag ?? ''}@${image.digest}`.replace(':@', '@') : '-';
function formatDiff(diff) {
    const rows = [
        ...diff.added.map((c) => ['added', c.service, '-', ref(c.to)]),
        ...diff.removed.map((c) => ['removed', c.service, ref(c.from), '-']),
        ...diff.repinned.map((c) => ['re-pinned', c.service, ref(c.from), ref(c.to)]),
    ];
    const lines = [`v${diff.from} → v${diff.to}`, ''];
    lines.push(rows.length > 0 ? table(['CHANGE', 'SERVICE', 'FROM', 'TO'], rows) : 'images: no changes');
    if (diff.unchanged.length > 0)
        lines.push(`unchanged: ${diff.unchanged.join(', ')}`);
    lines.push('');
    lines.push(diff.compose_hash.changed
        ? `compose hash: ${diff.compose_hash.from} → ${diff.compose_hash.to}`
        : `compose hash: unchanged (${diff.compose_hash.to})`);
    lines.push(`docker-compose file: ${diff.compose_file_changed ? 'changed' : 'unchanged'}`);
    if (diff.settings.length === 0)
        lines.push('app settings: unchanged');
    else {
        lines.push('app settings:');
        for (const s of diff.settings) {
            lines.push(`  ${s.key}: ${JSON.stringify(s.from)} → ${JSON.stringify(s.to)}`);
        }
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/help.ts
const HELP = `release-tracker — record, query and verify what each release shipped

Usage: release-tracker <command> [arguments] [--dir DIR] [--json]

Commands:
  generate <version> [[service=]image…]   write the three release files locally, as the action would
      --compose FILE                      source compose file [docker-compose.yml, compose.yaml, …]
      --metadata FILE                     buildx metadata (build-push-action or bake-action output)
      --app-compose-template FILE         dstack app-compose settings (JSON)
      --app-name NAME                     dstack app name [template's name, else the repository's]
      --no-pin-all                        leave images this release did not build unpinned
      --offline                           never ask a registry: every image needs a digest already
  list                                    all releases, newest first (SemVer precedence)
  latest                                  the highest release that is not a pre-release
  info <version>                          the whole record
  images <version>                        service, repository, tag, digest, platforms
  app-compose <version>                   the app-compose file and its compose hash (recomputed)
  compose <version>                       the pinned docker-compose file
  verify [<version>…]                     check every recorded hash and the schema (default: all)
  diff <from> <to>                        images added, removed, re-pinned; app settings changed
  find <sha256>                           the release with this compose hash or image digest
  compose-hash <file>                     the compose hash of any app-compose file, and its layout

Options:
  --dir DIR      releases directory [releases]
  --json         print one JSON document instead of text
  -h, --help     this help
  -V, --version  the tool's version

Versions are accepted as 1.0.0 or v1.0.0.

Examples:
  release-tracker generate v1.2.0 app=ghcr.io/acme/app:v1.2.0 --metadata metadata.json
  release-tracker generate 1.2.0 app=ghcr.io/acme/app@sha256:<64 hex> --offline
  release-tracker list
  release-tracker verify
  release-tracker diff v1.1.0 v1.2.0
  release-tracker find 12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7
  release-tracker compose-hash app-compose.json --json

Exit codes:
  0  success
  1  a check failed (hash mismatch, schema error) or a release was not found
  2  usage or input error
`;

;// CONCATENATED MODULE: ./src/cli/main.ts


















class UsageError extends errors/* InputError */.dz {
}
function usage(message) {
    throw new UsageError('usage', `${message} (see release-tracker --help)`);
}
function expectArgs(ctx, min, max, shape) {
    if (ctx.args.length < min || ctx.args.length > max)
        usage(`expected ${shape}`);
}
function print(ctx, json, text) {
    ctx.io.out(ctx.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}
function platformsText(record) {
    return record.platforms.map((p) => p.platform).join(',') || '-';
}
function infoText(stored) {
    const r = stored.record;
    const lines = [
        fields([
            ['version', r.version],
            ['tag', r.tag],
            ['created', r.created_at],
            ['repository', r.repository ?? '-'],
            ['commit', r.git ? `${r.git.commit} (${r.git.ref})` : '-'],
            ['workflow', r.workflow ? r.workflow.url : '-'],
            ['compose hash', r.compose_hash],
            ['app-compose', r.files.app_compose.path],
            [
                'docker-compose',
                `${r.files.docker_compose.path} (sha256 ${r.files.docker_compose.sha256})`,
            ],
        ]),
        '',
        imagesTable(r),
    ];
    return lines.join('\n');
}
function imagesTable(r) {
    return table(['SERVICE', 'REPOSITORY', 'TAG', 'DIGEST', 'PLATFORMS', 'SOURCE'], r.images.map((i) => [
        i.service,
        i.repository,
        i.tag ?? '-',
        i.digest,
        platformsText(i),
        i.source,
    ]));
}
async function cmdGenerate(ctx) {
    if (ctx.args.length < 1)
        usage('generate <version> [[service=]image…]');
    const [versionArg, ...imageArgs] = ctx.args;
    const version = parseTag(versionArg, 'version');
    const specs = parseImageSpecs(imageArgs.join('\n'), 'images');
    const { io } = ctx;
    const flag = (name) => {
        const value = ctx.flags[name];
        return typeof value === 'string' ? value : undefined;
    };
    const local = await readLocalGit(io.cwd, version.tag);
    const root = local.topLevel ?? io.cwd;
    const dirAbs = (0,external_node_path_.resolve)(io.cwd, ctx.dir);
    if (!isInside(root, dirAbs)) {
        throw new errors/* InputError */.dz('--dir', `${ctx.dir} is outside ${local.topLevel ? 'the repository' : 'the current directory'}: the record's paths are relative to it`);
    }
    const appName = flag('app-name');
    const composeFile = flag('compose');
    const template = flag('app-compose-template');
    const request = await prepareRelease({
        cwd: io.cwd,
        projectDir: root,
        names: { compose: '--compose', metadata: '--metadata', template: '--app-compose-template' },
        version,
        specs,
        ...(composeFile !== undefined && { composeFile }),
        metadata: flag('metadata') ?? '',
        ...(template !== undefined && { template }),
        ...(appName !== undefined && { appName }),
        pinAll: !ctx.flags['no-pin-all'],
        releasesDir: posixRelative(root, dirAbs),
        repository: io.env['GITHUB_REPOSITORY'] || local.repository,
        git: local.git,
        workflow: null,
        sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'],
    });
    const progress = (message) => {
        if (io.interactive)
            io.err(`${message}\n`);
    };
    const warn = (message) => io.err(`warning: ${message}\n`);
    const resolver = ctx.flags['offline'] || !io.resolver ? undefined : await io.resolver(progress, warn);
    const generated = await generateRelease(request, resolver);
    for (const warning of generated.warnings)
        warn(warning);
    const written = (await writeReleaseFiles(dirAbs, generated.files)).map((f) => (0,external_node_path_.relative)(io.cwd, f));
    const { record } = generated;
    print(ctx, {
        version: record.version,
        tag: record.tag,
        compose_hash: record.compose_hash,
        files: written,
        images: record.images,
    }, () => [
        `Recorded ${version.prefix} in ${ctx.dir}`,
        ...written.map((f) => `  ${f}`),
        '',
        fields([['compose hash', record.compose_hash]]),
        '',
        imagesTable(record),
    ].join('\n'));
    return 0;
}
async function cmdList(ctx) {
    expectArgs(ctx, 0, 0, 'list (no arguments)');
    const releases = await readAllReleases(ctx.dir);
    print(ctx, releases.map(({ record: r }) => ({
        version: r.version,
        tag: r.tag,
        created_at: r.created_at,
        images: r.images.length,
        compose_hash: r.compose_hash,
    })), () => releases.length === 0
        ? `no releases in ${ctx.dir}`
        : table(['VERSION', 'DATE', 'IMAGES', 'COMPOSE HASH'], releases.map(({ record: r }) => [
            r.version,
            r.created_at,
            String(r.images.length),
            r.compose_hash,
        ])));
    return 0;
}
async function cmdLatest(ctx) {
    expectArgs(ctx, 0, 0, 'latest (no arguments)');
    const releases = await readAllReleases(ctx.dir);
    const latest = latestRelease(releases);
    if (!latest)
        throw new errors/* CheckError */.tl(`no release in ${ctx.dir} that is not a pre-release`);
    print(ctx, latest.record, () => infoText(latest));
    return 0;
}
async function cmdInfo(ctx) {
    expectArgs(ctx, 1, 1, 'info <version>');
    const stored = await readRelease(ctx.dir, ctx.args[0] ?? '');
    print(ctx, stored.record, () => infoText(stored));
    return 0;
}
async function cmdImages(ctx) {
    expectArgs(ctx, 1, 1, 'images <version>');
    const { record } = await readRelease(ctx.dir, ctx.args[0] ?? '');
    print(ctx, record.images, () => table(['SERVICE', 'REPOSITORY', 'TAG', 'DIGEST', 'PLATFORMS'], record.images.flatMap((i) => [
        [i.service, i.repository, i.tag ?? '-', i.digest, platformsText(i)],
        ...i.platforms.map((p) => ['', '', '', `  ${p.digest}`, p.platform]),
    ])));
    return 0;
}
async function cmdAppCompose(ctx) {
    expectArgs(ctx, 1, 1, 'app-compose <version>');
    const { record } = await readRelease(ctx.dir, ctx.args[0] ?? '');
    const path = releaseFiles(ctx.dir, record.version).appCompose;
    let bytes;
    try {
        bytes = await readInputFile(path, 'app-compose');
    }
    catch {
        throw new errors/* CheckError */.tl(`${path}: missing`);
    }
    const { hash, canonical } = inspectAppCompose(bytes);
    const ok = hash === record.compose_hash;
    print(ctx, { path, compose_hash: record.compose_hash, actual: hash, ok, canonical }, () => fields([
        ['path', path],
        ['compose hash', record.compose_hash],
        ['verified', ok ? 'yes (sha256 of the file matches)' : `NO: the file hashes to ${hash}`],
    ]));
    if (!ok)
        ctx.io.err(`error: ${path} does not match the recorded compose hash\n`);
    return ok ? 0 : 1;
}
async function cmdCompose(ctx) {
    expectArgs(ctx, 1, 1, 'compose <version>');
    const { record } = await readRelease(ctx.dir, ctx.args[0] ?? '');
    const path = releaseFiles(ctx.dir, record.version).dockerCompose;
    print(ctx, { path, sha256: record.files.docker_compose.sha256 }, () => path);
    return 0;
}
async function cmdVerify(ctx) {
    const versions = ctx.args.length > 0 ? ctx.args : await recordedVersions(ctx.dir);
    if (versions.length === 0)
        throw new errors/* CheckError */.tl(`no releases in ${ctx.dir} to verify`);
    const results = await (0,concurrency/* mapLimit */.s)(versions, FILE_CONCURRENCY, (v) => verifyRelease(ctx.dir, v));
    const failed = results.filter((r) => !r.ok);
    print(ctx, { ok: failed.length === 0, releases: results }, () => [
        ...results.map((r) => r.ok
            ? `ok    v${r.version}`
            : [`FAIL  v${r.version}`, ...r.problems.map((p) => `      ${p}`)].join('\n')),
        failed.length === 0
            ? `${results.length} release(s) verified`
            : `${failed.length} of ${results.length} release(s) failed verification`,
    ].join('\n'));
    return failed.length === 0 ? 0 : 1;
}
async function cmdDiff(ctx) {
    expectArgs(ctx, 2, 2, 'diff <from> <to>');
    const diff = await diffReleases(ctx.dir, ctx.args[0] ?? '', ctx.args[1] ?? '');
    print(ctx, diff, () => formatDiff(diff));
    return 0;
}
async function cmdFind(ctx) {
    expectArgs(ctx, 1, 1, 'find <sha256>');
    const wanted = (ctx.args[0] ?? '').toLowerCase().replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(wanted)) {
        throw new errors/* InputError */.dz('sha256', `"${ctx.args[0]}" is not a sha256 (64 hex digits, optionally sha256:-prefixed)`);
    }
    const matches = findInReleases(await readAllReleases(ctx.dir), wanted);
    if (matches.length === 0) {
        // --json still prints its one document (an empty list); text output stays empty.
        if (ctx.json)
            print(ctx, matches, () => '');
        ctx.io.err(`no release in ${ctx.dir} has ${wanted}\n`);
        return 1;
    }
    print(ctx, matches, () => table(['VERSION', 'MATCH'], matches.map((m) => [`v${m.version}`, m.what])));
    return 0;
}
async function cmdComposeHash(ctx) {
    expectArgs(ctx, 1, 1, 'compose-hash <file>');
    const file = ctx.args[0] ?? '';
    const bytes = await readInputFile((0,external_node_path_.resolve)(ctx.io.cwd, file), 'file');
    const { hash, canonical, error } = inspectAppCompose(bytes);
    print(ctx, { file, compose_hash: hash, canonical, ...(error && { error }) }, () => fields([
        ['file', file],
        ['compose hash', hash],
        [
            'layout',
            canonical
                ? 'canonical (sorted keys, 4-space indent, as Phala Cloud writes it)'
                : `not canonical${error ? `: ${error}` : ''} — the hash is of these exact bytes`,
        ],
    ]));
    return 0;
}
const COMMANDS = {
    generate: cmdGenerate,
    list: cmdList,
    latest: cmdLatest,
    info: cmdInfo,
    images: cmdImages,
    'app-compose': cmdAppCompose,
    compose: cmdCompose,
    verify: cmdVerify,
    diff: cmdDiff,
    find: cmdFind,
    'compose-hash': cmdComposeHash,
};
/** Runs one CLI invocation; returns the exit code (0 ok, 1 a check failed, 2 usage or input error; README: CLI). */
async function runCli(argv, io) {
    let json = false;
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                dir: { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'V' },
                compose: { type: 'string' },
                metadata: { type: 'string' },
                'app-compose-template': { type: 'string' },
                'app-name': { type: 'string' },
                'no-pin-all': { type: 'boolean' },
                offline: { type: 'boolean' },
            },
        }).valueOf();
        json = values['json'] === true;
        if (values['help']) {
            io.out(HELP);
            return 0;
        }
        if (values['version']) {
            io.out(`${io.version}\n`);
            return 0;
        }
        const [command, ...args] = positionals;
        if (command === undefined) {
            io.err(HELP);
            return 2;
        }
        const handler = COMMANDS[command];
        if (!handler)
            usage(`unknown command "${command}"`);
        const generateOnly = [
            'compose',
            'metadata',
            'app-compose-template',
            'app-name',
            'no-pin-all',
            'offline',
        ];
        if (command !== 'generate') {
            const stray = generateOnly.find((f) => values[f] !== undefined);
            if (stray)
                usage(`--${stray} is an option of generate only`);
        }
        const dir = typeof values['dir'] === 'string' ? values['dir'] : 'releases';
        return await handler({ io, dir, json, args, flags: values });
    }
    catch (error) {
        const code = error instanceof errors/* CheckError */.tl
            ? 1
            : error instanceof errors/* InputError */.dz || isParseArgsError(error)
                ? 2
                : 1;
        const message = (0,errors/* errorMessage */.gJ)(error);
        if (json)
            io.out(`${JSON.stringify({ error: message, exit_code: code })}\n`);
        io.err(`error: ${message}\n`);
        return code;
    }
}
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}


/***/ }),

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WP: () => (/* binding */ JsonNumber),
/* harmony export */   ZC: () => (/* binding */ isWellFormedText),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   zD: () => (/* binding */ parseJsonPreservingNumbers)
/* harmony export */ });
/* unused harmony exports compareCodePoints, pythonFloatRepr */
/**
 * The layout of Python's
 * `json.dumps(obj, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False)`,
 * which is how Phala Cloud writes dstack app-compose documents (README: dstack: the compose hash), and a JSON parser that
 * keeps what that layout needs to round-trip: whether a number was an integer or a float, and
 * integers beyond 2^53 exactly.
 *
 * dstack hashes the bytes of the document, so every detail here changes a compose hash.
 */
/**
 * A number as written in JSON text. Kept as text because a JS number cannot tell `1` from `1.0`
 * (Python prints them differently) and rounds integers beyond 2^53.
 */
class JsonNumber {
    lexeme;
    constructor(lexeme) {
        this.lexeme = lexeme;
        if (!NUMBER_LEXEME.test(lexeme))
            throw new Error(`not a JSON number: ${JSON.stringify(lexeme)}`);
    }
    /** True when Python's json module reads it as an int (no fraction, no exponent). */
    get isInteger() {
        return INTEGER_LEXEME.test(this.lexeme);
    }
    valueOf() {
        return Number(this.lexeme);
    }
    toString() {
        return this.lexeme;
    }
    /** For display with JSON.stringify (which cannot emit raw number text on Node 20). */
    toJSON() {
        return Number(this.lexeme);
    }
}
const NUMBER_LEXEME = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const INTEGER_LEXEME = /^-?(?:0|[1-9]\d*)$/;
/** Invalid JSON text, with where it went wrong (0-based offset, 1-based line and column). */
class JsonSyntaxError extends Error {
    reason;
    position;
    line;
    column;
    name = 'JsonSyntaxError';
    constructor(reason, position, line, column) {
        super(`${reason} at line ${line} column ${column} (char ${position})`);
        this.reason = reason;
        this.position = position;
        this.line = line;
        this.column = column;
    }
}
/** Deeper than Python's own recursion limit lets json.dumps go; also keeps our stack safe. */
const MAX_DEPTH = 512;
/**
 * Parses strict JSON (RFC 8259): no comments, no trailing commas, no NaN/Infinity, no BOM.
 * Numbers become {@link JsonNumber}; objects are plain objects (`__proto__` is an ordinary key).
 *
 * Refused as well, because they would make the document mean different things to different
 * readers: duplicate keys in one object (Python keeps the last, serde refuses a duplicate
 * field) and lone surrogates in strings (not encodable as UTF-8, so not hashable as text).
 */
function parseJsonPreservingNumbers(text) {
    return new Parser(text).parseDocument();
}
class Parser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    parseDocument() {
        if (this.text.charCodeAt(0) === 0xfeff) {
            this.fail('unexpected byte order mark (save the file as UTF-8 without BOM)');
        }
        this.skipWhitespace();
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.pos < this.text.length)
            this.fail('unexpected data after the JSON value');
        return value;
    }
    fail(reason, at = this.pos) {
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < at && i < this.text.length; i++) {
            if (this.text.charCodeAt(i) === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        throw new JsonSyntaxError(reason, at, line, at - lineStart + 1);
    }
    skipWhitespace() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t.charCodeAt(this.pos);
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
                break;
            this.pos++;
        }
    }
    describe(at) {
        if (at >= this.text.length)
            return 'unexpected end of input';
        const cp = this.text.codePointAt(at) ?? 0;
        const shown = cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff)
            ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
            : JSON.stringify(String.fromCodePoint(cp));
        return `unexpected character ${shown}`;
    }
    parseValue(depth) {
        const t = this.text;
        const c = t[this.pos];
        switch (c) {
            case '{':
                return this.parseObject(depth + 1);
            case '[':
                return this.parseArray(depth + 1);
            case '"':
                return this.parseString();
            case 't':
                return this.parseLiteral('true', true);
            case 'f':
                return this.parseLiteral('false', false);
            case 'n':
                return this.parseLiteral('null', null);
            default:
                if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
                    return this.parseNumber();
                return this.fail(`${this.describe(this.pos)}, expected a JSON value`);
        }
    }
    parseLiteral(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail(`${this.describe(this.pos)}, expected a JSON value`);
        this.pos += word.length;
        return value;
    }
    parseNumber() {
        const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        match.lastIndex = this.pos;
        const m = match.exec(this.text);
        if (!m || m[0] === '-')
            this.fail('invalid number');
        const end = this.pos + m[0].length;
        // `01`, `1.`, `1e` or `1.5x`: the regex stopped early at something a number cannot contain.
        const next = this.text[end];
        if (next !== undefined && /[0-9.eE+-]/.test(next))
            this.fail('invalid number', this.pos);
        this.pos = end;
        return new JsonNumber(m[0]);
    }
    parseString() {
        const t = this.text;
        const start = this.pos;
        this.pos++; // opening quote
        let out = '';
        let chunk = this.pos;
        for (;;) {
            if (this.pos >= t.length)
                this.fail('unterminated string', start);
            const c = t.charCodeAt(this.pos);
            if (c === 0x22) {
                out += t.slice(chunk, this.pos);
                this.pos++;
                break;
            }
            if (c < 0x20)
                this.fail(`invalid control character U+${hex4(c).toUpperCase()} in string`);
            if (c >= 0xd800 && c <= 0xdfff) {
                const next = t.charCodeAt(this.pos + 1);
                if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                    this.pos += 2;
                    continue;
                }
                this.fail('lone surrogate in string (not valid Unicode text)');
            }
            if (c !== 0x5c) {
                this.pos++;
                continue;
            }
            out += t.slice(chunk, this.pos);
            const escapeAt = this.pos;
            const e = t[this.pos + 1];
            this.pos += 2;
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    const unit = this.readHex4(escapeAt);
                    if (unit >= 0xd800 && unit <= 0xdbff) {
                        // A high surrogate must be followed by an escaped low one: together one code point.
                        if (t[this.pos] === '\\' && t[this.pos + 1] === 'u') {
                            const lowAt = this.pos;
                            this.pos += 2;
                            const low = this.readHex4(lowAt);
                            if (low >= 0xdc00 && low <= 0xdfff) {
                                out += String.fromCharCode(unit, low);
                                break;
                            }
                        }
                        this.fail('lone surrogate escape in string (not valid Unicode text)', escapeAt);
                    }
                    if (unit >= 0xdc00 && unit <= 0xdfff) {
                        this.fail('lone surrogate escape in string (not valid Unicode text)', escapeAt);
                    }
                    out += String.fromCharCode(unit);
                    break;
                }
                default:
                    this.fail('invalid escape in string', escapeAt);
            }
            chunk = this.pos;
        }
        return out;
    }
    readHex4(escapeAt) {
        const digits = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(digits))
            this.fail('invalid \\u escape in string', escapeAt);
        this.pos += 4;
        return parseInt(digits, 16);
    }
    parseArray(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
        this.pos++; // [
        const items = [];
        this.skipWhitespace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return items;
        }
        for (;;) {
            this.skipWhitespace();
            items.push(this.parseValue(depth));
            this.skipWhitespace();
            const c = this.text[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === ']') {
                this.pos++;
                return items;
            }
            this.fail(`${this.describe(this.pos)}, expected ',' or ']'`);
        }
    }
    parseObject(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
        this.pos++; // {
        const object = {};
        const seen = new Set();
        this.skipWhitespace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return object;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.pos] !== '"') {
                this.fail(`${this.describe(this.pos)}, expected a property name in double quotes`);
            }
            const keyAt = this.pos;
            const key = this.parseString();
            if (seen.has(key))
                this.fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
            seen.add(key);
            this.skipWhitespace();
            if (this.text[this.pos] !== ':')
                this.fail(`${this.describe(this.pos)}, expected ':'`);
            this.pos++;
            this.skipWhitespace();
            // defineProperty, not assignment: a key named `__proto__` must stay an ordinary key.
            Object.defineProperty(object, key, {
                value: this.parseValue(depth),
                enumerable: true,
                writable: true,
                configurable: true,
            });
            this.skipWhitespace();
            const c = this.text[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === '}') {
                this.pos++;
                return object;
            }
            this.fail(`${this.describe(this.pos)}, expected ',' or '}'`);
        }
    }
}
function hex4(n) {
    return n.toString(16).padStart(4, '0');
}
/**
 * Orders strings by Unicode code point, as Python sorts `str`. JS's default sort compares UTF-16
 * code units, which puts astral characters (surrogate pairs, 0xD800–0xDFFF) before U+E000–U+FFFF.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
/** Moves surrogates above U+E000–U+FFFF, which is where the code points they encode belong. */
function codePointRank(unit) {
    if (unit < 0xd800)
        return unit;
    return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
/**
 * Python's `repr(float)` (which json.dumps uses): the shortest digits that round-trip (the same
 * digits JS picks), in fixed notation when the decimal exponent is in [-4, 16), otherwise
 * `d.ddde±XX` with at least two exponent digits; integral values keep a `.0`.
 */
function pythonFloatRepr(x) {
    if (!Number.isFinite(x))
        throw new Error(`${x} has no JSON representation`);
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const [mantissa = '', exp = '0'] = Math.abs(x).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const e = Number(exp);
    const sign = x < 0 ? '-' : '';
    if (e < -4 || e >= 16) {
        const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
        const expSign = e < 0 ? '-' : '+';
        return `${sign}${digits[0] ?? ''}${frac}e${expSign}${String(Math.abs(e)).padStart(2, '0')}`;
    }
    if (e < 0)
        return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    const intPart = digits.slice(0, e + 1).padEnd(e + 1, '0');
    const fracPart = digits.slice(e + 1);
    return `${sign}${intPart}.${fracPart === '' ? '0' : fracPart}`;
}
/** How Python prints a number that json.loads read from `lexeme`. */
function pythonNumberText(n, path) {
    // Python reads an integer lexeme as an exact int; `-0` becomes 0.
    if (n.isInteger)
        return BigInt(n.lexeme).toString();
    const value = Number(n.lexeme);
    // Python would write `Infinity` here, which is not JSON; refuse instead.
    if (!Number.isFinite(value))
        throw new Error(`${path}: number ${n.lexeme} is out of range for a float`);
    return pythonFloatRepr(value);
}
const ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
};
/** Python's string encoder with ensure_ascii=False: only `"`, `\` and C0 controls are escaped. */
function quote(s, path) {
    if (LONE_SURROGATE.test(s)) {
        throw new Error(`${path}: string contains a lone surrogate (not valid Unicode text)`);
    }
    // eslint-disable-next-line no-control-regex
    return `"${s.replace(/["\\\u0000-\u001f]/g, (c) => ESCAPES[c] ?? `\\u${hex4(c.charCodeAt(0))}`)}"`;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** True when `s` is well-formed UTF-16 (no lone surrogates), i.e. encodable as UTF-8. */
function isWellFormedText(s) {
    return !LONE_SURROGATE.test(s);
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
const INDENT = '    ';
/**
 * Serialises `value` byte-for-byte as Python's
 * `json.dumps(value, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False)`.
 *
 * Accepts null, booleans, strings, {@link JsonNumber} (printed as Python prints the number it
 * denotes, so a Python-written document re-serialises to itself), JS numbers (integers as digits,
 * others as Python's float repr), bigints, arrays and plain objects. Throws, naming the path, on
 * anything else: NaN/Infinity, undefined, functions, class instances, cycles, lone surrogates.
 */
function canonicalJson(value) {
    const out = [];
    write(value, 0, '$', new Set(), out);
    return out.join('');
}
function write(value, level, path, stack, out) {
    switch (typeof value) {
        case 'string':
            out.push(quote(value, path));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'bigint':
            out.push(value.toString());
            return;
        case 'number':
            if (!Number.isFinite(value))
                throw new Error(`${path}: ${value} has no JSON representation`);
            // A JS integer is taken to be a Python int; BigInt avoids `1e+21` for large ones.
            out.push(Number.isInteger(value) ? BigInt(value).toString() : pythonFloatRepr(value));
            return;
        case 'object':
            break;
        default:
            throw new Error(`${path}: a ${typeof value} has no JSON representation`);
    }
    if (value === null) {
        out.push('null');
        return;
    }
    if (value instanceof JsonNumber) {
        out.push(pythonNumberText(value, path));
        return;
    }
    if (stack.has(value))
        throw new Error(`${path}: circular reference`);
    if (level >= MAX_DEPTH)
        throw new Error(`${path}: nesting deeper than ${MAX_DEPTH} levels`);
    const inner = `\n${INDENT.repeat(level + 1)}`;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            out.push('[]');
            return;
        }
        stack.add(value);
        out.push('[');
        for (let i = 0; i < value.length; i++) {
            if (!(i in value))
                throw new Error(`${path}[${i}]: a sparse array hole has no JSON representation`);
            out.push(i === 0 ? inner : `,${inner}`);
            write(value[i], level + 1, `${path}[${i}]`, stack, out);
        }
        out.push(`\n${INDENT.repeat(level)}]`);
        stack.delete(value);
        return;
    }
    if (!isPlainObject(value)) {
        const kind = value.constructor?.name ?? 'object';
        throw new Error(`${path}: a ${kind} has no JSON representation`);
    }
    const keys = Object.keys(value).sort(compareCodePoints);
    if (keys.length === 0) {
        out.push('{}');
        return;
    }
    stack.add(value);
    out.push('{');
    keys.forEach((key, i) => {
        const child = `${path}.${key}`;
        out.push(i === 0 ? inner : `,${inner}`, quote(key, child), ':');
        write(value[key], level + 1, child, stack, out);
    });
    out.push(`\n${INDENT.repeat(level)}}`);
    stack.delete(value);
}


/***/ }),

/***/ 8904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit),
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
/**
 * A bounded pool: thousands of releases must not open thousands of files at once (EMFILE), nor
 * a registry take every look-up at once.
 */
function createLimiter(max) {
    const limit = Math.max(1, max);
    let active = 0;
    const waiting = [];
    return async (fn) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        else
            active++;
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            // Hand the slot straight to the next waiter, so `active` never overshoots.
            if (next)
                next();
            else
                active--;
        }
    };
}
/** `Promise.all(items.map(fn))` with at most `limit` calls in flight. */
function mapLimit(items, limit, fn) {
    const run = createLimiter(limit);
    return Promise.all(items.map((item, index) => run(() => fn(item, index))));
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   tl: () => (/* binding */ CheckError)
/* harmony export */ });
/**
 * Two kinds of failure, because the CLI maps them to different exit codes: bad input is a usage
 * error (2), a failed check is 1. The action fails on both.
 */
/**
 * Input the user gave is invalid. `input` names the culprit (an action input, flag or file); the
 * message is `<input>: <reason>`, and `reason` alone lets a caller restate it under another name.
 */
class InputError extends Error {
    input;
    reason;
    name = 'InputError';
    constructor(input, reason) {
        super(`${input}: ${reason}`);
        this.input = input;
        this.reason = reason;
    }
}
/** A check failed: a hash mismatch, a record that is not there, a conflicting remote state. */
class CheckError extends Error {
    name = 'CheckError';
}
/** Text of any thrown value, Error or not. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony export sha384 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** SHA-256 of the exact bytes (strings as UTF-8), lowercase hex. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** SHA-384 of the parts, concatenated: the hash TDX measurement registers extend with. */
function sha384(...parts) {
    const hash = createHash('sha384');
    for (const part of parts)
        hash.update(part);
    return hash.digest();
}


/***/ }),

/***/ 5378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ registryDomain),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   ct: () => (/* binding */ pinnedReference),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export normalizeRepository */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/**
 * Image references as Docker parses them (github.com/distribution/reference):
 * `[domain/]path[:tag][@digest]`, normalised the way `docker pull` does, so that `nginx`,
 * `docker.io/library/nginx` and `index.docker.io/library/nginx:1.27` all name one repository.
 * Only `sha256:` digests are accepted: a pin must be something the release record can verify.
 */

const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's other names; `docker pull` treats them as `docker.io`. */
const HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);
const OFFICIAL_PREFIX = 'library/';
/** distribution/reference NameTotalLengthMax, checked on the normalised name as Docker does. */
const NAME_MAX = 255;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Anything shaped like `algorithm:hex`, so a wrong digest gets a precise message. */
const DIGEST_LIKE = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9A-Za-z]*)$/;
/** A bare image ID; Docker refuses it as a name because it is ambiguous with a digest. */
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG = /^\w[\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
/** A registry host as Docker names it: Docker Hub's other names (`index.docker.io`…) are `docker.io`. */
function registryDomain(host) {
    return HUB_ALIASES.has(host) ? DEFAULT_DOMAIN : host;
}
/** Whether `tag` is a tag Docker accepts: letters, digits, `_`, `.` and `-`, at most 128, not starting with `.` or `-`. */
function isValidTag(tag) {
    return TAG.test(tag);
}
/** `sha256:` followed by exactly 64 lowercase hex characters. */
function isSha256Digest(s) {
    return SHA256_DIGEST.test(s);
}
/** Parses `[domain/]path[:tag][@digest]`; errors name `input` and quote the offending part. */
function parseReference(text, input = 'images') {
    const original = text.trim();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `invalid image reference "${original}": ${why}`);
    };
    if (original === '')
        fail('the reference is empty');
    const space = /\s/.exec(original);
    if (space)
        fail(`whitespace is not allowed (at position ${space.index + 1})`);
    if (IDENTIFIER.test(original)) {
        fail('a bare 64-character hex string is an image ID, not a repository name');
    }
    let rest = original;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        checkDigest(digest, fail);
    }
    let tag;
    // The tag colon is the one after the last `/`; an earlier colon belongs to a registry port.
    const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (tag === '')
            fail('empty tag after ":"');
        if (!TAG.test(tag)) {
            fail(`tag "${tag}" is invalid: it must start with a letter, digit or "_" and contain only ` +
                'letters, digits, "_", "." and "-" (at most 128 characters)');
        }
    }
    const name = rest;
    if (name === '')
        fail('the repository name is empty');
    const { domain: writtenDomain, remote } = splitDomain(name);
    if (writtenDomain !== undefined && !DOMAIN.test(writtenDomain)) {
        fail(`registry host "${writtenDomain}" is not a valid host[:port]`);
    }
    if (remote !== remote.toLowerCase()) {
        fail(`repository name must be lowercase ("${remote}")`);
    }
    for (const component of remote.split('/')) {
        if (component === '')
            fail(`empty path component in "${remote}"`);
        if (!PATH_COMPONENT.test(component)) {
            fail(`path component "${component}" is invalid: use lowercase letters and digits, ` +
                'joined by ".", "_", "__" or "-"');
        }
    }
    const domain = writtenDomain === undefined ? DEFAULT_DOMAIN : registryDomain(writtenDomain);
    const path = domain === DEFAULT_DOMAIN && !remote.includes('/') ? OFFICIAL_PREFIX + remote : remote;
    const repository = `${domain}/${path}`;
    if (repository.length > NAME_MAX) {
        fail(`repository name is ${repository.length} characters long; at most ${NAME_MAX} allowed`);
    }
    return {
        original,
        domain,
        path,
        repository,
        name,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/**
 * The first component is a registry only when it looks like a host (a `.` or `:`), is
 * `localhost`, or has uppercase letters (a repository may not, so Docker reads it as a host).
 */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return { remote: name };
    const first = name.slice(0, slash);
    if (first === 'localhost' || /[.:]/.test(first) || first !== first.toLowerCase()) {
        return { domain: first, remote: name.slice(slash + 1) };
    }
    return { remote: name };
}
function checkDigest(digest, fail) {
    if (SHA256_DIGEST.test(digest))
        return;
    const expected = 'expected sha256: followed by 64 lowercase hex characters';
    const shaped = DIGEST_LIKE.exec(digest);
    if (!shaped)
        fail(`digest "${digest}" is malformed; ${expected}`);
    const algorithm = shaped?.[1] ?? '';
    const hex = shaped?.[2] ?? '';
    if (algorithm !== 'sha256') {
        fail(`digest algorithm "${algorithm}" in "${digest}" is not supported; ${expected}`);
    }
    if (/[A-F]/.test(hex) && /^[0-9a-fA-F]+$/.test(hex)) {
        fail(`digest "${digest}" has uppercase hex; ${expected}`);
    }
    if (!/^[0-9a-f]*$/.test(hex))
        fail(`digest "${digest}" has non-hex characters; ${expected}`);
    fail(`digest "${digest}" has ${hex.length} hex characters; ${expected}`);
}
/** The normalised `domain/path` of a name, with or without tag or digest. */
function normalizeRepository(name, input = 'images') {
    return parseReference(name, input).repository;
}
/** The same image under `tag` and without a digest: what a registry look-up by tag takes. */
function withTag(ref, tag) {
    const { original, domain, path, repository, name } = ref;
    return { original, domain, path, repository, name, ...(tag !== undefined && { tag }) };
}
/** `name:tag@digest`, or `name@digest` without a tag: the form a pinned compose file holds. */
function pinnedReference(name, tag, digest) {
    // Every reference written must read back: a tag Docker refuses is a bug, never written.
    if (tag !== undefined && !TAG.test(tag))
        throw new Error(`"${tag}" is not a valid image tag`);
    return tag === undefined ? `${name}@${digest}` : `${name}:${tag}@${digest}`;
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ describeValue),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(484);

/** A parsed JSON object: not null, not an array, not a number kept as its lexeme. */
function isRecord(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP));
}
/**
 * What a parsed value is, for error messages: its text when short, else its kind. With `yaml` it
 * speaks as compose files are written: mappings, sequences, and an empty value as nothing.
 */
function describeValue(value, vocabulary = 'json') {
    const yaml = vocabulary === 'yaml';
    if (value === undefined)
        return yaml ? 'nothing' : 'missing';
    if (value === null)
        return yaml ? 'nothing' : 'null';
    if (Array.isArray(value))
        return yaml ? 'a sequence' : 'an array';
    if (value instanceof Map)
        return 'a mapping';
    if (value instanceof _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
        return `the number ${value.lexeme}`;
    if (yaml)
        return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
    switch (typeof value) {
        case 'string':
            return value.length <= 80 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 80))}…`;
        case 'number':
        case 'boolean':
            return String(value);
        case 'object':
            return 'an object';
        default:
            return `a ${typeof value}`;
    }
}


/***/ }),

/***/ 4561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ createRegistryResolver)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/reference.ts
var reference = __nccwpck_require__(5378);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __nccwpck_require__(4101);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/registry/credential-helper.ts
/**
 * Docker credential helpers (README, "Decisions…", Credentials): `docker-credential-<name> get`,
 * the registry's server URL on stdin, `{"ServerURL", "Username", "Secret"}` on stdout, as
 * docker/docker-credential-helpers' client runs them. A helper that holds nothing for the server
 * prints "credentials not found in native keychain" and exits non-zero: that is no credentials, not
 * a failure. Username `<token>` means Secret is an identity token (an OAuth2 refresh token).
 *
 * Run with node:child_process rather than @actions/exec (README, "Dependencies"): a helper that
 * does not answer in time is killed, and one that exits without reading stdin is only a failed
 * helper. The output is captured, never echoed, and an answer that is not valid credentials is
 * described, not quoted, since it could hold the secret.
 */


/** What every helper prints when it has no credentials for the server (docker-credential-helpers). */
const NOT_FOUND = 'credentials not found in native keychain';
/** The Username that marks Secret as an identity token rather than a password. */
const TOKEN_USERNAME = '<token>';
/** Room for a helper that calls a cloud API (ECR, GCR) or starts a CLI; well inside the run's limits. */
const HELPER_TIMEOUT_MS = 30_000;
/** An answer is a small JSON object; more output than this is not one. */
const MAX_OUTPUT_BYTES = 1024 * 1024;
/** A failing helper's message is shown up to this length. */
const MAX_SHOWN_OUTPUT = 300;
/** A helper could not give credentials; the message names the helper and the registry. */
class CredentialHelperError extends Error {
    name = 'CredentialHelperError';
}
/** Runs `docker-credential-<helper> get`; undefined when the helper holds nothing for the server. */
async function getHelperCredentials(request) {
    const program = `docker-credential-${request.helper}`;
    const fail = (why) => new CredentialHelperError(`cannot get credentials for ${request.registry} from ${program} (${request.configuredIn}): ${why}`);
    const result = await runHelper(program, request.serverUrl, request.timeoutMs ?? HELPER_TIMEOUT_MS);
    if (result.kind === 'failed')
        throw fail(result.why);
    if (result.code !== 0) {
        // Helpers report on stdout (Docker reads only stdout); some also write to stderr.
        if (result.stdout.trim() === NOT_FOUND)
            return undefined;
        const said = shownOutput(result.stdout) ?? shownOutput(result.stderr);
        const status = result.code === null ? 'it was killed' : `it exited with code ${result.code}`;
        throw fail(`${status}${said ? `: ${said}` : ''}`);
    }
    return parseAnswer(result.stdout, fail);
}
/** One run of `program get`, the server URL on stdin; killed when it outlives `timeoutMs`. */
function runHelper(program, serverUrl, timeoutMs) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: 'pipe', windowsHide: true });
        const stdout = [];
        const stderr = [];
        let bytes = 0;
        let settled = false;
        const finish = (run) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(run);
        };
        // Ends the helper and lets go of its pipes, so nothing it left running keeps this process.
        const stop = (why) => {
            child.kill('SIGKILL');
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ kind: 'failed', why });
        };
        const timer = setTimeout(() => stop(`no answer within ${timeoutMs / 1000}s`), timeoutMs);
        const collect = (into) => (chunk) => {
            bytes += chunk.length;
            if (bytes > MAX_OUTPUT_BYTES)
                stop(`it printed more than ${MAX_OUTPUT_BYTES} bytes`);
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect(stdout));
        child.stderr.on('data', collect(stderr));
        child.on('error', (error) => finish({
            kind: 'failed',
            why: error.code === 'ENOENT' ? 'it is not on PATH' : error.message,
        }));
        child.on('close', (code) => finish({
            kind: 'exited',
            code,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
        }));
        // A helper may exit without reading its input (EPIPE): what it printed and its exit code tell.
        child.stdin.on('error', () => undefined);
        child.stdin.end(serverUrl);
    });
}
/** The helper's JSON answer. Keys match case-insensitively, as Go's encoding/json decodes them. */
function parseAnswer(stdout, fail) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        parsed = undefined;
    }
    const wrong = () => fail('its answer is not the JSON object {"ServerURL", "Username", "Secret"} Docker expects');
    if (!(0,values/* isRecord */.u)(parsed))
        throw wrong();
    const doc = parsed;
    const field = (name) => {
        const key = Object.keys(doc).find((k) => k.toLowerCase() === name.toLowerCase());
        const value = key === undefined ? undefined : doc[key];
        if (value !== undefined && value !== null && typeof value !== 'string')
            throw wrong();
        return value === null ? undefined : value;
    };
    const username = field('Username') ?? '';
    const secret = field('Secret') ?? '';
    if (secret === '')
        return undefined;
    if (username === TOKEN_USERNAME)
        return { identityToken: secret };
    return username === '' ? undefined : { username, password: secret };
}
/**
 * A failing helper's message, one line and bounded; nothing when it looks like JSON, which could be
 * credentials printed by a helper that then failed.
 */
function shownOutput(text) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('{'))
        return undefined;
    const line = trimmed.split(/\r?\n/).join(' ');
    return line.length > MAX_SHOWN_OUTPUT ? `${line.slice(0, MAX_SHOWN_OUTPUT)}…` : line;
}

;// CONCATENATED MODULE: ./src/registry/docker-config.ts
/**
 * Registry credentials from Docker's client configuration, `$DOCKER_CONFIG/config.json`
 * (default `~/.docker/config.json`): what `docker login` and docker/login-action write.
 *
 * Per-registry entries under `auths`: `auth` (base64 `user:password`), `username` and `password`,
 * and `identitytoken` (an OAuth2 refresh token, exchanged at the token endpoint).
 *
 * Credential helpers, chosen as Docker chooses them: `credHelpers[key]` for the registry, else
 * `credsStore`, where the key is the registry host, or `https://index.docker.io/v1/` for Docker
 * Hub. A registry with a helper takes its credentials from the helper only (its `auths` entry is
 * not read, as in Docker); an empty `credHelpers` value means the `auths` entries. A helper runs
 * only when a registry asks for credentials, once per registry (credential-helper.ts).
 *
 * Reading never fails: a missing file means no credentials (public images still resolve), and a
 * malformed one gives an empty store with a warning naming the file for the caller to show.
 */







/** The key Docker stores Docker Hub's credentials under, and asks helpers for. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
/** A config.json is a few KB; anything this large is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * The host part of a key as Docker writes it: `https://ghcr.io`, `ghcr.io`, and for Docker Hub
 * `https://index.docker.io/v1/` (what `docker login` stores), all as `docker.io`.
 */
function normaliseRegistryHost(key) {
    let host = key.trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    const slash = host.indexOf('/');
    if (slash >= 0)
        host = host.slice(0, slash);
    return (0,reference/* registryDomain */.Em)(host);
}
/** A store with no credentials, e.g. for tests or `--offline`. */
function emptyCredentialStore(warnings = []) {
    return {
        credentialsFor: () => Promise.resolve(undefined),
        helperFor: () => undefined,
        warnings,
    };
}
/** Builds a store from parsed config.json content; exported for tests and for inline configs. */
function credentialStoreFrom(config, source, options = {}) {
    const where = source ?? 'docker config';
    if (!(0,values/* isRecord */.u)(config)) {
        return emptyCredentialStore([`${where}: not a JSON object; registry credentials ignored`]);
    }
    const warnings = [];
    const byHost = new Map();
    const auths = config['auths'];
    if (auths !== undefined && !(0,values/* isRecord */.u)(auths)) {
        warnings.push(`${where}: "auths" is not an object; registry credentials ignored`);
    }
    else if (auths !== undefined) {
        for (const [key, entry] of Object.entries(auths)) {
            const creds = parseEntry(entry);
            if (creds === undefined)
                continue;
            const host = normaliseRegistryHost(key);
            // Several keys may name one host (`docker.io` and `https://index.docker.io/v1/`): the
            // first complete entry wins, as Docker's own lookup prefers the canonical key.
            const existing = byHost.get(host);
            if (existing === undefined || !hasSecret(existing))
                byHost.set(host, creds);
        }
    }
    const helpers = readHelpers(config, where, warnings);
    const asked = new Map();
    const helperOf = (host) => {
        const domain = normaliseRegistryHost(host);
        const key = domain === 'docker.io' ? DOCKER_HUB_KEY : domain;
        const own = helpers.perRegistry.get(key);
        if (own !== undefined)
            return own === '' ? undefined : { name: own, key, from: 'credHelpers' };
        return helpers.store ? { name: helpers.store, key, from: 'credsStore' } : undefined;
    };
    return {
        credentialsFor: (host) => {
            const helper = helperOf(host);
            if (helper === undefined)
                return Promise.resolve(byHost.get(normaliseRegistryHost(host)));
            let answer = asked.get(helper.key);
            if (answer === undefined) {
                answer = getHelperCredentials({
                    helper: helper.name,
                    serverUrl: helper.key,
                    registry: normaliseRegistryHost(host),
                    configuredIn: `${helper.from} in ${where}`,
                    ...(options.helperTimeoutMs !== undefined && { timeoutMs: options.helperTimeoutMs }),
                }).then((creds) => {
                    const secret = creds?.identityToken ?? creds?.password;
                    if (secret !== undefined)
                        options.onSecret?.(secret);
                    return creds;
                });
                asked.set(helper.key, answer);
            }
            return answer;
        },
        helperFor: (host) => {
            const helper = helperOf(host);
            return helper && `docker-credential-${helper.name}`;
        },
        warnings,
        ...(source !== undefined ? { source } : {}),
    };
}
/** Reads `$DOCKER_CONFIG/config.json`, or `~/.docker/config.json`. */
async function loadDockerCredentials(env = process.env, options = {}) {
    const dir = env['DOCKER_CONFIG'] || (0,external_node_path_.join)(env['HOME'] || env['USERPROFILE'] || (0,external_node_os_namespaceObject.homedir)(), '.docker');
    const file = (0,external_node_path_.join)(dir, 'config.json');
    let text;
    try {
        const bytes = await (0,promises_.readFile)(file);
        if (bytes.length > MAX_CONFIG_BYTES) {
            return emptyCredentialStore([
                `${file}: ${bytes.length} bytes is too large for a Docker config; registry credentials ignored`,
            ]);
        }
        text = bytes.toString('utf8');
    }
    catch (error) {
        if (isErrnoCode(error, 'ENOENT') || isErrnoCode(error, 'ENOTDIR'))
            return emptyCredentialStore();
        return emptyCredentialStore([
            `${file}: cannot read (${(0,errors/* errorMessage */.gJ)(error)}); registry credentials ignored`,
        ]);
    }
    let parsed;
    try {
        parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return emptyCredentialStore([
            `${file}: not valid JSON (${(0,errors/* errorMessage */.gJ)(error)}); registry credentials ignored`,
        ]);
    }
    return credentialStoreFrom(parsed, file, options);
}
function parseEntry(entry) {
    if (!(0,values/* isRecord */.u)(entry))
        return undefined;
    let username = stringField(entry, 'username');
    let password = stringField(entry, 'password');
    const auth = stringField(entry, 'auth');
    if (auth) {
        const decoded = Buffer.from(auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
    }
    const identityToken = stringField(entry, 'identitytoken');
    const creds = {
        ...(username ? { username } : {}),
        ...(password ? { password } : {}),
        ...(identityToken ? { identityToken } : {}),
    };
    return hasSecret(creds) ? creds : undefined;
}
const hasSecret = (c) => (c.username !== undefined && c.password !== undefined) || c.identityToken !== undefined;
/** `credsStore` and `credHelpers`; entries that are not names are left out with a warning. */
function readHelpers(config, where, warnings) {
    const store = config['credsStore'];
    if (store !== undefined && typeof store !== 'string') {
        warnings.push(`${where}: "credsStore" is not a string; ignored`);
    }
    const perRegistry = new Map();
    const helpers = config['credHelpers'];
    if (helpers !== undefined && !(0,values/* isRecord */.u)(helpers)) {
        warnings.push(`${where}: "credHelpers" is not an object; ignored`);
    }
    else if (helpers !== undefined) {
        for (const [registry, name] of Object.entries(helpers)) {
            if (typeof name === 'string')
                perRegistry.set(registry, name);
            else
                warnings.push(`${where}: credHelpers["${registry}"] is not a string; ignored`);
        }
    }
    return { store: typeof store === 'string' && store !== '' ? store : undefined, perRegistry };
}
function stringField(o, key) {
    const v = o[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function isErrnoCode(error, code) {
    return typeof error === 'object' && error !== null && error.code === code;
}

// EXTERNAL MODULE: ./src/core/concurrency.ts
var concurrency = __nccwpck_require__(8904);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __nccwpck_require__(299);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * Parses `WWW-Authenticate` (RFC 7235), which may hold several challenges; prefers `Bearer`.
 * Returns undefined when there is no challenge this client can answer.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const challenges = [];
    let i = 0;
    const s = header;
    const skip = (re) => {
        while (i < s.length && re.test(s.charAt(i)))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < s.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(s.charAt(i)))
            i++;
        return s.slice(start, i);
    };
    while (i < s.length) {
        skip(/[\s,]/);
        const scheme = token();
        if (scheme === '')
            break;
        const params = new Map();
        challenges.push({ scheme: scheme.toLowerCase(), params });
        for (;;) {
            skip(/[\s,]/);
            const save = i;
            const key = token();
            skip(/\s/);
            if (key === '' || s.charAt(i) !== '=') {
                // Not `key=`: the next challenge's scheme (or token68 data, which no registry scheme uses).
                i = save;
                if (key === '')
                    i++;
                break;
            }
            i++;
            skip(/\s/);
            let value = '';
            if (s.charAt(i) === '"') {
                i++;
                while (i < s.length && s.charAt(i) !== '"') {
                    if (s.charAt(i) === '\\' && i + 1 < s.length)
                        i++;
                    value += s.charAt(i);
                    i++;
                }
                i++;
            }
            else {
                value = token();
            }
            params.set(key.toLowerCase(), value);
        }
    }
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const realm = bearer?.params.get('realm');
    if (bearer && realm) {
        const service = bearer.params.get('service');
        const scope = bearer.params.get('scope');
        return {
            scheme: 'bearer',
            realm,
            ...(service !== undefined ? { service } : {}),
            ...(scope !== undefined ? { scope } : {}),
        };
    }
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (basic) {
        const basicRealm = basic.params.get('realm');
        return { scheme: 'basic', ...(basicRealm !== undefined ? { realm: basicRealm } : {}) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/manifest.ts


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifestList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const INDEX_TYPES = new Set([
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifestList,
]);
const SINGLE_TYPES = new Set([
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);
/** Per-platform manifests of an index document, attestation manifests left out. */
function platformsFromIndex(doc) {
    if (!(0,values/* isRecord */.u)(doc) || !Array.isArray(doc['manifests']))
        return [];
    const out = [];
    for (const entry of doc['manifests']) {
        if (!(0,values/* isRecord */.u)(entry))
            continue;
        const digest = entry['digest'];
        const platform = entry['platform'];
        if (typeof digest !== 'string' || !(0,reference/* isSha256Digest */.q9)(digest) || !(0,values/* isRecord */.u)(platform))
            continue;
        const os = platform['os'];
        const arch = platform['architecture'];
        if (typeof os !== 'string' || typeof arch !== 'string' || os === '' || arch === '')
            continue;
        const annotations = (0,values/* isRecord */.u)(entry['annotations']) ? entry['annotations'] : {};
        if (os === 'unknown' && arch === 'unknown')
            continue;
        if (annotations['vnd.docker.reference.type'] === 'attestation-manifest')
            continue;
        const variant = platform['variant'];
        const name = typeof variant === 'string' && variant !== '' ? `${os}/${arch}/${variant}` : `${os}/${arch}`;
        out.push({ platform: name, digest });
    }
    return out;
}
function contentType(headers) {
    return (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
/** The media type from `Content-Type`, else the document's `mediaType`, else its shape. */
function mediaTypeOf(headers, doc) {
    const header = contentType(headers);
    if (INDEX_TYPES.has(header) || SINGLE_TYPES.has(header))
        return header;
    const declared = doc['mediaType'];
    if (typeof declared === 'string' && declared !== '')
        return declared;
    if (Array.isArray(doc['manifests']))
        return MEDIA_TYPES.ociIndex;
    if (doc['schemaVersion'] === 1)
        return 'application/vnd.docker.distribution.manifest.v1+json';
    return MEDIA_TYPES.ociManifest;
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * OCI Distribution client for digest resolution (the registry, last in the README's "Where digests
 * come from"): `HEAD` a manifest by tag with the
 * four manifest and index media types in `Accept`, read `Docker-Content-Digest` (or `GET` and hash
 * the body when the registry leaves it out), and, for an index, list per-platform manifest digests.
 *
 * Transport follows Docker: `docker.io` is served by `registry-1.docker.io`; plain HTTP for
 * `localhost`, `127.0.0.0/8` and `::1`; HTTPS elsewhere. Authentication answers the registry's
 * `WWW-Authenticate` challenge: `Bearer` (token endpoint, one token per host and scope, shared by
 * concurrent look-ups) or `Basic`. Credentials and tokens are never logged or put in messages.
 */








/** Registries refuse manifests over 4 MiB; a bigger answer is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** A token response is a small JSON document. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** Docker's token spec: without `expires_in` a token lives 60 s. Renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const TOKEN_EXPIRY_MARGIN_MS = 5_000;
/** A failed look-up; the message names the image reference (and the registry where it helps). */
class RegistryError extends Error {
    kind;
    image;
    name = 'RegistryError';
    constructor(kind, message, 
    /** The reference looked up, as shown in the message. */
    image) {
        super(message);
        this.kind = kind;
        this.image = image;
    }
}
/** The reference as shown in messages: the name as written, with tag and/or digest. */
function displayRef(ref) {
    return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** The host that serves a registry domain: Docker Hub's API lives on `registry-1.docker.io`. */
function registryHost(domain) {
    return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}
/** Docker talks plain HTTP to loopback registries only: `localhost`, `127.0.0.0/8`, `::1`, any port. */
function isPlainHttpHost(host) {
    let name = host.toLowerCase();
    if (name.startsWith('[')) {
        const end = name.indexOf(']');
        name = end > 0 ? name.slice(1, end) : name;
    }
    else {
        const colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(':') === colon)
            name = name.slice(0, colon);
    }
    if (name === 'localhost' || name === '::1')
        return true;
    const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
    return m !== null && m.slice(1).every((n) => Number(n) <= 255);
}
class RegistryClient {
    credentials;
    timeoutMs;
    retries;
    retryDelayMs;
    maxRetryDelayMs;
    userAgent;
    onRequest;
    onWarning;
    limit;
    /** The last challenge each host sent, so later look-ups authenticate up front. */
    challenges = new Map();
    /** Bearer tokens by host, realm, service and scope; the promise is shared by concurrent look-ups. */
    tokens = new Map();
    constructor(options = {}) {
        this.credentials = options.credentials;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = Math.max(0, options.retries ?? 3);
        this.retryDelayMs = options.retryDelayMs ?? 500;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
        this.userAgent = options.userAgent ?? 'release-tracker';
        this.onRequest = options.onRequest;
        this.onWarning = options.onWarning;
        this.limit = (0,concurrency/* createLimiter */.z)(options.concurrency ?? 8);
    }
    /**
     * The digest a reference names now, with its media type and (for an index) platforms. A
     * reference that carries a digest is confirmed by fetching that digest: the digest is the pin.
     */
    resolve(ref) {
        return this.limit(() => this.resolveNow(ref));
    }
    /** What the registry serves under the reference's tag, or undefined when it has no such tag (or repository). */
    async findTag(ref) {
        try {
            return await this.resolve(ref.digest === undefined ? ref : (0,reference/* withTag */.Rd)(ref, ref.tag));
        }
        catch (error) {
            if (error instanceof RegistryError && error.kind === 'not-found')
                return undefined;
            throw error;
        }
    }
    /** Platforms of a known digest (from buildx metadata or the reference); `[]` for a single manifest. */
    async platformsOf(ref, digest) {
        const manifest = await this.limit(() => this.fetchByDigest(ref, digest, contextOf({ ...ref, digest })));
        return [...manifest.platforms];
    }
    async resolveNow(ref) {
        if (ref.digest !== undefined)
            return this.fetchByDigest(ref, ref.digest, contextOf(ref));
        // No tag means `latest`, as for `docker pull`; say so in messages.
        const tag = ref.tag ?? 'latest';
        const ctx = contextOf({ ...ref, tag });
        const head = await this.manifestRequest(ref, 'HEAD', tag, ctx, [405, 501]);
        const headerDigest = head.headers.get('docker-content-digest')?.trim();
        if (head.status >= 400 || headerDigest === undefined || !(0,reference/* isSha256Digest */.q9)(headerDigest)) {
            // No usable digest header (or no HEAD support): the digest is the hash of the exact bytes.
            const got = await this.manifestRequest(ref, 'GET', tag, ctx);
            return describeManifest(got, sha256(got.body), ctx);
        }
        const mediaType = contentType(head.headers);
        if (SINGLE_TYPES.has(mediaType))
            return { digest: headerDigest, mediaType, platforms: [] };
        // An index (or a type the header did not say): read it by digest, never by tag, so the
        // platforms belong to the digest just resolved even if the tag moves meanwhile.
        try {
            const manifest = await this.fetchByDigest(ref, headerDigest, {
                ...ctx,
                image: `${ctx.image}@${headerDigest}`,
            });
            return { ...manifest, digest: headerDigest };
        }
        catch (error) {
            this.onWarning?.(`platforms of ${ctx.image} unknown: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return {
                digest: headerDigest,
                mediaType: mediaType || 'application/octet-stream',
                platforms: [],
            };
        }
    }
    /** GETs a manifest by digest and checks that its bytes hash to that digest. */
    async fetchByDigest(ref, digest, ctx) {
        if (!(0,reference/* isSha256Digest */.q9)(digest)) {
            throw new RegistryError('protocol', `${ctx.image}: "${digest}" is not a sha256 digest`, ctx.image);
        }
        const got = await this.manifestRequest(ref, 'GET', digest, ctx);
        const actual = sha256(got.body);
        if (actual !== digest) {
            throw new RegistryError('protocol', `${ctx.registry} returned content for ${ctx.image} whose sha256 is ${actual}, not the digest asked for`, ctx.image);
        }
        return describeManifest(got, digest, ctx);
    }
    /**
     * One manifest request, authenticated as the registry demands. Statuses in `pass` are returned
     * to the caller; other failures become a RegistryError naming the image.
     */
    async manifestRequest(ref, method, reference, ctx, pass = []) {
        const host = registryHost(ref.domain);
        const url = `${isPlainHttpHost(host) ? 'http' : 'https'}://${host}/v2/${ref.path}/manifests/${reference}`;
        const scope = `repository:${ref.path}:pull`;
        const send = (authorization) => this.send('manifest', method, url, { Accept: MANIFEST_ACCEPT, ...(authorization ? { Authorization: authorization } : {}) }, ctx, MAX_MANIFEST_BYTES);
        let authorization = await this.authorization(ref, host, scope, ctx);
        let answer = await send(authorization);
        if (answer.status === 401) {
            const challenge = parseChallenge(answer.headers.get('www-authenticate'));
            if (challenge === undefined)
                throw unauthorized(ctx, this.credentials);
            this.challenges.set(host, challenge);
            const wanted = challenge.scheme === 'bearer' ? (challenge.scope ?? scope) : scope;
            const next = await this.authorization(ref, host, wanted, ctx, authorization);
            // Basic credentials already refused, or none to offer: asking again cannot help.
            if (next === undefined || next === authorization)
                throw unauthorized(ctx, this.credentials);
            authorization = next;
            answer = await send(authorization);
        }
        if (pass.includes(answer.status))
            return answer;
        if (answer.status === 401 || answer.status === 403)
            throw unauthorized(ctx, this.credentials);
        if (answer.status === 404) {
            throw new RegistryError('not-found', `not found: ${ctx.image} in ${ctx.registry}`, ctx.image);
        }
        if (isRetryable(answer.status))
            throw unreachable(ctx, httpStatus(answer));
        if (answer.status < 200 || answer.status >= 300) {
            throw new RegistryError('protocol', `${ctx.registry} answered ${httpStatus(answer)} to ${method} manifest of ${ctx.image}`, ctx.image);
        }
        return answer;
    }
    /**
     * The Authorization value for a request to `host`, from the challenge it sent before. `stale`
     * is a value the registry just refused: a cached token equal to it is dropped and renewed.
     */
    async authorization(ref, host, scope, ctx, stale) {
        const challenge = this.challenges.get(host);
        if (challenge === undefined)
            return undefined;
        // Asked only now, when the registry demands authentication: a helper runs for registries in use.
        const creds = await this.credentialsFor(ref, ctx);
        if (challenge.scheme === 'basic') {
            return creds?.username !== undefined && creds.password !== undefined
                ? basicAuth(creds.username, creds.password)
                : undefined;
        }
        const key = `${host}\n${challenge.realm}\n${challenge.service ?? ''}\n${scope}`;
        let entry = this.tokens.get(key);
        if (entry !== undefined &&
            ((stale !== undefined && entry.value === stale) ||
                (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()))) {
            this.tokens.delete(key);
            entry = undefined;
        }
        if (entry === undefined) {
            const created = {
                promise: this.fetchToken(challenge, scope, creds, ctx).then(({ token, expiresInSeconds }) => {
                    created.value = `Bearer ${token}`;
                    created.expiresAt = Date.now() + expiresInSeconds * 1000 - TOKEN_EXPIRY_MARGIN_MS;
                    return created.value;
                }, (error) => {
                    // A failed token request is not cached: the next look-up asks again.
                    if (this.tokens.get(key) === created)
                        this.tokens.delete(key);
                    throw error;
                }),
            };
            this.tokens.set(key, created);
            entry = created;
        }
        return entry.promise;
    }
    async credentialsFor(ref, ctx) {
        try {
            return await this.credentials?.credentialsFor(ref.domain);
        }
        catch (error) {
            if (error instanceof CredentialHelperError) {
                throw new RegistryError('credentials', error.message, ctx.image);
            }
            throw error;
        }
    }
    /** A bearer token for `scope`, from the challenge's realm, with the credentials for its host. */
    async fetchToken(challenge, scope, creds, ctx) {
        const realm = tokenRealm(challenge, ctx);
        // Credentials travel only over HTTPS, or plain HTTP to loopback (as for the registry itself).
        const usable = realm.protocol === 'https:' || isPlainHttpHost(realm.host) ? creds : undefined;
        const answer = await this.requestToken(realm, challenge, scope, usable, ctx);
        if (answer.status === 401 || answer.status === 403)
            throw unauthorized(ctx, this.credentials);
        if (isRetryable(answer.status))
            throw unreachable(ctx, `token endpoint answered ${httpStatus(answer)}`);
        if (answer.status < 200 || answer.status >= 300) {
            throw new RegistryError('protocol', `token endpoint of ${ctx.registry} answered ${httpStatus(answer)} for ${ctx.image}`, ctx.image);
        }
        return readToken(answer, ctx);
    }
    /**
     * Asks the token endpoint: an identity token (an OAuth2 refresh token) is exchanged by POST, as
     * `docker` does; otherwise a GET, with Basic credentials when there are any.
     */
    requestToken(realm, challenge, scope, creds, ctx) {
        const url = new URL(realm.href);
        if (creds?.identityToken !== undefined) {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'release-tracker',
                ...(challenge.service !== undefined ? { service: challenge.service } : {}),
                scope,
            });
            return this.send('token', 'POST', url.href, { 'Content-Type': 'application/x-www-form-urlencoded' }, ctx, MAX_TOKEN_BYTES, form.toString());
        }
        if (challenge.service !== undefined)
            url.searchParams.set('service', challenge.service);
        url.searchParams.set('scope', scope);
        const headers = {};
        if (creds?.username !== undefined && creds.password !== undefined) {
            url.searchParams.set('account', creds.username);
            headers['Authorization'] = basicAuth(creds.username, creds.password);
        }
        return this.send('token', 'GET', url.href, headers, ctx, MAX_TOKEN_BYTES);
    }
    /** One HTTP exchange with timeout and retries; the answer body is read completely (bounded). */
    async send(purpose, method, url, headers, ctx, maxBytes, body) {
        const shownUrl = purpose === 'token' ? (url.split('?')[0] ?? url) : url;
        let lastFailure = '';
        for (let attempt = 1;; attempt++) {
            const started = Date.now();
            let answer;
            try {
                answer = await this.attempt(method, url, { ...headers, 'User-Agent': this.userAgent }, maxBytes, body);
                this.onRequest?.({
                    purpose,
                    method,
                    url: shownUrl,
                    attempt,
                    status: answer.status,
                    durationMs: Date.now() - started,
                });
            }
            catch (error) {
                if (error instanceof RegistryError)
                    throw error;
                // Not transient: the same request would get the same answer.
                if (error instanceof OversizeError) {
                    throw new RegistryError('protocol', `${ctx.registry} sent ${error.message} for ${ctx.image}`, ctx.image);
                }
                lastFailure = networkCause(error, this.timeoutMs);
                this.onRequest?.({
                    purpose,
                    method,
                    url: shownUrl,
                    attempt,
                    error: lastFailure,
                    durationMs: Date.now() - started,
                });
                // A name that does not resolve will not resolve a second later: say so at once.
                if (errorCode(error) === 'ENOTFOUND')
                    throw unreachable(ctx, lastFailure);
            }
            if (answer !== undefined && !isRetryable(answer.status))
                return answer;
            if (attempt > this.retries) {
                if (answer !== undefined)
                    return answer;
                throw unreachable(ctx, lastFailure);
            }
            const delay = (answer && retryAfterMs(answer.headers.get('retry-after'))) ?? this.backoff(attempt);
            if (delay > this.maxRetryDelayMs) {
                if (answer !== undefined)
                    return answer;
                throw unreachable(ctx, lastFailure);
            }
            await sleep(delay);
        }
    }
    async attempt(method, url, headers, maxBytes, body) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, this.timeoutMs);
        try {
            const response = await fetch(url, {
                method,
                headers,
                signal: controller.signal,
                redirect: 'follow',
                ...(body !== undefined ? { body } : {}),
            });
            const declared = Number(response.headers.get('content-length') ?? '0');
            if (method !== 'HEAD' && declared > maxBytes) {
                controller.abort();
                throw new OversizeError(`an answer of ${declared} bytes, over the ${maxBytes}-byte limit`);
            }
            // HEAD has no body; other answers are drained so the connection can be reused.
            const bytes = method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
            if (bytes.length > maxBytes) {
                throw new OversizeError(`an answer over the ${maxBytes}-byte limit`);
            }
            return {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
                body: bytes,
            };
        }
        catch (error) {
            if (timedOut)
                throw new TimeoutError(this.timeoutMs);
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    }
    backoff(attempt) {
        const base = this.retryDelayMs * 2 ** (attempt - 1);
        // A little jitter, so parallel look-ups that failed together do not retry together.
        return Math.round(base * (0.8 + Math.random() * 0.4));
    }
}
class OversizeError extends Error {
}
class TimeoutError extends Error {
    constructor(ms) {
        super(`no answer within ${ms / 1000}s`);
    }
}
/** The token endpoint a challenge names: an http(s) URL, or a protocol error naming the image. */
function tokenRealm(challenge, ctx) {
    let realm;
    try {
        realm = new URL(challenge.realm);
    }
    catch {
        throw new RegistryError('protocol', `${ctx.registry} sent an invalid token realm for ${ctx.image}`, ctx.image);
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
        throw new RegistryError('protocol', `${ctx.registry} sent a token realm that is not http(s) for ${ctx.image}`, ctx.image);
    }
    return realm;
}
/** The token in a token endpoint's answer (`token`, or OAuth2's `access_token`) and its lifetime. */
function readToken(answer, ctx) {
    let doc;
    try {
        doc = JSON.parse(answer.body.toString('utf8'));
    }
    catch {
        doc = undefined;
    }
    const token = (0,values/* isRecord */.u)(doc)
        ? (nonEmpty(doc['token']) ?? nonEmpty(doc['access_token']))
        : undefined;
    if (token === undefined || !(0,values/* isRecord */.u)(doc)) {
        throw new RegistryError('protocol', `token endpoint of ${ctx.registry} gave no token for ${ctx.image}`, ctx.image);
    }
    const expires = doc['expires_in'];
    const expiresInSeconds = typeof expires === 'number' && Number.isFinite(expires) && expires > 0
        ? Math.max(expires, DEFAULT_TOKEN_SECONDS)
        : DEFAULT_TOKEN_SECONDS;
    return { token, expiresInSeconds };
}
function contextOf(ref) {
    return { image: displayRef(ref), registry: ref.domain };
}
function unauthorized(ctx, credentials) {
    const helper = credentials?.helperFor(ctx.registry);
    const hint = helper
        ? `credentials for ${ctx.registry} come from ${helper}: check its login`
        : 'log in with docker/login-action or check DOCKER_CONFIG';
    return new RegistryError('unauthorized', `unauthorized: ${ctx.image} (${hint})`, ctx.image);
}
function unreachable(ctx, cause) {
    return new RegistryError('unreachable', `${ctx.registry} unreachable for ${ctx.image}: ${cause}`, ctx.image);
}
/** What a fetched manifest says: its media type and, for an index, its platforms. */
function describeManifest(got, digest, ctx) {
    const doc = parseManifest(got.body, ctx);
    const mediaType = mediaTypeOf(got.headers, doc);
    return {
        digest,
        mediaType,
        platforms: INDEX_TYPES.has(mediaType) ? platformsFromIndex(doc) : [],
    };
}
/** The `code` of the socket error under undici's `fetch failed`, e.g. `ENOTFOUND`. */
function errorCode(error) {
    for (let cause = error; cause instanceof Error; cause = cause.cause) {
        const code = cause.code;
        if (typeof code === 'string')
            return code;
    }
    return undefined;
}
/** The root cause of a failed fetch, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
function networkCause(error, timeoutMs) {
    if (error instanceof TimeoutError)
        return error.message;
    if (error instanceof Error && error.name === 'AbortError')
        return `no answer within ${timeoutMs / 1000}s`;
    let cause = error;
    // undici wraps the socket error: TypeError('fetch failed', { cause }).
    while (cause instanceof Error && cause.cause !== undefined && cause.message === 'fetch failed')
        cause = cause.cause;
    if (cause instanceof AggregateError && cause.errors.length > 0)
        cause = cause.errors[0];
    return (0,errors/* errorMessage */.gJ)(cause);
}
const isRetryable = (status) => status === 429 || status >= 500;
const httpStatus = (a) => `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ''}`;
/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header) {
    if (header === null || header.trim() === '')
        return undefined;
    const text = header.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function parseManifest(body, ctx) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        doc = undefined;
    }
    if (!(0,values/* isRecord */.u)(doc)) {
        throw new RegistryError('protocol', `${ctx.registry} returned a manifest for ${ctx.image} that is not a JSON object`, ctx.image);
    }
    return doc;
}
const sha256 = (bytes) => `sha256:${(0,hash/* sha256Hex */.f)(bytes)}`;
const basicAuth = (user, password) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
const nonEmpty = (v) => typeof v === 'string' && v !== '' ? v : undefined;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

;// CONCATENATED MODULE: ./src/registry/resolver.ts


/**
 * The registry as generation uses it: credentials from `$DOCKER_CONFIG/config.json` (what
 * docker/login-action writes) and the credential helpers it names, one client so tokens are shared
 * across look-ups. `maskSecret` receives each secret a credential helper returns.
 */
async function createRegistryResolver(progress, warn, maskSecret) {
    const credentials = await loadDockerCredentials(process.env, maskSecret ? { onSecret: maskSecret } : {});
    for (const warning of credentials.warnings)
        warn(warning);
    return new RegistryClient({
        credentials,
        userAgent: 'release-tracker',
        onWarning: warn,
        onRequest: (info) => {
            if (info.purpose !== 'manifest')
                return;
            const outcome = info.status !== undefined ? String(info.status) : (info.error ?? 'no answer');
            progress(`registry: ${info.method} ${info.url} → ${outcome} (${Math.round(info.durationMs)} ms)`);
        },
    });
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"1.0.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
