// `release-tracker attest` through the built CLI, over the real dstack documents in
// __tests__/fixtures/dstack-attest: each maps to the release that recorded its compose hash, every
// tampered variant fails naming the check that caught it, and input that cannot be read exits 2.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readComposeServices } from '../../src/core/compose-model.js';
import { parseReference } from '../../src/core/reference.js';
import { CLI, cli, digestOf, FIXTURES, NODES, tempDir } from '../helpers/cli.js';
import {
  ATTEST_FIXTURES,
  infoAnswer,
  nearMpcQuoteBytes,
  readAttestFixture,
  readTcbInfo,
  sha256,
} from '../helpers/dstack-attest-fixtures.js';

const RTMRS = ['rtmr0', 'rtmr1', 'rtmr2', 'rtmr3'];
const ALICE = 'aurora-tee-solver/alice-tcb_info.json';
const ALICE_QUOTE = 'aurora-tee-solver/alice-quote.hex';
const LEGACY = 'aurora-tee-solver/legacy-0.3-alice-tcb_info.json';
const COMMIT = 'c0ffee'.repeat(6) + 'c0ff';
// SOURCE.txt gives these; a GetQuote answer carries no app_compose to hash.
const QUOTE_REPORT_COMPOSE = '3763bc34552cf3a27ff71ad5f7a90471562a1a2df552dfc1998cba2d60da27e7';
const TDX_LITE_COMPOSE = '86b0e55f2fa8e4fb69d890f14f54d5612707646e2573d54e0d2ddaaade77caa9';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-cli-attest-'));
  mkdirSync(join(dir, 'releases'));
});
afterEach(() => cleanup());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI with `input` on stdin. */
function run(args: string[], input?: string | Buffer, node = process.execPath): Run {
  const result = spawnSync(node, [CLI, ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'] },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (path: string): string => join(ATTEST_FIXTURES, path);

/**
 * Records a release as the tracker writes it: its app-compose file is the exact app_compose text
 * the enclave measured (when there is one), its docker-compose file the text inside it.
 */
/** What a release of this compose file records: each service whose image is pinned to a digest. */
function recordedImages(compose: string): Record<string, unknown>[] {
  return readComposeServices(compose, 'docker-compose.yml').flatMap((service) => {
    const ref = service.image === undefined ? undefined : parseReference(service.image);
    if (ref?.digest === undefined) return [];
    return [
      {
        service: service.name,
        repository: ref.repository,
        tag: ref.tag ?? null,
        digest: ref.digest,
        reference: service.image,
        platforms: [],
        source: 'reference',
      },
    ];
  });
}

function recordRelease(
  version: string,
  composeHash: string,
  options: { appCompose?: string; commit?: string | null } = {},
): void {
  const prefix = `v${version}`;
  const files: Record<string, string> = {};
  if (options.appCompose !== undefined) {
    files.app = options.appCompose;
    files.compose = (
      JSON.parse(options.appCompose) as { docker_compose_file: string }
    ).docker_compose_file;
    writeFileSync(join(dir, 'releases', `${prefix}-app-compose.json`), files.app);
    writeFileSync(join(dir, 'releases', `${prefix}-docker-compose.yml`), files.compose);
  }
  const commit = options.commit === undefined ? COMMIT : options.commit;
  const record = {
    schema: 'release-tracker/release-info@1',
    version,
    tag: prefix,
    created_at: '2026-01-01T00:00:00Z',
    repository: 'acme/solver',
    git: commit === null ? null : { commit, ref: `refs/tags/${prefix}` },
    workflow: null,
    // A record says what its compose file pins (verify checks it), where there is one.
    images:
      files.compose === undefined
        ? [
            {
              service: 'solver',
              repository: 'docker.io/acme/solver',
              tag: version,
              digest: digestOf(7),
              reference: `acme/solver:${version}@${digestOf(7)}`,
              platforms: [],
              source: 'buildx-metadata',
            },
          ]
        : recordedImages(files.compose),
    compose_hash: composeHash,
    files: {
      app_compose: { path: `releases/${prefix}-app-compose.json`, sha256: composeHash },
      docker_compose: {
        path: `releases/${prefix}-docker-compose.yml`,
        sha256: sha256(files.compose ?? 'not recorded here'),
      },
    },
  };
  writeFileSync(
    join(dir, 'releases', `${prefix}-release-info.json`),
    `${JSON.stringify(record, null, 2)}\n`,
  );
}

/** The release under test beside an unrelated newer one, so a match is looked for, not assumed. */
function releasesFor(composeHash: string, appCompose?: string): void {
  recordRelease('9.9.9', sha256('another app-compose'));
  recordRelease('1.2.3', composeHash, appCompose === undefined ? {} : { appCompose });
}

interface RealCase {
  name: string;
  /** Arguments after `attest` (the document and any --quote), and what stdin holds. */
  args: () => string[];
  stdin?: () => string;
  composeHash: string;
  appCompose?: string;
  checks: string[];
}

const tcbCase = (path: string, checks: string[], quote?: string): RealCase => ({
  name: `${path}${quote ? ` + ${quote}` : ''}`,
  args: () => [fixture(path), ...(quote ? ['--quote', fixture(quote)] : [])],
  composeHash: sha256(readTcbInfo(path).app_compose),
  appCompose: readTcbInfo(path).app_compose,
  checks,
});

const REAL: RealCase[] = [
  tcbCase(ALICE, [...RTMRS, 'compose-hash', 'release']),
  tcbCase(
    ALICE,
    [...RTMRS, 'compose-hash', 'mr-config-id', 'mr-aggregated', 'release'],
    ALICE_QUOTE,
  ),
  tcbCase(
    ALICE,
    [...RTMRS, 'compose-hash', 'mr-config-id', 'mr-aggregated', 'release'],
    'aurora-tee-solver/bob-quote.hex',
  ),
  tcbCase(
    LEGACY,
    [...RTMRS, 'compose-hash', 'release'],
    'aurora-tee-solver/legacy-0.3-alice-quote.hex',
  ),
  tcbCase('near-mpc/mpc-attestation-release-tcb_info.json', [...RTMRS, 'compose-hash', 'release']),
  {
    ...tcbCase('near-mpc/tcb_info.json', [...RTMRS, 'compose-hash', 'mr-config-id', 'release']),
    name: 'near-mpc/tcb_info.json + its quote as raw bytes',
    args: () => {
      writeFileSync(join(dir, 'quote.bin'), nearMpcQuoteBytes());
      return [fixture('near-mpc/tcb_info.json'), '--quote', 'quote.bin'];
    },
  },
  {
    ...tcbCase(ALICE, [...RTMRS, 'compose-hash', 'release']),
    name: 'an Info() answer around the alice tcb_info, on stdin',
    args: () => ['-'],
    stdin: () => infoAnswer(readAttestFixture(ALICE)),
  },
  {
    name: 'a GetQuote() answer (dstack verifier quote-report)',
    args: () => [fixture('dstack-verifier/quote-report.json')],
    composeHash: QUOTE_REPORT_COMPOSE,
    checks: [...RTMRS, 'release'],
  },
  {
    name: 'a stripped GetQuote() answer (runtime digests empty), on stdin',
    args: () => ['-'],
    stdin: () => readAttestFixture('dstack-verifier/tdx-lite-getquote.json'),
    composeHash: TDX_LITE_COMPOSE,
    checks: [...RTMRS, 'mr-config-id', 'release'],
  },
  {
    name: 'the tee-solver tcb_info of fixtures/dstack',
    args: () => [join(FIXTURES, 'dstack/tcb_info/tee-solver-tcb_info.json')],
    composeHash: sha256(readFileSync(join(FIXTURES, 'dstack/vector2-tee-solver-app-compose.json'))),
    appCompose: readFileSync(join(FIXTURES, 'dstack/vector2-tee-solver-app-compose.json'), 'utf8'),
    checks: [...RTMRS, 'compose-hash', 'release'],
  },
];

describe.each(NODES)('attest over the real documents, on %s', (node) => {
  it.each(REAL)('$name maps to the release that recorded its compose hash', (c) => {
    releasesFor(c.composeHash, c.appCompose);
    // The records are real: their files verify.
    if (c.appCompose !== undefined) expect(cli(['verify', 'v1.2.3'], dir).code).toBe(0);
    // Offline: no quote's signature is verified here (attest-chain.test.ts verifies them), so the
    // verdict is at best consistent, accepted with --allow-unsigned.
    const flags = ['--offline', '--allow-unsigned'];
    const json = run(['attest', ...c.args(), ...flags, '--json'], c.stdin?.(), node);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(Object.keys(result)).toEqual([
      'ok',
      'verdict',
      'compose_hash',
      'release',
      'tcb_status',
      'checks',
      'proved',
      'not_proved',
    ]);
    expect(result).toMatchObject({
      ok: true,
      verdict: 'consistent',
      tcb_status: null,
      compose_hash: c.composeHash,
      release: { version: '1.2.3', tag: 'v1.2.3', commit: COMMIT },
    });
    expect(result.checks.map((check: { name: string }) => check.name)).toEqual(c.checks);
    for (const check of result.checks) {
      expect(Object.keys(check)).toEqual(['name', 'ok', 'detail']);
      expect(check.ok).toBe(true);
    }

    const text = run(['attest', ...c.args(), ...flags], c.stdin?.(), node);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^CONSISTENT, NOT VERIFIED: the attestation agrees with itself and with release v1\.2\.3, but no quote's signature was verified, so nothing ties it to genuine TDX hardware \(accepted: --allow-unsigned\)\.\n\nProved:\n/,
    );
    // Without --allow-unsigned the same document is refused.
    expect(run(['attest', ...c.args(), '--offline'], c.stdin?.(), node).code).toBe(1);
    expect(text.stdout).toMatch(
      new RegExp(`^commit\\s+${COMMIT} \\(refs/tags/v1\\.2\\.3\\)$`, 'm'),
    );
    // The release's images as its record lists them.
    const shown =
      c.appCompose === undefined
        ? { service: 'solver', repository: 'docker.io/acme/solver' }
        : (recordedImages(
            (JSON.parse(c.appCompose) as { docker_compose_file: string }).docker_compose_file,
          )[0] as { service: string; repository: string });
    expect(text.stdout).toMatch(
      new RegExp(
        `^${shown.service}\\s+${shown.repository.replace(/\./g, '\\.')}\\s+\\S+\\s+sha256:`,
        'm',
      ),
    );
    expect(text.stdout).toMatch(/^Proved:\n/m);
    expect(text.stdout).toMatch(
      /^Not proved:\n( {2}- .*\n)* {2}- .*(was not verified|DCAP verifier)/m,
    );
  });
});

describe('attest against releases the CLI generated', () => {
  it.each([ALICE, LEGACY])(
    '%s: generate from its settings, then attest names that release',
    (path) => {
      const document = JSON.parse(readTcbInfo(path).app_compose) as Record<string, unknown>;
      writeFileSync(join(dir, 'compose.yaml'), document.docker_compose_file as string);
      delete document.docker_compose_file;
      writeFileSync(join(dir, 'settings.json'), JSON.stringify(document));
      const generate = cli(
        ['generate', 'v2.0.0', '--app-compose-template', 'settings.json', '--offline'],
        dir,
      );
      expect(generate.code).toBe(0);
      const result = run(['attest', fixture(path), '--offline', '--allow-unsigned', '--json']);
      expect(result.code).toBe(0);
      // Generated outside a git repository: no commit to name.
      expect(JSON.parse(result.stdout).release).toEqual({
        version: '2.0.0',
        tag: 'v2.0.0',
        commit: null,
      });
      expect(run(['attest', fixture(path), '--offline', '--allow-unsigned']).stdout).toMatch(
        /^commit\s+- \(recorded outside a git repository\)$/m,
      );
    },
  );
});

describe('attest fails when nothing recorded the compose hash', () => {
  it('exits 1 with the release check failed, the others holding', () => {
    recordRelease('9.9.9', sha256('another app-compose'));
    const json = run(['attest', fixture(ALICE), '--json']);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(result.ok).toBe(false);
    expect(result.release).toBeNull();
    expect(
      result.checks.filter((c: { ok: boolean }) => !c.ok).map((c: { name: string }) => c.name),
    ).toEqual(['release']);
    const text = run(['attest', fixture(ALICE)]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /^FAILED: the attestation holds, but no release in releases recorded compose hash 12a20aed/,
    );
  });

  it('an unreadable record is named, and the others still searched', () => {
    releasesFor(sha256(readTcbInfo(ALICE).app_compose));
    writeFileSync(join(dir, 'releases/v9.9.9-release-info.json'), '{');
    const json = run(['attest', fixture(ALICE), '--allow-unsigned', '--json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toMatch(
      /^warning: skipped .*v9\.9\.9-release-info\.json: .*not valid JSON/,
    );
    expect(JSON.parse(json.stdout).release.version).toBe('1.2.3');
  });
});

/** The alice tcb_info with an edit, written to a file; its path. */
function tampered(edit: (doc: Record<string, unknown>) => void, name = 'tampered.json'): string {
  const doc = JSON.parse(readAttestFixture(ALICE)) as Record<string, unknown>;
  edit(doc);
  writeFileSync(join(dir, name), JSON.stringify(doc));
  return name;
}

type Event = { event: string; event_payload: string; digest: string; imr: number };
const composeEvent = (doc: Record<string, unknown>): Event =>
  (doc.event_log as Event[]).find((e) => e.event === 'compose-hash') as Event;

/** The alice quote with one byte changed at `offset` (bytes from the start of the quote). */
function quoteWithByte(offset: number): string {
  const hex = readAttestFixture(ALICE_QUOTE).trim();
  const at = offset * 2;
  const byte = (parseInt(hex.slice(at, at + 2), 16) ^ 0x01).toString(16).padStart(2, '0');
  writeFileSync(join(dir, 'quote.hex'), hex.slice(0, at) + byte + hex.slice(at + 2));
  return 'quote.hex';
}

// A v4 quote: 48-byte header, then the TD report: MRCONFIGID at 184, RTMR3 at 328 + 3 × 48.
const TD_REPORT = 48;

describe('attest catches tampering, naming the check (exit 1)', () => {
  beforeEach(() => releasesFor(sha256(readTcbInfo(ALICE).app_compose)));

  it.each<[string, () => string[], string[]]>([
    [
      'one changed byte of app_compose',
      () => [
        tampered((doc) => {
          doc.app_compose = (doc.app_compose as string).replace('"name":', '"name" :');
        }),
      ],
      ['compose-hash'],
    ],
    [
      'a forged compose-hash event (payload changed, digest kept)',
      () => [
        tampered((doc) => {
          composeEvent(doc).event_payload = 'ab'.repeat(32);
        }),
      ],
      ['rtmr3', 'compose-hash', 'release'],
    ],
    [
      'an altered RTMR3 in the document',
      () => [
        tampered((doc) => {
          doc.rtmr3 = `00${(doc.rtmr3 as string).slice(2)}`;
        }),
      ],
      ['rtmr3'],
    ],
    [
      'an altered RTMR0 in the document',
      () => [
        tampered((doc) => {
          doc.rtmr0 = `ff${(doc.rtmr0 as string).slice(2)}`;
        }),
      ],
      ['rtmr0'],
    ],
    [
      'a quote whose MRCONFIGID differs by one byte',
      () => [fixture(ALICE), '--quote', quoteWithByte(TD_REPORT + 184 + 5)],
      ['mr-config-id', 'mr-aggregated'],
    ],
    [
      'a quote whose RTMR3 differs by one byte',
      () => [fixture(ALICE), '--quote', quoteWithByte(TD_REPORT + 328 + 3 * 48 + 10)],
      ['rtmr3'],
    ],
  ])('%s', (_name, args, failing) => {
    const json = run(['attest', ...args(), '--offline', '--json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(result.ok).toBe(false);
    const failed = result.checks.filter((c: { ok: boolean }) => !c.ok);
    expect(failed.map((c: { name: string }) => c.name)).toEqual(failing);
    const text = run(['attest', ...args(), '--offline']);
    expect(text.code).toBe(1);
    const first = failing.filter((f) => f !== 'release');
    expect(text.stdout).toMatch(new RegExp(`^FAILED: ${first.join(', ')}`));
    for (const name of failing) expect(text.stdout).toMatch(new RegExp(`^FAIL\\s+${name}\\s`, 'm'));
  });
});

describe('attest refuses input it cannot read (exit 2)', () => {
  beforeEach(() => releasesFor(sha256(readTcbInfo(ALICE).app_compose)));

  it.each<[string, () => string[], (string | undefined)?, RegExp?]>([
    ['a file that is not JSON', () => [join(FIXTURES, '../../README.md')], undefined, /not JSON/],
    [
      'JSON that is no attestation document',
      () => {
        writeFileSync(join(dir, 'x.json'), '{"hello": "world"}');
        return ['x.json'];
      },
      undefined,
      /^error: x\.json: is not a dstack attestation document/,
    ],
    ['empty stdin', () => ['-'], '', /^error: stdin: not JSON/],
    ['garbage on stdin', () => ['-'], 'curl: (7) Failed to connect', /^error: stdin: not JSON/],
    [
      'an Info() answer whose tcb_info is empty (public_tcbinfo false)',
      () => ['-'],
      JSON.stringify({ app_id: 'ab', tcb_info: '' }),
      /public_tcbinfo/,
    ],
    ['a document that does not exist', () => ['missing.json'], undefined, /missing\.json/],
    [
      'a truncated quote',
      () => {
        writeFileSync(join(dir, 'short.hex'), readAttestFixture(ALICE_QUOTE).slice(0, 600));
        return [fixture(ALICE), '--quote', 'short.hex'];
      },
      undefined,
      /^error: short\.hex: /,
    ],
    [
      'a quote file that does not exist',
      () => [fixture(ALICE), '--quote', 'nope.hex'],
      undefined,
      /^error: --quote: .*nope\.hex/,
    ],
  ])('%s', (_name, args, stdin, message) => {
    const result = run(['attest', ...args()], stdin);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    if (message) expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    const json = run(['attest', ...args(), '--json'], stdin);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ exit_code: 2 });
  });

  it('a releases directory that does not exist', () => {
    const result = run(['attest', fixture(ALICE), '--dir', 'nowhere']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--dir: releases directory nowhere does not exist/);
  });
});
