/**
 * The real dstack attestation documents in __tests__/fixtures/dstack-attest (and the tcb_info in
 * __tests__/fixtures/dstack), with what each one should give, computed here from the documents
 * themselves and cross-checked against SOURCE.txt.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ATTEST_FIXTURES = join(import.meta.dirname, '../fixtures/dstack-attest');

export function readAttestFixture(path: string): string {
  return readFileSync(join(ATTEST_FIXTURES, path), 'utf8');
}

export function readDstackFixture(path: string): string {
  return readFileSync(join(import.meta.dirname, '../fixtures/dstack', path), 'utf8');
}

export const sha256 = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

export const sha384 = (...parts: (string | Uint8Array)[]): Buffer => {
  const hash = createHash('sha384');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/**
 * A guest agent's `Info` answer (tee-solver's identity) carrying `tcbInfoText`, claiming
 * `composeHash`: by default the SHA-256 of the app_compose inside, as a genuine agent reports it.
 */
export function infoAnswer(
  tcbInfoText: string,
  composeHash = sha256((JSON.parse(tcbInfoText) as { app_compose: string }).app_compose),
): string {
  return JSON.stringify({
    app_id: 'd35e277ab5ec51f71f5e395ab2e332ed8db5853a',
    instance_id: '4ee474f80e789d0a19c4177ded24e04419c9689f',
    app_cert: '',
    tcb_info: tcbInfoText,
    app_name: 'tee-solver',
    compose_hash: composeHash,
  });
}

/** The quote of near-mpc/public_data.json, which NEAR stores as an array of byte values. */
export function nearMpcQuoteBytes(): Uint8Array {
  const data = JSON.parse(readAttestFixture('near-mpc/public_data.json')) as {
    tee_participant_info: { Dstack: { quote: number[] } };
  };
  return Uint8Array.from(data.tee_participant_info.Dstack.quote);
}

/** A tcb_info document, parsed with JSON.parse (app_compose stays the exact string). */
export interface TcbInfoJson {
  mrtd: string;
  rtmr0: string;
  rtmr1: string;
  rtmr2: string;
  rtmr3: string;
  compose_hash?: string;
  app_compose: string;
  event_log: {
    imr: number;
    event_type: number;
    digest: string;
    event: string;
    event_payload: string;
  }[];
  [key: string]: unknown;
}

export function readTcbInfo(path: string): TcbInfoJson {
  return JSON.parse(readAttestFixture(path)) as TcbInfoJson;
}

/**
 * SOURCE.txt's "Expected values" lines, as prefix…suffix pairs, keyed by what precedes `rtmr3`:
 * e.g. `near-mpc/public_data.json` → { rtmr3: ['86f1808c', '90b555'], 'compose-hash': [...] }.
 */
export function sourceExpectations(): Map<string, Record<string, [string, string]>> {
  const text = readAttestFixture('SOURCE.txt');
  const section = text.slice(text.indexOf('Expected values'));
  const out = new Map<string, Record<string, [string, string]>>();
  for (const line of section.split('\n').slice(1)) {
    const at = line.indexOf(' rtmr3 ');
    if (at < 0) continue;
    const key = line.slice(0, at).trim();
    const values: Record<string, [string, string]> = {};
    for (const match of line.matchAll(
      /(rtmr3|compose-hash) (?:\(quote\) )?([0-9a-f]+)\.\.\.([0-9a-f]+)/g,
    )) {
      values[match[1] as string] = [match[2] as string, match[3] as string];
    }
    out.set(key, values);
  }
  return out;
}

/** Whether `hex` is the value SOURCE.txt abbreviates as prefix…suffix. */
export function matchesAbbreviation(hex: string, [prefix, suffix]: [string, string]): boolean {
  return hex.startsWith(prefix) && hex.endsWith(suffix);
}

/** The value, or a test failure saying it was missing. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** The checks near/mpc's public_data is given (each one that applies without further input), in order. */
export const NEAR_MPC_CHECKS = [
  'quote-signature',
  'tcb-status',
  'rtmr0',
  'rtmr1',
  'rtmr2',
  'rtmr3',
  'compose-hash',
  'mr-config-id',
  'release',
];

/** Unix time at which near/mpc's quote and collateral verify (SOURCE.txt). */
export const NEAR_MPC_TIME = 1786622400;

/** near/mpc's public_data.json, parsed. */
export function nearMpcPublicData(): {
  tee_participant_info: {
    Dstack: { quote: number[]; collateral: Record<string, unknown>; tcb_info: TcbInfoJson };
  };
  [key: string]: unknown;
} {
  return JSON.parse(readAttestFixture('near-mpc/public_data.json'));
}

/** near/mpc's collateral.json: byte fields hex. */
export function nearMpcCollateral(): {
  pck_crl_issuer_chain: string;
  root_ca_crl: string;
  pck_crl: string;
  tcb_info_issuer_chain: string;
  tcb_info: string;
  tcb_info_signature: string;
  qe_identity_issuer_chain: string;
  qe_identity: string;
  qe_identity_signature: string;
  pck_certificate_chain: string;
} {
  return JSON.parse(readAttestFixture('near-mpc/collateral.json'));
}

/** `hex` with the hex digit at `at` changed. */
export function flipHexDigit(hex: string, at: number): string {
  return `${hex.slice(0, at)}${(parseInt(hex[at] as string, 16) ^ 1).toString(16)}${hex.slice(at + 1)}`;
}

/** A copy of `bytes` with one bit of the byte at `at` flipped. */
export function flipByte(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] as number) ^ 0x01;
  return copy;
}

/** The commit the records written by `writeAttestRecord` name. */
export const RECORD_COMMIT = 'ab12'.repeat(10);

/**
 * A release record in `releasesDir` recording `composeHash` (attest reads only the record, not
 * the release's other files).
 */
export function writeAttestRecord(releasesDir: string, version: string, composeHash: string): void {
  const prefix = `v${version}`;
  const digest = `sha256:${'03'.repeat(32)}`;
  const info = {
    schema: 'release-tracker/release-info@1',
    version,
    tag: prefix,
    created_at: '2026-08-01T00:00:00Z',
    repository: 'near/mpc',
    git: { commit: RECORD_COMMIT, ref: `refs/tags/${prefix}` },
    workflow: null,
    images: [
      {
        service: 'mpc-node',
        repository: 'docker.io/nearone/mpc-node',
        tag: version,
        digest,
        reference: `nearone/mpc-node:${version}@${digest}`,
        platforms: [],
        source: 'buildx-metadata',
      },
    ],
    compose_hash: composeHash,
    files: {
      app_compose: { path: `releases/${prefix}-app-compose.json`, sha256: composeHash },
      docker_compose: { path: `releases/${prefix}-docker-compose.yml`, sha256: sha256('x') },
    },
  };
  mkdirSync(releasesDir, { recursive: true });
  writeFileSync(
    join(releasesDir, `${prefix}-release-info.json`),
    `${JSON.stringify(info, null, 2)}\n`,
  );
}
