/**
 * The quote's signature, by two maintained DCAP verifiers that must both accept it (README:
 * Dependencies): Phala's dcap-qvl in JavaScript, which checks the QE identity and the validity
 * window of the collateral, and the same library's Rust implementation (the one dstack uses),
 * built to WebAssembly, whose webpki checks the signatures of the revocation lists. Neither is
 * complete alone; no certificate or signature logic is written here.
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { initSync, js_verify } from '@phala/dcap-qvl-web';
import { getFmspc } from '@phala/dcap-qvl/src/intel.js';
import { Quote } from '@phala/dcap-qvl/src/quote.js';
import { verify } from '@phala/dcap-qvl/src/verify.js';
import type { Collateral } from '../core/attest/collateral.js';
import { bytesToHex } from '../core/attest/hex.js';
import { errorMessage } from '../core/errors.js';

export type VerifierAnswer =
  | { readonly ok: true; readonly status: string; readonly advisoryIds: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly status: string | null };

let wasmReady = false;

/** Compiles the WebAssembly module once; the bundle carries it beside the code that loads it. */
function rustVerifier(): typeof js_verify {
  if (!wasmReady) {
    const url = new URL(
      '../../node_modules/@phala/dcap-qvl-web/dcap-qvl-web_bg.wasm',
      import.meta.url,
    );
    initSync({ module: readFileSync(url) });
    wasmReady = true;
  }
  return js_verify;
}

/** Verifies `quote` with `collateral` at `at` (Unix seconds). Never throws for a bad quote. */
export function verifyQuote(quote: Uint8Array, collateral: Collateral, at: number): VerifierAnswer {
  let status: string;
  let advisoryIds: readonly string[];
  try {
    const report = verify(Buffer.from(quote), { ...collateral }, at);
    status = report.status;
    advisoryIds = [...report.advisory_ids];
  } catch (error) {
    const reason = errorMessage(error);
    const refusedStatus = /^TCB status is invalid: (\w+)$/.exec(reason)?.[1] ?? null;
    return { ok: false, reason, status: refusedStatus };
  }
  try {
    rustVerifier()(quote, { ...collateral }, BigInt(at));
  } catch (error) {
    return { ok: false, reason: `${errorMessage(error)} (the Rust verifier)`, status: null };
  }
  return { ok: true, status, advisoryIds };
}

/** What a PCCS is asked for a quote: its platform's FMSPC and the CA that issued its PCK certificate. */
export interface PckIdentity {
  readonly fmspc: string;
  readonly ca: 'processor' | 'platform';
}

export function pckIdentity(quote: Uint8Array): PckIdentity {
  const parsed = Quote.parse(Buffer.from(quote));
  const fmspc = bytesToHex(getFmspc(parsed)).toUpperCase();
  const pem = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(
    Buffer.from(parsed.rawCertChain()).toString('latin1'),
  )?.[0];
  if (pem === undefined) throw new Error('the quote carries no PCK certificate');
  const issuer = new X509Certificate(pem).issuer;
  return { fmspc, ca: /Platform CA/.test(issuer) ? 'platform' : 'processor' };
}
