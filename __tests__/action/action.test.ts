import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runAction as run, useActionWorkspace, type ActionRun } from '../helpers/action.js';
import { cli, NODES, tempDir } from '../helpers/cli.js';
import { start, type GitHubServer } from '../helpers/github-server.js';
import { RELEASES_GITATTRIBUTES } from '../../src/core/releases-dir.js';
import type { PushedIndex, PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

const FILES = ['v1.0.0-release-info.json', 'v1.0.0-app-compose.json', 'v1.0.0-docker-compose.yml'];

// The images live in a real registry on loopback, so the action's platform look-ups are real too.
const support = registryTests('action');
const suite = support.suite;

let registry: Registry;
let app: PushedIndex;
let nginx: PushedManifest;
let COMPOSE: string;
useRegistry({ auth: 'htpasswd' }, async (started) => {
  registry = started;
  app = await registry.pushIndex('acme/app', 'v1.0.0');
  nginx = await registry.pushImage('library/nginx', '1.27');
  COMPOSE = `services:
  app:
    build: .
    image: ${registry.host}/acme/app:latest # built by this repository
  proxy:
    image: "${registry.host}/library/nginx:1.27@${nginx.digest}"
`;
});

/** The action with the registry credentials docker/login-action would have left. */
const runAction: typeof run = (srv, ws, inputs, opts = {}) =>
  run(srv, ws, inputs, { ...opts, env: { DOCKER_CONFIG: registry.dockerConfig, ...opts.env } });

let server: GitHubServer;
let workspace: string;
useActionWorkspace(
  (t) => ({ server, workspace } = t),
  { available: support.available },
  (ws) => writeFileSync(join(ws, 'docker-compose.yml'), COMPOSE),
);

const inputs = (extra: Record<string, string> = {}) => ({
  images: `app=${registry.host}/acme/app@${app.digest}`,
  ...extra,
});

async function head(): Promise<string> {
  const sha = await server.branchHead('main');
  if (!sha) throw new Error('main has no head');
  return sha;
}

async function apiJson(path: string): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `token ${server.token}` },
  });
  return response.json();
}

/** The token appears only in the runner's `::add-mask::` command, which the runner never prints. */
function expectNoToken(run: ActionRun): void {
  const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
  expect(masks).toEqual([`::add-mask::${server.token}`]);
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(server.token);
  }
}

function workspaceFile(name: string): Buffer {
  return readFileSync(join(workspace, 'releases', name));
}

suite.each(NODES)('the bundled action on %s', (node) => {
  it('records a release end to end, and a second run changes nothing', async () => {
    const initial = await head();
    const first = await runAction(server, workspace, inputs(), { node, sha: initial });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expectNoToken(first);

    // One commit on the default branch, on the previous head, holding the workspace's exact bytes.
    const commit = await head();
    expect(commit).not.toBe(initial);
    expect(first.outputs['commit-sha']).toBe(commit);
    expect((await server.git.text(['rev-parse', `${commit}^`])).trim()).toBe(initial);
    expect((await server.git.text(['log', '--format=%s', '-1', commit])).trim()).toBe(
      'chore(release): record v1.0.0 [skip ci]',
    );
    for (const name of FILES) {
      const committed = await server.git.readFile(commit, `releases/${name}`);
      expect(committed?.equals(workspaceFile(name))).toBe(true);
    }
    expect((await server.git.readFile(commit, 'releases/README.md'))?.toString()).toMatch(
      /sha256sum/,
    );
    const changed = (
      await server.git.text(['diff-tree', '--no-commit-id', '--name-only', '-r', initial, commit])
    )
      .trim()
      .split('\n')
      .sort();
    expect(changed).toEqual(
      [
        'releases/README.md',
        'releases/.gitattributes',
        ...FILES.map((f) => `releases/${f}`),
      ].sort(),
    );
    // Created once, with the README, so a Windows checkout with core.autocrlf verifies.
    expect((await server.git.readFile(commit, 'releases/.gitattributes'))?.toString()).toBe(
      RELEASES_GITATTRIBUTES,
    );

    // One published release with the three byte-identical assets and the notes section once.
    const release = server.release('v1.0.0') as {
      id: number;
      draft: boolean;
      body: string;
      html_url: string;
    };
    expect(release.draft).toBe(false);
    for (const name of FILES)
      expect(server.assetBytes('v1.0.0', name)?.equals(workspaceFile(name))).toBe(true);
    expect(release.body.match(/<!-- release-tracker -->/g)).toHaveLength(1);
    expect(release.body).toContain(first.outputs['compose-hash']);

    // Outputs.
    const appCompose = workspaceFile('v1.0.0-app-compose.json');
    expect(first.outputs).toMatchObject({
      version: '1.0.0',
      tag: 'v1.0.0',
      'release-info': 'releases/v1.0.0-release-info.json',
      'app-compose': 'releases/v1.0.0-app-compose.json',
      'docker-compose': 'releases/v1.0.0-docker-compose.yml',
      'compose-hash': sha256(appCompose),
      'release-id': String(release.id),
      'release-url': release.html_url,
    });
    expect(JSON.parse(first.outputs['images'] ?? '')).toEqual([
      {
        service: 'app',
        repository: `${registry.host}/acme/app`,
        // Written as latest; the registry serves v1.0.0 at this digest, so that tag is real.
        tag: 'v1.0.0',
        digest: app.digest,
        reference: `${registry.host}/acme/app:v1.0.0@${app.digest}`,
        source: 'reference',
      },
      {
        service: 'proxy',
        repository: `${registry.host}/library/nginx`,
        tag: '1.27',
        digest: nginx.digest,
        reference: `${registry.host}/library/nginx:1.27@${nginx.digest}`,
        source: 'reference',
      },
    ]);
    const info = JSON.parse(workspaceFile('v1.0.0-release-info.json').toString());
    expect(info.workflow).toEqual({
      run_id: '4242',
      run_attempt: '1',
      url: `${server.serverUrl}/acme/app/actions/runs/4242`,
    });
    expect(info.git).toEqual({ commit: initial, ref: 'refs/tags/v1.0.0' });
    expect(info.repository).toBe('acme/app');
    // The index's platforms, from the registry, attestation manifest left out.
    expect(info.images[0].platforms).toEqual(app.platforms);
    expect(info.images[0].source).toBe('reference');
    expect(info.images[1].platforms).toEqual([]);

    // Summary.
    expect(first.summary).toContain('## Release v1.0.0');
    expect(first.summary).toContain(sha256(appCompose));
    expect(first.summary).toContain(app.digest);
    expect(first.summary).toContain('linux/arm64/v8');
    expect(first.stdout).not.toMatch(/::warning::/);
    expect(first.summary).toContain(release.html_url);
    expect(first.stdout).toMatch(
      /artifact release-v1\.0\.0 not uploaded: this runner offers no artifact service/,
    );
    expect(server.violations).toEqual([]);

    // A second run: same record reused byte for byte, no commit, no upload, no edit.
    const before = JSON.stringify(server.releases());
    server.clearRequests();
    const second = await runAction(server, workspace, inputs(), {
      node,
      sha: initial,
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(second.code).toBe(0);
    expect(await head()).toBe(commit);
    expect(second.outputs['commit-sha']).toBe('');
    expect(second.outputs['compose-hash']).toBe(first.outputs['compose-hash']);
    expect(second.outputs['release-id']).toBe(first.outputs['release-id']);
    expect(JSON.stringify(server.releases())).toBe(before);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    for (const name of FILES) {
      expect(
        (await server.git.readFile(commit, `releases/${name}`))?.equals(workspaceFile(name)),
      ).toBe(true);
    }
    expect(second.summary).toMatch(/already recorded this release/);
    expectNoToken(second);
    expect(server.violations).toEqual([]);
  });
});

suite('the bundled action', () => {
  it('retries when the branch moves before the ref update, keeping the other commit', async () => {
    const initial = await head();
    let moved = '';
    server.beforeRefUpdate(async () => {
      moved = await server.commitOnBranch('main', { 'OTHER.md': 'pushed meanwhile\n' });
    });
    const run = await runAction(server, workspace, inputs(), { sha: initial });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const commit = await head();
    expect(moved).not.toBe('');
    expect((await server.git.text(['rev-parse', `${commit}^`])).trim()).toBe(moved);
    expect((await server.git.readFile(commit, 'OTHER.md'))?.toString()).toBe('pushed meanwhile\n');
    expect(await server.git.readFile(commit, 'releases/v1.0.0-app-compose.json')).not.toBeNull();
  });

  it('commits a .gitattributes, so a checkout that converts line endings still verifies', async () => {
    const run = await runAction(server, workspace, inputs());
    expect(run.code).toBe(0);
    const checkout = (name: string) => {
      const target = join(workspace, '..', name);
      const clone = spawnSync(
        'git',
        ['clone', '-q', '-c', 'core.autocrlf=true', server.gitDir, target],
        {
          encoding: 'utf8',
        },
      );
      expect(clone.status, clone.stderr).toBe(0);
      return target;
    };
    // As on Windows with core.autocrlf: the recorded files keep their bytes, and verify passes.
    const windows = checkout('windows');
    expect(readFileSync(join(windows, 'releases', FILES[0] ?? '')).includes('\r\n')).toBe(false);
    const verified = cli(['verify', '--dir', 'releases'], windows);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);

    // Without the attributes the same checkout rewrites them and verify fails: what it prevents.
    const git = (...args: string[]) =>
      spawnSync('git', args, {
        cwd: windows,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      });
    expect(git('rm', '-q', 'releases/.gitattributes').status).toBe(0);
    expect(git('commit', '-qm', 'drop attributes').status).toBe(0);
    for (const name of FILES) rmSync(join(windows, 'releases', name));
    expect(git('checkout', '--', 'releases').status).toBe(0);
    expect(cli(['verify', '--dir', 'releases'], windows).code).toBe(1);
  });

  it('refuses to replace a record another run made while it was committing', async () => {
    const initial = await head();
    let theirs = '';
    server.beforeRefUpdate(async () => {
      theirs = await server.commitOnBranch('main', {
        'releases/v1.0.0-release-info.json': '{"theirs":true}\n',
      });
    });
    const result = await runAction(server, workspace, inputs(), { sha: initial });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::main moved while this run was committing: main already records a different v1\.0\.0.*overwrite/,
    );
    expect(await head()).toBe(theirs);
    // The draft this run made for its release is gone again: nothing stays behind.
    expect(server.releases()).toEqual([]);
  });

  it('survives latency and server errors', async () => {
    server.latencyMs = 20;
    server.failNext('GET', /\/releases\/tags\//, 503, 1);
    server.failNext('POST', /\/git\/trees$/, 502, 1);
    const run = await runAction(server, workspace, inputs());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(server.assetBytes('v1.0.0', FILES[1] ?? '')?.equals(workspaceFile(FILES[1] ?? ''))).toBe(
      true,
    );
  });

  it('uses an existing draft and leaves it a draft', async () => {
    server.addDraftRelease('v1.0.0');
    const run = await runAction(server, workspace, inputs());
    expect(run.code).toBe(0);
    const release = server.release('v1.0.0') as { draft: boolean; id: number };
    expect(release.draft).toBe(true);
    expect(run.outputs['release-id']).toBe(String(release.id));
    expect(server.releases()).toHaveLength(1);
    for (const name of FILES)
      expect(server.assetBytes('v1.0.0', name)?.equals(workspaceFile(name))).toBe(true);
  });

  it('replaces a broken leftover asset', async () => {
    const { id } = server.addRelease({
      tag: 'v1.0.0',
      assets: [{ name: 'v1.0.0-app-compose.json', content: 'partial', state: 'open' }],
    }) as { id: number };
    const run = await runAction(server, workspace, inputs());
    expect(run.code).toBe(0);
    const assets = (await apiJson(`/repos/acme/app/releases/${id}/assets`)) as {
      name: string;
      state: string;
    }[];
    expect(assets.map((a) => [a.name, a.state]).sort()).toEqual(
      FILES.map((f) => [f, 'uploaded']).sort(),
    );
    expect(
      server
        .assetBytes('v1.0.0', 'v1.0.0-app-compose.json')
        ?.equals(workspaceFile('v1.0.0-app-compose.json')),
    ).toBe(true);
  });

  it('fails clearly on an immutable published release, before committing anything', async () => {
    const initial = await head();
    server.addRelease({ tag: 'v1.0.0', immutable: true });
    const run = await runAction(server, workspace, inputs());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*immutable/);
    expect(await head()).toBe(initial);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('refuses a different record for the tag unless overwrite is true', async () => {
    const initial = await head();
    expect((await runAction(server, workspace, inputs())).code).toBe(0);
    const recorded = await head();
    expect(recorded).not.toBe(initial);

    server.clearRequests();
    const other = await registry.pushImage('acme/app', 'v1.0.1');
    const different = inputs({ images: `app=${registry.host}/acme/app@${other.digest}` });
    const refused = await runAction(server, workspace, different);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::.*different v1\.0\.0.*overwrite/);
    expect(await head()).toBe(recorded);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const replaced = await runAction(server, workspace, { ...different, overwrite: 'true' });
    expect(replaced.stderr).toBe('');
    expect(replaced.code).toBe(0);
    const commit = await head();
    expect((await server.git.text(['rev-parse', `${commit}^`])).trim()).toBe(recorded);
    const info = JSON.parse(
      (await server.git.readFile(commit, 'releases/v1.0.0-release-info.json'))?.toString() ?? '',
    );
    expect(info.images[0].digest).toBe(other.digest);
    expect(server.assetBytes('v1.0.0', 'v1.0.0-release-info.json')?.toString()).toBe(
      JSON.stringify(info, null, 2) + '\n',
    );
  });

  it.each([
    ['tag', { tag: 'v1.0' }, /tag: "v1\.0" is not a SemVer/],
    ['images', { images: 'app=ghcr.io/Acme/app:1' }, /images: .*lowercase/],
    [
      'images (not in the registry)',
      { images: 'app=127.0.0.1:1/acme/app@sha256:x' },
      /images: .*sha256:x/,
    ],
    ['releases-dir', { 'releases-dir': '../outside' }, /releases-dir: .*inside the workspace/],
    ['compose-file', { 'compose-file': 'missing.yml' }, /compose-file: .*missing\.yml/],
    ['metadata', { metadata: '{"containerimage.digest": "sha256:nope"}' }, /metadata/],
    ['pin-all-images', { 'pin-all-images': 'maybe' }, /pin-all-images: "maybe" is not a boolean/],
  ])(
    'bad %s fails with one error naming it, and changes nothing',
    async (_name, extra, message) => {
      const initial = await head();
      const run = await runAction(server, workspace, { ...inputs(), ...extra });
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(server.requests).toEqual([]);
      expect(await head()).toBe(initial);
      expect(existsSync(join(workspace, 'releases'))).toBe(false);
      expect(run.outputs).toEqual({});
    },
  );

  it('resolves images given by tag in the registry, and pins third-party images (pin-all-images)', async () => {
    const redis = await registry.pushIndex('library/redis', '7');
    writeFileSync(
      join(workspace, 'docker-compose.yml'),
      `${COMPOSE}  cache:\n    image: ${registry.host}/library/redis:7\n`,
    );
    const result = await runAction(
      server,
      workspace,
      inputs({ images: `app=${registry.host}/acme/app:v1.0.0` }),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const info = JSON.parse(workspaceFile('v1.0.0-release-info.json').toString());
    expect(
      info.images.map((i: { service: string; source: string; digest: string }) => [
        i.service,
        i.source,
        i.digest,
      ]),
    ).toEqual([
      ['app', 'registry', app.digest],
      ['proxy', 'reference', nginx.digest],
      ['cache', 'registry', redis.digest],
    ]);
    expect(info.images[2].platforms).toEqual(redis.platforms);
    // The output says where each digest came from, so a workflow can attest only its own builds.
    expect(
      (JSON.parse(result.outputs['images'] ?? '') as { service: string; source: string }[]).map(
        (i) => [i.service, i.source],
      ),
    ).toEqual([
      ['app', 'registry'],
      ['proxy', 'reference'],
      ['cache', 'registry'],
    ]);
    const compose = workspaceFile('v1.0.0-docker-compose.yml').toString();
    expect(compose).toContain(
      `image: ${registry.host}/acme/app:v1.0.0@${app.digest} # built by this repository`,
    );
    expect(compose).toContain(`image: ${registry.host}/library/redis:7@${redis.digest}\n`);
    expect(compose).not.toContain('build:');
  });

  it('fails naming the image when the registry refuses, and changes nothing', async () => {
    const initial = await head();
    const noLogin = tempDir('rt-docker-');
    try {
      const result = await runAction(
        server,
        workspace,
        inputs({ images: `app=${registry.host}/acme/app:v1.0.0` }),
        {
          env: { DOCKER_CONFIG: noLogin.dir },
        },
      );
      expect(result.code).toBe(1);
      const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(`images: cannot pin ${registry.host}/acme/app:v1\\.0\\.0.*unauthorized`),
      );
      expect(server.requests).toEqual([]);
      expect(await head()).toBe(initial);
      expect(existsSync(join(workspace, 'releases'))).toBe(false);
    } finally {
      noLogin.cleanup();
    }
  });

  it('without commit, a re-run matches the release assets and changes nothing', async () => {
    const initial = await head();
    const first = await runAction(server, workspace, inputs({ commit: 'false' }));
    expect(first.code).toBe(0);
    expect(first.outputs['commit-sha']).toBe('');
    const recorded = server.assetBytes('v1.0.0', 'v1.0.0-release-info.json');
    server.clearRequests();
    // A re-run is a new attempt: without reuse its record would differ.
    const second = await runAction(server, workspace, inputs({ commit: 'false' }), {
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(workspaceFile('v1.0.0-release-info.json').equals(recorded ?? Buffer.alloc(0))).toBe(
      true,
    );
    expect(await head()).toBe(initial);

    const other = await registry.pushImage('acme/app', 'v1.0.2');
    const refused = await runAction(
      server,
      workspace,
      inputs({ commit: 'false', images: `app=${registry.host}/acme/app@${other.digest}` }),
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::release v1\.0\.0 already records a different v1\.0\.0.*overwrite/,
    );
  });

  it('works against GitHub Enterprise Server through GITHUB_API_URL', async () => {
    const ghes = await start({ owner: 'acme', repo: 'app', ghes: true });
    try {
      const result = await runAction(ghes, workspace, inputs());
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.outputs['commit-sha']).toBe(await ghes.branchHead('main'));
      expect(ghes.requests.length).toBeGreaterThan(0);
      expect(ghes.requests.every((r) => /^\/api\/(v3|uploads)\//.test(r.path))).toBe(true);
      expect(
        ghes
          .assetBytes('v1.0.0', 'v1.0.0-app-compose.json')
          ?.equals(workspaceFile('v1.0.0-app-compose.json')),
      ).toBe(true);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.stop();
    }
  });

  it('loads the artifact client lazily where the runner offers the service; a failure only warns', async () => {
    const runtimeToken = 'runtime-token-that-must-not-leak';
    const result = await runAction(server, workspace, inputs(), {
      env: { ACTIONS_RUNTIME_TOKEN: runtimeToken, ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/::warning::artifact release-v1\.0\.0 not uploaded: /);
    expect(result.stdout).not.toMatch(/no artifact service/);
    expect(result.stdout + result.stderr).not.toContain(runtimeToken);
    expect(result.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
  });

  it('dry-run generates, reads GitHub and reports its plan, changing nothing remote', async () => {
    const run = await runAction(server, workspace, inputs({ 'dry-run': 'true' }));
    expect(run.code).toBe(0);
    // It reads what GitHub holds (dry-run.test.ts has the plans), and writes nothing there.
    expect(server.count('repos/get-branch')).toBe(1);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(server.releases()).toEqual([]);
    expect(run.outputs['compose-hash']).toBe(sha256(workspaceFile('v1.0.0-app-compose.json')));
    expect(run.outputs['commit-sha']).toBe('');
    expect(run.summary).toMatch(/dry run/);
  });

  it('commits to commit-branch with a custom message and its own releases-dir', async () => {
    await server.commitOnBranch('records', {}, 'branch for records');
    const run = await runAction(
      server,
      workspace,
      inputs({
        'commit-branch': 'records',
        'commit-message': 'record {version} ({tag})',
        'releases-dir': 'ops/rel',
      }),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const commit = await server.branchHead('records');
    expect(run.outputs['commit-sha']).toBe(commit);
    expect((await server.git.text(['log', '--format=%s', '-1', commit ?? ''])).trim()).toBe(
      'record 1.0.0 (v1.0.0)',
    );
    expect(
      await server.git.readFile(commit ?? '', 'ops/rel/v1.0.0-app-compose.json'),
    ).not.toBeNull();
    expect(await server.git.readFile(commit ?? '', 'ops/rel/README.md')).not.toBeNull();
    expect(run.outputs['app-compose']).toBe('ops/rel/v1.0.0-app-compose.json');
  });
});
