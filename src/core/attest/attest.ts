/**
 * `attest`: from a running dstack CVM's own report back to the release that recorded its compose
 * hash. Reads a guest agent Info() answer, a tcb_info object or a GetQuote() answer (plus an
 * optional TDX quote), replays the event log, and runs the named checks. Pure: the caller reads
 * the files and the releases directory.
 */
import { sha256Hex } from '../hash.js';
import { isRecord } from '../values.js';
import {
  findComposeHashEvent,
  parseEventLog,
  replayEventLog,
  type ComposeHashEvent,
  type EventLogEntry,
  type Replay,
} from './event-log.js';
import { hexToBytes } from './hex.js';
import { InputError } from '../errors.js';
import { parseTdxQuote, type TdxQuote } from './tdx-quote.js';

export type AttestInputKind = 'info' | 'tcb_info' | 'get_quote';

export type AttestCheckName =
  'rtmr0' | 'rtmr1' | 'rtmr2' | 'rtmr3' | 'compose-hash' | 'mr-config-id' | 'release';

export interface AttestCheck {
  readonly name: AttestCheckName;
  readonly ok: boolean;
  readonly detail: string;
}

/** The `--json` document. */
export interface AttestResult {
  readonly ok: boolean;
  readonly compose_hash: string | null;
  readonly release: {
    readonly version: string;
    readonly tag: string;
    /** Null for a release recorded outside a git repository. */
    readonly commit: string | null;
  } | null;
  readonly checks: readonly AttestCheck[];
}

/** What `attest` needs to know of a recorded release. */
export interface AttestRelease {
  readonly version: string;
  readonly tag: string;
  /** Null for a release recorded outside a git repository. */
  readonly commit: string | null;
  readonly compose_hash: string;
}

/** A document as read, before any check. */
export interface AttestDocument {
  readonly kind: AttestInputKind;
  /** The name the caller gave it (file name or `stdin`). */
  readonly name: string;
  readonly events: readonly EventLogEntry[];
  /** Where the event log sits, for messages: `x.json: tcb_info.event_log`. */
  readonly eventLogWhere: string;
  /** The exact app_compose text (the bytes dstack hashed), when the document carries it. */
  readonly appCompose: string | null;
  /** `compose_hash` fields the document states, lowercase hex, with where each was found. */
  readonly composeHashFields: readonly { readonly where: string; readonly value: string }[];
  /** RTMR0–3 as the document reports them (tcb_info); null where it does not. */
  readonly reportedRtmrs: readonly [string | null, string | null, string | null, string | null];
  readonly mrtd: string | null;
  /** The quote inside a GetQuote() answer. */
  readonly quote: TdxQuote | null;
}

export interface AttestQuoteSource {
  /** How messages name it: `the quote in x.json`, or the quote file's name. */
  readonly source: string;
  readonly quote: TdxQuote;
}

export interface AttestOutcome<R extends AttestRelease> {
  /** Exactly the `--json` document. */
  readonly result: AttestResult;
  readonly input: AttestInputKind;
  /** Every given release that records the compose hash, in the order given (result.release is the first). */
  readonly releases: readonly R[];
  readonly quotes: readonly AttestQuoteSource[];
  readonly replay: Replay;
  readonly mrtd: string | null;
  /** What the passing checks establish, one sentence each. */
  readonly proved: readonly string[];
  /** What this run did not establish and who could, one sentence each. */
  readonly notProved: readonly string[];
  /** Facts about how the input was read (legacy log, recomputed digests, ignored app events). */
  readonly notes: readonly string[];
}

export interface AttestOptions<R extends AttestRelease> {
  /** Text of the Info() answer, tcb_info object or GetQuote() answer. */
  readonly document: string;
  /** Names the document in messages: its file name, or `stdin`. */
  readonly documentName: string;
  /** A TDX quote given beside the document (hex text or bytes), with the name of its file. */
  readonly quote?: { readonly data: string | Uint8Array; readonly name: string } | undefined;
  /** Recorded releases, newest first: the first that records the compose hash is reported. */
  readonly releases: readonly R[];
}

/**
 * Reads the inputs and runs every check. Throws InputError for input that cannot be read;
 * a document that reads but does not hold gives `result.ok === false` with the failing check named.
 */
export function attest<R extends AttestRelease>(options: AttestOptions<R>): AttestOutcome<R> {
  const document = readAttestDocument(options.document, options.documentName);
  const quotes: AttestQuoteSource[] = [];
  if (document.quote !== null) {
    quotes.push({ source: `the quote in ${document.name}`, quote: document.quote });
  }
  if (options.quote !== undefined) {
    quotes.push({
      source: options.quote.name,
      quote: parseTdxQuote(options.quote.data, options.quote.name),
    });
  }
  return checkAttestation(document, quotes, options.releases);
}

/** Parses the document text and tells which of the three shapes it is. */
export function readAttestDocument(text: string, name: string): AttestDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(name, `not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) {
    throw new InputError(name, 'is not a JSON object');
  }
  if ('quote' in value) return readGetQuote(value, name);
  if ('tcb_info' in value) return readInfo(value, name);
  if ('event_log' in value) return readTcbInfo(value, name, '', 'tcb_info', []);
  throw new InputError(
    name,
    'is not a dstack attestation document: expected a guest agent Info() answer (with tcb_info), ' +
      'a tcb_info object (with event_log) or a GetQuote() answer (with quote and event_log)',
  );
}

function readInfo(info: Record<string, unknown>, name: string): AttestDocument {
  let tcbInfo: unknown = info.tcb_info;
  if (typeof tcbInfo === 'string') {
    if (tcbInfo === '') {
      throw new InputError(
        `${name}: tcb_info`,
        'is empty: this CVM does not publish it (public_tcbinfo is false in its app-compose)',
      );
    }
    try {
      tcbInfo = JSON.parse(tcbInfo);
    } catch (error) {
      throw new InputError(
        `${name}: tcb_info`,
        `is a string but not JSON text: ${(error as Error).message}`,
      );
    }
  }
  if (!isRecord(tcbInfo)) {
    throw new InputError(`${name}: tcb_info`, 'is not a JSON object (or the JSON text of one)');
  }
  const fields: ComposeHashField[] = [];
  const topLevel = optionalHex(info, 'compose_hash', 32, `${name}: compose_hash`);
  if (topLevel !== null) fields.push({ where: 'compose_hash', value: topLevel });
  return readTcbInfo(tcbInfo, name, 'tcb_info.', 'info', fields);
}

type ComposeHashField = AttestDocument['composeHashFields'][number];

function readTcbInfo(
  tcbInfo: Record<string, unknown>,
  name: string,
  prefix: string,
  kind: AttestInputKind,
  fields: ComposeHashField[],
): AttestDocument {
  if (!('event_log' in tcbInfo)) {
    throw new InputError(`${name}: ${prefix}event_log`, 'is missing');
  }
  const eventLogWhere = `${name}: ${prefix}event_log`;
  const events = parseEventLog(tcbInfo.event_log, eventLogWhere);
  const appCompose = tcbInfo.app_compose ?? null;
  if (appCompose !== null && typeof appCompose !== 'string') {
    throw new InputError(
      `${name}: ${prefix}app_compose`,
      'must be a string (the exact text of app-compose.json)',
    );
  }
  const field = optionalHex(tcbInfo, 'compose_hash', 32, `${name}: ${prefix}compose_hash`);
  if (field !== null) fields.unshift({ where: `${prefix}compose_hash`, value: field });
  const rtmr = (i: number): string | null =>
    optionalHex(tcbInfo, `rtmr${i}`, 48, `${name}: ${prefix}rtmr${i}`);
  return {
    kind,
    name,
    events,
    eventLogWhere,
    appCompose,
    composeHashFields: fields,
    reportedRtmrs: [rtmr(0), rtmr(1), rtmr(2), rtmr(3)],
    mrtd: optionalHex(tcbInfo, 'mrtd', 48, `${name}: ${prefix}mrtd`),
    quote: null,
  };
}

function readGetQuote(answer: Record<string, unknown>, name: string): AttestDocument {
  if (typeof answer.quote !== 'string') {
    throw new InputError(`${name}: quote`, 'must be the TDX quote as a hex string');
  }
  if (!('event_log' in answer)) {
    throw new InputError(`${name}: event_log`, 'is missing');
  }
  const quote = parseTdxQuote(answer.quote, `${name}: quote`);
  return {
    kind: 'get_quote',
    name,
    events: parseEventLog(answer.event_log, `${name}: event_log`),
    eventLogWhere: `${name}: event_log`,
    appCompose: null,
    composeHashFields: [],
    reportedRtmrs: [null, null, null, null],
    mrtd: null,
    quote,
  };
}

/** Runs the named checks over a document already read, any quotes, and the recorded releases. */
export function checkAttestation<R extends AttestRelease>(
  document: AttestDocument,
  quotes: readonly AttestQuoteSource[],
  releases: readonly R[],
): AttestOutcome<R> {
  const replay = replayEventLog(document.events, document.eventLogWhere);
  const composeEvent = findComposeHashEvent(document.events);
  const composeHash = attestedComposeHash(composeEvent);
  const proved: string[] = [];
  const notProved: string[] = [];
  const notes: string[] = [];

  const checks: AttestCheck[] = [];
  const rtmrChecks = [0, 1, 2, 3].flatMap((i) => rtmrCheck(i, document, quotes, replay));
  checks.push(...rtmrChecks);
  if (rtmrChecks.length > 0 && rtmrChecks.every((check) => check.ok)) {
    const against = [
      ...(document.reportedRtmrs.some((value) => value !== null) ? [document.name] : []),
      ...quotes.map((q) => q.source),
    ];
    proved.push(
      `The event log replays to the ${rtmrChecks.map((c) => c.name.toUpperCase()).join(', ')} ` +
        `values reported by ${listText(against)}.`,
    );
  } else if (rtmrChecks.length === 0) {
    notProved.push(
      'Nothing reports RTMR values to compare the replay with, so the event log itself is unchecked.',
    );
  }

  const compose = composeHashCheck(document, composeEvent, composeHash);
  if (compose !== null) {
    checks.push(compose);
    if (compose.ok) {
      proved.push(
        'The compose-hash event measured before system-ready equals sha256 of the exact ' +
          `app_compose bytes${document.composeHashFields.length > 0 ? ' and the compose_hash field' : ''}.`,
      );
    }
  } else if (composeHash !== null) {
    notes.push(
      `${document.name} carries no app_compose document: the compose hash is the payload of the ` +
        'compose-hash event, bound by RTMR3.',
    );
  }

  const mrConfig = mrConfigIdCheck(quotes, composeHash, notProved);
  if (mrConfig !== null) {
    checks.push(mrConfig);
    if (mrConfig.ok) {
      proved.push(
        'The quote’s MRCONFIGID (v1) names the same compose hash: the TD was launched for it, and dstack refuses to boot when they differ.',
      );
    }
  }

  const matches =
    composeHash === null
      ? []
      : releases.filter((release) => release.compose_hash.toLowerCase() === composeHash);
  checks.push(releaseCheck(composeHash, matches, releases.length));
  const first = matches[0];
  if (first !== undefined) {
    proved.push(`Release ${first.version} (${releaseText(first)}) recorded this compose hash.`);
  }

  if (quotes.length === 0) {
    notProved.push(
      'There is no TDX quote, so the RTMR values are the document’s own claim: this proves the ' +
        'document is internally consistent, not that a TEE measured it. Binding it to hardware ' +
        'needs a quote whose signature chain a DCAP verifier checks.',
    );
  } else {
    notProved.push(
      'The quote’s signature chain was not verified: that it was signed by genuine, up-to-date ' +
        'Intel TDX hardware needs a DCAP quote verifier (Intel’s QVL or dcap-qvl) with Intel’s collateral.',
    );
    notProved.push(
      'REPORTDATA was not checked: whether the quote is fresh, or bound to a key, is for the caller to judge.',
    );
  }
  notProved.push(
    'MRTD and RTMR0–2 (firmware, kernel, OS image) were replayed but not compared with a known dstack OS image.',
  );

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
  if (replay.recomputedEmpty > 0) {
    notes.push(
      `${replay.recomputedEmpty} runtime event digest(s) left empty in the input were recomputed from name and payload.`,
    );
  }

  const result: AttestResult = {
    ok: checks.every((check) => check.ok),
    compose_hash: composeHash,
    release:
      first === undefined ? null : { version: first.version, tag: first.tag, commit: first.commit },
    checks,
  };
  return {
    result,
    input: document.kind,
    releases: matches,
    quotes,
    replay,
    mrtd: document.mrtd ?? quotes[0]?.quote.mrtd ?? null,
    proved,
    notProved,
    notes,
  };
}

/** The payload of the compose-hash event, when it is a SHA-256. */
function attestedComposeHash(event: ComposeHashEvent | null): string | null {
  if (event === null || event.entry.payload.byteLength !== 32) return null;
  return Buffer.from(event.entry.payload).toString('hex');
}

function rtmrCheck(
  i: number,
  document: AttestDocument,
  quotes: readonly AttestQuoteSource[],
  replay: Replay,
): AttestCheck[] {
  const name = `rtmr${i}` as AttestCheckName;
  const replayed = replay.rtmrs[i] as string;
  const reported: { source: string; value: string }[] = [];
  const fromDocument = document.reportedRtmrs[i];
  if (fromDocument !== null && fromDocument !== undefined) {
    reported.push({ source: document.name, value: fromDocument });
  }
  for (const { source, quote } of quotes) {
    reported.push({ source, value: quote.rtmrs[i] as string });
  }
  if (reported.length === 0) return [];

  const problems: string[] = [];
  for (const mismatch of replay.digestMismatches) {
    if (mismatch.imr !== i) continue;
    problems.push(
      `event ${mismatch.index} (${mismatch.event || 'unnamed'}) states digest ${mismatch.stated} ` +
        `but its name and payload hash to ${mismatch.computed}`,
    );
  }
  for (const { source, value } of reported) {
    if (value !== replayed) {
      problems.push(`${source} reports ${value} but the event log replays to ${replayed}`);
    }
  }
  if (problems.length > 0) return [{ name, ok: false, detail: problems.join('; ') }];
  const count = replay.eventCounts[i] ?? 0;
  return [
    {
      name,
      ok: true,
      detail: `${count} event(s) replay to ${replayed}, as ${listText(reported.map((r) => r.source))} ${reported.length === 1 ? 'reports' : 'report'}`,
    },
  ];
}

function composeHashCheck(
  document: AttestDocument,
  event: ComposeHashEvent | null,
  composeHash: string | null,
): AttestCheck | null {
  const name = 'compose-hash';
  if (event === null) {
    return {
      name,
      ok: false,
      detail: 'the event log has no compose-hash event before system-ready',
    };
  }
  if (composeHash === null) {
    return {
      name,
      ok: false,
      detail: `the compose-hash event (event ${event.entry.index}) has a ${event.entry.payload.byteLength}-byte payload, not a SHA-256`,
    };
  }
  const compared: { what: string; value: string }[] = [];
  if (document.appCompose !== null) {
    compared.push({
      what: 'sha256 of app_compose',
      value: sha256Hex(document.appCompose),
    });
  }
  for (const field of document.composeHashFields) {
    compared.push({ what: field.where, value: field.value });
  }
  if (compared.length === 0) return null;
  const differing = compared.filter((c) => c.value !== composeHash);
  const eventText = `the compose-hash event (event ${event.entry.index})`;
  if (differing.length > 0) {
    return {
      name,
      ok: false,
      detail: `${eventText} has ${composeHash}, but ${listText(differing.map((c) => `${c.what} is ${c.value}`))}`,
    };
  }
  return {
    name,
    ok: true,
    detail: `${listText([eventText, ...compared.map((c) => c.what)])} are all ${composeHash}`,
  };
}

/**
 * dstack's launch binding in MRCONFIGID: byte 0 is its version; v1 is 01 ‖ compose hash ‖ zeros.
 * All zeros means "not set" (dstack's own rule, kept for old deployments): there is nothing to
 * compare and the compose hash is bound by RTMR3 alone. v2 and v3 hash the compose hash together
 * with other launch values (keccak256 with app id and key provider; a JSON document) that this
 * tool does not recompute. Any other version is one dstack refuses to boot with.
 */
function mrConfigIdCheck(
  quotes: readonly AttestQuoteSource[],
  composeHash: string | null,
  notProved: string[],
): AttestCheck | null {
  const name = 'mr-config-id';
  const problems: string[] = [];
  const matched: string[] = [];
  for (const { source, quote } of quotes) {
    const id = quote.mrConfigId;
    if (/^0+$/.test(id)) {
      notProved.push(
        `The MRCONFIGID in ${source} is all zeros, which dstack treats as not set: the compose ` +
          'hash is bound by RTMR3 alone.',
      );
      continue;
    }
    const version = id.slice(0, 2);
    if (version === '02' || version === '03') {
      notProved.push(
        `The MRCONFIGID in ${source} is version ${Number(version)}, which binds the compose hash ` +
          'together with other launch values that this tool does not recompute; the compose hash ' +
          'is bound by RTMR3.',
      );
      continue;
    }
    if (version !== '01') {
      problems.push(
        `${source} has MRCONFIGID ${id}, whose version ${version} is not one dstack launches with`,
      );
      continue;
    }
    if (composeHash === null) {
      problems.push(
        `${source} has MRCONFIGID ${id}, but there is no attested compose hash to compare`,
      );
      continue;
    }
    const expected = `01${composeHash}${'00'.repeat(15)}`;
    if (id !== expected) {
      problems.push(`${source} has MRCONFIGID ${id}, not 01 ‖ compose hash ‖ zeros (${expected})`);
    } else {
      matched.push(source);
    }
  }
  if (problems.length > 0) return { name, ok: false, detail: problems.join('; ') };
  if (matched.length === 0) return null;
  return {
    name,
    ok: true,
    detail: `MRCONFIGID in ${listText(matched)} is 01 ‖ ${composeHash} ‖ zeros (v1)`,
  };
}

function releaseCheck(
  composeHash: string | null,
  matches: readonly AttestRelease[],
  searched: number,
): AttestCheck {
  const name = 'release';
  if (composeHash === null) {
    return { name, ok: false, detail: 'there is no attested compose hash to look up' };
  }
  const first = matches[0];
  if (first === undefined) {
    return {
      name,
      ok: false,
      detail: `no recorded release has compose hash ${composeHash} (${searched} release(s) searched)`,
    };
  }
  const others = matches.slice(1).map((release) => release.version);
  return {
    name,
    ok: true,
    detail:
      `release ${first.version} (${releaseText(first)}) recorded compose hash ${composeHash}` +
      (others.length > 0 ? `; so did ${others.join(', ')}` : ''),
  };
}

function releaseText(release: AttestRelease): string {
  return `tag ${release.tag}, ${release.commit === null ? 'no commit recorded' : `commit ${release.commit}`}`;
}

/** `a`, `a and b`, `a, b and c`. */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A hex field of `length` bytes, lowercased; null when absent or null. */
function optionalHex(
  object: Record<string, unknown>,
  key: string,
  length: number,
  where: string,
): string | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InputError(where, 'must be a hex string');
  hexToBytes(value, where, length);
  return value.toLowerCase();
}
