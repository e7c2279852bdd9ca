/**
 * OCI Distribution client for digest resolution (the registry, last in the README's "Where digests
 * come from"): `HEAD` a manifest by tag with the
 * four manifest and index media types in `Accept`, read `Docker-Content-Digest` (or `GET` and hash
 * the body when the registry leaves it out), and, for an index, list per-platform manifest digests.
 *
 * Transport follows Docker: `docker.io` is served by `registry-1.docker.io`; plain HTTP for
 * `localhost`, `127.0.0.0/8` and `::1`; HTTPS elsewhere. Authentication answers the registry's
 * `WWW-Authenticate` challenge: `Bearer` (token endpoint, one token per host and scope, shared by
 * concurrent look-ups) or `Basic`. Credentials and tokens are never logged or put in messages.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createLimiter, type Limiter } from '../core/concurrency.js';
import { errorCode, errorMessage } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { isSha256Digest, withTag } from '../core/reference.js';
import { REGISTRY_JITTER, REGISTRY_LIMITS } from '../core/time-limits.js';
import type { ImageRef, PlatformDigest, ResolvedManifest } from '../core/types.js';
import { isRecord } from '../core/values.js';
import { isLoopbackHost } from '../http/hosts.js';
import { parseChallenge, type AuthChallenge } from './challenge.js';
import { CredentialHelperError } from './credential-helper.js';
import type { CredentialStore, Credentials } from './docker-config.js';
import {
  contentType,
  INDEX_TYPES,
  MANIFEST_ACCEPT,
  mediaTypeOf,
  platformsFromIndex,
  SINGLE_TYPES,
} from './manifest.js';

/** Registries refuse manifests over 4 MiB; a bigger answer is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** A token response is a small JSON document. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** Docker's token spec: without `expires_in` a token lives 60 s. Renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const TOKEN_EXPIRY_MARGIN_MS = 5_000;

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

/** One HTTP attempt, reported after it completes; no headers, so no secrets. */
export interface RegistryRequestInfo {
  readonly purpose: 'manifest' | 'token';
  readonly method: string;
  /** Without query string for token requests. */
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry… */
  readonly attempt: number;
  readonly status?: number;
  /** Why the attempt got no answer (network error, timeout). */
  readonly error?: string;
  readonly durationMs: number;
}

export interface RegistryClientOptions {
  readonly credentials?: CredentialStore;
  /** Per request, including reading the body. Default 20 s (README: Decisions, time limits). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt, on 5xx, 429 and network errors. Default 2. */
  readonly retries?: number;
  /** First backoff delay, doubled on each retry. Default 500 ms. */
  readonly retryDelayMs?: number;
  /** Longest wait before a retry; a `Retry-After` beyond it ends the retries. Default 30 s. */
  readonly maxRetryDelayMs?: number;
  /** Look-ups running at once. Default 8. */
  readonly concurrency?: number;
  readonly userAgent?: string;
  readonly onRequest?: (info: RegistryRequestInfo) => void;
  /**
   * Problems that do not fail a look-up: the platform list of an index that could not be read
   * after its digest was resolved (the pin never depends on it).
   */
  readonly onWarning?: (message: string) => void;
}

/** The reference as shown in messages: the name as written, with tag and/or digest. */
function displayRef(ref: ImageRef): string {
  return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** The host that serves a registry domain: Docker Hub's API lives on `registry-1.docker.io`. */
function registryHost(domain: string): string {
  return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}

interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Buffer;
}

interface LookupContext {
  readonly image: string;
  /** The registry as the user names it, e.g. `docker.io`. */
  readonly registry: string;
}

interface TokenEntry {
  readonly promise: Promise<string>;
  /** The Authorization value, once the token arrived. */
  value?: string;
  expiresAt?: number;
}

export class RegistryClient {
  private readonly credentials: CredentialStore | undefined;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly userAgent: string;
  private readonly onRequest: ((info: RegistryRequestInfo) => void) | undefined;
  private readonly onWarning: ((message: string) => void) | undefined;
  private readonly limit: Limiter;
  /** The last challenge each host sent, so later look-ups authenticate up front. */
  private readonly challenges = new Map<string, AuthChallenge>();
  /** Bearer tokens by host, realm, service and scope; the promise is shared by concurrent look-ups. */
  private readonly tokens = new Map<string, TokenEntry>();
  /**
   * Hosts that let every attempt of a request time out, with why: asked no more in this run, so
   * look-ups queued behind a stalled registry fail at once instead of each waiting it out.
   */
  private readonly silentHosts = new Map<string, string>();

  constructor(options: RegistryClientOptions = {}) {
    this.credentials = options.credentials;
    this.timeoutMs = options.timeoutMs ?? REGISTRY_LIMITS.timeoutMs;
    this.retries = Math.max(0, options.retries ?? REGISTRY_LIMITS.retries);
    this.retryDelayMs = options.retryDelayMs ?? REGISTRY_LIMITS.retryBaseMs;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
    this.userAgent = options.userAgent ?? 'release-tracker';
    this.onRequest = options.onRequest;
    this.onWarning = options.onWarning;
    this.limit = createLimiter(options.concurrency ?? 8);
  }

  /**
   * The digest a reference names now, with its media type and (for an index) platforms. A
   * reference that carries a digest is confirmed by fetching that digest: the digest is the pin.
   */
  resolve(ref: ImageRef): Promise<ResolvedManifest> {
    return this.limit(() => this.resolveNow(ref));
  }

  /** What the registry serves under the reference's tag, or undefined when it has no such tag (or repository). */
  async findTag(ref: ImageRef): Promise<ResolvedManifest | undefined> {
    try {
      return await this.resolve(ref.digest === undefined ? ref : withTag(ref, ref.tag));
    } catch (error) {
      if (error instanceof RegistryError && error.kind === 'not-found') return undefined;
      throw error;
    }
  }

  /** Platforms of a known digest (from buildx metadata or the reference); `[]` for a single manifest. */
  async platformsOf(ref: ImageRef, digest: string): Promise<PlatformDigest[]> {
    const manifest = await this.limit(() =>
      this.fetchByDigest(ref, digest, contextOf({ ...ref, digest })),
    );
    return [...manifest.platforms];
  }

  private async resolveNow(ref: ImageRef): Promise<ResolvedManifest> {
    if (ref.digest !== undefined) return this.fetchByDigest(ref, ref.digest, contextOf(ref));

    // No tag means `latest`, as for `docker pull`; say so in messages.
    const tag = ref.tag ?? 'latest';
    const ctx = contextOf({ ...ref, tag });
    const head = await this.manifestRequest(ref, 'HEAD', tag, ctx, [405, 501]);
    const headerDigest = head.headers.get('docker-content-digest')?.trim();
    if (head.status >= 400 || headerDigest === undefined || !isSha256Digest(headerDigest)) {
      // No usable digest header (or no HEAD support): the digest is the hash of the exact bytes.
      const got = await this.manifestRequest(ref, 'GET', tag, ctx);
      return describeManifest(got, sha256(got.body), ctx);
    }

    const mediaType = contentType(head.headers);
    if (SINGLE_TYPES.has(mediaType)) return { digest: headerDigest, mediaType, platforms: [] };
    // An index (or a type the header did not say): read it by digest, never by tag, so the
    // platforms belong to the digest just resolved even if the tag moves meanwhile.
    try {
      const manifest = await this.fetchByDigest(ref, headerDigest, {
        ...ctx,
        image: `${ctx.image}@${headerDigest}`,
      });
      return { ...manifest, digest: headerDigest };
    } catch (error) {
      this.onWarning?.(`platforms of ${ctx.image} unknown: ${errorMessage(error)}`);
      return {
        digest: headerDigest,
        mediaType: mediaType || 'application/octet-stream',
        platforms: [],
      };
    }
  }

  /** GETs a manifest by digest and checks that its bytes hash to that digest. */
  private async fetchByDigest(
    ref: ImageRef,
    digest: string,
    ctx: LookupContext,
  ): Promise<ResolvedManifest> {
    if (!isSha256Digest(digest)) {
      throw new RegistryError(
        'protocol',
        `${ctx.image}: "${digest}" is not a sha256 digest`,
        ctx.image,
      );
    }
    const got = await this.manifestRequest(ref, 'GET', digest, ctx);
    const actual = sha256(got.body);
    if (actual !== digest) {
      throw new RegistryError(
        'protocol',
        `${ctx.registry} returned content for ${ctx.image} whose sha256 is ${actual}, not the digest asked for`,
        ctx.image,
      );
    }
    return describeManifest(got, digest, ctx);
  }

  /**
   * One manifest request, authenticated as the registry demands. Statuses in `pass` are returned
   * to the caller; other failures become a RegistryError naming the image.
   */
  private async manifestRequest(
    ref: ImageRef,
    method: 'HEAD' | 'GET',
    reference: string,
    ctx: LookupContext,
    pass: readonly number[] = [],
  ): Promise<Answer> {
    const host = registryHost(ref.domain);
    const url = `${isLoopbackHost(host) ? 'http' : 'https'}://${host}/v2/${ref.path}/manifests/${reference}`;
    const scope = `repository:${ref.path}:pull`;
    const send = (authorization: string | undefined): Promise<Answer> =>
      this.send(
        'manifest',
        method,
        url,
        { Accept: MANIFEST_ACCEPT, ...(authorization ? { Authorization: authorization } : {}) },
        ctx,
        MAX_MANIFEST_BYTES,
      );

    let authorization = await this.authorization(ref, host, scope, ctx);
    let answer = await send(authorization);
    if (answer.status === 401) {
      const challenge = parseChallenge(answer.headers.get('www-authenticate'));
      if (challenge === undefined) throw unauthorized(ctx, this.credentials);
      this.challenges.set(host, challenge);
      const wanted = challenge.scheme === 'bearer' ? (challenge.scope ?? scope) : scope;
      const next = await this.authorization(ref, host, wanted, ctx, authorization);
      // Basic credentials already refused, or none to offer: asking again cannot help.
      if (next === undefined || next === authorization) throw unauthorized(ctx, this.credentials);
      authorization = next;
      answer = await send(authorization);
    }
    if (pass.includes(answer.status)) return answer;
    if (answer.status === 401 || answer.status === 403) throw unauthorized(ctx, this.credentials);
    if (answer.status === 404) {
      throw new RegistryError('not-found', `not found: ${ctx.image} in ${ctx.registry}`, ctx.image);
    }
    if (isRetryable(answer.status)) throw unreachable(ctx, httpStatus(answer));
    if (answer.status < 200 || answer.status >= 300) {
      throw new RegistryError(
        'protocol',
        `${ctx.registry} answered ${httpStatus(answer)} to ${method} manifest of ${ctx.image}`,
        ctx.image,
      );
    }
    return answer;
  }

  /**
   * The Authorization value for a request to `host`, from the challenge it sent before. `stale`
   * is a value the registry just refused: a cached token equal to it is dropped and renewed.
   */
  private async authorization(
    ref: ImageRef,
    host: string,
    scope: string,
    ctx: LookupContext,
    stale?: string,
  ): Promise<string | undefined> {
    const challenge = this.challenges.get(host);
    if (challenge === undefined) return undefined;
    // Asked only now, when the registry demands authentication: a helper runs for registries in use.
    const creds = await this.credentialsFor(ref, ctx);
    if (challenge.scheme === 'basic') {
      return creds?.username !== undefined && creds.password !== undefined
        ? basicAuth(creds.username, creds.password)
        : undefined;
    }
    const key = `${host}\n${challenge.realm}\n${challenge.service ?? ''}\n${scope}`;
    let entry = this.tokens.get(key);
    if (
      entry !== undefined &&
      ((stale !== undefined && entry.value === stale) ||
        (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()))
    ) {
      this.tokens.delete(key);
      entry = undefined;
    }
    if (entry === undefined) {
      const created: TokenEntry = {
        promise: this.fetchToken(challenge, scope, creds, ctx).then(
          ({ token, expiresInSeconds }) => {
            created.value = `Bearer ${token}`;
            created.expiresAt = Date.now() + expiresInSeconds * 1000 - TOKEN_EXPIRY_MARGIN_MS;
            return created.value;
          },
          (error: unknown) => {
            // A failed token request is not cached: the next look-up asks again.
            if (this.tokens.get(key) === created) this.tokens.delete(key);
            throw error;
          },
        ),
      };
      this.tokens.set(key, created);
      entry = created;
    }
    return entry.promise;
  }

  private async credentialsFor(
    ref: ImageRef,
    ctx: LookupContext,
  ): Promise<Credentials | undefined> {
    try {
      return await this.credentials?.credentialsFor(ref.domain);
    } catch (error) {
      if (error instanceof CredentialHelperError) {
        throw new RegistryError('credentials', error.message, ctx.image);
      }
      throw error;
    }
  }

  /** A bearer token for `scope`, from the challenge's realm, with the credentials for its host. */
  private async fetchToken(
    challenge: BearerChallenge,
    scope: string,
    creds: Credentials | undefined,
    ctx: LookupContext,
  ): Promise<{ token: string; expiresInSeconds: number }> {
    const realm = tokenRealm(challenge, ctx);
    // Credentials travel only over HTTPS, or plain HTTP to loopback (as for the registry itself).
    const usable = realm.protocol === 'https:' || isLoopbackHost(realm.host) ? creds : undefined;
    const answer = await this.requestToken(realm, challenge, scope, usable, ctx);
    if (answer.status === 401 || answer.status === 403) throw unauthorized(ctx, this.credentials);
    if (isRetryable(answer.status))
      throw unreachable(ctx, `token endpoint answered ${httpStatus(answer)}`);
    if (answer.status < 200 || answer.status >= 300) {
      throw new RegistryError(
        'protocol',
        `token endpoint of ${ctx.registry} answered ${httpStatus(answer)} for ${ctx.image}`,
        ctx.image,
      );
    }
    return readToken(answer, ctx);
  }

  /**
   * Asks the token endpoint: an identity token (an OAuth2 refresh token) is exchanged by POST, as
   * `docker` does; otherwise a GET, with Basic credentials when there are any.
   */
  private requestToken(
    realm: URL,
    challenge: BearerChallenge,
    scope: string,
    creds: Credentials | undefined,
    ctx: LookupContext,
  ): Promise<Answer> {
    const url = new URL(realm.href);
    if (creds?.identityToken !== undefined) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: creds.identityToken,
        client_id: 'release-tracker',
        ...(challenge.service !== undefined ? { service: challenge.service } : {}),
        scope,
      });
      return this.send(
        'token',
        'POST',
        url.href,
        { 'Content-Type': 'application/x-www-form-urlencoded' },
        ctx,
        MAX_TOKEN_BYTES,
        form.toString(),
      );
    }
    if (challenge.service !== undefined) url.searchParams.set('service', challenge.service);
    url.searchParams.set('scope', scope);
    const headers: Record<string, string> = {};
    if (creds?.username !== undefined && creds.password !== undefined) {
      url.searchParams.set('account', creds.username);
      headers['Authorization'] = basicAuth(creds.username, creds.password);
    }
    return this.send('token', 'GET', url.href, headers, ctx, MAX_TOKEN_BYTES);
  }

  /** One HTTP exchange with timeout and retries; the answer body is read completely (bounded). */
  private async send(
    purpose: RegistryRequestInfo['purpose'],
    method: string,
    url: string,
    headers: Record<string, string>,
    ctx: LookupContext,
    maxBytes: number,
    body?: string,
  ): Promise<Answer> {
    const shownUrl = purpose === 'token' ? (url.split('?')[0] ?? url) : url;
    const host = new URL(url).host;
    const silent = this.silentHosts.get(host);
    if (silent !== undefined) throw unreachable(ctx, `${silent} earlier in this run`);
    let lastFailure = '';
    let timedOut = false;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      let answer: Answer | undefined;
      try {
        answer = await this.attempt(
          method,
          url,
          { ...headers, 'User-Agent': this.userAgent },
          maxBytes,
          body,
        );
        this.onRequest?.({
          purpose,
          method,
          url: shownUrl,
          attempt,
          status: answer.status,
          durationMs: Date.now() - started,
        });
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        // Not transient: the same request would get the same answer.
        if (error instanceof OversizeError) {
          throw new RegistryError(
            'protocol',
            `${ctx.registry} sent ${error.message} for ${ctx.image}`,
            ctx.image,
          );
        }
        lastFailure = networkCause(error, this.timeoutMs, `${method} ${shownUrl}`);
        timedOut = error instanceof TimeoutError;
        this.onRequest?.({
          purpose,
          method,
          url: shownUrl,
          attempt,
          error: lastFailure,
          durationMs: Date.now() - started,
        });
        // A name that does not resolve will not resolve a second later: say so at once.
        if (errorCode(error) === 'ENOTFOUND') throw unreachable(ctx, lastFailure);
      }
      if (answer !== undefined && !isRetryable(answer.status)) return answer;
      if (attempt > this.retries) {
        if (answer !== undefined) return answer;
        if (timedOut) this.silentHosts.set(host, lastFailure);
        throw unreachable(ctx, lastFailure);
      }
      const delay =
        (answer && retryAfterMs(answer.headers.get('retry-after'))) ?? this.backoff(attempt);
      if (delay > this.maxRetryDelayMs) {
        if (answer !== undefined) return answer;
        throw unreachable(ctx, lastFailure);
      }
      await sleep(delay);
    }
  }

  private async attempt(
    method: string,
    url: string,
    headers: Record<string, string>,
    maxBytes: number,
    body: string | undefined,
  ): Promise<Answer> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const response = await fetch(url, {
        method,
        headers,
        signal: controller.signal,
        redirect: 'follow',
        ...(body !== undefined ? { body } : {}),
      });
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (method !== 'HEAD' && declared > maxBytes) {
        controller.abort();
        throw new OversizeError(`an answer of ${declared} bytes, over the ${maxBytes}-byte limit`);
      }
      // HEAD has no body; other answers are drained so the connection can be reused.
      const bytes = method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
      if (bytes.length > maxBytes) {
        throw new OversizeError(`an answer over the ${maxBytes}-byte limit`);
      }
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: bytes,
      };
    } catch (error) {
      if (timedOut) throw new TimeoutError(this.timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private backoff(attempt: number): number {
    const base = this.retryDelayMs * 2 ** (attempt - 1);
    // A little jitter, so parallel look-ups that failed together do not retry together; its
    // most is what the stall budget counts (src/core/time-limits.ts).
    const spread = REGISTRY_JITTER - 1;
    return Math.round(base * (1 - spread + Math.random() * 2 * spread));
  }
}

class OversizeError extends Error {}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms / 1000}s`);
  }
}

type BearerChallenge = Extract<AuthChallenge, { scheme: 'bearer' }>;

/** The token endpoint a challenge names: an http(s) URL, or a protocol error naming the image. */
function tokenRealm(challenge: BearerChallenge, ctx: LookupContext): URL {
  let realm: URL;
  try {
    realm = new URL(challenge.realm);
  } catch {
    throw new RegistryError(
      'protocol',
      `${ctx.registry} sent an invalid token realm for ${ctx.image}`,
      ctx.image,
    );
  }
  if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
    throw new RegistryError(
      'protocol',
      `${ctx.registry} sent a token realm that is not http(s) for ${ctx.image}`,
      ctx.image,
    );
  }
  return realm;
}

/** The token in a token endpoint's answer (`token`, or OAuth2's `access_token`) and its lifetime. */
function readToken(
  answer: Answer,
  ctx: LookupContext,
): { token: string; expiresInSeconds: number } {
  let doc: unknown;
  try {
    doc = JSON.parse(answer.body.toString('utf8'));
  } catch {
    doc = undefined;
  }
  const token = isRecord(doc)
    ? (nonEmpty(doc['token']) ?? nonEmpty(doc['access_token']))
    : undefined;
  if (token === undefined || !isRecord(doc)) {
    throw new RegistryError(
      'protocol',
      `token endpoint of ${ctx.registry} gave no token for ${ctx.image}`,
      ctx.image,
    );
  }
  const expires = doc['expires_in'];
  const expiresInSeconds =
    typeof expires === 'number' && Number.isFinite(expires) && expires > 0
      ? Math.max(expires, DEFAULT_TOKEN_SECONDS)
      : DEFAULT_TOKEN_SECONDS;
  return { token, expiresInSeconds };
}

function contextOf(ref: ImageRef): LookupContext {
  return { image: displayRef(ref), registry: ref.domain };
}

function unauthorized(ctx: LookupContext, credentials: CredentialStore | undefined): RegistryError {
  const helper = credentials?.helperFor(ctx.registry);
  const hint = helper
    ? `credentials for ${ctx.registry} come from ${helper}: check its login`
    : 'log in with docker/login-action or check DOCKER_CONFIG';
  return new RegistryError('unauthorized', `unauthorized: ${ctx.image} (${hint})`, ctx.image);
}

function unreachable(ctx: LookupContext, cause: string): RegistryError {
  return new RegistryError(
    'unreachable',
    `${ctx.registry} unreachable for ${ctx.image}: ${cause}`,
    ctx.image,
  );
}

/** What a fetched manifest says: its media type and, for an index, its platforms. */
function describeManifest(got: Answer, digest: string, ctx: LookupContext): ResolvedManifest {
  const doc = parseManifest(got.body, ctx);
  const mediaType = mediaTypeOf(got.headers, doc);
  return {
    digest,
    mediaType,
    platforms: INDEX_TYPES.has(mediaType) ? platformsFromIndex(doc) : [],
  };
}

/** The root cause of a failed fetch, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
function networkCause(error: unknown, timeoutMs: number, request: string): string {
  if (error instanceof TimeoutError) return `${error.message} to ${request}`;
  if (error instanceof Error && error.name === 'AbortError')
    return `no answer within ${timeoutMs / 1000}s to ${request}`;
  let cause: unknown = error;
  // undici wraps the socket error: TypeError('fetch failed', { cause }).
  while (cause instanceof Error && cause.cause !== undefined && cause.message === 'fetch failed')
    cause = cause.cause;
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0];
  return errorMessage(cause);
}

const isRetryable = (status: number): boolean => status === 429 || status >= 500;

const httpStatus = (a: Answer): string =>
  `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ''}`;

/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function parseManifest(body: Buffer, ctx: LookupContext): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(body.toString('utf8'));
  } catch {
    doc = undefined;
  }
  if (!isRecord(doc)) {
    throw new RegistryError(
      'protocol',
      `${ctx.registry} returned a manifest for ${ctx.image} that is not a JSON object`,
      ctx.image,
    );
  }
  return doc;
}

const sha256 = (bytes: Uint8Array): string => `sha256:${sha256Hex(bytes)}`;

const basicAuth = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

const nonEmpty = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;
