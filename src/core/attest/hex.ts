import { InputError } from '../errors.js';

const HEX_PAIRS = /^(?:[0-9a-fA-F]{2})*$/;

/**
 * Bytes of a hex string, refusing anything that is not whole hex pairs (Buffer.from(s, 'hex')
 * silently stops at the first bad character, which would hash the wrong bytes).
 */
export function hexToBytes(text: string, where: string, expectedLength?: number): Uint8Array {
  if (!HEX_PAIRS.test(text)) {
    throw new InputError(where, `not hex: ${preview(text)}`);
  }
  if (expectedLength !== undefined && text.length !== expectedLength * 2) {
    throw new InputError(
      where,
      `expected ${expectedLength} bytes (${expectedLength * 2} hex digits), got ${text.length} hex digits`,
    );
  }
  return Uint8Array.from(Buffer.from(text, 'hex'));
}

/** Lowercase hex of the bytes. */
export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A short, printable excerpt of a value for an error message. */
export function preview(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}
