import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CheckError } from '../../src/core/errors.js';
import {
  createGitHub,
  MAX_GITHUB_ANSWER_BYTES,
  type GitHub,
  type RepoRef,
} from '../../src/github/client.js';
import { githubStallBudgetMs } from '../../src/core/time-limits.js';
import {
  createCommit,
  createTree,
  getBranchHead,
  getDefaultBranch,
  isUtf8Text,
  moveBranch,
  readFileAt,
  readFilesAt,
} from '../../src/github/commit.js';
import { start, type GitHubServer } from '../helpers/github-server.js';
import { useGitHubServer, type CapturedOutput } from '../helpers/github-test.js';

let server: GitHubServer;
let gh: GitHub;
let repo: RepoRef;
let output: CapturedOutput;
// Each test: a fresh server; after it, no refused request and the token printed nowhere.
const { logged, log } = useGitHubServer((t) => ({ server, gh, repo, output } = t));

/** The three release files, with bytes that a newline or encoding change would break. */
function releaseFiles(version: string, app = '{\n    "name":"app"\n}') {
  return [
    {
      path: `releases/v${version}-release-info.json`,
      content: Buffer.from(`{\n  "version": "${version}"\n}\n`),
    },
    { path: `releases/v${version}-app-compose.json`, content: Buffer.from(app) },
    {
      path: `releases/v${version}-docker-compose.yml`,
      content: Buffer.from('services:\r\n  app:\r\n    image: "é"\r\n'),
    },
  ];
}

async function show(rev: string, path: string): Promise<Buffer | null> {
  return server.git.readFile(rev, path);
}

describe('createGitHub', () => {
  it('registers the token as a secret before anything else', () => {
    expect(output.text().split('\n')).toContain(`::add-mask::${server.token}`);
  });

  it('refuses an empty token', () => {
    expect(() => createGitHub('', server.clientOptions())).toThrow(/token/);
  });

  it('uses GITHUB_API_URL when no base URL is given', async () => {
    const saved = process.env['GITHUB_API_URL'];
    process.env['GITHUB_API_URL'] = `${server.url}/`;
    try {
      const client = createGitHub(server.token, { ...server.clientOptions(), baseUrl: '', log });
      expect(await getDefaultBranch(client, repo)).toBe('main');
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = saved;
    }
  });

  it('does not put the token in the message of a failed request', async () => {
    const wrong = createGitHub(`${server.token}x`, { ...server.clientOptions(), log });
    const error = await getDefaultBranch(wrong, repo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckError);
    expect(String((error as Error).message)).toMatch(
      /401: Bad credentials \(the token is invalid or expired\)/,
    );
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(server.token);
  });

  it('says when GitHub could not be reached at all, after retrying', async () => {
    const port = Number(new URL(server.url).port);
    await server.stop();
    const offline = createGitHub(server.token, {
      ...server.clientOptions(),
      baseUrl: `http://127.0.0.1:${port}`,
      log,
    });
    await expect(getDefaultBranch(offline, repo)).rejects.toThrow(
      new RegExp(
        `^reading repository ${server.owner}/${server.repo}: could not reach GitHub: .*ECONNREFUSED`,
      ),
    );
    server = await start(); // for afterEach
  });

  it('retries a secondary rate limit after retry-after, with a warning', async () => {
    server.failNext('GET', /^\/repos\/[^/]+\/[^/]+$/, 403, 1, {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    expect(await getDefaultBranch(gh, repo)).toBe('main');
    expect(server.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(logged.filter((l) => l.startsWith('warn '))).toEqual([
      expect.stringMatching(/secondary rate limit hit by GET .*retrying in 1s \(1\/3\)/),
    ]);
  });

  it('gives up on a rate limit once the retries are spent', async () => {
    server.failNext('GET', /^\/repos\/[^/]+\/[^/]+$/, 403, 10, {
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '1' },
    });
    await expect(getDefaultBranch(gh, repo)).rejects.toThrow(
      /403: You have exceeded a secondary rate limit/,
    );
    expect(server.requests).toHaveLength(4);
  });
  it('fails a request GitHub never answers within the time limit, naming host and request, retrying a bounded number of times', async () => {
    const quick = createGitHub(server.token, {
      ...server.clientOptions(),
      retries: 2,
      retryAfterBaseValue: 10,
      timeoutMs: 300,
      log,
    });
    server.stallNext('GET', /\/branches\/main$/, 10);
    const started = performance.now();
    const error = await getBranchHead(quick, repo, 'main').catch((e: unknown) => e);
    const took = performance.now() - started;
    const host = new URL(server.url).host;
    expect((error as Error).message).toBe(
      `reading branch main of ${server.owner}/${server.repo}: could not reach GitHub: ` +
        `no answer from ${host} within 0.3 s to GET /repos/${server.owner}/${server.repo}/branches/main`,
    );
    // Three attempts, each given up by the client; within the budget the limits give.
    expect(server.stalled).toHaveLength(3);
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(
      githubStallBudgetMs({ timeoutMs: 300, retries: 2, retryBaseMs: 10 }) + 1000,
    );
  });

  it('times out an answer whose body never ends, as no answer', async () => {
    const silent = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"default_branch":');
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const client = createGitHub(server.token, {
        ...server.clientOptions(),
        baseUrl: `http://127.0.0.1:${port}`,
        retries: 0,
        timeoutMs: 300,
        log,
      });
      await expect(getDefaultBranch(client, repo)).rejects.toThrow(
        `could not reach GitHub: no answer from 127.0.0.1:${port} within 0.3 s to GET /repos/acme/app`,
      );
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('stops reading an answer that never stops growing at its byte limit', async () => {
    let sent = 0;
    const endless = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"default_branch":"');
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      const more = (): void => {
        while (!res.destroyed && sent < 1024 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
      };
      more();
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    const port = (endless.address() as AddressInfo).port;
    try {
      const client = createGitHub(server.token, {
        ...server.clientOptions(),
        baseUrl: `http://127.0.0.1:${port}`,
        retries: 0,
        log,
      });
      await expect(getDefaultBranch(client, repo)).rejects.toThrow(
        `127.0.0.1:${port} answered GET /repos/acme/app with more than ${MAX_GITHUB_ANSWER_BYTES} bytes; refused`,
      );
      // Read up to the limit, not to the end: what the socket took besides is a few buffers.
      expect(sent).toBeLessThan(MAX_GITHUB_ANSWER_BYTES + 32 * 1024 * 1024);
    } finally {
      endless.closeAllConnections();
      await new Promise((resolve) => endless.close(resolve));
    }
  });
});

describe('reading the branch', () => {
  it('reads the default branch of the repository', async () => {
    const trunk = await start({ defaultBranch: 'trunk' });
    try {
      const client = createGitHub(trunk.token, { ...trunk.clientOptions(), log });
      expect(await getDefaultBranch(client, { owner: trunk.owner, repo: trunk.repo })).toBe(
        'trunk',
      );
    } finally {
      await trunk.stop();
    }
  });

  it('reads the head commit and its tree in one request', async () => {
    const head = await server.commitOnBranch('main', { 'x.txt': 'x' });
    const result = await getBranchHead(gh, repo, 'main');
    expect(result).toEqual({ sha: head, treeSha: (await server.git.readCommit(head)).tree });
    expect(server.requests.map((r) => r.operation)).toEqual(['repos/get-branch']);
  });

  it('fails clearly for a branch that does not exist', async () => {
    await expect(getBranchHead(gh, repo, 'nope')).rejects.toThrow(
      new CheckError(
        `branch nope does not exist in ${server.owner}/${server.repo} (commit-branch)`,
      ),
    );
  });

  it('reads the exact bytes of each file at a commit or a branch, null when absent', async () => {
    const crlf = Buffer.from('a: 1\r\nb: "ü"\r\n');
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x0a]);
    const big = Buffer.alloc(1024 * 1024 + 3, 'y');
    const head = await server.commitOnBranch('main', {
      'releases/a.yml': crlf,
      'releases/b.bin': binary,
      'big.txt': big,
    });
    const paths = ['releases/a.yml', 'releases/b.bin', 'big.txt', 'releases/none.json'];
    for (const ref of [head, 'main']) {
      const files = await readFilesAt(gh, repo, ref, paths);
      expect(files.get('releases/a.yml')).toEqual(crlf);
      expect(files.get('releases/b.bin')).toEqual(binary);
      expect(files.get('big.txt')?.equals(big)).toBe(true);
      expect(files.get('releases/none.json')).toBeNull();
    }
    const reads = server.calls('repos/get-content');
    expect(reads.filter((r) => r.path.includes(`ref=${head}`))).toHaveLength(4);
    expect(reads.filter((r) => r.path.includes('ref=main'))).toHaveLength(4);
  });

  it('refuses a directory where a file is expected', async () => {
    await server.commitOnBranch('main', { 'releases/v1.json/inner': 'x' });
    await expect(readFileAt(gh, repo, 'main', 'releases/v1.json')).rejects.toThrow(
      /releases\/v1\.json at main is a dir, not a file/,
    );
  });
});

describe('tree, commit and ref', () => {
  async function commitOnHead(files: { path: string; content: Buffer }[], message = 'm') {
    const head = await getBranchHead(gh, repo, 'main');
    const tree = await createTree(gh, repo, head.treeSha, files);
    const sha = await createCommit(gh, repo, { tree, parent: head.sha, message });
    return { head, tree, sha };
  }

  it('makes one commit on the head with the exact bytes, through one tree and no push', async () => {
    const files = releaseFiles('1.0.0');
    const { head, sha } = await commitOnHead(files, 'chore(release): record v1.0.0 [skip ci]');
    expect(await moveBranch(gh, repo, 'main', sha)).toBe('moved');
    expect(await server.branchHead()).toBe(sha);
    expect(await server.git.text(['rev-list', '--parents', '-n', '1', sha])).toBe(
      `${sha} ${head.sha}`,
    );
    expect(await server.git.text(['log', '-1', '--format=%B', sha])).toBe(
      'chore(release): record v1.0.0 [skip ci]',
    );
    for (const f of files) expect(await show(sha, f.path)).toEqual(f.content);
    expect(await server.git.text(['show', '--format=', '--name-only', sha])).toBe(
      files
        .map((f) => f.path)
        .sort()
        .join('\n'),
    );
    expect(await show(sha, 'README.md')).toEqual(await show(head.sha, 'README.md'));
    // Text goes inline in the tree: no blob requests.
    expect(server.calls('git/create-blob')).toHaveLength(0);
    // GitHub signs a commit it makes for the token when no author is given.
    const commit = await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
    expect(commit.data.verification.verified).toBe(true);
  });

  it('sends a file that is not UTF-8 text as a base64 blob, byte for byte', async () => {
    const binary = {
      path: 'releases/blob.bin',
      content: Buffer.from([0xc3, 0x28, 0x00, 0xff, 0x0d, 0x0a]),
    };
    const { sha } = await commitOnHead([binary]);
    expect(await show(sha, binary.path)).toEqual(binary.content);
    expect(server.calls('git/create-blob')).toHaveLength(1);
  });

  it('gives the base tree back when the files are already there', async () => {
    const files = releaseFiles('1.0.0');
    const { sha } = await commitOnHead(files);
    await moveBranch(gh, repo, 'main', sha);
    const head = await getBranchHead(gh, repo, 'main');
    expect(await createTree(gh, repo, head.treeSha, files)).toBe(head.treeSha);
  });

  it('reports a ref update refused as not a fast forward, and keeps the other commit', async () => {
    const { sha } = await commitOnHead(releaseFiles('1.0.0'));
    const theirs = await server.commitOnBranch('main', { 'src/other.ts': 'export {};\n' });
    expect(await moveBranch(gh, repo, 'main', sha)).toBe('refused');
    expect(await server.branchHead()).toBe(theirs);
    expect(server.calls('git/update-ref').map((r) => r.status)).toEqual([422]);
  });

  it('fails at once on a refusal that is not about the branch moving', async () => {
    const { sha } = await commitOnHead(releaseFiles('1.0.0'));
    server.failNext('PATCH', /\/git\/refs\//, 422, 1, {
      message: 'Protected branch update failed for refs/heads/main.',
    });
    await expect(moveBranch(gh, repo, 'main', sha)).rejects.toThrow(
      /^moving .*@main to [0-9a-f]{40}: GitHub answered 422: Protected branch update failed for refs\/heads\/main\.$/,
    );
    expect(server.calls('git/update-ref')).toHaveLength(1);
  });

  it.each([
    ['POST', /\/git\/trees$/, 'git/create-tree'],
    ['POST', /\/git\/commits$/, 'git/create-commit'],
    ['PATCH', /\/git\/refs\//, 'git/update-ref'],
    ['GET', /\/branches\//, 'repos/get-branch'],
  ])('retries a 5xx answer to %s %s', async (method, path, operation) => {
    server.failNext(method, path, 502, 2);
    const { sha } = await commitOnHead(releaseFiles('1.0.0'));
    expect(await moveBranch(gh, repo, 'main', sha)).toBe('moved');
    const matching = server.requests.filter((r) => r.method === method && path.test(r.path));
    expect(matching.map((r) => r.status)).toEqual([502, 502, method === 'POST' ? 201 : 200]);
    expect(server.calls(operation).length).toBeGreaterThanOrEqual(3);
  });

  it('fails clearly once 5xx answers outlast the retries', async () => {
    server.failNext('POST', /\/git\/commits$/, 503, 10);
    await expect(commitOnHead(releaseFiles('1.0.0'))).rejects.toThrow(
      `creating the commit on ${server.owner}/${server.repo}: GitHub answered 503: Server Error`,
    );
    expect(server.requests.filter((r) => r.status === 503)).toHaveLength(4);
  });

  it('explains a token without write permission', async () => {
    server.failNext('POST', /\/git\/trees$/, 403, 1, {
      message: 'Resource not accessible by integration',
    });
    await expect(commitOnHead(releaseFiles('1.0.0'))).rejects.toThrow(
      /403: Resource not accessible by integration \(grant the workflow `permissions: contents: write`\)/,
    );
  });

  it.each([['/abs'], ['a/../b'], ['a//b'], ['dir/'], ['']])(
    'refuses the path %j before any request',
    async (path) => {
      await expect(
        createTree(gh, repo, 'f'.repeat(40), [{ path, content: Buffer.from('x') }]),
      ).rejects.toThrow(/not a relative file path/);
      expect(server.requests).toEqual([]);
    },
  );

  it('commits through a GHES API root', async () => {
    const ghes = await start({ ghes: true });
    try {
      const client = createGitHub(ghes.token, { ...ghes.clientOptions(), log });
      const r = { owner: ghes.owner, repo: ghes.repo };
      const head = await getBranchHead(client, r, 'main');
      const tree = await createTree(client, r, head.treeSha, releaseFiles('1.0.0'));
      const sha = await createCommit(client, r, { tree, parent: head.sha, message: 'm' });
      expect(await moveBranch(client, r, 'main', sha)).toBe('moved');
      expect(await ghes.branchHead()).toBe(sha);
      expect(ghes.requests.every((q) => q.path.startsWith('/api/v3/'))).toBe(true);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.stop();
    }
  });
});

describe('isUtf8Text', () => {
  it.each([
    ['plain', Buffer.from('{"a":1}'), true],
    ['CRLF and non-ASCII', Buffer.from('é\r\n✓'), true],
    ['a NUL byte', Buffer.from([0x61, 0x00]), false],
    ['invalid UTF-8', Buffer.from([0xc3, 0x28]), false],
    ['a lone surrogate', Buffer.from([0xed, 0xa0, 0x80]), false],
  ])('%s: %s', (_name, bytes, expected) => {
    expect(isUtf8Text(bytes)).toBe(expected);
  });
});
