/**
 * The dstack TDX event log: the JSON array a CVM reports as `tcb_info.event_log` (and as the
 * JSON-string `event_log` of a GetQuote answer), replayed into RTMR0–3.
 *
 * Boot-time entries (firmware, kernel, initrd) carry the digest that was extended; dstack's own
 * runtime events (type 0x08000001 in RTMR3: app-id, compose-hash, …) are extended with a digest of
 * their name and payload, which this module recomputes instead of trusting: GetQuote leaves those
 * digests empty, and a log whose payload was edited but whose digest was kept must not replay.
 */
import { sha384 } from '../hash.js';
import { bytesToHex, hexToBytes, preview } from './hex.js';
import { InputError } from '../errors.js';
import { jsonSyntaxProblem } from '../json-parser.js';

/** dstack's runtime event type, not a TCG type. */
export const DSTACK_RUNTIME_EVENT_TYPE = 0x08000001;

/** SHA-384 register size. */
export const RTMR_BYTES = 48;

/** One entry of the log, as read. */
export interface EventLogEntry {
  /** Position in the log (0-based), for messages. */
  readonly index: number;
  /** The RTMR the event was extended into (0–3). */
  readonly imr: 0 | 1 | 2 | 3;
  readonly eventType: number;
  /** The digest the log states, lowercase hex; `''` when the log left it out. */
  readonly digest: string;
  /** Event name (dstack runtime events; boot events usually have none). */
  readonly event: string;
  readonly payload: Uint8Array;
  /** Runtime-event digest form: 1 (binary) unless the entry says `"version": 2` (JCS JSON). */
  readonly version: 1 | 2;
}

/** A runtime event whose stated digest is not the digest of its name and payload. */
export interface DigestMismatch {
  readonly index: number;
  readonly imr: number;
  readonly event: string;
  readonly stated: string;
  readonly computed: string;
}

export interface Replay {
  /** RTMR0–3 after extending every entry, lowercase hex. */
  readonly rtmrs: readonly [string, string, string, string];
  /** Entries extended into each RTMR. */
  readonly eventCounts: readonly [number, number, number, number];
  /** Runtime events whose non-empty stated digest differs from the recomputed one. */
  readonly digestMismatches: readonly DigestMismatch[];
  /** Runtime events that had no stated digest (a GetQuote answer strips them). */
  readonly recomputedEmpty: number;
}

/**
 * Reads an event log given as a JSON array or as the JSON text of one (GetQuote's `event_log`).
 * `where` names it in errors, e.g. `info.json: tcb_info.event_log`.
 */
export function parseEventLog(value: unknown, where: string): EventLogEntry[] {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      throw new InputError(where, `is a string but not JSON text: ${jsonSyntaxProblem(value)}`);
    }
  }
  if (!Array.isArray(list)) {
    throw new InputError(where, 'is not a JSON array of events');
  }
  if (list.length === 0) {
    throw new InputError(where, 'is empty: there is nothing to replay');
  }
  return list.map((item: unknown, index) => parseEntry(item, index, `${where}[${index}]`));
}

function parseEntry(item: unknown, index: number, where: string): EventLogEntry {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new InputError(where, 'is not an event object');
  }
  const entry = item as Record<string, unknown>;
  const imr = entry.imr;
  if (imr !== 0 && imr !== 1 && imr !== 2 && imr !== 3) {
    throw new InputError(`${where}.imr`, `must be 0, 1, 2 or 3, got ${show(imr)}`);
  }
  const eventType = entry.event_type;
  if (
    typeof eventType !== 'number' ||
    !Number.isInteger(eventType) ||
    eventType < 0 ||
    eventType > 0xffffffff
  ) {
    throw new InputError(`${where}.event_type`, `must be a 32-bit unsigned integer`);
  }
  // dstack leaves `digest` out (serde default) or empty when it is to be recomputed.
  const digestText = entry.digest ?? '';
  if (typeof digestText !== 'string') {
    throw new InputError(`${where}.digest`, 'must be a hex string');
  }
  if (digestText !== '') hexToBytes(digestText, `${where}.digest`, RTMR_BYTES);
  const name = entry.event ?? '';
  if (typeof name !== 'string') {
    throw new InputError(`${where}.event`, 'must be a string');
  }
  const payloadText = entry.event_payload ?? '';
  if (typeof payloadText !== 'string') {
    throw new InputError(`${where}.event_payload`, 'must be a hex string');
  }
  const payload = hexToBytes(payloadText, `${where}.event_payload`);
  // dstack writes `version` only for V2 (it is skipped when V1) and rejects unknown numbers.
  const rawVersion = entry.version ?? 1;
  if (rawVersion !== 1 && rawVersion !== 2) {
    throw new InputError(
      `${where}.version`,
      `unknown event log version ${show(rawVersion)} (dstack knows 1 and 2)`,
    );
  }
  return {
    index,
    imr,
    eventType,
    digest: digestText.toLowerCase(),
    event: name,
    payload,
    version: rawVersion,
  };
}

function show(value: unknown): string {
  return typeof value === 'string' ? preview(value) : String(JSON.stringify(value));
}

/**
 * The bytes dstack hashes for a runtime event.
 * V1: u32 LE event type ‖ ":" ‖ name ‖ ":" ‖ payload.
 * V2: the RFC 8785 (JCS) JSON `{"name":…,"payload":"<lowercase hex>","type":134217729}`; JCS sorts
 * the keys and writes strings exactly as JSON.stringify does, and the integer as plain digits.
 */
export function runtimeEventPreimage(name: string, payload: Uint8Array, version: 1 | 2): Buffer {
  if (version === 2) {
    const json = `{"name":${JSON.stringify(name)},"payload":"${bytesToHex(payload)}","type":${DSTACK_RUNTIME_EVENT_TYPE}}`;
    return Buffer.from(json, 'utf8');
  }
  const type = Buffer.alloc(4);
  type.writeUInt32LE(DSTACK_RUNTIME_EVENT_TYPE);
  return Buffer.concat([type, Buffer.from(`:${name}:`, 'utf8'), payload]);
}

/** SHA-384 digest of a dstack runtime event, lowercase hex. */
export function runtimeEventDigest(name: string, payload: Uint8Array, version: 1 | 2): string {
  return sha384(runtimeEventPreimage(name, payload, version)).toString('hex');
}

/**
 * Whether dstack's runtime measured this event: its type, in RTMR3. The type alone is not enough:
 * an entry of that type in RTMR0–2 is not one of dstack's runtime events, is extended with the
 * digest it states, and never counts as the compose-hash event.
 */
export function isRuntimeEvent(entry: EventLogEntry): boolean {
  return entry.eventType === DSTACK_RUNTIME_EVENT_TYPE && entry.imr === 3;
}

/**
 * Replays the log: each RTMR starts as 48 zero bytes, and every entry extends its RTMR with
 * SHA-384(old ‖ digest). Runtime events use their recomputed digest. A boot-time entry without a
 * digest cannot be replayed at all, which is an input error naming it.
 */
export function replayEventLog(entries: readonly EventLogEntry[], where: string): Replay {
  const registers: Buffer[] = [0, 1, 2, 3].map(() => Buffer.alloc(RTMR_BYTES));
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  const digestMismatches: DigestMismatch[] = [];
  let recomputedEmpty = 0;
  for (const entry of entries) {
    let digest: string;
    if (isRuntimeEvent(entry)) {
      digest = runtimeEventDigest(entry.event, entry.payload, entry.version);
      if (entry.digest === '') recomputedEmpty += 1;
      else if (entry.digest !== digest) {
        digestMismatches.push({
          index: entry.index,
          imr: entry.imr,
          event: entry.event,
          stated: entry.digest,
          computed: digest,
        });
      }
    } else {
      if (entry.digest === '') {
        throw new InputError(
          `${where}[${entry.index}]`,
          `a boot-time event (type 0x${entry.eventType.toString(16)}, RTMR${entry.imr}) has no digest, so the log cannot be replayed`,
        );
      }
      digest = entry.digest;
    }
    const old = registers[entry.imr] as Buffer;
    registers[entry.imr] = sha384(old, Buffer.from(digest, 'hex'));
    counts[entry.imr] += 1;
  }
  const hex = registers.map((register) => register.toString('hex'));
  return {
    rtmrs: [hex[0] ?? '', hex[1] ?? '', hex[2] ?? '', hex[3] ?? ''],
    eventCounts: counts,
    digestMismatches,
    recomputedEmpty,
  };
}

/** The `compose-hash` event that counts, with what was passed over to find it. */
export interface ComposeHashEvent {
  readonly entry: EventLogEntry;
  /** False for logs without a `system-ready` event (dstack 0.3). */
  readonly systemReadySeen: boolean;
  /** Runtime events named `compose-hash` after `system-ready`: emitted by the app, ignored. */
  readonly ignoredAfterSystemReady: number;
}

/**
 * The first runtime `compose-hash` event (RTMR3) before `system-ready`, as dstack itself reads it.
 * Events after `system-ready` are emitted by the application, which could name one
 * `compose-hash`: those never count. A log without `system-ready` (dstack 0.3) is searched whole;
 * the first one still wins, because the system measures it before any application runs.
 */
export function findComposeHashEvent(entries: readonly EventLogEntry[]): ComposeHashEvent | null {
  let found: EventLogEntry | null = null;
  let systemReadySeen = false;
  let ignoredAfterSystemReady = 0;
  for (const entry of entries) {
    if (!isRuntimeEvent(entry)) continue;
    if (entry.event === 'system-ready') {
      systemReadySeen = true;
      continue;
    }
    if (entry.event !== 'compose-hash') continue;
    if (systemReadySeen) ignoredAfterSystemReady += 1;
    else if (found === null) found = entry;
  }
  return found === null ? null : { entry: found, systemReadySeen, ignoredAfterSystemReady };
}
