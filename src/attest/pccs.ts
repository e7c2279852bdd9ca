/**
 * Intel's collateral for a quote, fetched from a PCCS (Intel's PCS/PCCS API v4, as Phala's
 * pccs.phala.network serves it): the PCK CRL of the CA that issued the quote's PCK certificate,
 * the TDX TCB info and QE identity for its FMSPC, and the root CA CRL. Every answer is bounded in
 * time and size as it streams. The quote names what to ask for: its FMSPC and its PCK CA.
 */
import { collateralFromPccs, type Collateral, type PccsAnswer } from '../core/attest/collateral.js';
import type { PublicGet } from '../http/get-public.js';
import type { PckIdentity } from './dcap.js';

/** Collateral answers are small (a few KB); 1 MiB is room to spare. */
const MAX_ANSWER_BYTES = 1024 * 1024;

export async function fetchCollateral(
  pccs: URL,
  { fmspc, ca }: PckIdentity,
  web: PublicGet,
): Promise<Collateral> {
  const root = pccs.href.replace(/\/+$/, '').replace(/\/(sgx|tdx)\/certification\/v4$/, '');
  // Header names as API v4 sends them; older PCCS versions send the TCB chain as SGX-TCB-….
  const get = async (path: string, ...headers: string[]): Promise<PccsAnswer> => {
    const response = await web(new URL(`${root}/${path}`), MAX_ANSWER_BYTES, '*/*');
    const chain = headers.map((h) => response.headers.get(h)).find((v) => v !== null) ?? null;
    return { body: new Uint8Array(await response.arrayBuffer()), issuerChain: chain };
  };
  const [pckCrl, tcbInfo, qeIdentity, rootCaCrl] = await Promise.all([
    get(`sgx/certification/v4/pckcrl?ca=${ca}&encoding=der`, 'SGX-PCK-CRL-Issuer-Chain'),
    get(
      `tdx/certification/v4/tcb?fmspc=${fmspc}`,
      'TCB-Info-Issuer-Chain',
      'SGX-TCB-Info-Issuer-Chain',
    ),
    get('tdx/certification/v4/qe/identity', 'SGX-Enclave-Identity-Issuer-Chain'),
    get('sgx/certification/v4/rootcacrl'),
  ]);
  return collateralFromPccs({ pckCrl, tcbInfo, qeIdentity, rootCaCrl }, pccs.host);
}
