import { setTimeout as sleep } from 'node:timers/promises';
import { ATTEST_MAX_RETRY_AFTER_MS, type RequestLimits } from '../core/time-limits.js';
import { fetchWithin, type FetchLimits } from './fetch-within.js';
import { isHttpsOrLoopback, MAX_REDIRECTS, REDIRECTS } from './hosts.js';
import { networkCause } from './network-cause.js';
import { backoffMs, isRetryable, retryAfterMs } from './retry.js';

/** How a public GET is tried again: refused connections and 5xx/429 answers, never a timeout. */
export interface PublicRetry {
  readonly retries: number;
  /** The back-off unit: about `baseMs`, then twice that. */
  readonly baseMs: number;
  /** A `Retry-After` longer than this ends the retries. */
  readonly maxRetryAfterMs: number;
  readonly sleep?: (ms: number) => Promise<unknown>;
}

const NO_RETRY: PublicRetry = { retries: 0, baseMs: 0, maxRetryAfterMs: 0 };

/**
 * A GET of a public URL (an attestation document, a PCCS answer): no credentials or cookies are
 * ever sent, redirects are followed by hand and only to `https:` or a loopback host, and each
 * hop has the time and byte limits of `fetchWithin`. No answer, or one other than 2xx, is an
 * error naming the host. Returns the answer, its body already read.
 */
export async function getPublic(
  url: URL,
  limits: FetchLimits,
  accept: string,
  base: typeof fetch = fetch,
  retry: PublicRetry = NO_RETRY,
): Promise<Response> {
  const get = fetchWithin(limits, base);
  let current = checked(url, url);
  for (let hop = 0; ; hop++) {
    const response = await getOnce(get, current, accept, retry);
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location !== null) {
      if (hop === MAX_REDIRECTS) {
        throw new Error(`${url.host} redirected more than ${MAX_REDIRECTS} times; refused`);
      }
      current = checked(new URL(location, current), current);
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      throw new Error(
        `${current.host} answered GET ${current.pathname} with HTTP ${response.status}`,
      );
    }
    return response;
  }
}

/** One GET of `url`, tried again as `retry` allows; the answer, whatever its status. */
async function getOnce(
  get: typeof fetch,
  url: URL,
  accept: string,
  retry: PublicRetry,
): Promise<Response> {
  const wait = retry.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    const last = attempt > retry.retries;
    let response: Response;
    try {
      response = await get(url, {
        method: 'GET',
        headers: { accept },
        redirect: 'manual',
        credentials: 'omit',
      });
    } catch (error) {
      // undici's TypeError (a refused or reset connection) names no host; the time and size
      // limits' errors do, and are not retried: an answer that never came, or never ended, would
      // not come or end a second time.
      if (!(error instanceof TypeError)) throw error;
      if (!last) {
        await wait(backoffMs(retry.baseMs, attempt));
        continue;
      }
      throw new Error(`${url.host} unreachable for GET ${url.pathname}: ${networkCause(error)}`, {
        cause: error,
      });
    }
    if (last || !isRetryable(response.status)) return response;
    const asked = retryAfterMs(response.headers.get('retry-after'));
    if (asked !== undefined && asked > retry.maxRetryAfterMs) return response;
    await wait(asked ?? backoffMs(retry.baseMs, attempt));
  }
}

/** The rule for every URL followed; `from` names where a redirect came from. */
function checked(next: URL, from: URL): URL {
  const hop = next === from ? '' : `${from.host} redirected to ${next.protocol}//${next.host}: `;
  if (next.username !== '' || next.password !== '') {
    throw new Error(`${hop}a URL with credentials in it is refused: none are ever sent`);
  }
  if (!isHttpsOrLoopback(next)) {
    throw new Error(`${hop}only https:// (or http:// to a loopback host) is followed`);
  }
  return next;
}

/** `getPublic` with a request's limits fixed, as a caller of many public URLs uses it. */
export type PublicGet = (url: URL, maxBytes: number, accept: string) => Promise<Response>;

/**
 * A `PublicGet` with the time limit, retries and back-off of `limits`; a `Retry-After` over
 * `ATTEST_MAX_RETRY_AFTER_MS` ends the retries.
 */
export function publicGet(limits: RequestLimits, base: typeof fetch = fetch): PublicGet {
  const retry: PublicRetry = {
    retries: limits.retries,
    baseMs: limits.retryBaseMs,
    maxRetryAfterMs: ATTEST_MAX_RETRY_AFTER_MS,
  };
  return (url, maxBytes, accept) =>
    getPublic(url, { timeoutMs: limits.timeoutMs, maxBytes }, accept, base, retry);
}
