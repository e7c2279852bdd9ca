/**
 * Registry credentials from Docker's client configuration, `$DOCKER_CONFIG/config.json`
 * (default `~/.docker/config.json`): what `docker login` and docker/login-action write.
 *
 * Supported per-registry entries under `auths`: `auth` (base64 `user:password`), `username` and
 * `password`, and `identitytoken` (an OAuth2 refresh token, exchanged at the token endpoint).
 *
 * Not supported: credential helpers (`credsStore`, `credHelpers`). Credentials kept in a helper
 * (Docker Desktop's keychain, `docker-credential-*`) are not read; the store only notes that a
 * helper is configured so an "unauthorized" error can say why. On GitHub-hosted runners
 * docker/login-action writes plain `auths` entries, which is what this reads.
 *
 * Reading never fails: a missing file means no credentials (public images still resolve), and a
 * malformed one gives an empty store with a warning naming the file for the caller to show.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.js';
import { registryDomain } from '../core/reference.js';
import { isRecord } from '../core/values.js';

export interface Credentials {
  readonly username?: string;
  readonly password?: string;
  /** OAuth2 refresh token (`identitytoken`); takes precedence over the password for bearer auth. */
  readonly identityToken?: string;
}

export interface CredentialStore {
  /** Credentials for a registry host (`ghcr.io`, `127.0.0.1:5000`, `docker.io`…), if any. */
  credentialsFor(host: string): Credentials | undefined;
  /** Problems reading the configuration; each names the file. The caller shows them as warnings. */
  readonly warnings: readonly string[];
  /** Set when the configuration names credential helpers, which are not supported. */
  readonly unsupportedHelpers?: string;
  /** The file the credentials came from, for messages; undefined when there was none. */
  readonly source?: string;
}

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
  return { credentialsFor: () => undefined, warnings };
}

/** Builds a store from parsed config.json content; exported for tests and for inline configs. */
export function credentialStoreFrom(config: unknown, source?: string): CredentialStore {
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
  const helpers = helperNames(config);
  return {
    credentialsFor: (host) => byHost.get(normaliseRegistryHost(host)),
    warnings,
    ...(helpers
      ? { unsupportedHelpers: `${where} uses ${helpers}, which release-tracker does not read` }
      : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

/** Reads `$DOCKER_CONFIG/config.json`, or `~/.docker/config.json`. */
export async function loadDockerCredentials(
  env: NodeJS.ProcessEnv = process.env,
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
    if (isErrnoCode(error, 'ENOENT') || isErrnoCode(error, 'ENOTDIR'))
      return emptyCredentialStore();
    return emptyCredentialStore([
      `${file}: cannot read (${errorMessage(error)}); registry credentials ignored`,
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return emptyCredentialStore([
      `${file}: not valid JSON (${errorMessage(error)}); registry credentials ignored`,
    ]);
  }
  return credentialStoreFrom(parsed, file);
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

function helperNames(config: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  const store = config['credsStore'];
  if (typeof store === 'string' && store !== '') parts.push(`credsStore "${store}"`);
  const helpers = config['credHelpers'];
  if (isRecord(helpers) && Object.keys(helpers).length > 0) {
    parts.push(`credHelpers (${Object.keys(helpers).join(', ')})`);
  }
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

function stringField(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function isErrnoCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
