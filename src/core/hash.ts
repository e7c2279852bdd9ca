import { createHash } from 'node:crypto';

/** SHA-256 of the exact bytes of the parts, concatenated (strings as UTF-8), lowercase hex. */
export function sha256Hex(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** SHA-384 of the parts, concatenated: the hash TDX measurement registers extend with. */
export function sha384(...parts: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha384');
  for (const part of parts) hash.update(part);
  return hash.digest();
}
