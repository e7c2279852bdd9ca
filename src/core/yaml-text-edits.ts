/**
 * Edits of YAML source text that change one node or one mapping entry and leave every other byte
 * as it is: comments, quoting, layout and line endings. Each returns a text range and its new
 * text; `applyEdits` puts them in. Where an edit cannot be placed exactly, `ctx.refuse` says why.
 */
import {
  isAlias,
  isScalar,
  parse as parseYaml,
  Scalar,
  type Node as YamlNode,
  type Pair,
  type ParsedNode,
  type YAMLMap,
} from 'yaml';

export interface EditContext {
  readonly text: string;
  readonly refuse: (reason: string) => never;
}

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type Range = readonly [number, number, number];

function rangeOf(node: YamlNode | null | undefined): Range | undefined {
  const range = node?.range;
  return range ? [range[0], range[1], range[2]] : undefined;
}

/** A node that holds no text, as the value of `image:` with nothing after it. */
export function isEmptyNode(node: YamlNode | null | undefined): boolean {
  const range = rangeOf(node);
  return range === undefined || range[0] === range[1];
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

/** Can `value` be written as a plain scalar, in block and flow context, and read back as this string? */
function isSafePlain(value: string): boolean {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-/:@+]*$/.test(value) || value.endsWith(':')) return false;
  try {
    return parseYaml(value) === value && parseYaml(value, { version: '1.1' }) === value;
  } catch {
    return false;
  }
}

/** `value` as a scalar in the given style, falling back to double quotes where the style cannot hold it. */
export function formatScalar(value: string, style: Scalar['type']): string {
  const doubleQuoted = JSON.stringify(value);
  if (style === Scalar.QUOTE_DOUBLE) return doubleQuoted;
  if (style === Scalar.QUOTE_SINGLE) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(value) ? doubleQuoted : `'${value.replace(/'/g, "''")}'`;
  }
  return isSafePlain(value) ? value : doubleQuoted;
}

function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The line break ending the line that holds `pos` (CRLF files keep CRLF in inserted lines). */
function lineBreakAt(text: string, pos: number): string {
  const nl = text.indexOf('\n', pos);
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** The end of a key's `:` indicator, for a pair whose value is empty. */
function afterIndicator(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' ? i + 1 : keyEnd;
}

/** Text range of a pair in a flow mapping: from its key to the end of its value. */
export function flowPairSpan(
  text: string,
  pair: Pair<ParsedNode | null, ParsedNode | null>,
): [number, number] {
  const key = rangeOf(pair.key);
  const value = isEmptyNode(pair.value) ? undefined : rangeOf(pair.value);
  const start = key?.[0] ?? value?.[0];
  const end = value?.[1] ?? (key === undefined ? undefined : afterIndicator(text, key[1]));
  if (start === undefined || end === undefined) throw new Error('flow pair without source range');
  return [start, end];
}

/** Index of the first character at or after `pos` that is neither white space nor a comment. */
function skipSeparation(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
    else if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else break;
  }
  return i;
}

function skipWhite(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && /[ \t\r\n]/.test(text[i] ?? '')) i++;
  return i;
}

interface BlockEntry {
  /** Start of the line holding the key. */
  readonly lineStart: number;
  readonly keyStart: number;
  /** End of the entry's text on its last line, before the line break. */
  readonly contentEnd: number;
  /** After the entry's last line break (or the end of the text). */
  readonly end: number;
}

/**
 * The lines a block-mapping entry occupies: its key line, its value, a comment on its last line, and
 * comment lines right after it indented deeper than the key (commented-out nested settings).
 */
function blockEntry(
  pair: Pair<ParsedNode | null, ParsedNode | null>,
  ctx: EditContext,
): BlockEntry {
  const { text } = ctx;
  const key = rangeOf(pair.key);
  if (key === undefined) return ctx.refuse('a key without source position');
  const keyStart = key[0];
  const lineStart = lineStartOf(text, keyStart);
  const indent = text.slice(lineStart, keyStart);
  if (!/^[ \t]*$/.test(indent)) {
    ctx.refuse(`its "${keyName(pair) ?? '?'}" key does not start its own line`);
  }
  const value = isEmptyNode(pair.value) ? undefined : rangeOf(pair.value);
  let end = value?.[1] ?? afterIndicator(text, key[1]);
  let lineEnd: number;
  if (text[end - 1] === '\n') {
    // A block collection's value range already ends with its last line break.
    lineEnd = end - 1;
  } else {
    const nl = text.indexOf('\n', end);
    lineEnd = nl < 0 ? text.length : nl;
    if (!/^[ \t\r]*(?:#[^\n]*)?$/.test(text.slice(end, lineEnd))) {
      ctx.refuse(`unexpected text after its "${keyName(pair) ?? '?'}" entry`);
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
    if (comment === null || (comment[1] ?? '').length <= indent.length) break;
    end = next;
    lineEnd = nl < 0 ? text.length : nl;
    pos = next;
  }
  const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return { lineStart, keyStart, contentEnd, end };
}

export function removeBlockEntry(
  pair: Pair<ParsedNode | null, ParsedNode | null>,
  ctx: EditContext,
): TextEdit {
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

export function replaceBlockEntry(
  pair: Pair<ParsedNode | null, ParsedNode | null>,
  replacement: string,
  ctx: EditContext,
): TextEdit {
  const entry = blockEntry(pair, ctx);
  return { start: entry.keyStart, end: entry.contentEnd, text: replacement };
}

export function insertBlockFirst(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  line: string,
  ctx: EditContext,
): TextEdit {
  const { text } = ctx;
  const first = map.items[0];
  const at = rangeOf(first?.key) ?? rangeOf(first?.value);
  if (at === undefined) return ctx.refuse(`its mapping has no entries to place "${line}" before`);
  const lineStart = lineStartOf(text, at[0]);
  const indent = text.slice(lineStart, at[0]);
  if (!/^[ \t]*$/.test(indent)) ctx.refuse('its first key does not start its own line');
  return { start: lineStart, end: lineStart, text: `${indent}${line}${lineBreakAt(text, at[0])}` };
}

export function removeFlowPair(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  index: number,
  ctx: EditContext,
): TextEdit {
  const { text } = ctx;
  const pair = map.items[index];
  if (pair === undefined) throw new Error('flow pair index out of range');
  const [start, end] = flowPairSpan(text, pair);
  const after = skipSeparation(text, end);
  if (text[after] === ',') {
    // Take the separator, a comment on the same line and the next entry's indentation with it.
    let next = after + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
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
      ctx.refuse(`cannot find the "," before its "${keyName(pair) ?? '?'}" entry`);
    return { start: comma, end, text: '' };
  }
  return { start, end, text: '' };
}

export function insertFlowFirst(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  entry: string,
  ctx: EditContext,
): TextEdit {
  const first = map.items[0];
  if (first !== undefined) {
    const [start] = flowPairSpan(ctx.text, first);
    return { start, end: start, text: `${entry}, ` };
  }
  const range = rangeOf(map);
  if (range === undefined) return ctx.refuse('its mapping has no source position');
  return { start: range[0], end: range[1], text: `{ ${entry} }` };
}

/** New text for a string value node (`what` names it in refusals), in the node's own quoting style. */
export function replaceScalarValue(
  node: ParsedNode,
  value: string,
  what: string,
  ctx: EditContext,
): TextEdit {
  const range = rangeOf(node);
  if (range === undefined) return ctx.refuse(`${what} has no source position`);
  if (isAlias(node)) {
    // `image: *name` → a literal value here; the anchor and its other uses stay as they are.
    return { start: range[0], end: range[1], text: formatScalar(value, Scalar.PLAIN) };
  }
  if (!isScalar(node)) return ctx.refuse(`${what} is not a string`);
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    // A block scalar's range runs to the end of its last line; keep that line break.
    const old = ctx.text.slice(range[0], range[1]);
    const brk = old.endsWith('\r\n') ? '\r\n' : old.endsWith('\n') ? '\n' : '';
    return { start: range[0], end: range[1], text: formatScalar(value, Scalar.PLAIN) + brk };
  }
  return { start: range[0], end: range[1], text: formatScalar(value, node.type) };
}

export function findPair(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  name: string,
): { pair: Pair<ParsedNode, ParsedNode | null>; index: number } | undefined {
  const index = map.items.findIndex((p) => keyName(p) === name);
  const pair = map.items[index];
  return pair === undefined ? undefined : { pair, index };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // From the end backwards, so earlier offsets stay valid.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = text.length;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('compose edits overlap');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}
