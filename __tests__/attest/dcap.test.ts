// The quote's signature by the two DCAP verifiers, on real quotes and Intel's real collateral:
// what verifies, and every tampering each of them alone would let through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pckIdentity, verifyQuote } from '../../src/attest/dcap.js';
import { readCollateral, type Collateral } from '../../src/core/attest/collateral.js';
import {
  ATTEST_FIXTURES,
  flipByte,
  flipHexDigit,
  NEAR_MPC_TIME,
  nearMpcCollateral,
  nearMpcPublicData,
  nearMpcQuoteBytes,
} from '../helpers/dstack-attest-fixtures.js';

const near = (): Collateral => readCollateral(nearMpcCollateral(), 'collateral.json');
const embedded = (): Collateral =>
  readCollateral(nearMpcPublicData().tee_participant_info.Dstack.collateral, 'public_data.json');
const qvlQuote = (): Uint8Array =>
  new Uint8Array(readFileSync(join(ATTEST_FIXTURES, 'dcap-qvl/tdx_quote')));
const qvlCollateral = (): Collateral =>
  readCollateral(
    JSON.parse(readFileSync(join(ATTEST_FIXTURES, 'dcap-qvl/tdx_quote_collateral.json'), 'utf8')),
    'tdx_quote_collateral.json',
  );
const QVL_TIME = Date.parse('2025-06-19T11:16:03Z') / 1000;
const DAY = 86_400;

describe('real quotes verify with their real collateral', () => {
  it.each<[string, () => Uint8Array, () => Collateral, number]>([
    ['near/mpc with collateral.json (hex)', nearMpcQuoteBytes, near, NEAR_MPC_TIME],
    [
      'near/mpc with the collateral its public_data embeds (byte arrays)',
      nearMpcQuoteBytes,
      embedded,
      NEAR_MPC_TIME,
    ],
    [
      'near/mpc an hour before its QE identity expires',
      nearMpcQuoteBytes,
      near,
      Date.parse('2026-09-11T23:00:00Z') / 1000,
    ],
    ["dcap-qvl's sample TDX quote", qvlQuote, qvlCollateral, QVL_TIME],
  ])('%s: UpToDate, no advisories', (_name, quote, collateral, at) => {
    expect(verifyQuote(quote(), collateral(), at)).toEqual({
      ok: true,
      status: 'UpToDate',
      advisoryIds: [],
    });
  });

  it('the embedded collateral is the same collateral as collateral.json', () => {
    const withoutChain = (c: Collateral) => ({ ...c, pck_certificate_chain: undefined });
    expect(withoutChain(embedded())).toEqual(withoutChain(near()));
  });

  it('names the platform a PCCS is asked about: FMSPC from the PCK certificate, its CA', () => {
    const fmspc = (JSON.parse(near().tcb_info) as { fmspc: string }).fmspc.toUpperCase();
    expect(pckIdentity(nearMpcQuoteBytes())).toEqual({ fmspc, ca: 'platform' });
  });
});

describe('refused, naming why', () => {
  const quote = nearMpcQuoteBytes;
  // A v4 quote: 48-byte header, 584-byte TD report, then the signature data.
  it.each<[string, () => Uint8Array, () => Collateral, number, RegExp]>([
    [
      'collateral expired (TCB info next update passed)',
      quote,
      near,
      NEAR_MPC_TIME + 40 * DAY,
      /TCBInfo expired/,
    ],
    [
      'collateral not yet valid (before the TCB info issue date)',
      quote,
      near,
      NEAR_MPC_TIME - DAY,
      /TCBInfo issue date is in the future/,
    ],
    [
      'the QE identity expired, the TCB info not yet',
      quote,
      near,
      Date.parse('2026-09-12T05:00:00Z') / 1000,
      /QE Identity expired/,
    ],
    [
      'a flipped header byte',
      () => flipByte(quote(), 10),
      near,
      NEAR_MPC_TIME,
      /signature is invalid/,
    ],
    [
      'a flipped RTMR3 byte',
      () => flipByte(quote(), 48 + 328 + 3 * 48 + 7),
      near,
      NEAR_MPC_TIME,
      /signature is invalid/,
    ],
    [
      'a flipped REPORTDATA byte',
      () => flipByte(quote(), 48 + 520 + 3),
      near,
      NEAR_MPC_TIME,
      /signature is invalid/,
    ],
    [
      'a flipped signature byte',
      () => flipByte(quote(), 640),
      near,
      NEAR_MPC_TIME,
      /signature is invalid/,
    ],
    [
      "another platform's collateral",
      quote,
      qvlCollateral,
      NEAR_MPC_TIME,
      /expired|Fmspc mismatch/,
    ],
    [
      'an edited TCB info (its signature no longer holds)',
      quote,
      () => ({ ...near(), tcb_info: near().tcb_info.replace('"UpToDate"', '"UpToDatf"') }),
      NEAR_MPC_TIME,
      /Signature is invalid for tcb_info/,
    ],
    // The JavaScript verifier alone accepts these two: it checks no revocation list's signature.
    [
      'a PCK CRL whose signature is broken',
      quote,
      () => ({ ...near(), pck_crl: flipHexDigit(near().pck_crl, near().pck_crl.length - 20) }),
      NEAR_MPC_TIME,
      /Rust verifier/,
    ],
    [
      'a root CA CRL whose signature is broken',
      quote,
      () => ({
        ...near(),
        root_ca_crl: flipHexDigit(near().root_ca_crl, near().root_ca_crl.length - 20),
      }),
      NEAR_MPC_TIME,
      /Rust verifier/,
    ],
    // The published WebAssembly build alone accepts these two: it predates QE identity checks.
    [
      'a QE identity whose signature is broken',
      quote,
      () => ({ ...near(), qe_identity_signature: flipHexDigit(near().qe_identity_signature, 10) }),
      NEAR_MPC_TIME,
      /Signature is invalid for qe_identity/,
    ],
    [
      'a QE identity edited to another enclave signer',
      quote,
      () => {
        const c = near();
        const { mrsigner } = JSON.parse(c.qe_identity) as { mrsigner: string };
        return { ...c, qe_identity: c.qe_identity.replace(mrsigner, '00'.repeat(32)) };
      },
      NEAR_MPC_TIME,
      /Signature is invalid for qe_identity/,
    ],
  ])('%s', (_name, q, collateral, at, reason) => {
    const answer = verifyQuote(q(), collateral(), at);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.reason).toMatch(reason);
  });
});
