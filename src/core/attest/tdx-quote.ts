/**
 * The measurement fields of an Intel TDX quote (DCAP quote format v4, and v5 with a TD 1.0 or
 * TD 1.5 report body). Only the fields are read here; the signature chain is not verified.
 *
 * Layout (all little-endian): a 48-byte header (u16 version, u16 attestation key type, u32 TEE
 * type, …); v5 then has u16 body type and u32 body size; then the TD report body, in which MRTD,
 * MRCONFIGID, MROWNER, MROWNERCONFIG, RTMR0–3 (48 bytes each) and REPORTDATA (64) sit at fixed
 * offsets; then u32 signature data length and the signature data.
 */
import { bytesToHex, hexToBytes, preview } from './hex.js';
import { InputError } from '../errors.js';

const HEADER_BYTES = 48;
const TEE_TYPE_TDX = 0x81;
const TD10_BODY_BYTES = 584;
const TD15_BODY_BYTES = 648;
const V5_BODY_DESCRIPTOR_BYTES = 6;
const V5_BODY_TD10 = 2;
const V5_BODY_TD15 = 3;

/** Offsets of the fields inside a TD report body (TD 1.5 only appends fields). */
const BODY = {
  mrtd: 136,
  mrConfigId: 184,
  mrOwner: 232,
  mrOwnerConfig: 280,
  rtmr0: 328,
  reportData: 520,
} as const;
const MEASUREMENT_BYTES = 48;
const REPORT_DATA_BYTES = 64;

export interface TdxQuote {
  readonly version: 4 | 5;
  readonly attestationKeyType: number;
  /** `td1.0` for v4 and v5 body type 2, `td1.5` for v5 body type 3. */
  readonly body: 'td1.0' | 'td1.5';
  readonly mrtd: string;
  readonly mrConfigId: string;
  readonly mrOwner: string;
  readonly mrOwnerConfig: string;
  readonly rtmrs: readonly [string, string, string, string];
  readonly reportData: string;
  /** Length of the signature data the quote declares (present in full, not verified). */
  readonly signatureDataLength: number;
  /** Bytes after the signature data (real quotes are often zero-padded to a fixed buffer). */
  readonly trailingBytes: number;
  /** The quote's bytes. */
  readonly bytes: Uint8Array;
}

/**
 * Reads a TDX quote from its bytes, or from hex text (whitespace anywhere and a `0x` prefix are
 * tolerated). Anything short, of another TEE, or of an unknown version is an InputError
 * naming `where`; no read ever goes past the end.
 */
export function parseTdxQuote(input: string | Uint8Array, where: string): TdxQuote {
  const bytes = typeof input === 'string' ? quoteHexToBytes(input, where) : input;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (end: number, what: string): void => {
    if (bytes.byteLength < end) {
      throw new InputError(
        where,
        `truncated TDX quote: ${what} needs ${end} bytes, the quote has ${bytes.byteLength}`,
      );
    }
  };

  need(HEADER_BYTES, 'the header');
  const version = view.getUint16(0, true);
  const attestationKeyType = view.getUint16(2, true);
  const teeType = view.getUint32(4, true);
  if (teeType !== TEE_TYPE_TDX) {
    throw new InputError(
      where,
      `not a TDX quote: TEE type 0x${teeType.toString(16)} (TDX is 0x81${teeType === 0 ? '; 0 is SGX' : ''})`,
    );
  }

  let bodyStart: number;
  let bodyBytes: number;
  let body: TdxQuote['body'];
  if (version === 4) {
    bodyStart = HEADER_BYTES;
    bodyBytes = TD10_BODY_BYTES;
    body = 'td1.0';
  } else if (version === 5) {
    need(HEADER_BYTES + V5_BODY_DESCRIPTOR_BYTES, 'the v5 body descriptor');
    const bodyType = view.getUint16(HEADER_BYTES, true);
    bodyBytes = view.getUint32(HEADER_BYTES + 2, true);
    bodyStart = HEADER_BYTES + V5_BODY_DESCRIPTOR_BYTES;
    if (bodyType === V5_BODY_TD10 && bodyBytes === TD10_BODY_BYTES) body = 'td1.0';
    else if (bodyType === V5_BODY_TD15 && bodyBytes === TD15_BODY_BYTES) body = 'td1.5';
    else {
      throw new InputError(
        where,
        `quote v5 with body type ${bodyType} of ${bodyBytes} bytes is not a TD report (type 2 of ${TD10_BODY_BYTES} or type 3 of ${TD15_BODY_BYTES})`,
      );
    }
  } else {
    throw new InputError(
      where,
      `unsupported TDX quote version ${version} (versions 4 and 5 are read)`,
    );
  }

  const bodyEnd = bodyStart + bodyBytes;
  need(bodyEnd, 'the TD report');
  need(bodyEnd + 4, 'the signature data length');
  const signatureDataLength = view.getUint32(bodyEnd, true);
  const end = bodyEnd + 4 + signatureDataLength;
  need(end, `the signature data (${signatureDataLength} bytes)`);

  const field = (offset: number, length: number): string =>
    bytesToHex(bytes.subarray(bodyStart + offset, bodyStart + offset + length));
  const rtmr = (i: number): string => field(BODY.rtmr0 + i * MEASUREMENT_BYTES, MEASUREMENT_BYTES);
  return {
    version,
    attestationKeyType,
    body,
    mrtd: field(BODY.mrtd, MEASUREMENT_BYTES),
    mrConfigId: field(BODY.mrConfigId, MEASUREMENT_BYTES),
    mrOwner: field(BODY.mrOwner, MEASUREMENT_BYTES),
    mrOwnerConfig: field(BODY.mrOwnerConfig, MEASUREMENT_BYTES),
    rtmrs: [rtmr(0), rtmr(1), rtmr(2), rtmr(3)],
    reportData: field(BODY.reportData, REPORT_DATA_BYTES),
    signatureDataLength,
    trailingBytes: bytes.byteLength - end,
    bytes,
  };
}

function quoteHexToBytes(text: string, where: string): Uint8Array {
  let hex = text.replace(/\s+/g, '');
  if (/^0x/i.test(hex)) hex = hex.slice(2);
  if (hex === '') throw new InputError(where, 'the TDX quote is empty');
  if (!/^[0-9a-fA-F]*$/.test(hex)) {
    throw new InputError(where, `not hex: ${preview(hex)} (a TDX quote is given as hex)`);
  }
  if (hex.length % 2 !== 0) {
    throw new InputError(where, 'the TDX quote hex has an odd number of digits');
  }
  return hexToBytes(hex, where);
}
