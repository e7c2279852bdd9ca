/**
 * How registry look-ups fail: one error type whose message names the image (and the registry where
 * it helps), and what a registry said about a failure — the OCI `errors[]` array of its answer
 * (`code`, `message`) — made safe to quote. Credentials and tokens never appear in a message.
 */
import { remoteText } from '../core/remote-text.js';
import { isRecord } from '../core/values.js';
import type { CredentialStore } from './docker-config.js';

export type RegistryErrorKind =
  | 'unauthorized'
  | 'not-found'
  | 'unreachable'
  | 'protocol'
  /** The registry's credential helper failed. */
  | 'credentials';

/** A failed look-up; the message names the image reference (and the registry where it helps). */
export class RegistryError extends Error {
  override name = 'RegistryError';
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    /** The reference looked up, as shown in the message. */
    readonly image: string,
  ) {
    super(message);
  }
}

/** What a message says about the look-up that failed. */
export interface LookupContext {
  /** The reference as shown in messages: the name as written, with tag and/or digest. */
  readonly image: string;
  /** The registry as the user names it, e.g. `docker.io`. */
  readonly registry: string;
}

/** One answer of a registry or token endpoint, its body read within its byte limit. */
export interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Buffer;
}

/** Most `errors[]` entries quoted, and the most characters of each code and message. */
const MAX_ENTRIES = 3;
const MAX_CODE = 40;
const MAX_MESSAGE = 200;

/**
 * The OCI error body of an answer (`{"errors": [{"code", "message", "detail"}]}`) as
 * `CODE: message; CODE: message`, the strings bounded and stripped of control characters;
 * undefined when the body holds no such array. `detail` is left out: it is free-form JSON.
 */
export function registryErrorDetail(body: Buffer): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(doc) || !Array.isArray(doc['errors'])) return undefined;
  const entries = doc['errors'].filter(isRecord);
  const shown = entries.slice(0, MAX_ENTRIES).flatMap((entry) => {
    const code = typeof entry['code'] === 'string' ? remoteText(entry['code'], MAX_CODE) : '';
    const message =
      typeof entry['message'] === 'string' ? remoteText(entry['message'], MAX_MESSAGE) : '';
    const text = code && message ? `${code}: ${message}` : code || message;
    return text ? [text] : [];
  });
  if (shown.length === 0) return undefined;
  const more = entries.length - Math.min(entries.length, MAX_ENTRIES);
  return `${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/** `HTTP 400 Bad Request`, and what the registry said about it when its body says. */
export function describeStatus(answer: Answer): string {
  const reason = remoteText(answer.statusText, 60);
  const detail = registryErrorDetail(answer.body);
  return `HTTP ${answer.status}${reason ? ` ${reason}` : ''}${detail ? `: ${detail}` : ''}`;
}

export function unreachable(ctx: LookupContext, cause: string): RegistryError {
  return new RegistryError(
    'unreachable',
    `${ctx.registry} unreachable for ${ctx.image}: ${cause}`,
    ctx.image,
  );
}

export function protocolError(ctx: LookupContext, message: string): RegistryError {
  return new RegistryError('protocol', message, ctx.image);
}

export function notFound(ctx: LookupContext): RegistryError {
  return new RegistryError('not-found', `not found: ${ctx.image} in ${ctx.registry}`, ctx.image);
}

export function unauthorized(
  ctx: LookupContext,
  credentials: CredentialStore | undefined,
): RegistryError {
  const helper = credentials?.helperFor(ctx.registry);
  const hint = helper
    ? `credentials for ${ctx.registry} come from ${helper}: check its login`
    : 'log in with docker/login-action or check DOCKER_CONFIG';
  return new RegistryError('unauthorized', `unauthorized: ${ctx.image} (${hint})`, ctx.image);
}
