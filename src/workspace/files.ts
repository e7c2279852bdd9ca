import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../core/errors.js';

/** Inputs are small text files; anything bigger is refused rather than read (SPEC §7). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Reads a user-supplied file, refusing a missing, non-regular or oversized one with an error naming `input`. */
export async function readInputFile(path: string, input: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(input, `${path} is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(input, `cannot read ${path}: file not found`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(
      input,
      `${path} is ${size} bytes; inputs over ${MAX_INPUT_BYTES} bytes are refused`,
    );
  }
  return readFile(path);
}

/** Refuses an oversized inline value the same way as a file. */
export function checkInputSize(text: string, input: string): void {
  if (Buffer.byteLength(text) > MAX_INPUT_BYTES) {
    throw new InputError(input, `value is over ${MAX_INPUT_BYTES} bytes; refused`);
  }
}

/**
 * Writes through a temporary file in the same directory, then renames, so a reader never sees a
 * half-written release file and a crash leaves the old file in place.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(tmp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes as UTF-8, refusing invalid sequences instead of replacing them. */
export function decodeUtf8(bytes: Uint8Array, input: string, path: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(input, `${path} is not valid UTF-8 text`);
  }
}
