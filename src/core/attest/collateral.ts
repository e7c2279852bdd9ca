/**
 * Intel's collateral for a DCAP quote: the signed TCB info and QE identity, the revocation lists
 * and the certificate chains that sign them, as PCCS answers carry them and DCAP libraries take
 * them. Read here from any of the forms in use (byte fields as hex strings or as arrays of
 * numbers, as near/mpc embeds it) into one form, hex strings, so no verifier sees anything else.
 * Pure: the edge reads the file or fetches the answers.
 */
import { InputError } from '../errors.js';
import { isRecord } from '../values.js';
import { byteArray, bytesToHex, hexToBytes } from './hex.js';

/** The collateral as the verifiers take it: byte fields as lowercase hex, JSON fields as their exact text. */
export interface Collateral {
  readonly pck_crl_issuer_chain: string;
  readonly root_ca_crl: string;
  readonly pck_crl: string;
  readonly tcb_info_issuer_chain: string;
  /** The exact JSON text Intel signed. */
  readonly tcb_info: string;
  readonly tcb_info_signature: string;
  readonly qe_identity_issuer_chain: string;
  /** The exact JSON text Intel signed. */
  readonly qe_identity: string;
  readonly qe_identity_signature: string;
  /** PEM; absent when the quote carries its own PCK chain (dstack quotes do). */
  readonly pck_certificate_chain?: string;
}

const BYTE_FIELDS = [
  'root_ca_crl',
  'pck_crl',
  'tcb_info_signature',
  'qe_identity_signature',
] as const;
const TEXT_FIELDS = [
  'pck_crl_issuer_chain',
  'tcb_info_issuer_chain',
  'tcb_info',
  'qe_identity_issuer_chain',
  'qe_identity',
] as const;

/** Where a collateral came from, for what the report says: `collateral.json`, `the document`, `pccs.phala.network`. */
export interface CollateralFrom {
  readonly collateral: Collateral;
  readonly source: string;
}

/**
 * Reads collateral given as a parsed JSON object. `where` names it in errors
 * (`--collateral`, `public_data.json: tee_participant_info.Dstack.collateral`).
 */
export function readCollateral(value: unknown, where: string): Collateral {
  if (!isRecord(value)) throw new InputError(where, 'is not a JSON object of DCAP collateral');
  const out: Record<string, string> = {};
  for (const key of TEXT_FIELDS) {
    const text = value[key];
    if (typeof text !== 'string' || text === '') {
      throw new InputError(`${where}: ${key}`, 'is missing or not a string');
    }
    out[key] = text;
  }
  for (const key of BYTE_FIELDS) out[key] = byteField(value[key], `${where}: ${key}`);
  for (const key of ['tcb_info', 'qe_identity'] as const) {
    try {
      if (!isRecord(JSON.parse(out[key] as string))) throw new Error('not an object');
    } catch {
      throw new InputError(`${where}: ${key}`, 'is not the JSON text of an object');
    }
  }
  const chain = value.pck_certificate_chain;
  if (chain !== undefined && chain !== null) {
    if (typeof chain !== 'string') {
      throw new InputError(`${where}: pck_certificate_chain`, 'must be a PEM string');
    }
    if (chain !== '') out.pck_certificate_chain = chain;
  }
  return out as unknown as Collateral;
}

/** A byte field: hex text, or an array of byte values. */
function byteField(value: unknown, where: string): string {
  if (typeof value === 'string') {
    const hex = value.startsWith('0x') ? value.slice(2) : value;
    if (hex === '') throw new InputError(where, 'is empty');
    return bytesToHex(hexToBytes(hex, where));
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputError(where, 'is empty');
    const bytes = byteArray(value);
    if (bytes === null) {
      throw new InputError(where, 'must be hex text or an array of byte values (0–255)');
    }
    return bytesToHex(bytes);
  }
  throw new InputError(where, 'is missing: expected hex text or an array of byte values');
}

/** One PCCS answer as the edge received it: its body and the header that carries an issuer chain. */
export interface PccsAnswer {
  readonly body: Uint8Array;
  /** The issuer-chain header, URL-decoded already by the caller or not: decoded here. */
  readonly issuerChain: string | null;
}

/**
 * The collateral from the four answers of a PCCS (Intel's PCS/PCCS API v4): the PCK CRL (DER
 * body, `SGX-PCK-CRL-Issuer-Chain`), the TCB info (`{"tcbInfo":…,"signature":hex}`,
 * `TCB-Info-Issuer-Chain`), the QE identity (`{"enclaveIdentity":…,"signature":hex}`,
 * `SGX-Enclave-Identity-Issuer-Chain`) and the root CA CRL (hex text, as PCCS serves it). The
 * signed objects are kept as the exact text of the answer: re-serialising them would change the
 * bytes Intel signed. `host` names the PCCS in errors.
 */
export function collateralFromPccs(
  answers: {
    readonly pckCrl: PccsAnswer;
    readonly tcbInfo: PccsAnswer;
    readonly qeIdentity: PccsAnswer;
    readonly rootCaCrl: PccsAnswer;
  },
  host: string,
): Collateral {
  const chain = (answer: PccsAnswer, header: string): string => {
    if (answer.issuerChain === null || answer.issuerChain === '') {
      throw new InputError(host, `answered without the ${header} header`);
    }
    try {
      return decodeURIComponent(answer.issuerChain);
    } catch {
      throw new InputError(host, `sent a ${header} header that is not URL-encoded PEM`);
    }
  };
  const signed = (answer: PccsAnswer, member: string, what: string) => {
    const text = Buffer.from(answer.body).toString('utf8');
    const raw = rawMember(text, member);
    const signature = rawMember(text, 'signature');
    if (raw === null || signature === null || !/^"[0-9a-fA-F]+"$/.test(signature)) {
      throw new InputError(host, `answered the ${what} without "${member}" and a hex "signature"`);
    }
    return { text: raw, signature: signature.slice(1, -1).toLowerCase() };
  };
  const tcb = signed(answers.tcbInfo, 'tcbInfo', 'TCB info');
  const qe = signed(answers.qeIdentity, 'enclaveIdentity', 'QE identity');
  const rootHex = Buffer.from(answers.rootCaCrl.body).toString('latin1').trim();
  return readCollateral(
    {
      pck_crl_issuer_chain: chain(answers.pckCrl, 'SGX-PCK-CRL-Issuer-Chain'),
      pck_crl: bytesToHex(answers.pckCrl.body),
      tcb_info_issuer_chain: chain(answers.tcbInfo, 'TCB-Info-Issuer-Chain'),
      tcb_info: tcb.text,
      tcb_info_signature: tcb.signature,
      qe_identity_issuer_chain: chain(answers.qeIdentity, 'SGX-Enclave-Identity-Issuer-Chain'),
      qe_identity: qe.text,
      qe_identity_signature: qe.signature,
      root_ca_crl: rootHex,
    },
    host,
  );
}

/**
 * The exact text of the value of `key` in the top-level JSON object `text`, or null when the
 * text is not such an object or has no such key. The text is valid JSON (checked first), so a
 * scan that tracks strings and nesting finds each member's bounds without re-serialising it.
 */
export function rawMember(text: string, key: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || !(key in parsed)) return null;
  } catch {
    return null;
  }
  const space = (i: number): number => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++;
    return i;
  };
  const stringEnd = (i: number): number => {
    for (i++; text[i] !== '"'; i += text[i] === '\\' ? 2 : 1);
    return i + 1;
  };
  /** The index just past the value that starts at `i`. */
  const valueEnd = (i: number): number => {
    if (text[i] === '"') return stringEnd(i);
    if (text[i] !== '{' && text[i] !== '[') {
      while (i < text.length && !',}] \t\r\n'.includes(text[i] as string)) i++;
      return i;
    }
    let depth = 0;
    do {
      const c = text[i];
      if (c === '"') {
        i = stringEnd(i);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      i++;
    } while (depth > 0);
    return i;
  };
  // Valid JSON whose top level is an object: `{`, then `"name": value` members separated by `,`.
  // The last of duplicate members wins, as in JSON.parse.
  let found: string | null = null;
  for (let i = space(0) + 1; ;) {
    i = space(i);
    const nameEnd = stringEnd(i);
    const name = JSON.parse(text.slice(i, nameEnd)) as string;
    const start = space(space(nameEnd) + 1);
    const end = valueEnd(start);
    if (name === key) found = text.slice(start, end);
    const next = space(end);
    if (text[next] === '}') return found;
    i = next + 1;
  }
}
