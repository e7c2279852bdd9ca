/**
 * The `.env` file beside a compose file, read as Compose reads it (compose-go's `dotenv` package
 * and its tests are the reference): `KEY=value` or `KEY: value` lines, an optional `export `,
 * comments, unquoted values cut at ` #` and trimmed, single-quoted values taken as written,
 * double-quoted ones with shell escapes (`\n`, `\t`, `\\`, `\"`, `\$`, `\0ooo`…) and spanning lines;
 * unquoted and double-quoted values are interpolated from the environment and the entries above.
 * A bare `KEY` takes the environment's value. The environment wins over the file.
 *
 * The file often holds secrets: errors say which line, never what it holds.
 */
import { InterpolationError, interpolate, type Lookup } from './compose-interpolation.js';
import { positionAt } from './text-position.js';

export class DotenvError extends Error {
  override name = 'DotenvError';
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** Go's unicode.IsSpace. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
/** White space within a line (compose-go's isSpace: no line break). */
const LINE_SPACE = /[\t\v\f\r \u0085\u00A0]/;
const KEY_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
const EXPORT = /^export[\t\n\f\r ]+/;
const ESCAPE = /\\(?:[abcfnrtv$"\\]|0[0-9]{0,3})/g;
const ESCAPED: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '"': '"',
  '\\': '\\',
  // `$$` is the substitution's own literal `$`.
  $: '$$',
};

/** Shell escapes of a double-quoted value: `\0` with three octal digits is a byte value. */
function expandEscapes(value: string): string {
  return value.replace(ESCAPE, (match) => {
    const c = match[1] ?? '';
    if (c !== '0') return ESCAPED[c] ?? match;
    const digits = match.slice(2);
    if (!/^[0-7]{3}$/.test(digits) || parseInt(digits, 8) > 0xff) return match;
    return String.fromCharCode(parseInt(digits, 8));
  });
}

function skip(text: string, pos: number, pattern: RegExp): number {
  let i = pos;
  while (i < text.length && pattern.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && GO_SPACE.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/**
 * The variables a `.env` text defines, in order; `lookup` gives the environment, which the
 * values' interpolation reads before the entries above. Throws a {@link DotenvError}.
 */
export function parseDotenv(text: string, lookup: Lookup): Map<string, string> {
  const out = new Map<string, string>();
  const fail = (reason: string, at: number): never => {
    throw new DotenvError(reason, positionAt(text, at).line);
  };
  const variables: Lookup = (name) => lookup(name) ?? out.get(name);
  const expand = (value: string, at: number): string => {
    try {
      return interpolate(value, variables).value;
    } catch (error) {
      if (error instanceof InterpolationError) return fail(error.message, at);
      throw error;
    }
  };

  let pos = text.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    // The next statement: past white space and comment lines.
    pos = skip(text, pos, GO_SPACE);
    if (pos >= text.length) return out;
    if (text[pos] === '#') {
      const nl = text.indexOf('\n', pos);
      if (nl === -1) return out;
      pos = nl;
      continue;
    }
    const exported = EXPORT.exec(text.slice(pos, pos + 64));
    if (exported) pos = skip(text, pos + 'export'.length, LINE_SPACE);

    // The key, up to `=`, `:` or a line break (a bare key: inherited from the environment).
    let end = pos;
    let stop: string | undefined;
    for (; end < text.length; end++) {
      const c = text[end] ?? '';
      if (c === '=' || c === ':' || c === '\n') {
        stop = c;
        break;
      }
      if (LINE_SPACE.test(c) || KEY_CHAR.test(c)) continue;
      if (/[\uD800-\uDBFF]/.test(c) && KEY_CHAR.test(text.slice(end, end + 2))) {
        end++;
        continue;
      }
      fail('unexpected character in a variable name', end);
    }
    // A last line with no `=`: Compose reads it as a value of the empty name, which nothing uses.
    if (stop === undefined) return out;
    const key = trimEnd(text.slice(pos, end));
    if (key.includes(' ')) fail('a variable name cannot contain a space', pos);
    let at = skip(text, end + 1, LINE_SPACE);
    if (stop === '\n') {
      const value = lookup(key) ?? out.get(key);
      if (value !== undefined) out.set(key, value);
      pos = at;
      continue;
    }

    const quote = text[at];
    if (quote === '"' || quote === "'") {
      let chars = '';
      let escaped = false;
      let closed = -1;
      for (let i = at + 1; i < text.length; i++) {
        const c = text[i] ?? '';
        if (c !== quote) {
          if (!escaped && c === '\\') {
            escaped = true;
            continue;
          }
          if (escaped) chars += '\\';
          escaped = false;
          chars += c;
          continue;
        }
        if (escaped) {
          // `\"` (or `\'`): the quote itself.
          escaped = false;
          chars += c;
          continue;
        }
        closed = i;
        break;
      }
      if (closed === -1) fail('unterminated quoted value', at);
      out.set(key, quote === '"' ? expand(expandEscapes(chars), at) : chars);
      pos = closed + 1;
      continue;
    }
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl === -1 ? text.length : nl);
    const comment = line.indexOf(' #');
    out.set(key, expand(trimEnd(comment === -1 ? line : line.slice(0, comment)), at));
    at = nl === -1 ? text.length : nl + 1;
    pos = at;
  }
}

/**
 * The variables Compose interpolates a compose file with: the environment, and the `.env` file
 * beside the compose file for what the environment does not set.
 */
export function composeVariables(
  environment: Readonly<Record<string, string | undefined>>,
  dotenv?: { readonly text: string; readonly file: string },
): ReadonlyMap<string, string> {
  const variables = new Map<string, string>();
  for (const [name, value] of Object.entries(environment)) {
    if (value !== undefined) variables.set(name, value);
  }
  if (dotenv === undefined) return variables;
  const parsed = parseDotenv(dotenv.text, (name) => variables.get(name));
  for (const [name, value] of parsed) if (!variables.has(name)) variables.set(name, value);
  return variables;
}
