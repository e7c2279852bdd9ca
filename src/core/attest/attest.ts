/**
 * `attest`: from what a running dstack CVM reports back to the release that recorded its compose
 * hash. The documents are read by document.ts, the quote's signature is verified at the edge, and
 * each check (checks.ts) says what it proved; here the verdict is the fold of those checks, and
 * the report is the `--json` document. Pure.
 */
import {
  CHECKS,
  type AttestCheck,
  type AttestPolicy,
  type AttestRelease,
  type CheckResult,
  type InstanceFacts,
} from './checks.js';
import type { AttestDocument, AttestInput, QuoteSource } from './document.js';
import { findComposeHashEvent, replayEventLog, type Replay } from './event-log.js';
import { bytesToHex } from './hex.js';
import { TCB_STATUS_ORDER, type QuoteSignature } from './tcb-status.js';

export type { AttestCheck, AttestCheckName, AttestPolicy, AttestRelease } from './checks.js';

/**
 * `verified`: every check that applies holds and the chain is whole (a quote whose signature
 * verified, an acceptable TCB, RTMR3 replayed against the quote, the compose hash, a release).
 * `consistent`: every check that applies holds, but no quote's signature was verified.
 * `failed`: a check failed, or no release records the compose hash.
 */
export type Verdict = 'verified' | 'consistent' | 'failed';

/** The `--json` document, for one instance or (with `instances`) several. */
export interface AttestReport {
  readonly ok: boolean;
  readonly verdict: Verdict;
  readonly compose_hash: string | null;
  readonly release: {
    readonly version: string;
    readonly tag: string;
    /** Null for a release recorded outside a git repository. */
    readonly commit: string | null;
  } | null;
  readonly tcb_status: string | null;
  readonly checks: readonly AttestCheck[];
  readonly proved: readonly string[];
  readonly not_proved: readonly string[];
  readonly instances?: readonly AttestReport[];
}

export interface InstanceOutcome<R extends AttestRelease> {
  readonly report: AttestReport;
  readonly document: AttestDocument;
  readonly quote: QuoteSource | null;
  /** Every release that records the compose hash, in the order given (report.release is the first). */
  readonly matches: readonly R[];
  readonly replay: Replay;
  /** Facts about how the input was read (legacy log, recomputed digests, ignored app events). */
  readonly notes: readonly string[];
}

export interface AttestOutcome<R extends AttestRelease> {
  /** Exactly the `--json` document. */
  readonly report: AttestReport;
  readonly input: AttestInput;
  readonly instances: readonly InstanceOutcome<R>[];
}

/** One instance's quote and what the verifier made of it (null: no quote). */
export interface InstanceEvidence {
  readonly quote: QuoteSource | null;
  readonly signature: QuoteSignature | null;
}

/** Runs every check over each instance and folds them into the report. */
export function attest<R extends AttestRelease>(
  input: AttestInput,
  evidence: readonly InstanceEvidence[],
  releases: readonly R[],
  policy: AttestPolicy,
): AttestOutcome<R> {
  const instances = input.instances.map((document, i) =>
    attestInstance(document, evidence[i] ?? { quote: null, signature: null }, releases, policy),
  );
  const reports = instances.map((instance) => instance.report);
  return {
    report: reports.length === 1 ? (reports[0] as AttestReport) : combine(reports, input),
    input,
    instances,
  };
}

export function attestInstance<R extends AttestRelease>(
  document: AttestDocument,
  { quote, signature }: InstanceEvidence,
  releases: readonly R[],
  policy: AttestPolicy,
): InstanceOutcome<R> {
  const replay = replayEventLog(document.events, document.eventLogWhere);
  const composeEvent = findComposeHashEvent(document.events);
  const payload = composeEvent?.entry.payload;
  const composeHash = payload?.byteLength === 32 ? bytesToHex(payload) : null;
  const matches =
    composeHash === null
      ? []
      : releases.filter((release) => release.compose_hash.toLowerCase() === composeHash);
  const facts: InstanceFacts<R> = {
    document,
    quote,
    signature,
    replay,
    composeEvent,
    composeHash,
    releases,
    matches,
    policy,
  };
  const results = CHECKS.flatMap((check) => check(facts));
  const verdict = verdictOf(results);
  const first = matches[0];
  const notes = results.flatMap((r) => r.notes ?? []);
  if (replay.recomputedEmpty > 0) {
    notes.push(
      `${replay.recomputedEmpty} runtime event digest(s) left empty in the input were recomputed from name and payload.`,
    );
  }
  return {
    report: {
      ok: okOf(verdict, policy),
      verdict,
      compose_hash: composeHash,
      release:
        first === undefined
          ? null
          : { version: first.version, tag: first.tag, commit: first.commit },
      tcb_status:
        signature !== null && signature.state !== 'unchecked' ? signature.tcbStatus : null,
      checks: results.flatMap((r) => (r.check === null ? [] : [r.check])),
      proved: results.flatMap((r) => r.proved ?? []),
      not_proved: results.flatMap((r) => r.notProved ?? []),
    },
    document,
    quote,
    matches,
    replay,
    notes,
  };
}

/** The fold: any failed check fails; a whole chain verifies; anything else is consistent. */
export function verdictOf(results: readonly CheckResult[]): Verdict {
  const checks = results.flatMap((r) => (r.check === null ? [] : [r.check]));
  if (checks.some((check) => !check.ok)) return 'failed';
  const holds = (name: string): boolean => checks.some((check) => check.name === name && check.ok);
  if (!holds('release')) return 'failed';
  const chain = ['quote-signature', 'tcb-status', 'rtmr3'].every(holds);
  return chain ? 'verified' : 'consistent';
}

export function okOf(verdict: Verdict, policy: Pick<AttestPolicy, 'allowUnsigned'>): boolean {
  return verdict === 'verified' || (verdict === 'consistent' && policy.allowUnsigned);
}

const VERDICT_ORDER: readonly Verdict[] = ['failed', 'consistent', 'verified'];

/** Several instances: each must hold; what they share is stated once, the rest per instance. */
function combine(reports: readonly AttestReport[], input: AttestInput): AttestReport {
  const names = input.instances.map((instance) => instance.name);
  const verdict = VERDICT_ORDER.find((v) => reports.some((r) => r.verdict === v)) ?? 'failed';
  const hashes = new Set(reports.map((r) => r.compose_hash));
  const composeHash = hashes.size === 1 ? (reports[0]?.compose_hash ?? null) : null;
  const statuses = reports.map((r) => r.tcb_status);
  const tcbStatus = statuses.includes(null)
    ? null
    : ([...statuses].sort(
        (a, b) => TCB_STATUS_ORDER.indexOf(a as string) - TCB_STATUS_ORDER.indexOf(b as string),
      )[0] ?? null);
  const checkNames = [...new Set(reports.flatMap((r) => r.checks.map((c) => c.name)))];
  const checks = checkNames.map((name): AttestCheck => {
    const per = reports.map((r, i) => ({
      name: names[i],
      check: r.checks.find((c) => c.name === name),
    }));
    const failing = per.filter((p) => p.check !== undefined && !p.check.ok);
    const having = per.filter((p) => p.check !== undefined);
    return failing.length > 0
      ? { name, ok: false, detail: failing.map((p) => `${p.name}: ${p.check?.detail}`).join('; ') }
      : { name, ok: true, detail: `holds for ${having.length} of ${reports.length} instances` };
  });
  const shared = (pick: (r: AttestReport) => readonly string[]): string[] => {
    const all = [...new Set(reports.flatMap(pick))];
    const common = all.filter((s) => reports.every((r) => pick(r).includes(s)));
    const own = reports.flatMap((r, i) =>
      pick(r)
        .filter((s) => !common.includes(s))
        .map((s) => `${names[i]}: ${s}`),
    );
    return [...common, ...own];
  };
  return {
    ok: reports.every((r) => r.ok),
    verdict,
    compose_hash: composeHash,
    release: composeHash === null ? null : (reports[0]?.release ?? null),
    tcb_status: tcbStatus,
    checks,
    proved: shared((r) => r.proved),
    not_proved: shared((r) => r.not_proved),
    instances: reports,
  };
}
