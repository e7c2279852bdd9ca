/**
 * The typed settings of one `attest` run, built once from the CLI's flags or the attest action's
 * inputs. Each caller passes its own names for the values, so an error names the flag
 * (`--allow-tcb`) in the CLI and the input (`allow-tcb`) in the action.
 */
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { parseAllowTcb, type AcceptableTcbStatus } from '../core/attest/tcb-status.js';
import { isHttpsOrLoopback } from '../http/hosts.js';

/** dstack's verifier asks this PCCS by default; so does attest. */
export const DEFAULT_PCCS_URL = 'https://pccs.phala.network';

/** The values as given: text, or true for a flag that is set. */
export interface AttestInputs {
  /** A file path, or `-` for standard input. */
  readonly file?: string | undefined;
  readonly url?: string | undefined;
  readonly quote?: string | undefined;
  readonly collateral?: string | undefined;
  readonly pccs?: string | undefined;
  readonly offline?: boolean | undefined;
  readonly at?: string | undefined;
  readonly allowTcb?: string | undefined;
  readonly osMeasurements?: string | undefined;
  readonly reportData?: string | undefined;
  readonly allowUnsigned?: boolean | undefined;
  readonly releasesDir: string;
}

/** How the caller names each value in its messages. */
export type AttestNames = Readonly<Record<Exclude<keyof AttestInputs, 'releasesDir'>, string>> & {
  readonly releasesDir: string;
};

export const CLI_NAMES: AttestNames = {
  file: '<file|->',
  url: '--url',
  quote: '--quote',
  collateral: '--collateral',
  pccs: '--pccs',
  offline: '--offline',
  at: '--at',
  allowTcb: '--allow-tcb',
  osMeasurements: '--os-measurements',
  reportData: '--report-data',
  allowUnsigned: '--allow-unsigned',
  releasesDir: '--dir',
};

/**
 * The attest action's input names (`attest/action.yml`). It has no input for a quote file or for
 * `offline` (it always may fetch); their names are kept for messages all the same.
 */
export const ACTION_NAMES: AttestNames = {
  file: 'file',
  url: 'url',
  quote: 'quote',
  collateral: 'collateral',
  pccs: 'pccs-url',
  offline: 'offline',
  at: 'at',
  allowTcb: 'allow-tcb',
  osMeasurements: 'os-measurements',
  reportData: 'report-data',
  allowUnsigned: 'allow-unsigned',
  releasesDir: 'releases-dir',
};

export type DocumentSource =
  | { readonly kind: 'file'; readonly path: string; readonly name: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'url'; readonly url: URL };

export interface AttestSettings {
  readonly document: DocumentSource;
  /** Files, resolved against the working directory, each with the name given. */
  readonly quoteFile: { readonly path: string; readonly name: string } | null;
  readonly collateralFile: { readonly path: string; readonly name: string } | null;
  readonly osMeasurementsFile: { readonly path: string; readonly name: string } | null;
  /** Null with `offline`: collateral is never fetched. */
  readonly pccs: URL | null;
  /** The verification time, Unix seconds. */
  readonly at: number;
  readonly allowTcb: readonly AcceptableTcbStatus[];
  /** 64 bytes as 128 hex digits, zero-padded. */
  readonly reportData: string | null;
  readonly allowUnsigned: boolean;
  readonly releasesDir: string;
  readonly names: AttestNames;
}

/** Validates the inputs into settings; `now` is the current time in Unix seconds. */
export function attestSettings(
  inputs: AttestInputs,
  names: AttestNames,
  cwd: string,
  now: number,
): AttestSettings {
  const given = (value: string | undefined): value is string => value !== undefined && value !== '';
  if (given(inputs.file) === given(inputs.url)) {
    throw new InputError(names.url, `give exactly one of ${names.file} and ${names.url}`);
  }
  if (inputs.offline && given(inputs.url)) {
    throw new InputError(names.offline, `never fetches, and ${names.url} fetches the document`);
  }
  if (inputs.offline && given(inputs.pccs)) {
    throw new InputError(names.offline, `never fetches: drop ${names.pccs} or ${names.offline}`);
  }
  const file = (value: string | undefined) =>
    given(value) ? { path: resolve(cwd, value), name: value } : null;
  let document: DocumentSource;
  if (given(inputs.url)) document = { kind: 'url', url: publicUrl(inputs.url, names.url) };
  else if (inputs.file === '-') document = { kind: 'stdin' };
  else
    document = {
      kind: 'file',
      path: resolve(cwd, inputs.file as string),
      name: inputs.file as string,
    };
  return {
    document,
    quoteFile: file(inputs.quote),
    collateralFile: file(inputs.collateral),
    osMeasurementsFile: file(inputs.osMeasurements),
    pccs: inputs.offline
      ? null
      : publicUrl(given(inputs.pccs) ? inputs.pccs : DEFAULT_PCCS_URL, names.pccs),
    at: given(inputs.at) ? parseTime(inputs.at, names.at) : now,
    allowTcb: given(inputs.allowTcb) ? parseAllowTcb(inputs.allowTcb, names.allowTcb) : [],
    reportData: given(inputs.reportData)
      ? parseReportData(inputs.reportData, names.reportData)
      : null,
    allowUnsigned: inputs.allowUnsigned === true,
    releasesDir: inputs.releasesDir,
    names,
  };
}

/** An http(s) URL that may be fetched: https, or http to a loopback host; no credentials in it. */
function publicUrl(text: string, where: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(where, `${JSON.stringify(text.slice(0, 100))} is not a URL`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError(where, 'must not carry credentials: none are ever sent');
  }
  if (!isHttpsOrLoopback(url)) {
    throw new InputError(where, 'must be https:// (http:// only to a loopback host)');
  }
  return url;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** RFC 3339 (`2026-08-13T12:00:00Z`) or Unix seconds (`1786622400`), as Unix seconds. */
export function parseTime(text: string, where: string): number {
  if (/^\d{1,12}$/.test(text)) return Number(text);
  const m = RFC3339.exec(text);
  const ms = m === null ? NaN : Date.parse(text.toUpperCase());
  if (
    m === null ||
    Number.isNaN(ms) ||
    Number(m[2]) > 12 ||
    Number(m[3]) > 31 ||
    Number(m[4]) > 23
  ) {
    throw new InputError(
      where,
      `${JSON.stringify(text.slice(0, 60))} is neither RFC 3339 (2026-08-13T12:00:00Z) nor Unix seconds`,
    );
  }
  return Math.floor(ms / 1000);
}

/** Hex of at most 64 bytes (`0x` allowed), zero-padded to 64 bytes as REPORTDATA is. */
export function parseReportData(text: string, where: string): string {
  const hex = text.startsWith('0x') || text.startsWith('0X') ? text.slice(2) : text;
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) {
    throw new InputError(where, 'must be hex (whole bytes), as REPORTDATA is');
  }
  if (hex.length > 128)
    throw new InputError(where, `is ${hex.length / 2} bytes; REPORTDATA holds 64`);
  return hex.toLowerCase().padEnd(128, '0');
}
