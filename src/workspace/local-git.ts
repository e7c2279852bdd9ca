import { execFile } from 'node:child_process';
import { basename } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
    return stdout.trim();
  } catch {
    // Not a repository, no such ref, or no git at all: the CLI works without one.
    return null;
  }
}

export interface LocalGit {
  readonly topLevel: string | null;
  readonly git: { commit: string; ref: string } | null;
  readonly repository: string | null;
}

/** `owner/name` from a GitHub-style remote URL (https, ssh or scp-like). */
function repositoryFromRemote(url: string): string | null {
  const match = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : null;
}

/**
 * What the local repository says about a release: the tag's commit when the tag exists here,
 * else HEAD and the branch it is on.
 */
export async function readLocalGit(cwd: string, tag: string): Promise<LocalGit> {
  const topLevel = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (topLevel === null) return { topLevel: null, git: null, repository: null };
  const tagCommit = await git(cwd, [
    'rev-parse',
    '--verify',
    '--quiet',
    `refs/tags/${tag}^{commit}`,
  ]);
  let info: LocalGit['git'] = null;
  if (tagCommit) info = { commit: tagCommit, ref: `refs/tags/${tag}` };
  else {
    const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const ref = (await git(cwd, ['symbolic-ref', '--quiet', 'HEAD'])) ?? 'HEAD';
    if (head) info = { commit: head, ref };
  }
  const remote = await git(cwd, ['remote', 'get-url', 'origin']);
  const repository = (remote && repositoryFromRemote(remote)) ?? null;
  return { topLevel, git: info, repository };
}

/** The repository's short name, for the default app name. */
export function repositoryName(repository: string | null, fallbackDir: string): string {
  return repository?.split('/')[1] ?? basename(fallbackDir);
}
