import { BodyTooLargeError, readLimited } from './read-limited.js';

/** Statuses whose answer has no body. */
const NO_BODY = new Set([101, 204, 205, 304]);

export interface FetchLimits {
  /** One attempt, the answer's body included. */
  readonly timeoutMs: number;
  /** The most bytes of an answer's body that are read; more fails the request. */
  readonly maxBytes: number;
}

/**
 * `fetch` with a time limit on each attempt and a byte limit on its answer, both covering the
 * body, which is read here (so an answer whose body never ends, or never stops growing, is no
 * answer either). Either limit is an error naming the host and the request.
 */
export function fetchWithin(limits: FetchLimits, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const request = `${method} ${url.pathname}`;
    const timer = AbortSignal.timeout(limits.timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer;
    try {
      const response = await base(input, { ...init, signal });
      const body =
        method === 'HEAD' || NO_BODY.has(response.status)
          ? null
          : await readLimited(response.body, limits.maxBytes);
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, 'url', { value: response.url });
      Object.defineProperty(copy, 'redirected', { value: response.redirected });
      return copy;
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        throw new Error(`${url.host} answered ${request} with ${error.message}; refused`, {
          cause: error,
        });
      }
      if (!timer.aborted) throw error;
      throw new Error(
        `no answer from ${url.host} within ${limits.timeoutMs / 1000} s to ${request}`,
        { cause: error },
      );
    }
  };
}
