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

/** One path segment of a GitHub owner or repository name. */
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9_.-]+$/;
const REMOTE_SCHEMES = new Set(['https', 'http', 'ssh', 'git', 'git+ssh', 'ssh+git']);

/** The host and path of a remote URL, or null for a local path or a scheme that names no host. */
function hostAndPath(url: string): { host: string; path: string } | null {
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/(.*)$/i.exec(url);
  if (withScheme) {
    const [, scheme = '', authority = '', path = ''] = withScheme;
    if (!REMOTE_SCHEMES.has(scheme.toLowerCase())) return null;
    // Credentials and a port are not part of the host.
    return { host: authority.replace(/^.*@/, '').replace(/:\d*$/, ''), path };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return null;
  // scp-like: no slash before the first colon; a one-letter "host" is a Windows drive (C:\x).
  const scpLike = /^(?:[^@/:]+@)?([^@/:]{2,}):(.*)$/.exec(url);
  if (!scpLike) return null;
  const [, host = '', path = ''] = scpLike;
  return { host, path };
}

/**
 * `owner/name` from a remote URL that names a host and exactly those two path segments, as GitHub
 * (and GHES) remotes do: `https://host/owner/name(.git)`, `ssh://[user@]host[:port]/owner/name`,
 * or scp-like `[user@]host:owner/name`. A local path, a `file://` URL or a deeper path (GitLab
 * subgroups, Azure DevOps) gives null: a name made from those names no repository.
 */
export function repositoryFromRemote(remote: string): string | null {
  const found = hostAndPath(remote.trim());
  if (!found || found.host === '' || /[\s\\]/.test(found.host)) return null;
  const segments = found.path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/');
  if (segments.length !== 2 || !segments.every((s) => NAME.test(s))) return null;
  return segments.join('/');
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
