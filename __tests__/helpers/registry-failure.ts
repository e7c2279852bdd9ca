import { RegistryError } from '../../src/registry/errors.js';

/** The RegistryError a look-up fails with; any other outcome fails the test. */
export async function registryFailure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError, the look-up succeeded');
}
