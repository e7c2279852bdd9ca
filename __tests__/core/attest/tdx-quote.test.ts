import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { parseTdxQuote } from '../../../src/core/attest/tdx-quote.js';
import {
  nearMpcQuoteBytes,
  readAttestFixture,
  readTcbInfo,
} from '../../helpers/dstack-attest-fixtures.js';

interface GetQuoteAnswer {
  quote: string;
  report_data: string;
}
const getQuote = (path: string): GetQuoteAnswer =>
  JSON.parse(readAttestFixture(path)) as GetQuoteAnswer;

const v1ConfigId = (composeHash: string): string => `01${composeHash}${'0'.repeat(30)}`;
const ZERO48 = '0'.repeat(96);

/**
 * Each real quote, and what the documents beside it say the TD measured. MRCONFIGID v1 values are
 * built from the compose hash of the matching tcb_info; dstack left it unset (zeros) on 0.3 and
 * on the self-hosted verifier fixture.
 */
const QUOTES: {
  name: string;
  data: () => string | Uint8Array;
  tcbInfo?: string;
  mrConfigId: () => string;
  reportData?: () => string;
}[] = [
  {
    name: 'aurora alice',
    data: () => readAttestFixture('aurora-tee-solver/alice-quote.hex'),
    tcbInfo: 'aurora-tee-solver/alice-tcb_info.json',
    mrConfigId: () =>
      v1ConfigId(readTcbInfo('aurora-tee-solver/alice-tcb_info.json').compose_hash as string),
  },
  {
    name: 'aurora bob (same CVM, other report data)',
    data: () => readAttestFixture('aurora-tee-solver/bob-quote.hex'),
    tcbInfo: 'aurora-tee-solver/alice-tcb_info.json',
    mrConfigId: () =>
      v1ConfigId(readTcbInfo('aurora-tee-solver/alice-tcb_info.json').compose_hash as string),
  },
  {
    name: 'aurora legacy 0.3',
    data: () => readAttestFixture('aurora-tee-solver/legacy-0.3-alice-quote.hex'),
    tcbInfo: 'aurora-tee-solver/legacy-0.3-alice-tcb_info.json',
    mrConfigId: () => ZERO48,
  },
  {
    name: 'near-mpc public_data (byte array)',
    data: nearMpcQuoteBytes,
    tcbInfo: 'near-mpc/tcb_info.json',
    mrConfigId: () => v1ConfigId(readTcbInfo('near-mpc/tcb_info.json').compose_hash as string),
  },
  {
    name: 'dstack verifier quote-report',
    data: () => getQuote('dstack-verifier/quote-report.json').quote,
    mrConfigId: () => ZERO48,
    reportData: () => getQuote('dstack-verifier/quote-report.json').report_data,
  },
  {
    name: 'dstack verifier tdx-lite GetQuote',
    data: () => getQuote('dstack-verifier/tdx-lite-getquote.json').quote,
    // The compose-hash event of that answer's own log (SOURCE.txt: 86b0e55f…caa9).
    mrConfigId: () =>
      v1ConfigId('86b0e55f2fa8e4fb69d890f14f54d5612707646e2573d54e0d2ddaaade77caa9'),
    reportData: () => getQuote('dstack-verifier/tdx-lite-getquote.json').report_data,
  },
];

describe('parseTdxQuote on real quotes', () => {
  it.each(QUOTES)('$name: a v4 TDX quote whose fields match its documents', (q) => {
    const quote = parseTdxQuote(q.data(), 'quote');
    expect(quote.version).toBe(4);
    expect(quote.body).toBe('td1.0');
    expect(quote.mrConfigId).toBe(q.mrConfigId());
    expect(quote.mrOwner).toBe(ZERO48);
    expect(quote.mrOwnerConfig).toBe(ZERO48);
    if (q.tcbInfo !== undefined) {
      const doc = readTcbInfo(q.tcbInfo);
      expect(quote.mrtd).toBe(doc.mrtd);
      expect(quote.rtmrs).toEqual([doc.rtmr0, doc.rtmr1, doc.rtmr2, doc.rtmr3]);
    }
    if (q.reportData !== undefined) expect(quote.reportData).toBe(q.reportData());
    // The signature data is all there; what follows it is zero padding.
    const end = quote.bytes.byteLength - quote.trailingBytes;
    expect(quote.signatureDataLength).toBeGreaterThan(1000);
    expect(quote.bytes.subarray(end).every((byte) => byte === 0)).toBe(true);
  });

  it('alice and bob are two quotes of one TD: same measurements, different report data', () => {
    const alice = parseTdxQuote(readAttestFixture('aurora-tee-solver/alice-quote.hex'), 'a');
    const bob = parseTdxQuote(readAttestFixture('aurora-tee-solver/bob-quote.hex'), 'b');
    expect(bob.rtmrs).toEqual(alice.rtmrs);
    expect(bob.mrtd).toBe(alice.mrtd);
    expect(bob.reportData).not.toBe(alice.reportData);
  });

  it('reads hex with whitespace, line breaks and a 0x prefix, and bytes, alike', () => {
    const hex = readAttestFixture('aurora-tee-solver/alice-quote.hex');
    const wrapped = `0x${hex.replace(/(.{64})/g, '$1\n  ')}\n`;
    const expected = parseTdxQuote(hex, 'q');
    expect(parseTdxQuote(wrapped, 'q')).toEqual(expected);
    expect(parseTdxQuote(Buffer.from(hex, 'hex'), 'q').rtmrs).toEqual(expected.rtmrs);
  });
});

describe('parseTdxQuote on bad input', () => {
  const real = Buffer.from(readAttestFixture('aurora-tee-solver/alice-quote.hex'), 'hex');
  const parsed = parseTdxQuote(real, 'q');
  const end = real.byteLength - parsed.trailingBytes;

  it('refuses every truncation that cuts into the quote with an input error, never a range error', () => {
    for (let length = 0; length < end; length += 1) {
      const cut = real.subarray(0, length);
      let error: unknown;
      try {
        parseTdxQuote(cut, 'cut.hex');
      } catch (caught) {
        error = caught;
      }
      expect(error, `length ${length}`).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(
        /^cut\.hex: truncated TDX quote: .* needs \d+ bytes/,
      );
    }
    expect(parseTdxQuote(real.subarray(0, end), 'q').trailingBytes).toBe(0);
  });

  const patched = (offset: number, bytes: number[]): Buffer => {
    const copy = Buffer.from(real);
    copy.set(bytes, offset);
    return copy;
  };

  it.each([
    [
      'an SGX quote (TEE type 0)',
      patched(4, [0, 0, 0, 0]),
      /not a TDX quote: TEE type 0x0 .*0 is SGX/,
    ],
    ['quote version 3', patched(0, [3, 0]), /unsupported TDX quote version 3/],
    [
      'a signature length past the end',
      patched(48 + 584, [0xff, 0xff, 0xff, 0x7f]),
      /truncated TDX quote: the signature data/,
    ],
  ])('refuses %s', (_, bytes, message) => {
    expect(() => parseTdxQuote(bytes, 'q')).toThrow(InputError);
    expect(() => parseTdxQuote(bytes, 'q')).toThrow(message);
  });

  it.each([
    ['empty text', '  \n', /the TDX quote is empty/],
    ['an odd number of digits', 'abc', /odd number of digits/],
    ['a character that is not hex', `${real.toString('hex').slice(0, 200)}zz`, /q: not hex/],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseTdxQuote(text, 'q')).toThrow(InputError);
    expect(() => parseTdxQuote(text, 'q')).toThrow(message);
  });
});

describe('parseTdxQuote v5', () => {
  const v4 = Buffer.from(readAttestFixture('aurora-tee-solver/alice-quote.hex'), 'hex');
  const expected = parseTdxQuote(v4, 'v4');
  const header = Buffer.from(v4.subarray(0, 48));
  header.writeUInt16LE(5, 0);
  const td10Body = v4.subarray(48, 48 + 584);
  const signature = v4.subarray(48 + 584);
  const descriptor = (type: number, size: number): Buffer => {
    const out = Buffer.alloc(6);
    out.writeUInt16LE(type, 0);
    out.writeUInt32LE(size, 2);
    return out;
  };

  it('reads a TD 1.0 body (type 2) at the same field offsets', () => {
    const v5 = Buffer.concat([header, descriptor(2, 584), td10Body, signature]);
    const quote = parseTdxQuote(v5, 'v5');
    expect(quote).toMatchObject({ version: 5, body: 'td1.0' });
    expect(quote.rtmrs).toEqual(expected.rtmrs);
    expect(quote.mrConfigId).toBe(expected.mrConfigId);
    expect(quote.reportData).toBe(expected.reportData);
  });

  it('reads a TD 1.5 body (type 3, 64 more bytes) and finds the signature after it', () => {
    const td15Body = Buffer.concat([td10Body, Buffer.alloc(64, 0xee)]);
    const v5 = Buffer.concat([header, descriptor(3, 648), td15Body, signature]);
    const quote = parseTdxQuote(v5, 'v5');
    expect(quote).toMatchObject({ version: 5, body: 'td1.5' });
    expect(quote.rtmrs).toEqual(expected.rtmrs);
    expect(quote.signatureDataLength).toBe(expected.signatureDataLength);
  });

  it('refuses a body that is not a TD report', () => {
    const v5 = Buffer.concat([header, descriptor(1, 384), td10Body, signature]);
    expect(() => parseTdxQuote(v5, 'v5')).toThrow(/body type 1 of 384 bytes is not a TD report/);
    const wrongSize = Buffer.concat([header, descriptor(2, 648), td10Body, signature]);
    expect(() => parseTdxQuote(wrongSize, 'v5')).toThrow(InputError);
  });
});
