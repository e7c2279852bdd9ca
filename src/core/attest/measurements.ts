/**
 * Values dstack derives from a TD's registers, recomputed here to compare with what a quote or a
 * document reports: MRCONFIGID (how the TD was launched for a compose hash) and mr_aggregated.
 */
import { createHash } from 'node:crypto';
import type { TdxQuote } from './tdx-quote.js';

const ZERO_TAIL = '00'.repeat(15);

/** MRCONFIGID v1: `01` ‖ compose hash ‖ zeros. */
export function mrConfigIdV1(composeHash: string): string {
  return `01${composeHash}${ZERO_TAIL}`;
}

/**
 * MRCONFIGID v3: `03` ‖ SHA-256("dstack-mr-config-v3:" ‖ 0x00 ‖ the mr_config document bytes) ‖
 * zeros. The document is hashed as given, never re-serialised.
 */
export function mrConfigIdV3(document: string): string {
  const digest = createHash('sha256')
    .update('dstack-mr-config-v3:')
    .update(Uint8Array.of(0))
    .update(document, 'utf8')
    .digest('hex');
  return `03${digest}${ZERO_TAIL}`;
}

/**
 * dstack's mr_aggregated: SHA-256 of MRTD ‖ RTMR0 ‖ RTMR1 ‖ RTMR2 ‖ RTMR3, followed by MRCONFIGID
 * ‖ MROWNER ‖ MROWNERCONFIG unless all three are zero (kept out for older deployments).
 * RTMR3 is the replayed one, which the rtmr3 check compares with the quote's.
 */
export function mrAggregated(quote: TdxQuote, rtmr3: string): string {
  const hash = createHash('sha256');
  for (const hex of [quote.mrtd, quote.rtmrs[0], quote.rtmrs[1], quote.rtmrs[2], rtmr3]) {
    hash.update(Buffer.from(hex, 'hex'));
  }
  const config = [quote.mrConfigId, quote.mrOwner, quote.mrOwnerConfig];
  if (config.some((hex) => /[^0]/.test(hex))) {
    for (const hex of config) hash.update(Buffer.from(hex, 'hex'));
  }
  return hash.digest('hex');
}
