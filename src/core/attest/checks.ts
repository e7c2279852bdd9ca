/**
 * The checks of `attest`, one small function each. Every check says what it proved and what it
 * did not, and is left out (`check: null`) when it does not apply; the verdict is a fold over
 * them (attest.ts). Pure: the facts are read and verified at the edge and passed in.
 */
import { sha256Hex } from '../hash.js';
import { isoSeconds, listText } from '../text.js';
import type { ComposeHashEvent, Replay } from './event-log.js';
import type { AttestDocument, QuoteSource } from './document.js';
import { bytesToHex, isHexPairs } from './hex.js';
import { isRuntimeEvent } from './event-log.js';
import {
  KEY_PROVIDER_KINDS,
  mrAggregated,
  mrConfigIdV1,
  mrConfigIdV2,
  mrConfigIdV3,
  type KeyProviderKind,
} from './measurements.js';
import { OS_REGISTERS, type OsMeasurement } from './os-measurements.js';
import type { AcceptableTcbStatus, QuoteSignature } from './tcb-status.js';

export type AttestCheckName =
  | 'quote-signature'
  | 'tcb-status'
  | 'rtmr0'
  | 'rtmr1'
  | 'rtmr2'
  | 'rtmr3'
  | 'compose-hash'
  | 'mr-config-id'
  | 'mr-aggregated'
  | 'os'
  | 'report-data'
  | 'release';

export interface AttestCheck {
  readonly name: AttestCheckName;
  readonly ok: boolean;
  readonly detail: string;
}

/** What `attest` needs to know of a recorded release. */
export interface AttestRelease {
  readonly version: string;
  readonly tag: string;
  /** Null for a release recorded outside a git repository. */
  readonly commit: string | null;
  readonly compose_hash: string;
}

/** What the user asked to be compared, beyond the document itself. */
export interface AttestPolicy {
  readonly allowTcb: readonly AcceptableTcbStatus[];
  /** `--os-measurements`, with the name of its file; null when not given. */
  readonly osMeasurements: {
    readonly entries: readonly OsMeasurement[];
    readonly name: string;
  } | null;
  /** The expected REPORTDATA, 64 bytes as hex (zero-padded); null when not given. */
  readonly reportData: string | null;
  /** Whether a consistent document without a verified quote is accepted (exit 0). */
  readonly allowUnsigned: boolean;
}

/** Everything the checks look at, for one instance. */
export interface InstanceFacts<R extends AttestRelease = AttestRelease> {
  readonly document: AttestDocument;
  /** The quote the registers come from: the document's, or the one given beside it. */
  readonly quote: QuoteSource | null;
  /** Null exactly when there is no quote. */
  readonly signature: QuoteSignature | null;
  readonly replay: Replay;
  readonly composeEvent: ComposeHashEvent | null;
  /** The payload of the compose-hash event, when it is a SHA-256. */
  readonly composeHash: string | null;
  readonly releases: readonly R[];
  /** The releases that record the compose hash, in the order given. */
  readonly matches: readonly R[];
  readonly policy: AttestPolicy;
}

export interface CheckResult {
  readonly check: AttestCheck | null;
  readonly proved?: readonly string[];
  readonly notProved?: readonly string[];
  /** Facts about how the input was read. */
  readonly notes?: readonly string[];
}

type Check = (facts: InstanceFacts) => CheckResult | readonly CheckResult[];

const result = (
  name: AttestCheckName,
  ok: boolean,
  detail: string,
  more: Omit<CheckResult, 'check'> = {},
): CheckResult => ({ check: { name, ok, detail }, ...more });

/** Unix seconds as a record's timestamp is written; `at` is whole seconds, so nothing is cut off. */
const time = (seconds: number): string => isoSeconds(new Date(seconds * 1000));

export function quoteSignatureCheck({ quote, signature }: InstanceFacts): CheckResult {
  if (quote === null || signature === null) {
    return {
      check: null,
      notProved: [
        'There is no TDX quote, so the registers are the document’s own claim: at most it is ' +
          'internally consistent, not shown to come from a TEE. Binding it to hardware needs a ' +
          'quote whose signature a DCAP verifier checks with Intel’s collateral.',
      ],
    };
  }
  if (signature.state === 'unchecked') {
    return {
      check: null,
      notProved: [
        `The signature of ${quote.source} was not verified (${signature.reason}): nothing shows ` +
          'that genuine Intel TDX hardware produced it.',
      ],
    };
  }
  if (signature.state === 'refused') {
    const from =
      signature.collateralSource === null
        ? ''
        : ` with collateral from ${signature.collateralSource}`;
    return result(
      'quote-signature',
      false,
      `the DCAP verifier refused ${quote.source}${from} at ${time(signature.at)}: ${signature.reason}`,
      {
        notProved: [
          `Nothing shows that genuine Intel TDX hardware produced ${quote.source}: its signature ` +
            'was refused, so the registers it reports are only a claim.',
        ],
      },
    );
  }
  return result(
    'quote-signature',
    true,
    `${quote.source} is signed by Intel TDX hardware: PCK certificate chain to Intel's SGX Root ` +
      'CA, revocation lists, QE report and identity and TCB info signature verified with ' +
      `collateral from ${signature.collateralSource}, valid at ${time(signature.at)}`,
    {
      proved: [
        `${capitalise(quote.source)} was signed by a genuine Intel TDX platform: its signature ` +
          `chain verifies to Intel’s SGX Root CA with collateral from ${signature.collateralSource}, valid at ${time(signature.at)}.`,
      ],
    },
  );
}

export function tcbStatusCheck({ signature, policy }: InstanceFacts): CheckResult {
  if (signature === null || signature.state === 'unchecked') return { check: null };
  const status = signature.tcbStatus;
  if (status === null) return { check: null };
  const advisories =
    signature.state === 'verified' && signature.advisoryIds.length > 0
      ? ` (advisories: ${signature.advisoryIds.join(', ')})`
      : '';
  if (status === 'UpToDate') {
    return result('tcb-status', true, `UpToDate${advisories}`, {
      proved: [`Intel rates the platform’s TCB UpToDate${advisories}.`],
    });
  }
  if (status === 'Revoked') {
    return result(
      'tcb-status',
      false,
      'Revoked: Intel has revoked this platform, which is never accepted',
    );
  }
  if ((policy.allowTcb as readonly string[]).includes(status)) {
    return result('tcb-status', true, `${status}${advisories}, accepted by allow-tcb`, {
      proved: [`Intel rates the platform’s TCB ${status}${advisories}, which allow-tcb accepts.`],
    });
  }
  return result(
    'tcb-status',
    false,
    `${status}${advisories}: only UpToDate holds unless allow-tcb names ${status}`,
  );
}

export function rtmrChecks(facts: InstanceFacts): CheckResult[] {
  const { document, quote, replay, composeEvent } = facts;
  const results: CheckResult[] = [];
  const against = new Set<string>();
  // A document that carries its own quote: tell the two sources apart.
  const statedBy =
    quote?.source === `the quote in ${document.name}`
      ? `the tcb_info in ${document.name}`
      : document.name;
  for (const i of [0, 1, 2, 3] as const) {
    const name = `rtmr${i}` as const;
    const replayed = replay.rtmrs[i];
    const reported: { source: string; value: string }[] = [];
    if (quote !== null) reported.push({ source: quote.source, value: quote.quote.rtmrs[i] });
    const stated = document.reportedRtmrs[i];
    if (stated !== null) reported.push({ source: statedBy, value: stated });
    if (reported.length === 0) {
      if (i === 3 && composeEvent !== null) {
        results.push(
          result(
            name,
            false,
            'there is no RTMR3 value to replay against (no quote, and the document states none): ' +
              'the compose-hash event is bound to nothing measured',
          ),
        );
      }
      continue;
    }
    const problems = replay.digestMismatches
      .filter((m) => m.imr === i)
      .map(
        (m) =>
          `event ${m.index} (${m.event || 'unnamed'}) states digest ${m.stated} but its name and payload hash to ${m.computed}`,
      );
    for (const { source, value } of reported) {
      if (value !== replayed)
        problems.push(`${source} reports ${value} but the event log replays to ${replayed}`);
    }
    if (problems.length > 0) {
      results.push(result(name, false, problems.join('; ')));
      continue;
    }
    for (const r of reported) against.add(r.source);
    const sources = reported.map((r) => r.source);
    results.push(
      result(
        name,
        true,
        `${replay.eventCounts[i]} event(s) replay to ${replayed}, as ${listText(sources)} ${sources.length === 1 ? 'reports' : 'report'}`,
      ),
    );
  }
  const checked = results.filter((r) => r.check !== null);
  if (checked.length === 0) {
    return [
      {
        check: null,
        notProved: [
          'Nothing reports RTMR values to compare the replay with, so the event log itself is unchecked.',
        ],
      },
    ];
  }
  if (checked.every((r) => r.check?.ok)) {
    const names = checked.map((r) => r.check?.name.toUpperCase() ?? '');
    return [
      ...results.slice(0, -1),
      {
        ...(results[results.length - 1] as CheckResult),
        proved: [
          `The event log replays to the ${names.join(', ')} values reported by ${listText([...against])}.`,
        ],
      },
    ];
  }
  return results;
}

export function composeHashCheck({
  document,
  composeEvent,
  composeHash,
}: InstanceFacts): CheckResult {
  const name = 'compose-hash';
  const notes: string[] = [];
  if (composeEvent !== null && !composeEvent.systemReadySeen) {
    notes.push(
      'The event log has no system-ready event (dstack 0.3): the first compose-hash event was taken.',
    );
  }
  if (composeEvent !== null && composeEvent.ignoredAfterSystemReady > 0) {
    notes.push(
      `${composeEvent.ignoredAfterSystemReady} event(s) named compose-hash after system-ready ` +
        'were emitted by the application and ignored.',
    );
  }
  if (composeEvent === null) {
    return result(
      name,
      false,
      'the event log has no compose-hash event in RTMR3 before system-ready',
      { notes },
    );
  }
  const eventText = `the compose-hash event (event ${composeEvent.entry.index})`;
  if (composeHash === null) {
    return result(
      name,
      false,
      `${eventText} has a ${composeEvent.entry.payload.byteLength}-byte payload, not a SHA-256`,
      { notes },
    );
  }
  const compared: { what: string; value: string }[] = [];
  if (document.appCompose !== null) {
    compared.push({ what: 'sha256 of app_compose', value: sha256Hex(document.appCompose) });
  }
  for (const field of document.composeHashFields)
    compared.push({ what: field.where, value: field.value });
  if (compared.length === 0) {
    return {
      check: null,
      notes: [
        ...notes,
        `${document.name} carries no app_compose document: the compose hash is the payload of ${eventText}.`,
      ],
    };
  }
  const differing = compared.filter((c) => c.value !== composeHash);
  if (differing.length > 0) {
    return result(
      name,
      false,
      `${eventText} has ${composeHash}, but ${listText(differing.map((c) => `${c.what} is ${c.value}`))}`,
      { notes },
    );
  }
  return result(
    name,
    true,
    `${listText([eventText, ...compared.map((c) => c.what)])} are all ${composeHash}`,
    {
      notes,
      proved: [
        'The compose-hash event measured before system-ready equals sha256 of the exact ' +
          `app_compose bytes${document.composeHashFields.length > 0 ? ' and the compose_hash field' : ''}.`,
      ],
    },
  );
}

/**
 * dstack's launch binding in MRCONFIGID: byte 0 is its version. All zeros means "not set" (kept
 * for old deployments): the compose hash is bound by RTMR3 alone. v1 is 01 ‖ compose hash ‖
 * zeros; v2 hashes the compose hash with the app id and key provider (keccak-256); v3 hashes the
 * mr_config document, which must name the same compose hash.
 */
export function mrConfigIdCheck({ quote, composeHash, document }: InstanceFacts): CheckResult {
  if (quote === null) return { check: null };
  const name = 'mr-config-id';
  const id = quote.quote.mrConfigId;
  const version = id.slice(0, 2);
  const source = quote.source;
  if (/^0+$/.test(id)) {
    return {
      check: null,
      notProved: [
        `The MRCONFIGID in ${source} is all zeros, which dstack treats as not set: the compose hash is bound by RTMR3 alone.`,
      ],
    };
  }
  if (version !== '01' && version !== '02' && version !== '03') {
    return result(
      name,
      false,
      `${source} has MRCONFIGID ${id}, whose version ${version} is not one dstack launches with`,
    );
  }
  if (composeHash === null) {
    return result(
      name,
      false,
      `${source} has MRCONFIGID ${id}, but there is no attested compose hash to compare`,
    );
  }
  if (version === '01') {
    const expected = mrConfigIdV1(composeHash);
    if (id !== expected) {
      return result(
        name,
        false,
        `${source} has MRCONFIGID ${id}, not 01 ‖ compose hash ‖ zeros (${expected})`,
      );
    }
    return result(name, true, `MRCONFIGID in ${source} is 01 ‖ ${composeHash} ‖ zeros (v1)`, {
      proved: [
        'The quote’s MRCONFIGID (v1) names the same compose hash, the one the TD was launched for (dstack refuses to boot when they differ).',
      ],
    });
  }
  if (version === '02') return mrConfigV2(source, id, composeHash, document);
  return mrConfigV3(source, id, composeHash, document.mrConfigDocument);
}

/**
 * v2 binds the app id (dstack's own `app-id` event in RTMR3) and the key provider the
 * app_compose names (its kind and `key_provider_id`), which the compose hash already binds.
 */
function mrConfigV2(
  source: string,
  id: string,
  composeHash: string,
  document: AttestDocument,
): CheckResult {
  const name = 'mr-config-id';
  const appId = document.events.find((e) => isRuntimeEvent(e) && e.event === 'app-id')?.payload;
  const provider = document.appCompose === null ? null : keyProviderOf(document.appCompose);
  if (appId?.byteLength !== 20 || provider === null) {
    return {
      check: null,
      notProved: [
        `The MRCONFIGID in ${source} is version 2, which binds the app id and key provider with the ` +
          `compose hash; the input lacks ${appId?.byteLength === 20 ? 'the app_compose that names the key provider' : 'a 20-byte app-id event'}, so it is not recomputed: the compose hash is bound by RTMR3.`,
      ],
    };
  }
  const appIdHex = bytesToHex(appId);
  const expected = mrConfigIdV2(composeHash, appIdHex, provider.kind, provider.id);
  if (id !== expected) {
    return result(
      name,
      false,
      `${source} has MRCONFIGID ${id}, not the v2 binding of compose hash, app id ${appIdHex} and key provider ${provider.kind} (${expected})`,
    );
  }
  return result(
    name,
    true,
    `MRCONFIGID in ${source} is the v2 binding of compose hash ${composeHash}, app id ${appIdHex} and key provider ${provider.kind}`,
    {
      proved: [
        'The quote’s MRCONFIGID (v2) binds the same compose hash, app id and key provider: the TD was launched for them.',
      ],
    },
  );
}

/** The key provider an app_compose names, as dstack reads it; null when it cannot be read. */
function keyProviderOf(appCompose: string): { kind: KeyProviderKind; id: string } | null {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(appCompose) as Record<string, unknown>;
  } catch {
    return null;
  }
  const named = doc.key_provider;
  let kind: KeyProviderKind;
  if (typeof named === 'string' && named in KEY_PROVIDER_KINDS) kind = named as KeyProviderKind;
  else if (named !== undefined && named !== null) return null;
  else if (doc.kms_enabled === true) kind = 'kms';
  else if (doc.local_key_provider_enabled === true) kind = 'local';
  else kind = 'none';
  const raw = doc.key_provider_id ?? '';
  if (typeof raw !== 'string') return null;
  const hex = raw.startsWith('0x') ? raw.slice(2) : raw;
  return isHexPairs(hex) ? { kind, id: hex.toLowerCase() } : null;
}

function mrConfigV3(
  source: string,
  id: string,
  composeHash: string,
  mrConfig: string | null,
): CheckResult {
  const name = 'mr-config-id';
  if (mrConfig === null) {
    return {
      check: null,
      notProved: [
        `The MRCONFIGID in ${source} is version 3, which hashes an mr_config document the input does ` +
          'not carry: the compose hash is bound by RTMR3.',
      ],
    };
  }
  const expected = mrConfigIdV3(mrConfig);
  if (id !== expected) {
    return result(
      name,
      false,
      `${source} has MRCONFIGID ${id}, but the mr_config document hashes to ${expected} (v3)`,
    );
  }
  let bound: unknown;
  try {
    bound = (JSON.parse(mrConfig) as { compose_hash?: unknown }).compose_hash;
  } catch {
    bound = undefined;
  }
  if (typeof bound !== 'string' || bound.toLowerCase() !== composeHash) {
    return result(
      name,
      false,
      `the mr_config document MRCONFIGID v3 binds names compose hash ${String(bound)}, not ${composeHash}`,
    );
  }
  return result(
    name,
    true,
    `MRCONFIGID in ${source} is the v3 hash of the mr_config document, which names compose hash ${composeHash}`,
    {
      proved: [
        'The quote’s MRCONFIGID (v3) binds an mr_config document naming the same compose hash: the TD was launched for it.',
      ],
    },
  );
}

export function mrAggregatedCheck({ document, quote, replay }: InstanceFacts): CheckResult {
  const stated = document.mrAggregated;
  if (stated === null) return { check: null };
  if (quote === null) {
    return {
      check: null,
      notProved: [
        'The document’s mr_aggregated was not recomputed: that needs the quote’s MRCONFIGID, MROWNER and MROWNERCONFIG.',
      ],
    };
  }
  const computed = mrAggregated(quote.quote, replay.rtmrs[3]);
  if (computed !== stated) {
    return result(
      'mr-aggregated',
      false,
      `${document.name} states mr_aggregated ${stated}, but the registers of ${quote.source} give ${computed}`,
    );
  }
  return result(
    'mr-aggregated',
    true,
    `mr_aggregated ${stated} is recomputed from the registers of ${quote.source}`,
    {
      proved: [
        'The document’s mr_aggregated (the value dstack’s KMS authorises) is the hash of the quote’s registers.',
      ],
    },
  );
}

export function osCheck({ policy, quote, document }: InstanceFacts): CheckResult {
  const os = policy.osMeasurements;
  if (os === null) {
    return {
      check: null,
      notProved: [
        'The OS was not compared: MRTD and RTMR0–2 (firmware, kernel, initrd and OS image) were ' +
          'not matched with known dstack OS measurements (os-measurements).',
      ],
    };
  }
  const registers = quote
    ? {
        from: quote.source,
        mrtd: quote.quote.mrtd,
        rtmr0: quote.quote.rtmrs[0],
        rtmr1: quote.quote.rtmrs[1],
        rtmr2: quote.quote.rtmrs[2],
      }
    : {
        from: document.name,
        mrtd: document.mrtd,
        rtmr0: document.reportedRtmrs[0],
        rtmr1: document.reportedRtmrs[1],
        rtmr2: document.reportedRtmrs[2],
      };
  const missing = OS_REGISTERS.filter((key) => registers[key] === null);
  if (missing.length > 0) {
    return result(
      'os',
      false,
      `${registers.from} states no ${missing.join(', ').toUpperCase()} to compare with ${os.name}`,
    );
  }
  const differing = os.entries.map((entry) => ({
    entry,
    keys: OS_REGISTERS.filter((key) => entry[key] !== registers[key]),
  }));
  const match = differing.find((d) => d.keys.length === 0);
  if (match === undefined) {
    const nearest = [...differing].sort((a, b) => a.keys.length - b.keys.length)[0];
    return result(
      'os',
      false,
      `MRTD and RTMR0–2 of ${registers.from} match none of the ${os.entries.length} entries of ${os.name}` +
        (nearest
          ? ` (nearest: ${JSON.stringify(nearest.entry.name)}, differing in ${nearest.keys.join(', ').toUpperCase()})`
          : ''),
    );
  }
  return result(
    'os',
    true,
    `MRTD and RTMR0–2 of ${registers.from} are those of ${JSON.stringify(match.entry.name)} in ${os.name}`,
    {
      proved: [
        `The firmware, kernel and OS image are ${JSON.stringify(match.entry.name)}, as ${os.name} lists it.`,
      ],
    },
  );
}

export function reportDataCheck({ policy, quote }: InstanceFacts): CheckResult {
  const expected = policy.reportData;
  if (expected === null) {
    return {
      check: null,
      notProved: [
        'Freshness was not checked: without an expected REPORTDATA (report-data) the quote may be ' +
          'an old one replayed, or bound to another key.',
      ],
    };
  }
  if (quote === null)
    return result('report-data', false, 'there is no quote whose REPORTDATA to compare');
  if (quote.quote.reportData !== expected) {
    return result(
      'report-data',
      false,
      `${quote.source} has REPORTDATA ${quote.quote.reportData}, not ${expected}`,
    );
  }
  return result('report-data', true, `REPORTDATA of ${quote.source} is ${expected}`, {
    proved: [
      'The quote’s REPORTDATA is the value given: it is as fresh as that value, and bound to what it commits to.',
    ],
  });
}

export function releaseCheck({ composeHash, matches, releases }: InstanceFacts): CheckResult {
  const name = 'release';
  if (composeHash === null)
    return result(name, false, 'there is no attested compose hash to look up');
  const first = matches[0];
  if (first === undefined) {
    return result(
      name,
      false,
      `no recorded release has compose hash ${composeHash} (${releases.length} release(s) searched)`,
    );
  }
  const others = matches.slice(1).map((release) => release.version);
  return result(
    name,
    true,
    `release ${first.version} (${releaseText(first)}) recorded compose hash ${composeHash}` +
      (others.length > 0 ? `; so did ${others.join(', ')}` : ''),
    { proved: [`Release ${first.version} (${releaseText(first)}) recorded this compose hash.`] },
  );
}

/** Every check, in the order the report lists them. */
export const CHECKS: readonly Check[] = [
  quoteSignatureCheck,
  tcbStatusCheck,
  rtmrChecks,
  composeHashCheck,
  mrConfigIdCheck,
  mrAggregatedCheck,
  osCheck,
  reportDataCheck,
  releaseCheck,
];

export function releaseText(release: AttestRelease): string {
  return `tag ${release.tag}, ${release.commit === null ? 'no commit recorded' : `commit ${release.commit}`}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
