/**
 * Why an attestation is not accepted, in one sentence: what the attest action's one error
 * annotation says and its job summary leads with. The first link of the chain that broke is the
 * reason (a refused signature makes everything after it a claim; a TCB Intel does not accept
 * makes the platform untrusted, whatever it measured); the other failed checks are named after
 * it. A compose hash no release recorded is the reason only when every other check holds, since
 * only then is it what production really runs. Pure.
 */
import type { AttestReport } from './attest.js';
import type { AttestCheck, AttestCheckName } from './checks.js';

/** The order failures are reported in: the chain from Intel's signature to the release. */
const FIRST: readonly AttestCheckName[] = ['quote-signature', 'tcb-status'];

/** Null when the report is accepted (`ok`); else the reason, naming the releases directory. */
export function rejection(report: AttestReport, releasesDir: string): string | null {
  if (report.ok) return null;
  const failed = report.checks.filter((check) => !check.ok);
  const rank = (check: AttestCheck): number => {
    const first = FIRST.indexOf(check.name);
    if (first >= 0) return first;
    return check.name === 'release' ? Number.MAX_SAFE_INTEGER : FIRST.length;
  };
  const [lead, ...rest] = [...failed].sort((a, b) => rank(a) - rank(b));
  if (lead === undefined) {
    return (
      'the attestation is consistent but not verified: no quote’s signature was verified, so ' +
      'nothing ties it to genuine Intel TDX hardware (allow-unsigned accepts that)'
    );
  }
  const also = rest.length > 0 ? `; also failed: ${rest.map((c) => c.name).join(', ')}` : '';
  switch (lead.name) {
    case 'quote-signature':
      return `Intel's signature on the quote does not hold: ${lead.detail}${also}`;
    case 'tcb-status':
      return `the platform's TCB status is not accepted: ${lead.detail}${also}`;
    case 'release':
      return unrecorded(report, releasesDir);
    default:
      return `${lead.name} failed: ${lead.detail}${also}`;
  }
}

/** Every other check holds: production runs a compose hash no release recorded (or none). */
function unrecorded(report: AttestReport, releasesDir: string): string {
  const reports = report.instances ?? [report];
  const hashes = [
    ...new Set(
      reports
        .filter((r) => r.checks.some((c) => c.name === 'release' && !c.ok))
        .map((r) => r.compose_hash),
    ),
  ];
  const named = hashes.filter((hash): hash is string => hash !== null);
  if (named.length === 0) return 'the attestation names no compose hash to look up a release by';
  const which = named.length === 1 ? 'compose hash' : 'compose hashes';
  const none = hashes.includes(null) ? ' (and an instance names none)' : '';
  return `production runs ${which} ${named.join(', ')}, which no release in ${releasesDir} records${none}`;
}
