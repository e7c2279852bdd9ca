/**
 * The layout of Python's
 * `json.dumps(obj, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False)`,
 * which is how Phala Cloud writes dstack app-compose documents (README: dstack: the compose hash).
 *
 * dstack hashes the bytes of the document, so every detail here changes a compose hash.
 */
import { JsonNumber, MAX_JSON_DEPTH as MAX_DEPTH } from './json-parser.js';

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

/**
 * Orders strings by Unicode code point, as Python sorts `str`. JS's default sort compares UTF-16
 * code units, which puts astral characters (surrogate pairs, 0xD800–0xDFFF) before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates above U+E000–U+FFFF, which is where the code points they encode belong. */
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/**
 * Python's `repr(float)` (which json.dumps uses): the shortest digits that round-trip (the same
 * digits JS picks), in fixed notation when the decimal exponent is in [-4, 16), otherwise
 * `d.ddde±XX` with at least two exponent digits; integral values keep a `.0`.
 */
export function pythonFloatRepr(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`${x} has no JSON representation`);
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exp = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const e = Number(exp);
  const sign = x < 0 ? '-' : '';
  if (e < -4 || e >= 16) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const expSign = e < 0 ? '-' : '+';
    return `${sign}${digits[0] ?? ''}${frac}e${expSign}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const intPart = digits.slice(0, e + 1).padEnd(e + 1, '0');
  const fracPart = digits.slice(e + 1);
  return `${sign}${intPart}.${fracPart === '' ? '0' : fracPart}`;
}

/** How Python prints a number that json.loads read from `lexeme`. */
function pythonNumberText(n: JsonNumber, path: string): string {
  // Python reads an integer lexeme as an exact int; `-0` becomes 0.
  if (n.isInteger) return BigInt(n.lexeme).toString();
  const value = Number(n.lexeme);
  // Python would write `Infinity` here, which is not JSON; refuse instead.
  if (!Number.isFinite(value))
    throw new Error(`${path}: number ${n.lexeme} is out of range for a float`);
  return pythonFloatRepr(value);
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** Python's string encoder with ensure_ascii=False: only `"`, `\` and C0 controls are escaped. */
function quote(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) {
    throw new Error(`${path}: string contains a lone surrogate (not valid Unicode text)`);
  }
  // eslint-disable-next-line no-control-regex
  return `"${s.replace(/["\\\u0000-\u001f]/g, (c) => ESCAPES[c] ?? `\\u${hex4(c.charCodeAt(0))}`)}"`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `s` is well-formed UTF-16 (no lone surrogates), i.e. encodable as UTF-8. */
export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
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
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, 0, '$', new Set(), out);
  return out.join('');
}

function write(
  value: unknown,
  level: number,
  path: string,
  stack: Set<object>,
  out: string[],
): void {
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
      if (!Number.isFinite(value)) throw new Error(`${path}: ${value} has no JSON representation`);
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
  if (stack.has(value)) throw new Error(`${path}: circular reference`);
  if (level >= MAX_DEPTH) throw new Error(`${path}: nesting deeper than ${MAX_DEPTH} levels`);
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
    const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
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
