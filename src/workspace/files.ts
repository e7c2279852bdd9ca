import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { MAX_INPUT_BYTES } from '../core/limits.js';

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

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes as UTF-8, refusing invalid sequences instead of replacing them. */
export function decodeUtf8(bytes: Uint8Array, input: string, path: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(input, `${path} is not valid UTF-8 text`);
  }
}
