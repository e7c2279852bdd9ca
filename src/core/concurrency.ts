/** Runs functions with at most a fixed number in flight; the rest wait in order. */
export type Limiter = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * A bounded pool: thousands of releases must not open thousands of files at once (EMFILE), nor
 * a registry take every look-up at once.
 */
export function createLimiter(max: number): Limiter {
  const limit = Math.max(1, max);
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      // Hand the slot straight to the next waiter, so `active` never overshoots.
      if (next) next();
      else active--;
    }
  };
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight. */
export function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const run = createLimiter(limit);
  return Promise.all(items.map((item, index) => run(() => fn(item, index))));
}
