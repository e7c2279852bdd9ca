/**
 * A strict JSON parser that keeps what the Python layout (python-json.ts) needs to round-trip a
 * document: whether a number was an integer or a float, and integers beyond 2^53 exactly. Its
 * errors say where the text went wrong, never what it holds: the text may be any file a user
 * names, and a message must not quote it.
 */
import { positionAt } from './text-position.js';

/**
 * A number as written in JSON text. Kept as text because a JS number cannot tell `1` from `1.0`
 * (Python prints them differently) and rounds integers beyond 2^53.
 */
export class JsonNumber {
  constructor(readonly lexeme: string) {
    if (!NUMBER_LEXEME.test(lexeme)) throw new Error('not a JSON number');
  }

  /** True when Python's json module reads it as an int (no fraction, no exponent). */
  get isInteger(): boolean {
    return INTEGER_LEXEME.test(this.lexeme);
  }

  valueOf(): number {
    return Number(this.lexeme);
  }

  toString(): string {
    return this.lexeme;
  }

  /**
   * For JSON.stringify, which only diagnostics and displays use: the number's value. The exact
   * text is what the canonical serializer writes, from `lexeme`.
   */
  toJSON(): number {
    return Number(this.lexeme);
  }
}

const NUMBER_LEXEME = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const INTEGER_LEXEME = /^-?(?:0|[1-9]\d*)$/;

/** Invalid JSON text, with where it went wrong (0-based offset, 1-based line and column). */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    readonly reason: string,
    readonly position: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} at line ${line} column ${column} (char ${position})`);
  }
}

/** Deeper than Python's own recursion limit lets json.dumps go; also keeps our stack safe. */
export const MAX_JSON_DEPTH = 512;

/**
 * Parses strict JSON (RFC 8259): no comments, no trailing commas, no NaN/Infinity, no BOM.
 * Numbers become {@link JsonNumber}; objects are plain objects (`__proto__` is an ordinary key).
 *
 * Refused as well, because they would make the document mean different things to different
 * readers: duplicate keys in one object (Python keeps the last, serde refuses a duplicate
 * field) and lone surrogates in strings (not encodable as UTF-8, so not hashable as text).
 */
export function parseJsonPreservingNumbers(text: string): unknown {
  return new Parser(text).parseDocument();
}

/**
 * Where `text`, which JSON.parse refused, goes wrong, as "<reason> at line L column C (char N)":
 * for messages that must not quote the text, as JSON.parse's own do.
 */
export function jsonSyntaxProblem(text: string): string {
  try {
    parseJsonPreservingNumbers(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.message;
  }
  return 'not valid JSON';
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    if (this.text.charCodeAt(0) === 0xfeff) {
      this.fail('unexpected byte order mark (save the file as UTF-8 without BOM)');
    }
    this.skipWhitespace();
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail('unexpected data after the JSON value');
    return value;
  }

  private fail(reason: string, at = this.pos): never {
    const { line, column } = positionAt(this.text, at);
    throw new JsonSyntaxError(reason, at, line, column);
  }

  private skipWhitespace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      this.pos++;
    }
  }

  /** What is at `at`, without quoting it: the text may be a secret a symlink points at. */
  private describe(at: number): string {
    return at >= this.text.length ? 'unexpected end of input' : 'unexpected character';
  }

  private parseValue(depth: number): unknown {
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
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.parseNumber();
        return this.fail(`${this.describe(this.pos)}, expected a JSON value`);
    }
  }

  private parseLiteral<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos))
      this.fail(`${this.describe(this.pos)}, expected a JSON value`);
    this.pos += word.length;
    return value;
  }

  private parseNumber(): JsonNumber {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.pos;
    const m = match.exec(this.text);
    if (!m || m[0] === '-') this.fail('invalid number');
    const end = this.pos + m[0].length;
    // `01`, `1.`, `1e` or `1.5x`: the regex stopped early at something a number cannot contain.
    const next = this.text[end];
    if (next !== undefined && /[0-9.eE+-]/.test(next)) this.fail('invalid number', this.pos);
    this.pos = end;
    return new JsonNumber(m[0]);
  }

  private parseString(): string {
    const t = this.text;
    const start = this.pos;
    this.pos++; // opening quote
    let out = '';
    let chunk = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated string', start);
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(chunk, this.pos);
        this.pos++;
        break;
      }
      if (c < 0x20) this.fail('invalid control character in string');
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

  private readHex4(escapeAt: number): number {
    const digits = this.text.slice(this.pos, this.pos + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail('invalid \\u escape in string', escapeAt);
    this.pos += 4;
    return parseInt(digits, 16);
  }

  private parseArray(depth: number): unknown[] {
    if (depth > MAX_JSON_DEPTH) this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    this.pos++; // [
    const items: unknown[] = [];
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

  private parseObject(depth: number): Record<string, unknown> {
    if (depth > MAX_JSON_DEPTH) this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    this.pos++; // {
    const object: Record<string, unknown> = {};
    const seen = new Set<string>();
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
      if (seen.has(key)) this.fail('duplicate key in an object', keyAt);
      seen.add(key);
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') this.fail(`${this.describe(this.pos)}, expected ':'`);
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
