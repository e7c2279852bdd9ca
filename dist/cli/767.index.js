export const id = 767;
export const ids = [767];
export const modules = {

/***/ 7067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ selfContainedHint),
/* harmony export */   J: () => (/* binding */ resolveCompose)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _compose_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7771);
/**
 * `extends` within one compose file, resolved as Compose resolves it for what a release records:
 * a service that extends another inherits its `image` (its own wins) and its `build` (merged with
 * its own), through any chain of services; `!reset` on its own entry drops what it would inherit.
 * `extends` with `file:` pulls a service from another file, which the one pinned file a dstack CVM
 * receives cannot carry: it is refused, as `include:` is (compose-model.ts).
 */


/** How to make one file of several, for the refusals of constructs that name other files. */
function selfContainedHint(file) {
    return `a dstack CVM receives only the one pinned file, so the release records one self-contained compose file: write it with "docker compose -f ${file} config --no-interpolate > compose.release.yml" (or merge the files by hand) and point compose-file (--compose) at it`;
}
const SETTINGS = ['image', 'build', 'provider'];
/** The settings a service marks `!reset` in its own mapping: it has none and inherits none. */
function resetSettings(loaded, entry) {
    const reset = new Set();
    const node = (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .pairAt */ .ey)(loaded.doc, ['services', entry.key])?.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return reset;
    for (const pair of node.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : undefined;
        const value = pair.value;
        if (SETTINGS.includes(key) && value?.tag === '!reset')
            reset.add(key);
    }
    return reset;
}
/** The service `entry` extends, when it does; refuses what Compose refuses and `file:`. */
function baseOf(loaded, entry) {
    const value = entry.data.get('extends');
    if (value === undefined || value === null)
        return undefined;
    const { file } = loaded;
    const where = (path) => `${file} line ${(0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(loaded, path)}`;
    if (typeof value === 'string')
        return value;
    if (value instanceof Map) {
        const other = value.get('file');
        if (other !== undefined && other !== null) {
            (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .composeError */ .tn)(`${where(['services', entry.key, 'extends', 'file'])}: service "${entry.name}" extends a service of another file ("extends" with "file:"), whose services the pinned file would leave out; ${selfContainedHint(file)}`);
        }
        const service = value.get('service');
        if (typeof service === 'string')
            return service;
    }
    return (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .composeError */ .tn)(`${where(['services', entry.key, 'extends'])}: "extends" of service "${entry.name}" must name a service (extends: NAME, or extends: {service: NAME})`);
}
/**
 * Every service of the file with `extends` applied, in file order. Refuses an `extends` of a
 * service that is not there, a chain that comes back to itself, and `extends` with `file:`.
 */
function resolveExtends(loaded) {
    const byName = new Map(loaded.entries.map((e) => [e.name, e]));
    const done = new Map();
    const resolve = (entry, chain) => {
        const known = done.get(entry.name);
        if (known)
            return known;
        if (chain.includes(entry.name)) {
            (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .composeError */ .tn)(`${loaded.file} line ${(0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(loaded, ['services', entry.key, 'extends'])}: "extends" goes round in a circle (${[...chain, entry.name].join(' → ')}); Docker Compose refuses it`);
        }
        const reset = resetSettings(loaded, entry);
        const own = (key) => !reset.has(key) && hasValue(entry.data, key);
        const baseName = baseOf(loaded, entry);
        let base;
        if (baseName !== undefined) {
            const target = byName.get(baseName);
            if (target === undefined) {
                (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .composeError */ .tn)(`${loaded.file} line ${(0,_compose_load_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(loaded, ['services', entry.key, 'extends'])}: service "${entry.name}" extends service "${baseName}", which is not in the file`);
            }
            base = resolve(target, [...chain, entry.name]);
        }
        const inherits = (key) => base !== undefined && !reset.has(key);
        const image = own('image')
            ? entry.data.get('image')
            : inherits('image')
                ? base?.image
                : undefined;
        const imageFrom = own('image') ? entry.name : inherits('image') ? base?.imageFrom : undefined;
        const result = {
            name: entry.name,
            image,
            ...(imageFrom !== undefined && { imageFrom }),
            buildFrom: [
                ...(own('build') ? [entry.name] : []),
                ...(inherits('build') ? (base?.buildFrom ?? []) : []),
            ],
            hasProvider: own('provider') || (inherits('provider') && base?.hasProvider === true),
            ...(baseName !== undefined && { extends: baseName }),
        };
        done.set(entry.name, result);
        return result;
    };
    return loaded.entries.map((entry) => resolve(entry, []));
}
/** `resolveExtends`, kept with the file it was resolved from. */
function resolveCompose(loaded) {
    return { loaded, services: new Map(resolveExtends(loaded).map((s) => [s.name, s])) };
}
function hasValue(data, key) {
    return data.has(key) && data.get(key) !== null;
}


/***/ }),

/***/ 6048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ InterpolationError),
/* harmony export */   G: () => (/* binding */ interpolate)
/* harmony export */ });
/**
 * Variable substitution in compose values, as Compose does it (compose-spec's interpolation;
 * compose-go's `template` package and its tests are the reference): `$$` is a literal `$`;
 * `$VAR` and `${VAR}` are the variable's value, empty when it is not set; `${VAR:-default}` and
 * `${VAR-default}` fall back when it is unset or empty / unset; `${VAR:+other}` and `${VAR+other}`
 * give `other` when it is set and not empty / set; `${VAR:?message}` and `${VAR?message}` fail
 * when it is unset or empty / unset. Defaults, alternatives and messages are substituted in turn,
 * so they nest. A `$` followed by anything else stays as it is; `${` that does not form one of
 * these is an error.
 */
class InterpolationError extends Error {
    name = 'InterpolationError';
    /** The required variable that has no value, for `:?` and `?`. */
    variable;
    constructor(reason, variable) {
        super(reason);
        if (variable !== undefined)
            this.variable = variable;
    }
}
// Names match `[_a-z][_a-z0-9]*` case-insensitively, as Go's case folding reads it: "K" also
// matches U+212A KELVIN SIGN and "s" U+017F LONG S.
const NAME_START = /[_a-zA-Z\u017F\u212A]/;
const NAME_PART = /[_a-zA-Z0-9\u017F\u212A]/;
function readName(text, from) {
    if (!NAME_START.test(text[from] ?? ''))
        return from;
    let end = from + 1;
    while (end < text.length && NAME_PART.test(text[end] ?? ''))
        end++;
    return end;
}
/**
 * Where the substitution that starts with `${` at `start` ends (after its `}`), for one with an
 * operator: as far as the last `}` on the line reaches, cut back to the `}` that closes the first
 * `{` when braces are counted, each `{` skipping the character after it (as compose-go counts).
 */
function closingEnd(text, start, operatorEnd) {
    const lineEnd = text.indexOf('\n', operatorEnd);
    const last = text.lastIndexOf('}', (lineEnd === -1 ? text.length : lineEnd) - 1);
    if (last < operatorEnd)
        return -1;
    let open = 0;
    for (let i = start; i <= last; i++) {
        if (text[i] === '}') {
            open--;
            if (open === 0)
                return i + 1;
        }
        if (text[i] === '{') {
            open++;
            i++;
        }
    }
    return last + 1;
}
function substituteInto(text, lookup, unset) {
    let out = '';
    let i = 0;
    for (;;) {
        const dollar = text.indexOf('$', i);
        if (dollar === -1)
            return out + text.slice(i);
        out += text.slice(i, dollar);
        const next = text[dollar + 1];
        if (next === '$') {
            out += '$';
            i = dollar + 2;
            continue;
        }
        if (next !== '{') {
            const end = readName(text, dollar + 1);
            if (end === dollar + 1) {
                // `$` before anything but a name, `$` or `{` is literal.
                out += '$';
                i = dollar + 1;
                continue;
            }
            out += valueOf(text.slice(dollar + 1, end), lookup, unset);
            i = end;
            continue;
        }
        const nameStart = dollar + 2;
        const nameEnd = readName(text, nameStart);
        if (nameEnd === nameStart)
            throw new InterpolationError('invalid interpolation');
        const name = text.slice(nameStart, nameEnd);
        if (text[nameEnd] === '}') {
            out += valueOf(name, lookup, unset);
            i = nameEnd + 1;
            continue;
        }
        const operator = separatorAt(text, nameEnd);
        if (operator === undefined)
            throw new InterpolationError('invalid interpolation');
        const operatorEnd = nameEnd + operator.length;
        const end = closingEnd(text, dollar, operatorEnd);
        if (end === -1)
            throw new InterpolationError('invalid interpolation');
        out += apply(operator, name, text.slice(operatorEnd, end - 1), lookup, unset);
        i = end;
    }
}
function separatorAt(text, at) {
    const colon = text[at] === ':';
    const op = text[colon ? at + 1 : at];
    if (op !== '-' && op !== '+' && op !== '?')
        return undefined;
    return `${colon ? ':' : ''}${op}`;
}
function valueOf(name, lookup, unset) {
    const value = lookup(name);
    if (value === undefined && !unset.includes(name))
        unset.push(name);
    return value ?? '';
}
function apply(operator, name, argument, lookup, unset) {
    const value = lookup(name);
    const empty = value === undefined || value === '';
    switch (operator) {
        case ':-':
            return empty ? substituteInto(argument, lookup, unset) : value;
        case '-':
            return value === undefined ? substituteInto(argument, lookup, unset) : value;
        case ':+':
            return empty ? (value ?? '') : substituteInto(argument, lookup, unset);
        case '+':
            return value === undefined ? '' : substituteInto(argument, lookup, unset);
        case ':?':
        case '?':
            if (operator === ':?' ? empty : value === undefined) {
                // The message is substituted too (Compose prints it); an error in it is the error.
                substituteInto(argument, lookup, []);
                throw new InterpolationError(`required variable ${name} is missing a value`, name);
            }
            return value ?? '';
    }
}
/**
 * `text` with its variables substituted. Throws an {@link InterpolationError} for a `${` Compose
 * cannot read and for a required variable without a value; neither message quotes the text.
 */
function interpolate(text, lookup) {
    const unset = [];
    const value = substituteInto(text, lookup, unset);
    return { value, unset };
}


/***/ }),

/***/ 7771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qe: () => (/* binding */ COMPOSE_INPUT),
  OX: () => (/* binding */ SERVICE_NAME),
  tn: () => (/* binding */ composeError),
  cA: () => (/* binding */ lineOf),
  fK: () => (/* binding */ loadCompose),
  ey: () => (/* binding */ pairAt)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/input-names.ts
var input_names = __webpack_require__(7630);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/text-position.ts
var text_position = __webpack_require__(6426);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __webpack_require__(4101);
;// CONCATENATED MODULE: ./src/core/yaml-alias-limit.ts
/**
 * How far a YAML document's aliases may expand, judged as Docker Compose's loader judges it, by
 * counting rather than expanding.
 */

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
 * alias, where the share of alias nodes peaks. `refuse` gets the reason, and the node it is about
 * when there is one (an alias to no anchor, or to the anchor that holds it).
 */
function checkAliasExpansion(root, refuse) {
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
            if (target === undefined) {
                return refuse('an alias names no anchor defined before it', node);
            }
            if (open.has(target))
                return refuse('an anchor contains an alias to itself', node);
            const expanded = size.get(target) ?? 1;
            nodes += expanded;
            aliasNodes += expanded;
            if (aliasNodes > ALIAS_NODES_FREE &&
                nodes > NODES_FREE &&
                aliasNodes / nodes > allowedAliasRatio(nodes)) {
                refuse(`its YAML aliases expand to ${countText(aliasNodes)} of its ${countText(nodes)} nodes (an alias bomb?), more than Docker Compose accepts`);
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

;// CONCATENATED MODULE: ./src/core/compose-load.ts
/**
 * Reads a Docker Compose file's text as Compose's loader accepts it: one YAML document, without the
 * characters go-yaml refuses, within Compose's alias limits, whose top level is a mapping with a
 * non-empty `services` mapping of mappings named as Compose names services. Messages say where the
 * file is wrong, never what it holds: the text may be any file a path or a symlink names.
 */







/** The input every compose-file error names (the CLI restates it as its flag). */
const COMPOSE_INPUT = input_names/* ACTION_NAMES */.G.compose;
function composeError(message) {
    throw new errors/* InputError */.dz(COMPOSE_INPUT, message);
}
/** Service names as Compose accepts them. */
const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
// Compose (compose-go, on go-yaml v3) honours `<<` merge keys, so they are resolved here too.
const PARSE_OPTIONS = { merge: true, uniqueKeys: true, prettyErrors: false };
/** What each YAML error means, in words that quote nothing of the text. */
const YAML_ERRORS = {
    ALIAS_PROPS: 'an alias cannot carry an anchor or a tag',
    BAD_ALIAS: 'a malformed alias or anchor',
    BAD_COLLECTION_TYPE: 'a tag for another kind of collection',
    BAD_DIRECTIVE: 'a malformed directive',
    BAD_DQ_ESCAPE: 'an invalid escape in a double-quoted string',
    BAD_INDENT: 'bad indentation',
    BAD_PROP_ORDER: 'an anchor or tag in the wrong place',
    BAD_SCALAR_START: 'a plain value that cannot start with its first character',
    BLOCK_AS_IMPLICIT_KEY: 'a nested mapping or sequence where a key was expected',
    BLOCK_IN_FLOW: 'a block collection inside a flow collection',
    DUPLICATE_KEY: 'a mapping key that appears twice',
    IMPOSSIBLE: 'a malformed document',
    KEY_OVER_1024_CHARS: 'an implicit key over 1024 characters',
    MISSING_CHAR: 'a missing character (a closing quote or bracket, ":", "," or white space)',
    MULTILINE_IMPLICIT_KEY: 'an implicit key spanning lines',
    MULTIPLE_ANCHORS: 'a node with more than one anchor',
    MULTIPLE_DOCS: 'more than one YAML document ("---"); a compose file is a single document',
    MULTIPLE_TAGS: 'a node with more than one tag',
    NON_STRING_KEY: 'a key that is not a string',
    RESOURCE_EXHAUSTION: 'too many aliases',
    TAB_AS_INDENT: 'a tab used as indentation',
    TAG_RESOLVE_FAILED: 'a value its tag cannot hold',
    UNEXPECTED_TOKEN: 'unexpected text',
};
/** The characters go-yaml reads (its reader refuses every other one, NUL included). */
const NOT_YAML = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function at(text, offset) {
    const { line, column } = (0,text_position/* positionAt */.t)(text, offset);
    return `line ${line}, column ${column}`;
}
function checkCharacters(text, file) {
    const bad = NOT_YAML.exec(text);
    if (bad === null)
        return;
    const code = bad[0].codePointAt(0) ?? 0;
    const what = code === 0
        ? 'a NUL byte'
        : `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    composeError(`${file} holds ${what} at ${at(text, bad.index)}, which YAML does not allow (Docker Compose refuses the file)`);
}
function parse(text, file) {
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, PARSE_OPTIONS);
    }
    catch {
        return composeError(`${file} is not valid YAML`);
    }
    const error = doc.errors[0];
    if (error !== undefined) {
        composeError(`${file} is not valid YAML at ${at(text, error.pos[0])}: ${YAML_ERRORS[error.code]}`);
    }
    return doc;
}
function serviceName(key, file) {
    if (typeof key === 'string')
        return key;
    if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') {
        return String(key);
    }
    return composeError(`services in ${file} must be named by plain strings; found ${(0,values/* describeValue */.bp)(key, 'yaml')}`);
}
/**
 * The pair a path of keys leads to through the written mappings (aliases followed), or undefined
 * where a merge key or anything else stands in the way.
 */
function pairAt(doc, path) {
    let node = doc.contents;
    let pair;
    for (const key of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value !== null && String(p.key.value) === String(key));
        if (pair === undefined)
            return undefined;
        node = pair.value;
    }
    return pair;
}
/**
 * The line where the key at the end of `path` is written, else where the nearest key before it
 * is (an entry merged from an anchor has no line of its own in the service).
 */
function lineOf(loaded, path) {
    for (let n = path.length; n > 0; n--) {
        const key = pairAt(loaded.doc, path.slice(0, n))?.key;
        if (key?.range)
            return (0,text_position/* positionAt */.t)(loaded.text, key.range[0]).line;
    }
    return 1;
}
/** Parses and validates; everything that reads a compose file starts from here. */
function loadCompose(text, file) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits/* MAX_INPUT_BYTES */.s) {
        composeError(`${file} is ${bytes} bytes; compose files over ${limits/* MAX_INPUT_BYTES */.s} bytes are refused`);
    }
    checkCharacters(text, file);
    const doc = parse(text, file);
    if (doc.contents === null)
        composeError(`${file} is empty; it needs a "services" mapping`);
    checkAliasExpansion(doc.contents, (reason, node) => node?.range
        ? composeError(`${file} is not valid YAML at ${at(text, node.range[0])}: ${reason}`)
        : composeError(`${file} is refused: ${reason}`));
    let data;
    try {
        // Expansion was judged above, by size, as Docker Compose judges it.
        data = doc.toJS({ maxAliasCount: -1, mapAsMap: true });
    }
    catch {
        composeError(`${file} cannot be read as YAML data`);
    }
    if (!(data instanceof Map)) {
        return composeError(`the top level of ${file} is ${(0,values/* describeValue */.bp)(data, 'yaml')}, not a mapping`);
    }
    const services = data.get('services');
    if (!data.has('services'))
        composeError(`${file} has no "services" mapping`);
    if (!(services instanceof Map)) {
        return composeError(`"services" in ${file} is ${(0,values/* describeValue */.bp)(services, 'yaml')}, not a mapping`);
    }
    if (services.size === 0)
        composeError(`"services" in ${file} is empty`);
    const loaded = { text, file, doc, data, services, entries: [] };
    const seen = new Set();
    for (const [key, value] of services) {
        const name = serviceName(key, file);
        if (!SERVICE_NAME.test(name)) {
            // The name itself is not repeated: it may hold line breaks, Markdown or HTML.
            composeError(`the service named at line ${lineOf(loaded, ['services', key])} of ${file} is not a Compose service name (letters, digits, "_", "." and "-", starting with a letter or digit); Docker Compose refuses it`);
        }
        if (seen.has(name))
            composeError(`service "${name}" appears twice in ${file}`);
        seen.add(name);
        if (!(value instanceof Map)) {
            composeError(`service "${name}" in ${file} is ${(0,values/* describeValue */.bp)(value, 'yaml')}, not a mapping`);
        }
        loaded.entries.push({ name, key, data: value });
    }
    return loaded;
}


/***/ }),

/***/ 4215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ readComposeServices),
/* harmony export */   d3: () => (/* binding */ composeServices),
/* harmony export */   jy: () => (/* binding */ readCompose)
/* harmony export */ });
/* harmony import */ var _compose_extends_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var _compose_interpolation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6048);
/* harmony import */ var _compose_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7771);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4101);
/**
 * The services of a compose file as Compose would run them, for the release to account for every
 * one: `extends` applied, images interpolated from the variables Compose would use, and refused
 * where the one pinned file could not mean what Compose runs from the source (`include:`, `extends`
 * with `file:`) or where Compose itself refuses the file (a service with neither image nor build).
 */




function refuseInclude(loaded) {
    const include = loaded.data.get('include');
    const empty = include === undefined || include === null || (Array.isArray(include) && include.length === 0);
    if (empty)
        return;
    (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_2__/* .composeError */ .tn)(`${loaded.file} line ${(0,_compose_load_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(loaded, ['include'])}: "include:" pulls services from other compose files, which the pinned file would leave out; ${(0,_compose_extends_js__WEBPACK_IMPORTED_MODULE_0__/* .selfContainedHint */ .$)(loaded.file)}`);
}
function imageOf(loaded, entry, service, variables) {
    const { image } = service;
    if (image === undefined || image === null || image === '')
        return {};
    if (typeof image !== 'string') {
        const from = service.imageFrom ?? entry.name;
        return (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_2__/* .composeError */ .tn)(`${loaded.file} line ${(0,_compose_load_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(loaded, ['services', from, 'image'])}: the image of service "${entry.name}" is ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .bp)(image, 'yaml')}, not a string; Docker Compose refuses it`);
    }
    if (!image.includes('$'))
        return { image, imageValue: image };
    try {
        const { value, unset } = (0,_compose_interpolation_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .G)(image, (name) => variables.get(name));
        return { image, imageValue: value, ...(unset.length > 0 && { unsetVariables: unset }) };
    }
    catch (error) {
        if (!(error instanceof _compose_interpolation_js__WEBPACK_IMPORTED_MODULE_1__/* .InterpolationError */ .D))
            throw error;
        const problem = error.variable === undefined
            ? 'it is not a valid interpolation (write "$$" for a literal "$")'
            : `variable ${error.variable} is required (":?" or "?") and has no value`;
        return { image, imageProblem: problem };
    }
}
/**
 * A compose file read as Compose reads it: what `loadCompose` refuses, then `include:`, then
 * `extends` applied (refusing what Compose refuses in it, and `file:`), in that order.
 */
function readCompose(text, file) {
    const loaded = (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCompose */ .fK)(text, file);
    refuseInclude(loaded);
    return (0,_compose_extends_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveCompose */ .J)(loaded);
}
/**
 * The services of a compose file, in file order, as Compose reads them; `variables` are what
 * Compose interpolates with (the environment and the `.env` file: `composeVariables`). Refuses,
 * with an error naming the compose-file input: `include:` (again, for a file resolved without
 * `readCompose`), an image that is not a string, and a service with neither an image nor a build
 * (nor a provider).
 */
function composeServices(compose, variables = new Map()) {
    const { loaded } = compose;
    refuseInclude(loaded);
    return loaded.entries.map((entry) => {
        const service = compose.services.get(entry.name);
        const image = imageOf(loaded, entry, service, variables);
        const hasBuild = service.buildFrom.length > 0;
        if (image.image === undefined && !hasBuild && !service.hasProvider) {
            (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_2__/* .composeError */ .tn)(`${loaded.file} line ${(0,_compose_load_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(loaded, ['services', entry.key])}: service "${entry.name}" has neither "image" nor "build"${service.extends === undefined ? '' : ` (nor does service "${service.extends}", which it extends)`}; Docker Compose refuses it`);
        }
        return {
            name: entry.name,
            ...image,
            hasBuild,
            ...(service.hasProvider &&
                image.image === undefined &&
                !hasBuild && { provider: true }),
        };
    });
}
/** `composeServices` of `readCompose`: what either refuses, in that order. */
function readComposeServices(text, file, variables = new Map()) {
    return composeServices(readCompose(text, file), variables);
}


/***/ }),

/***/ 7630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ACTION_NAMES),
/* harmony export */   Q: () => (/* binding */ CLI_NAMES)
/* harmony export */ });
const ACTION_NAMES = {
    tag: 'tag',
    images: 'images',
    metadata: 'metadata',
    compose: 'compose-file',
    template: 'app-compose-template',
    appName: 'app-name',
    releasesDir: 'releases-dir',
    pinAll: 'pin-all-images',
    offline: null,
    overwrite: 'overwrite',
    say: {
        pinAllOff: 'turn pin-all-images off',
        pinAllIsOff: 'pin-all-images is off',
        allowLookups: 'allow registry look-ups',
        overwrite: 'set overwrite: true',
    },
};
const CLI_NAMES = {
    tag: 'version',
    images: 'image argument',
    metadata: '--metadata',
    compose: '--compose',
    template: '--app-compose-template',
    appName: '--app-name',
    releasesDir: '--dir',
    pinAll: '--no-pin-all',
    offline: '--offline',
    overwrite: '--overwrite',
    say: {
        pinAllOff: 'pass --no-pin-all',
        pinAllIsOff: '--no-pin-all',
        allowLookups: 'run without --offline',
        overwrite: 'pass --overwrite',
    },
};


/***/ }),

/***/ 5767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ pinnedServices),
/* harmony export */   OG: () => (/* binding */ recordProblems),
/* harmony export */   hl: () => (/* binding */ resolvedPinnedServices)
/* harmony export */ });
/* unused harmony export recordConsistencyProblems */
/* harmony import */ var _compose_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4215);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5378);



const q = (text) => JSON.stringify(text);
function parsed(reference) {
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(reference, 'record');
    }
    catch {
        return undefined;
    }
}
function servicesOrProblem(composePath, read) {
    try {
        return read();
    }
    catch (error) {
        const why = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? error.reason : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        return { problem: `${composePath}: cannot be read as a compose file: ${why}` };
    }
}
/** The services of a pinned compose file as Compose reads them, or why it cannot be read. */
function pinnedServices(composeText, composePath) {
    return servicesOrProblem(composePath, () => (0,_compose_model_js__WEBPACK_IMPORTED_MODULE_0__/* .readComposeServices */ .F9)(composeText, composePath));
}
/** `pinnedServices` of a pinned compose file already loaded, with `extends` applied. */
function resolvedPinnedServices(pinned) {
    return servicesOrProblem(pinned.loaded.file, () => (0,_compose_model_js__WEBPACK_IMPORTED_MODULE_0__/* .composeServices */ .d3)(pinned));
}
/** What makes `record` disagree with the pinned compose text; empty when it agrees. */
function recordConsistencyProblems(record, composeText, composePath) {
    return recordProblems(record, pinnedServices(composeText, composePath), composePath);
}
/** `recordConsistencyProblems` over services already read (`pinnedServices`). */
function recordProblems(record, services, composePath) {
    if ('problem' in services)
        return [services.problem];
    const byName = new Map(services.map((s) => [s.name, s]));
    const problems = [];
    const recorded = new Set();
    for (const image of record.images) {
        const what = `record: image of service ${q(image.service)}`;
        if (recorded.has(image.service)) {
            problems.push(`record: service ${q(image.service)} is recorded twice`);
            continue;
        }
        recorded.add(image.service);
        const service = byName.get(image.service);
        if (service === undefined) {
            problems.push(`record: service ${q(image.service)} is not in ${composePath}`);
            continue;
        }
        if (service.image !== image.reference) {
            problems.push(`${what} is recorded as ${q(image.reference)}, but ${composePath} gives it ${service.image === undefined ? 'no image' : q(service.image)}`);
            continue;
        }
        const ref = parsed(image.reference);
        if (ref === undefined) {
            problems.push(`${what}: ${q(image.reference)} is not an image reference`);
            continue;
        }
        if (ref.digest !== image.digest) {
            problems.push(`${what} (${image.repository}) records digest ${image.digest}, but its reference ${q(image.reference)} pins ${ref.digest ?? 'no digest'}`);
        }
        if (ref.repository !== image.repository) {
            problems.push(`${what} records repository ${image.repository}, but its reference ${q(image.reference)} names ${ref.repository}`);
        }
        if ((ref.tag ?? null) !== image.tag) {
            problems.push(`${what} (${image.repository}) records tag ${image.tag === null ? 'none' : q(image.tag)}, but its reference ${q(image.reference)} has ${ref.tag === undefined ? 'none' : q(ref.tag)}`);
        }
    }
    for (const service of services) {
        if (recorded.has(service.name) || service.image === undefined)
            continue;
        if (parsed(service.image)?.digest !== undefined) {
            problems.push(`${composePath}: service ${q(service.name)} runs ${q(service.image)}, pinned to a digest, which the record does not list`);
        }
    }
    return problems;
}


/***/ })

};
