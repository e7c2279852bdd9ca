import { describe, expect, it } from 'vitest';
import type { AttestCheck, AttestReport } from '../../../src/core/attest/attest.js';
import { rejection } from '../../../src/core/attest/rejection.js';

const HASH = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

const holds = (name: AttestCheck['name']): AttestCheck => ({ name, ok: true, detail: 'holds' });
const fails = (name: AttestCheck['name'], detail = `${name} broke`): AttestCheck => ({
  name,
  ok: false,
  detail,
});

function report(checks: AttestCheck[], over: Partial<AttestReport> = {}): AttestReport {
  const failed = checks.some((c) => !c.ok);
  return {
    ok: !failed,
    verdict: failed ? 'failed' : 'verified',
    compose_hash: HASH,
    release: null,
    tcb_status: 'UpToDate',
    checks,
    proved: [],
    not_proved: [],
    ...over,
  };
}

const CHAIN = ['quote-signature', 'tcb-status', 'rtmr3', 'compose-hash', 'release'] as const;
const all = (...failing: AttestCheck[]): AttestCheck[] =>
  CHAIN.map((name) => failing.find((f) => f.name === name) ?? holds(name));

describe('why an attestation is not accepted', () => {
  it.each<[string, AttestReport, string | null]>([
    ['verified: no reason', report(all()), null],
    [
      'consistent, accepted with allow-unsigned: no reason',
      report([holds('rtmr3'), holds('release')], { verdict: 'consistent' }),
      null,
    ],
    [
      'consistent, not accepted',
      report([holds('rtmr3'), holds('release')], { ok: false, verdict: 'consistent' }),
      'the attestation is consistent but not verified: no quote’s signature was verified, so nothing ties it to genuine Intel TDX hardware (allow-unsigned accepts that)',
    ],
    [
      'only the release: the unrecorded compose hash, named',
      report(all(fails('release'))),
      `production runs compose hash ${HASH}, which no release in releases records`,
    ],
    [
      'no compose hash at all',
      report(all(fails('release')), { compose_hash: null }),
      'the attestation names no compose hash to look up a release by',
    ],
    [
      'the TCB before everything after it',
      report(
        all(
          fails('release'),
          fails('rtmr3'),
          fails('tcb-status', 'OutOfDate (advisories: INTEL-SA-1)'),
        ),
      ),
      "the platform's TCB status is not accepted: OutOfDate (advisories: INTEL-SA-1); also failed: rtmr3, release",
    ],
    [
      'the signature before the TCB',
      report(all(fails('tcb-status'), fails('quote-signature', 'the verifier refused it'))),
      "Intel's signature on the quote does not hold: the verifier refused it; also failed: tcb-status",
    ],
    [
      'a broken replay before the release it would name',
      report(all(fails('release'), fails('rtmr3', 'RTMR3 differs'))),
      'rtmr3 failed: RTMR3 differs; also failed: release',
    ],
  ])('%s', (_name, given, expected) => {
    expect(rejection(given, 'releases')).toBe(expected);
  });

  it('several instances: every unrecorded compose hash is named once', () => {
    const a = report(all(fails('release')));
    const b = report(all(fails('release')), { compose_hash: OTHER });
    const combined = report(all(fails('release', 'instances[0]: …; instances[1]: …')), {
      compose_hash: null,
      instances: [a, a, b],
    });
    expect(rejection(combined, 'deploy/releases')).toBe(
      `production runs compose hashes ${HASH}, ${OTHER}, which no release in deploy/releases records`,
    );
    const recordedB = report(all(), { compose_hash: OTHER });
    expect(
      rejection(
        report(all(fails('release')), { compose_hash: null, instances: [a, recordedB] }),
        'releases',
      ),
    ).toBe(`production runs compose hash ${HASH}, which no release in releases records`);
  });
});
