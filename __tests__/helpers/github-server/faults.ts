/**
 * Faults the GitHub test server can be told to inject: the next N matching requests failing,
 * answered late, or never answered (stalled), and hooks run right before a ref update (to move the
 * branch under a client, say). Paths are relative to the API or uploads root; on the storage
 * origin, its own path.
 */

export interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  remaining: number;
  readonly message: string;
  readonly errors?: readonly Record<string, string>[];
  readonly headers: Readonly<Record<string, string>>;
}

/** A stall (`ms` null) or a slowdown of the next matching requests. */
export interface Hold {
  readonly method: string;
  readonly path: RegExp;
  readonly ms: number | null;
  /** The request takes effect first; only its answer is withheld or late. */
  readonly apply: boolean;
  remaining: number;
}

export type RefUpdateHook = (update: { branch: string; sha: string }) => Promise<void> | void;

export interface FailOptions {
  readonly message?: string;
  readonly errors?: readonly Record<string, string>[];
  readonly headers?: Record<string, string>;
}

export class Faults {
  private readonly faults: Fault[] = [];
  private readonly holds: Hold[] = [];
  private readonly refHooks: { hook: RefUpdateHook; remaining: number }[] = [];

  fail(method: string, path: RegExp, status: number, count: number, opts: FailOptions): void {
    this.faults.push({
      method: method.toUpperCase(),
      path,
      status,
      remaining: count,
      message: opts.message ?? (status >= 500 ? 'Server Error' : 'Injected failure'),
      ...(opts.errors && { errors: opts.errors }),
      headers: opts.headers ?? {},
    });
  }

  /** Holds the next `count` matching requests `ms` (null: for ever). */
  hold(method: string, path: RegExp, ms: number | null, count: number, apply: boolean): void {
    this.holds.push({ method: method.toUpperCase(), path, ms, apply, remaining: count });
  }

  beforeRefUpdate(hook: RefUpdateHook, times: number): void {
    this.refHooks.push({ hook, remaining: times });
  }

  /** The failure this request is to get, counted as used; undefined when none matches. */
  takeFault(method: string, path: string): Fault | undefined {
    return take(this.faults, method, path);
  }

  /** The stall or slowdown this request is to get, counted as used; undefined when none matches. */
  takeHold(method: string, path: string): Hold | undefined {
    return take(this.holds, method, path);
  }

  /** Runs the hooks still due, before a ref update of `branch` to `sha` is applied. */
  async runRefHooks(update: { branch: string; sha: string }): Promise<void> {
    for (const entry of this.refHooks) {
      if (entry.remaining > 0) {
        entry.remaining--;
        await entry.hook(update);
      }
    }
  }
}

function take<T extends { method: string; path: RegExp; remaining: number }>(
  list: readonly T[],
  method: string,
  path: string,
): T | undefined {
  const found = list.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
  if (found) found.remaining--;
  return found;
}
