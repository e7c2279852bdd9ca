/**
 * When a request is tried again, and how long a run may spend waiting to: 5xx, 429 and network
 * errors are retried after an exponential back-off with jitter, or after what `Retry-After` asks;
 * and every wait of a registry client comes out of one budget, so a registry answering every
 * request with `429 Retry-After: 30` costs the run that budget once, not per image.
 */
import { REGISTRY_JITTER } from '../core/time-limits.js';

export const isRetryable = (status: number): boolean => status === 429 || status >= 500;

/** `Retry-After` as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; Date.parse would read "-1" as a year.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before retry `attempt` (1-based): `baseMs × 2^(attempt-1)`, stretched or shrunk by up
 * to the jitter, so look-ups that failed together do not retry together. Its most is what the
 * stall budget counts (src/core/time-limits.ts). `random` is in [0, 1).
 */
export function backoffMs(baseMs: number, attempt: number, random = Math.random()): number {
  const base = baseMs * 2 ** (attempt - 1);
  const spread = REGISTRY_JITTER - 1;
  return Math.round(base * (1 - spread + random * 2 * spread));
}

/** The waiting a whole run may do before retries, shared by every request of one client. */
export class WaitBudget {
  private spentMs = 0;
  constructor(readonly totalMs: number) {}

  /** Takes `ms` out of the budget; false, taking nothing, when that much is no longer left. */
  take(ms: number): boolean {
    if (this.spentMs + ms > this.totalMs) return false;
    this.spentMs += ms;
    return true;
  }
}
