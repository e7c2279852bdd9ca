import { describe, expect, it } from 'vitest';
import {
  findComposeHashEvent,
  parseEventLog,
  replayEventLog,
  runtimeEventDigest,
  runtimeEventPreimage,
} from '../../../src/core/attest/event-log.js';
import { InputError } from '../../../src/core/errors.js';
import {
  must,
  readAttestFixture,
  readDstackFixture,
  readTcbInfo,
  sha256,
  sha384,
  type TcbInfoJson,
} from '../../helpers/dstack-attest-fixtures.js';

const RUNTIME = 0x08000001;

/** The tcb_info documents: each reports its own RTMR0–3 beside the log. */
const TCB_INFOS: [string, () => TcbInfoJson][] = [
  ['aurora alice', () => readTcbInfo('aurora-tee-solver/alice-tcb_info.json')],
  ['aurora legacy 0.3', () => readTcbInfo('aurora-tee-solver/legacy-0.3-alice-tcb_info.json')],
  ['near-mpc localnet', () => readTcbInfo('near-mpc/tcb_info.json')],
  ['near-mpc release', () => readTcbInfo('near-mpc/mpc-attestation-release-tcb_info.json')],
  [
    'near-mpc public_data (embedded tcb_info)',
    () =>
      (
        JSON.parse(readAttestFixture('near-mpc/public_data.json')) as {
          tee_participant_info: { Dstack: { tcb_info: TcbInfoJson } };
        }
      ).tee_participant_info.Dstack.tcb_info,
  ],
  [
    'tee-solver (fixtures/dstack)',
    () => JSON.parse(readDstackFixture('tcb_info/tee-solver-tcb_info.json')) as TcbInfoJson,
  ],
];

describe('runtime event digests', () => {
  it('V1 hashes the u32 little-endian type, ":", the name, ":" and the payload bytes', () => {
    const payload = Buffer.from('deadbeef', 'hex');
    const expected = sha384(
      Buffer.from([0x01, 0x00, 0x00, 0x08]),
      Buffer.from(':app-id:', 'ascii'),
      payload,
    ).toString('hex');
    expect(runtimeEventDigest('app-id', payload, 1)).toBe(expected);
  });

  // dstack's own vectors for the V2 canonical JSON (cc-eventlog runtime_events tests).
  it.each([
    ['compose-hash', 'abcd', '{"name":"compose-hash","payload":"abcd","type":134217729}'],
    [
      'event"with\\special\nchars',
      'ff',
      '{"name":"event\\"with\\\\special\\nchars","payload":"ff","type":134217729}',
    ],
    ['', '', '{"name":"","payload":"","type":134217729}'],
    ['\b\f\n\r\t\u0001', '', '{"name":"\\b\\f\\n\\r\\t\\u0001","payload":"","type":134217729}'],
    ['测试-emoji-🦀', 'ABCDEF', '{"name":"测试-emoji-🦀","payload":"abcdef","type":134217729}'],
  ])('V2 hashes the JCS JSON of name %j and payload %s', (name, payloadHex, canonical) => {
    const payload = Buffer.from(payloadHex, 'hex');
    expect(runtimeEventPreimage(name, payload, 2).toString('utf8')).toBe(canonical);
    expect(runtimeEventDigest(name, payload, 2)).toBe(sha384(canonical).toString('hex'));
  });

  it('V1 and V2 digests of the same event differ', () => {
    const payload = Buffer.from([1, 2, 3]);
    expect(runtimeEventDigest('test', payload, 1)).not.toBe(runtimeEventDigest('test', payload, 2));
  });

  it.each(TCB_INFOS)(
    '%s: every stated runtime digest is the V1 digest of name and payload',
    (_, load) => {
      const runtime = load().event_log.filter((event) => event.event_type === RUNTIME);
      expect(runtime.length).toBeGreaterThan(4);
      for (const event of runtime) {
        expect(runtimeEventDigest(event.event, Buffer.from(event.event_payload, 'hex'), 1)).toBe(
          event.digest,
        );
      }
    },
  );
});

describe('replayEventLog', () => {
  it.each(TCB_INFOS)('%s: the log replays to the RTMR0–3 the document reports', (_, load) => {
    const doc = load();
    const replay = replayEventLog(parseEventLog(doc.event_log, 'log'), 'log');
    expect(replay.rtmrs).toEqual([doc.rtmr0, doc.rtmr1, doc.rtmr2, doc.rtmr3]);
    expect(replay.digestMismatches).toEqual([]);
    expect(replay.recomputedEmpty).toBe(0);
    expect(replay.eventCounts.reduce((a, b) => a + b)).toBe(doc.event_log.length);
  });

  it('extends each RTMR from 48 zero bytes with SHA-384(old ‖ digest)', () => {
    const digest = 'ab'.repeat(48);
    const log = [{ imr: 2, event_type: 6, digest, event: '', event_payload: '' }];
    const once = sha384(Buffer.alloc(48), Buffer.from(digest, 'hex'));
    const replay = replayEventLog(parseEventLog(log, 'log'), 'log');
    expect(replay.rtmrs[2]).toBe(once.toString('hex'));
    expect(replay.rtmrs[0]).toBe('00'.repeat(48));
    const twice = replayEventLog(parseEventLog([...log, ...log], 'log'), 'log');
    expect(twice.rtmrs[2]).toBe(sha384(once, Buffer.from(digest, 'hex')).toString('hex'));
  });

  it('recomputes the runtime digests a GetQuote answer leaves empty', () => {
    const answer = JSON.parse(readAttestFixture('dstack-verifier/tdx-lite-getquote.json')) as {
      event_log: string;
    };
    const events = parseEventLog(answer.event_log, 'event_log');
    const runtime = events.filter((event) => event.eventType === RUNTIME);
    expect(runtime.map((event) => event.digest)).toEqual(Array(9).fill(''));
    const replay = replayEventLog(events, 'event_log');
    expect(replay.recomputedEmpty).toBe(9);
    expect(replay.digestMismatches).toEqual([]);
  });

  it('uses the recomputed digest and reports a runtime event whose stated digest disagrees', () => {
    const doc = readTcbInfo('aurora-tee-solver/alice-tcb_info.json');
    const index = doc.event_log.findIndex((event) => event.event === 'compose-hash');
    const forged = structuredClone(doc.event_log);
    const target = forged[index] as TcbInfoJson['event_log'][number];
    target.event_payload = sha256('something else');
    const replay = replayEventLog(parseEventLog(forged, 'log'), 'log');
    expect(replay.digestMismatches).toEqual([
      {
        index,
        imr: 3,
        event: 'compose-hash',
        stated: target.digest,
        computed: runtimeEventDigest('compose-hash', Buffer.from(target.event_payload, 'hex'), 1),
      },
    ]);
    expect(replay.rtmrs[3]).not.toBe(doc.rtmr3);
    expect(replay.rtmrs.slice(0, 3)).toEqual([doc.rtmr0, doc.rtmr1, doc.rtmr2]);
  });

  it('refuses a boot-time event without a digest, naming it', () => {
    const log = [{ imr: 0, event_type: 4, digest: '', event: '', event_payload: '00000000' }];
    expect(() =>
      replayEventLog(parseEventLog(log, 'x.json: event_log'), 'x.json: event_log'),
    ).toThrow(/x\.json: event_log\[0\]: a boot-time event .* has no digest/);
  });
});

describe('parseEventLog', () => {
  const event = { imr: 3, event_type: RUNTIME, digest: '', event: 'app-id', event_payload: '01' };

  it('reads the array, or the JSON text of one', () => {
    expect(parseEventLog(JSON.stringify([event]), 'log')).toEqual(parseEventLog([event], 'log'));
  });

  it('reads "version": 2 as the V2 digest form and no version as V1', () => {
    const [v1, v2] = parseEventLog([event, { ...event, version: 2 }], 'log');
    expect(v1?.version).toBe(1);
    expect(v2?.version).toBe(2);
    const v2Digest = sha384('{"name":"app-id","payload":"01","type":134217729}');
    expect(replayEventLog([must(v2)], 'log').rtmrs[3]).toBe(
      sha384(Buffer.alloc(48), v2Digest).toString('hex'),
    );
  });

  it.each([
    ['not JSON text', '[{', /log: is a string but not JSON text/],
    ['not an array', { imr: 3 }, /log: is not a JSON array/],
    ['empty', [], /log: is empty/],
    ['an entry that is not an object', [1], /log\[0\]: is not an event object/],
    ['an IMR out of range', [{ ...event, imr: 4 }], /log\[0\]\.imr: must be 0, 1, 2 or 3, got 4/],
    ['a string IMR', [{ ...event, imr: '3' }], /log\[0\]\.imr/],
    ['a negative event type', [{ ...event, event_type: -1 }], /log\[0\]\.event_type/],
    [
      'a payload that is not hex',
      [{ ...event, event_payload: 'zz' }],
      /log\[0\]\.event_payload: not hex/,
    ],
    ['a payload of odd length', [{ ...event, event_payload: 'abc' }], /event_payload: not hex/],
    ['a short digest', [{ ...event, digest: 'ab' }], /log\[0\]\.digest: expected 48 bytes/],
    ['a non-string name', [{ ...event, event: 7 }], /log\[0\]\.event: must be a string/],
    [
      'an unknown version',
      [event, { ...event, version: 3 }],
      /log\[1\]\.version: unknown event log version 3/,
    ],
  ])('refuses %s with an input error naming it', (_, value, message) => {
    expect(() => parseEventLog(value, 'log')).toThrow(InputError);
    expect(() => parseEventLog(value, 'log')).toThrow(message);
  });
});

describe('findComposeHashEvent', () => {
  it.each(TCB_INFOS)('%s: the compose-hash event is sha256 of app_compose', (_, load) => {
    const doc = load();
    const found = findComposeHashEvent(parseEventLog(doc.event_log, 'log'));
    expect(found).not.toBeNull();
    expect(Buffer.from(must(found).entry.payload).toString('hex')).toBe(sha256(doc.app_compose));
  });

  it('takes the one before system-ready and ignores those the application emits after it', () => {
    const doc = readTcbInfo('near-mpc/tcb_info.json');
    const appEvent = {
      imr: 3,
      event_type: RUNTIME,
      digest: '',
      event: 'compose-hash',
      event_payload: sha256('an app-chosen document'),
    };
    const found = findComposeHashEvent(parseEventLog([...doc.event_log, appEvent], 'log'));
    expect(Buffer.from(must(found).entry.payload).toString('hex')).toBe(doc.compose_hash);
    expect(must(found).systemReadySeen).toBe(true);
    expect(must(found).ignoredAfterSystemReady).toBe(1);
  });

  it('finds none when the only compose-hash event comes after system-ready', () => {
    const doc = readTcbInfo('near-mpc/tcb_info.json');
    const withoutIt = doc.event_log.filter((event) => event.event !== 'compose-hash');
    const late = {
      imr: 3,
      event_type: RUNTIME,
      digest: '',
      event: 'compose-hash',
      event_payload: doc.compose_hash,
    };
    expect(findComposeHashEvent(parseEventLog([...withoutIt, late], 'log'))).toBeNull();
  });

  it('takes the first of two before system-ready, as dstack does', () => {
    const doc = readTcbInfo('near-mpc/tcb_info.json');
    const ready = doc.event_log.findIndex((event) => event.event === 'system-ready');
    const second = {
      imr: 3,
      event_type: RUNTIME,
      digest: '',
      event: 'compose-hash',
      event_payload: sha256('second'),
    };
    const log = [...doc.event_log.slice(0, ready), second, ...doc.event_log.slice(ready)];
    const found = findComposeHashEvent(parseEventLog(log, 'log'));
    expect(Buffer.from(must(found).entry.payload).toString('hex')).toBe(doc.compose_hash);
  });

  it('searches a dstack 0.3 log (no system-ready) whole', () => {
    const doc = readTcbInfo('aurora-tee-solver/legacy-0.3-alice-tcb_info.json');
    const found = findComposeHashEvent(parseEventLog(doc.event_log, 'log'));
    expect(must(found).systemReadySeen).toBe(false);
    expect(Buffer.from(must(found).entry.payload).toString('hex')).toBe(sha256(doc.app_compose));
  });

  it('ignores a boot-time event that happens to carry the name', () => {
    const doc = readTcbInfo('near-mpc/tcb_info.json');
    const boot = {
      imr: 1,
      event_type: 4,
      digest: 'ab'.repeat(48),
      event: 'compose-hash',
      event_payload: '00',
    };
    const found = findComposeHashEvent(parseEventLog([boot, ...doc.event_log], 'log'));
    expect(Buffer.from(must(found).entry.payload).toString('hex')).toBe(doc.compose_hash);
  });
});
