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
import { jsonSyntaxProblem } from '../core/json-parser.js';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { errorCode, errorMessage } from '../core/errors.js';
import { registryDomain } from '../core/reference.js';
import { isRecord } from '../core/values.js';
import { getHelperCredentials } from './credential-helper.js';

export interface Credentials {
  readonly username?: string;
  readonly password?: string;
  /** OAuth2 refresh token (`identitytoken`); takes precedence over the password for bearer auth. */
  readonly identityToken?: string;
}

export interface CredentialStore {
  /**
   * Credentials for a registry host (`ghcr.io`, `127.0.0.1:5000`, `docker.io`…), if any. Rejects
   * with a CredentialHelperError, naming helper and registry, when the registry's helper fails.
   */
  credentialsFor(host: string): Promise<Credentials | undefined>;
  /** The credential helper a registry's credentials come from (`docker-credential-ecr-login`). */
  helperFor(host: string): string | undefined;
  /** Problems reading the configuration; each names the file. The caller shows them as warnings. */
  readonly warnings: readonly string[];
  /** The file the credentials came from, for messages; undefined when there was none. */
  readonly source?: string;
}

export interface CredentialStoreOptions {
  /** Called with each secret a helper returns, before it is used (the action masks it). */
  readonly onSecret?: (secret: string) => void;
  /** How long a helper may take; default CREDENTIAL_HELPER_TIMEOUT_MS. */
  readonly helperTimeoutMs?: number;
}

/** The key Docker stores Docker Hub's credentials under, and asks helpers for. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

/** A config.json is a few KB; anything this large is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The host part of a key as Docker writes it: `https://ghcr.io`, `ghcr.io`, and for Docker Hub
 * `https://index.docker.io/v1/` (what `docker login` stores), all as `docker.io`.
 */
function normaliseRegistryHost(key: string): string {
  let host = key.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const slash = host.indexOf('/');
  if (slash >= 0) host = host.slice(0, slash);
  return registryDomain(host);
}

/** A store with no credentials, e.g. for tests or `--offline`. */
function emptyCredentialStore(warnings: readonly string[] = []): CredentialStore {
  return {
    credentialsFor: () => Promise.resolve(undefined),
    helperFor: () => undefined,
    warnings,
  };
}

/** Builds a store from parsed config.json content; exported for tests and for inline configs. */
export function credentialStoreFrom(
  config: unknown,
  source?: string,
  options: CredentialStoreOptions = {},
): CredentialStore {
  const where = source ?? 'docker config';
  if (!isRecord(config)) {
    return emptyCredentialStore([`${where}: not a JSON object; registry credentials ignored`]);
  }
  const warnings: string[] = [];
  const byHost = new Map<string, Credentials>();
  const auths = config['auths'];
  if (auths !== undefined && !isRecord(auths)) {
    warnings.push(`${where}: "auths" is not an object; registry credentials ignored`);
  } else if (auths !== undefined) {
    for (const [key, entry] of Object.entries(auths)) {
      const creds = parseEntry(entry);
      if (creds === undefined) continue;
      const host = normaliseRegistryHost(key);
      // Several keys may name one host (`docker.io` and `https://index.docker.io/v1/`): the
      // first complete entry wins, as Docker's own lookup prefers the canonical key.
      const existing = byHost.get(host);
      if (existing === undefined || !hasSecret(existing)) byHost.set(host, creds);
    }
  }
  const helpers = readHelpers(config, where, warnings);
  const asked = new Map<string, Promise<Credentials | undefined>>();

  const helperOf = (host: string): { name: string; key: string; from: string } | undefined => {
    const domain = normaliseRegistryHost(host);
    const key = domain === 'docker.io' ? DOCKER_HUB_KEY : domain;
    const own = helpers.perRegistry.get(key);
    if (own !== undefined) return own === '' ? undefined : { name: own, key, from: 'credHelpers' };
    return helpers.store ? { name: helpers.store, key, from: 'credsStore' } : undefined;
  };

  return {
    credentialsFor: (host) => {
      const helper = helperOf(host);
      if (helper === undefined) return Promise.resolve(byHost.get(normaliseRegistryHost(host)));
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
          if (secret !== undefined) options.onSecret?.(secret);
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
export async function loadDockerCredentials(
  env: NodeJS.ProcessEnv = process.env,
  options: CredentialStoreOptions = {},
): Promise<CredentialStore> {
  const dir =
    env['DOCKER_CONFIG'] || join(env['HOME'] || env['USERPROFILE'] || homedir(), '.docker');
  const file = join(dir, 'config.json');
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_CONFIG_BYTES) {
      return emptyCredentialStore([
        `${file}: ${bytes.length} bytes is too large for a Docker config; registry credentials ignored`,
      ]);
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
      return emptyCredentialStore();
    return emptyCredentialStore([
      `${file}: cannot read (${errorMessage(error)}); registry credentials ignored`,
    ]);
  }
  const json = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return emptyCredentialStore([
      `${file}: not valid JSON (${jsonSyntaxProblem(json)}); registry credentials ignored`,
    ]);
  }
  return credentialStoreFrom(parsed, file, options);
}

function parseEntry(entry: unknown): Credentials | undefined {
  if (!isRecord(entry)) return undefined;
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
  const creds: Credentials = {
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    ...(identityToken ? { identityToken } : {}),
  };
  return hasSecret(creds) ? creds : undefined;
}

const hasSecret = (c: Credentials): boolean =>
  (c.username !== undefined && c.password !== undefined) || c.identityToken !== undefined;

/** `credsStore` and `credHelpers`; entries that are not names are left out with a warning. */
function readHelpers(
  config: Record<string, unknown>,
  where: string,
  warnings: string[],
): { store: string | undefined; perRegistry: Map<string, string> } {
  const store = config['credsStore'];
  if (store !== undefined && typeof store !== 'string') {
    warnings.push(`${where}: "credsStore" is not a string; ignored`);
  }
  const perRegistry = new Map<string, string>();
  const helpers = config['credHelpers'];
  if (helpers !== undefined && !isRecord(helpers)) {
    warnings.push(`${where}: "credHelpers" is not an object; ignored`);
  } else if (helpers !== undefined) {
    for (const [registry, name] of Object.entries(helpers)) {
      if (typeof name === 'string') perRegistry.set(registry, name);
      else warnings.push(`${where}: credHelpers["${registry}"] is not a string; ignored`);
    }
  }
  return { store: typeof store === 'string' && store !== '' ? store : undefined, perRegistry };
}

function stringField(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}
