import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  CREDENTIAL_HELPER_TIMEOUT_MS,
  GITHUB_LIMITS,
  REGISTRY_LIMITS,
} from '../../src/core/time-limits.js';
import { timeLimits } from '../../src/workspace/time-limits.js';

describe('timeLimits', () => {
  it('keeps the defaults when no test knob is set', () => {
    const limits = timeLimits({});
    expect(limits.github).toEqual(GITHUB_LIMITS);
    expect(limits.registry).toEqual(REGISTRY_LIMITS);
    expect(limits.credentialHelperMs).toBe(CREDENTIAL_HELPER_TIMEOUT_MS);
  });

  it('shortens every request timeout, the helper timeout and the back-off unit together', () => {
    const limits = timeLimits({
      RELEASE_TRACKER_REQUEST_TIMEOUT_MS: '1500',
      RELEASE_TRACKER_RETRY_BASE_MS: '5',
    });
    expect(limits.github).toEqual({ ...GITHUB_LIMITS, timeoutMs: 1500, retryBaseMs: 5 });
    expect(limits.registry).toEqual({ ...REGISTRY_LIMITS, timeoutMs: 1500, retryBaseMs: 5 });
    expect(limits.credentialHelperMs).toBe(1500);
  });

  it.each(['0', '-1', '1.5', 'soon', ' 10'])('refuses %j, naming the variable', (value) => {
    let error: unknown;
    try {
      timeLimits({ RELEASE_TRACKER_REQUEST_TIMEOUT_MS: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('RELEASE_TRACKER_REQUEST_TIMEOUT_MS');
  });
});
