import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  BRANCH_MOVED_BACKOFF,
  GITHUB_LIMITS,
  githubStallBudgetMs,
  REGISTRY_LIMITS,
  registryStallBudgetMs,
  STALL_LIMIT_MS,
} from '../../src/core/time-limits.js';

describe('time limits: a service that never answers ends the run within two minutes', () => {
  it('GitHub: three attempts of 30 s and the retry plugin’s 1 s and 4 s waits', () => {
    expect(GITHUB_LIMITS).toEqual({ timeoutMs: 30_000, retries: 2, retryBaseMs: 1000 });
    expect(githubStallBudgetMs(GITHUB_LIMITS)).toBe(3 * 30_000 + 1000 + 4000);
    expect(githubStallBudgetMs(GITHUB_LIMITS)).toBeLessThanOrEqual(STALL_LIMIT_MS);
  });

  it('a registry: three attempts of 20 s and waits of 0.5 s and 1 s, 20 % jitter at most', () => {
    expect(REGISTRY_LIMITS).toEqual({ timeoutMs: 20_000, retries: 2, retryBaseMs: 500 });
    expect(registryStallBudgetMs(REGISTRY_LIMITS)).toBe(3 * 20_000 + 600 + 1200);
    expect(registryStallBudgetMs(REGISTRY_LIMITS)).toBeLessThanOrEqual(STALL_LIMIT_MS);
  });

  it.each([
    ['GitHub', githubStallBudgetMs, { timeoutMs: 40_000, retries: 2, retryBaseMs: 1000 }],
    ['a registry', registryStallBudgetMs, { timeoutMs: 30_000, retries: 3, retryBaseMs: 500 }],
  ])(
    '%s with longer limits would break the bar (the old registry ones did)',
    (_name, budget, limits) => {
      expect(budget(limits)).toBeGreaterThan(STALL_LIMIT_MS);
    },
  );
});

describe('backoff for a branch that keeps moving', () => {
  it('grows exponentially up to its ceiling, jittered over the upper half', () => {
    const policy = BRANCH_MOVED_BACKOFF;
    expect(backoffDelayMs(policy, 1, 0)).toBe(125);
    expect(backoffDelayMs(policy, 1, 0.999)).toBe(250);
    expect(backoffDelayMs(policy, 3, 0)).toBe(500);
    expect(backoffDelayMs(policy, 30, 0.5)).toBe(6000);
    for (let n = 1; n < 40; n++) {
      expect(backoffDelayMs(policy, n, 0.999)).toBeLessThanOrEqual(policy.maxMs);
    }
  });

  it('keeps trying for minutes, not a handful of attempts', () => {
    const policy = BRANCH_MOVED_BACKOFF;
    expect(policy.budgetMs).toBeGreaterThanOrEqual(3 * 60_000);
    // Even with the longest waits, the budget allows dozens of attempts.
    let spent = 0;
    let attempts = 0;
    while (spent < policy.budgetMs) spent += backoffDelayMs(policy, ++attempts, 0.999);
    expect(attempts).toBeGreaterThan(30);
  });
});
