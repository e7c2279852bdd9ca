import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { ACTION, tempDir } from './cli.js';
import { start, type GitHubServer } from './github-server.js';

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface RunOptions {
  /** The Node binary; default this one. */
  readonly node?: string;
  /** Extra or overriding environment variables. */
  readonly env?: Record<string, string>;
  /** GITHUB_SHA, the pushed commit; default `aaaa…`. */
  readonly sha?: string;
  /** The pushed tag: GITHUB_REF `refs/tags/<tag>`; default v1.0.0 (or what `env.GITHUB_REF` names). */
  readonly tag?: string;
  /**
   * The webhook payload the runner writes to GITHUB_EVENT_PATH: by default a tag push's; an object
   * is merged over it (top-level keys); false writes none and leaves GITHUB_EVENT_PATH unset.
   */
  readonly event?: boolean | Record<string, unknown>;
  /** Killed (SIGKILL) after this long; default 90 s. */
  readonly timeoutMs?: number;
  /** The script run instead of the bundled action (to test this emulation itself). */
  readonly script?: string;
}

/** Parses `GITHUB_OUTPUT` as the runner does: `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

/**
 * The `push` payload GitHub sends for a new tag `ref` on `sha` (the fields a workflow reads; see
 * https://docs.github.com/webhooks/webhook-events-and-payloads#push).
 */
export async function tagPushEvent(
  server: GitHubServer | undefined,
  ref: string,
  sha: string,
): Promise<Record<string, unknown>> {
  const owner = server?.owner ?? 'acme';
  const repo = server?.repo ?? 'app';
  const web = server?.serverUrl ?? 'https://github.com';
  const api = server?.url ?? 'https://api.github.com';
  const html = `${web}/${owner}/${repo}`;
  // The pushed commit as the repository holds it, when it does.
  const known = server && (await server.git.typeOf(sha)) === 'commit';
  const commit = known ? await server.git.readCommit(sha) : undefined;
  const person = (p: { name: string; email: string } | undefined) => ({
    name: p?.name ?? 'Octo Cat',
    email: p?.email ?? 'octocat@example.com',
    username: 'octocat',
  });
  const sender = {
    login: 'octocat',
    id: 583231,
    node_id: 'MDQ6VXNlcjU4MzIzMQ==',
    type: 'User',
    site_admin: false,
    html_url: `${web}/octocat`,
    url: `${api}/users/octocat`,
  };
  return {
    ref,
    before: '0'.repeat(40),
    after: sha,
    base_ref: null,
    created: true,
    deleted: false,
    forced: false,
    compare: `${html}/compare/${ref.replace(/^refs\/tags\//, '')}`,
    commits: [],
    head_commit: {
      id: sha,
      tree_id: commit?.tree ?? null,
      distinct: true,
      message: commit?.message ?? 'release',
      timestamp: commit?.committer.date ?? '2024-01-01T00:00:00Z',
      url: `${html}/commit/${sha}`,
      author: person(commit?.author),
      committer: person(commit?.committer),
      added: [],
      removed: [],
      modified: [],
    },
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    repository: {
      id: 123456,
      node_id: 'R_kgDOtest',
      name: repo,
      full_name: `${owner}/${repo}`,
      private: false,
      owner: {
        name: owner,
        login: owner,
        id: 654321,
        type: 'Organization',
        html_url: `${web}/${owner}`,
      },
      html_url: html,
      url: html,
      clone_url: `${html}.git`,
      git_url: `${html.replace(/^https?/, 'git')}.git`,
      fork: false,
      archived: false,
      visibility: 'public',
      default_branch: server?.defaultBranch ?? 'main',
      master_branch: server?.defaultBranch ?? 'main',
      created_at: 1704067200,
      pushed_at: Math.floor(Date.now() / 1000),
    },
    sender,
  };
}

/**
 * Runs the bundled action as the runner does: `node dist/index.js` with `INPUT_*` (names upper-cased,
 * hyphens kept), `GITHUB_*`, the event payload at GITHUB_EVENT_PATH, and files for outputs and the
 * step summary (written next to the workspace).
 */
export async function runAction(
  server: GitHubServer | undefined,
  workspace: string,
  inputs: Record<string, string>,
  opts: RunOptions = {},
): Promise<ActionRun> {
  const base = join(workspace, '..', `${Date.now()}-${Math.random()}`);
  const outputFile = `${base}-output`;
  const summaryFile = `${base}-summary`;
  const eventFile = `${base}-event.json`;
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const ref = opts.env?.['GITHUB_REF'] ?? `refs/tags/${opts.tag ?? 'v1.0.0'}`;
  const sha = opts.sha ?? 'a'.repeat(40);
  if (opts.event !== false) {
    const event = {
      ...(await tagPushEvent(server, ref, sha)),
      ...(typeof opts.event === 'object' && opts.event),
    };
    writeFileSync(eventFile, JSON.stringify(event, null, 2));
  }
  const owner = server?.owner ?? 'acme';
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: server ? `${server.owner}/${server.repo}` : 'acme/app',
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_EVENT_NAME: 'push',
    ...(opts.event !== false && { GITHUB_EVENT_PATH: eventFile }),
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(tags|heads)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/heads/') ? 'branch' : 'tag',
    GITHUB_SHA: sha,
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...(server && { GITHUB_API_URL: server.url, GITHUB_SERVER_URL: server.serverUrl }),
    ...(server && { INPUT_TOKEN: server.token }),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env,
  };
  return new Promise((resolve, reject) => {
    // Asynchronous: the API server runs in this process and must keep answering.
    const child = spawn(opts.node ?? process.execPath, [opts.script ?? ACTION], {
      cwd: workspace,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
  });
}

export interface ActionJob {
  readonly workspace: string;
  readonly inputs: Record<string, string>;
  /** Per-run options; `tag` sets the pushed tag. */
  readonly opts?: RunOptions;
}

/**
 * Runs several bundled actions at once against one server, as concurrent workflow runs would
 * (give each its own workspace and, usually, its own tag); resolves with every run's result in
 * the order of `jobs`.
 */
export function runActions(
  server: GitHubServer | undefined,
  jobs: readonly ActionJob[],
): Promise<ActionRun[]> {
  return Promise.all(jobs.map((job) => runAction(server, job.workspace, job.inputs, job.opts)));
}

/** One bundled-action test's GitHub test server and its empty workspace. */
export interface ActionTest {
  readonly server: GitHubServer;
  /** The checked-out repository: an empty directory, beside which the runner's files go. */
  readonly workspace: string;
}

/**
 * Registers the hooks of a file of bundled-action tests: before each test a fresh GitHub test
 * server (`acme/app`) and an empty workspace, handed to `use` (with `prepare` run first, to write
 * the files the tests share); after it, no request GitHub would refuse was sent, and both are
 * gone. Nothing runs where `available` is false (a suite skipped for want of a registry).
 */
export function useActionWorkspace(
  use: (test: ActionTest) => void,
  opts: { readonly prefix?: string; readonly available?: boolean } = {},
  prepare: (workspace: string) => void = () => undefined,
): void {
  let cleanup: (() => void) | undefined;
  let server: GitHubServer | undefined;
  beforeEach(async () => {
    if (opts.available === false) return;
    server = await start({ owner: 'acme', repo: 'app' });
    const tmp = tempDir(opts.prefix ?? 'rt-action-');
    cleanup = tmp.cleanup;
    const workspace = join(tmp.dir, 'workspace');
    mkdirSync(workspace);
    prepare(workspace);
    use({ server, workspace });
  });
  afterEach(async () => {
    const [stopping, removing] = [server, cleanup];
    server = undefined;
    cleanup = undefined;
    try {
      if (stopping) expect(stopping.violations).toEqual([]);
    } finally {
      await stopping?.stop();
      removing?.();
    }
  });
}
