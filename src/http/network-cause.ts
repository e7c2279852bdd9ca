import { errorMessage } from '../core/errors.js';

/** The root cause of a failed fetch, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
export function networkCause(error: unknown): string {
  let cause: unknown = error;
  // undici wraps the socket error: TypeError('fetch failed', { cause }).
  while (cause instanceof Error && cause.cause !== undefined && cause.message === 'fetch failed')
    cause = cause.cause;
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0];
  return errorMessage(cause);
}
