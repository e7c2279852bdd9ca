/**
 * One registry or token request, carried to its answer: a time limit on each attempt (the body
 * included), the body read with its byte limit enforced as it streams, retries of 5xx, 429 and
 * network errors (after `Retry-After` or a jittered back-off, all out of one wait budget per run),
 * and redirects followed by hand, each hop held to the https-or-loopback rule and credentials
 * sent on only where Docker would send them (README: Decisions, registry).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from '../core/errors.js';
import {
  REGISTRY_LIMITS,
  REGISTRY_MAX_RETRY_DELAY_MS,
  REGISTRY_WAIT_BUDGET_MS,
} from '../core/time-limits.js';
import { fetchWithin } from '../http/fetch-within.js';
import { isHttpsOrLoopback, MAX_REDIRECTS, REDIRECTS } from '../http/hosts.js';
import { networkCause } from '../http/network-cause.js';
import { BodyTooLargeError } from '../http/read-limited.js';
import {
  describeStatus,
  protocolError,
  RegistryError,
  unreachable,
  type Answer,
  type LookupContext,
} from './errors.js';
import { backoffMs, isRetryable, retryAfterMs, WaitBudget } from '../http/retry.js';

/** One HTTP exchange, reported after it completes; no headers, so no secrets. */
export interface RegistryRequestInfo {
  readonly purpose: 'manifest' | 'token';
  readonly method: string;
  /** Without query string for token requests. */
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry… (each hop of a redirect reports itself). */
  readonly attempt: number;
  readonly status?: number;
  /** Why the attempt got no answer (network error, timeout). */
  readonly error?: string;
  readonly durationMs: number;
}

export interface TransportOptions {
  /** Per attempt, its redirects and the answer's body included. Default 20 s. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt, on 5xx, 429 and network errors. Default 2. */
  readonly retries?: number;
  /** First back-off delay, doubled on each retry. Default 500 ms. */
  readonly retryDelayMs?: number;
  /** Longest one wait before a retry; a `Retry-After` beyond it ends the retries. Default 30 s. */
  readonly maxRetryDelayMs?: number;
  /** All waiting before retries, summed over every request of this transport. Default 60 s. */
  readonly waitBudgetMs?: number;
  readonly userAgent?: string;
  readonly onRequest?: (info: RegistryRequestInfo) => void;
}

export interface SendRequest {
  readonly purpose: RegistryRequestInfo['purpose'];
  readonly method: 'HEAD' | 'GET' | 'POST';
  readonly url: string;
  /** `Authorization` among them is a credential: see `credentialsMayFollow`. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The body is a credential (an identity token): it is never sent where credentials may not go. */
  readonly credentialBody?: boolean;
  /** The most bytes of an answer's body that are read; more is a protocol error. */
  readonly maxBytes: number;
  readonly ctx: LookupContext;
}

/**
 * Whether credentials sent to `from` may be sent on to `to`, after a redirect: Docker's rule (Go's
 * HTTP client), the same host or one of its subdomains, made a little stricter — the same port for
 * the same host, never from HTTPS down to plain HTTP. (A URL's host is already lowercase, and an
 * IP address has no subdomains a URL could name.)
 */
export function credentialsMayFollow(from: URL, to: URL): boolean {
  if (from.protocol === 'https:' && to.protocol !== 'https:') return false;
  return to.host === from.host || to.hostname.endsWith(`.${from.hostname}`);
}

class TimeoutError extends Error {
  constructor(ms: number, request: string) {
    super(`no answer within ${ms / 1000}s to ${request}`);
  }
}

export class Transport {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly budget: WaitBudget;
  private readonly userAgent: string;
  private readonly onRequest: ((info: RegistryRequestInfo) => void) | undefined;
  /**
   * Hosts that let every attempt of a request time out, with why: asked no more in this run, so
   * look-ups queued behind a stalled registry fail at once instead of each waiting it out.
   */
  private readonly silentHosts = new Map<string, string>();

  constructor(options: TransportOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? REGISTRY_LIMITS.timeoutMs;
    this.retries = Math.max(0, options.retries ?? REGISTRY_LIMITS.retries);
    this.retryDelayMs = options.retryDelayMs ?? REGISTRY_LIMITS.retryBaseMs;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? REGISTRY_MAX_RETRY_DELAY_MS;
    this.budget = new WaitBudget(options.waitBudgetMs ?? REGISTRY_WAIT_BUDGET_MS);
    this.userAgent = options.userAgent ?? 'release-tracker';
    this.onRequest = options.onRequest;
  }

  /**
   * The answer to `request`, after retries. An answer with any status is returned (the caller
   * says what it means); no answer at all is an `unreachable` RegistryError, an oversized one or
   * a redirect that may not be followed a `protocol` one.
   */
  async send(request: SendRequest): Promise<Answer> {
    const { ctx } = request;
    const host = new URL(request.url).host;
    const silent = this.silentHosts.get(host);
    if (silent !== undefined) throw unreachable(ctx, `${silent} earlier in this run`);
    let lastFailure = '';
    let timedOut = false;
    for (let attempt = 1; ; attempt++) {
      let answer: Answer | undefined;
      try {
        answer = await this.attempt(request, attempt);
      } catch (error) {
        // Not transient (an oversized answer among them): the same request would get the same answer.
        if (error instanceof RegistryError) throw error;
        lastFailure = networkCause(error);
        timedOut = error instanceof TimeoutError;
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
        (answer && retryAfterMs(answer.headers.get('retry-after'))) ??
        backoffMs(this.retryDelayMs, attempt);
      if (delay > this.maxRetryDelayMs) {
        if (answer !== undefined) return answer;
        throw unreachable(ctx, lastFailure);
      }
      if (!this.budget.take(delay)) {
        const what = answer
          ? `${request.purpose === 'token' ? 'token endpoint answered ' : ''}${describeStatus(answer)}`
          : lastFailure;
        throw unreachable(
          ctx,
          `${what}; not retried: this run has spent the ${this.budget.totalMs / 1000} s it may wait for registries to recover (Retry-After and back-off)`,
        );
      }
      await sleep(delay);
    }
  }

  /** One attempt: the request and the redirects it is answered with, within one time limit. */
  private async attempt(request: SendRequest, attempt: number): Promise<Answer> {
    const { ctx } = request;
    const deadline = Date.now() + this.timeoutMs;
    let url = new URL(request.url);
    let method: string = request.method;
    let body = request.body;
    // Once dropped on the way, credentials stay dropped for the hops after.
    let credentials = true;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { ...request.headers, 'User-Agent': this.userAgent };
      if (!credentials) delete headers['Authorization'];
      const answer = await this.exchange(request, attempt, method, url, headers, body, deadline);
      const location = answer.headers.get('location');
      if (!REDIRECTS.has(answer.status) || location === null) return answer;
      const what = `${request.purpose === 'token' ? `token endpoint of ${ctx.registry}` : ctx.registry} redirected ${method} for ${ctx.image}`;
      if (hop >= MAX_REDIRECTS)
        throw protocolError(ctx, `${what} more than ${MAX_REDIRECTS} times`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw protocolError(ctx, `${what} to an address that is not a URL`);
      }
      if (!isHttpsOrLoopback(next)) {
        throw protocolError(
          ctx,
          `${what} to ${next.protocol}//${next.host}, which is neither HTTPS nor loopback; not followed`,
        );
      }
      credentials &&= credentialsMayFollow(url, next);
      // As fetch does: 303 asks for a GET, and so do 301 and 302 after a POST.
      const toGet =
        (answer.status === 303 && method !== 'HEAD') ||
        ((answer.status === 301 || answer.status === 302) && method === 'POST');
      if (request.credentialBody && (toGet || !credentials)) {
        throw protocolError(
          ctx,
          `${what} to ${next.host}; the identity token is sent to no other host and no other request`,
        );
      }
      if (toGet) {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  }

  /** One HTTP exchange, reported to `onRequest`. */
  private async exchange(
    request: SendRequest,
    attempt: number,
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: string | undefined,
    deadline: number,
  ): Promise<Answer> {
    const shownUrl = request.purpose === 'token' ? `${url.origin}${url.pathname}` : url.href;
    const report = (outcome: { status: number } | { error: string }, started: number): void =>
      this.onRequest?.({
        purpose: request.purpose,
        method,
        url: shownUrl,
        attempt,
        ...outcome,
        durationMs: Date.now() - started,
      });
    const started = Date.now();
    // The attempt's own deadline ends it; fetchWithin's limit, a moment later, is the backstop.
    const remaining = Math.max(1, deadline - started);
    const signal = AbortSignal.timeout(remaining);
    const limited = fetchWithin({ timeoutMs: remaining + 1000, maxBytes: request.maxBytes });
    try {
      const response = await limited(url.href, {
        method,
        headers,
        signal,
        redirect: 'manual',
        ...(body !== undefined ? { body } : {}),
      });
      const answer: Answer = {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: Buffer.from(await response.arrayBuffer()),
      };
      report({ status: answer.status }, started);
      return answer;
    } catch (error) {
      if (error instanceof Error && error.cause instanceof BodyTooLargeError) {
        const over = `an answer over the ${request.maxBytes}-byte limit`;
        report({ error: over }, started);
        const { ctx } = request;
        throw protocolError(ctx, `${ctx.registry} sent ${over} for ${ctx.image}`);
      }
      const failure = signal.aborted
        ? new TimeoutError(this.timeoutMs, `${method} ${shownUrl}`)
        : error;
      report({ error: networkCause(failure) }, started);
      throw failure;
    }
  }
}
