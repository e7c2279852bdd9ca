import { createHash } from 'node:crypto';

/** SHA-256 of the exact bytes (strings as UTF-8), lowercase hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
