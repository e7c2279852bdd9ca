import { InputError } from '../errors.js';

const HEX_PAIRS = /^(?:[0-9a-fA-F]{2})*$/;

/** Whether the text is whole hex pairs (none at all included), either case. */
export function isHexPairs(text: string): boolean {
  return HEX_PAIRS.test(text);
}

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

/**
 * A field that must be a hex string of `length` bytes, `0x` allowed: the hex, lowercased.
 * Anything else is refused with an error naming `where`.
 */
export function hexField(value: unknown, where: string, length: number): string {
  if (typeof value !== 'string') throw new InputError(where, 'must be a hex string');
  const hex = value.startsWith('0x') ? value.slice(2) : value;
  hexToBytes(hex, where, length);
  return hex.toLowerCase();
}

const isByte = (b: unknown): boolean =>
  Number.isInteger(b) && (b as number) >= 0 && (b as number) <= 255;

/** The bytes of an array of byte values (integers 0–255); null for anything else. */
export function byteArray(value: unknown): Uint8Array | null {
  return Array.isArray(value) && value.every(isByte) ? Uint8Array.from(value as number[]) : null;
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
