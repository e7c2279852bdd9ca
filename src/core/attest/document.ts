/**
 * Reading what a running dstack CVM reports, in each shape it is served in, into one form per
 * instance: the event log, the app_compose text, the values the document states (RTMRs, MRTD,
 * compose hash, mr_aggregated), and any TDX quote and Intel collateral it carries. Nothing here
 * judges the values: the checks do. Pure: the caller reads the text.
 */
import { jsonSyntaxProblem } from '../json-parser.js';
import { InputError } from '../errors.js';
import { isRecord } from '../values.js';
import { readCollateral, type Collateral } from './collateral.js';
import { parseEventLog, type EventLogEntry } from './event-log.js';
import { byteArray, hexField } from './hex.js';
import { parseTdxQuote, type TdxQuote } from './tdx-quote.js';

export type AttestInputKind =
  'info' | 'tcb_info' | 'get_quote' | 'verifier_request' | 'public_data' | 'app_attestations';

/** How the human output names each shape. */
export const INPUT_KINDS: Readonly<Record<AttestInputKind, string>> = {
  info: 'a guest agent Info() answer',
  tcb_info: 'a tcb_info document',
  get_quote: 'a GetQuote() answer',
  verifier_request: 'a dstack-verifier request',
  public_data: "an app's /public_data",
  app_attestations: "Phala Cloud's app attestations",
};

/** A TDX quote with how messages name it. */
export interface QuoteSource {
  /** `the quote in x.json`, or the quote file's name. */
  readonly source: string;
  readonly quote: TdxQuote;
}

/** One instance as read, before any check. */
export interface AttestDocument {
  /** The document (file name, URL or `stdin`), and the instance within it when there are several. */
  readonly name: string;
  readonly events: readonly EventLogEntry[];
  /** Where the event log sits, for messages: `x.json: tcb_info.event_log`. */
  readonly eventLogWhere: string;
  /** The exact app_compose text (the bytes dstack hashed), when the document carries it. */
  readonly appCompose: string | null;
  /** `compose_hash` fields the document states, lowercase hex, with where each was found. */
  readonly composeHashFields: readonly { readonly where: string; readonly value: string }[];
  /** RTMR0–3 as the document states them; null where it does not. */
  readonly reportedRtmrs: readonly [string | null, string | null, string | null, string | null];
  readonly mrtd: string | null;
  /** dstack's mr_aggregated, where the document reports it. */
  readonly mrAggregated: string | null;
  /** The MrConfig v3 document (`mr_config`), the exact text MRCONFIGID v3 hashes, where carried. */
  readonly mrConfigDocument: string | null;
  readonly quote: QuoteSource | null;
  /** Intel's collateral for the quote, where the document embeds it. */
  readonly collateral: Collateral | null;
}

export interface AttestInput {
  readonly kind: AttestInputKind;
  readonly name: string;
  readonly instances: readonly AttestDocument[];
}

/** Parses the document text and tells which shape it is. Throws InputError naming `name`. */
export function readAttestInput(text: string, name: string): AttestInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(name, `not JSON: ${jsonSyntaxProblem(text)}`);
  }
  if (!isRecord(value)) throw new InputError(name, 'is not a JSON object');
  const read = new Reader(name);
  if (Array.isArray(value.instances)) return read.appAttestations(value);
  if (isRecord(value.tee_participant_info)) return read.publicData(value);
  if ('quote' in value) return read.getQuote(value);
  if ('tcb_info' in value) return read.info(value);
  if ('event_log' in value) {
    return { kind: 'tcb_info', name, instances: [read.tcbInfo(value, '', {})] };
  }
  throw new InputError(
    name,
    'is not a dstack attestation document: expected a guest agent Info() answer (with tcb_info), ' +
      'a tcb_info object (with event_log), a GetQuote() answer or dstack-verifier request (quote ' +
      "and event_log), an app's /public_data (tee_participant_info.Dstack) or Phala Cloud's app " +
      'attestations (instances)',
  );
}

/** What a shape adds around a tcb_info: a quote, collateral, fields beside it. */
interface Around {
  readonly name?: string;
  readonly quote?: QuoteSource | null;
  readonly collateral?: Collateral | null;
  readonly composeHashFields?: AttestDocument['composeHashFields'];
  readonly mrAggregated?: string | null;
  readonly mrConfigDocument?: string | null;
}

class Reader {
  constructor(private readonly name: string) {}

  private where(path: string): string {
    return path === '' ? this.name : `${this.name}: ${path}`;
  }

  info(info: Record<string, unknown>): AttestInput {
    const tcbInfo = this.jsonObject(info.tcb_info, 'tcb_info', true);
    const composeHash = this.hex(info, 'compose_hash', 32, '');
    return {
      kind: 'info',
      name: this.name,
      instances: [
        this.tcbInfo(tcbInfo, 'tcb_info.', {
          composeHashFields:
            composeHash === null ? [] : [{ where: 'compose_hash', value: composeHash }],
          mrAggregated: this.hex(info, 'mr_aggregated', 32, ''),
          mrConfigDocument: this.mrConfig(info, ''),
        }),
      ],
    };
  }

  tcbInfo(tcbInfo: Record<string, unknown>, prefix: string, around: Around): AttestDocument {
    if (!('event_log' in tcbInfo))
      throw new InputError(this.where(`${prefix}event_log`), 'is missing');
    const eventLogWhere = this.where(`${prefix}event_log`);
    const appCompose = tcbInfo.app_compose ?? null;
    if (appCompose !== null && typeof appCompose !== 'string') {
      throw new InputError(
        this.where(`${prefix}app_compose`),
        'must be a string (the exact text of app-compose.json)',
      );
    }
    const field = this.hex(tcbInfo, 'compose_hash', 32, prefix);
    const rtmr = (i: number): string | null => this.hex(tcbInfo, `rtmr${i}`, 48, prefix);
    return {
      name: around.name ?? this.name,
      events: parseEventLog(tcbInfo.event_log, eventLogWhere),
      eventLogWhere,
      appCompose,
      composeHashFields: [
        ...(field === null ? [] : [{ where: `${prefix}compose_hash`, value: field }]),
        ...(around.composeHashFields ?? []),
      ],
      reportedRtmrs: [rtmr(0), rtmr(1), rtmr(2), rtmr(3)],
      mrtd: this.hex(tcbInfo, 'mrtd', 48, prefix),
      mrAggregated: this.hex(tcbInfo, 'mr_aggregated', 32, prefix) ?? around.mrAggregated ?? null,
      mrConfigDocument: this.mrConfig(tcbInfo, prefix) ?? around.mrConfigDocument ?? null,
      quote: around.quote ?? null,
      collateral: around.collateral ?? null,
    };
  }

  /** A GetQuote() answer, or the same with `vm_config` as dstack-verifier takes it. */
  getQuote(answer: Record<string, unknown>): AttestInput {
    if (!('event_log' in answer)) throw new InputError(this.where('event_log'), 'is missing');
    const eventLogWhere = this.where('event_log');
    return {
      kind: 'vm_config' in answer ? 'verifier_request' : 'get_quote',
      name: this.name,
      instances: [
        {
          name: this.name,
          events: parseEventLog(answer.event_log, eventLogWhere),
          eventLogWhere,
          appCompose: null,
          composeHashFields: [],
          reportedRtmrs: [null, null, null, null],
          mrtd: null,
          mrAggregated: null,
          mrConfigDocument: this.mrConfig(answer, ''),
          quote: this.quote(answer.quote, 'quote'),
          collateral: this.collateral(answer, ''),
        },
      ],
    };
  }

  /** An app's own `/public_data`, as near/mpc serves it: `tee_participant_info.Dstack`. */
  publicData(data: Record<string, unknown>): AttestInput {
    const info = data.tee_participant_info as Record<string, unknown>;
    const prefix = 'tee_participant_info.Dstack.';
    const dstack = info.Dstack;
    if (!isRecord(dstack)) {
      throw new InputError(
        this.where('tee_participant_info'),
        'has no Dstack attestation (another TEE, or a node running without one)',
      );
    }
    const tcbInfo = this.jsonObject(dstack.tcb_info, `${prefix}tcb_info`, false);
    return {
      kind: 'public_data',
      name: this.name,
      instances: [
        this.tcbInfo(tcbInfo, `${prefix}tcb_info.`, {
          quote: this.quote(dstack.quote, `${prefix}quote`),
          collateral: this.collateral(dstack, prefix),
        }),
      ],
    };
  }

  /** Phala Cloud's `/api/v1/apps/<app-id>/attestations`: every instance of the app. */
  appAttestations(answer: Record<string, unknown>): AttestInput {
    const instances = answer.instances as unknown[];
    if (instances.length === 0) {
      throw new InputError(
        this.where('instances'),
        'is empty: the app reports no running instance',
      );
    }
    return {
      kind: 'app_attestations',
      name: this.name,
      instances: instances.map((item, i) => {
        const at = `instances[${i}]`;
        if (!isRecord(item)) throw new InputError(this.where(at), 'is not an object');
        const quote = this.quote(item.quote, `${at}.quote`);
        const name = `${this.name} ${at}`;
        if (item.tcb_info !== undefined && item.tcb_info !== null && item.tcb_info !== '') {
          const tcbInfo = this.jsonObject(item.tcb_info, `${at}.tcb_info`, true);
          return this.tcbInfo(tcbInfo, `${at}.tcb_info.`, { name, quote });
        }
        if (!('eventlog' in item)) {
          throw new InputError(this.where(at), 'has neither eventlog nor tcb_info');
        }
        return this.tcbInfo({ event_log: item.eventlog }, `${at}.`, { name, quote });
      }),
    };
  }

  /** A JSON object, or the JSON text of one (Info() gives tcb_info as a string). */
  private jsonObject(
    value: unknown,
    path: string,
    publishedFlag: boolean,
  ): Record<string, unknown> {
    let parsed = value;
    if (typeof value === 'string') {
      if (value === '' && publishedFlag) {
        throw new InputError(
          this.where(path),
          'is empty: this CVM does not publish it (public_tcbinfo is false in its app-compose)',
        );
      }
      try {
        parsed = JSON.parse(value);
      } catch {
        throw new InputError(
          this.where(path),
          `is a string but not JSON text: ${jsonSyntaxProblem(value)}`,
        );
      }
    }
    if (!isRecord(parsed)) {
      throw new InputError(this.where(path), 'is not a JSON object (or the JSON text of one)');
    }
    return parsed;
  }

  /** A quote as hex text, or as an array of byte values (near/mpc). */
  private quote(value: unknown, path: string): QuoteSource {
    const where = this.where(path);
    const data = typeof value === 'string' ? value : byteArray(value);
    if (data === null) {
      throw new InputError(where, 'must be the TDX quote as a hex string or an array of bytes');
    }
    return { source: `the quote in ${this.name}`, quote: parseTdxQuote(data, where) };
  }

  private collateral(object: Record<string, unknown>, prefix: string): Collateral | null {
    const value = object.collateral;
    if (value === undefined || value === null) return null;
    return readCollateral(value, this.where(`${prefix}collateral`));
  }

  /** The MrConfig v3 document: `mr_config`, or `vm_config.mr_config` where older hosts put it. */
  private mrConfig(object: Record<string, unknown>, prefix: string): string | null {
    const direct = object.mr_config;
    if (typeof direct === 'string' && direct !== '') return direct;
    let vmConfig = object.vm_config;
    if (typeof vmConfig === 'string') {
      try {
        vmConfig = JSON.parse(vmConfig);
      } catch {
        throw new InputError(this.where(`${prefix}vm_config`), 'is a string but not JSON text');
      }
    }
    const nested = isRecord(vmConfig) ? vmConfig.mr_config : undefined;
    return typeof nested === 'string' && nested !== '' ? nested : null;
  }

  /** A hex field of `length` bytes, lowercased; null when absent or null. */
  private hex(
    object: Record<string, unknown>,
    key: string,
    length: number,
    prefix: string,
  ): string | null {
    const value = object[key];
    if (value === undefined || value === null) return null;
    return hexField(value, this.where(`${prefix}${key}`), length);
  }
}

/** A TDX quote file's content: hex text (as GetQuote gives it) or the quote's raw bytes. */
export function readQuoteFile(bytes: Uint8Array, name: string): QuoteSource {
  const text = Buffer.from(bytes).toString('latin1');
  const data = /^\s*(0x)?[0-9a-fA-F\s]*$/.test(text) ? text : bytes;
  return { source: name, quote: parseTdxQuote(data, name) };
}
