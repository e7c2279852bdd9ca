/**
 * Docker credential helpers (README, "Decisions…", Credentials): `docker-credential-<name> get`,
 * the registry's server URL on stdin, `{"ServerURL", "Username", "Secret"}` on stdout, as
 * docker/docker-credential-helpers' client runs them. A helper that holds nothing for the server
 * prints "credentials not found in native keychain" and exits non-zero: that is no credentials, not
 * a failure. Username `<token>` means Secret is an identity token (an OAuth2 refresh token).
 *
 * Run with node:child_process rather than @actions/exec (README, "Dependencies"): a helper that
 * does not answer in time is killed, and one that exits without reading stdin is only a failed
 * helper. The output is captured, never echoed, and an answer that is not valid credentials is
 * described, not quoted, since it could hold the secret.
 */
import { spawn } from 'node:child_process';
import { isRecord } from '../core/values.js';
import { CREDENTIAL_HELPER_TIMEOUT_MS } from '../core/time-limits.js';
import type { Credentials } from './docker-config.js';

/** What every helper prints when it has no credentials for the server (docker-credential-helpers). */
const NOT_FOUND = 'credentials not found in native keychain';
/** The Username that marks Secret as an identity token rather than a password. */
const TOKEN_USERNAME = '<token>';
/** An answer is a small JSON object; more output than this is not one. */
const MAX_OUTPUT_BYTES = 1024 * 1024;
/** A failing helper's message is shown up to this length. */
const MAX_SHOWN_OUTPUT = 300;

/** A helper could not give credentials; the message names the helper and the registry. */
export class CredentialHelperError extends Error {
  override name = 'CredentialHelperError';
}

export interface HelperRequest {
  /** The part after `docker-credential-`, as config.json names it. */
  readonly helper: string;
  /** What the helper is asked for: the registry host, or Docker Hub's `https://index.docker.io/v1/`. */
  readonly serverUrl: string;
  /** The registry as messages name it, e.g. `docker.io`. */
  readonly registry: string;
  /** Where the helper is configured, e.g. `credsStore in /home/u/.docker/config.json`. */
  readonly configuredIn: string;
  readonly timeoutMs?: number;
}

/** Runs `docker-credential-<helper> get`; undefined when the helper holds nothing for the server. */
export async function getHelperCredentials(
  request: HelperRequest,
): Promise<Credentials | undefined> {
  const program = `docker-credential-${request.helper}`;
  const fail = (why: string): CredentialHelperError =>
    new CredentialHelperError(
      `cannot get credentials for ${request.registry} from ${program} (${request.configuredIn}): ${why}`,
    );
  const result = await runHelper(
    program,
    request.serverUrl,
    request.timeoutMs ?? CREDENTIAL_HELPER_TIMEOUT_MS,
  );
  if (result.kind === 'failed') throw fail(result.why);
  if (result.code !== 0) {
    // Helpers report on stdout (Docker reads only stdout); some also write to stderr.
    if (result.stdout.trim() === NOT_FOUND) return undefined;
    const said = shownOutput(result.stdout) ?? shownOutput(result.stderr);
    const status = result.code === null ? 'it was killed' : `it exited with code ${result.code}`;
    throw fail(`${status}${said ? `: ${said}` : ''}`);
  }
  return parseAnswer(result.stdout, fail);
}

type HelperRun =
  | {
      readonly kind: 'exited';
      readonly code: number | null;
      readonly stdout: string;
      readonly stderr: string;
    }
  | { readonly kind: 'failed'; readonly why: string };

/** One run of `program get`, the server URL on stdin; killed when it outlives `timeoutMs`. */
function runHelper(program: string, serverUrl: string, timeoutMs: number): Promise<HelperRun> {
  return new Promise((resolve) => {
    const child = spawn(program, ['get'], { stdio: 'pipe', windowsHide: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (run: HelperRun): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    // Ends the helper and lets go of its pipes, so nothing it left running keeps this process.
    const stop = (why: string): void => {
      child.kill('SIGKILL');
      child.stdout.destroy();
      child.stderr.destroy();
      finish({ kind: 'failed', why });
    };
    const timer = setTimeout(() => stop(`no answer within ${timeoutMs / 1000}s`), timeoutMs);
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_OUTPUT_BYTES) stop(`it printed more than ${MAX_OUTPUT_BYTES} bytes`);
      else into.push(chunk);
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    child.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        kind: 'failed',
        why: error.code === 'ENOENT' ? 'it is not on PATH' : error.message,
      }),
    );
    child.on('close', (code) =>
      finish({
        kind: 'exited',
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    // A helper may exit without reading its input (EPIPE): what it printed and its exit code tell.
    child.stdin.on('error', () => undefined);
    child.stdin.end(serverUrl);
  });
}

/** The helper's JSON answer. Keys match case-insensitively, as Go's encoding/json decodes them. */
function parseAnswer(
  stdout: string,
  fail: (why: string) => CredentialHelperError,
): Credentials | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    parsed = undefined;
  }
  const wrong = (): CredentialHelperError =>
    fail('its answer is not the JSON object {"ServerURL", "Username", "Secret"} Docker expects');
  if (!isRecord(parsed)) throw wrong();
  const doc = parsed;
  const field = (name: string): string | undefined => {
    const key = Object.keys(doc).find((k) => k.toLowerCase() === name.toLowerCase());
    const value = key === undefined ? undefined : doc[key];
    if (value !== undefined && value !== null && typeof value !== 'string') throw wrong();
    return value === null ? undefined : value;
  };
  const username = field('Username') ?? '';
  const secret = field('Secret') ?? '';
  if (secret === '') return undefined;
  if (username === TOKEN_USERNAME) return { identityToken: secret };
  return username === '' ? undefined : { username, password: secret };
}

/**
 * A failing helper's message, one line and bounded; nothing when it looks like JSON, which could be
 * credentials printed by a helper that then failed.
 */
function shownOutput(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('{')) return undefined;
  const line = trimmed.split(/\r?\n/).join(' ');
  return line.length > MAX_SHOWN_OUTPUT ? `${line.slice(0, MAX_SHOWN_OUTPUT)}…` : line;
}
