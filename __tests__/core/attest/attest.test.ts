import { describe, expect, it } from 'vitest';
import { attest, type AttestPolicy, type AttestRelease } from '../../../src/core/attest/attest.js';
import { readAttestInput, readQuoteFile } from '../../../src/core/attest/document.js';
import { runtimeEventDigest, type Replay } from '../../../src/core/attest/event-log.js';
import type { QuoteSignature } from '../../../src/core/attest/tcb-status.js';
import { InputError } from '../../../src/core/errors.js';
import {
  infoAnswer,
  matchesAbbreviation,
  must,
  nearMpcQuoteBytes,
  readAttestFixture,
  readDstackFixture,
  readTcbInfo,
  sha256,
  sha384,
  sourceExpectations,
  type TcbInfoJson,
} from '../../helpers/dstack-attest-fixtures.js';

const RUNTIME = 0x08000001;
const ALICE = 'aurora-tee-solver/alice-tcb_info.json';
const ALICE_QUOTE = 'aurora-tee-solver/alice-quote.hex';
const RTMRS = ['rtmr0', 'rtmr1', 'rtmr2', 'rtmr3'];

const release = (version: string, composeHash: string): AttestRelease => ({
  version,
  tag: `v${version}`,
  commit: sha256(version).slice(0, 40),
  compose_hash: composeHash,
});

/** A release directory with an unrelated record first, so a match is looked for, not assumed. */
const releasesFor = (composeHash: string): AttestRelease[] => [
  release('9.9.9', sha256('another app-compose')),
  release('1.2.3', composeHash),
];

/** A quote beside the document, as a file holds it (hex text or raw bytes). */
const quoteFile = (data: string | Uint8Array) =>
  readQuoteFile(typeof data === 'string' ? Buffer.from(data, 'latin1') : data, 'quote.hex');

const UNCHECKED: QuoteSignature = { state: 'unchecked', reason: 'no collateral' };

interface Outcome {
  result: ReturnType<typeof attest>['report'];
  input: string;
  releases: readonly AttestRelease[];
  replay: Replay;
  proved: readonly string[];
  notProved: readonly string[];
  notes: readonly string[];
}

/**
 * The core over one document: the quote's signature is what the edge would report (unchecked
 * unless given), and a consistent document is accepted, so `ok` says whether every check held.
 */
function run(
  document: string,
  options: {
    quote?: string | Uint8Array;
    releases?: AttestRelease[];
    expected?: string;
    signature?: QuoteSignature;
    policy?: Partial<AttestPolicy>;
  } = {},
): Outcome {
  const input = readAttestInput(document, 'cvm.json');
  const extra = options.quote === undefined ? null : quoteFile(options.quote);
  const outcome = attest(
    input,
    input.instances.map((instance) => {
      const quote = instance.quote ?? extra;
      return { quote, signature: quote === null ? null : (options.signature ?? UNCHECKED) };
    }),
    options.releases ?? releasesFor(options.expected ?? ''),
    {
      allowTcb: [],
      osMeasurements: null,
      reportData: null,
      allowUnsigned: true,
      ...options.policy,
    },
  );
  const first = must(outcome.instances[0]);
  return {
    result: outcome.report,
    input: input.kind,
    releases: first.matches,
    replay: first.replay,
    proved: outcome.report.proved,
    notProved: outcome.report.not_proved,
    notes: first.notes,
  };
}

const checkNames = (outcome: Outcome): string[] => outcome.result.checks.map((check) => check.name);
const failing = (outcome: Outcome): string[] =>
  outcome.result.checks.filter((check) => !check.ok).map((check) => check.name);
const detailOf = (outcome: Outcome, name: string): string =>
  outcome.result.checks.find((check) => check.name === name)?.detail ?? '';

const composeOf = (path: string): string => sha256(readTcbInfo(path).app_compose);

interface RealCase {
  name: string;
  document: () => string;
  quote?: () => string | Uint8Array;
  input: 'info' | 'tcb_info' | 'get_quote' | 'verifier_request';
  /** The compose hash, computed from the document's app_compose where it has one. */
  composeHash: () => string;
  checks: string[];
  /** The SOURCE.txt line whose abbreviated values this case must reproduce. */
  source?: string;
}

// SOURCE.txt states these two (no app_compose in a GetQuote answer); cross-checked below.
const QUOTE_REPORT_COMPOSE = '3763bc34552cf3a27ff71ad5f7a90471562a1a2df552dfc1998cba2d60da27e7';
const TDX_LITE_COMPOSE = '86b0e55f2fa8e4fb69d890f14f54d5612707646e2573d54e0d2ddaaade77caa9';

const REAL: RealCase[] = [
  {
    name: 'Phala Cloud tcb_info (aurora alice)',
    document: () => readAttestFixture(ALICE),
    input: 'tcb_info',
    composeHash: () => composeOf(ALICE),
    checks: [...RTMRS, 'compose-hash', 'release'],
    source: 'aurora alice (+ alice/bob quote)',
  },
  {
    name: 'aurora alice tcb_info + alice quote',
    document: () => readAttestFixture(ALICE),
    quote: () => readAttestFixture(ALICE_QUOTE),
    input: 'tcb_info',
    composeHash: () => composeOf(ALICE),
    checks: [...RTMRS, 'compose-hash', 'mr-config-id', 'mr-aggregated', 'release'],
    source: 'aurora alice (+ alice/bob quote)',
  },
  {
    name: 'aurora alice tcb_info + bob quote',
    document: () => readAttestFixture(ALICE),
    quote: () => readAttestFixture('aurora-tee-solver/bob-quote.hex'),
    input: 'tcb_info',
    composeHash: () => composeOf(ALICE),
    checks: [...RTMRS, 'compose-hash', 'mr-config-id', 'mr-aggregated', 'release'],
  },
  {
    name: 'Info() answer around the alice tcb_info',
    document: () => infoAnswer(readAttestFixture(ALICE), composeOf(ALICE)),
    quote: () => readAttestFixture(ALICE_QUOTE),
    input: 'info',
    composeHash: () => composeOf(ALICE),
    checks: [...RTMRS, 'compose-hash', 'mr-config-id', 'mr-aggregated', 'release'],
  },
  {
    name: 'Info() answer as the dstack JS SDK returns it (tcb_info already parsed)',
    document: () =>
      JSON.stringify({
        ...(JSON.parse(infoAnswer('', composeOf(ALICE))) as object),
        tcb_info: readTcbInfo(ALICE),
      }),
    input: 'info',
    composeHash: () => composeOf(ALICE),
    checks: [...RTMRS, 'compose-hash', 'release'],
  },
  {
    name: 'dstack 0.3 tcb_info (rootfs-hash era) + its quote (MRCONFIGID unset)',
    document: () => readAttestFixture('aurora-tee-solver/legacy-0.3-alice-tcb_info.json'),
    quote: () => readAttestFixture('aurora-tee-solver/legacy-0.3-alice-quote.hex'),
    input: 'tcb_info',
    composeHash: () => composeOf('aurora-tee-solver/legacy-0.3-alice-tcb_info.json'),
    checks: [...RTMRS, 'compose-hash', 'release'],
    source: 'aurora legacy-0.3 alice',
  },
  {
    name: 'self-hosted tcb_info (near-mpc, local-sgx) + its quote',
    document: () => readAttestFixture('near-mpc/tcb_info.json'),
    quote: nearMpcQuoteBytes,
    input: 'tcb_info',
    composeHash: () => composeOf('near-mpc/tcb_info.json'),
    checks: [...RTMRS, 'compose-hash', 'mr-config-id', 'release'],
    source: 'near-mpc/public_data.json',
  },
  {
    name: 'self-hosted release tcb_info (near-mpc mpc-attestation)',
    document: () => readAttestFixture('near-mpc/mpc-attestation-release-tcb_info.json'),
    input: 'tcb_info',
    composeHash: () => composeOf('near-mpc/mpc-attestation-release-tcb_info.json'),
    checks: [...RTMRS, 'compose-hash', 'release'],
    source: 'near-mpc/mpc-attestation-release',
  },
  {
    name: 'tee-solver tcb_info of fixtures/dstack',
    document: () => readDstackFixture('tcb_info/tee-solver-tcb_info.json'),
    input: 'tcb_info',
    composeHash: () => sha256(readDstackFixture('vector2-tee-solver-app-compose.json')),
    checks: [...RTMRS, 'compose-hash', 'release'],
  },
  {
    name: 'dstack-verifier request (quote-report)',
    document: () => readAttestFixture('dstack-verifier/quote-report.json'),
    input: 'verifier_request',
    composeHash: () => QUOTE_REPORT_COMPOSE,
    checks: [...RTMRS, 'release'],
    source: 'dstack quote-report',
  },
  {
    name: 'stripped GetQuote() answer (tdx-lite, runtime digests empty)',
    document: () => readAttestFixture('dstack-verifier/tdx-lite-getquote.json'),
    input: 'verifier_request',
    composeHash: () => TDX_LITE_COMPOSE,
    checks: [...RTMRS, 'mr-config-id', 'release'],
    source: 'dstack tdx-lite-getquote',
  },
];

describe('attest over the real documents', () => {
  it.each(REAL)('$name: every check holds and the release is found', (c) => {
    const composeHash = c.composeHash();
    const outcome = run(c.document(), { quote: c.quote?.(), expected: composeHash });
    expect(outcome.input).toBe(c.input);
    expect(checkNames(outcome)).toEqual(c.checks);
    expect(failing(outcome)).toEqual([]);
    expect(outcome.result).toMatchObject({
      ok: true,
      verdict: 'consistent',
      compose_hash: composeHash,
      release: { version: '1.2.3', tag: 'v1.2.3', commit: sha256('1.2.3').slice(0, 40) },
    });
    expect(outcome.releases.map((r) => r.version)).toEqual(['1.2.3']);
  });

  it.each(REAL.filter((c) => c.source !== undefined))(
    '$name: reproduces SOURCE.txt ($source)',
    (c) => {
      const expected = sourceExpectations().get(c.source as string);
      expect(expected).toBeDefined();
      const outcome = run(c.document(), { quote: c.quote?.(), expected: c.composeHash() });
      const { rtmr3, 'compose-hash': composeHash } = must(expected);
      expect(composeHash).toBeDefined();
      expect(matchesAbbreviation(outcome.result.compose_hash ?? '', must(composeHash))).toBe(true);
      if (rtmr3 !== undefined) {
        expect(matchesAbbreviation(outcome.replay.rtmrs[3], rtmr3)).toBe(true);
      }
    },
  );

  it('gives exactly the --json shape', () => {
    const outcome = run(readAttestFixture(ALICE), { expected: composeOf(ALICE) });
    expect(Object.keys(outcome.result)).toEqual([
      'ok',
      'verdict',
      'compose_hash',
      'release',
      'tcb_status',
      'checks',
      'proved',
      'not_proved',
    ]);
    expect(Object.keys(must(outcome.result.release))).toEqual(['version', 'tag', 'commit']);
    for (const check of outcome.result.checks) {
      expect(Object.keys(check)).toEqual(['name', 'ok', 'detail']);
      expect(check.detail).not.toBe('');
    }
    expect(JSON.parse(JSON.stringify(outcome.result))).toEqual(outcome.result);
  });

  it('the stripped GetQuote answer replays only because its runtime digests are recomputed', () => {
    const answer = JSON.parse(readAttestFixture('dstack-verifier/tdx-lite-getquote.json')) as {
      quote: string;
      event_log: string;
    };
    const log = JSON.parse(answer.event_log) as TcbInfoJson['event_log'];
    // What a replay that trusts the stated digests gets: empty digests extend nothing.
    let naive: Buffer = Buffer.alloc(48);
    for (const event of log.filter((e) => e.imr === 3 && e.digest !== '')) {
      naive = sha384(naive, Buffer.from(event.digest, 'hex'));
    }
    const outcome = run(readAttestFixture('dstack-verifier/tdx-lite-getquote.json'), {
      expected: TDX_LITE_COMPOSE,
    });
    const quoteRtmr3 = answer.quote.slice((48 + 328 + 3 * 48) * 2, (48 + 328 + 4 * 48) * 2);
    expect(naive.toString('hex')).not.toBe(quoteRtmr3);
    expect(outcome.replay.rtmrs[3]).toBe(quoteRtmr3);
    expect(outcome.notes.join(' ')).toMatch(/9 runtime event digest\(s\) left empty/);

    // Read as V2 events, the same names and payloads do not replay: the version matters.
    const asV2 = log.map((e) => (e.event_type === RUNTIME ? { ...e, version: 2 } : e));
    const v2 = run(JSON.stringify({ ...answer, event_log: JSON.stringify(asV2) }), {
      expected: TDX_LITE_COMPOSE,
    });
    expect(failing(v2)).toEqual(['rtmr3']);
  });

  it('says what a document alone proves, and what needs a DCAP verifier', () => {
    const alone = run(readAttestFixture(ALICE), { expected: composeOf(ALICE) });
    expect(alone.notProved.join(' ')).toMatch(/no TDX quote.*internally consistent.*DCAP verifier/);
    expect(alone.proved.join(' ')).toMatch(/replays to the RTMR0, RTMR1, RTMR2, RTMR3 values/);
    expect(alone.proved.join(' ')).toMatch(/Release 1\.2\.3 \(tag v1\.2\.3/);

    const withQuote = run(readAttestFixture(ALICE), {
      quote: readAttestFixture(ALICE_QUOTE),
      expected: composeOf(ALICE),
    });
    expect(withQuote.notProved.join(' ')).toMatch(/signature of quote\.hex was not verified/);
    expect(withQuote.proved.join(' ')).toMatch(/reported by quote\.hex and cvm\.json\./);
    expect(withQuote.proved.join(' ')).toMatch(/MRCONFIGID \(v1\) names the same compose hash/);
  });

  it('a zero MRCONFIGID is not a check: dstack reads it as unset, and the outcome says so', () => {
    const legacy = run(readAttestFixture('aurora-tee-solver/legacy-0.3-alice-tcb_info.json'), {
      quote: readAttestFixture('aurora-tee-solver/legacy-0.3-alice-quote.hex'),
      expected: composeOf('aurora-tee-solver/legacy-0.3-alice-tcb_info.json'),
    });
    expect(checkNames(legacy)).not.toContain('mr-config-id');
    expect(legacy.notProved.join(' ')).toMatch(
      /MRCONFIGID in quote\.hex is all zeros.*bound by RTMR3 alone/,
    );
    expect(legacy.notes.join(' ')).toMatch(/no system-ready event \(dstack 0\.3\)/);
  });

  it('names every release that recorded the hash, reporting the first given', () => {
    const composeHash = composeOf(ALICE);
    const outcome = run(readAttestFixture(ALICE), {
      releases: [
        release('2.0.0', composeHash),
        release('1.9.0', sha256('x')),
        release('1.0.0', composeHash),
      ],
    });
    expect(outcome.result.release?.version).toBe('2.0.0');
    expect(outcome.releases.map((r) => r.version)).toEqual(['2.0.0', '1.0.0']);
    expect(detailOf(outcome, 'release')).toMatch(/release 2\.0\.0 .*; so did 1\.0\.0/);
  });
});

/** Alice's tcb_info with `edit` applied, as text. */
function editedAlice(edit: (doc: TcbInfoJson) => void): string {
  const doc = readTcbInfo(ALICE);
  edit(doc);
  return JSON.stringify(doc);
}

function composeEvent(doc: TcbInfoJson): TcbInfoJson['event_log'][number] {
  const event = doc.event_log.find((e) => e.event === 'compose-hash');
  if (event === undefined) throw new Error('fixture has no compose-hash event');
  return event;
}

/** Replays RTMR3 of a log the way dstack defines it, for building consistent forgeries. */
function replayRtmr3(log: TcbInfoJson['event_log']): string {
  let mr: Buffer = Buffer.alloc(48);
  for (const event of log.filter((e) => e.imr === 3)) {
    const digest =
      event.event_type === RUNTIME
        ? runtimeEventDigest(event.event, Buffer.from(event.event_payload, 'hex'), 1)
        : event.digest;
    mr = sha384(mr, Buffer.from(digest, 'hex'));
  }
  return mr.toString('hex');
}

describe('attest catches tampering, naming the check', () => {
  const genuine = composeOf(ALICE);
  // The document an attacker wants the enclave to appear to run: one byte changed.
  const forgedCompose = readTcbInfo(ALICE).app_compose.replace('"allowed_envs"', '"allowed_envz"');
  const forged = sha256(forgedCompose);
  const both = [release('1.0.0', genuine), release('6.6.6', forged)];

  it('one changed byte in app_compose fails compose-hash', () => {
    expect(forgedCompose).not.toBe(readTcbInfo(ALICE).app_compose);
    const text = editedAlice((doc) => {
      doc.app_compose = forgedCompose;
    });
    const outcome = run(text, { releases: both });
    expect(failing(outcome)).toEqual(['compose-hash']);
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.compose_hash).toBe(genuine);
    expect(detailOf(outcome, 'compose-hash')).toContain(`sha256 of app_compose is ${forged}`);
  });

  it('one changed byte in app_compose inside an Info() tcb_info string fails compose-hash', () => {
    const text = readAttestFixture(ALICE);
    const at = text.indexOf('allowed_envs');
    const tampered = `${text.slice(0, at)}X${text.slice(at + 1)}`;
    const outcome = run(infoAnswer(tampered, genuine), { releases: both });
    expect(outcome.input).toBe('info');
    expect(failing(outcome)).toEqual(['compose-hash']);
  });

  it('a forged compose-hash event (payload changed, digest kept) fails rtmr3, naming the event', () => {
    const text = editedAlice((doc) => {
      doc.app_compose = forgedCompose;
      doc.compose_hash = forged;
      composeEvent(doc).event_payload = forged;
    });
    const outcome = run(text, { releases: both });
    expect(failing(outcome)).toEqual(['rtmr3']);
    expect(outcome.result.compose_hash).toBe(forged);
    expect(detailOf(outcome, 'rtmr3')).toMatch(
      /event \d+ \(compose-hash\) states digest [0-9a-f]{96} but its name and payload hash to/,
    );
  });

  it('a forged compose-hash event with its digest recomputed fails rtmr3 against the document', () => {
    const text = editedAlice((doc) => {
      doc.app_compose = forgedCompose;
      doc.compose_hash = forged;
      const event = composeEvent(doc);
      event.event_payload = forged;
      event.digest = runtimeEventDigest('compose-hash', Buffer.from(forged, 'hex'), 1);
    });
    const outcome = run(text, { releases: both });
    expect(failing(outcome)).toEqual(['rtmr3']);
    expect(detailOf(outcome, 'rtmr3')).toMatch(
      /cvm\.json reports [0-9a-f]{96} but the event log replays to/,
    );
  });

  it('a wholly consistent forged document passes alone, fails against the quote', () => {
    const text = editedAlice((doc) => {
      doc.app_compose = forgedCompose;
      doc.compose_hash = forged;
      const event = composeEvent(doc);
      event.event_payload = forged;
      event.digest = runtimeEventDigest('compose-hash', Buffer.from(forged, 'hex'), 1);
      doc.rtmr3 = replayRtmr3(doc.event_log);
    });
    // Internally consistent: exactly what a document alone can and cannot show.
    const alone = run(text, { releases: both });
    expect(alone.result.ok).toBe(true);
    expect(alone.notProved.join(' ')).toMatch(/internally consistent/);

    const withQuote = run(text, { releases: both, quote: readAttestFixture(ALICE_QUOTE) });
    expect(failing(withQuote)).toEqual(['rtmr3', 'mr-config-id', 'mr-aggregated']);
    expect(detailOf(withQuote, 'rtmr3')).toMatch(
      /quote\.hex reports [0-9a-f]{96} but the event log/,
    );
    expect(detailOf(withQuote, 'mr-config-id')).toContain(`(01${forged}`);
  });

  it.each([0, 1, 2, 3])('an altered reported rtmr%i fails that check alone', (i) => {
    const text = editedAlice((doc) => {
      const key = `rtmr${i}` as 'rtmr0';
      doc[key] = `${doc[key].slice(0, 10)}${doc[key][10] === '0' ? '1' : '0'}${doc[key].slice(11)}`;
    });
    const outcome = run(text, { releases: both });
    expect(failing(outcome)).toEqual([`rtmr${i}`]);
  });

  it.each([0, 1, 2, 3])(
    'one altered quote byte in RTMR%i fails that check, naming the quote',
    (i) => {
      const quote = Buffer.from(readAttestFixture(ALICE_QUOTE), 'hex');
      const at = 48 + 328 + i * 48 + 17;
      quote.writeUInt8(quote.readUInt8(at) ^ 0x01, at);
      const outcome = run(readAttestFixture(ALICE), {
        releases: both,
        quote: quote.toString('hex'),
      });
      // mr_aggregated hashes the quote's MRTD and RTMR0–2 too (and the replayed RTMR3).
      expect(failing(outcome)).toEqual(i === 3 ? ['rtmr3'] : [`rtmr${i}`, 'mr-aggregated']);
      expect(detailOf(outcome, `rtmr${i}`)).toMatch(/^quote\.hex reports /);
    },
  );

  it('one altered quote byte in MRCONFIGID fails mr-config-id', () => {
    const quote = Buffer.from(readAttestFixture(ALICE_QUOTE), 'hex');
    quote.writeUInt8(quote.readUInt8(48 + 184 + 5) ^ 0x80, 48 + 184 + 5);
    const outcome = run(readAttestFixture(ALICE), { releases: both, quote: quote.toString('hex') });
    expect(failing(outcome)).toEqual(['mr-config-id', 'mr-aggregated']);
  });

  it.each([
    ['version 2 over values it does not bind fails', 0x02, 'mr-config-id'],
    ['version 3 (mr_config document) is left to RTMR3 and said so', 0x03, null],
    ['an unknown version fails', 0x07, 'mr-config-id'],
  ])('an MRCONFIGID of %s', (_, version, fails) => {
    // The alice document states mr_aggregated over the real MRCONFIGID: leave it out here.
    const quote = Buffer.from(readAttestFixture(ALICE_QUOTE), 'hex');
    quote[48 + 184] = version;
    const document = editedAlice((doc) => {
      delete doc.mr_aggregated;
    });
    const outcome = run(document, { releases: both, quote: quote.toString('hex') });
    if (fails === null) {
      expect(checkNames(outcome)).not.toContain('mr-config-id');
      expect(outcome.result.ok).toBe(true);
      expect(outcome.notProved.join(' ')).toContain(`is version ${version}`);
    } else {
      expect(failing(outcome)).toEqual([fails]);
    }
  });

  it('a changed runtime payload in a stripped GetQuote answer fails rtmr3 and mr-config-id', () => {
    const answer = JSON.parse(readAttestFixture('dstack-verifier/tdx-lite-getquote.json')) as {
      event_log: string;
    };
    const log = JSON.parse(answer.event_log) as TcbInfoJson['event_log'];
    const event = must(log.find((e) => e.event === 'compose-hash'));
    event.event_payload = forged;
    const outcome = run(JSON.stringify({ ...answer, event_log: JSON.stringify(log) }), {
      releases: [release('6.6.6', forged)],
    });
    expect(failing(outcome)).toEqual(['rtmr3', 'mr-config-id']);
  });

  it('an app-emitted compose-hash event after system-ready changes nothing', () => {
    const text = editedAlice((doc) => {
      doc.event_log.push({
        imr: 3,
        event_type: RUNTIME,
        digest: runtimeEventDigest('compose-hash', Buffer.from(forged, 'hex'), 1),
        event: 'compose-hash',
        event_payload: forged,
      });
      // A genuine TD would report the extended RTMR3, so the document is made to.
      doc.rtmr3 = replayRtmr3(doc.event_log);
    });
    const outcome = run(text, { releases: both });
    expect(failing(outcome)).toEqual([]);
    expect(outcome.result.compose_hash).toBe(genuine);
    expect(outcome.result.release?.version).toBe('1.0.0');
    expect(outcome.notes.join(' ')).toMatch(/1 event\(s\) named compose-hash after system-ready/);
  });

  it('a log without a compose-hash event fails compose-hash and release', () => {
    const text = editedAlice((doc) => {
      doc.event_log = doc.event_log.filter((e) => e.event !== 'compose-hash');
      doc.rtmr3 = replayRtmr3(doc.event_log);
    });
    const outcome = run(text, { releases: both });
    expect(failing(outcome)).toEqual(['compose-hash', 'release']);
    expect(outcome.result.compose_hash).toBeNull();
    expect(outcome.result.release).toBeNull();
  });

  it('a compose hash no release recorded fails release', () => {
    const outcome = run(readAttestFixture(ALICE), { releases: [release('6.6.6', forged)] });
    expect(failing(outcome)).toEqual(['release']);
    expect(outcome.result).toMatchObject({ ok: false, compose_hash: genuine, release: null });
    expect(detailOf(outcome, 'release')).toBe(
      `no recorded release has compose hash ${genuine} (1 release(s) searched)`,
    );
  });
});

describe('attest refuses input it cannot read', () => {
  const alice = (): TcbInfoJson => readTcbInfo(ALICE);
  const getQuote = (): Record<string, unknown> =>
    JSON.parse(readAttestFixture('dstack-verifier/quote-report.json')) as Record<string, unknown>;

  it.each<[string, () => string, (() => string) | undefined, RegExp]>([
    [
      'text that is not JSON',
      () => 'curl: (7) Failed to connect',
      undefined,
      /^cvm\.json: not JSON/,
    ],
    ['a JSON array', () => '[]', undefined, /^cvm\.json: is not a JSON object/],
    [
      'an object of another shape',
      () => '{"app_compose":"{}"}',
      undefined,
      /is not a dstack attestation document/,
    ],
    [
      'an Info() answer with an empty tcb_info',
      () => infoAnswer('', composeOf(ALICE)),
      undefined,
      /cvm\.json: tcb_info: is empty: this CVM does not publish it/,
    ],
    [
      'an Info() answer whose tcb_info is not JSON',
      () => infoAnswer('{"mrtd":', composeOf(ALICE)),
      undefined,
      /cvm\.json: tcb_info: is a string but not JSON text/,
    ],
    [
      'an event payload that is not hex',
      () => {
        const doc = alice();
        must(doc.event_log[22]).event_payload = 'xyz0';
        return JSON.stringify(doc);
      },
      undefined,
      /cvm\.json: event_log\[22\]\.event_payload: not hex/,
    ],
    [
      'an Info() answer whose log has a boot-time event without a digest',
      () => {
        const doc = alice();
        must(doc.event_log[3]).digest = '';
        return infoAnswer(JSON.stringify(doc), composeOf(ALICE));
      },
      undefined,
      /cvm\.json: tcb_info\.event_log\[3\]: a boot-time event .* has no digest/,
    ],
    [
      'a reported RTMR of the wrong length',
      () => JSON.stringify({ ...alice(), rtmr0: 'abcd' }),
      undefined,
      /cvm\.json: rtmr0: expected 48 bytes/,
    ],
    [
      'an app_compose that is not a string',
      () => JSON.stringify({ ...alice(), app_compose: { name: 'x' } }),
      undefined,
      /cvm\.json: app_compose: must be a string/,
    ],
    [
      'a GetQuote() answer with a truncated quote',
      () => {
        const answer = getQuote();
        return JSON.stringify({ ...answer, quote: (answer.quote as string).slice(0, 1200) });
      },
      undefined,
      /cvm\.json: quote: truncated TDX quote: the TD report needs 632 bytes, the quote has 600/,
    ],
    [
      'a GetQuote() answer without an event log',
      () => JSON.stringify({ quote: getQuote().quote }),
      undefined,
      /cvm\.json: event_log: is missing/,
    ],
    [
      'a GetQuote() answer whose quote is neither text nor bytes',
      () => JSON.stringify({ ...getQuote(), quote: true }),
      undefined,
      /cvm\.json: quote: must be the TDX quote as a hex string or an array of bytes/,
    ],
    [
      'a --quote file that is not hex',
      () => readAttestFixture(ALICE),
      () => '<html>Not Found</html>',
      /^quote\.hex: truncated TDX quote/,
    ],
    [
      'a --quote file that is truncated',
      () => readAttestFixture(ALICE),
      () => readAttestFixture(ALICE_QUOTE).slice(0, 2000),
      /^quote\.hex: truncated TDX quote/,
    ],
  ])('%s', (_, document, quote, message) => {
    const call = (): unknown => run(document(), { quote: quote?.(), expected: composeOf(ALICE) });
    expect(call).toThrow(InputError);
    expect(call).toThrow(message);
  });
});
