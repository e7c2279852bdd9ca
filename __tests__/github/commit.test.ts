import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckError } from '../../src/core/errors.js';
import { createGitHub, type GitHub, type RepoRef } from '../../src/github/client.js';
import {
  commitFiles,
  getDefaultBranch,
  isUtf8Text,
  readBranchFiles,
} from '../../src/github/commit.js';
import {
  captureOutput,
  sequentialRoundTrips,
  start,
  type GitHubServer,
} from '../helpers/github-server.js';

let server: GitHubServer;
let gh: GitHub;
let repo: RepoRef;
let output: ReturnType<typeof captureOutput>;
const logged: string[] = [];

const log = {
  debug: (m: string) => logged.push(`debug ${m}`),
  info: (m: string) => logged.push(`info ${m}`),
  warn: (m: string) => logged.push(`warn ${m}`),
  error: (m: string) => logged.push(`error ${m}`),
};

const README = {
  path: 'releases/README.md',
  content: Buffer.from('# Releases\n\nWritten by release-tracker.\n'),
};

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

beforeEach(async () => {
  server = await start();
  repo = { owner: server.owner, repo: server.repo };
  logged.length = 0;
  output = captureOutput();
  gh = createGitHub(server.token, { ...server.clientOptions(), log });
});

afterEach(async () => {
  output.restore();
  try {
    // Nothing a test did may have been a request GitHub would refuse, and the token is never printed
    // (only registered as a secret through the runner's add-mask command).
    expect(server.violations).toEqual([]);
    const printed = output
      .text()
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(server.token);
    expect(logged.join('\n')).not.toContain(server.token);
  } finally {
    await server.stop();
  }
});

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
});

describe('getDefaultBranch and readBranchFiles', () => {
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

  it('reads the exact bytes of each file at one head, null when absent', async () => {
    const crlf = Buffer.from('a: 1\r\nb: "ü"\r\n');
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x0a]);
    const big = Buffer.alloc(1024 * 1024 + 3, 'y');
    const head = await server.commitOnBranch('main', {
      'releases/a.yml': crlf,
      'releases/b.bin': binary,
      'big.txt': big,
    });
    const result = await readBranchFiles(gh, repo, 'main', [
      'releases/a.yml',
      'releases/b.bin',
      'big.txt',
      'releases/none.json',
    ]);
    expect(result.headSha).toBe(head);
    expect(result.files.get('releases/a.yml')).toEqual(crlf);
    expect(result.files.get('releases/b.bin')).toEqual(binary);
    expect(result.files.get('big.txt')?.equals(big)).toBe(true);
    expect(result.files.get('releases/none.json')).toBeNull();
    // Every content read names the head commit, not the branch, so a moving branch cannot mix commits.
    const reads = server.calls('repos/get-content');
    expect(reads).toHaveLength(4);
    for (const r of reads) expect(r.path).toContain(`ref=${head}`);
  });

  it('fails clearly for a branch that does not exist', async () => {
    await expect(readBranchFiles(gh, repo, 'nope', ['x'])).rejects.toThrow(
      new CheckError(
        `branch nope does not exist in ${server.owner}/${server.repo} (commit-branch)`,
      ),
    );
  });

  it('refuses a directory where a file is expected', async () => {
    await server.commitOnBranch('main', { 'releases/v1.json/inner': 'x' });
    await expect(readBranchFiles(gh, repo, 'main', ['releases/v1.json'])).rejects.toThrow(
      /is a dir, not a file/,
    );
  });
});

describe('commitFiles', () => {
  it('makes one commit on the head with the exact bytes, through one tree and no push', async () => {
    const parent = await server.branchHead();
    const files = releaseFiles('1.0.0');
    const result = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'chore(release): record v1.0.0 [skip ci]',
      files,
      createOnly: [README],
    });
    expect(result.attempts).toBe(1);
    expect(result.sha).toBe(await server.branchHead());
    const sha = result.sha ?? '';
    expect(await server.git.text(['rev-list', '--parents', '-n', '1', sha])).toBe(
      `${sha} ${parent}`,
    );
    expect(await server.git.text(['log', '-1', '--format=%B', sha])).toBe(
      'chore(release): record v1.0.0 [skip ci]',
    );
    for (const f of [...files, README]) expect(await show(sha, f.path)).toEqual(f.content);
    expect(await server.git.text(['show', '--format=', '--name-only', sha])).toBe(
      [README, ...files]
        .map((f) => f.path)
        .sort()
        .join('\n'),
    );
    expect(await show(sha, 'README.md')).toEqual(await show(parent ?? '', 'README.md'));
    // One tree, one commit, one ref update; text goes inline, so no blob requests.
    expect(server.calls('git/create-tree')).toHaveLength(1);
    expect(server.calls('git/create-commit')).toHaveLength(1);
    expect(server.calls('git/update-ref')).toHaveLength(1);
    expect(server.calls('git/create-blob')).toHaveLength(0);
    // GitHub signs a commit it makes for the token when no author is given.
    const commit = await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
    expect(commit.data.verification.verified).toBe(true);
  });

  it('needs five sequential round trips: head, commit and README, tree, commit, ref', async () => {
    server.latencyMs = 100;
    await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files: releaseFiles('1.0.0'),
      createOnly: [README],
    });
    expect(sequentialRoundTrips(server.requests)).toBe(5);
  });

  it('sends a file that is not UTF-8 text as a base64 blob, byte for byte', async () => {
    const binary = {
      path: 'releases/blob.bin',
      content: Buffer.from([0xc3, 0x28, 0x00, 0xff, 0x0d, 0x0a]),
    };
    const result = await commitFiles(gh, repo, { branch: 'main', message: 'm', files: [binary] });
    expect(await show(result.sha ?? '', binary.path)).toEqual(binary.content);
    expect(server.calls('git/create-blob')).toHaveLength(1);
  });

  it('creates the README once and never overwrites it', async () => {
    const first = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'v1',
      files: releaseFiles('1.0.0'),
      createOnly: [README],
    });
    expect(await show(first.sha ?? '', README.path)).toEqual(README.content);
    const edited = Buffer.from('# Our own notes\n');
    await server.commitOnBranch('main', { [README.path]: edited });
    const second = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'v2',
      files: releaseFiles('2.0.0'),
      createOnly: [README],
    });
    expect(await show(second.sha ?? '', README.path)).toEqual(edited);
    expect(
      await server.git.text(['show', '--format=', '--name-only', second.sha ?? '']),
    ).not.toContain('README.md');
  });

  it('makes no commit when the branch already holds exactly these files', async () => {
    const files = releaseFiles('1.0.0');
    const first = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files,
      createOnly: [README],
    });
    server.clearRequests();
    const again = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files,
      createOnly: [README],
    });
    expect(again).toEqual({ sha: null, attempts: 1 });
    expect(await server.branchHead()).toBe(first.sha);
    expect(server.calls('git/create-commit')).toHaveLength(0);
    expect(server.calls('git/update-ref')).toHaveLength(0);
  });

  it('commits only what changed when one file differs', async () => {
    await commitFiles(gh, repo, { branch: 'main', message: 'm', files: releaseFiles('1.0.0') });
    const changed = releaseFiles('1.0.0', '{\n    "name":"other"\n}');
    const result = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'again',
      files: changed,
    });
    expect(await server.git.text(['show', '--format=', '--name-only', result.sha ?? ''])).toBe(
      'releases/v1.0.0-app-compose.json',
    );
  });

  it('retries on the new head when the branch moved, keeping the other commit', async () => {
    const files = releaseFiles('1.0.0');
    let theirs = '';
    server.beforeRefUpdate(async ({ branch }) => {
      theirs = await server.commitOnBranch(
        branch,
        { 'src/other.ts': 'export {};\n' },
        'a concurrent push',
      );
    });
    const result = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'record',
      files,
      createOnly: [README],
    });
    expect(result.attempts).toBe(2);
    const sha = result.sha ?? '';
    expect(await server.branchHead()).toBe(sha);
    expect(await server.git.text(['rev-parse', `${sha}^`])).toBe(theirs);
    expect(await server.git.text(['log', '--format=%s', 'main'])).toBe(
      'record\na concurrent push\nInitial commit',
    );
    expect((await show(sha, 'src/other.ts'))?.toString()).toBe('export {};\n');
    for (const f of files) expect(await show(sha, f.path)).toEqual(f.content);
    expect(server.calls('git/update-ref').map((r) => r.status)).toEqual([422, 200]);
  });

  it('re-checks the README on the new head after the branch moved', async () => {
    server.beforeRefUpdate(async ({ branch }) => {
      await server.commitOnBranch(branch, { [README.path]: 'theirs\n' });
    });
    const result = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files: releaseFiles('1.0.0'),
      createOnly: [README],
    });
    expect((await show(result.sha ?? '', README.path))?.toString()).toBe('theirs\n');
  });

  it('gives up with a clear error when the branch keeps moving', async () => {
    server.beforeRefUpdate(async ({ branch }) => {
      await server.commitOnBranch(branch, { [`moving-${Math.random()}.txt`]: 'x' });
    }, 10);
    const error = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files: releaseFiles('1.0.0'),
      maxAttempts: 3,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckError);
    expect((error as Error).message).toBe(
      `${server.owner}/${server.repo}@main kept moving while committing: gave up after 3 attempts ` +
        '(last answer 422: Update is not a fast forward)',
    );
    expect(server.calls('git/update-ref')).toHaveLength(3);
  });

  it('tries the same commit again when a refusal came while the branch still reads as before', async () => {
    // GitHub's reads can lag behind its writes: the ref still reads as our parent.
    server.failNext('PATCH', /\/git\/refs\//, 422, 1, { message: 'Update is not a fast forward' });
    const result = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files: releaseFiles('1.0.0'),
      retryDelayMs: 1,
    });
    expect(result.attempts).toBe(2);
    expect(result.sha).toBe(await server.branchHead());
    expect(server.calls('git/create-commit')).toHaveLength(1);
    expect(server.calls('git/update-ref').map((r) => r.status)).toEqual([422, 200]);
  });

  it('says the branch may be protected when the update keeps being refused without it moving', async () => {
    const head = await server.branchHead();
    server.failNext('PATCH', /\/git\/refs\//, 409, 10, {
      message: 'Repository rule violations found\n\nChanges must be made through a pull request.',
    });
    const error = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files: releaseFiles('1.0.0'),
      maxAttempts: 3,
      retryDelayMs: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckError);
    expect((error as Error).message).toBe(
      `GitHub refused to move ${server.owner}/${server.repo}@main to the new commit 3 times although the branch did not move ` +
        '(last answer 409: Repository rule violations found\n\nChanges must be made through a pull request.); ' +
        'is it protected against this token? Set commit-branch to another branch or allow the update',
    );
    expect(await server.branchHead()).toBe(head);
    expect(server.calls('git/create-commit')).toHaveLength(1);
    expect(server.calls('git/update-ref')).toHaveLength(3);
  });

  it('fails at once on a refusal that is not about the branch moving', async () => {
    server.failNext('PATCH', /\/git\/refs\//, 422, 1, {
      message: 'Protected branch update failed for refs/heads/main.',
    });
    await expect(
      commitFiles(gh, repo, { branch: 'main', message: 'm', files: releaseFiles('1.0.0') }),
    ).rejects.toThrow(
      /^moving .*@main to [0-9a-f]{40}: GitHub answered 422: Protected branch update failed for refs\/heads\/main\.$/,
    );
    expect(server.calls('git/update-ref')).toHaveLength(1);
  });

  it.each([
    ['POST', /\/git\/trees$/, 'git/create-tree'],
    ['POST', /\/git\/commits$/, 'git/create-commit'],
    ['PATCH', /\/git\/refs\//, 'git/update-ref'],
    ['GET', /\/git\/ref\//, 'git/get-ref'],
  ])('retries a 5xx answer to %s %s', async (method, path, operation) => {
    server.failNext(method, path, 502, 2);
    const result = await commitFiles(gh, repo, {
      branch: 'main',
      message: 'm',
      files: releaseFiles('1.0.0'),
    });
    expect(result.sha).toBe(await server.branchHead());
    expect(result.attempts).toBe(1);
    const matching = server.requests.filter((r) => r.method === method && path.test(r.path));
    expect(matching.map((r) => r.status).slice(0, 2)).toEqual([502, 502]);
    expect(server.calls(operation).length).toBeGreaterThanOrEqual(1);
  });

  it('fails clearly once 5xx answers outlast the retries', async () => {
    server.failNext('POST', /\/git\/commits$/, 503, 10);
    await expect(
      commitFiles(gh, repo, { branch: 'main', message: 'm', files: releaseFiles('1.0.0') }),
    ).rejects.toThrow(
      `creating the commit on ${server.owner}/${server.repo}@main: GitHub answered 503: Server Error`,
    );
    expect(server.requests.filter((r) => r.status === 503)).toHaveLength(4);
  });

  it('explains a token without write permission', async () => {
    server.failNext('POST', /\/git\/trees$/, 403, 1, {
      message: 'Resource not accessible by integration',
    });
    await expect(
      commitFiles(gh, repo, { branch: 'main', message: 'm', files: releaseFiles('1.0.0') }),
    ).rejects.toThrow(
      /403: Resource not accessible by integration \(grant the workflow `permissions: contents: write`\)/,
    );
  });

  it('fails clearly when the branch does not exist', async () => {
    await expect(
      commitFiles(gh, repo, { branch: 'release', message: 'm', files: releaseFiles('1.0.0') }),
    ).rejects.toThrow(/branch release does not exist .*\(commit-branch\)/);
  });

  it.each([['/abs'], ['a/../b'], ['a//b'], ['dir/'], ['']])(
    'refuses the path %j before any request',
    async (path) => {
      await expect(
        commitFiles(gh, repo, {
          branch: 'main',
          message: 'm',
          files: [{ path, content: Buffer.from('x') }],
        }),
      ).rejects.toThrow(/not a relative file path/);
      expect(server.requests).toEqual([]);
    },
  );

  it('commits through a GHES API root', async () => {
    const ghes = await start({ ghes: true });
    try {
      const client = createGitHub(ghes.token, { ...ghes.clientOptions(), log });
      const result = await commitFiles(
        client,
        { owner: ghes.owner, repo: ghes.repo },
        { branch: 'main', message: 'm', files: releaseFiles('1.0.0') },
      );
      expect(result.sha).toBe(await ghes.branchHead());
      expect(ghes.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
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
