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

/** A variable's value, or undefined when it is not set. */
export type Lookup = (name: string) => string | undefined;

export interface Interpolated {
  readonly value: string;
  /** Variables used without a fallback and not set: Compose warns and reads them as empty. */
  readonly unset: readonly string[];
}

export class InterpolationError extends Error {
  override name = 'InterpolationError';
  /** The required variable that has no value, for `:?` and `?`. */
  readonly variable?: string;
  constructor(reason: string, variable?: string) {
    super(reason);
    if (variable !== undefined) this.variable = variable;
  }
}

// Names match `[_a-z][_a-z0-9]*` case-insensitively, as Go's case folding reads it: "K" also
// matches U+212A KELVIN SIGN and "s" U+017F LONG S.
const NAME_START = /[_a-zA-Z\u017F\u212A]/;
const NAME_PART = /[_a-zA-Z0-9\u017F\u212A]/;

type Separator = ':-' | '-' | ':+' | '+' | ':?' | '?';

function readName(text: string, from: number): number {
  if (!NAME_START.test(text[from] ?? '')) return from;
  let end = from + 1;
  while (end < text.length && NAME_PART.test(text[end] ?? '')) end++;
  return end;
}

/**
 * Where the substitution that starts with `${` at `start` ends (after its `}`), for one with an
 * operator: as far as the last `}` on the line reaches, cut back to the `}` that closes the first
 * `{` when braces are counted, each `{` skipping the character after it (as compose-go counts).
 */
function closingEnd(text: string, start: number, operatorEnd: number): number {
  const lineEnd = text.indexOf('\n', operatorEnd);
  const last = text.lastIndexOf('}', (lineEnd === -1 ? text.length : lineEnd) - 1);
  if (last < operatorEnd) return -1;
  let open = 0;
  for (let i = start; i <= last; i++) {
    if (text[i] === '}') {
      open--;
      if (open === 0) return i + 1;
    }
    if (text[i] === '{') {
      open++;
      i++;
    }
  }
  return last + 1;
}

function substituteInto(text: string, lookup: Lookup, unset: string[]): string {
  let out = '';
  let i = 0;
  for (;;) {
    const dollar = text.indexOf('$', i);
    if (dollar === -1) return out + text.slice(i);
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
    if (nameEnd === nameStart) throw new InterpolationError('invalid interpolation');
    const name = text.slice(nameStart, nameEnd);
    if (text[nameEnd] === '}') {
      out += valueOf(name, lookup, unset);
      i = nameEnd + 1;
      continue;
    }
    const operator = separatorAt(text, nameEnd);
    if (operator === undefined) throw new InterpolationError('invalid interpolation');
    const operatorEnd = nameEnd + operator.length;
    const end = closingEnd(text, dollar, operatorEnd);
    if (end === -1) throw new InterpolationError('invalid interpolation');
    out += apply(operator, name, text.slice(operatorEnd, end - 1), lookup, unset);
    i = end;
  }
}

function separatorAt(text: string, at: number): Separator | undefined {
  const colon = text[at] === ':';
  const op = text[colon ? at + 1 : at];
  if (op !== '-' && op !== '+' && op !== '?') return undefined;
  return `${colon ? ':' : ''}${op}` as Separator;
}

function valueOf(name: string, lookup: Lookup, unset: string[]): string {
  const value = lookup(name);
  if (value === undefined && !unset.includes(name)) unset.push(name);
  return value ?? '';
}

function apply(
  operator: Separator,
  name: string,
  argument: string,
  lookup: Lookup,
  unset: string[],
): string {
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
export function interpolate(text: string, lookup: Lookup): Interpolated {
  const unset: string[] = [];
  const value = substituteInto(text, lookup, unset);
  return { value, unset };
}
