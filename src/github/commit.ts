import { setTimeout as sleep } from 'node:timers/promises';
import { CheckError } from '../core/errors.js';
import { apiError, describeApiError, hasStatus, type GitHub, type RepoRef } from './client.js';

/**
 * One commit through the git data API (ref → commit → tree → commit → ref), never a push: a commit
 * GitHub makes for the token is signed by GitHub and shows as verified.
 */

export interface FileChange {
  readonly path: string;
  readonly content: Buffer;
}

export interface CommitOptions {
  readonly branch: string;
  readonly message: string;
  readonly files: readonly FileChange[];
  /** Written only when the path is absent at the branch head (a README created once). */
  readonly createOnly?: readonly FileChange[];
  /** Tries of the ref update in all, when the branch keeps moving under us. Default 5. */
  readonly maxAttempts?: number;
  /**
   * Pause before trying the same commit again when the branch still reads as before (GitHub's
   * reads can lag behind its writes), times the attempt number, in ms. Default 1000.
   */
  readonly retryDelayMs?: number;
  /**
   * The branch as the caller just read it (readBranchFiles): the first attempt builds on it
   * without reading it again. A stale one costs nothing but a retry: the ref update is a
   * fast-forward check.
   */
  readonly head?: BranchState;
  /**
   * Called with the bytes of `files`' paths at a new head before the commit is rebuilt on it
   * (the branch moved); throwing stops the commit. Lets the caller refuse to replace what a
   * concurrent run recorded meanwhile.
   */
  readonly onMoved?: (files: ReadonlyMap<string, Buffer | null>) => void;
}

/** A branch head with its tree, and the bytes of some paths there (null: absent). */
export interface BranchState {
  readonly headSha: string;
  readonly treeSha: string;
  readonly files: ReadonlyMap<string, Buffer | null>;
}

export interface CommitResult {
  /** The new commit, or null when the branch already held exactly these files. */
  readonly sha: string | null;
  readonly attempts: number;
}

export async function getDefaultBranch(gh: GitHub, repo: RepoRef): Promise<string> {
  try {
    const { data } = await gh.rest.repos.get({ ...repo });
    return data.default_branch;
  } catch (error) {
    throw describeApiError(`reading repository ${repo.owner}/${repo.repo}`, error);
  }
}

async function headSha(gh: GitHub, repo: RepoRef, branch: string): Promise<string> {
  try {
    const { data } = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    if (data.object.type !== 'commit') {
      throw new CheckError(
        `branch ${branch} of ${repo.owner}/${repo.repo} does not point at a commit`,
      );
    }
    return data.object.sha;
  } catch (error) {
    if (hasStatus(error, 404)) {
      throw new CheckError(
        `branch ${branch} does not exist in ${repo.owner}/${repo.repo} (commit-branch)`,
        { cause: error },
      );
    }
    if (error instanceof CheckError) throw error;
    throw describeApiError(`reading branch ${branch} of ${repo.owner}/${repo.repo}`, error);
  }
}

/**
 * The exact bytes of `path` at commit `ref`, or null when there is no such file. The contents API
 * answers base64 (exact bytes, no newline conversion); for a file over 1 MB it sends no content and
 * the blob API gives it.
 */
async function readFileAt(
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
    throw describeApiError(`reading ${path} at ${ref.slice(0, 12)}`, error);
  }
  if (Array.isArray(data) || data.type !== 'file') {
    const kind = Array.isArray(data) ? 'dir' : data.type;
    throw new CheckError(`${path} at ${ref.slice(0, 12)} is a ${kind}, not a file`);
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
    throw describeApiError(`reading ${path} at ${ref.slice(0, 12)}`, error);
  }
}

/** The bytes of each path at the head of `branch`, all read at the same commit. */
export async function readBranchFiles(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  paths: readonly string[],
): Promise<BranchState> {
  const sha = await headSha(gh, repo, branch);
  const [treeSha, contents] = await Promise.all([
    treeOf(gh, repo, sha, branch),
    Promise.all(paths.map((path) => readFileAt(gh, repo, sha, path))),
  ]);
  return {
    headSha: sha,
    treeSha,
    files: new Map(paths.map((path, i) => [path, contents[i] ?? null])),
  };
}

async function treeOf(gh: GitHub, repo: RepoRef, sha: string, branch: string): Promise<string> {
  try {
    return (await gh.rest.git.getCommit({ ...repo, commit_sha: sha })).data.tree.sha;
  } catch (error) {
    throw describeApiError(`reading commit ${sha} of ${branch}`, error);
  }
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

/** The ref update was refused because the branch is no longer where we read it. */
function branchMoved(error: unknown): boolean {
  const api = apiError(error);
  if (!api) return false;
  return api.status === 409 || (api.status === 422 && /fast[ -]?forward/i.test(api.message));
}

function checkPaths(files: readonly FileChange[]): void {
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
 * Commits `files` (and each `createOnly` file absent at the head) to `branch` as one commit on its
 * head, then moves the branch there without force. When the branch moved in between, reads the new
 * head and tries again, up to `maxAttempts` tries in all.
 */
export async function commitFiles(
  gh: GitHub,
  repo: RepoRef,
  opts: CommitOptions,
): Promise<CommitResult> {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 5);
  const retryDelayMs = opts.retryDelayMs ?? 1000;
  const createOnly = opts.createOnly ?? [];
  checkPaths([...opts.files, ...createOnly]);
  const where = `${repo.owner}/${repo.repo}@${opts.branch}`;
  // Blobs for non-text files do not depend on the head: created once (while the head is read),
  // reused by every attempt.
  const known = opts.head;
  const [entries, firstHead] = await Promise.all([
    Promise.all(opts.files.map((f) => treeEntry(gh, repo, f))),
    known ? known.headSha : headSha(gh, repo, opts.branch),
  ]);
  const optionalEntries = new Map<string, Promise<TreeEntry>>();

  /** The commit of our files on `sha`, or null when `sha` already holds them. */
  const commitOn = async (sha: string): Promise<string | null> => {
    const at = known?.headSha === sha ? known : undefined;
    const [tree, missing] = await Promise.all([
      at ? at.treeSha : treeOf(gh, repo, sha, opts.branch),
      Promise.all(
        createOnly.map(async (f) => {
          const seen = at?.files.has(f.path) ? at.files.get(f.path) : undefined;
          const current = seen !== undefined ? seen : await readFileAt(gh, repo, sha, f.path);
          return current === null ? f : null;
        }),
      ),
    ]);
    const extra = await Promise.all(
      missing
        .filter((f): f is FileChange => f !== null)
        .map((f) => {
          let entry = optionalEntries.get(f.path);
          if (!entry) {
            entry = treeEntry(gh, repo, f);
            optionalEntries.set(f.path, entry);
          }
          return entry;
        }),
    );
    let newTree: string;
    try {
      const { data } = await gh.rest.git.createTree({
        ...repo,
        base_tree: tree,
        tree: [...entries, ...extra],
      });
      newTree = data.sha;
    } catch (error) {
      throw describeApiError(`building the tree on ${where}`, error);
    }
    if (newTree === tree) return null;
    try {
      const { data } = await gh.rest.git.createCommit({
        ...repo,
        message: opts.message,
        tree: newTree,
        parents: [sha],
      });
      return data.sha;
    } catch (error) {
      throw describeApiError(`creating the commit on ${where}`, error);
    }
  };

  let parent = firstHead;
  let commit = await commitOn(parent);
  let moved = false;
  let lastError: unknown;
  for (let attempt = 1; ; attempt++) {
    if (commit === null) return { sha: null, attempts: attempt };
    try {
      await gh.rest.git.updateRef({
        ...repo,
        ref: `heads/${opts.branch}`,
        sha: commit,
        force: false,
      });
      return { sha: commit, attempts: attempt };
    } catch (error) {
      if (!branchMoved(error)) throw describeApiError(`moving ${where} to ${commit}`, error);
      lastError = error;
    }
    if (attempt >= maxAttempts) break;
    const head = await headSha(gh, repo, opts.branch);
    if (head === parent) {
      // Refused, yet the branch reads as before: a replica that lags behind, or a rule that
      // refuses the update. Wait and try the same commit again.
      await sleep(retryDelayMs * attempt);
      continue;
    }
    moved = true;
    parent = head;
    if (opts.onMoved) {
      const paths = opts.files.map((f) => f.path);
      const current = await Promise.all(paths.map((p) => readFileAt(gh, repo, head, p)));
      opts.onMoved(new Map(paths.map((p, i) => [p, current[i] ?? null])));
    }
    commit = await commitOn(parent);
  }
  const last = apiError(lastError);
  const answer = last ? ` (last answer ${last.status}: ${last.message})` : '';
  throw new CheckError(
    moved
      ? `${where} kept moving while committing: gave up after ${maxAttempts} attempts${answer}`
      : `GitHub refused to move ${where} to the new commit ${maxAttempts} times although the branch ` +
          `did not move${answer}; is it protected against this token? Set commit-branch to another branch or allow the update`,
    { cause: lastError },
  );
}
