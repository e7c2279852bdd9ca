/**
 * What the GitHub test server records for a test to assert: every answered request, the requests
 * it held without answering, and the requests (or its own answers) GitHub's description refuses.
 */
export interface RecordedRequest {
  readonly method: string;
  /** As sent, with prefix and query. */
  readonly path: string;
  /** The OpenAPI operation, when the request named one. */
  readonly operation?: string;
  readonly status: number;
  /** performance.now() when the request arrived and when the answer was sent. */
  readonly start: number;
  readonly end: number;
  /** Served by the storage origin (asset bytes), not the API. */
  readonly storage?: true;
  /** The client had closed the connection before the answer was sent (it gave up). */
  readonly aborted?: true;
}

/** A request `stallNext` held: read, never answered. */
export interface StalledRequest {
  readonly method: string;
  /** As sent, with prefix and query. */
  readonly path: string;
  readonly operation?: string;
  /** The request body as received. */
  readonly body: Buffer;
  readonly storage?: true;
  readonly start: number;
  /** With `apply`: the status of the answer that was withheld (the request took effect). */
  withheld?: number;
  /** performance.now() when the connection closed; null while it is still held open. */
  closedAt: number | null;
  /** Who closed it: the client giving up, or `stop()`. */
  closedBy: 'client' | 'server' | null;
}

export interface Violation {
  /** request: GitHub would refuse it; response: this server answered off-schema; unsupported: not implemented here. */
  readonly kind: 'request' | 'response' | 'unsupported';
  readonly method: string;
  readonly path: string;
  readonly problems: readonly string[];
}

/**
 * The longest chain of requests each sent after the previous one was answered: the sequential
 * round trips a client made (requests that overlap in time count once).
 */
export function sequentialRoundTrips(requests: readonly RecordedRequest[]): number {
  let count = 0;
  let end = -Infinity;
  for (const r of [...requests].sort((a, b) => a.end - b.end)) {
    if (r.start >= end) {
      count++;
      end = r.end;
    }
  }
  return count;
}
