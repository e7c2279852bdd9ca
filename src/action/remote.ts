import { setTimeout as sleepFor } from 'node:timers/promises';
import { CheckError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { isTrackerDraftBody } from '../core/release-notes.js';
import {
  latestAfterConcurrentPublishes,
  needsReleaseFiles,
  planRemote,
  type BranchState,
  type CommitPlan,
  type Generated,
  type PlanResult,
  type ReleaseFiles,
  type RemotePlan,
  type RemoteSettings,
  type RemoteState,
  type RunMemory,
} from '../core/remote-plan.js';
import type { StoredFiles } from '../core/same-release.js';
import { backoffDelayMs, type BackoffPolicy } from '../core/time-limits.js';
import type { GitHub, RepoRef } from '../github/client.js';
import {
  createCommit,
  createTree,
  getBranchHead,
  getDefaultBranch,
  moveBranch,
  readFilesAt,
  type BranchHead,
} from '../github/commit.js';
import {
  createDraft,
  deleteRelease,
  downloadAsset,
  findTagReleases,
  latestReleaseTag,
  makeLatest,
  putAssets,
  recentReleases,
  ReleaseGone,
  releaseState,
  updateRelease,
  type AssetFile,
  type AssetResult,
  type Release,
} from '../github/release.js';

/**
 * The executor of the remote steps (README: Re-runs and safety): read the state, let the pure plan
 * (src/core/remote-plan.ts) decide, carry it out in as few sequential rounds as it allows, and when
 * the state changed underneath (the branch moved, another run published the tag, a release went
 * away), read again and let the plan decide again.
 *
 * A first release takes five rounds: 1. every look-up at once; 2. the same files read again at the
 * head commit (contents read by branch name may come from a newer commit than the head read beside
 * them) while the tree is built (a tree changes nothing anyone sees); 3. the commit and the draft;
 * 4. the ref update without force and the uploads to that fresh draft; 5. the publish, notes and
 * latest in one update. A re-run that changes nothing is round 1 alone.
 */

export interface RemoteLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface RemoteJob {
  readonly gh: GitHub;
  readonly repo: RepoRef;
  readonly settings: RemoteSettings;
  readonly generated: Generated;
  /** `commit-branch`; empty for the default branch. */
  readonly branch: string;
  /** The default branch as the event payload names it; empty: ask the API. */
  readonly defaultBranch: string;
  readonly commitMessage: string;
  /** Where a new release's tag would point, when GitHub has to create the tag. */
  readonly targetCommitish?: string;
  readonly backoff: BackoffPolicy;
  readonly log: RemoteLog;
  readonly sleep?: (ms: number) => Promise<unknown>;
  readonly random?: () => number;
  /** Milliseconds of a clock, for the back-off budget. */
  readonly now?: () => number;
}

export interface RemoteResult {
  /** The plan that was carried out last: what is recorded, and where it came from. */
  readonly plan: RemotePlan;
  /** The commit this run made, or empty. */
  readonly commitSha: string;
  readonly branch: string;
  readonly release: Release | null;
  /** Where the same release was found and reused from; null when this run recorded it. */
  readonly reusedFrom: string | null;
  readonly notes: readonly string[];
}

/** Times the release side may be overtaken (publish refused, a release gone) before giving up. */
const MAX_RELEASE_RACES = 5;
/** Ref updates refused while the branch did not move (a lagging replica, or a protection rule). */
const MAX_REFUSED_IN_PLACE = 5;

interface Observation {
  readonly state: RemoteState;
  /** The newest hundred releases, every tag. */
  readonly recent: readonly Release[];
  /** The branch files as read by branch name, to compare with the head commit's. */
  readonly byName: ReadonlyMap<string, Buffer | null> | null;
  readonly head: BranchHead | null;
  readonly releases: ReadonlyMap<number, Release>;
}

type Attempt =
  | { readonly kind: 'done'; readonly result: RemoteResult }
  /** The ref update was refused: the branch is no longer at `parent`. */
  | { readonly kind: 'moved'; readonly parent: string }
  | { readonly kind: 'raced'; readonly why: string };

const contentType = (name: string): string =>
  name.endsWith('.json') ? 'application/json' : 'application/yaml';

const assetFiles = (files: ReleaseFiles): AssetFile[] =>
  files.map((f) => ({ name: f.name, content: f.content, contentType: contentType(f.name) }));

function sameChanges(a: CommitPlan, b: CommitPlan): boolean {
  return (
    a.files.length === b.files.length &&
    a.files.every((f, i) => f.path === b.files[i]?.path && f.content.equals(b.files[i].content))
  );
}

function sameBytes(
  a: ReadonlyMap<string, Buffer | null>,
  b: ReadonlyMap<string, Buffer | null>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (other === undefined) return false;
    if (bytes === null || other === null ? bytes !== other : !bytes.equals(other)) return false;
  }
  return true;
}

export async function recordRemotely(job: RemoteJob): Promise<RemoteResult> {
  const { gh, repo, settings, generated, log } = job;
  const sleep = job.sleep ?? ((ms: number) => sleepFor(ms));
  const random = job.random ?? Math.random;
  const now = job.now ?? Date.now;
  const dir = settings.releasesDir;
  const recordPaths = generated.files.map((f) => f.path);
  const readmePath = `${dir}/README.md`;
  const attributesPath = `${dir}/.gitattributes`;
  const branchPaths = [...recordPaths, readmePath, attributesPath];
  const created: number[] = [];
  const memory: RunMemory = { createdDrafts: created };

  const branchName = settings.commit
    ? job.branch || job.defaultBranch || (await getDefaultBranch(gh, repo))
    : '';
  const where = `${repo.owner}/${repo.repo}@${branchName}`;

  const branchState = (head: BranchHead, files: ReadonlyMap<string, Buffer | null>) => {
    const stored: StoredFiles = {
      releaseInfo: files.get(recordPaths[0] ?? '') ?? null,
      appCompose: files.get(recordPaths[1] ?? '') ?? null,
      dockerCompose: files.get(recordPaths[2] ?? '') ?? null,
    };
    const state: BranchState = {
      name: branchName,
      headSha: head.sha,
      treeSha: head.treeSha,
      files: stored,
      hasReadme: files.get(readmePath) != null,
      hasGitattributes: files.get(attributesPath) != null,
    };
    return state;
  };

  /** This release's files as a release's assets hold them (this run's bytes where digests match). */
  const readReleaseFiles = async (release: Release): Promise<StoredFiles> => {
    const bytes = await Promise.all(
      generated.files.map(async (file) => {
        const asset =
          release.assets.find((a) => a.name === file.name) ??
          release.assets.find((a) => a.label === file.name);
        if (asset?.state !== 'uploaded') return null;
        if (asset.digest === `sha256:${sha256Hex(file.content)}`) return file.content;
        return downloadAsset(gh, repo, asset);
      }),
    );
    return {
      releaseInfo: bytes[0] ?? null,
      appCompose: bytes[1] ?? null,
      dockerCompose: bytes[2] ?? null,
    };
  };

  const observe = async (): Promise<Observation> => {
    const wantRelease = settings.uploadAssets || settings.createRelease;
    const [branch, tagReleases, latestTag] = await Promise.all([
      settings.commit
        ? Promise.all([
            getBranchHead(gh, repo, branchName),
            readFilesAt(gh, repo, branchName, branchPaths),
          ])
        : null,
      wantRelease ? findTagReleases(gh, repo, settings.tag) : null,
      wantRelease && settings.makeLatest === 'auto' && !settings.prerelease
        ? latestReleaseTag(gh, repo)
        : null,
    ]);
    const published = tagReleases?.published ?? null;
    const drafts = tagReleases?.drafts ?? [];
    const releases = new Map([...(published ? [published] : []), ...drafts].map((r) => [r.id, r]));
    const [publishedState, ...draftStates] = await Promise.all(
      [published, ...drafts].map((r) => (r ? releaseState(gh, repo, r) : null)),
    );
    let state: RemoteState = {
      branch: branch ? branchState(branch[0], branch[1]) : null,
      published: publishedState ?? null,
      drafts: draftStates.filter((d) => d !== null),
      latestTag,
      releaseFiles: null,
    };
    const toRead = needsReleaseFiles(settings, state, memory, generated);
    const release = toRead && releases.get(toRead.id);
    if (release) state = { ...state, releaseFiles: await readReleaseFiles(release) };
    return {
      state,
      recent: tagReleases?.recent ?? [],
      byName: branch ? branch[1] : null,
      head: branch ? branch[0] : null,
      releases,
    };
  };

  // Latest under concurrency: each run compares with the latest it read, before runs of other
  // tags published. A run that saw others at work (its branch moved, or their drafts were in
  // flight) looks once more after publishing and hands latest to the highest new release.
  let publishedAtFirstLook: Set<number> | null = null;
  let othersAtWork = false;
  const notice = (seen: Observation): void => {
    publishedAtFirstLook ??= new Set(seen.recent.filter((r) => !r.draft).map((r) => r.id));
    othersAtWork ||= seen.recent.some(
      (r) => r.draft && r.tag_name !== settings.tag && isTrackerDraftBody(r.body ?? null),
    );
  };
  const settleLatest = async (): Promise<void> => {
    const [latest, recent] = await Promise.all([
      latestReleaseTag(gh, repo),
      recentReleases(gh, repo),
    ]);
    const listed = recent.map((r) => ({
      id: r.id,
      tag: r.tag_name,
      draft: r.draft,
      prerelease: r.prerelease,
    }));
    const better = latestAfterConcurrentPublishes(
      publishedAtFirstLook ?? new Set(),
      listed,
      latest,
    );
    if (better === null) return;
    await makeLatest(gh, repo, better);
    const tag = listed.find((r) => r.id === better)?.tag ?? String(better);
    log.info(`${tag} made the latest release again: runs of other tags published meanwhile`);
  };

  let committed = '';
  let movedUnder = false;
  /** Ref updates refused because the branch moved. */
  let moves = 0;
  const refuse = async (reason: string): Promise<never> => {
    // Nothing this run made may stay behind: its drafts go (a person's or another run's stay).
    await Promise.all(created.map((id) => deleteRelease(gh, repo, { id, tag_name: settings.tag })));
    throw new CheckError(
      movedUnder ? `${branchName} moved while this run was committing: ${reason}` : reason,
    );
  };
  const decide = (state: RemoteState): PlanResult => planRemote(settings, state, memory, generated);

  const attempt = async (seen: Observation): Promise<Attempt> => {
    let state = seen.state;
    let plan = decide(state);
    if (plan.kind === 'refuse') return refuse(plan.reason);
    for (const warning of plan.warnings) log.warning(warning);

    // Round 2: the check at the head commit, beside the tree built on it.
    let tree: string | null = null;
    const head = seen.head;
    if (plan.commit && head && seen.byName) {
      const [atHead, built] = await Promise.all([
        readFilesAt(gh, repo, head.sha, branchPaths),
        createTree(gh, repo, head.treeSha, plan.commit.files),
      ]);
      tree = built;
      if (!sameBytes(atHead, seen.byName)) {
        state = { ...state, branch: branchState(head, atHead) };
        const again = decide(state);
        if (again.kind === 'refuse') return refuse(again.reason);
        if (!again.commit) tree = null;
        else if (!sameChanges(again.commit, plan.commit)) {
          tree = await createTree(gh, repo, head.treeSha, again.commit.files);
        }
        plan = again;
      }
      // The head holds exactly these bytes already: nothing to commit.
      if (tree === head.treeSha) tree = null;
    }

    // Round 3: the commit and the draft. Round 4: the ref and the uploads to that fresh draft.
    const release = plan.release;
    const toCreate = release?.target.kind === 'create' ? release.target : null;
    const [commitSha, draft] = await Promise.all([
      tree && head
        ? createCommit(gh, repo, { tree, parent: head.sha, message: job.commitMessage })
        : null,
      toCreate
        ? createDraft(gh, repo, {
            tag: settings.tag,
            name: settings.tag,
            body: toCreate.body,
            prerelease: settings.prerelease,
            ...(job.targetCommitish !== undefined && { targetCommitish: job.targetCommitish }),
          })
        : null,
    ]);
    if (draft) {
      created.push(draft.id);
      log.info(`created draft release ${draft.id} for ${settings.tag}`);
    }
    const files = assetFiles(plan.files);
    const [ref, fresh] = await Promise.allSettled([
      commitSha && head ? moveBranch(gh, repo, branchName, commitSha) : 'moved',
      draft && release && release.assets.length > 0
        ? putAssets(gh, repo, draft, {
            role: 'finish',
            overwrite: settings.overwrite,
            files,
            steps: release.assets,
            addOnly: true,
          })
        : ([] as AssetResult[]),
    ]);
    if (ref.status === 'rejected') throw ref.reason;
    if (ref.value === 'refused' && head) return { kind: 'moved', parent: head.sha };
    if (commitSha) {
      committed = commitSha;
      log.info(`committed ${commitSha} to ${branchName}`);
    }
    if (fresh.status === 'rejected') {
      if (fresh.reason instanceof ReleaseGone) return { kind: 'raced', why: fresh.reason.message };
      throw fresh.reason;
    }
    for (const a of fresh.value) log.info(`asset ${a.name}: ${a.action}`);

    // Settled: what is recorded no longer changes in this attempt.
    let target =
      draft ??
      (release?.target.kind === 'existing' ? seen.releases.get(release.target.release.id) : null) ??
      null;
    if (release && target) {
      if (fresh.value.some((a) => a.action === 'raced')) {
        return { kind: 'raced', why: 'another upload reached the new draft first' };
      }
      if (!draft && release.assets.some((s) => s.kind === 'upload')) {
        const role = release.target.kind === 'existing' ? release.target.role : 'finish';
        try {
          const done = await putAssets(gh, repo, target, {
            role,
            overwrite: settings.overwrite,
            files,
            steps: release.assets,
          });
          for (const a of done) log.info(`asset ${a.name}: ${a.action}`);
        } catch (error) {
          if (error instanceof ReleaseGone) return { kind: 'raced', why: error.message };
          throw error;
        }
      }
      // Round 5: publish with the notes and latest in one update, or the notes alone.
      if (release.publish || release.body !== null) {
        const update = await updateRelease(gh, repo, target, {
          ...(release.body !== null && { body: release.body }),
          ...(release.publish && { publish: release.publish }),
        });
        if (update.kind === 'taken') {
          return { kind: 'raced', why: `another release of ${settings.tag} was published first` };
        }
        if (update.kind === 'gone') return { kind: 'raced', why: `release ${target.id} is gone` };
        target = update.release;
        if (release.publish) {
          const claimed = release.publish.makeLatest === 'true';
          log.info(`published release ${settings.tag}${claimed ? ' as the latest release' : ''}`);
          if (claimed && settings.makeLatest === 'auto' && (moves > 0 || othersAtWork)) {
            await settleLatest();
          }
        }
      }
    }
    if (release && release.deleteDrafts.length > 0) {
      await Promise.all(
        release.deleteDrafts.map((id) => deleteRelease(gh, repo, { id, tag_name: settings.tag })),
      );
      log.info(
        `deleted draft releases of ${settings.tag} that can no longer be published: ${release.deleteDrafts.join(', ')}`,
      );
    }
    return {
      kind: 'done',
      result: {
        plan,
        commitSha: committed,
        branch: branchName,
        release: target,
        // A record this run committed in an earlier attempt is not another run's, reused.
        reusedFrom: committed && plan.reusedFrom === branchName ? null : plan.reusedFrom,
        notes: plan.notes,
      },
    };
  };

  const started = now();
  let refusedInPlace = 0;
  let refusedOn: string | null = null;
  let races = 0;
  for (;;) {
    const seen = await observe();
    notice(seen);
    if (refusedOn !== null && seen.head) {
      refusedInPlace = seen.head.sha === refusedOn ? refusedInPlace + 1 : 0;
      if (seen.head.sha !== refusedOn) movedUnder = true;
      if (refusedInPlace >= MAX_REFUSED_IN_PLACE) {
        throw new CheckError(
          `GitHub refused to move ${where} to the new commit ${refusedInPlace} times although the branch ` +
            'did not move; is it protected against this token? Set commit-branch to another branch or allow the update',
        );
      }
    }
    const outcome = await attempt(seen);
    if (outcome.kind === 'done') return outcome.result;
    if (outcome.kind === 'raced') {
      races++;
      log.info(`looking again: ${outcome.why}`);
      if (races > MAX_RELEASE_RACES) {
        throw new CheckError(
          `release ${settings.tag} kept changing under this run (${outcome.why}); run it again`,
        );
      }
      continue;
    }
    moves++;
    refusedOn = outcome.parent;
    const elapsed = now() - started;
    if (elapsed >= job.backoff.budgetMs) {
      throw new CheckError(
        `${where} kept moving while committing ${settings.tag}: gave up after ${moves} attempts in ${Math.round(elapsed / 1000)} s`,
      );
    }
    const delay = Math.min(
      backoffDelayMs(job.backoff, moves, random()),
      job.backoff.budgetMs - elapsed,
    );
    log.info(`${branchName} moved while committing; trying again in ${delay} ms`);
    await sleep(delay);
  }
}
