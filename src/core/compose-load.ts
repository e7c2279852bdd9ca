/**
 * Reads a Docker Compose file's text as Compose's loader accepts it: one YAML document, without the
 * characters go-yaml refuses, within Compose's alias limits, whose top level is a mapping with a
 * non-empty `services` mapping of mappings named as Compose names services. Messages say where the
 * file is wrong, never what it holds: the text may be any file a path or a symlink names.
 */
import {
  isAlias,
  isMap,
  isScalar,
  parseDocument,
  type Document,
  type ErrorCode,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import { InputError } from './errors.js';
import { ACTION_NAMES } from './input-names.js';
import { MAX_INPUT_BYTES } from './limits.js';
import { positionAt } from './text-position.js';
import { describeValue } from './values.js';
import { checkAliasExpansion } from './yaml-alias-limit.js';

/** The input every compose-file error names (the CLI restates it as its flag). */
export const COMPOSE_INPUT = ACTION_NAMES.compose;

export function composeError(message: string): never {
  throw new InputError(COMPOSE_INPUT, message);
}

/** Service names as Compose accepts them. */
export const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export type ComposeData = Map<unknown, unknown>;

/** One service as written: its name, its key in the data (a number for `1:`), its settings. */
export interface ComposeEntry {
  readonly name: string;
  readonly key: unknown;
  readonly data: ComposeData;
}

export interface LoadedCompose {
  readonly text: string;
  readonly file: string;
  readonly doc: Document.Parsed;
  /** The whole document as data: maps as `Map`, merge keys applied. */
  readonly data: ComposeData;
  readonly services: ComposeData;
  /** The services in file order. */
  readonly entries: readonly ComposeEntry[];
}

// Compose (compose-go, on go-yaml v3) honours `<<` merge keys, so they are resolved here too.
const PARSE_OPTIONS = { merge: true, uniqueKeys: true, prettyErrors: false } as const;

/** What each YAML error means, in words that quote nothing of the text. */
const YAML_ERRORS: Readonly<Record<ErrorCode, string>> = {
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

function at(text: string, offset: number): string {
  const { line, column } = positionAt(text, offset);
  return `line ${line}, column ${column}`;
}

function checkCharacters(text: string, file: string): void {
  const bad = NOT_YAML.exec(text);
  if (bad === null) return;
  const code = bad[0].codePointAt(0) ?? 0;
  const what =
    code === 0
      ? 'a NUL byte'
      : `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  composeError(
    `${file} holds ${what} at ${at(text, bad.index)}, which YAML does not allow (Docker Compose refuses the file)`,
  );
}

function parse(text: string, file: string): Document.Parsed {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch {
    return composeError(`${file} is not valid YAML`);
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    composeError(
      `${file} is not valid YAML at ${at(text, error.pos[0])}: ${YAML_ERRORS[error.code]}`,
    );
  }
  return doc;
}

function serviceName(key: unknown, file: string): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') {
    return String(key);
  }
  return composeError(
    `services in ${file} must be named by plain strings; found ${describeValue(key, 'yaml')}`,
  );
}

/**
 * The pair a path of keys leads to through the written mappings (aliases followed), or undefined
 * where a merge key or anything else stands in the way.
 */
export function pairAt(doc: Document.Parsed, path: readonly unknown[]): Pair | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (!isMap(node)) return undefined;
    pair = node.items.find(
      (p) => isScalar(p.key) && p.key.value !== null && String(p.key.value) === String(key),
    );
    if (pair === undefined) return undefined;
    node = pair.value;
  }
  return pair;
}

/**
 * The line where the key at the end of `path` is written, else where the nearest key before it
 * is (an entry merged from an anchor has no line of its own in the service).
 */
export function lineOf(loaded: LoadedCompose, path: readonly unknown[]): number {
  for (let n = path.length; n > 0; n--) {
    const key = pairAt(loaded.doc, path.slice(0, n))?.key as YamlNode | undefined;
    if (key?.range) return positionAt(loaded.text, key.range[0]).line;
  }
  return 1;
}

/** Parses and validates; everything that reads a compose file starts from here. */
export function loadCompose(text: string, file: string): LoadedCompose {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INPUT_BYTES) {
    composeError(
      `${file} is ${bytes} bytes; compose files over ${MAX_INPUT_BYTES} bytes are refused`,
    );
  }
  checkCharacters(text, file);
  const doc = parse(text, file);
  if (doc.contents === null) composeError(`${file} is empty; it needs a "services" mapping`);

  checkAliasExpansion(doc.contents, (reason, node) =>
    node?.range
      ? composeError(`${file} is not valid YAML at ${at(text, node.range[0])}: ${reason}`)
      : composeError(`${file} is refused: ${reason}`),
  );
  let data: unknown;
  try {
    // Expansion was judged above, by size, as Docker Compose judges it.
    data = doc.toJS({ maxAliasCount: -1, mapAsMap: true });
  } catch {
    composeError(`${file} cannot be read as YAML data`);
  }
  if (!(data instanceof Map)) {
    return composeError(
      `the top level of ${file} is ${describeValue(data, 'yaml')}, not a mapping`,
    );
  }
  const services: unknown = data.get('services');
  if (!data.has('services')) composeError(`${file} has no "services" mapping`);
  if (!(services instanceof Map)) {
    return composeError(
      `"services" in ${file} is ${describeValue(services, 'yaml')}, not a mapping`,
    );
  }
  if (services.size === 0) composeError(`"services" in ${file} is empty`);

  const loaded = { text, file, doc, data, services, entries: [] as ComposeEntry[] };
  const seen = new Set<string>();
  for (const [key, value] of services) {
    const name = serviceName(key, file);
    if (!SERVICE_NAME.test(name)) {
      // The name itself is not repeated: it may hold line breaks, Markdown or HTML.
      composeError(
        `the service named at line ${lineOf(loaded, ['services', key])} of ${file} is not a Compose service name (letters, digits, "_", "." and "-", starting with a letter or digit); Docker Compose refuses it`,
      );
    }
    if (seen.has(name)) composeError(`service "${name}" appears twice in ${file}`);
    seen.add(name);
    if (!(value instanceof Map)) {
      composeError(
        `service "${name}" in ${file} is ${describeValue(value, 'yaml')}, not a mapping`,
      );
    }
    loaded.entries.push({ name, key, data: value });
  }
  return loaded;
}
