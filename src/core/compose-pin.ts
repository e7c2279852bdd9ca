/**
 * Reads a Docker Compose file and pins service images in it by editing the text, never by
 * re-serialising: the pinned file must differ from the source only where an image or a `build:`
 * entry changed, because its exact bytes end up inside the attested app-compose document.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parse as parseYaml,
  parseDocument,
  visit,
  Scalar,
  type Document,
  type Node as YamlNode,
  type Pair,
  type ParsedNode,
  type YAMLMap,
} from 'yaml';
import { InputError, errorMessage } from './errors.js';
import { MAX_INPUT_BYTES } from './limits.js';
import { describeValue } from './values.js';
import type { ComposeService } from './types.js';

/** The `compose-file` input's default search order (action.yml and the README say the same). */
export const defaultComposeFiles: readonly string[] = [
  'docker-compose.yml',
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
];

/** What to change in one service: its new image text, and whether to drop its `build:` entry. */
export interface ComposeEdit {
  readonly image: string;
  readonly removeBuild: boolean;
}

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

function allowedAliasRatio(nodes: number): number {
  if (nodes <= ALIAS_RATIO_LOW) return 0.99;
  if (nodes >= ALIAS_RATIO_HIGH) return 0.1;
  return 0.99 - (0.89 * (nodes - ALIAS_RATIO_LOW)) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW);
}

function countText(n: number): string {
  return n < 1e12 ? String(n) : 'more than 10^12';
}

/**
 * Refuses a document whose aliases expand too much, judged by node counts computed from the
 * syntax tree (each anchored node's expanded size once), so nothing is expanded to decide. Nodes
 * are counted in document order as a decoder meets them, and the limit is checked after each
 * alias, where the share of alias nodes peaks.
 */
function checkAliasExpansion(root: YamlNode, file: string): void {
  const size = new Map<YamlNode, number>();
  const anchors = new Map<string, YamlNode>();
  const open = new Set<YamlNode>();
  let nodes = 0;
  let aliasNodes = 0;
  type Frame = { node: YamlNode; children: YamlNode[]; next: number; total: number };
  const stack: Frame[] = [];
  const enter = (node: YamlNode): number | undefined => {
    nodes += 1;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      // An alias to no anchor is reported by the YAML reader itself.
      if (target === undefined) return 1;
      if (open.has(target)) {
        fail(
          `${file}: anchor &${node.source} contains an alias to itself (*${node.source}); refused`,
        );
      }
      const expanded = size.get(target) ?? 1;
      nodes += expanded;
      aliasNodes += expanded;
      if (
        aliasNodes > ALIAS_NODES_FREE &&
        nodes > NODES_FREE &&
        aliasNodes / nodes > allowedAliasRatio(nodes)
      ) {
        fail(
          `${file} is refused: its YAML aliases expand to ${countText(aliasNodes)} of its ${countText(nodes)} nodes (an alias bomb?), more than Docker Compose accepts`,
        );
      }
      return 1 + expanded;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) anchors.set(anchor, node);
    const children: YamlNode[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isNode(pair.key)) children.push(pair.key);
        if (isNode(pair.value)) children.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (isNode(item)) children.push(item);
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
    const frame = stack[stack.length - 1] as Frame;
    if (done !== undefined) frame.total += done;
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
const PARSE_OPTIONS = { merge: true, uniqueKeys: true, prettyErrors: true } as const;

type Data = Map<unknown, unknown>;

interface Loaded {
  readonly doc: Document.Parsed;
  /** The whole document as data: maps as `Map`, merge keys applied. */
  readonly data: Data;
  readonly services: Data;
  readonly list: ComposeService[];
}

function fail(message: string): never {
  throw new InputError(INPUT, message);
}

function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? message).replace(/:\s*$/, '');
}

function serviceName(key: unknown, file: string): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') {
    return String(key);
  }
  return fail(
    `services in ${file} must be named by plain strings; found ${describeValue(key, 'yaml')}`,
  );
}

/** Parses and validates; everything else in this module starts from here. */
function load(text: string, file: string): Loaded {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INPUT_BYTES) {
    fail(`${file} is ${bytes} bytes; compose files over ${MAX_INPUT_BYTES} bytes are refused`);
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (error) {
    return fail(`${file} is not valid YAML: ${firstLine(errorMessage(error))}`);
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    if (error.code === 'MULTIPLE_DOCS') {
      fail(
        `${file} holds more than one YAML document ("---"); a compose file is a single document`,
      );
    }
    fail(`${file} is not valid YAML: ${firstLine(error.message)}`);
  }
  if (doc.contents === null) fail(`${file} is empty; it needs a "services" mapping`);

  checkAliasExpansion(doc.contents, file);
  let data: unknown;
  try {
    // Expansion was judged above, by size, as Docker Compose judges it.
    data = doc.toJS({ maxAliasCount: -1, mapAsMap: true });
  } catch (cause) {
    fail(`${file} cannot be read as YAML data: ${firstLine(errorMessage(cause))}`);
  }
  if (!(data instanceof Map))
    fail(`the top level of ${file} is ${describeValue(data, 'yaml')}, not a mapping`);
  const services: unknown = data.get('services');
  if (!data.has('services')) fail(`${file} has no "services" mapping`);
  if (!(services instanceof Map)) {
    return fail(`"services" in ${file} is ${describeValue(services, 'yaml')}, not a mapping`);
  }
  if (services.size === 0) fail(`"services" in ${file} is empty`);

  const list: ComposeService[] = [];
  const seen = new Set<string>();
  for (const [key, value] of services) {
    const name = serviceName(key, file);
    if (seen.has(name)) fail(`service "${name}" appears twice in ${file}`);
    seen.add(name);
    if (!(value instanceof Map)) {
      fail(`service "${name}" in ${file} is ${describeValue(value, 'yaml')}, not a mapping`);
    }
    const image: unknown = value.get('image');
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
export function parseCompose(text: string, file: string): ComposeService[] {
  return load(text, file).list;
}

// ---------------------------------------------------------------------------------------------
// Text edits

interface TextEdit {
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
function isEmptyNode(node: YamlNode | null | undefined): boolean {
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
function formatScalar(value: string, style: Scalar['type']): string {
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

interface Context {
  readonly text: string;
  readonly file: string;
  readonly service: string;
  /** Anchor names some alias in the document refers to. */
  readonly aliased: ReadonlySet<string>;
}

function refuse(ctx: Context, reason: string): never {
  return fail(`cannot pin service "${ctx.service}" in ${ctx.file}: ${reason}`);
}

/** Anchors defined in `node` or below it that an alias elsewhere uses: removing or rewriting them would change that alias. */
function usedAnchorsIn(node: YamlNode | null, ctx: Context): string[] {
  const used: string[] = [];
  if (node === null) return used;
  const check = (n: unknown): void => {
    if ((isScalar(n) || isCollection(n)) && n.anchor !== undefined && ctx.aliased.has(n.anchor)) {
      used.push(n.anchor);
    }
  };
  check(node);
  visit(node, (_key, n) => {
    check(n);
  });
  return used;
}

function assertUnshared(node: YamlNode | null, what: string, ctx: Context): void {
  const used = usedAnchorsIn(node, ctx);
  if (used.length > 0) {
    refuse(
      ctx,
      `${what} holds anchor &${used[0] ?? ''}, which an alias reuses elsewhere; editing it would change that copy too`,
    );
  }
}

/** The end of a key's `:` indicator, for a pair whose value is empty. */
function afterIndicator(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' ? i + 1 : keyEnd;
}

/** Text range of a pair in a flow mapping: from its key to the end of its value. */
function flowPairSpan(
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
function blockEntry(pair: Pair<ParsedNode | null, ParsedNode | null>, ctx: Context): BlockEntry {
  const { text } = ctx;
  const key = rangeOf(pair.key);
  if (key === undefined) return refuse(ctx, 'a key without source position');
  const keyStart = key[0];
  const lineStart = lineStartOf(text, keyStart);
  const indent = text.slice(lineStart, keyStart);
  if (!/^[ \t]*$/.test(indent)) {
    refuse(ctx, `its "${keyName(pair) ?? '?'}" key does not start its own line`);
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
    if (comment === null || (comment[1] ?? '').length <= indent.length) break;
    end = next;
    lineEnd = nl < 0 ? text.length : nl;
    pos = next;
  }
  const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return { lineStart, keyStart, contentEnd, end };
}

function removeBlockEntry(
  pair: Pair<ParsedNode | null, ParsedNode | null>,
  ctx: Context,
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

function replaceBlockEntry(
  pair: Pair<ParsedNode | null, ParsedNode | null>,
  replacement: string,
  ctx: Context,
): TextEdit {
  const entry = blockEntry(pair, ctx);
  return { start: entry.keyStart, end: entry.contentEnd, text: replacement };
}

function insertBlockFirst(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  line: string,
  ctx: Context,
): TextEdit {
  const { text } = ctx;
  const first = map.items[0];
  const at = rangeOf(first?.key) ?? rangeOf(first?.value);
  if (at === undefined) return refuse(ctx, 'its mapping has no entries to place "image:" before');
  const lineStart = lineStartOf(text, at[0]);
  const indent = text.slice(lineStart, at[0]);
  if (!/^[ \t]*$/.test(indent)) refuse(ctx, 'its first key does not start its own line');
  return { start: lineStart, end: lineStart, text: `${indent}${line}${lineBreakAt(text, at[0])}` };
}

function removeFlowPair(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  index: number,
  ctx: Context,
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
    if (text[comma] !== ',') refuse(ctx, 'cannot find the "," before its "build" entry');
    return { start: comma, end, text: '' };
  }
  return { start, end, text: '' };
}

function insertFlowFirst(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  entry: string,
  ctx: Context,
): TextEdit {
  const first = map.items[0];
  if (first !== undefined) {
    const [start] = flowPairSpan(ctx.text, first);
    return { start, end: start, text: `${entry}, ` };
  }
  const range = rangeOf(map);
  if (range === undefined) return refuse(ctx, 'its mapping has no source position');
  return { start: range[0], end: range[1], text: `{ ${entry} }` };
}

/** New text for an `image:` value node, in the node's own quoting style. */
function replaceImageValue(node: ParsedNode, image: string, ctx: Context): TextEdit {
  const range = rangeOf(node);
  if (range === undefined) return refuse(ctx, 'its image has no source position');
  if (isAlias(node)) {
    // `image: *name` → a literal value here; the anchor and its other uses stay as they are.
    return { start: range[0], end: range[1], text: formatScalar(image, Scalar.PLAIN) };
  }
  if (!isScalar(node)) return refuse(ctx, 'its "image" is not a string');
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    // A block scalar's range runs to the end of its last line; keep that line break.
    const old = ctx.text.slice(range[0], range[1]);
    const brk = old.endsWith('\r\n') ? '\r\n' : old.endsWith('\n') ? '\n' : '';
    return { start: range[0], end: range[1], text: formatScalar(image, Scalar.PLAIN) + brk };
  }
  return { start: range[0], end: range[1], text: formatScalar(image, node.type) };
}

function findPair(
  map: YAMLMap<ParsedNode, ParsedNode | null>,
  name: string,
): { pair: Pair<ParsedNode, ParsedNode | null>; index: number } | undefined {
  const index = map.items.findIndex((p) => keyName(p) === name);
  const pair = map.items[index];
  return pair === undefined ? undefined : { pair, index };
}

/**
 * A service's edits: `direct` ones change its own text; `fallback` is what it still needs when,
 * after the direct edits of every service, its image (or a `build:` it inherits) is not yet as
 * wanted. An image it inherits through `<<` or an alias is often right by then: a whole service
 * anchored and merged into others gets its image from the anchor's edit.
 */
interface ServiceEdits {
  readonly direct: TextEdit[];
  readonly fallback?: () => TextEdit[];
}

function editsForService(
  serviceMap: YAMLMap<ParsedNode, ParsedNode | null>,
  serviceData: Data,
  edit: ComposeEdit,
  ctx: Context,
): ServiceEdits {
  const image = findPair(serviceMap, 'image');
  const build = findPair(serviceMap, 'build');
  const removeBuild = edit.removeBuild && serviceData.has('build');
  const entry = `image: ${formatScalar(edit.image, Scalar.PLAIN)}`;
  const flow = serviceMap.flow === true;

  // A whole entry (`image:` with no value, or `build:` giving way to `image:`) becomes `entry`.
  const replaceEntry = (pair: Pair<ParsedNode, ParsedNode | null>): TextEdit => {
    if (!flow) return replaceBlockEntry(pair, entry, ctx);
    const [start, end] = flowPairSpan(ctx.text, pair);
    return { start, end, text: entry };
  };

  const direct: TextEdit[] = [];
  let imageFallback: (() => TextEdit) | undefined;
  const value = image?.pair.value;
  if (image !== undefined && value !== null && value !== undefined && !isEmptyNode(value)) {
    // `image: *name` keeps the anchor's value unless that is not this image by now.
    if (isAlias(value)) imageFallback = () => replaceImageValue(value, edit.image, ctx);
    else direct.push(replaceImageValue(value, edit.image, ctx));
  } else if (image !== undefined) {
    direct.push(replaceEntry(image.pair));
  } else if (removeBuild && build !== undefined) {
    // Only `build:` (or an image inherited through <<): the image takes build's place.
    assertUnshared(build.pair.key, 'its "build" entry', ctx);
    assertUnshared(build.pair.value, 'its "build" entry', ctx);
    return { direct: [replaceEntry(build.pair)] };
  } else {
    imageFallback = () =>
      flow ? insertFlowFirst(serviceMap, entry, ctx) : insertBlockFirst(serviceMap, entry, ctx);
  }

  if (removeBuild && build !== undefined) {
    assertUnshared(build.pair.key, 'its "build" entry', ctx);
    assertUnshared(build.pair.value, 'its "build" entry', ctx);
    direct.push(
      flow ? removeFlowPair(serviceMap, build.index, ctx) : removeBlockEntry(build.pair, ctx),
    );
  }
  const inheritsBuild = removeBuild && build === undefined;
  if (imageFallback === undefined && !inheritsBuild) return { direct };
  return {
    direct,
    fallback: () => {
      if (inheritsBuild) {
        // A merged key cannot be deleted in place: the anchor holds it for every service using it.
        refuse(
          ctx,
          'its "build" comes from a merge key (<<); move "build:" into the service itself',
        );
      }
      return imageFallback ? [imageFallback()] : [];
    },
  };
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
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

/** Whether a service, as read back, has exactly the image and `build:` state an edit asks for. */
function hasEdit(service: unknown, edit: ComposeEdit): boolean {
  return (
    service instanceof Map &&
    service.get('image') === edit.image &&
    !(edit.removeBuild && service.has('build'))
  );
}

/** A service's data with an edit applied: what reading back the pinned file must give. */
function withEdit(service: unknown, edit: ComposeEdit | undefined): unknown {
  if (edit === undefined || !(service instanceof Map)) return service;
  const copy = new Map(service);
  copy.set('image', edit.image);
  if (edit.removeBuild) copy.delete('build');
  return copy;
}

/** How a service read back differs from what it should be, for the refusal. */
function describeChange(expected: unknown, actual: unknown): string {
  if (expected instanceof Map && actual instanceof Map) {
    const want: unknown = expected.get('image');
    const got: unknown = actual.get('image');
    if (want !== got) {
      const text = (v: unknown): string =>
        typeof v === 'string' ? JSON.stringify(v) : describeValue(v, 'yaml');
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
function verifyPinned(
  loaded: Loaded,
  actual: Loaded,
  edits: ReadonlyMap<string, ComposeEdit>,
  file: string,
): void {
  const changed: string[] = [];
  for (const [key, value] of loaded.data) {
    if (key === 'services') continue;
    if (!isDeepStrictEqual(actual.data.get(key), value)) changed.push(`"${String(key)}"`);
  }
  const keys = [...loaded.services.keys()];
  loaded.list.forEach((service, i) => {
    const key = keys[i];
    const expected = withEdit(loaded.services.get(key), edits.get(service.name));
    const after = actual.services.get(key);
    if (isDeepStrictEqual(after, expected)) return;
    changed.push(`service "${service.name}" (${describeChange(expected, after)})`);
  });
  if (changed.length === 0 && isDeepStrictEqual([...actual.data.keys()], [...loaded.data.keys()])) {
    return;
  }
  if (changed.length === 0) {
    fail(`pinning ${file} in place would change more than the pinned images; please report this`);
  }
  fail(
    `cannot pin ${file} in place: the pinned images are written in YAML anchors that other entries reuse, so the edits would also change ${changed.join(', ')}; bind those services to the same images, or write each pinned image in its own service`,
  );
}

function readBack(text: string, file: string): Loaded {
  try {
    return load(text, file);
  } catch (error) {
    return fail(`pinning ${file} in place failed (${errorMessage(error)}); please report this`);
  }
}

/**
 * The compose text with, for each service in `edits`, only its image value replaced (quoting style
 * kept) and, with `removeBuild`, its `build:` entry removed; every other byte is unchanged. An
 * image written in an anchor is edited there when every service using it gets that image. The
 * result is re-read and checked to mean exactly the source plus these changes.
 */
export function pinCompose(
  text: string,
  edits: ReadonlyMap<string, ComposeEdit>,
  file = 'the compose file',
): string {
  const loaded = load(text, file);
  if (edits.size === 0) return text;
  const { doc } = loaded;

  const aliased = new Set<string>();
  visit(doc, {
    Alias(_key, node) {
      aliased.add(node.source);
    },
  });

  const top = doc.contents;
  if (!isMap(top)) return fail(`the top level of ${file} is not a mapping`);
  const servicesPair = findPair(top as YAMLMap<ParsedNode, ParsedNode | null>, 'services');
  const servicesNode = servicesPair?.pair.value;
  if (!isMap(servicesNode)) {
    return fail(
      `"services" in ${file} is not written out as a mapping (an alias or merge key); cannot edit it in place`,
    );
  }
  const servicesMap = servicesNode as YAMLMap<ParsedNode, ParsedNode | null>;

  // Service name → its key in the data (a number for `1:`).
  const keys = [...loaded.services.keys()];
  const byName = new Map(loaded.list.map((s, i) => [s.name, keys[i]]));
  const direct: TextEdit[] = [];
  const pending: { key: unknown; edit: ComposeEdit; fallback: () => TextEdit[] }[] = [];
  for (const [name, edit] of edits) {
    const ctx: Context = { text, file, service: name, aliased };
    if (!byName.has(name)) fail(`service "${name}" not found in ${file}`);
    const key = byName.get(name);
    const serviceData = loaded.services.get(key);
    const found = servicesMap.items.findIndex(
      (p) => isScalar(p.key) && p.key.value !== null && String(p.key.value) === name,
    );
    const serviceNode = servicesMap.items[found]?.value;
    if (isAlias(serviceNode)) {
      // `copy: *app`: right only if editing the anchored mapping gives it this image.
      const fallback = (): never =>
        refuse(
          ctx,
          `it is written as an alias (*${serviceNode.source}) of another mapping, so it cannot get its own image, and editing that mapping does not give it this one`,
        );
      pending.push({ key, edit, fallback });
      continue;
    }
    if (!isMap(serviceNode) || !(serviceData instanceof Map)) {
      return refuse(ctx, 'it is not written out as a mapping under "services"');
    }
    const planned = editsForService(
      serviceNode as YAMLMap<ParsedNode, ParsedNode | null>,
      serviceData,
      edit,
      ctx,
    );
    direct.push(...planned.direct);
    if (planned.fallback) pending.push({ key, edit, fallback: planned.fallback });
  }

  const textEdits = [...direct];
  if (pending.length > 0) {
    const interim = readBack(applyEdits(text, direct), file);
    for (const { key, edit, fallback } of pending) {
      if (!hasEdit(interim.services.get(key), edit)) textEdits.push(...fallback());
    }
  }
  const result = applyEdits(text, textEdits);
  verifyPinned(loaded, readBack(result, file), edits, file);
  return result;
}
