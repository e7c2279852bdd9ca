/**
 * Two kinds of failure, because the CLI maps them to different exit codes: bad input is a usage
 * error (2), a failed check is 1. The action fails on both.
 */

/**
 * Input the user gave is invalid. `input` names the culprit (an action input, flag or file); the
 * message is `<input>: <reason>`, and `reason` alone lets a caller restate it under another name.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}

/** A check failed: a hash mismatch, a record that is not there, a conflicting remote state. */
export class CheckError extends Error {
  override name = 'CheckError';
}

/** Text of any thrown value, Error or not. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * The system error code (`ENOENT`, `ENOTFOUND`…) of an error, or of the first error it wraps that
 * has one (undici's `fetch failed` carries the socket error as its cause).
 */
export function errorCode(error: unknown): string | undefined {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
