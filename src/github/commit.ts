import { CheckError } from '../core/errors.js';
import { apiError, describeApiError, hasStatus, type GitHub, type RepoRef } from './client.js';

/**
 * The git data API, piece by piece: the branch head with its tree, file bytes at a commit, a tree on
 * `base_tree`, a commit, and the ref update without force. A commit GitHub makes for the token is
 * signed by GitHub and shows as verified; nothing is pushed. The executor (src/action/remote.ts)
 * decides the order and retries.
 */

export interface FileChange {
  readonly path: string;
  readonly content: Buffer;
}

export interface BranchHead {
  readonly sha: string;
  readonly treeSha: string;
}

export async function getDefaultBranch(gh: GitHub, repo: RepoRef): Promise<string> {
  try {
    const { data } = await gh.rest.repos.get({ ...repo });
    return data.default_branch;
  } catch (error) {
    throw describeApiError(`reading repository ${repo.owner}/${repo.repo}`, error);
  }
}

/** The head commit of `branch` and its tree, in one request. */
export async function getBranchHead(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
): Promise<BranchHead> {
  try {
    const { data } = await gh.rest.repos.getBranch({ ...repo, branch });
    return { sha: data.commit.sha, treeSha: data.commit.commit.tree.sha };
  } catch (error) {
    if (hasStatus(error, 404)) {
      throw new CheckError(
        `branch ${branch} does not exist in ${repo.owner}/${repo.repo} (commit-branch)`,
        { cause: error },
      );
    }
    throw describeApiError(`reading branch ${branch} of ${repo.owner}/${repo.repo}`, error);
  }
}

const short = (ref: string): string => (/^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 12) : ref);

/**
 * The exact bytes of `path` at `ref` (a branch name or a commit), or null when there is no such
 * file. The contents API answers base64 (exact bytes, no newline conversion); for a file over 1 MB
 * it sends no content and the blob API gives it.
 */
export async function readFileAt(
  gh: GitHub,
  repo: RepoRef,
  ref: string,
  path: string,
): Promise<Buffer | null> {
  let data: Awaited<ReturnType<GitHub['rest']['repos']['getContent']>>['data'];
  try {
    ({ data } = await gh.rest.repos.getContent({ ...repo, path, ref }));
  } catch (error) {
    if (hasStatus(error, 404)) return null;
    throw describeApiError(`reading ${path} at ${short(ref)}`, error);
  }
  if (Array.isArray(data) || data.type !== 'file') {
    const kind = Array.isArray(data) ? 'dir' : data.type;
    throw new CheckError(`${path} at ${short(ref)} is a ${kind}, not a file`);
  }
  if ('encoding' in data && data.encoding === 'base64' && 'content' in data) {
    const bytes = Buffer.from(data.content, 'base64');
    if (bytes.length === data.size) return bytes;
  }
  try {
    const blob = await gh.rest.git.getBlob({ ...repo, file_sha: data.sha });
    const bytes = Buffer.from(
      blob.data.content,
      blob.data.encoding === 'base64' ? 'base64' : 'utf8',
    );
    if (bytes.length !== data.size) {
      throw new CheckError(`${path}: GitHub returned ${bytes.length} of its ${data.size} bytes`);
    }
    return bytes;
  } catch (error) {
    if (error instanceof CheckError) throw error;
    throw describeApiError(`reading ${path} at ${short(ref)}`, error);
  }
}

/** The bytes of each path at `ref`, read in parallel (null: absent). */
export async function readFilesAt(
  gh: GitHub,
  repo: RepoRef,
  ref: string,
  paths: readonly string[],
): Promise<Map<string, Buffer | null>> {
  const contents = await Promise.all(paths.map((path) => readFileAt(gh, repo, ref, path)));
  return new Map(paths.map((path, i) => [path, contents[i] ?? null]));
}

/** True when the bytes survive a UTF-8 round trip, so they can travel as a JSON string. */
export function isUtf8Text(bytes: Buffer): boolean {
  return !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

type TreeEntry = { path: string; mode: '100644'; type: 'blob' } & (
  { content: string } | { sha: string }
);

async function treeEntry(gh: GitHub, repo: RepoRef, file: FileChange): Promise<TreeEntry> {
  if (isUtf8Text(file.content)) {
    return {
      path: file.path,
      mode: '100644',
      type: 'blob',
      content: file.content.toString('utf8'),
    };
  }
  // Inline tree content is a JSON string; anything that is not text goes as a base64 blob.
  try {
    const { data } = await gh.rest.git.createBlob({
      ...repo,
      content: file.content.toString('base64'),
      encoding: 'base64',
    });
    return { path: file.path, mode: '100644', type: 'blob', sha: data.sha };
  } catch (error) {
    throw describeApiError(`uploading ${file.path}`, error);
  }
}

export function checkPaths(files: readonly FileChange[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    if (
      path === '' ||
      path.startsWith('/') ||
      path.endsWith('/') ||
      path.split('/').some((s) => s === '' || s === '.' || s === '..')
    ) {
      throw new CheckError(`cannot commit "${path}": not a relative file path`);
    }
    if (seen.has(path)) throw new CheckError(`cannot commit "${path}" twice in one commit`);
    seen.add(path);
  }
}

/**
 * A tree holding `files` on top of `baseTree`. Creating one changes nothing anyone sees, so it may
 * be built before the last check.
 */
export async function createTree(
  gh: GitHub,
  repo: RepoRef,
  baseTree: string,
  files: readonly FileChange[],
): Promise<string> {
  checkPaths(files);
  const entries = await Promise.all(files.map((f) => treeEntry(gh, repo, f)));
  try {
    const { data } = await gh.rest.git.createTree({ ...repo, base_tree: baseTree, tree: entries });
    return data.sha;
  } catch (error) {
    throw describeApiError(`building the tree on ${repo.owner}/${repo.repo}`, error);
  }
}

/** A commit of `tree` on `parent`, authored and signed by GitHub for the token. */
export async function createCommit(
  gh: GitHub,
  repo: RepoRef,
  opts: { readonly tree: string; readonly parent: string; readonly message: string },
): Promise<string> {
  try {
    const { data } = await gh.rest.git.createCommit({
      ...repo,
      message: opts.message,
      tree: opts.tree,
      parents: [opts.parent],
    });
    return data.sha;
  } catch (error) {
    throw describeApiError(`creating the commit on ${repo.owner}/${repo.repo}`, error);
  }
}

/** The ref update was refused because the branch is no longer where the commit was built. */
function notFastForward(error: unknown): boolean {
  const api = apiError(error);
  if (!api) return false;
  return api.status === 409 || (api.status === 422 && /fast[ -]?forward/i.test(api.message));
}

/**
 * Moves `branch` to `sha` without force: `refused` when GitHub answers that it is not a fast
 * forward (the branch moved since the commit was built, or a replica lags behind).
 */
export async function moveBranch(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  sha: string,
): Promise<'moved' | 'refused'> {
  try {
    await gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
    return 'moved';
  } catch (error) {
    if (notFastForward(error)) return 'refused';
    throw describeApiError(`moving ${repo.owner}/${repo.repo}@${branch} to ${sha}`, error);
  }
}
