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
import { JsonNumber, JsonSyntaxError, parseJsonPreservingNumbers } from './json-parser.js';
import { canonicalJson, isWellFormedText } from './python-json.js';
import { InputError, errorMessage } from './errors.js';
import { sha256Hex } from './hash.js';
import { describeValue, isRecord, kindOf } from './values.js';

export interface BuildAppComposeOptions {
  /** Parsed app-compose template; its keys are kept exactly, unknown ones included. */
  readonly template?: Record<string, unknown>;
  /** The `app-name` input; an empty string counts as not given (an unset action input is ''). */
  readonly appName?: string;
  /** Name used when neither `appName` nor the template gives one (the repository name). */
  readonly defaultName: string;
  /** The pinned docker-compose text, embedded verbatim. */
  readonly composeText: string;
}

/**
 * The document to hash. With a template: the template's keys, `docker_compose_file` set to the
 * compose text, `name` set from `appName` or else kept, or else `defaultName`; no other key is
 * added (every key is hashed, so an added default would change the compose hash the user
 * expects). Without one: the defaults the README lists, as Phala Cloud writes them.
 */
export function buildAppCompose(options: BuildAppComposeOptions): Record<string, unknown> {
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
  const document: Record<string, unknown> = { ...template };
  setOwn(document, 'docker_compose_file', composeText);
  if (appName !== undefined) setOwn(document, 'name', appName);
  else if (!Object.hasOwn(template, 'name')) setOwn(document, 'name', defaultName);
  return document;
}

function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The canonical bytes (as text) of an app-compose document: what is written, uploaded, hashed. */
export function serializeAppCompose(document: Record<string, unknown>): string {
  return canonicalJson(document);
}

/** SHA-256 (lowercase hex) of the exact bytes; strings are hashed as UTF-8. */
export function composeHash(bytes: string | Uint8Array): string {
  if (typeof bytes === 'string' && !isWellFormedText(bytes)) {
    throw new Error('cannot hash text with a lone surrogate: it has no UTF-8 encoding');
  }
  return sha256Hex(bytes);
}

export interface AppComposeInspection {
  /** SHA-256 of the raw bytes: the compose hash dstack would measure for this file. */
  readonly hash: string;
  /** The bytes parse as JSON and re-serialise, in the canonical layout, to the same bytes. */
  readonly canonical: boolean;
  /** The parsed document, when the bytes are a JSON object. */
  readonly document?: Record<string, unknown>;
  /** Why there is no document. */
  readonly error?: string;
}

/** Hash and layout of any app-compose file, valid or not; never throws for bad content. */
export function inspectAppCompose(bytes: Uint8Array): AppComposeInspection {
  const hash = composeHash(bytes);
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text, so the parser reports it instead of hiding it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { hash, canonical: false, error: 'not valid UTF-8' };
  }
  let value: unknown;
  try {
    value = parseJsonPreservingNumbers(text);
  } catch (error) {
    return { hash, canonical: false, error: `not valid JSON: ${errorMessage(error)}` };
  }
  let canonical = false;
  try {
    canonical = sameBytes(new TextEncoder().encode(canonicalJson(value)), bytes);
  } catch {
    // A value the layout cannot express (e.g. a float out of range) is not canonical.
  }
  if (!isRecord(value)) return { hash, canonical, error: 'not a JSON object' };
  return { hash, canonical, document: value };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
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
export function parseAppComposeTemplate(
  text: string,
  input = 'app-compose-template',
  file?: string,
): Record<string, unknown> {
  const named = file === undefined ? '' : `${file} is `;
  let value: unknown;
  try {
    value = parseJsonPreservingNumbers(text);
  } catch (error) {
    const detail = error instanceof JsonSyntaxError ? error.message : errorMessage(error);
    throw new InputError(input, `${named}not valid JSON: ${detail}`);
  }
  if (!isRecord(value)) {
    const subject = file === undefined ? '' : `${file} `;
    throw new InputError(input, `${subject}must be a JSON object, not ${kindOf(value)}`);
  }
  for (const key of ENV_VALUE_KEYS) {
    if (Object.hasOwn(value, key)) {
      throw new InputError(
        input,
        `"${key}" would publish environment values in the hashed app-compose document; ` +
          'list the variable names in allowed_envs and pass the values as dstack encrypted env',
      );
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
export function validateAppCompose(document: unknown, input = 'app-compose-template'): void {
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

/** One document under check: its own keys, and the one way a check fails (naming the input). */
interface Fields {
  has(key: string): boolean;
  get(key: string): unknown;
  // Typed as a property so that TypeScript narrows after `if (…) fail(…)`.
  readonly fail: (message: string) => never;
}

function checkAppCompose(document: unknown, input: string, isTemplate: boolean): void {
  const fail: (message: string) => never = (message) => {
    throw new InputError(input, message);
  };
  if (!isRecord(document)) return fail(`must be a JSON object, not ${describeValue(document)}`);
  const has = (key: string): boolean => Object.hasOwn(document, key);
  const doc: Fields = { has, get: (key) => (has(key) ? document[key] : undefined), fail };

  const manifestVersion = checkManifestVersion(
    doc.get('manifest_version'),
    has('manifest_version'),
    fail,
  );
  if (has('name') || !isTemplate) {
    if (!has('name')) fail('name is missing (dstack requires the app name)');
    if (typeof doc.get('name') !== 'string')
      fail(`name must be a string, not ${describeValue(doc.get('name'))}`);
  }
  checkRunner(doc, manifestVersion, isTemplate);
  for (const key of BOOLEAN_FIELDS) {
    if (has(key) && typeof doc.get(key) !== 'boolean') {
      fail(`${key} must be true or false, not ${describeValue(doc.get(key))}`);
    }
  }
  checkLists(doc);
  const keyProvider = doc.get('key_provider');
  if (keyProvider !== undefined && keyProvider !== null) {
    if (typeof keyProvider !== 'string' || !KEY_PROVIDERS.includes(keyProvider)) {
      fail(
        `key_provider ${describeValue(keyProvider)} is not one of ${KEY_PROVIDERS.map((k) => `"${k}"`).join(', ')}`,
      );
    }
  }
  if (has('key_provider_id') && typeof doc.get('key_provider_id') !== 'string') {
    fail(`key_provider_id must be a hex string, not ${describeValue(doc.get('key_provider_id'))}`);
  }
}

/** The runner, and what it needs: a snapshotter only for nerdctl, a compose file or a script. */
function checkRunner(doc: Fields, manifestVersion: number, isTemplate: boolean): void {
  const runner = doc.get('runner');
  if (!doc.has('runner')) {
    doc.fail(
      `runner is missing; dstack requires one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`,
    );
  }
  if (typeof runner !== 'string' || !RUNNERS.includes(runner)) {
    doc.fail(
      `runner ${describeValue(runner)} is not supported by dstack; use one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`,
    );
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
      doc.fail(
        `snapshotter ${describeValue(snapshotter)} is not one of ${SNAPSHOTTERS.map((s) => `"${s}"`).join(', ')}`,
      );
    }
  }
  // The template's docker_compose_file is replaced by the pinned compose text, so only check it
  // in a finished document.
  if (!isTemplate) {
    const compose = doc.get('docker_compose_file');
    if (COMPOSE_RUNNERS.includes(runner) && typeof compose !== 'string') {
      doc.fail(
        `docker_compose_file must be a string for runner "${runner}", not ${describeValue(compose)}`,
      );
    }
    if (compose !== undefined && compose !== null && typeof compose !== 'string') {
      doc.fail(`docker_compose_file must be a string, not ${describeValue(compose)}`);
    }
  }
  if (runner === 'bash' && typeof doc.get('bash_script') !== 'string') {
    doc.fail(
      `bash_script must be a string for runner "bash", not ${describeValue(doc.get('bash_script'))}`,
    );
  }
}

/** `allowed_envs` (names dstack accepts) and `features` (strings), when present. */
function checkLists(doc: Fields): void {
  if (doc.has('allowed_envs')) {
    const envs = doc.get('allowed_envs');
    if (!Array.isArray(envs))
      doc.fail(`allowed_envs must be an array of variable names, not ${describeValue(envs)}`);
    envs.forEach((name: unknown, i) => {
      if (typeof name !== 'string')
        doc.fail(`allowed_envs[${i}] must be a string, not ${describeValue(name)}`);
      if (!ENV_NAME.test(name)) {
        doc.fail(
          `allowed_envs[${i}] ${JSON.stringify(name)} is not a valid environment variable name`,
        );
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
      doc.fail(`features must be an array of strings, not ${describeValue(features)}`);
    features.forEach((feature: unknown, i) => {
      if (typeof feature !== 'string')
        doc.fail(`features[${i}] must be a string, not ${describeValue(feature)}`);
    });
  }
}

/**
 * dstack reads `manifest_version` as the legacy numbers 1 or 2, or a canonical positive integer
 * string ("3"); newer versions must be strings so that older guests refuse them.
 * Returns the version as a number.
 */
function checkManifestVersion(
  value: unknown,
  present: boolean,
  fail: (m: string) => never,
): number {
  const rule = 'must be 1 or 2, or a positive integer string such as "3"';
  if (!present) return fail(`manifest_version is missing (dstack requires it; use 2)`);
  if (value instanceof JsonNumber || typeof value === 'number') {
    const text = String(value);
    if ((text === '1' || text === '2') && (typeof value === 'number' || value.isInteger)) {
      return Number(text);
    }
    return fail(`manifest_version ${text} ${rule}`);
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^[1-9]\d*$/.test(trimmed) && Number(trimmed) <= 0xffffffff) return Number(trimmed);
    return fail(`manifest_version ${JSON.stringify(value)} ${rule}`);
  }
  return fail(`manifest_version ${rule}, not ${describeValue(value)}`);
}
