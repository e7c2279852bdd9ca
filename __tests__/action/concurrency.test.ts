import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runAction as run, runActions, type ActionRun } from '../helpers/action.js';
import { tempDir } from '../helpers/cli.js';
import { start, type GitHubServer } from '../helpers/github-server.js';
import type { PushedIndex, PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

// The bundled action as many workflow runs would run it at once against one GitHub: tags released
// together, a run doubled, a run that died half way and its re-run, a service that never answers.

const support = registryTests('concurrency');
const suite = support.suite;

let registry: Registry;
let app: PushedIndex;
let other: PushedManifest;
let nginx: PushedManifest;
useRegistry({ auth: 'htpasswd' }, async (started) => {
  registry = started;
  app = await registry.pushIndex('acme/app', 'v1');
  other = await registry.pushImage('acme/app', 'v2');
  nginx = await registry.pushImage('library/nginx', '1.27');
});

let server: GitHubServer;
let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  if (!support.available) return;
  server = await start({ owner: 'acme', repo: 'app' });
  ({ dir, cleanup } = tempDir('rt-concurrency-'));
});
afterEach(async () => {
  if (!support.available) return;
  expect(server.violations).toEqual([]);
  await server.stop();
  cleanup();
});

let workspaces = 0;
/** A fresh workspace with the project's compose file, as each run's checkout would be. */
function workspace(): string {
  const path = join(dir, `ws-${++workspaces}`);
  mkdirSync(path);
  writeFileSync(
    join(path, 'docker-compose.yml'),
    `services:\n  app:\n    build: .\n    image: ${registry.host}/acme/app:latest\n  proxy:\n    image: ${registry.host}/library/nginx:1.27@${nginx.digest}\n`,
  );
  return path;
}

const inputs = (digest = app.digest, extra: Record<string, string> = {}) => ({
  images: `app=${registry.host}/acme/app@${digest}`,
  ...extra,
});
const env = (runId: string, extra: Record<string, string> = {}) => ({
  DOCKER_CONFIG: registry.dockerConfig,
  GITHUB_RUN_ID: runId,
  ...extra,
});

const files = (tag: string) =>
  ['release-info.json', 'app-compose.json', 'docker-compose.yml'].map((s) => `${tag}-${s}`);
const errors = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error::'));

type ReleaseJson = { id: number; draft: boolean; assets: { name: string; state: string }[] };

/** The tag's one published release holds the three files exactly as the branch recorded them. */
async function expectRecorded(tag: string, head: string): Promise<ReleaseJson> {
  const releases = server.releases(tag) as ReleaseJson[];
  expect(
    releases.map((r) => r.draft),
    tag,
  ).toEqual([false]);
  const [release] = releases;
  if (!release) throw new Error(`no release ${tag}`);
  expect(release.assets.map((a) => [a.name, a.state]).sort(), tag).toEqual(
    files(tag)
      .sort()
      .map((f) => [f, 'uploaded']),
  );
  for (const name of files(tag)) {
    const committed = await server.git.readFile(head, `releases/${name}`);
    expect(committed, `${tag} ${name} on main`).not.toBeNull();
    expect(server.assetBytes(tag, name)?.equals(committed ?? Buffer.alloc(0)), name).toBe(true);
  }
  return release;
}

suite('many runs at once against one GitHub', () => {
  it('20 tags released at once, and one of them run twice: every record lands once, every release published', async () => {
    const initial = (await server.branchHead()) ?? '';
    const tags = Array.from({ length: 20 }, (_, i) => `v1.${i}.0`);
    const jobs = [...tags, 'v1.7.0'].map((tag, i) => ({
      workspace: workspace(),
      inputs: inputs(),
      opts: { tag, sha: initial, env: env(String(5000 + i)), timeoutMs: 240_000 },
    }));
    const runs = await runActions(server, jobs);
    for (const [i, r] of runs.entries()) {
      expect(errors(r), `${jobs[i]?.opts.tag}: ${r.stdout.slice(-2000)}`).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }

    // One commit per tag, each touching exactly its own three files (and the first the README).
    const head = (await server.branchHead()) ?? '';
    const commits = await server.commitsOn('main', { since: initial });
    expect(commits).toHaveLength(20);
    const recorded = commits.flatMap((c) =>
      c.files.filter((f) => f.endsWith('-release-info.json')),
    );
    expect(recorded.sort()).toEqual(tags.map((t) => `releases/${t}-release-info.json`).sort());
    for (const c of commits) {
      expect(c.files.filter((f) => !/\/(README\.md|\.gitattributes)$/.test(f))).toHaveLength(3);
    }
    expect(commits.filter((c) => c.files.includes('releases/README.md'))).toHaveLength(1);
    expect(commits.filter((c) => c.files.includes('releases/.gitattributes'))).toHaveLength(1);

    // Each run's outputs and workspace hold what was recorded; the doubled tag's runs agree.
    for (const [i, r] of runs.entries()) {
      const tag = jobs[i]?.opts.tag ?? '';
      const release = await expectRecorded(tag, head);
      expect(r.outputs['release-id']).toBe(String(release.id));
      const info = readFileSync(join(jobs[i]?.workspace ?? '', 'releases', files(tag)[0] ?? ''));
      expect(
        info.equals(
          (await server.git.readFile(head, `releases/${files(tag)[0]}`)) ?? Buffer.alloc(0),
        ),
      ).toBe(true);
    }
    const doubled = runs.filter((_, i) => jobs[i]?.opts.tag === 'v1.7.0');
    expect(doubled.map((r) => r.outputs['commit-sha'] === '').sort()).toEqual([false, true]);
    expect(server.releases().filter((r) => r['draft'])).toEqual([]);
    expect(server.releases()).toHaveLength(20);
    // Latest is the highest version, whatever order the runs published in.
    expect(server.latestReleaseId()).toBe((server.releases('v1.19.0') as ReleaseJson[])[0]?.id);
    // As long as its runs may take (each is given 240 s): 21 bundled actions at once on a shared
    // two-core machine take about a minute, the suite's default limit for one test.
  }, 300_000);

  it('a doubled run of a different record: one fails naming overwrite, and leaves nothing behind', async () => {
    const runs = await runActions(server, [
      { workspace: workspace(), inputs: inputs(), opts: { env: env('1') } },
      { workspace: workspace(), inputs: inputs(other.digest), opts: { env: env('2') } },
    ]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    const failed = runs.find((r) => r.code === 1);
    expect(errors(failed as ActionRun)).toEqual([
      expect.stringMatching(/different v1\.0\.0 .*set overwrite: true to replace it/),
    ]);
    await expectRecorded('v1.0.0', (await server.branchHead()) ?? '');
    expect(server.releases()).toHaveLength(1);
    expect(await server.commitsOn('main')).toHaveLength(2);
  });

  it('a run that died half way (uploads refused) is healed by its re-run: the same draft, published', async () => {
    server.failNext('POST', /\/releases\/\d+\/assets$/, 403, 3, {
      message: 'Resource not accessible by integration',
    });
    const ws = workspace();
    const failed = await run(server, ws, inputs(), { env: env('77') });
    expect(failed.code).toBe(1);
    expect(errors(failed)).toEqual([expect.stringMatching(/uploading v1\.0\.0-.*403/)]);
    const [draft] = server.releases('v1.0.0') as ReleaseJson[];
    expect(draft).toMatchObject({ draft: true, assets: [] });
    const committed = failed.outputs['commit-sha'];
    expect(committed).toBeUndefined(); // the run failed before its outputs

    const healed = await run(server, ws, inputs(), {
      env: env('77', { GITHUB_RUN_ATTEMPT: '2' }),
    });
    expect(errors(healed)).toEqual([]);
    expect(healed.code).toBe(0);
    const release = await expectRecorded('v1.0.0', (await server.branchHead()) ?? '');
    expect(release.id).toBe(draft?.id);
    expect(healed.outputs['release-id']).toBe(String(draft?.id));
    // The failed run's commit stands: the re-run reused it.
    expect(healed.outputs['commit-sha']).toBe('');
    expect(await server.commitsOn('main')).toHaveLength(2);
  });

  it("a person's draft stays a draft", async () => {
    server.addRelease({ tag: 'v1.0.0', draft: true, body: 'Written by hand' });
    const r = await run(server, workspace(), inputs(), { env: env('1') });
    expect(r.code).toBe(0);
    const releases = server.releases('v1.0.0') as (ReleaseJson & { body: string })[];
    expect(releases.map((x) => x.draft)).toEqual([true]);
    expect(releases[0]?.assets).toHaveLength(3);
    expect(releases[0]?.body).toMatch(/^Written by hand\n\n<!-- release-tracker -->/);
  });

  it('latest follows SemVer: a hotfix on an older line is not made latest, unless make-latest says so', async () => {
    const current = server.addRelease({ tag: 'v2.0.0' });
    const hotfix = await run(server, workspace(), inputs(), { tag: 'v1.9.1', env: env('1') });
    expect(hotfix.code).toBe(0);
    expect((server.releases('v1.9.1') as ReleaseJson[])[0]?.draft).toBe(false);
    expect(server.latestReleaseId()).toBe(current['id']);

    const forced = await run(server, workspace(), inputs(app.digest, { 'make-latest': 'true' }), {
      tag: 'v1.9.2',
      env: env('2'),
    });
    expect(forced.code).toBe(0);
    expect(server.latestReleaseId()).toBe((server.releases('v1.9.2') as ReleaseJson[])[0]?.id);

    const next = await run(server, workspace(), inputs(), { tag: 'v2.1.0', env: env('3') });
    expect(next.code).toBe(0);
    expect(server.latestReleaseId()).toBe((server.releases('v2.1.0') as ReleaseJson[])[0]?.id);

    const bad = await run(server, workspace(), inputs(app.digest, { 'make-latest': 'maybe' }), {
      tag: 'v2.2.0',
      env: env('4'),
    });
    expect(bad.code).toBe(1);
    expect(errors(bad)).toEqual([
      '::error::make-latest: "maybe" is not one of auto, true or false',
    ]);
  });

  it('takes the default branch from the event payload, asking the API only without one', async () => {
    const withEvent = await run(server, workspace(), inputs(), { env: env('1') });
    expect(withEvent.code).toBe(0);
    expect(server.count('repos/get')).toBe(0);
    const without = await run(server, workspace(), inputs(), {
      tag: 'v1.0.1',
      env: env('2'),
      event: false,
    });
    expect(without.code).toBe(0);
    expect(server.count('repos/get')).toBe(1);
  });
});

suite('services that never answer', () => {
  const quick = { RELEASE_TRACKER_REQUEST_TIMEOUT_MS: '400', RELEASE_TRACKER_RETRY_BASE_MS: '20' };

  it('a GitHub API that stalls ends the run in time, naming the host and the request', async () => {
    server.stallNext('GET', /\/branches\/main$/, 10);
    const r = await run(server, workspace(), inputs(), { env: env('1', quick) });
    expect(r.code).toBe(1);
    const host = new URL(server.url).host;
    expect(errors(r)).toEqual([
      `::error::reading branch main of acme/app: could not reach GitHub: no answer from ${host} within 0.4 s to GET /repos/acme/app/branches/main`,
    ]);
    // Three attempts, each given up by the action, and nothing changed.
    expect(server.stalled).toHaveLength(3);
    expect(server.stalled.every((s) => s.closedBy === 'client')).toBe(true);
    expect(server.releases()).toEqual([]);
  });

  it('a registry that stalls ends the run in time, naming the host and the request', async () => {
    const held: Socket[] = [];
    // Accepts the connection, never answers.
    const silent: Server = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const ws = workspace();
      const r = await run(
        server,
        ws,
        { images: `app=${host}/acme/app:v1`, 'pin-all-images': 'false' },
        { env: env('1', quick) },
      );
      expect(r.code).toBe(1);
      expect(errors(r)).toEqual([
        `::error::images: cannot pin ${host}/acme/app:v1 (service "app"): ${host} unreachable for ${host}/acme/app:v1: no answer within 0.4s to HEAD http://${host}/v2/acme/app/manifests/v1`,
      ]);
      expect(server.requests).toEqual([]);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('the time limits are checked: a value that is no number of milliseconds is refused', async () => {
    const r = await run(server, workspace(), inputs(), {
      env: env('1', { RELEASE_TRACKER_REQUEST_TIMEOUT_MS: 'soon' }),
    });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      '::error::RELEASE_TRACKER_REQUEST_TIMEOUT_MS: "soon" is not a positive number of milliseconds',
    ]);
  });
});
