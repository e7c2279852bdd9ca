// `release-tracker attest` proving the whole chain through the built CLI: near/mpc's real quote,
// signed by Intel, verified with its real collateral (embedded, from a file, from a local PCCS that
// answers as Intel's API does), to the release that recorded its compose hash; and every forged
// or tampered variant failing with the check that caught it named. --url against local servers
// serving the document in the shapes dstack deployments serve.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cliAsync,
  NEAR_MPC_ATTESTATIONS,
  nearMpcDocuments,
  startDocumentServer,
  startPccs,
  type CliRun,
  type LocalServer,
} from '../helpers/attest-servers.js';
import { tempDir } from '../helpers/cli.js';
import {
  ATTEST_FIXTURES,
  flipByte,
  NEAR_MPC_CHECKS,
  NEAR_MPC_TIME,
  nearMpcCollateral,
  nearMpcPublicData,
  readTcbInfo,
  RECORD_COMMIT,
  sha256,
  writeAttestRecord,
} from '../helpers/dstack-attest-fixtures.js';

const PUBLIC_DATA = join(ATTEST_FIXTURES, 'near-mpc/public_data.json');
const COLLATERAL = join(ATTEST_FIXTURES, 'near-mpc/collateral.json');
const NEAR = nearMpcPublicData().tee_participant_info.Dstack;
const NEAR_HASH = sha256(NEAR.tcb_info.app_compose);
const AT = ['--at', String(NEAR_MPC_TIME)];
const RUNTIME = 0x08000001;
const ALL_CHECKS = NEAR_MPC_CHECKS;

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-attest-chain-'));
  record('0.9.0', sha256('an older app-compose'));
  record('1.0.0', NEAR_HASH);
});
afterEach(() => cleanup());

/** A release record in `dir/releases`. */
const record = (version: string, composeHash: string): void =>
  writeAttestRecord(join(dir, 'releases'), version, composeHash);

const attest = (args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<CliRun> =>
  cliAsync(['attest', ...args], dir, env, input);

async function json(args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  const run = await attest([...args, '--json'], env, input);
  return { run, report: JSON.parse(run.stdout) as Report };
}

interface Report {
  ok: boolean;
  verdict: string;
  compose_hash: string | null;
  release: { version: string; tag: string; commit: string | null } | null;
  tcb_status: string | null;
  checks: { name: string; ok: boolean; detail: string }[];
  proved: string[];
  not_proved: string[];
  instances?: Report[];
}

const failing = (report: Report): string[] => report.checks.filter((c) => !c.ok).map((c) => c.name);
const detail = (report: Report, name: string): string =>
  report.checks.find((c) => c.name === name)?.detail ?? '';

/** A copy of near/mpc's public_data with `edit` applied, written into `dir`; its path. */
function publicData(
  edit: (data: ReturnType<typeof nearMpcPublicData>) => void,
  name = 'pd.json',
): string {
  const data = nearMpcPublicData();
  edit(data);
  writeFileSync(join(dir, name), JSON.stringify(data));
  return name;
}

function expectVerified(report: Report): void {
  expect(report).toMatchObject({
    ok: true,
    verdict: 'verified',
    compose_hash: NEAR_HASH,
    release: { version: '1.0.0', tag: 'v1.0.0', commit: RECORD_COMMIT },
    tcb_status: 'UpToDate',
  });
  expect(report.checks.map((c) => c.name)).toEqual(ALL_CHECKS);
  expect(failing(report)).toEqual([]);
}

describe("near/mpc's public_data verifies end to end at its attestation time", () => {
  let pccs: LocalServer;
  beforeAll(async () => {
    pccs = await startPccs(nearMpcCollateral());
  });
  afterAll(() => pccs.close());

  it('with the collateral it embeds', async () => {
    const { run, report } = await json([PUBLIC_DATA, ...AT, '--offline']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectVerified(report);
    expect(detail(report, 'quote-signature')).toMatch(
      /with collateral from .*public_data\.json, valid at 2026-08-13T12:00:00Z$/,
    );

    const text = await attest([PUBLIC_DATA, ...AT, '--offline']);
    expect(text.code).toBe(0);
    const [verdict, blank, proved] = text.stdout.split('\n');
    expect(verdict).toBe(
      "VERIFIED: this enclave runs release v1.0.0; every check holds, from Intel's signature to the release.",
    );
    expect([blank, proved]).toEqual(['', 'Proved:']);
    expect(text.stdout).toMatch(
      /^Not proved:\n {2}- The OS was not compared.*\n {2}- Freshness was not checked/m,
    );
    expect(text.stdout).toMatch(/^commit\s+ab12ab12.* \(refs\/tags\/v1\.0\.0\)$/m);
    expect(text.stdout).toMatch(/^mpc-node\s+docker\.io\/nearone\/mpc-node\s+1\.0\.0\s+sha256:/m);
  });

  it('with collateral.json given by --collateral', async () => {
    const { run, report } = await json([
      PUBLIC_DATA,
      ...AT,
      '--collateral',
      COLLATERAL,
      '--offline',
    ]);
    expect(run.code).toBe(0);
    expectVerified(report);
    expect(detail(report, 'quote-signature')).toContain(`collateral from ${COLLATERAL}`);
  });

  it('with collateral fetched from a PCCS for the quote’s FMSPC, no credentials sent', async () => {
    const document = publicData(
      (d) => delete (d.tee_participant_info.Dstack as { collateral?: unknown }).collateral,
    );
    pccs.requests.length = 0;
    const { run, report } = await json([document, ...AT, '--pccs', pccs.url]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectVerified(report);
    expect(detail(report, 'quote-signature')).toContain(`collateral from ${pccs.host}`);
    const fmspc = (
      JSON.parse(nearMpcCollateral().tcb_info) as { fmspc: string }
    ).fmspc.toUpperCase();
    expect(pccs.requests.map((r) => r.url).sort()).toEqual(
      [
        '/sgx/certification/v4/pckcrl?ca=platform&encoding=der',
        '/sgx/certification/v4/rootcacrl',
        '/tdx/certification/v4/qe/identity',
        `/tdx/certification/v4/tcb?fmspc=${fmspc}`,
      ].sort(),
    );
    for (const r of pccs.requests) {
      expect(r.method).toBe('GET');
      expect(r.headers.authorization).toBeUndefined();
      expect(r.headers.cookie).toBeUndefined();
    }
  });

  it('--offline without collateral: consistent, never verified; exit 1 unless --allow-unsigned', async () => {
    const document = publicData(
      (d) => delete (d.tee_participant_info.Dstack as { collateral?: unknown }).collateral,
    );
    const { run, report } = await json([document, ...AT, '--offline']);
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ ok: false, verdict: 'consistent', tcb_status: null });
    expect(report.checks.map((c) => c.name)).not.toContain('quote-signature');
    expect(report.not_proved.join(' ')).toMatch(
      /signature of the quote in pd\.json was not verified/,
    );
    const accepted = await json([document, ...AT, '--offline', '--allow-unsigned']);
    expect(accepted.run.code).toBe(0);
    expect(accepted.report).toMatchObject({ ok: true, verdict: 'consistent' });
    expect((await attest([document, ...AT, '--offline'])).stdout).toMatch(
      /^CONSISTENT, NOT VERIFIED: /,
    );
  });

  it('a PCCS that never answers fails quote-signature in time, naming its host', async () => {
    const stalled = await startPccs(nearMpcCollateral(), { stall: true });
    try {
      const document = publicData(
        (d) => delete (d.tee_participant_info.Dstack as { collateral?: unknown }).collateral,
      );
      const started = Date.now();
      const { run, report } = await json([document, ...AT, '--pccs', stalled.url], {
        RELEASE_TRACKER_REQUEST_TIMEOUT_MS: '500',
      });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(run.code).toBe(1);
      expect(failing(report)).toEqual(['quote-signature']);
      expect(detail(report, 'quote-signature')).toContain(
        `could not be fetched from ${stalled.host}: no answer from ${stalled.host} within 0.5 s`,
      );
    } finally {
      await stalled.close();
    }
  });
});

describe('forged and tampered documents fail, naming the check (exit 1)', () => {
  const OS = 'os.json';
  const osEntry = (name: string, rtmr1?: string) => {
    const quote = Buffer.from(NEAR.quote);
    const reg = (at: number) => quote.subarray(48 + at, 48 + at + 48).toString('hex');
    return { name, mrtd: reg(136), rtmr0: reg(328), rtmr1: rtmr1 ?? reg(376), rtmr2: reg(424) };
  };

  it.each<[string, () => string[], string[], RegExp?]>([
    [
      'collateral expired (40 days on)',
      () => [PUBLIC_DATA, '--at', String(NEAR_MPC_TIME + 40 * 86_400)],
      ['quote-signature'],
      /TCBInfo expired/,
    ],
    [
      'collateral not yet valid (the day before)',
      () => [PUBLIC_DATA, '--at', '2026-08-12T12:00:00Z'],
      ['quote-signature'],
      /issue date is in the future/,
    ],
    [
      // Byte 640 lies in the ECDSA signature (signature data starts at 48 + 584 + 4 = 636).
      'one flipped byte of the quote’s signature',
      () => [
        publicData(
          (d) =>
            (d.tee_participant_info.Dstack.quote = Array.from(
              flipByte(Uint8Array.from(d.tee_participant_info.Dstack.quote), 640),
            )),
        ),
        ...AT,
      ],
      ['quote-signature'],
      /signature is invalid/,
    ],
    [
      'a wrong OS entry',
      () => {
        writeFileSync(join(dir, OS), JSON.stringify([osEntry('dstack-0.5.1', 'cd'.repeat(48))]));
        return [PUBLIC_DATA, ...AT, '--os-measurements', OS];
      },
      ['os'],
      /match none of the 1 entries of os\.json \(nearest: "dstack-0\.5\.1", differing in RTMR1\)/,
    ],
    [
      'a wrong report-data',
      () => [PUBLIC_DATA, ...AT, '--report-data', 'ab'.repeat(32)],
      ['report-data'],
      /has REPORTDATA [0-9a-f]{128}, not (ab){32}0{64}$/,
    ],
    [
      'the forged one-event document',
      () => {
        writeFileSync(
          join(dir, 'forged.json'),
          JSON.stringify({
            event_log: [
              {
                imr: 3,
                event_type: RUNTIME,
                digest: '',
                event: 'compose-hash',
                event_payload: NEAR_HASH,
              },
            ],
          }),
        );
        return ['forged.json', '--allow-unsigned'];
      },
      ['rtmr3'],
      /no RTMR3 value to replay against/,
    ],
    [
      'a compose-hash event in RTMR2 before the real one',
      () => {
        const doc = readTcbInfo('near-mpc/tcb_info.json');
        const at = doc.event_log.findIndex((e) => e.event === 'compose-hash');
        const other = sha256('another app-compose');
        doc.event_log.splice(at, 0, {
          imr: 2,
          event_type: RUNTIME,
          digest: 'ab'.repeat(48),
          event: 'compose-hash',
          event_payload: other,
        });
        writeFileSync(join(dir, 'rtmr2.json'), JSON.stringify(doc));
        return ['rtmr2.json', '--allow-unsigned'];
      },
      ['rtmr2'],
    ],
  ])('%s', async (_name, args, fails, message) => {
    const { run, report } = await json(args());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.verdict).toBe('failed');
    expect(failing(report)).toEqual(fails);
    if (message) expect(detail(report, fails[0] as string)).toMatch(message);
    const text = await attest(args());
    expect(text.stdout).toMatch(new RegExp(`^FAILED: ${fails.join(', ')} failed`));
    for (const name of fails) expect(text.stdout).toMatch(new RegExp(`^FAIL\\s+${name}\\s`, 'm'));
  });

  it('the right OS entry and report-data hold, and are no longer listed as unproved', async () => {
    writeFileSync(
      join(dir, OS),
      JSON.stringify([osEntry('other', 'cd'.repeat(48)), osEntry('dstack-nvidia-0.5.4 (2 vCPU)')]),
    );
    const reportData = Buffer.from(NEAR.quote)
      .subarray(48 + 520, 48 + 584)
      .toString('hex');
    const { run, report } = await json([
      PUBLIC_DATA,
      ...AT,
      '--os-measurements',
      OS,
      '--report-data',
      reportData,
    ]);
    expect(run.code).toBe(0);
    expect(report.checks.map((c) => c.name)).toEqual([
      ...ALL_CHECKS.slice(0, -1),
      'os',
      'report-data',
      'release',
    ]);
    expect(report.not_proved).toEqual([]);
  });
});

describe('attest --url, in the shapes dstack deployments serve', () => {
  let server: LocalServer;
  let pccs: LocalServer;
  beforeAll(async () => {
    pccs = await startPccs(nearMpcCollateral());
    server = await startDocumentServer({
      ...nearMpcDocuments(),
      '/moved': { redirect: '/public_data', status: 301 },
      '/to-plain-http': { redirect: 'http://example.com/public_data' },
      '/stall': { stall: true },
    });
  });
  afterAll(async () => {
    await server.close();
    await pccs.close();
  });

  it("a guest agent's Info: no quote in it, so consistent at best", async () => {
    // A query may carry a token: the document is named without it.
    const url = `${server.url}/prpc/Info?token=s3cr3t`;
    const text = await attest(['--url', url, '--allow-unsigned']);
    expect(text.stdout).toContain(`${server.url}/prpc/Info`);
    expect(`${text.stdout}${text.stderr}`).not.toContain('s3cr3t');
    const { run, report } = await json(['--url', url, '--allow-unsigned']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report).toMatchObject({
      ok: true,
      verdict: 'consistent',
      compose_hash: NEAR_HASH,
      release: { version: '1.0.0' },
    });
    const request = server.requests.find((r) => r.url.startsWith('/prpc/Info'));
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers.cookie).toBeUndefined();
  });

  it("an app's /public_data, through a redirect: verified with its embedded collateral", async () => {
    const { run, report } = await json(['--url', `${server.url}/moved`, ...AT, '--pccs', pccs.url]);
    expect(run.code).toBe(0);
    expectVerified(report);
  });

  it("Phala Cloud's app attestations: every instance verified, with collateral from the PCCS", async () => {
    pccs.requests.length = 0;
    const { run, report } = await json([
      '--url',
      `${server.url}${NEAR_MPC_ATTESTATIONS}`,
      ...AT,
      '--pccs',
      pccs.url,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report).toMatchObject({
      ok: true,
      verdict: 'verified',
      compose_hash: NEAR_HASH,
      tcb_status: 'UpToDate',
    });
    expect(report.instances?.map((i) => i.verdict)).toEqual(['verified', 'verified']);
    // Both instances run on one platform: its collateral is fetched once.
    expect(pccs.requests).toHaveLength(4);
    const text = await attest([
      '--url',
      `${server.url}${NEAR_MPC_ATTESTATIONS}`,
      ...AT,
      '--pccs',
      pccs.url,
    ]);
    expect(text.stdout).toMatch(/^Instance 1 of 2: VERIFIED: /m);
    expect(text.stdout).toMatch(/^Instance 2 of 2: VERIFIED: /m);
  });

  it('a redirect to plain http off loopback is refused, naming it (exit 2)', async () => {
    const run = await attest(['--url', `${server.url}/to-plain-http`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `error: --url: ${server.host} redirected to http://example.com: only https:// (or http:// to a loopback host) is followed\n`,
    );
  });

  it('a server that never answers fails in time, naming the host (exit 2)', async () => {
    const started = Date.now();
    const run = await attest(['--url', `${server.url}/stall`], {
      RELEASE_TRACKER_REQUEST_TIMEOUT_MS: '500',
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `error: --url: no answer from ${server.host} within 0.5 s to GET /stall\n`,
    );
  });

  it('an answer that is not 2xx names the status', async () => {
    const run = await attest(['--url', `${server.url}/nowhere`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: --url: ${server.host} answered GET /nowhere with HTTP 404\n`);
  });
});

describe('standard input', () => {
  it('over 10 MB is refused while it streams, with a clear error (exit 2)', async () => {
    const run = await attest(['-'], {}, `{"x":"${'a'.repeat(11 * 1024 * 1024)}"}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: stdin: more than 10485760 bytes (10 MiB); refused unread\n');
  });
});
