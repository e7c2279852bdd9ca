// The bundled attest action run as the runner runs it: `node` on the `runs.main` of
// attest/action.yml with INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP and
// GITHUB_WORKSPACE, against local servers serving near/mpc's real attestation in the shapes dstack
// deployments serve it and a local PCCS serving Intel's real collateral, at the time it was valid.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AttestReport } from '../../src/core/attest/attest.js';
import { runAction, type ActionRun } from '../helpers/action.js';
import {
  cliAsync,
  NEAR_MPC_ATTESTATIONS,
  nearMpcDocuments,
  startDocumentServer,
  startPccs,
  type LocalServer,
} from '../helpers/attest-servers.js';
import { NODES, ROOT, tempDir } from '../helpers/cli.js';
import {
  ATTEST_FIXTURES,
  NEAR_MPC_CHECKS,
  NEAR_MPC_TIME,
  nearMpcCollateral,
  nearMpcPublicData,
  RECORD_COMMIT,
  sha256,
  writeAttestRecord,
} from '../helpers/dstack-attest-fixtures.js';
import { renderMarkdown, tableRows, tagsOf, textOf } from '../helpers/markdown.js';
import { unusedPort } from '../helpers/registry-server.js';

const manifest = parse(readFileSync(join(ROOT, 'attest/action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
};
/** What the runner runs: `runs.main`, relative to the folder of attest/action.yml. */
const MAIN = resolve(ROOT, 'attest', manifest.runs.main);

const NEAR = nearMpcPublicData().tee_participant_info.Dstack;
const NEAR_HASH = sha256(NEAR.tcb_info.app_compose);
const CHECKS = NEAR_MPC_CHECKS;

type Report = AttestReport;

let pccs: LocalServer;
let server: LocalServer;
beforeAll(async () => {
  pccs = await startPccs(nearMpcCollateral());
  server = await startDocumentServer({ ...nearMpcDocuments(), '/stall': { stall: true } });
});
afterAll(async () => {
  await server.close();
  await pccs.close();
});

let root: string;
let workspace: string;
let runnerTemp: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: root, cleanup } = tempDir('rt-attest-action-'));
  workspace = join(root, 'workspace');
  runnerTemp = join(root, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  writeAttestRecord(join(workspace, 'releases'), '0.9.0', sha256('an older app-compose'));
  writeAttestRecord(join(workspace, 'releases'), '1.0.0', NEAR_HASH);
});
afterEach(() => cleanup());

const AT = { at: String(NEAR_MPC_TIME) };

/** The `::error::` annotations of a run. */
const errors = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith('::error::'));

const readReport = (run: ActionRun): Report =>
  JSON.parse(readFileSync(run.outputs['report'] as string, 'utf8')) as Report;

describe.each(NODES)('the bundled attest action on %s', (node) => {
  const attest = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction(undefined, workspace, inputs, {
      node,
      script: MAIN,
      event: false,
      env: { RUNNER_TEMP: runnerTemp, ...env },
    });

  it('is the node24 action attest/action.yml names, in the committed dist/', () => {
    expect(manifest.runs.using).toBe('node24');
    expect(MAIN).toBe(join(ROOT, 'dist/attest/index.js'));
  });

  it.each<[string, () => Record<string, string>, string]>([
    [
      "an app's /public_data, verified with the collateral it embeds",
      () => ({ url: `${server.url}/public_data`, 'pccs-url': pccs.url }),
      'verified',
    ],
    [
      "Phala Cloud's app attestations, verified with collateral from the PCCS",
      () => ({ url: `${server.url}${NEAR_MPC_ATTESTATIONS}`, 'pccs-url': pccs.url }),
      'verified',
    ],
    [
      "a guest agent's Info (no quote), accepted as consistent with allow-unsigned",
      () => ({ url: `${server.url}/prpc/Info`, 'allow-unsigned': 'true' }),
      'consistent',
    ],
  ])('%s: ok=true, the release in the outputs', async (_name, inputs, verdict) => {
    const run = await attest({ ...inputs(), ...AT });
    expect(run.stderr).toBe('');
    expect(errors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      ok: 'true',
      verdict,
      version: '1.0.0',
      tag: 'v1.0.0',
      commit: RECORD_COMMIT,
      'compose-hash': NEAR_HASH,
      'tcb-status': verdict === 'verified' ? 'UpToDate' : '',
      report: expect.any(String),
    });
    // The report is a new file under RUNNER_TEMP holding exactly the CLI's --json document.
    expect(dirname(run.outputs['report'] as string)).toBe(runnerTemp);
    expect(readdirSync(runnerTemp)).toHaveLength(1);
    const flags = Object.entries({ ...inputs(), ...AT }).flatMap(([name, value]) =>
      name === 'allow-unsigned' ? ['--allow-unsigned'] : [`--${name.replace('-url', '')}`, value],
    );
    const cli = await cliAsync(['attest', ...flags, '--json'], workspace);
    expect(cli.code).toBe(0);
    expect(readReport(run)).toEqual(JSON.parse(cli.stdout));

    const html = renderMarkdown(run.summary);
    expect(run.summary).toMatch(
      new RegExp(
        `^## Attestation: ${verdict === 'verified' ? 'VERIFIED' : 'CONSISTENT, NOT VERIFIED'}\n`,
      ),
    );
    expect(textOf(html)).toContain(`Release: v1.0.0 (tag v1.0.0, commit ${RECORD_COMMIT})`);
    expect(textOf(html)).toContain(`Compose hash: ${NEAR_HASH}`);
    expect(run.summary).toContain('### Proved');
    expect(run.summary).toContain('### Not proved');
  });

  it('a compose hash no release recorded: one error naming it, exit 1, outputs still set', async () => {
    writeFileSync(join(workspace, 'releases/v1.0.0-release-info.json'), '');
    const run = await attest({ url: `${server.url}/public_data`, ...AT });
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      `::error::production runs compose hash ${NEAR_HASH}, which no release in releases records`,
    ]);
    // The record made unreadable is named, not taken for a release.
    expect(run.stdout).toContain('::warning::skipped ');
    expect(run.outputs).toMatchObject({
      ok: 'false',
      verdict: 'failed',
      version: '',
      tag: '',
      commit: '',
      'compose-hash': NEAR_HASH,
      'tcb-status': 'UpToDate',
    });
    expect(readReport(run)).toMatchObject({ ok: false, verdict: 'failed', release: null });
    expect(run.summary).toMatch(/^## Attestation: FAILED\n/);
    expect(textOf(renderMarkdown(run.summary))).toContain(
      `Not accepted: production runs compose hash ${NEAR_HASH}, which no release in releases records`,
    );
  });

  it('a deployment that never answers fails in time, naming the host', async () => {
    const started = Date.now();
    const run = await attest(
      { url: `${server.url}/stall`, ...AT },
      { RELEASE_TRACKER_REQUEST_TIMEOUT_MS: '500' },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      `::error::url: no answer from ${server.host} within 0.5 s to GET /stall`,
    ]);
    expect(run.outputs).toEqual({ ok: 'false' });
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('a deployment nothing listens on fails at once, naming the host', async () => {
    const host = `127.0.0.1:${await unusedPort()}`;
    const run = await attest({ url: `http://${host}/public_data`, ...AT });
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      `::error::url: ${host} unreachable for GET /public_data: connect ECONNREFUSED ${host}`,
    ]);
    expect(run.outputs).toEqual({ ok: 'false' });
  });

  it('a PCCS that never answers fails the signature in time, naming its host', async () => {
    const stalled = await startPccs(nearMpcCollateral(), { stall: true });
    try {
      const started = Date.now();
      const run = await attest(
        { url: `${server.url}${NEAR_MPC_ATTESTATIONS}`, 'pccs-url': stalled.url, ...AT },
        { RELEASE_TRACKER_REQUEST_TIMEOUT_MS: '500' },
      );
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(run.code).toBe(1);
      const [error, ...more] = errors(run);
      expect(more).toEqual([]);
      expect(error).toMatch(
        new RegExp(
          `^::error::Intel's signature on the quote does not hold: .*could not be fetched from ${stalled.host}: no answer from ${stalled.host} within 0\\.5 s`,
        ),
      );
      expect(run.outputs).toMatchObject({ ok: 'false', verdict: 'failed', 'tcb-status': '' });
    } finally {
      await stalled.close();
    }
  });

  describe('a platform whose TCB Intel rates OutOfDate', () => {
    // dcap-qvl's sample quote (2025) on the FMSPC of near/mpc's platform, judged by the TCB info
    // Intel issued for that FMSPC in August 2026: both verifiers rate it OutOfDate. Sent as a
    // GetQuote answer with near/mpc's event log, which is not this TD's.
    const document = (): string => {
      const quote = readFileSync(join(ATTEST_FIXTURES, 'dcap-qvl/tdx_quote')).toString('hex');
      const eventLog = JSON.stringify(NEAR.tcb_info.event_log);
      writeFileSync(join(workspace, 'quote.json'), JSON.stringify({ quote, event_log: eventLog }));
      return 'quote.json';
    };

    it('fails naming the TCB status, and the checks after it', async () => {
      const run = await attest({ file: document(), 'pccs-url': pccs.url, ...AT });
      expect(run.code).toBe(1);
      const [error, ...more] = errors(run);
      expect(more).toEqual([]);
      expect(error).toMatch(
        /^::error::the platform's TCB status is not accepted: OutOfDate \(advisories: INTEL-SA-\d+.*\): only UpToDate holds unless allow-tcb names OutOfDate; also failed: rtmr0, rtmr1, rtmr2, rtmr3$/,
      );
      expect(run.outputs).toMatchObject({
        ok: 'false',
        verdict: 'failed',
        'tcb-status': 'OutOfDate',
      });
      const report = readReport(run);
      expect(report.checks.find((c) => c.name === 'quote-signature')?.ok).toBe(true);
      expect(report.checks.find((c) => c.name === 'tcb-status')?.ok).toBe(false);
    });

    it('with allow-tcb: OutOfDate the TCB holds, and the next broken link is the reason', async () => {
      const run = await attest({
        file: document(),
        'pccs-url': pccs.url,
        'allow-tcb': 'OutOfDate',
        ...AT,
      });
      expect(run.code).toBe(1);
      const report = readReport(run);
      expect(report.checks.find((c) => c.name === 'tcb-status')).toMatchObject({
        ok: true,
        detail: expect.stringMatching(/^OutOfDate \(advisories: .*\), accepted by allow-tcb$/),
      });
      expect(errors(run)).toEqual([
        expect.stringMatching(
          /^::error::rtmr0 failed: the quote in quote\.json reports [0-9a-f]{96} but the event log replays to [0-9a-f]{96}; also failed: rtmr1, rtmr2, rtmr3$/,
        ),
      ]);
    });
  });

  it("Phala Cloud's two instances: the summary's table has each instance's checks", async () => {
    const run = await attest({
      url: `${server.url}${NEAR_MPC_ATTESTATIONS}?token=s3cr3t`,
      'pccs-url': pccs.url,
      ...AT,
    });
    expect(run.code).toBe(0);
    expect(readReport(run).instances?.map((i) => i.verdict)).toEqual(['verified', 'verified']);
    const instances = readReport(run).instances ?? [];
    const html = renderMarkdown(run.summary);
    const rows = tableRows(html);
    expect(rows.map((cells) => [textOf(cells[0] ?? ''), textOf(cells[1] ?? '')])).toEqual(
      instances.flatMap((report, i) => report.checks.map((c) => [String(i + 1), c.name])),
    );
    // The first instance gives its event log alone (no app_compose to hash): one check fewer.
    expect(rows.filter((cells) => textOf(cells[0] ?? '') === '2')).toHaveLength(CHECKS.length);
    expect(rows.filter((cells) => textOf(cells[0] ?? '') === '1')).toHaveLength(CHECKS.length - 1);
    for (const cells of rows) expect(textOf(cells[2] ?? '')).toBe('ok');
    const document = `${server.url}${NEAR_MPC_ATTESTATIONS}`;
    expect(
      /<ol>([\s\S]*?)<\/ol>/
        .exec(html)?.[1]
        ?.match(/<li>.*?<\/li>/g)
        ?.map(textOf),
    ).toEqual([
      `${document} instances[0]: verified, TCB UpToDate`,
      `${document} instances[1]: verified, TCB UpToDate`,
    ]);
    // The query may carry a token: nothing shows it.
    for (const text of [
      run.stdout,
      run.summary,
      readFileSync(run.outputs['report'] as string, 'utf8'),
    ]) {
      expect(text).not.toContain('s3cr3t');
    }
  });

  it('a document named to break the summary stays one row per check, no HTML, no link', async () => {
    const name =
      'x|y<img src=x onerror=alert(1)>\n| a | b |\n[l](javascript:alert(1)) www.evil.example `*_.json';
    writeFileSync(join(workspace, name), JSON.stringify(nearMpcPublicData()));
    const run = await attest({ file: name, ...AT });
    expect(run.code).toBe(0);
    const html = renderMarkdown(run.summary);
    expect(new Set(tagsOf(html))).toEqual(
      new Set([
        'h2',
        'p',
        'strong',
        'code',
        'ul',
        'li',
        'h3',
        'table',
        'thead',
        'tr',
        'th',
        'tbody',
        'td',
      ]),
    );
    const rows = tableRows(html);
    expect(rows.map((cells) => textOf(cells[0] ?? ''))).toEqual(CHECKS);
    for (const cells of rows) expect(cells).toHaveLength(3);
    expect(textOf(rows[0]?.[2] ?? '')).toContain('x|y<img src=x onerror=alert(1)>\uFFFD| a | b |');
  });

  it.each<[string, () => Record<string, string>, string]>([
    [
      'a file symlinked from outside the workspace',
      () => {
        writeFileSync(join(root, 'outside.json'), JSON.stringify(nearMpcPublicData()));
        symlinkSync(join(root, 'outside.json'), join(workspace, 'pd.json'));
        return { file: 'pd.json' };
      },
      'file: pd.json leads outside the workspace through a symbolic link; only files of the workspace are recorded and published',
    ],
    [
      'a releases directory symlinked from outside the workspace',
      () => {
        mkdirSync(join(root, 'elsewhere'));
        symlinkSync(join(root, 'elsewhere'), join(workspace, 'recorded'));
        return { url: `${server.url}/public_data`, 'releases-dir': 'recorded' };
      },
      'releases-dir: recorded leads outside the workspace through a symbolic link; only files of the workspace are recorded and published',
    ],
    [
      'collateral outside the workspace',
      () => ({
        url: `${server.url}/public_data`,
        collateral: join(ATTEST_FIXTURES, 'near-mpc/collateral.json'),
      }),
      `collateral: ${join(ATTEST_FIXTURES, 'near-mpc/collateral.json')} is outside the workspace`,
    ],
    [
      'os-measurements that do not exist',
      () => ({ url: `${server.url}/public_data`, 'os-measurements': 'os.json' }),
      'os-measurements: os.json does not exist in the workspace',
    ],
    [
      'a document that is not JSON (never quoted)',
      () => {
        writeFileSync(join(workspace, 'pd.json'), '{"token": s3cr3t}');
        return { file: 'pd.json' };
      },
      'pd.json: not JSON: unexpected character, expected a JSON value at line 1 column 11 (char 10)',
    ],
    [
      'collateral that is not JSON (never quoted)',
      () => {
        writeFileSync(join(workspace, 'pd.json'), JSON.stringify(nearMpcPublicData()));
        writeFileSync(join(workspace, 'collateral.json'), '{"token": s3cr3t}');
        return { file: 'pd.json', collateral: 'collateral.json' };
      },
      'collateral: collateral.json is not JSON: unexpected character, expected a JSON value at line 1 column 11 (char 10)',
    ],
    ['neither url nor file', () => ({}), 'url: give exactly one of file and url'],
    [
      'both url and file',
      () => ({ url: `${server.url}/public_data`, file: 'x.json' }),
      'url: give exactly one of file and url',
    ],
    [
      'a url to plain http off loopback',
      () => ({ url: 'http://example.com/public_data' }),
      'url: must be https:// (http:// only to a loopback host)',
    ],
    [
      'an allow-unsigned that is not a boolean',
      () => ({ url: `${server.url}/public_data`, 'allow-unsigned': 'yes' }),
      'allow-unsigned: "yes" is not a boolean (true or false)',
    ],
    [
      'an allow-tcb naming Revoked',
      () => ({ url: `${server.url}/public_data`, 'allow-tcb': 'OutOfDate,Revoked' }),
      'allow-tcb: Revoked is never accepted',
    ],
    [
      'an at that is no time',
      () => ({ url: `${server.url}/public_data`, at: 'yesterday' }),
      'at: "yesterday" is neither RFC 3339 (2026-08-13T12:00:00Z) nor Unix seconds',
    ],
  ])('%s: one error naming the input, nothing written', async (_name, inputs, message) => {
    server.requests.length = 0;
    const run = await attest({ ...AT, ...inputs() });
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([`::error::${message}`]);
    expect(run.outputs).toEqual({ ok: 'false' });
    expect(run.summary).toBe('');
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(server.requests).toEqual([]);
    expect(`${run.stdout}${run.stderr}`).not.toContain('s3cr3t');
  });
});
