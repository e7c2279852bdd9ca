import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runAction as run, useActionWorkspace, type ActionRun } from '../helpers/action.js';
import type { GitHubServer } from '../helpers/github-server.js';
import type { PushedIndex, PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

// The plan through the bundled action against the GitHub test server: a dry run takes the same
// look and makes the same plan as a real run, prints it and writes nothing; what is settled before
// anything remote changes (the record's time, names too long to be files); a release list that
// never ends; an upload that loses a race; a file under a record's name that is not this release.

const support = registryTests('plan');
const { suite } = support;

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

let registry: Registry;
let app: PushedIndex;
let other: PushedManifest;
useRegistry({ auth: 'htpasswd' }, async (started) => {
  registry = started;
  app = await registry.pushIndex('acme/app', 'v1.0.0');
  other = await registry.pushImage('acme/app', 'v2');
});

let server: GitHubServer;
let workspace: string;
useActionWorkspace(
  (t) => ({ server, workspace } = t),
  { prefix: 'rt-plan-', available: support.available },
  (ws) =>
    writeFileSync(
      join(ws, 'docker-compose.yml'),
      `services:\n  app:\n    build: .\n    image: ${registry.host}/acme/app:latest\n`,
    ),
);

const inputs = (digest = app.digest, extra: Record<string, string> = {}) => ({
  images: `app=${registry.host}/acme/app@${digest}`,
  ...extra,
});
const runAction: typeof run = (srv, ws, given, opts = {}) =>
  run(srv, ws, given, {
    ...opts,
    env: {
      DOCKER_CONFIG: registry.dockerConfig,
      // What the runner offers: a dry run must not use it.
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      ...opts.env,
    },
  });
const dry = (extra: Record<string, string> = {}, digest = app.digest) =>
  runAction(server, workspace, inputs(digest, { 'dry-run': 'true', ...extra }));

const lines = (r: ActionRun, prefix: string): string[] =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
const writes = () => server.requests.filter((r) => r.method !== 'GET');
const FILES = ['release-info.json', 'app-compose.json', 'docker-compose.yml'].map(
  (f) => `releases/v1.0.0-${f}`,
);

const errors = (r: ActionRun): string[] =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .map((l) => l.slice('::error::'.length));
const recordIn = (dir: string): { created_at: string } =>
  JSON.parse(readFileSync(join(dir, 'releases', 'v1.0.0-release-info.json'), 'utf8')) as {
    created_at: string;
  };

suite('a dry run: the same look and plan as a real run, shown, nothing written', () => {
  it('on a new tag: reads GitHub, lists every step a real run would take, and writes nothing', async () => {
    server.addRelease({ tag: 'v0.9.0' });
    const head = await server.branchHead();
    const r = await dry();
    expect(r.stderr).toBe('');
    expect(lines(r, '::error::')).toEqual([]);
    expect(r.code).toBe(0);

    // The same look as a real run: the branch, its files, the tag's releases, the latest.
    for (const operation of [
      'repos/get-branch',
      'repos/get-content',
      'repos/get-release-by-tag',
      'repos/list-releases',
      'repos/get-latest-release',
    ]) {
      expect(server.count(operation), operation).toBeGreaterThan(0);
    }
    expect(writes()).toEqual([]);
    expect(await server.branchHead()).toBe(head);
    expect(server.releases('v1.0.0')).toEqual([]);

    const steps = [
      `commit ${FILES.map((f) => `\`${f}\``).join(', ')}, \`releases/README.md\` and \`releases/.gitattributes\` to \`main\`, in one commit`,
      'create draft release v1.0.0',
      'upload `v1.0.0-release-info.json`, `v1.0.0-app-compose.json` and `v1.0.0-docker-compose.yml` to the new draft',
      'publish release v1.0.0 with the release-tracker section in its notes, marking it the latest release',
    ];
    expect(lines(r, '')).toEqual(
      expect.arrayContaining([
        'dry run: a real run would take 4 steps on GitHub as it is now',
        ...steps.map((s) => `  would ${s}`),
        '::notice::dry run: nothing was committed, uploaded or published',
      ]),
    );
    expect(r.summary).toContain(
      '### Dry run: what a real run would do\n\na real run would take 4 steps on GitHub as it is now\n\n',
    );
    expect(r.summary).toContain(steps.map((s) => `1. ${s}`).join('\n'));
    // The workspace holds what a real run would record; no artifact is uploaded.
    const appCompose = readFileSync(join(workspace, FILES[1] ?? ''));
    expect(r.outputs['compose-hash']).toBe(sha256(appCompose));
    expect(r.outputs['commit-sha']).toBe('');
    expect(r.stdout).not.toMatch(/artifact/);
  });

  it('on a recorded tag: says there is nothing to do, with the recorded bytes, and writes nothing', async () => {
    const first = await runAction(server, workspace, inputs(), { env: { GITHUB_RUN_ID: '1' } });
    expect(first.code).toBe(0);
    const recorded = readFileSync(join(workspace, FILES[0] ?? ''));
    server.clearRequests();

    const r = await runAction(server, workspace, inputs(app.digest, { 'dry-run': 'true' }), {
      env: { GITHUB_RUN_ID: '2', SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(r.code).toBe(0);
    expect(lines(r, '')).toContain(
      'dry run: nothing to do: v1.0.0 is already recorded on `main` as this same release',
    );
    expect(lines(r, '  would ')).toEqual([]);
    expect(r.summary).toContain(
      'nothing to do: v1.0.0 is already recorded on `main` as this same release',
    );
    expect(writes()).toEqual([]);
    // The workspace gets the record already on the branch, as a real re-run would.
    expect(readFileSync(join(workspace, FILES[0] ?? '')).equals(recorded)).toBe(true);
  });

  it('with a plan that refuses: fails as the real run would, saying it was a dry run', async () => {
    expect((await runAction(server, workspace, inputs(other.digest))).code).toBe(0);
    server.clearRequests();
    const r = await dry();
    expect(r.code).toBe(1);
    const [error = ''] = lines(r, '::error::');
    expect(error).toMatch(
      /^main already records a different v1\.0\.0 \(.*\); set overwrite: true to replace it \(dry run: nothing was changed\)$/,
    );
    expect(r.summary).toMatch(
      /a real run would be refused: main already records a different v1\.0\.0/,
    );
    expect(writes()).toEqual([]);
    expect(await server.commitsOn('main')).toHaveLength(2);

    // With overwrite the plan replaces it: the steps say so.
    const allowed = await dry({ overwrite: 'true' });
    expect(allowed.code).toBe(0);
    expect(lines(allowed, '  would ')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^commit `releases\/v1\.0\.0-release-info\.json`, .* to `main`/),
        expect.stringMatching(
          /^replace the assets `v1\.0\.0-release-info\.json`, .* of release v1\.0\.0 \(id \d+, published\)$/,
        ),
      ]),
    );
    expect(writes()).toEqual([]);
  });

  it('without a token: still generates and checks, says GitHub was not read', async () => {
    const r = await runAction(undefined, workspace, inputs(app.digest, { 'dry-run': 'true' }));
    expect(r.code).toBe(0);
    expect(lines(r, '')).toContain(
      'dry run: GitHub was not read (no token was given), so what a real run would change there is not known',
    );
    expect(r.summary).toContain('GitHub was not read');
    expect(existsSync(join(workspace, FILES[0] ?? ''))).toBe(true);
    expect(server.requests).toEqual([]);
  });
});

/**
 * The API, except that the release list never ends: every page holds a hundred releases of other
 * tags and links to the next.
 */
async function endlessReleaseList(
  api: string,
): Promise<{ url: string; pages: () => number; stop: () => Promise<void> }> {
  let pages = 0;
  const proxy: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    if (req.method === 'GET' && url.pathname === '/repos/acme/app/releases') {
      const page = Number(url.searchParams.get('page') ?? '1');
      pages++;
      const releases = Array.from({ length: 100 }, (_, i) => ({
        id: page * 1000 + i,
        tag_name: `nightly-${page}-${i}`,
        draft: false,
        prerelease: false,
        body: '',
        assets: [],
      }));
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `<http://${req.headers.host ?? ''}${next.pathname}${next.search}>; rel="next"`,
      });
      res.end(JSON.stringify(releases));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          ([k]) => !['host', 'content-length', 'connection'].includes(k),
        ),
      ) as Record<string, string>;
      void fetch(`${api}${req.url ?? ''}`, {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length > 0 && { body: Buffer.concat(chunks) }),
        redirect: 'manual',
      }).then(async (answer) => {
        const body = Buffer.from(await answer.arrayBuffer());
        const kept = ['content-type', 'link', 'location'].flatMap((k) => {
          const v = answer.headers.get(k);
          return v === null ? [] : [[k, v] as const];
        });
        res.writeHead(answer.status, Object.fromEntries(kept));
        res.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    pages: () => pages,
    stop: () => new Promise((resolve) => proxy.close(() => resolve())),
  };
}

suite('checked before anything remote changes, and changes under the run', () => {
  it('the record is dated SOURCE_DATE_EPOCH, as the CLI dates it', async () => {
    const r = await runAction(server, workspace, inputs(), {
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(recordIn(workspace).created_at).toBe('2026-01-01T00:00:00Z');
    const committed = await server.git.readFile(
      r.outputs['commit-sha'] ?? '',
      'releases/v1.0.0-release-info.json',
    );
    expect(JSON.parse(committed?.toString() ?? '{}')).toMatchObject({
      created_at: '2026-01-01T00:00:00Z',
    });
  });

  it('a SOURCE_DATE_EPOCH that is no number of seconds is refused, before anything is read', async () => {
    const r = await runAction(server, workspace, inputs(), {
      env: { SOURCE_DATE_EPOCH: 'yesterday' },
    });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      'SOURCE_DATE_EPOCH: "yesterday" is not a number of seconds since 1970',
    ]);
    expect(server.requests).toEqual([]);
  });

  it('a SemVer tag too long to name the files fails in the check step: nothing is read or written', async () => {
    const tag = `v1.0.0-${'a'.repeat(240)}`;
    const r = await runAction(server, workspace, inputs(), { tag });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      `tag: the tag is 247 characters long, so the file v1.0.0-aaaaa…-docker-compose.yml would be named with 266 bytes; a file name takes at most 255`,
    ]);
    expect(server.requests).toEqual([]);
    expect(server.releases()).toEqual([]);
    expect(await server.commitsOn('main')).toHaveLength(1);
  });

  it('a release list that never ends is followed for a bounded number of pages, then the run fails', async () => {
    const endless = await endlessReleaseList(server.url);
    try {
      const r = await runAction(server, workspace, inputs(), {
        env: { GITHUB_API_URL: endless.url },
        timeoutMs: 180_000,
      });
      expect(r.code).toBe(1);
      expect(errors(r)).toEqual([
        'listing the releases of acme/app to find the drafts of v1.0.0: read 1000 pages in this run and the list went on; a list that long (or one that never ends) is not followed further',
      ]);
      expect(endless.pages()).toBe(1000);
      expect(writes()).toEqual([]);
    } finally {
      await endless.stop();
    }
  }, 240_000);

  it('an upload that loses a race to the new draft: the executor looks again, plans again and puts it right', async () => {
    // Another upload of the record file reaches the draft while this run's uploads are on their way.
    server.slowNext('POST', /\/releases\/\d+\/assets/, 1500, 3);
    server.beforeRefUpdate(() => {
      const [draft] = server.releases('v1.0.0');
      server.addAsset(Number(draft?.['id']), {
        name: 'v1.0.0-release-info.json',
        content: 'another upload',
      });
    });
    const r = await runAction(server, workspace, inputs());
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'looking again: another upload of v1.0.0-release-info.json reached the new draft first',
    );
    // One loop: a second look at GitHub, the plan made again (replace the other bytes), no re-read
    // of the assets inside the uploads.
    expect(server.count('repos/get-release-by-tag')).toBe(2);
    expect(server.count('repos/list-release-assets')).toBe(0);
    expect(server.count('repos/delete-release-asset')).toBe(1);
    const [release] = server.releases('v1.0.0') as { draft: boolean }[];
    expect(release?.draft).toBe(false);
    for (const name of ['release-info.json', 'app-compose.json', 'docker-compose.yml']) {
      const file = `v1.0.0-${name}`;
      expect(
        server.assetBytes('v1.0.0', file)?.equals(readFileSync(join(workspace, 'releases', file))),
        file,
      ).toBe(true);
    }
  });

  it.each([
    ['a hand-written app-compose', 'releases/v1.0.0-app-compose.json', '{"name": "mine"}\n'],
    ['a lone docker-compose', 'releases/v1.0.0-docker-compose.yml', 'services: {}\n'],
  ])(
    '%s on the branch, no record beside it: refused naming overwrite, replaced with it',
    async (_name, path, content) => {
      await server.commitOnBranch('main', { [path]: content }, 'written by hand');
      const refused = await runAction(server, workspace, inputs());
      expect(refused.code).toBe(1);
      expect(errors(refused)).toEqual([
        `main already records a different v1.0.0 (main:${path} is there without main:releases/v1.0.0-release-info.json, and not this release's); set overwrite: true to replace it`,
      ]);
      expect(writes()).toEqual([]);

      const replaced = await runAction(
        server,
        workspace,
        inputs(app.digest, { overwrite: 'true' }),
      );
      expect(errors(replaced)).toEqual([]);
      expect(replaced.code).toBe(0);
      expect(
        (await server.git.readFile(replaced.outputs['commit-sha'] ?? '', path))?.toString(),
      ).not.toBe(content);
    },
  );
});
