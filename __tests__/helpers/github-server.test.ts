import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runActions, type ActionRun } from './action.js';
import { tempDir } from './cli.js';
import {
  openApi,
  sequentialRoundTrips,
  start,
  storedAssetName,
  type GitHubServer,
  type RecordedRequest,
} from './github-server.js';

let server: GitHubServer;

interface Answer {
  readonly status: number;
  readonly json: unknown;
  readonly headers: Headers;
  readonly bytes: Buffer;
}

/** A plain HTTP call, as any client would make it. */
async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Answer> {
  const url = path.startsWith('http') ? path : `${server.url}${path}`;
  const init: RequestInit = {
    method,
    headers: {
      authorization: `token ${server.token}`,
      accept: 'application/vnd.github+json',
      ...(body !== undefined &&
        !(body instanceof Buffer) && { 'content-type': 'application/json' }),
      ...headers,
    },
    redirect: 'manual',
    ...(signal && { signal }),
  };
  if (body instanceof Buffer) init.body = body;
  else if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(url, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    json = undefined;
  }
  return { status: response.status, json, headers: response.headers, bytes };
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown, key: string): string => String(field(value, key));

const repoPath = (): string => `/repos/${server.owner}/${server.repo}`;

const ALREADY_EXISTS = {
  message: 'Validation Failed',
  errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
};

/** Waits until `check()` holds (things the server records when a connection closes, say). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

beforeEach(async () => {
  server = await start();
});

afterEach(async () => {
  await server.stop();
});

describe('OpenAPI description', () => {
  it.each([
    ['GET', '/repos/o/r', 'repos/get', {}],
    ['GET', '/repos/o/r/git/ref/heads%2Fmain', 'git/get-ref', { ref: 'heads/main' }],
    ['GET', '/repos/o/r/git/ref/heads/feature/x', 'git/get-ref', { ref: 'heads/feature/x' }],
    ['PATCH', '/repos/o/r/git/refs/heads%2Fmain', 'git/update-ref', { ref: 'heads/main' }],
    [
      'GET',
      '/repos/o/r/contents/releases%2Fv1.json',
      'repos/get-content',
      { path: 'releases/v1.json' },
    ],
    [
      'GET',
      '/repos/o/r/releases/tags/v1.0.0%2Bbuild',
      'repos/get-release-by-tag',
      { tag: 'v1.0.0+build' },
    ],
    ['GET', '/repos/o/r/releases/12', 'repos/get-release', { release_id: '12' }],
    ['GET', '/repos/o/r/releases/latest', 'repos/get-latest-release', {}],
    ['POST', '/repos/o/r/releases/12/assets', 'repos/upload-release-asset', { release_id: '12' }],
    ['GET', '/repos/o/r/releases/assets/7', 'repos/get-release-asset', { asset_id: '7' }],
  ])('%s %s is %s', (method, path, operation, params) => {
    const matched = openApi().match(method, path);
    expect(matched?.route.operation.operationId).toBe(operation);
    expect(matched?.params).toMatchObject({ owner: 'o', repo: 'r', ...params });
  });

  it.each([
    ['GET', '/repos/o/r/git/refs/heads/main'], // reading a ref is /git/ref/, singular
    ['PATCH', '/repos/o/r/git/ref/heads/main'],
    ['GET', '/repos/o/r/releases/abc'], // release_id is an integer
    ['POST', '/repos/o/r/releases/tags/v1'],
  ])('%s %s is no operation', (method, path) => {
    expect(openApi().match(method, path)).toBeUndefined();
  });

  const route = (method: string, path: string) => {
    const matched = openApi().match(method, path);
    if (!matched) throw new Error(`no route ${method} ${path}`);
    return matched.route;
  };
  const json = { 'content-type': 'application/json' };

  it.each([
    [
      'POST',
      '/repos/o/r/git/trees',
      { tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'x' }] },
      [],
    ],
    ['POST', '/repos/o/r/git/trees', { base_tree: 'abc' }, ['"tree" wasn\'t supplied.']],
    [
      'POST',
      '/repos/o/r/git/trees',
      { tree: [{ path: 'a', mode: '100645', type: 'blob' }] },
      [
        'For \'tree/0/mode\', "100645" is not a member of ["100644","100755","040000","160000","120000"].',
      ],
    ],
    [
      'PATCH',
      '/repos/o/r/git/refs/heads%2Fmain',
      { sha: 'a', force: 'yes' },
      ['For \'force\', "yes" is not a boolean.'],
    ],
    [
      'POST',
      '/repos/o/r/git/commits',
      { message: 'm', tree: 't', parents: 'p' },
      ['For \'parents\', "p" is not an array.'],
    ],
    ['POST', '/repos/o/r/releases', { name: 'x' }, ['"tag_name" wasn\'t supplied.']],
    [
      'PATCH',
      '/repos/o/r/releases/1',
      { draft: 'false' },
      ['For \'draft\', "false" is not a boolean.'],
    ],
    // What only a validator that follows the whole description catches: formats, and the
    // nullable and nested shapes of its schemas.
    [
      'POST',
      '/repos/o/r/git/commits',
      { message: 'm', tree: 't', author: { name: 'a', email: 'e', date: 'yesterday' } },
      ['For \'author/date\', "yesterday" is not a valid date-time.'],
    ],
    [
      'POST',
      '/repos/o/r/releases',
      { tag_name: 'v1', make_latest: 'yes' },
      ['For \'make_latest\', "yes" is not a member of ["true","false","legacy"].'],
    ],
    [
      'POST',
      '/repos/o/r/git/trees',
      { tree: [{ path: 'a', mode: '100644', type: 'blob', sha: 7 }] },
      ["For 'tree/0/sha', 7 is not a string."],
    ],
    [
      'POST',
      '/repos/o/r/git/trees',
      { base_tree: 'b', tree: [{ path: 'a', mode: '100644', type: 'blob', sha: null }] },
      [],
    ],
  ])('%s %s %j: %j', (method, path, body, problems) => {
    const checked = openApi().checkRequest(
      route(method, path),
      new URLSearchParams(),
      json,
      Buffer.from(JSON.stringify(body)),
    );
    expect(checked.problems).toEqual(problems);
  });

  // A URL, as the description's `format: uri` wants one.
  const u = 'https://api.github.com/repos/o/r/git/refs/heads/main';
  it.each([
    [
      'a complete ref',
      {
        ref: 'refs/heads/main',
        node_id: 'x',
        url: u,
        object: { type: 'commit', sha: 'a'.repeat(40), url: u },
      },
      200,
      [],
    ],
    [
      'a ref without node_id',
      {
        ref: 'refs/heads/main',
        url: u,
        object: { type: 'commit', sha: 'a'.repeat(40), url: u },
      },
      200,
      ['"node_id" wasn\'t supplied.'],
    ],
    [
      'a short sha',
      { ref: 'r', node_id: 'x', url: u, object: { type: 'commit', sha: 'abc', url: u } },
      200,
      ["'object/sha' is shorter than 40."],
    ],
    ['an undocumented success status', {}, 201, ['status 201 is not documented (200, 404, 409)']],
    ['an error body', { message: 'Not Found' }, 404, []],
  ])('checks responses of this server against the schema: %s', (_name, body, status, problems) => {
    expect(
      openApi().checkResponse(route('GET', '/repos/o/r/git/ref/heads/main'), status, body),
    ).toEqual(problems);
  });

  it('requires the name of an upload and its length', () => {
    const upload = route('POST', '/repos/o/r/releases/1/assets');
    const ok = openApi().checkRequest(
      upload,
      new URLSearchParams('name=a.json'),
      { 'content-type': 'application/json', 'content-length': '2' },
      Buffer.from('{}'),
    );
    expect(ok.problems).toEqual([]);
    const bad = openApi().checkRequest(
      upload,
      new URLSearchParams(),
      { 'content-type': 'application/json' },
      Buffer.from('{}'),
    );
    expect(bad.problems).toEqual([
      'query parameter "name" wasn\'t supplied.',
      'Content-Length is required.',
    ]);
  });

  it.each([
    ['per_page=abc', ['For query parameter "per_page", "abc" is not an integer.']],
    ['per_page=10&page=2', []],
  ])('checks query parameters by their type: %s', (query, problems) => {
    const list = route('GET', '/repos/o/r/releases');
    expect(
      openApi().checkRequest(list, new URLSearchParams(query), {}, Buffer.alloc(0)).problems,
    ).toEqual(problems);
  });

  it('checks a response through the components it refers to, nullable fields included', async () => {
    const release = server.addRelease({ tag: 'v1.0.0', name: null, body: null });
    server.addAsset(Number(release['id']), { name: 'a.json', content: '{}', digest: false });
    const get = route('GET', '/repos/o/r/releases/1');
    const json = server.release('v1.0.0');
    // As served: name, body and the asset's digest are null, as GitHub's description allows.
    expect(json).toMatchObject({ name: null, body: null, assets: [{ digest: null }] });
    expect(openApi().checkResponse(get, 200, json)).toEqual([]);
    // A wrong type two components deep (release → release-asset → simple-user).
    const broken = structuredClone(json) as { assets: { uploader: Record<string, unknown> }[] };
    const uploader = broken.assets[0]?.uploader;
    if (uploader) uploader['id'] = 'x';
    expect(openApi().checkResponse(get, 200, broken)).toEqual([
      'For \'assets/0/uploader/id\', "x" is not an integer.',
    ]);
  });

  it('words a response that fits none of the alternatives as one problem', () => {
    const content = route('GET', '/repos/o/r/contents/a.txt');
    expect(openApi().checkResponse(content, 200, { type: 'file' })).toEqual([
      'the body: {"type":"file"} fits none of the allowed shapes.',
    ]);
  });
});

describe('authentication and errors', () => {
  it.each([
    [undefined, 'Requires authentication'],
    ['token wrong', 'Bad credentials'],
    ['Basic abc', 'Requires authentication'],
  ])('authorization %s is refused with 401', async (authorization, message) => {
    const response = await call(
      'GET',
      repoPath(),
      undefined,
      authorization === undefined ? { authorization: '' } : { authorization },
    );
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ message, status: '401' });
    expect(text(response.json, 'documentation_url')).toMatch(/^https:\/\/docs\.github\.com\//);
  });

  it('accepts a Bearer token', async () => {
    const response = await call('GET', repoPath(), undefined, {
      authorization: `Bearer ${server.token}`,
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      default_branch: 'main',
      full_name: `${server.owner}/${server.repo}`,
    });
  });

  it('answers 404 for another repository', async () => {
    const response = await call('GET', '/repos/someone/else');
    expect(response.status).toBe(404);
    expect(server.violations).toEqual([]);
  });

  it('refuses and records a request that is no operation of the API', async () => {
    const response = await call('GET', `${repoPath()}/git/refs/heads/main`);
    expect(response.status).toBe(404);
    expect(server.violations).toEqual([
      expect.objectContaining({
        kind: 'request',
        method: 'GET',
        problems: [expect.stringMatching(/no operation/)],
      }),
    ]);
  });

  it('refuses and records a body GitHub would reject', async () => {
    const response = await call('POST', `${repoPath()}/git/trees`, {
      tree: [{ path: 'a', mode: 'x', type: 'blob', content: '' }],
    });
    expect(response.status).toBe(422);
    expect(text(response.json, 'message')).toMatch(/^Invalid request\./);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]?.problems.join()).toMatch(/tree\/0\/mode/);
  });

  it.each([
    [
      'a make_latest GitHub does not know',
      'POST',
      '/releases',
      { tag_name: 'v1', make_latest: 'maybe' },
      /make_latest/,
    ],
    [
      'a wrong type inside a tree entry',
      'POST',
      '/git/trees',
      { tree: [{ path: 1, mode: '100644', type: 'blob', content: 'x' }] },
      /'tree\/0\/path', 1 is not a string/,
    ],
    [
      'an author date that is no date-time',
      'POST',
      '/git/commits',
      { message: 'm', tree: 'a'.repeat(40), author: { name: 'a', email: 'a@b', date: '1.1.2024' } },
      /'author\/date'.*date-time/,
    ],
    ['a per_page that is no integer', 'GET', '/releases?per_page=many', undefined, /per_page/],
  ])('refuses 422 and records %s', async (_name, method, path, body, problem) => {
    const response = await call(method, `${repoPath()}${path}`, body);
    expect(response.status).toBe(422);
    expect(text(response.json, 'message')).toMatch(/^Invalid request\./);
    expect(server.violations).toEqual([
      expect.objectContaining({
        kind: 'request',
        method,
        problems: [expect.stringMatching(problem)],
      }),
    ]);
    expect(server.requests.map((r) => r.status)).toEqual([422]);
  });

  it.each([
    ['PUT', '/releases/1000'],
    ['DELETE', '/git/trees/abc'],
    ['GET', '/releases/tags'],
  ])('refuses 404 and records %s %s, which is no operation', async (method, path) => {
    const response = await call(method, `${repoPath()}${path}`);
    expect(response.status).toBe(404);
    expect(server.violations).toEqual([
      expect.objectContaining({
        kind: 'request',
        method,
        problems: [expect.stringMatching(/^no operation/)],
      }),
    ]);
  });

  it('records an answer of its own that the description does not allow', async () => {
    // A failed upload's leftover: GitHub shows it as `starter`, a state its description omits.
    const release = server.addDraftRelease('v1.0.0');
    const asset = server.addAsset(Number(release['id']), {
      name: 'a',
      content: '',
      state: 'starter',
    });
    const response = await call('GET', `${repoPath()}/releases/assets/${asset['id']}`);
    expect(response.status).toBe(200);
    expect(server.violations).toEqual([
      expect.objectContaining({
        kind: 'response',
        method: 'GET',
        problems: ['For \'state\', "starter" is not a member of ["uploaded","open"].'],
      }),
    ]);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await call('POST', `${repoPath()}/git/blobs`, Buffer.from('{nope'), {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ message: 'Problems parsing JSON' });
  });

  it('fails the next matching requests on demand, then recovers', async () => {
    server.failNext('GET', /^\/repos\/[^/]+\/[^/]+$/, 502, 2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('GET', repoPath())).status);
    expect(statuses).toEqual([502, 502, 200]);
    expect(server.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });
});

describe('git data', () => {
  it('builds a real tree and commit that git shows, and moves the branch', async () => {
    const head = await server.branchHead();
    const commit = await call('GET', `${repoPath()}/git/commits/${head}`);
    expect(commit.status).toBe(200);
    const baseTree = text(field(commit.json, 'tree'), 'sha');

    const blob = await call('POST', `${repoPath()}/git/blobs`, {
      content: Buffer.from([0xff, 0, 1]).toString('base64'),
      encoding: 'base64',
    });
    expect(blob.status).toBe(201);
    const tree = await call('POST', `${repoPath()}/git/trees`, {
      base_tree: baseTree,
      tree: [
        {
          path: 'releases/v1.0.0-release-info.json',
          mode: '100644',
          type: 'blob',
          content: '{\r\n "a": "é"\r\n}',
        },
        {
          path: 'releases/deep/bin.dat',
          mode: '100644',
          type: 'blob',
          sha: text(blob.json, 'sha'),
        },
      ],
    });
    expect(tree.status).toBe(201);
    const entries = field(tree.json, 'tree') as { path: string; type: string }[];
    expect(entries.map((e) => [e.path, e.type])).toEqual([
      ['README.md', 'blob'],
      ['releases', 'tree'],
    ]);

    const created = await call('POST', `${repoPath()}/git/commits`, {
      message: 'record v1.0.0',
      tree: text(tree.json, 'sha'),
      parents: [head],
    });
    expect(created.status).toBe(201);
    const sha = text(created.json, 'sha');
    expect(field(created.json, 'verification')).toMatchObject({ verified: true, reason: 'valid' });

    const moved = await call('PATCH', `${repoPath()}/git/refs/heads%2Fmain`, { sha, force: false });
    expect(moved.status).toBe(200);
    expect(await server.branchHead()).toBe(sha);

    expect(
      (await server.git.out(['show', `${sha}:releases/v1.0.0-release-info.json`])).toString('utf8'),
    ).toBe('{\r\n "a": "é"\r\n}');
    expect(await server.git.out(['cat-file', 'blob', `${sha}:releases/deep/bin.dat`])).toEqual(
      Buffer.from([0xff, 0, 1]),
    );
    expect(await server.git.text(['log', '--format=%s|%P', 'main'])).toBe(
      `record v1.0.0|${head}\nInitial commit|`,
    );
    expect(await server.git.text(['show', '--format=', '--name-only', sha])).toBe(
      'releases/deep/bin.dat\nreleases/v1.0.0-release-info.json',
    );
    expect(server.violations).toEqual([]);
  });

  it('deletes with sha null and drops emptied directories', async () => {
    const head = (await server.branchHead()) ?? '';
    await server.commitOnBranch('main', { 'a/b/c.txt': 'c', 'a/d.txt': 'd' });
    const base = (await server.git.readCommit((await server.branchHead()) ?? '')).tree;
    const tree = await call('POST', `${repoPath()}/git/trees`, {
      base_tree: base,
      tree: [{ path: 'a/b/c.txt', mode: '100644', type: 'blob', sha: null }],
    });
    expect(tree.status).toBe(201);
    const listing = await server.git.text(['ls-tree', '-r', '--name-only', text(tree.json, 'sha')]);
    expect(listing).toBe('README.md\na/d.txt');
    expect(head).toMatch(/^[0-9a-f]{40}$/);
  });

  it.each([
    [{ path: '../x', mode: '100644', type: 'blob', content: '' }, /malformed path/],
    [{ path: 'x', mode: '100644', type: 'tree', content: '' }, /does not match/],
    [{ path: 'x', mode: '100644', type: 'blob', sha: 'f'.repeat(40) }, /not a valid blob/],
    [
      { path: 'x', mode: '100644', type: 'blob', sha: 'f'.repeat(40), content: 'x' },
      /either tree.sha or tree.content/,
    ],
    [{ path: 'README.md/x', mode: '100644', type: 'blob', content: '' }, /is a file/],
  ])('refuses tree entry %j with 422', async (entry, message) => {
    const head = (await server.branchHead()) ?? '';
    const base = (await server.git.readCommit(head)).tree;
    const tree = await call('POST', `${repoPath()}/git/trees`, { base_tree: base, tree: [entry] });
    expect(tree.status).toBe(422);
    expect(text(tree.json, 'message')).toMatch(message);
  });

  it('refuses a ref update that is not a fast forward, unless forced', async () => {
    const head = (await server.branchHead()) ?? '';
    const tree = (await server.git.readCommit(head)).tree;
    const orphan = await call('POST', `${repoPath()}/git/commits`, {
      message: 'orphan',
      tree,
      parents: [],
    });
    const sha = text(orphan.json, 'sha');

    const refused = await call('PATCH', `${repoPath()}/git/refs/heads/main`, { sha, force: false });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ message: 'Update is not a fast forward', status: '422' });
    expect(await server.branchHead()).toBe(head);

    const forced = await call('PATCH', `${repoPath()}/git/refs/heads/main`, { sha, force: true });
    expect(forced.status).toBe(200);
    expect(await server.branchHead()).toBe(sha);
  });

  it('moves the branch itself before a ref update when asked', async () => {
    const head = (await server.branchHead()) ?? '';
    const tree = (await server.git.readCommit(head)).tree;
    const mine = await call('POST', `${repoPath()}/git/commits`, {
      message: 'mine',
      tree,
      parents: [head],
    });
    let theirs = '';
    server.beforeRefUpdate(async ({ branch }) => {
      theirs = await server.commitOnBranch(branch, { 'other.txt': 'other' });
    });
    const refused = await call('PATCH', `${repoPath()}/git/refs/heads/main`, {
      sha: text(mine.json, 'sha'),
    });
    expect(refused.status).toBe(422);
    expect(await server.branchHead()).toBe(theirs);
    expect((await server.git.readFile('main', 'other.txt'))?.toString()).toBe('other');
  });

  it('reads a ref, a tree (also by commit) and a missing ref', async () => {
    const head = (await server.branchHead()) ?? '';
    const ref = await call('GET', `${repoPath()}/git/ref/heads/main`);
    expect(ref.json).toMatchObject({
      ref: 'refs/heads/main',
      object: { type: 'commit', sha: head },
    });
    expect((await call('GET', `${repoPath()}/git/ref/heads/nope`)).status).toBe(404);
    const tree = await call('GET', `${repoPath()}/git/trees/${head}`);
    expect(text(tree.json, 'sha')).toBe((await server.git.readCommit(head)).tree);
    expect(server.violations).toEqual([]);
  });

  it('serves file contents as exact base64, and large files through the blob API', async () => {
    const bytes = Buffer.concat([Buffer.from('line\r\nnext\n'), Buffer.from([0xc3, 0x28, 0xff])]);
    const big = Buffer.alloc(1024 * 1024 + 10, 'x');
    const sha = await server.commitOnBranch('main', { 'releases/raw.bin': bytes, 'big.txt': big });
    const file = await call('GET', `${repoPath()}/contents/releases%2Fraw.bin?ref=${sha}`);
    expect(file.status).toBe(200);
    expect(file.json).toMatchObject({
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      path: 'releases/raw.bin',
    });
    expect(Buffer.from(text(file.json, 'content'), 'base64')).toEqual(bytes);

    const large = await call('GET', `${repoPath()}/contents/big.txt`);
    expect(large.json).toMatchObject({ encoding: 'none', content: '', size: big.length });
    const blob = await call('GET', `${repoPath()}/git/blobs/${text(large.json, 'sha')}`);
    expect(Buffer.from(text(blob.json, 'content'), 'base64').equals(big)).toBe(true);

    expect((await call('GET', `${repoPath()}/contents/releases/none.json?ref=${sha}`)).status).toBe(
      404,
    );
    const dir = await call('GET', `${repoPath()}/contents/releases`);
    expect((dir.json as { name: string }[]).map((e) => e.name)).toEqual(['raw.bin']);
    expect(server.violations).toEqual([]);
  });
});

describe('releases', () => {
  it('hides drafts from the by-tag endpoint but lists them', async () => {
    const draft = server.addDraftRelease('v1.0.0');
    expect((await call('GET', `${repoPath()}/releases/tags/v1.0.0`)).status).toBe(404);
    const list = await call('GET', `${repoPath()}/releases`);
    expect((list.json as { id: number; draft: boolean }[]).map((r) => [r.id, r.draft])).toEqual([
      [draft['id'], true],
    ]);
    server.addRelease({ tag: 'v0.9.0' });
    expect((await call('GET', `${repoPath()}/releases/tags/v0.9.0`)).json).toMatchObject({
      tag_name: 'v0.9.0',
      draft: false,
    });
    expect(server.violations).toEqual([]);
  });

  it('pages the release list with Link headers', async () => {
    for (let i = 0; i < 205; i++) server.addRelease({ tag: `v0.0.${i}` });
    const first = await call('GET', `${repoPath()}/releases?per_page=100`);
    expect((first.json as unknown[]).length).toBe(100);
    const link = first.headers.get('link') ?? '';
    expect(link).toMatch(/page=2>; rel="next"/);
    expect(link).toMatch(/page=3>; rel="last"/);
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '';
    const second = await call('GET', next);
    expect((second.json as { tag_name: string }[])[0]?.tag_name).toBe('v0.0.104');
    const third = await call('GET', `${repoPath()}/releases?per_page=100&page=3`);
    expect((third.json as unknown[]).length).toBe(5);
    expect(third.headers.get('link')).not.toMatch(/rel="next"/);
  });

  it('keeps one published release per tag; drafts share tags with each other and with it', async () => {
    const create = (body: Record<string, unknown>) =>
      call('POST', `${repoPath()}/releases`, { tag_name: 'v1.0.0', ...body });
    const draftA = await create({ draft: true });
    expect(draftA.status).toBe(201);
    expect(draftA.json).toMatchObject({ draft: true, published_at: null, immutable: false });
    const draftB = await create({ draft: true });
    expect(draftB.status).toBe(201);
    const published = await create({});
    expect(published.status).toBe(201);
    expect(published.json).toMatchObject({ draft: false, tag_name: 'v1.0.0' });

    for (const body of [{}, { draft: false }]) {
      const second = await create(body);
      expect(second.status).toBe(422);
      expect(second.json).toMatchObject(ALREADY_EXISTS);
    }
    // Publishing a draft of the tag is refused alike; so is moving another published release onto it.
    const publish = await call('PATCH', `${repoPath()}/releases/${field(draftA.json, 'id')}`, {
      draft: false,
    });
    expect(publish.status).toBe(422);
    expect(publish.json).toMatchObject(ALREADY_EXISTS);
    const other = server.addRelease({ tag: 'v0.9.0' });
    const move = await call('PATCH', `${repoPath()}/releases/${other['id']}`, {
      tag_name: 'v1.0.0',
    });
    expect(move.status).toBe(422);
    // A draft may take the tag.
    expect(
      (await call('PATCH', `${repoPath()}/releases/${field(draftB.json, 'id')}`, { name: 'x' }))
        .status,
    ).toBe(200);

    const byTag = await call('GET', `${repoPath()}/releases/tags/v1.0.0`);
    expect(field(byTag.json, 'id')).toBe(field(published.json, 'id'));
    const list = await call('GET', `${repoPath()}/releases`);
    expect((list.json as { id: number; draft: boolean }[]).map((r) => [r.id, r.draft])).toEqual([
      [other['id'], false],
      [field(published.json, 'id'), false],
      [field(draftB.json, 'id'), true],
      [field(draftA.json, 'id'), true],
    ]);
    expect(server.releases('v1.0.0').map((r) => r['draft'])).toEqual([false, true, true]);
    expect(server.release('v1.0.0')?.['id']).toBe(field(published.json, 'id'));

    // With the published one gone, a draft can be published.
    const deleted = await call('DELETE', `${repoPath()}/releases/${field(published.json, 'id')}`);
    expect(deleted.status).toBe(204);
    const retry = await call('PATCH', `${repoPath()}/releases/${field(draftA.json, 'id')}`, {
      draft: false,
    });
    expect(retry.status).toBe(200);
    expect(field((await call('GET', `${repoPath()}/releases/tags/v1.0.0`)).json, 'id')).toBe(
      field(draftA.json, 'id'),
    );
    expect(server.violations).toEqual([]);
  });

  it('pages drafts and published releases together, newest first', async () => {
    for (let i = 0; i < 5; i++) {
      server.addRelease({ tag: `v0.0.${i}` });
      server.addDraftRelease(`v0.0.${i}`);
    }
    const first = await call('GET', `${repoPath()}/releases?per_page=4`);
    expect((first.json as { tag_name: string; draft: boolean }[]).map((r) => r.draft)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(first.headers.get('link')).toMatch(/page=3>; rel="last"/);
    const last = await call('GET', `${repoPath()}/releases?per_page=4&page=3`);
    expect((last.json as { tag_name: string }[]).map((r) => r.tag_name)).toEqual([
      'v0.0.0',
      'v0.0.0',
    ]);
  });

  it('uploads, lists, downloads and deletes assets on the uploads host', async () => {
    const release = server.addDraftRelease('v1.0.0');
    const uploadUrl = text(release, 'upload_url');
    expect(uploadUrl).toBe(
      `${server.uploadsUrl}/repos/${server.owner}/${server.repo}/releases/${release['id']}/assets{?name,label}`,
    );
    const base = uploadUrl.replace(/\{.*\}$/, '');
    const bytes = Buffer.from('{"a":1}');
    const headers = { 'content-type': 'application/json' };
    const uploaded = await call(
      'POST',
      `${base}?name=v1.0.0%2Bb-info.json&label=v1.0.0%2Bb-info.json`,
      bytes,
      headers,
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.json).toMatchObject({
      name: 'v1.0.0.b-info.json',
      label: 'v1.0.0+b-info.json',
      state: 'uploaded',
      size: bytes.length,
      content_type: 'application/json',
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    });
    const again = await call('POST', `${base}?name=v1.0.0.b-info.json`, bytes, headers);
    expect(again.status).toBe(422);
    expect(again.json).toMatchObject({ errors: [{ code: 'already_exists', field: 'name' }] });

    const id = Number(field(uploaded.json, 'id'));
    const redirect = await call('GET', `${repoPath()}/releases/assets/${id}`, undefined, {
      accept: 'application/octet-stream',
    });
    expect(redirect.status).toBe(302);
    const download = await fetch(redirect.headers.get('location') ?? '');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);

    // The API host does not take uploads.
    expect(
      (await call('POST', `${repoPath()}/releases/${release['id']}/assets?name=x`, bytes, headers))
        .status,
    ).toBe(404);
    expect(server.violations.map((v) => v.kind)).toEqual(['request']);
    server.violations.length = 0;

    expect((await call('DELETE', `${repoPath()}/releases/assets/${id}`)).status).toBe(204);
    expect((await call('GET', `${repoPath()}/releases/${release['id']}/assets`)).json).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('makes published releases immutable when the repository says so, and then refuses asset changes', async () => {
    server.immutableReleases = true;
    const release = server.addDraftRelease('v2.0.0');
    const asset = server.addAsset(Number(release['id']), { name: 'a.txt', content: 'a' });
    const published = await call('PATCH', `${repoPath()}/releases/${release['id']}`, {
      draft: false,
    });
    expect(published.json).toMatchObject({ draft: false, immutable: true });
    const base = text(release, 'upload_url').replace(/\{.*\}$/, '');
    const upload = await call('POST', `${base}?name=b.txt`, Buffer.from('b'), {
      'content-type': 'text/plain',
    });
    expect(upload.status).toBe(422);
    expect(upload.json).toMatchObject({ message: 'Cannot upload assets to an immutable release' });
    expect((await call('DELETE', `${repoPath()}/releases/assets/${asset['id']}`)).status).toBe(422);
    // Title and notes stay editable, as on GitHub; the tag does not.
    expect(
      (await call('PATCH', `${repoPath()}/releases/${release['id']}`, { body: 'notes' })).status,
    ).toBe(200);
    expect(
      (await call('PATCH', `${repoPath()}/releases/${release['id']}`, { tag_name: 'v9' })).status,
    ).toBe(422);
    server.lockImmutableNotes = true;
    expect(
      (await call('PATCH', `${repoPath()}/releases/${release['id']}`, { body: 'other' })).status,
    ).toBe(422);
    expect(server.violations).toEqual([]);
  });

  it('serves the API and uploads under GHES prefixes', async () => {
    const ghes = await start({ ghes: true });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const response = await fetch(`${ghes.url}/repos/${ghes.owner}/${ghes.repo}`, {
        headers: { authorization: `token ${ghes.token}` },
      });
      expect(response.status).toBe(200);
      const release = ghes.addDraftRelease('v1.0.0');
      expect(text(release, 'upload_url').startsWith(`${ghes.serverUrl}/api/uploads/repos/`)).toBe(
        true,
      );
      expect((await fetch(`${ghes.serverUrl}/repos/${ghes.owner}/${ghes.repo}`)).status).toBe(404);
    } finally {
      await ghes.stop();
    }
  });
});

describe('the latest release', () => {
  const latest = () => call('GET', `${repoPath()}/releases/latest`);
  const create = async (tag: string, body: Record<string, unknown> = {}): Promise<number> => {
    const created = await call('POST', `${repoPath()}/releases`, { tag_name: tag, ...body });
    expect(created.status).toBe(201);
    return Number(field(created.json, 'id'));
  };
  const update = async (id: number, body: Record<string, unknown>): Promise<void> => {
    expect((await call('PATCH', `${repoPath()}/releases/${id}`, body)).status).toBe(200);
  };

  it('is 404 while there is no published full release', async () => {
    expect((await latest()).status).toBe(404);
    await create('v1.0.0', { draft: true });
    await create('v2.0.0-rc.1', { prerelease: true });
    await create('v0.1.0', { make_latest: 'false' });
    expect((await latest()).status).toBe(404);
    expect(server.latestReleaseId()).toBeNull();
    expect(server.violations).toEqual([]);
  });

  it('follows make_latest on create and update; drafts and pre-releases never are latest', async () => {
    const v1 = await create('v1.0.0');
    expect(server.latestReleaseId()).toBe(v1);
    expect(field((await latest()).json, 'id')).toBe(v1);

    await create('v2.0.0-rc.1', { prerelease: true, make_latest: 'true' });
    const v09 = await create('v0.9.0', { make_latest: 'false' });
    const draft = await create('v3.0.0', { draft: true, make_latest: 'true' });
    expect(server.latestReleaseId()).toBe(v1);

    const v11 = await create('v1.1.0');
    expect(server.latestReleaseId()).toBe(v11);
    await update(v09, { make_latest: 'true' });
    expect(field((await latest()).json, 'tag_name')).toBe('v0.9.0');
    await update(v09, { make_latest: 'false' }); // the latest stays: GitHub cannot un-set it
    expect(server.latestReleaseId()).toBe(v09);

    // Publishing a draft makes it latest, unless it was told otherwise (now or as a draft).
    const quiet = await create('v5.0.0', { draft: true, make_latest: 'false' });
    await update(quiet, { draft: false });
    expect(server.latestReleaseId()).toBe(v09);
    await update(draft, { draft: false });
    expect(server.latestReleaseId()).toBe(draft);
    // A latest release made a pre-release or a draft again gives way to the legacy choice.
    await update(draft, { prerelease: true });
    expect(server.latestReleaseId()).toBe(quiet);
    await update(quiet, { draft: true });
    expect(server.latestReleaseId()).toBe(v11);
    expect(server.violations).toEqual([]);
  });

  it('legacy: the newest by created_at, then the higher semantic version', async () => {
    const day = (d: number) => `2024-01-0${d}T00:00:00Z`;
    const v2 = Number(server.addRelease({ tag: 'v2.0.0', createdAt: day(2) })['id']);
    const v15 = Number(
      server.addRelease({ tag: 'v1.5.0', createdAt: day(3), makeLatest: 'false' })['id'],
    );
    const v3 = Number(
      server.addRelease({ tag: 'v3.0.0', createdAt: day(2), makeLatest: 'false' })['id'],
    );
    server.addRelease({ tag: 'v4.0.0-rc.1', createdAt: day(5), prerelease: true });
    server.addRelease({ tag: 'nightly', createdAt: day(2), makeLatest: 'false' });
    expect(server.latestReleaseId()).toBe(v2);

    await update(v2, { make_latest: 'legacy' });
    expect(server.latestReleaseId()).toBe(v15);
    expect((await call('DELETE', `${repoPath()}/releases/${v15}`)).status).toBe(204);
    expect(server.latestReleaseId()).toBe(v3); // same day as v2.0.0 and nightly, higher version
    expect(field((await latest()).json, 'tag_name')).toBe('v3.0.0');
  });
});

describe('asset downloads', () => {
  async function uploaded(content: string): Promise<{ release: number; asset: number }> {
    const release = server.addRelease({ tag: 'v1.0.0' });
    const base = text(release, 'upload_url').replace(/\{.*\}$/, '');
    const up = await call('POST', `${base}?name=a.json`, Buffer.from(content), {
      'content-type': 'application/json',
    });
    expect(up.status).toBe(201);
    return { release: Number(release['id']), asset: Number(field(up.json, 'id')) };
  }

  it('redirect to another origin that refuses a request carrying Authorization', async () => {
    const { asset } = await uploaded('{"a":1}');
    const redirect = await call('GET', `${repoPath()}/releases/assets/${asset}`, undefined, {
      accept: 'application/octet-stream',
    });
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('location') ?? '');
    expect(location.origin).toBe(server.storageUrl);
    expect(location.origin).not.toBe(new URL(server.url).origin);

    const withToken = await fetch(location, {
      headers: { authorization: `token ${server.token}` },
    });
    expect(withToken.status).toBe(400);
    expect(withToken.headers.get('content-type')).toBe('application/xml');
    const error = await withToken.text();
    expect(error).toMatch(/<Code>InvalidArgument<\/Code>/);
    expect(error).toMatch(/Only one auth mechanism allowed/);
    expect(error).toMatch(/<ArgumentName>Authorization<\/ArgumentName>/);

    const plain = await fetch(location);
    expect(plain.status).toBe(200);
    expect(await plain.text()).toBe('{"a":1}');
    // fetch drops Authorization when a redirect leaves the origin, so following it works.
    const followed = await fetch(`${server.url}${repoPath()}/releases/assets/${asset}`, {
      headers: { authorization: `token ${server.token}`, accept: 'application/octet-stream' },
    });
    expect(followed.status).toBe(200);
    expect(await followed.text()).toBe('{"a":1}');
    expect(server.requests.filter((r) => r.storage).map((r) => r.status)).toEqual([400, 200, 200]);

    location.searchParams.set('X-Amz-Signature', '0'.repeat(64));
    expect((await fetch(location)).status).toBe(403);
    expect(server.violations).toEqual([]);
  });

  it('serves web download URLs of published releases through storage too', async () => {
    const { release } = await uploaded('bytes');
    const json = (await call('GET', `${repoPath()}/releases/${release}`)).json as {
      assets: { browser_download_url: string; digest: string | null }[];
    };
    const url = json.assets[0]?.browser_download_url ?? '';
    const redirect = await fetch(url, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(new URL(redirect.headers.get('location') ?? '').origin).toBe(server.storageUrl);
    expect(await (await fetch(url)).text()).toBe('bytes');
    expect(json.assets[0]?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const draft = server.addDraftRelease('v2.0.0');
    server.addAsset(Number(draft['id']), { name: 'b.txt', content: 'b' });
    expect((await fetch(url.replace('v1.0.0/a.json', 'v2.0.0/b.txt'))).status).toBe(404);
  });

  it('reports digest only for assets that have one', async () => {
    const release = server.addRelease({
      tag: 'v1.0.0',
      assets: [
        { name: 'old.txt', content: 'old', digest: false },
        { name: 'new.txt', content: 'new' },
      ],
    });
    const assets = (await call('GET', `${repoPath()}/releases/${release['id']}/assets`)).json as {
      name: string;
      digest: string | null;
    }[];
    expect(assets.map((a) => [a.name, a.digest])).toEqual([
      ['old.txt', null],
      ['new.txt', `sha256:${createHash('sha256').update('new').digest('hex')}`],
    ]);
  });
});

describe('stalls and slowness', () => {
  const repoRoute = /^\/repos\/[^/]+\/[^/]+$/;

  it('holds a stalled request open until the client gives up, and records what it asked', async () => {
    server.stallNext('POST', /\/releases$/, 1);
    const body = { tag_name: 'v1.0.0', draft: true };
    const gaveUp = call('POST', `${repoPath()}/releases`, body, {}, AbortSignal.timeout(300));
    await expect(gaveUp).rejects.toThrow(/timeout|aborted/i);
    await until(() => server.stalled[0]?.closedAt != null, 'the stalled connection to close');
    expect(server.stalled).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `${repoPath()}/releases`,
        operation: 'repos/create-release',
        closedBy: 'client',
      }),
    ]);
    expect(JSON.parse(server.stalled[0]?.body.toString() ?? '')).toEqual(body);
    expect(server.releases()).toEqual([]); // never carried out
    expect(server.requests).toEqual([]);
    // Only the next one stalls.
    expect((await call('POST', `${repoPath()}/releases`, body)).status).toBe(201);
    expect(server.count('repos/create-release')).toBe(2);
  });

  it('with apply, carries the request out and withholds only the answer', async () => {
    server.stallNext('POST', /\/releases$/, 1, { apply: true });
    const gaveUp = call(
      'POST',
      `${repoPath()}/releases`,
      { tag_name: 'v1.0.0' },
      {},
      AbortSignal.timeout(300),
    );
    await expect(gaveUp).rejects.toThrow();
    expect(server.releases().map((r) => r['tag_name'])).toEqual(['v1.0.0']);
    await until(() => server.stalled[0]?.closedAt != null, 'the stalled connection to close');
    expect(server.stalled[0]).toMatchObject({ withheld: 201, closedBy: 'client' });
  });

  it('stalls downloads from storage too', async () => {
    const release = server.addRelease({ tag: 'v1.0.0', assets: [{ name: 'a', content: 'a' }] });
    const asset = (release['assets'] as { id: number }[])[0]?.id;
    server.stallNext('GET', /^\/github-production-release-asset\//, 1);
    const redirect = await call('GET', `${repoPath()}/releases/assets/${asset}`, undefined, {
      accept: 'application/octet-stream',
    });
    await expect(
      fetch(redirect.headers.get('location') ?? '', { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(server.stalled).toEqual([expect.objectContaining({ storage: true })]);
  });

  it('stop() closes held connections at once', async () => {
    const other = await start();
    other.stallNext('GET', repoRoute, 1);
    const pending = fetch(`${other.url}/repos/${other.owner}/${other.repo}`, {
      headers: { authorization: `token ${other.token}` },
    }).then(
      () => 'answered',
      () => 'connection closed',
    );
    await until(() => other.stalled.length === 1, 'the request to arrive');
    await other.stop(); // would hang (and the test time out) if the held connection kept it open
    expect(await pending).toBe('connection closed');
    expect(other.stalled[0]?.closedBy).toBe('server');
  });

  it('answers slowed requests late, carrying them out after the delay unless apply', async () => {
    server.slowNext('POST', /\/releases$/, 1500, 1);
    const late = call(
      'POST',
      `${repoPath()}/releases`,
      { tag_name: 'v1.0.0' },
      {},
      AbortSignal.timeout(100),
    );
    await expect(late).rejects.toThrow();
    expect(server.releases()).toEqual([]);
    await until(() => server.requests.length === 1, 'the slowed request to finish');
    expect(server.requests[0]).toMatchObject({ status: 201, aborted: true });
    expect(server.releases()).toHaveLength(1); // carried out although the client had gone

    server.slowNext('POST', /\/releases$/, 1500, 1, { apply: true });
    const applied = call(
      'POST',
      `${repoPath()}/releases`,
      { tag_name: 'v2.0.0' },
      {},
      AbortSignal.timeout(100),
    );
    await expect(applied).rejects.toThrow();
    expect(server.release('v2.0.0')).toBeDefined();

    server.slowNext('GET', repoRoute, 300, 1);
    const answered = await call('GET', repoPath());
    expect(answered.status).toBe(200);
    const slowed = server.requests.at(-1);
    expect((slowed?.end ?? 0) - (slowed?.start ?? 0)).toBeGreaterThanOrEqual(295);
    expect(slowed?.aborted).toBeUndefined();
  });
});

describe('branches', () => {
  it('answers get-branch with the head commit and its tree, as GitHub does', async () => {
    const head = (await server.branchHead()) ?? '';
    const branch = await call('GET', `${repoPath()}/branches/main`);
    expect(branch.status).toBe(200);
    expect(branch.json).toMatchObject({
      name: 'main',
      commit: {
        sha: head,
        commit: {
          tree: { sha: (await server.git.readCommit(head)).tree },
          message: 'Initial commit',
        },
        parents: [],
      },
      protected: false,
      _links: {
        self: `${server.url}${repoPath()}/branches/main`,
        html: `${server.serverUrl}${repoPath().replace('/repos', '')}/tree/main`,
      },
    });

    await server.git.out(['update-ref', 'refs/heads/feature/x', head]);
    const sha = await server.commitOnBranch('feature/x', { 'x.txt': 'x' });
    const nested = await call('GET', `${repoPath()}/branches/feature/x`);
    expect(nested.json).toMatchObject({
      name: 'feature/x',
      commit: { sha, parents: [{ sha: head }] },
    });

    const missing = await call('GET', `${repoPath()}/branches/nope`);
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ message: 'Branch not found' });
    // The server checks its own answers against the documented schema.
    expect(server.violations).toEqual([]);
  });
});

describe('concurrency', () => {
  const refPath = () => `${repoPath()}/git/refs/heads/main`;

  async function commitOn(parent: string, path: string, content: string): Promise<string> {
    const base = (await server.git.readCommit(parent)).tree;
    const tree = await call('POST', `${repoPath()}/git/trees`, {
      base_tree: base,
      tree: [{ path, mode: '100644', type: 'blob', content }],
    });
    const commit = await call('POST', `${repoPath()}/git/commits`, {
      message: `add ${path}`,
      tree: text(tree.json, 'sha'),
      parents: [parent],
    });
    return text(commit.json, 'sha');
  }

  it('lets 24 clients committing at once all land, one commit each, nothing lost', async () => {
    const initial = (await server.branchHead()) ?? '';
    const clients = Array.from({ length: 24 }, (_, i) => i);
    const landed = await Promise.all(
      clients.map(async (i) => {
        for (;;) {
          const ref = await call('GET', `${repoPath()}/git/ref/heads/main`);
          const head = text(field(ref.json, 'object'), 'sha');
          const sha = await commitOn(head, `clients/${i}.txt`, `${i}\n`);
          const moved = await call('PATCH', refPath(), { sha });
          if (moved.status === 200) return sha;
          expect(moved.json).toMatchObject({ message: 'Update is not a fast forward' });
        }
      }),
    );
    const commits = await server.commitsOn('main', { since: initial });
    expect(commits).toHaveLength(24);
    expect(new Set(commits.map((c) => c.sha))).toEqual(new Set(landed));
    expect(commits.map((c) => c.files).sort()).toEqual(
      clients.map((i) => [`clients/${i}.txt`]).sort(),
    );
    expect(commits.at(-1)?.parents).toEqual([initial]);
    expect(server.calls('git/update-ref').filter((r) => r.status === 200)).toHaveLength(24);
    expect(server.violations).toEqual([]);
  });

  it('answers simultaneous identical fast-forward updates all with 200', async () => {
    const head = (await server.branchHead()) ?? '';
    const sha = await commitOn(head, 'same.txt', 'same');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call('PATCH', refPath(), { sha })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(await server.branchHead()).toBe(sha);
  });

  it('applies simultaneous forced updates one after another, all succeeding', async () => {
    const head = (await server.branchHead()) ?? '';
    const orphans = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const tree = (await server.git.readCommit(head)).tree;
        const commit = await call('POST', `${repoPath()}/git/commits`, {
          message: `orphan ${i}`,
          tree,
          parents: [],
        });
        return text(commit.json, 'sha');
      }),
    );
    const answers = await Promise.all(
      orphans.map((sha) => call('PATCH', refPath(), { sha, force: true })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(orphans).toContain(await server.branchHead());
  });

  it('races release creation, publishing and uploads only as GitHub allows', async () => {
    const releases = `${repoPath()}/releases`;
    const many = <T>(n: number, f: (i: number) => Promise<T>): Promise<T[]> =>
      Promise.all(Array.from({ length: n }, (_, i) => f(i)));

    // 20 published creates of one tag: one wins.
    const creates = await many(20, () => call('POST', releases, { tag_name: 'v1.0.0' }));
    expect(creates.filter((c) => c.status === 201)).toHaveLength(1);
    for (const c of creates.filter((c) => c.status !== 201)) {
      expect(c.status).toBe(422);
      expect(c.json).toMatchObject(ALREADY_EXISTS);
    }
    // 20 drafts of another tag: all made; publishing all at once: one wins.
    const drafts = await many(20, () =>
      call('POST', releases, { tag_name: 'v2.0.0', draft: true }),
    );
    expect(drafts.map((d) => d.status)).toEqual(Array(20).fill(201));
    const publishes = await many(20, (i) =>
      call('PATCH', `${releases}/${field(drafts[i]?.json, 'id')}`, { draft: false }),
    );
    expect(publishes.filter((p) => p.status === 200)).toHaveLength(1);
    expect(publishes.filter((p) => p.status === 422)).toHaveLength(19);
    expect(server.releases('v2.0.0').filter((r) => r['draft'] === false)).toHaveLength(1);

    // 20 uploads of one name to one release: one wins.
    const target = server.addDraftRelease('v3.0.0');
    const base = text(target, 'upload_url').replace(/\{.*\}$/, '');
    const uploads = await many(20, (i) =>
      call('POST', `${base}?name=a.json`, Buffer.from(`{"i":${i}}`), {
        'content-type': 'application/json',
      }),
    );
    expect(uploads.filter((u) => u.status === 201)).toHaveLength(1);
    expect(uploads.filter((u) => u.status === 422)).toHaveLength(19);
    expect(server.releases('v3.0.0')[0]?.['assets']).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('serves 20 runs each making a release with three assets at once', async () => {
    server.latencyMs = 5;
    const tags = Array.from({ length: 20 }, (_, i) => `v1.${i}.0`);
    const ids = await Promise.all(
      tags.map(async (tag) => {
        const draft = await call('POST', `${repoPath()}/releases`, { tag_name: tag, draft: true });
        const base = text(draft.json, 'upload_url').replace(/\{.*\}$/, '');
        await Promise.all(
          ['a', 'b', 'c'].map((n) =>
            call('POST', `${base}?name=${tag}-${n}.json`, Buffer.from(`{"${n}":"${tag}"}`), {
              'content-type': 'application/json',
            }),
          ),
        );
        const published = await call('PATCH', `${repoPath()}/releases/${field(draft.json, 'id')}`, {
          draft: false,
        });
        expect(published.status).toBe(200);
        return Number(field(draft.json, 'id'));
      }),
    );
    const all = server.releases();
    expect(all).toHaveLength(20);
    expect(all.every((r) => r['draft'] === false)).toBe(true);
    for (const tag of tags) {
      const assets = server.release(tag)?.['assets'] as { name: string; digest: string }[];
      expect(assets.map((a) => a.name).sort()).toEqual(
        ['a', 'b', 'c'].map((n) => `${tag}-${n}.json`),
      );
      expect(assets.every((a) => /^sha256:/.test(a.digest))).toBe(true);
      expect(server.assetBytes(tag, `${tag}-b.json`)?.toString()).toBe(`{"b":"${tag}"}`);
    }
    // Each publish made its release latest: the one published last is.
    const lastPublish = server.calls('repos/update-release').at(-1)?.path ?? '';
    expect(lastPublish).toMatch(new RegExp(`/releases/${server.latestReleaseId()}$`));
    expect(ids).toContain(server.latestReleaseId());
    expect(server.operationCounts()).toEqual({
      'repos/create-release': 20,
      'repos/upload-release-asset': 60,
      'repos/update-release': 20,
    });
    expect(server.violations).toEqual([]);
  });
});

describe('runner emulation', () => {
  let dir: string;
  let cleanup: () => void;
  let script: string;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('rt-runner-'));
    // Stands in for the bundled action: reports what the runner gave it, then asks the API once.
    script = join(dir, 'report.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
const path = process.env.GITHUB_EVENT_PATH;
const event = path ? JSON.parse(readFileSync(path, 'utf8')) : null;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('GITHUB_')));
let api = 'not asked';
if (process.env.ASK_API) {
  api = await fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY, {
    headers: { authorization: 'token ' + process.env.INPUT_TOKEN },
    signal: AbortSignal.timeout(Number(process.env.ASK_API)),
  }).then((r) => String(r.status), (e) => e.name);
}
console.log(JSON.stringify({ event, env, api }));
`,
    );
  });
  afterEach(() => cleanup());

  const workspace = (name: string): string => {
    const path = join(dir, name);
    mkdirSync(path);
    return path;
  };
  const report = (run: ActionRun) =>
    JSON.parse(run.stdout) as {
      event: Record<string, unknown> | null;
      env: Record<string, string>;
      api: string;
    };

  it('writes the tag push payload to GITHUB_EVENT_PATH, as the runner does', async () => {
    const sha = (await server.branchHead()) ?? '';
    const run = await runAction(server, workspace('ws'), {}, { script, tag: 'v2.3.4', sha });
    expect(run.code).toBe(0);
    const { event, env } = report(run);
    expect(event).toMatchObject({
      ref: 'refs/tags/v2.3.4',
      after: sha,
      created: true,
      deleted: false,
      head_commit: { id: sha, tree_id: (await server.git.readCommit(sha)).tree },
      repository: {
        name: server.repo,
        full_name: `${server.owner}/${server.repo}`,
        default_branch: 'main',
        owner: { login: server.owner },
      },
    });
    expect(env).toMatchObject({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v2.3.4',
      GITHUB_REF_NAME: 'v2.3.4',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: sha,
      GITHUB_API_URL: server.url,
    });
  });

  it('merges given payload fields, or writes none', async () => {
    const merged = await runAction(
      server,
      workspace('a'),
      {},
      {
        script,
        event: { repository: { full_name: 'someone/else', default_branch: 'trunk' } },
      },
    );
    expect(report(merged).event).toMatchObject({
      ref: 'refs/tags/v1.0.0',
      repository: { full_name: 'someone/else', default_branch: 'trunk' },
    });
    const none = await runAction(server, workspace('b'), {}, { script, event: false });
    expect(report(none).event).toBeNull();
    expect(report(none).env['GITHUB_EVENT_PATH']).toBeUndefined();
  });

  it('runs several actions at once, each with its workspace and tag', async () => {
    server.stallNext('GET', /^\/repos\/[^/]+\/[^/]+$/, 4);
    const tags = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0'];
    const runs = await runActions(
      server,
      tags.map((tag) => ({
        workspace: workspace(tag),
        inputs: { images: `app=${tag}` },
        opts: { script, tag, env: { ASK_API: '3000' } },
      })),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(runs.map((r) => report(r).env['GITHUB_REF_NAME'])).toEqual(tags);
    expect(runs.map((r) => report(r).env['GITHUB_WORKSPACE'])).toEqual(
      tags.map((t) => join(dir, t)),
    );
    expect(runs.map((r) => report(r).api)).toEqual(Array(4).fill('TimeoutError'));
    // All four were held at the same time: each arrived before any gave up.
    await until(() => server.stalled.every((r) => r.closedBy === 'client'), 'all to give up');
    expect(server.stalled).toHaveLength(4);
    const lastArrival = Math.max(...server.stalled.map((r) => r.start));
    const firstGiveUp = Math.min(...server.stalled.map((r) => r.closedAt ?? 0));
    expect(lastArrival).toBeLessThan(firstGiveUp);
  });
});

describe('assertion helpers', () => {
  it('counts requests per operation, stalled ones included', async () => {
    await call('GET', repoPath());
    await call('GET', repoPath());
    await call('GET', `${repoPath()}/releases/latest`); // 404: none yet
    server.stallNext('GET', /\/releases\/latest$/, 1);
    await expect(
      call('GET', `${repoPath()}/releases/latest`, undefined, {}, AbortSignal.timeout(200)),
    ).rejects.toThrow();
    expect(server.operationCounts()).toEqual({ 'repos/get': 2, 'repos/get-latest-release': 2 });
    expect(server.count('repos/get-latest-release')).toBe(2);
    expect(server.calls('repos/get-latest-release').map((r) => r.status)).toEqual([404]);
  });

  it('lists the commits on a branch with the paths each changed', async () => {
    const initial = (await server.branchHead()) ?? '';
    const one = await server.commitOnBranch('main', { 'releases/v1.json': '1' }, 'record v1');
    const two = await server.commitOnBranch('main', { 'releases/v2.json': '2', 'README.md': null });
    const all = await server.commitsOn();
    expect(all.map((c) => [c.sha, c.files])).toEqual([
      [two, ['README.md', 'releases/v2.json']],
      [one, ['releases/v1.json']],
      [initial, ['README.md']],
    ]);
    expect(all[1]).toMatchObject({ message: 'record v1', parents: [initial] });
    expect((await server.commitsOn('main', { since: one })).map((c) => c.sha)).toEqual([two]);
  });

  it('reads objects and refs git packed', async () => {
    const sha = await server.commitOnBranch('main', { 'releases/v1.json': '{}' });
    await server.git.out(['repack', '-a', '-d', '-q']);
    await server.git.out(['pack-refs', '--all']);
    expect(await server.git.text(['count-objects'])).toMatch(/^0 objects/);
    const branch = await call('GET', `${repoPath()}/branches/main`);
    expect(branch.json).toMatchObject({ commit: { sha } });
    const file = await call('GET', `${repoPath()}/contents/releases/v1.json`);
    expect(Buffer.from(text(file.json, 'content'), 'base64').toString()).toBe('{}');
    const next = await server.commitOnBranch('main', { 'releases/v2.json': '{}' });
    expect((await server.commitsOn()).map((c) => c.sha).slice(0, 2)).toEqual([next, sha]);
    expect(server.violations).toEqual([]);
  });

  it('writes objects git itself reads back and finds sound', async () => {
    const head = (await server.branchHead()) ?? '';
    const base = (await server.git.readCommit(head)).tree;
    const tree = await call('POST', `${repoPath()}/git/trees`, {
      base_tree: base,
      tree: [
        { path: 'a-b/x', mode: '100644', type: 'blob', content: '1' },
        { path: 'a.b', mode: '100755', type: 'blob', content: '2' },
        { path: 'a', mode: '100644', type: 'blob', content: '3' },
        { path: 'a-b.txt', mode: '120000', type: 'blob', content: 'target' },
      ],
    });
    const commit = await call('POST', `${repoPath()}/git/commits`, {
      message: 'no trailing newline',
      tree: text(tree.json, 'sha'),
      parents: [head],
      author: { name: 'A <x> Person', email: 'a@example.com', date: '2024-05-06T07:08:09Z' },
    });
    const sha = text(commit.json, 'sha');
    expect(await server.git.text(['fsck', '--strict', '--no-dangling'])).toBe('');
    expect(await server.git.text(['ls-tree', '--name-only', sha])).toBe(
      'README.md\na\na-b.txt\na-b\na.b',
    );
    expect(await server.git.text(['log', '-1', '--format=%an|%ae|%aI|%B', sha])).toBe(
      'A x Person|a@example.com|2024-05-06T07:08:09+00:00|no trailing newline',
    );
    expect(
      await server.git.text(
        ['hash-object', '-t', 'commit', '--stdin'],
        await server.git.out(['cat-file', 'commit', sha]),
      ),
    ).toBe(sha);
  });
});

describe('helpers', () => {
  it.each([
    ['v1.0.0-release-info.json', 'v1.0.0-release-info.json'],
    ['v1.0.0+build.1-app.json', 'v1.0.0.build.1-app.json'],
    ['.hidden.', 'hidden'],
    ['a b', 'a.b'],
  ])('stores asset name %s as %s', (name, stored) => {
    expect(storedAssetName(name)).toBe(stored);
  });

  const req = (start: number, end: number): RecordedRequest => ({
    method: 'GET',
    path: '/',
    status: 200,
    start,
    end,
  });
  it.each([
    [[], 0],
    [[req(0, 10)], 1],
    [[req(0, 10), req(11, 20), req(21, 30)], 3],
    [[req(0, 10), req(1, 9), req(2, 12), req(13, 20)], 2],
    [[req(0, 10), req(10, 20)], 2],
  ])('counts sequential round trips of %j as %d', (requests, expected) => {
    expect(sequentialRoundTrips(requests)).toBe(expected);
  });

  it('records start and end of each request, including latency', async () => {
    server.latencyMs = 100;
    await Promise.all([call('GET', repoPath()), call('GET', repoPath())]);
    await call('GET', repoPath());
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) expect(r.end - r.start).toBeGreaterThanOrEqual(95);
    expect(sequentialRoundTrips(server.requests)).toBe(2);
    expect(server.requests.map((r) => r.operation)).toEqual([
      'repos/get',
      'repos/get',
      'repos/get',
    ]);
  });
});
