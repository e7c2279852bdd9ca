/**
 * The error `promise` rejects with, which must be a `type` (default any Error; anything else is
 * rethrown); a promise that resolves fails the test.
 */
export async function failure(promise: Promise<unknown>): Promise<Error>;
export async function failure<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E>;
export async function failure(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => Error = Error,
): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}, it succeeded`);
}
