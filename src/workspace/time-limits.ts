import { InputError } from '../core/errors.js';
import {
  ATTEST_LIMITS,
  BRANCH_MOVED_BACKOFF,
  CREDENTIAL_HELPER_TIMEOUT_MS,
  GITHUB_LIMITS,
  REGISTRY_LIMITS,
  type BackoffPolicy,
  type RequestLimits,
} from '../core/time-limits.js';

/** README: Decisions, time limits. */
export interface TimeLimits {
  readonly github: RequestLimits;
  readonly registry: RequestLimits;
  /** `attest`: its document URL and the PCCS. */
  readonly attest: RequestLimits;
  /** How long a Docker credential helper may take to answer. */
  readonly credentialHelperMs: number;
  readonly branchMoved: BackoffPolicy;
}

/** A positive whole number of milliseconds from the environment, or the fallback. */
function millis(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) === 0) {
    throw new InputError(name, `"${text}" is not a positive number of milliseconds`);
  }
  return Number(text);
}

/**
 * The time limits of the action and the CLI, at their defaults unless a test shortens them:
 * `RELEASE_TRACKER_REQUEST_TIMEOUT_MS` (each attempt of a GitHub or registry request, and a
 * credential helper's answer) and `RELEASE_TRACKER_RETRY_BASE_MS` (the back-off unit before
 * retrying one). For tests only.
 */
export function timeLimits(env: NodeJS.ProcessEnv): TimeLimits {
  const limits = (defaults: RequestLimits): RequestLimits => ({
    ...defaults,
    timeoutMs: millis(env, 'RELEASE_TRACKER_REQUEST_TIMEOUT_MS', defaults.timeoutMs),
    retryBaseMs: millis(env, 'RELEASE_TRACKER_RETRY_BASE_MS', defaults.retryBaseMs),
  });
  return {
    github: limits(GITHUB_LIMITS),
    registry: limits(REGISTRY_LIMITS),
    attest: limits(ATTEST_LIMITS),
    credentialHelperMs: millis(
      env,
      'RELEASE_TRACKER_REQUEST_TIMEOUT_MS',
      CREDENTIAL_HELPER_TIMEOUT_MS,
    ),
    branchMoved: BRANCH_MOVED_BACKOFF,
  };
}
