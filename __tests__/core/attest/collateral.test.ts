import { describe, expect, it } from 'vitest';
import {
  collateralFromPccs,
  rawMember,
  readCollateral,
} from '../../../src/core/attest/collateral.js';
import { InputError } from '../../../src/core/errors.js';
import { nearMpcCollateral, nearMpcPublicData } from '../../helpers/dstack-attest-fixtures.js';

describe('readCollateral', () => {
  it('reads byte fields as hex or as arrays of numbers into the same hex', () => {
    const fromFile = readCollateral(nearMpcCollateral(), 'collateral.json');
    const embedded = readCollateral(
      nearMpcPublicData().tee_participant_info.Dstack.collateral,
      'doc',
    );
    expect(embedded.pck_crl).toBe(fromFile.pck_crl);
    expect(embedded.tcb_info_signature).toMatch(/^[0-9a-f]{128}$/);
    expect(embedded.tcb_info).toBe(fromFile.tcb_info);
  });

  it.each<[string, (c: Record<string, unknown>) => void, RegExp]>([
    [
      'a missing issuer chain',
      (c) => delete c.tcb_info_issuer_chain,
      /^c: tcb_info_issuer_chain: is missing/,
    ],
    ['a byte field that is not hex', (c) => (c.pck_crl = 'xyz0'), /^c: pck_crl: not hex/],
    [
      'a byte array with a value over 255',
      (c) => (c.root_ca_crl = [1, 256]),
      /^c: root_ca_crl: must be hex text or an array of byte values/,
    ],
    [
      'a TCB info that is not JSON text',
      (c) => (c.tcb_info = '{"a":'),
      /^c: tcb_info: is not the JSON text of an object/,
    ],
    [
      'a PCK chain that is not text',
      (c) => (c.pck_certificate_chain = 5),
      /^c: pck_certificate_chain: must be a PEM string/,
    ],
  ])('refuses %s, naming the field', (_name, edit, message) => {
    const c = nearMpcCollateral() as unknown as Record<string, unknown>;
    edit(c);
    expect(() => readCollateral(c, 'c')).toThrow(InputError);
    expect(() => readCollateral(c, 'c')).toThrow(message);
  });
});

describe('rawMember keeps the exact text of a member', () => {
  it.each<[string, string, string | null]>([
    [
      '{"tcbInfo":{"b":1, "a":[1,{"x":"}"}]},"signature":"ab"}',
      'tcbInfo',
      '{"b":1, "a":[1,{"x":"}"}]}',
    ],
    ['{ "signature" : "a\\"b" , "n": 1.50 }', 'signature', '"a\\"b"'],
    ['{ "signature" : "ab" , "n": 1.50 }', 'n', '1.50'],
    ['{"a":1,"a":2}', 'a', '2'],
    ['{"a":1}', 'b', null],
    ['[1]', 'a', null],
    ['not json', 'a', null],
  ])('%s → %s', (text, key, expected) => {
    expect(rawMember(text, key)).toBe(expected);
  });
});

describe('collateralFromPccs', () => {
  const c = nearMpcCollateral();
  const answer = (body: string | Buffer, chain: string | null) => ({
    body: typeof body === 'string' ? Buffer.from(body) : body,
    issuerChain: chain === null ? null : encodeURIComponent(chain),
  });
  const answers = () => ({
    pckCrl: answer(Buffer.from(c.pck_crl, 'hex'), c.pck_crl_issuer_chain),
    // Spacing as a server may write it: the signed text is kept byte for byte.
    tcbInfo: answer(
      `{"tcbInfo":${c.tcb_info}, "signature":"${c.tcb_info_signature.toUpperCase()}"}`,
      c.tcb_info_issuer_chain,
    ),
    qeIdentity: answer(
      `{"enclaveIdentity":${c.qe_identity},"signature":"${c.qe_identity_signature}"}`,
      c.qe_identity_issuer_chain,
    ),
    rootCaCrl: answer(`${c.root_ca_crl}\n`, null),
  });

  it('assembles the collateral the verifiers take from the four answers', () => {
    const expected = { ...readCollateral(c, 'c'), pck_certificate_chain: undefined };
    expect({
      ...collateralFromPccs(answers(), 'pccs.example'),
      pck_certificate_chain: undefined,
    }).toEqual(expected);
  });

  it('names the PCCS and the missing header', () => {
    const a = { ...answers(), tcbInfo: { ...answers().tcbInfo, issuerChain: null } };
    expect(() => collateralFromPccs(a, 'pccs.example')).toThrow(
      /^pccs\.example: answered without the TCB-Info-Issuer-Chain header$/,
    );
  });

  it('names an answer without its signed object', () => {
    const a = { ...answers(), qeIdentity: answer('{"error":"x"}', c.qe_identity_issuer_chain) };
    expect(() => collateralFromPccs(a, 'pccs.example')).toThrow(
      /QE identity without "enclaveIdentity"/,
    );
  });
});
