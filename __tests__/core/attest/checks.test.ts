// The checks and the verdict they fold into, as tables over the real near/mpc and aurora documents.
// What the DCAP verifiers made of a quote is an input here (the edge's verdict, as data): the real
// verification is tested in __tests__/attest/.
import { describe, expect, it } from 'vitest';
import {
  attest,
  verdictOf,
  type AttestPolicy,
  type AttestRelease,
} from '../../../src/core/attest/attest.js';
import type { CheckResult } from '../../../src/core/attest/checks.js';
import { readAttestInput, readQuoteFile } from '../../../src/core/attest/document.js';
import { runtimeEventDigest } from '../../../src/core/attest/event-log.js';
import { mrConfigIdV2, mrConfigIdV3 } from '../../../src/core/attest/measurements.js';
import type { QuoteSignature } from '../../../src/core/attest/tcb-status.js';
import {
  NEAR_MPC_CHECKS,
  NEAR_MPC_TIME,
  nearMpcPublicData,
  readAttestFixture,
  readTcbInfo,
  sha256,
  type TcbInfoJson,
} from '../../helpers/dstack-attest-fixtures.js';

const RUNTIME = 0x08000001;
const ALICE = 'aurora-tee-solver/alice-tcb_info.json';
const ALICE_QUOTE = 'aurora-tee-solver/alice-quote.hex';
const NEAR = nearMpcPublicData().tee_participant_info.Dstack;
const NEAR_HASH = sha256(NEAR.tcb_info.app_compose);
const ALICE_HASH = sha256(readTcbInfo(ALICE).app_compose);

const release = (version: string, composeHash: string): AttestRelease => ({
  version,
  tag: `v${version}`,
  commit: sha256(version).slice(0, 40),
  compose_hash: composeHash,
});

const VERIFIED: QuoteSignature = {
  state: 'verified',
  tcbStatus: 'UpToDate',
  advisoryIds: [],
  collateralSource: 'public_data.json',
  at: NEAR_MPC_TIME,
};
const UNCHECKED: QuoteSignature = { state: 'unchecked', reason: 'offline' };
const POLICY: AttestPolicy = {
  allowTcb: [],
  osMeasurements: null,
  reportData: null,
  allowUnsigned: false,
};

function run(
  text: string,
  options: {
    signature?: QuoteSignature;
    quote?: string;
    releases?: AttestRelease[];
    policy?: Partial<AttestPolicy>;
  } = {},
) {
  const input = readAttestInput(text, 'doc.json');
  const extra =
    options.quote === undefined ? null : readQuoteFile(Buffer.from(options.quote), 'quote.hex');
  return attest(
    input,
    input.instances.map((instance) => {
      const quote = instance.quote ?? extra;
      return { quote, signature: quote === null ? null : (options.signature ?? VERIFIED) };
    }),
    options.releases ?? [
      release('9.9.9', sha256('other')),
      release('1.2.3', NEAR_HASH),
      release('2.0.0', ALICE_HASH),
    ],
    { ...POLICY, ...options.policy },
  );
}

const nearText = (): string => readAttestFixture('near-mpc/public_data.json');
const failing = (report: { checks: readonly { name: string; ok: boolean }[] }): string[] =>
  report.checks.filter((c) => !c.ok).map((c) => c.name);
const detail = (
  report: { checks: readonly { name: string; detail: string }[] },
  name: string,
): string => report.checks.find((c) => c.name === name)?.detail ?? '';

describe('the verdict is the fold of the checks', () => {
  const holds = (...names: string[]): CheckResult[] =>
    names.map((name) => ({ check: { name: name as never, ok: true, detail: 'd' } }));
  it.each<[string, string, CheckResult[]]>([
    [
      'the whole chain',
      'verified',
      holds('quote-signature', 'tcb-status', 'rtmr3', 'compose-hash', 'release'),
    ],
    ['no quote signature', 'consistent', holds('rtmr3', 'compose-hash', 'release')],
    ['no TCB status', 'consistent', holds('quote-signature', 'rtmr3', 'release')],
    ['no RTMR3', 'consistent', holds('quote-signature', 'tcb-status', 'release')],
    ['no release check', 'failed', holds('quote-signature', 'tcb-status', 'rtmr3')],
    [
      'one failed check',
      'failed',
      [
        ...holds('quote-signature', 'tcb-status', 'rtmr3', 'release'),
        { check: { name: 'os', ok: false, detail: 'd' } },
      ],
    ],
    ['nothing', 'failed', []],
  ])('%s: %s', (_name, verdict, results) => {
    expect(verdictOf(results)).toBe(verdict);
  });
});

describe("near/mpc's /public_data, by what the verifier made of its quote", () => {
  it('verified: every check named, the release found, ok without --allow-unsigned', () => {
    const { report } = run(nearText());
    expect(report).toMatchObject({
      ok: true,
      verdict: 'verified',
      compose_hash: NEAR_HASH,
      release: { version: '1.2.3', tag: 'v1.2.3' },
      tcb_status: 'UpToDate',
    });
    expect(report.checks.map((c) => c.name)).toEqual(NEAR_MPC_CHECKS);
    expect(report.not_proved.join(' ')).toMatch(/OS was not compared/);
    expect(report.not_proved.join(' ')).toMatch(/Freshness was not checked/);
    expect(report.proved.join(' ')).toMatch(/signed by a genuine Intel TDX platform/);
  });

  it.each<[string, QuoteSignature, boolean, string, boolean]>([
    ['unchecked (no collateral)', UNCHECKED, false, 'consistent', false],
    ['unchecked, with allow-unsigned', UNCHECKED, true, 'consistent', true],
    [
      'refused',
      {
        state: 'refused',
        reason: 'TCBInfo expired',
        collateralSource: 'c.json',
        at: 1,
        tcbStatus: null,
      },
      true,
      'failed',
      false,
    ],
  ])('%s: %s', (_name, signature, allowUnsigned, verdict, ok) => {
    const { report } = run(nearText(), { signature, policy: { allowUnsigned } });
    expect(report.verdict).toBe(verdict);
    expect(report.ok).toBe(ok);
    expect(report.tcb_status).toBeNull();
    if (verdict === 'failed') {
      expect(failing(report)).toEqual(['quote-signature']);
      expect(report.not_proved.join(' ')).toMatch(
        /genuine Intel TDX hardware produced the quote in doc\.json: its signature was refused/,
      );
      expect(detail(report, 'quote-signature')).toMatch(
        /refused the quote in doc\.json with collateral from c\.json at 1970-01-01T00:00:01Z: TCBInfo expired/,
      );
    } else {
      expect(report.checks.map((c) => c.name)).not.toContain('quote-signature');
      expect(report.not_proved.join(' ')).toMatch(
        /signature of the quote in doc\.json was not verified \(offline\)/,
      );
    }
  });

  it.each<[string, string, string[], readonly string[], string | null]>([
    ['OutOfDate is refused by default', 'OutOfDate', ['INTEL-SA-00837'], [], 'tcb-status'],
    ['OutOfDate holds when allowed by name', 'OutOfDate', ['INTEL-SA-00837'], ['OutOfDate'], null],
    ['SWHardeningNeeded needs its own name', 'SWHardeningNeeded', [], ['OutOfDate'], 'tcb-status'],
    ['Revoked never holds', 'Revoked', [], ['OutOfDate', 'SWHardeningNeeded'], 'tcb-status'],
  ])('%s', (_name, tcbStatus, advisoryIds, allowTcb, fails) => {
    const signature: QuoteSignature = { ...VERIFIED, tcbStatus, advisoryIds };
    const { report } = run(nearText(), { signature, policy: { allowTcb: allowTcb as never } });
    expect(report.tcb_status).toBe(tcbStatus);
    expect(failing(report)).toEqual(fails === null ? [] : [fails]);
    expect(report.verdict).toBe(fails === null ? 'verified' : 'failed');
    for (const id of advisoryIds) expect(detail(report, 'tcb-status')).toContain(id);
  });

  it('a quote the verifier refused as Revoked fails quote-signature and tcb-status', () => {
    const signature: QuoteSignature = {
      state: 'refused',
      reason: 'TCB status is invalid: Revoked',
      collateralSource: 'pccs',
      at: NEAR_MPC_TIME,
      tcbStatus: 'Revoked',
    };
    const { report } = run(nearText(), { signature });
    expect(failing(report)).toEqual(['quote-signature', 'tcb-status']);
    expect(report.tcb_status).toBe('Revoked');
  });
});

describe('os and report-data', () => {
  const registers = (() => {
    const quote = readAttestInput(nearText(), 'x').instances[0]?.quote?.quote;
    if (!quote) throw new Error('no quote');
    return {
      mrtd: quote.mrtd,
      rtmr0: quote.rtmrs[0],
      rtmr1: quote.rtmrs[1],
      rtmr2: quote.rtmrs[2],
      reportData: quote.reportData,
    };
  })();
  const os = (entries: object[]) => ({
    osMeasurements: { name: 'os.json', entries: entries as never },
  });
  const entry = (name: string, changed: string[] = []) => ({
    name,
    mrtd: changed.includes('mrtd') ? 'aa'.repeat(48) : registers.mrtd,
    rtmr0: changed.includes('rtmr0') ? 'aa'.repeat(48) : registers.rtmr0,
    rtmr1: changed.includes('rtmr1') ? 'aa'.repeat(48) : registers.rtmr1,
    rtmr2: changed.includes('rtmr2') ? 'aa'.repeat(48) : registers.rtmr2,
  });

  it('the entry whose MRTD and RTMR0–2 are the quote’s is named', () => {
    const { report } = run(nearText(), {
      policy: os([entry('dstack-0.4 small', ['rtmr1']), entry('dstack-nvidia-0.5.3 2cpu')]),
    });
    expect(report.verdict).toBe('verified');
    expect(detail(report, 'os')).toContain('"dstack-nvidia-0.5.3 2cpu" in os.json');
    expect(report.not_proved.join(' ')).not.toMatch(/OS was not compared/);
  });

  it('a wrong OS entry fails os, naming the nearest and what differs', () => {
    const { report } = run(nearText(), {
      policy: os([entry('other', ['rtmr1', 'rtmr2']), entry('close', ['rtmr2'])]),
    });
    expect(failing(report)).toEqual(['os']);
    expect(detail(report, 'os')).toMatch(
      /match none of the 2 entries of os\.json \(nearest: "close", differing in RTMR2\)/,
    );
  });

  it.each<[string, string, string[]]>([
    ['the quote’s own REPORTDATA', registers.reportData, []],
    [
      'its first 32 bytes, zero-padded',
      `${registers.reportData.slice(0, 64)}${'0'.repeat(64)}`,
      ['report-data'],
    ],
    ['another value', 'ab'.repeat(64), ['report-data']],
  ])('report-data %s', (_name, reportData, fails) => {
    const { report } = run(nearText(), { policy: { reportData } });
    expect(failing(report)).toEqual(fails);
    expect(report.not_proved.join(' ')).not.toMatch(/Freshness was not checked/);
  });

  it('report-data without a quote fails: there is nothing to compare', () => {
    const { report } = run(readAttestFixture(ALICE), { policy: { reportData: 'ab'.repeat(64) } });
    expect(failing(report)).toEqual(['report-data']);
    expect(report.verdict).toBe('failed');
  });
});

describe('forged documents are never verified', () => {
  it('the one-event document naming a recorded compose hash fails rtmr3 (nothing to replay against)', () => {
    const forged = JSON.stringify({
      event_log: [
        {
          imr: 3,
          event_type: RUNTIME,
          digest: '',
          event: 'compose-hash',
          event_payload: NEAR_HASH,
        },
      ],
    });
    const { report } = run(forged, { policy: { allowUnsigned: true } });
    expect(report.verdict).toBe('failed');
    expect(report.ok).toBe(false);
    expect(failing(report)).toEqual(['rtmr3']);
    expect(detail(report, 'rtmr3')).toMatch(/no RTMR3 value to replay against/);
    expect(report.proved.join(' ')).not.toMatch(/RTMR/);
  });

  it('a compose-hash event in RTMR2, before the real one, is not the compose hash', () => {
    const doc = readTcbInfo(ALICE);
    const forged = sha256('forged app-compose');
    const at = doc.event_log.findIndex((e) => e.event === 'compose-hash');
    doc.event_log.splice(at, 0, {
      imr: 2,
      event_type: RUNTIME,
      digest: runtimeEventDigest('compose-hash', Buffer.from(forged, 'hex'), 1),
      event: 'compose-hash',
      event_payload: forged,
    });
    const { report } = run(JSON.stringify(doc), {
      signature: UNCHECKED,
      releases: [release('6.6.6', forged), release('2.0.0', ALICE_HASH)],
      policy: { allowUnsigned: true },
    });
    expect(report.compose_hash).toBe(ALICE_HASH);
    expect(report.release?.version).toBe('2.0.0');
    expect(failing(report)).toEqual(['rtmr2']);
  });

  it('no document without a quote, whatever it states, is verified', () => {
    for (const path of [
      ALICE,
      'near-mpc/tcb_info.json',
      'aurora-tee-solver/legacy-0.3-alice-tcb_info.json',
    ]) {
      const { report } = run(readAttestFixture(path), { policy: { allowUnsigned: true } });
      expect(report.verdict).not.toBe('verified');
    }
  });
});

describe('mr-aggregated and mr-config-id', () => {
  it('the alice document’s mr_aggregated is recomputed from its quote', () => {
    const { report } = run(readAttestFixture(ALICE), { quote: readAttestFixture(ALICE_QUOTE) });
    expect(detail(report, 'mr-aggregated')).toMatch(
      /^mr_aggregated 55c2c45e[0-9a-f]+ is recomputed/,
    );
  });

  it('an edited mr_aggregated fails', () => {
    const doc = readTcbInfo(ALICE);
    doc.mr_aggregated = 'ab'.repeat(32);
    const { report } = run(JSON.stringify(doc), { quote: readAttestFixture(ALICE_QUOTE) });
    expect(failing(report)).toEqual(['mr-aggregated']);
  });

  it('without a quote, mr_aggregated is not recomputed, and says so', () => {
    const { report } = run(readAttestFixture(ALICE), { policy: { allowUnsigned: true } });
    expect(report.checks.map((c) => c.name)).not.toContain('mr-aggregated');
    expect(report.not_proved.join(' ')).toMatch(/mr_aggregated was not recomputed/);
  });

  /** The alice quote with MRCONFIGID v3 for `mrConfig`, and a document carrying `carried`. */
  function v3(mrConfig: string, carried: string | null) {
    const quote = Buffer.from(readAttestFixture(ALICE_QUOTE), 'hex');
    Buffer.from(mrConfigIdV3(mrConfig), 'hex').copy(quote, 48 + 184);
    const doc: TcbInfoJson = readTcbInfo(ALICE);
    delete doc.mr_aggregated;
    if (carried !== null) doc.vm_config = JSON.stringify({ mr_config: carried });
    return run(JSON.stringify(doc), { quote: quote.toString('hex') }).report;
  }
  const v3Document = (composeHash: string) =>
    `{"compose_hash":"${composeHash}","key_provider":"kms","version":3}`;

  it.each<[string, () => ReturnType<typeof v3>, string[], RegExp]>([
    [
      'v3 over the carried document naming the compose hash holds',
      () => v3(v3Document(ALICE_HASH), v3Document(ALICE_HASH)),
      [],
      /v3 hash of the mr_config document/,
    ],
    [
      'v3 over a document naming another compose hash fails',
      () => v3(v3Document(sha256('x')), v3Document(sha256('x'))),
      ['mr-config-id'],
      /names compose hash/,
    ],
    [
      'v3 over another document than the carried one fails',
      () => v3(v3Document(ALICE_HASH), `${v3Document(ALICE_HASH)} `),
      ['mr-config-id'],
      /hashes to 03/,
    ],
  ])('%s', (_name, report, fails, text) => {
    const r = report();
    expect(failing(r)).toEqual(fails);
    expect(detail(r, 'mr-config-id')).toMatch(text);
  });

  /** The alice quote with MRCONFIGID `id`, beside the alice document (edited). */
  function withConfigId(id: string, edit: (doc: TcbInfoJson) => void = () => undefined) {
    const quote = Buffer.from(readAttestFixture(ALICE_QUOTE), 'hex');
    Buffer.from(id, 'hex').copy(quote, 48 + 184);
    const doc = readTcbInfo(ALICE);
    delete doc.mr_aggregated;
    edit(doc);
    return run(JSON.stringify(doc), {
      quote: quote.toString('hex'),
      signature: UNCHECKED,
      policy: { allowUnsigned: true },
    }).report;
  }
  const aliceAppId = (): string =>
    readTcbInfo(ALICE).event_log.find((e) => e.event === 'app-id')?.event_payload ?? '';
  const aliceProvider = (): { kind: 'kms' | 'local' | 'none'; id: string } => {
    const compose = JSON.parse(readTcbInfo(ALICE).app_compose) as Record<string, unknown>;
    const kind = compose.kms_enabled
      ? 'kms'
      : compose.local_key_provider_enabled
        ? 'local'
        : 'none';
    return { kind, id: String(compose.key_provider_id ?? '') };
  };

  it('v2 hashes with keccak-256, not SHA3-256: keccak256(0x00), the binding of a lone kind byte 0', () => {
    expect(mrConfigIdV2('', '', 'none', '').slice(2, 66)).toBe(
      'bc36789e7a1e281436464229828f817d6612f7b477d66591ff96a9e064bcc98a',
    );
  });

  it('v2 over the compose hash, the app-id event and the app_compose’s key provider holds', () => {
    const { kind, id } = aliceProvider();
    const r = withConfigId(mrConfigIdV2(ALICE_HASH, aliceAppId(), kind, id));
    expect(failing(r)).toEqual([]);
    expect(detail(r, 'mr-config-id')).toMatch(
      new RegExp(
        `v2 binding of compose hash ${ALICE_HASH}, app id ${aliceAppId()} and key provider ${kind}`,
      ),
    );
  });

  it.each<[string, () => string]>([
    [
      'another app id',
      () => mrConfigIdV2(ALICE_HASH, 'ab'.repeat(20), aliceProvider().kind, aliceProvider().id),
    ],
    [
      'another key provider',
      () => mrConfigIdV2(ALICE_HASH, aliceAppId(), 'tpm', aliceProvider().id),
    ],
    [
      'another key provider id',
      () => mrConfigIdV2(ALICE_HASH, aliceAppId(), aliceProvider().kind, 'cd'.repeat(32)),
    ],
  ])('v2 over %s fails', (_name, id) => {
    expect(failing(withConfigId(id()))).toEqual(['mr-config-id']);
  });

  it('v2 without an app-id event is not proved, and says so', () => {
    const { kind, id } = aliceProvider();
    const r = withConfigId(mrConfigIdV2(ALICE_HASH, aliceAppId(), kind, id), (doc) => {
      doc.event_log = doc.event_log.filter((e) => e.event !== 'app-id');
    });
    expect(r.checks.map((c) => c.name)).not.toContain('mr-config-id');
    expect(r.not_proved.join(' ')).toMatch(/version 2, .* lacks a 20-byte app-id event/);
  });

  it('v3 without the document is not proved, and says so', () => {
    const r = v3(v3Document(ALICE_HASH), null);
    expect(r.checks.map((c) => c.name)).not.toContain('mr-config-id');
    expect(r.not_proved.join(' ')).toMatch(
      /version 3, which hashes an mr_config document the input does not carry/,
    );
  });
});

describe("Phala Cloud's app attestations: every instance", () => {
  const instance = (edit: (tcbInfo: TcbInfoJson) => void = () => undefined) => {
    const tcbInfo = structuredClone(NEAR.tcb_info);
    edit(tcbInfo);
    return {
      quote: Buffer.from(NEAR.quote).toString('hex'),
      eventlog: tcbInfo.event_log,
      image_version: 'dstack-0.5.3',
    };
  };

  it('two good instances: verified, instances reported, shared statements once', () => {
    const text = JSON.stringify({ app_id: 'ab', instances: [instance(), instance()] });
    const { report } = run(text);
    expect(report.verdict).toBe('verified');
    expect(report.instances).toHaveLength(2);
    expect(report.instances?.every((r) => r.verdict === 'verified')).toBe(true);
    expect(report.compose_hash).toBe(NEAR_HASH);
    expect(report.release?.version).toBe('1.2.3');
    expect(report.checks.find((c) => c.name === 'rtmr3')).toEqual({
      name: 'rtmr3',
      ok: true,
      detail: 'holds for 2 of 2 instances',
    });
    expect(report.not_proved.filter((s) => /Freshness/.test(s))).toHaveLength(1);
  });

  it('one tampered instance fails the whole report, naming the instance', () => {
    const bad = instance((t) => {
      const event = t.event_log.find((e) => e.event === 'mpc-image-digest');
      if (event) event.event_payload = 'ab'.repeat(32);
    });
    const { report } = run(JSON.stringify({ app_id: 'ab', instances: [instance(), bad] }));
    expect(report.ok).toBe(false);
    expect(report.verdict).toBe('failed');
    expect(report.instances?.map((r) => r.verdict)).toEqual(['verified', 'failed']);
    expect(detail(report, 'rtmr3')).toMatch(/^doc\.json instances\[1\]: /);
  });
});
