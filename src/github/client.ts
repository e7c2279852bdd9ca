import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { isRecord } from '../core/values.js';
import { CheckError, InputError, errorMessage } from '../core/errors.js';
import { GITHUB_LIMITS } from '../core/time-limits.js';
import { fetchWithin, type FetchLimits } from '../http/fetch-within.js';

/** An authenticated Octokit with the REST methods, pagination, retry and throttling. */
export type GitHub = ReturnType<typeof getOctokit>;

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GitHubOptions {
  /** REST API root; default `GITHUB_API_URL`, else https://api.github.com (GHES: `https://host/api/v3`). */
  readonly baseUrl?: string;
  readonly userAgent?: string;
  /**
   * Retries of a failed request (5xx, no answer) and of a rate-limited one. Default 2
   * (README: Decisions, time limits).
   */
  readonly retries?: number;
  /**
   * Milliseconds per unit of the plugins' back-off (retry waits 1, 4, 9… units; rate limits wait
   * `retry-after` seconds). Default 1000; tests make it small.
   */
  readonly retryAfterBaseValue?: number;
  /** One attempt of a request, its answer's body included. Default 30 s. */
  readonly timeoutMs?: number;
  /**
   * Space mutating requests a second apart, as GitHub asks to avoid secondary rate limits. Default
   * true; the action turns it off (it makes about ten writes a run, README: Decisions), and the
   * throttling plugin still honours a secondary-limit answer.
   */
  readonly paceWrites?: boolean;
  readonly log?: GitHubLog;
}

/**
 * The largest GitHub answer read: a page of a hundred releases with full notes (125,000
 * characters each), or a recorded file over the contents API (base64 of a 10 MB input), fit well.
 */
export const MAX_GITHUB_ANSWER_BYTES = 64 * 1024 * 1024;

/** The longest primary-rate-limit wait worth sitting through in a job, in seconds. */
const MAX_RATE_LIMIT_WAIT_S = 15 * 60;

const coreLog: GitHubLog = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};

type OctokitOptions = NonNullable<Parameters<typeof getOctokit>[1]>;
type ThrottleOptions = NonNullable<OctokitOptions['throttle']>;
type LimiterGroup = NonNullable<Extract<ThrottleOptions, { onRateLimit: unknown }>['write']>;

/**
 * A limiter group that lets every job through at once. The throttling plugin only calls
 * `key(id).schedule(options, fn, ...args)` on its groups (Bottleneck.Group's interface).
 */
const unpaced = {
  key: () => ({
    schedule: (_options: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(fn(...args)),
  }),
} as unknown as LimiterGroup;

/** The REST API root: the option, else `GITHUB_API_URL`, else github.com's; no trailing slash. */
function apiBaseUrl(baseUrl?: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = baseUrl || env['GITHUB_API_URL'] || 'https://api.github.com';
  return url.replace(/\/+$/, '');
}

/** Each client's time limit per attempt, for requests made beside Octokit (asset storage). */
const limitsOf = new WeakMap<GitHub, FetchLimits>();

export function requestLimitsOf(gh: GitHub): FetchLimits {
  return (
    limitsOf.get(gh) ?? { timeoutMs: GITHUB_LIMITS.timeoutMs, maxBytes: MAX_GITHUB_ANSWER_BYTES }
  );
}

export function createGitHub(token: string, opts: GitHubOptions = {}): GitHub {
  if (token === '') throw new InputError('token', 'is empty');
  // Masked before anything else can print it.
  core.setSecret(token);
  const log = opts.log ?? coreLog;
  const retries = opts.retries ?? GITHUB_LIMITS.retries;
  const baseValue = opts.retryAfterBaseValue ?? GITHUB_LIMITS.retryBaseMs;
  const limits: FetchLimits = {
    timeoutMs: opts.timeoutMs ?? GITHUB_LIMITS.timeoutMs,
    maxBytes: MAX_GITHUB_ANSWER_BYTES,
  };

  const onLimit =
    (kind: string, maxWait: number) =>
    (
      retryAfter: number,
      options: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${options.method} ${options.url}`;
      if (retryCount < retries && retryAfter <= maxWait) {
        log.warn(
          `${kind} hit by ${what}; retrying in ${retryAfter}s (${retryCount + 1}/${retries})`,
        );
        return true;
      }
      log.warn(`${kind} hit by ${what}; giving up after ${retryCount} retries`);
      return false;
    };

  const gh = getOctokit(
    token,
    {
      baseUrl: apiBaseUrl(opts.baseUrl),
      userAgent: opts.userAgent ?? 'release-tracker',
      log,
      request: { fetch: fetchWithin(limits) },
      retry: {
        retries,
        retryAfterBaseValue: baseValue,
        // 409 joins the plugin's list: on the git data API it means "the branch moved" (retried by
        // the caller with a fresh head), and resending the same request cannot fix it.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
      },
      throttle: {
        retryAfterBaseValue: baseValue,
        onRateLimit: onLimit('GitHub API rate limit', MAX_RATE_LIMIT_WAIT_S),
        onSecondaryRateLimit: onLimit('GitHub API secondary rate limit', MAX_RATE_LIMIT_WAIT_S),
        ...(opts.paceWrites === false && { write: unpaced, notifications: unpaced }),
      },
    },
    retry,
    throttling,
  );
  limitsOf.set(gh, limits);
  return gh;
}

/** What a failed Octokit request carries; narrowed without depending on @octokit/request-error. */
export interface ApiError {
  /** The HTTP status; Octokit reports a request that got no answer as 500. */
  readonly status: number;
  /** GitHub's `message`, else the error's. */
  readonly message: string;
  /** `errors[].code` of a validation failure, e.g. `already_exists`. */
  readonly codes: readonly string[];
  /** `errors[]` as text (`message`, else `field code`). */
  readonly details: readonly string[];
  /** False when no answer came at all (network failure, timeout). */
  readonly responded: boolean;
}

const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/** The HTTP side of an Octokit RequestError, or undefined for anything else. */
export function apiError(error: unknown): ApiError | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
    return undefined;
  }
  const response = field(error, 'response');
  const data = field(response, 'data');
  const dataMessage = field(data, 'message');
  const errors = field(data, 'errors');
  const codes: string[] = [];
  const details: string[] = [];
  for (const item of Array.isArray(errors) ? (errors as unknown[]) : []) {
    const code = field(item, 'code');
    const message = field(item, 'message');
    if (typeof code === 'string') codes.push(code);
    if (typeof message === 'string') details.push(message);
    else if (typeof code === 'string')
      details.push(`${String(field(item, 'field') ?? '')} ${code}`.trim());
  }
  return {
    status: error.status,
    message: typeof dataMessage === 'string' ? dataMessage : error.message,
    codes,
    details,
    responded: response !== undefined,
  };
}

export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  const api = apiError(error);
  return api !== undefined && statuses.includes(api.status);
}

/**
 * A failed API call as one actionable line: what we were doing, GitHub's answer, and for a
 * permission problem what to change in the workflow.
 */
export function describeApiError(doing: string, error: unknown): CheckError {
  const api = apiError(error);
  if (!api) return new CheckError(`${doing}: ${errorMessage(error)}`, { cause: error });
  if (!api.responded) {
    return new CheckError(`${doing}: could not reach GitHub: ${api.message}`, { cause: error });
  }
  let hint = '';
  if (api.status === 401) hint = ' (the token is invalid or expired)';
  else if (api.status === 404) hint = ' (it does not exist, or the token cannot see it)';
  else if (api.status === 403 && /not accessible by integration|permission/i.test(api.message)) {
    hint = ' (grant the workflow `permissions: contents: write`)';
  }
  const details = api.details.length > 0 ? ` [${api.details.join('; ')}]` : '';
  return new CheckError(
    `${doing}: GitHub answered ${api.status}: ${api.message}${details}${hint}`,
    {
      cause: error,
    },
  );
}
