/**
 * What every test file against the real registry sets up the same way: whether a registry can run
 * here (the file's suites skip with a printed reason where it cannot, and CI refuses to skip), and
 * registries started before a block's tests and stopped after them.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { RegistryClientOptions } from '../../src/registry/client.js';
import {
  registrySupport,
  startRegistry,
  type Registry,
  type StartRegistryOptions,
} from './registry-server.js';

/** Registry client options with small delays, so retries do not slow the suite. */
export const QUICK_RETRIES: RegistryClientOptions = {
  retryDelayMs: 5,
  maxRetryDelayMs: 3_000,
  timeoutMs: 10_000,
};

/**
 * Whether the real registry runs here; `suite` is `describe`, or `describe.skip` after a warning
 * naming `what` is skipped and why.
 */
export function registryTests(what: string): {
  readonly available: boolean;
  readonly suite: typeof describe | typeof describe.skip;
} {
  const support = registrySupport();
  if (support.available) return { available: true, suite: describe };
  console.warn(`\n*** ${what} tests SKIPPED: ${support.reason} ***\n`);
  return { available: false, suite: describe.skip };
}

type Started<T extends readonly StartRegistryOptions[]> = { -readonly [K in keyof T]: Registry };

/**
 * Starts one registry per entry of `options` (at once) before the tests of the block this is
 * called in, hands them to `ready` (to push images, keep them in the file's variables), and stops
 * them after the block; nothing where no registry can run.
 */
export function useRegistries<const T extends readonly StartRegistryOptions[]>(
  options: T,
  ready: (registries: Started<T>) => Promise<void> | void,
): void {
  let started: Registry[] = [];
  beforeAll(async () => {
    if (!registrySupport().available) return;
    const results = await Promise.allSettled(options.map((o) => startRegistry(o)));
    started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await ready(started as Started<T>);
  });
  afterAll(async () => {
    await Promise.all(started.map((r) => r.stop()));
  });
}

/** `useRegistries` for one registry. */
export function useRegistry(
  options: StartRegistryOptions,
  ready: (registry: Registry) => Promise<void> | void,
): void {
  useRegistries([options], ([registry]) => ready(registry));
}
