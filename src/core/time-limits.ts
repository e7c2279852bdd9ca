/**
 * How long the action waits on a service that accepted the connection and never answers: every
 * request has a timeout and a bounded number of retries, so such a service fails the run within
 * STALL_LIMIT_MS, with an error naming the host and the request (README: Decisions, time limits).
 */

export interface RequestLimits {
  /** One attempt, the answer's body included. */
  readonly timeoutMs: number;
  /** Attempts after the first (on no answer, 5xx, 429). */
  readonly retries: number;
  /** The back-off unit before a retry (its use differs by client, see the budget functions). */
  readonly retryBaseMs: number;
}

/** The most a stalled service may hold up a run. */
export const STALL_LIMIT_MS = 120_000;

/** GitHub's API through Octokit: @octokit/plugin-retry waits `retryBaseMs × n²` before retry n. */
export const GITHUB_LIMITS: RequestLimits = { timeoutMs: 30_000, retries: 2, retryBaseMs: 1000 };

/** A registry: the client waits `retryBaseMs × 2^(n-1)`, up to 20 % more (jitter), before retry n. */
export const REGISTRY_LIMITS: RequestLimits = { timeoutMs: 20_000, retries: 2, retryBaseMs: 500 };

/**
 * How long a Docker credential helper may take to answer: room for one that calls a cloud API (ECR,
 * GCR) or starts a CLI, well inside the run's limits.
 */
export const CREDENTIAL_HELPER_TIMEOUT_MS = 30_000;

/** The registry client's jitter: a back-off is stretched by up to this factor. */
export const REGISTRY_JITTER = 1.2;

/** The longest one wait before a registry retry may be; a `Retry-After` beyond it ends the retries. */
export const REGISTRY_MAX_RETRY_DELAY_MS = 30_000;

/**
 * All the waiting before registry retries (back-off and `Retry-After`) one run may do, summed over
 * its look-ups: a registry that asks every request to come back in 30 s costs a run a minute, not
 * a minute per image.
 */
export const REGISTRY_WAIT_BUDGET_MS = 60_000;

/** The longest one GitHub request can take when no attempt is ever answered. */
export function githubStallBudgetMs(limits: RequestLimits): number {
  let total = (limits.retries + 1) * limits.timeoutMs;
  for (let n = 1; n <= limits.retries; n++) total += n * n * limits.retryBaseMs;
  return total;
}

/**
 * The longest one registry request can take when no attempt is ever answered. The client asks a
 * host that never answered no more in that run, so look-ups queued behind it fail at once.
 */
export function registryStallBudgetMs(limits: RequestLimits): number {
  let total = (limits.retries + 1) * limits.timeoutMs;
  for (let n = 1; n <= limits.retries; n++) {
    total += limits.retryBaseMs * 2 ** (n - 1) * REGISTRY_JITTER;
  }
  return Math.ceil(total);
}

/**
 * Retrying a commit on a branch that keeps moving (many tags released at once): jittered
 * exponential back-off for minutes, so every record lands.
 */
export interface BackoffPolicy {
  readonly firstMs: number;
  readonly maxMs: number;
  /** Give up once this long has passed since the first try. */
  readonly budgetMs: number;
}

export const BRANCH_MOVED_BACKOFF: BackoffPolicy = {
  firstMs: 250,
  maxMs: 8_000,
  budgetMs: 5 * 60_000,
};

/**
 * The wait before retry `n` (1-based): half the exponential ceiling plus a uniform pick of the
 * other half ("equal jitter"), so runs that collided spread out instead of colliding again.
 * `random` is in [0, 1).
 */
export function backoffDelayMs(policy: BackoffPolicy, n: number, random: number): number {
  const ceiling = Math.min(policy.maxMs, policy.firstMs * 2 ** Math.max(0, n - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * `attest`: the document (`--url`) and Intel's collateral from a PCCS, 30 s per request, the body
 * included. A refused connection or a 5xx/429 answer is tried again twice (after about 1 s and
 * 2 s, or a `Retry-After` of up to 10 s); a request that got no answer in time is not, so a
 * deployment that never answers fails the run within 30 s, naming it.
 */
export const ATTEST_LIMITS: RequestLimits = { timeoutMs: 30_000, retries: 2, retryBaseMs: 1000 };

/** The longest `Retry-After` an `attest` request waits out; a longer one ends its retries. */
export const ATTEST_MAX_RETRY_AFTER_MS = 10_000;
