/**
 * Values dstack derives from a TD's registers, recomputed here to compare with what a quote or a
 * document reports: MRCONFIGID (how the TD was launched for a compose hash) and mr_aggregated.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256Hex } from '../hash.js';
import { bytesToHex } from './hex.js';
import type { TdxQuote } from './tdx-quote.js';

const ZERO_TAIL = '00'.repeat(15);

/** MRCONFIGID v1: `01` ‖ compose hash ‖ zeros. */
export function mrConfigIdV1(composeHash: string): string {
  return `01${composeHash}${ZERO_TAIL}`;
}

/** dstack's key provider kinds, as MRCONFIGID v2 encodes them (one byte). */
export const KEY_PROVIDER_KINDS = { none: 0, local: 1, kms: 2, tpm: 3 } as const;
export type KeyProviderKind = keyof typeof KEY_PROVIDER_KINDS;

/**
 * MRCONFIGID v2: `02` ‖ keccak-256(compose hash ‖ app id (20 bytes) ‖ key provider kind (1 byte)
 * ‖ key provider id) ‖ zeros.
 */
export function mrConfigIdV2(
  composeHash: string,
  appId: string,
  keyProvider: KeyProviderKind,
  keyProviderId: string,
): string {
  const preimage = Buffer.concat([
    Buffer.from(composeHash, 'hex'),
    Buffer.from(appId, 'hex'),
    Uint8Array.of(KEY_PROVIDER_KINDS[keyProvider]),
    Buffer.from(keyProviderId, 'hex'),
  ]);
  return `02${bytesToHex(keccak_256(preimage))}${ZERO_TAIL}`;
}

/**
 * MRCONFIGID v3: `03` ‖ SHA-256("dstack-mr-config-v3:" ‖ 0x00 ‖ the mr_config document bytes) ‖
 * zeros. The document is hashed as given, never re-serialised.
 */
export function mrConfigIdV3(document: string): string {
  return `03${sha256Hex('dstack-mr-config-v3:', Uint8Array.of(0), document)}${ZERO_TAIL}`;
}

/**
 * dstack's mr_aggregated: SHA-256 of MRTD ‖ RTMR0 ‖ RTMR1 ‖ RTMR2 ‖ RTMR3, followed by MRCONFIGID
 * ‖ MROWNER ‖ MROWNERCONFIG unless all three are zero (kept out for older deployments).
 * RTMR3 is the replayed one, which the rtmr3 check compares with the quote's.
 */
export function mrAggregated(quote: TdxQuote, rtmr3: string): string {
  const registers = [quote.mrtd, quote.rtmrs[0], quote.rtmrs[1], quote.rtmrs[2], rtmr3];
  const config = [quote.mrConfigId, quote.mrOwner, quote.mrOwnerConfig];
  if (config.some((hex) => /[^0]/.test(hex))) registers.push(...config);
  return sha256Hex(...registers.map((hex) => Buffer.from(hex, 'hex')));
}
