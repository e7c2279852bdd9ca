/**
 * The scaffolding of the tests that talk to the GitHub test server in process: a fresh server for
 * each test, a client of it whose log is kept, and the process output captured; and what each such
 * test proves besides its own assertions: no request GitHub would refuse was sent, and the token
 * was printed nowhere (not on stdout or stderr, the runner's add-mask command aside, and not in
 * the client's log).
 */
import { afterEach, beforeEach, expect } from 'vitest';
import {
  createGitHub,
  type GitHub,
  type GitHubLog,
  type RepoRef,
} from '../../src/github/client.js';
import { start, type GitHubServer } from './github-server.js';
import { captureOutput } from './output.js';

export type CapturedOutput = ReturnType<typeof captureOutput>;

/** One test's server, its client, and what the process printed meanwhile. */
export interface GitHubTest {
  readonly server: GitHubServer;
  readonly gh: GitHub;
  readonly repo: RepoRef;
  readonly output: CapturedOutput;
}

/**
 * Registers the hooks; `use` receives each test's parts before the test runs. `logged` (what the
 * client logged, as `level message`, emptied before each test) and `log` (a client log writing
 * there, for other clients a test makes) are the same for every test.
 */
export function useGitHubServer(use: (test: GitHubTest) => void): {
  readonly logged: string[];
  readonly log: GitHubLog;
} {
  const logged: string[] = [];
  const log: GitHubLog = {
    debug: (m) => logged.push(`debug ${m}`),
    info: (m) => logged.push(`info ${m}`),
    warn: (m) => logged.push(`warn ${m}`),
    error: (m) => logged.push(`error ${m}`),
  };
  let current: GitHubTest | undefined;
  beforeEach(async () => {
    const server = await start();
    logged.length = 0;
    const output = captureOutput();
    const gh = createGitHub(server.token, { ...server.clientOptions(), log });
    current = { server, gh, repo: { owner: server.owner, repo: server.repo }, output };
    use(current);
  });
  afterEach(async () => {
    if (!current) return;
    const { server, output } = current;
    current = undefined;
    output.restore();
    try {
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
  return { logged, log };
}
