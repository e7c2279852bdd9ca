import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  ])('%s %s %j: %j', (method, path, body, problems) => {
    const checked = openApi().checkRequest(
      route(method, path),
      new URLSearchParams(),
      json,
      Buffer.from(JSON.stringify(body)),
    );
    expect(checked.problems).toEqual(problems);
  });

  it.each([
    [
      'a complete ref',
      {
        ref: 'refs/heads/main',
        node_id: 'x',
        url: 'u',
        object: { type: 'commit', sha: 'a'.repeat(40), url: 'u' },
      },
      200,
      [],
    ],
    [
      'a ref without node_id',
      {
        ref: 'refs/heads/main',
        url: 'u',
        object: { type: 'commit', sha: 'a'.repeat(40), url: 'u' },
      },
      200,
      ['"node_id" wasn\'t supplied.'],
    ],
    [
      'a short sha',
      { ref: 'r', node_id: 'x', url: 'u', object: { type: 'commit', sha: 'abc', url: 'u' } },
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

  it('refuses a second release for a tag with already_exists', async () => {
    const first = await call('POST', `${repoPath()}/releases`, { tag_name: 'v1.0.0', draft: true });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ draft: true, published_at: null, immutable: false });
    const second = await call('POST', `${repoPath()}/releases`, { tag_name: 'v1.0.0' });
    expect(second.status).toBe(422);
    expect(second.json).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    });
    expect(server.violations).toEqual([]);
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
      digest: `sha256:${(await import('node:crypto')).createHash('sha256').update(bytes).digest('hex')}`,
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
