// npm run bench: cold start of the action bundle, sequential GitHub API round trips of a full run
// at 100 ms per request, CLI start-up against bare node, `attest` of a real quote against bare
// node, the attest action's whole run against local servers against bare node (bench/*.bench.ts),
// the peak memory of `attest -` fed 400 MiB and of `generate` against a registry whose manifest
// never ends, and CLI list/find/latest/verify over 10,000 recorded releases. Reports; asserts
// nothing.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFreshBuild } from './build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const action = join(root, 'dist/index.js');
const node = process.env.NODE24_BIN || process.execPath;
const digest = (c) => `sha256:${c.repeat(64)}`;

function timed(args, options) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { encoding: 'utf8', ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} failed: ${result.stderr}${result.stdout.slice(-2000)}`);
  return { ms, result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function project() {
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    `services:\n  app:\n    build: .\n    image: ghcr.io/acme/app:latest\n  proxy:\n    image: nginx:1.27@${digest('1')}\n`,
  );
  return dir;
}

function coldStart() {
  const dir = project();
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: dir,
    GITHUB_REF: 'refs/tags/v1.0.0',
    GITHUB_OUTPUT: join(dir, 'out'),
    INPUT_IMAGES: `app=ghcr.io/acme/app@${digest('a')}`,
    'INPUT_PIN-ALL-IMAGES': 'false',
    'INPUT_DRY-RUN': 'true',
    'INPUT_UPLOAD-ARTIFACT': 'false',
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  const noop = median(Array.from({ length: 7 }, () => timed(['-e', '0'], { env }).ms));
  const runs = Array.from({ length: 7 }, () => timed([action], { env, cwd: dir }).ms);
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `cold start, dist/index.js dry run (median of 7): ${median(runs).toFixed(0)} ms (bare node: ${noop.toFixed(0)} ms)`,
  );
}

function manyReleases(count) {
  const dir = project();
  timed([cli, 'generate', 'v1.0.0', `app=ghcr.io/acme/app@${digest('a')}`, '--offline'], {
    cwd: dir,
  });
  const rel = join(dir, 'releases');
  const info = JSON.parse(readFileSync(join(rel, 'v1.0.0-release-info.json'), 'utf8'));
  mkdirSync(rel, { recursive: true });
  for (let i = 1; i < count; i++) {
    const version = `1.${Math.floor(i / 100)}.${i % 100}${i % 7 === 0 ? '-rc.1' : ''}`;
    const prefix = `v${version}`;
    copyFileSync(join(rel, 'v1.0.0-app-compose.json'), join(rel, `${prefix}-app-compose.json`));
    copyFileSync(join(rel, 'v1.0.0-docker-compose.yml'), join(rel, `${prefix}-docker-compose.yml`));
    const record = {
      ...info,
      version,
      tag: prefix,
      files: {
        app_compose: { ...info.files.app_compose, path: `releases/${prefix}-app-compose.json` },
        docker_compose: {
          ...info.files.docker_compose,
          path: `releases/${prefix}-docker-compose.yml`,
        },
      },
    };
    writeFileSync(join(rel, `${prefix}-release-info.json`), `${JSON.stringify(record, null, 2)}\n`);
  }
  for (const command of [
    ['list'],
    ['list', '--json'],
    ['find', info.compose_hash],
    ['latest'],
    ['verify'],
  ]) {
    const runs = Array.from(
      { length: 7 },
      () => timed([cli, ...command], { cwd: dir, maxBuffer: 1 << 30 }).ms,
    );
    console.log(
      `cli ${command[0].padEnd(6)} over ${count} releases${command[1] === '--json' ? ' (--json)' : ''} (median of 7): ${median(runs).toFixed(0)} ms`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

// CLI start-up against bare node, runs interleaved so a drifting machine moves both alike.
function cliStartUp() {
  for (const flag of ['--version', '--help']) {
    const bare = [];
    const runs = [];
    for (let i = 0; i < 11; i++) {
      bare.push(timed(['-e', '0']).ms);
      runs.push(timed([cli, flag]).ms);
    }
    console.log(
      `cli start-up, ${flag} (median of 11): ${median(runs).toFixed(0)} ms (bare node -e 0: ${median(bare).toFixed(0)} ms, ${(median(runs) / median(bare)).toFixed(2)}x)`,
    );
  }
}

/**
 * Peak memory of `generate` when the registry answers the manifest with a body that never ends
 * (HEAD without a digest, so the client must GET and hash it): the body must be refused at its
 * 4 MiB limit while it streams. Node reports the process's own peak (`maxRSS`) as it exits.
 */
async function endlessManifest() {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' });
    if (req.method === 'HEAD') return res.end();
    let sent = 0;
    const write = () => {
      // Capped at 1 GiB, far past the limit, so a regression cannot take the machine down.
      while (sent < 1 << 30) {
        sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', write);
      }
      res.end();
    };
    write();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-endless-'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    `services:\n  app:\n    image: ${host}/acme/app:1\n`,
  );
  const hook =
    'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>writeSync(2,`\\npeak-rss-kib=${process.resourceUsage().maxRSS}\\n`))';
  const peaks = [];
  let error = '';
  for (let i = 0; i < 5; i++) {
    const child = spawn(
      node,
      ['--import', hook, cli, 'generate', 'v1.0.0', `app=${host}/acme/app:1`],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, RELEASE_TRACKER_RETRY_BASE_MS: '5' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const code = await new Promise((resolve) => child.once('close', resolve));
    const m = /\npeak-rss-kib=(\d+)\n/.exec(stderr);
    if (code !== 2 || !m)
      throw new Error(`generate against an endless manifest: exit ${code}: ${stderr}`);
    peaks.push(Number(m[1]) / 1024);
    error = stderr.slice(0, m.index).trim();
  }
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `generate against an endless manifest (median of 5): peak memory ${median(peaks).toFixed(0)} MiB (goal: under 256 MiB); ${error}`,
  );
}

// `attest` of near/mpc's /public_data with the collateral it embeds, verified end to end to a
// recorded release (two DCAP verifiers, the replay, the release look-up): the whole process
// against bare node, interleaved.
function attestRealQuote() {
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-attest-'));
  const document = join(root, '__tests__/fixtures/dstack-attest/near-mpc/public_data.json');
  const { app_compose: appCompose } = JSON.parse(readFileSync(document, 'utf8'))
    .tee_participant_info.Dstack.tcb_info;
  const composeHash = createHash('sha256').update(appCompose).digest('hex');
  mkdirSync(join(dir, 'releases'));
  writeFileSync(
    join(dir, 'releases/v1.0.0-release-info.json'),
    `${JSON.stringify(
      {
        schema: 'release-tracker/release-info@1',
        version: '1.0.0',
        tag: 'v1.0.0',
        created_at: '2026-08-01T00:00:00Z',
        repository: 'near/mpc',
        git: null,
        workflow: null,
        images: [],
        compose_hash: composeHash,
        files: {
          app_compose: { path: 'releases/v1.0.0-app-compose.json', sha256: composeHash },
          docker_compose: {
            path: 'releases/v1.0.0-docker-compose.yml',
            sha256: digest('0').slice(7),
          },
        },
      },
      null,
      2,
    )}\n`,
  );
  const args = [cli, 'attest', document, '--at', '1786622400', '--offline'];
  const bare = [];
  const runs = [];
  for (let i = 0; i < 11; i++) {
    bare.push(timed(['-e', '0']).ms);
    runs.push(timed(args, { cwd: dir }).ms);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `cli attest, near/mpc public_data verified with its collateral (median of 11): ${median(runs).toFixed(0)} ms (bare node -e 0: ${median(bare).toFixed(0)} ms, ${(median(runs) / median(bare)).toFixed(2)}x)`,
  );
}

// `attest -` fed 400 MiB: the input is refused at 10 MB while it streams. Peak memory is the
// process's own maximum resident set, printed at exit by a preloaded hook.
async function attestStdinPeak() {
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-stdin-'));
  const hook = join(dir, 'peak.cjs');
  writeFileSync(
    hook,
    "process.on('exit', () => require('node:fs').writeSync(2, `peak-rss-kib ${process.resourceUsage().maxRSS}\\n`));\n",
  );
  mkdirSync(join(dir, 'releases'));
  const child = spawn(node, ['--require', hook, cli, 'attest', '-'], { cwd: dir });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  child.stdout.resume();
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let written = 0;
  let closed = false;
  child.stdin.on('error', () => (closed = true));
  const done = new Promise((resolve) => child.on('close', resolve));
  for (let i = 0; i < 400 && !closed; i++) {
    if (!child.stdin.write(chunk)) {
      await Promise.race([new Promise((r) => child.stdin.once('drain', r)), done]);
    }
    written += chunk.length;
  }
  if (!closed) child.stdin.end();
  const code = await done;
  rmSync(dir, { recursive: true, force: true });
  const peak = Number(/peak-rss-kib (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  const error = stderr.split('\n').find((l) => l.startsWith('error:')) ?? '(no error line)';
  console.log(
    `cli attest - fed 400 MiB on stdin: peak ${peak.toFixed(0)} MiB, exit ${code}, ${(written / 2 ** 20).toFixed(0)} MiB written before it closed the pipe; ${error}`,
  );
}

// Never time a stale bundle.
if (ensureFreshBuild()) console.log('built dist/ from the current sources');
console.log(`node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
coldStart();
cliStartUp();
attestRealQuote();
await attestStdinPeak();
// The benches that need the TypeScript test servers (GitHub API, attestation documents, PCCS).
const roundTrips = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'bench/vitest.config.ts'],
  {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, RT_BENCH: '1' },
  },
);
process.stdout.write(
  roundTrips.stdout
    .split('\n')
    .filter((l) => l.includes('[bench]'))
    .map((l) => l.slice(l.indexOf('[bench]') + 8))
    .join('\n') + '\n',
);
if (roundTrips.status !== 0) process.stderr.write(roundTrips.stderr);
manyReleases(10_000);
await endlessManifest();
