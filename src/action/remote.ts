import { setTimeout as sleepFor } from 'node:timers/promises';
import { CheckError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { isTrackerDraftBody } from '../core/release-notes.js';
import {
  findAsset,
  isRefusal,
  latestAfterConcurrentPublishes,
  needsReleaseFiles,
  planRemote,
  type BranchState,
  type CommitPlan,
  type Generated,
  type PlanResult,
  type Refusal,
  type ReleaseFiles,
  type ReleaseState,
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
  releasePageBudget,
  releaseState,
  updateRelease,
  type AssetFile,
  type AssetResult,
  type PageBudget,
  type Release,
} from '../github/release.js';

/**
 * The executor of the remote steps (README: Re-runs and safety): read the state, let the pure plan
 * (src/core/remote-plan.ts) decide, carry it out in as few sequential rounds as it allows, and when
 * the state changed underneath (the branch moved, another run published the tag, an upload raced,
 * a release went away), read again and let the plan decide again. A dry run takes the same look
 * and the same decision, and stops before the first write.
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

/** The remote settings as the executor takes them: the plan's, and where the commit goes. */
export interface RemoteRunSettings extends RemoteSettings {
  /** `commit-branch`; empty for the default branch. */
  readonly branch: string;
  /** The default branch as the event payload names it; empty: ask the API. */
  readonly defaultBranch: string;
  /** With `{tag}` and `{version}` replaced. */
  readonly commitMessage: string;
  /** Where a new release's tag would point, when GitHub has to create the tag. */
  readonly targetCommitish?: string;
}

export interface RemoteJob {
  readonly gh: GitHub;
  readonly repo: RepoRef;
  readonly settings: RemoteRunSettings;
  readonly generated: Generated;
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

/** What one look at GitHub found. */
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

/** Carries out the remote steps of one run; see the file comment. */
export function recordRemotely(job: RemoteJob): Promise<RemoteResult> {
  return new RemoteRun(job).run();
}

/**
 * What the run would do: the same look and the same decision as `recordRemotely`, with reads
 * only. Either the plan a real run would start carrying out now, or its refusal.
 */
export function planRemotely(job: RemoteJob): Promise<PlanResult> {
  return new RemoteRun(job).plan();
}

/** The round-3 and round-4 work of one attempt: the commit and the draft, then ref and uploads. */
interface Landed {
  readonly kind: 'landed';
  /** The commit this attempt put on the branch, or null. */
  readonly commitSha: string | null;
  /** The draft this attempt created, or null. */
  readonly draft: Release | null;
}

class RemoteRun {
  private readonly settings: RemoteRunSettings;
  private readonly generated: Generated;
  private readonly log: RemoteLog;
  private readonly recordPaths: readonly string[];
  private readonly readmePath: string;
  private readonly attributesPath: string;
  private readonly branchPaths: readonly string[];
  /** Drafts this run created. */
  private readonly created: number[] = [];
  private branchName = '';
  /** The commit this run made, in any attempt. */
  private committed = '';
  /** Ref updates refused because the branch was not where the commit was built. */
  private moves = 0;
  /** The branch was seen on another head after a refused update. */
  private movedUnder = false;
  private publishedAtFirstLook: Set<number> | null = null;
  private othersAtWork = false;
  /** What is left of the run's pages of the release list. */
  private readonly pages: PageBudget = releasePageBudget();

  constructor(private readonly job: RemoteJob) {
    this.settings = job.settings;
    this.generated = job.generated;
    this.log = job.log;
    const dir = job.settings.releasesDir;
    this.recordPaths = job.generated.files.map((f) => f.path);
    this.readmePath = `${dir}/README.md`;
    this.attributesPath = `${dir}/.gitattributes`;
    this.branchPaths = [...this.recordPaths, this.readmePath, this.attributesPath];
  }

  private get memory(): RunMemory {
    return { createdDrafts: this.created };
  }

  private get where(): string {
    return `${this.job.repo.owner}/${this.job.repo.repo}@${this.branchName}`;
  }

  private async chooseBranch(): Promise<void> {
    const { gh, repo } = this.job;
    const s = this.settings;
    if (s.commit)
      this.branchName = s.branch || s.defaultBranch || (await getDefaultBranch(gh, repo));
  }

  async plan(): Promise<PlanResult> {
    await this.chooseBranch();
    const seen = await this.observe();
    return (await this.atHead(seen, this.decide(seen.state), false)).plan;
  }

  async run(): Promise<RemoteResult> {
    const { backoff } = this.job;
    const sleep = this.job.sleep ?? ((ms: number) => sleepFor(ms));
    const random = this.job.random ?? Math.random;
    const now = this.job.now ?? Date.now;
    await this.chooseBranch();
    const started = now();
    let refusedInPlace = 0;
    let refusedOn: string | null = null;
    let races = 0;
    for (;;) {
      const seen = await this.observe();
      this.notice(seen);
      if (refusedOn !== null && seen.head) {
        refusedInPlace = seen.head.sha === refusedOn ? refusedInPlace + 1 : 0;
        if (seen.head.sha !== refusedOn) this.movedUnder = true;
        if (refusedInPlace >= MAX_REFUSED_IN_PLACE) {
          throw new CheckError(
            `GitHub refused to move ${this.where} to the new commit ${refusedInPlace} times although ` +
              'the branch did not move; is it protected against this token? Set commit-branch to ' +
              'another branch or allow the update',
          );
        }
      }
      const outcome = await this.attempt(seen);
      if (outcome.kind === 'done') return outcome.result;
      if (outcome.kind === 'raced') {
        this.log.info(`looking again: ${outcome.why}`);
        if (++races > MAX_RELEASE_RACES) {
          throw new CheckError(
            `release ${this.settings.tag} kept changing under this run (${outcome.why}); run it again`,
          );
        }
        continue;
      }
      this.moves++;
      refusedOn = outcome.parent;
      const elapsed = now() - started;
      if (elapsed >= backoff.budgetMs) {
        throw new CheckError(
          `${this.where} kept moving while committing ${this.settings.tag}: gave up after ` +
            `${this.moves} attempts in ${Math.round(elapsed / 1000)} s`,
        );
      }
      const delay = Math.min(
        backoffDelayMs(backoff, this.moves, random()),
        backoff.budgetMs - elapsed,
      );
      this.log.info(`${this.branchName} moved while committing; trying again in ${delay} ms`);
      await sleep(delay);
    }
  }

  // --- looking --------------------------------------------------------------------------------

  /** Round 1: the branch, the files by branch name, the tag's releases and the latest, at once. */
  private async observe(): Promise<Observation> {
    const { gh, repo } = this.job;
    const s = this.settings;
    const wantRelease = s.uploadAssets || s.createRelease;
    const [branch, tagReleases, latestTag] = await Promise.all([
      s.commit
        ? Promise.all([
            getBranchHead(gh, repo, this.branchName),
            readFilesAt(gh, repo, this.branchName, this.branchPaths),
          ])
        : null,
      wantRelease ? findTagReleases(gh, repo, s.tag, this.pages) : null,
      wantRelease && s.makeLatest === 'auto' && !s.prerelease ? latestReleaseTag(gh, repo) : null,
    ]);
    const published = tagReleases?.published ?? null;
    const drafts = tagReleases?.drafts ?? [];
    const releases = new Map([...(published ? [published] : []), ...drafts].map((r) => [r.id, r]));
    const [publishedState, ...draftStates] = await Promise.all(
      [published, ...drafts].map((r) => (r ? releaseState(gh, repo, r) : null)),
    );
    let state: RemoteState = {
      branch: branch ? this.branchState(branch[0], branch[1]) : null,
      published: publishedState ?? null,
      drafts: draftStates.filter((d) => d !== null),
      latestTag,
      releaseFiles: null,
    };
    const toRead = needsReleaseFiles(s, state, this.memory, this.generated);
    const release = toRead && releases.get(toRead.id);
    if (toRead && release) {
      state = { ...state, releaseFiles: await this.readReleaseFiles(release, toRead) };
    }
    return {
      state,
      recent: tagReleases?.recent ?? [],
      byName: branch ? branch[1] : null,
      head: branch ? branch[0] : null,
      releases,
    };
  }

  private branchState(head: BranchHead, files: ReadonlyMap<string, Buffer | null>): BranchState {
    const at = (i: number) => files.get(this.recordPaths[i] ?? '') ?? null;
    return {
      name: this.branchName,
      headSha: head.sha,
      treeSha: head.treeSha,
      files: { releaseInfo: at(0), appCompose: at(1), dockerCompose: at(2) },
      hasReadme: files.get(this.readmePath) != null,
      hasGitattributes: files.get(this.attributesPath) != null,
    };
  }

  /**
   * This release's files as a release's assets hold them: this run's bytes where the asset's
   * SHA-256 (read once, in `releaseState`) is theirs, else the asset downloaded.
   */
  private async readReleaseFiles(release: Release, state: ReleaseState): Promise<StoredFiles> {
    const bytes = await Promise.all(
      this.generated.files.map(async (file) => {
        const asset = findAsset(release.assets, file.name);
        if (asset?.state !== 'uploaded') return null;
        if (findAsset(state.assets, file.name)?.sha256 === sha256Hex(file.content)) {
          return file.content;
        }
        return downloadAsset(this.job.gh, this.job.repo, asset);
      }),
    );
    return {
      releaseInfo: bytes[0] ?? null,
      appCompose: bytes[1] ?? null,
      dockerCompose: bytes[2] ?? null,
    };
  }

  // --- one attempt ----------------------------------------------------------------------------

  private decide(state: RemoteState): PlanResult {
    return planRemote(this.settings, state, this.memory, this.generated);
  }

  private async attempt(seen: Observation): Promise<Attempt> {
    const { plan, tree } = await this.atHead(seen, this.decide(seen.state), true);
    if (isRefusal(plan)) return this.refuse(plan);
    for (const warning of plan.warnings) this.log.warning(warning);
    const landed = await this.land(plan, seen.head, tree);
    if (landed.kind !== 'landed') return landed;
    return this.finishRelease(plan, seen, landed);
  }

  /**
   * Round 2, when the plan commits or refuses because of the branch: the files again at the head
   * commit (beside the tree built on it, unless `build` is off). Contents read by branch name may
   * come from a newer commit than the head read beside them, or from two commits when the branch
   * moved between the reads; when they do, the plan is made again from the head's files, before
   * anything is visible.
   */
  private async atHead(
    seen: Observation,
    plan: PlanResult,
    build: boolean,
  ): Promise<{ plan: PlanResult; tree: string | null }> {
    const { gh, repo } = this.job;
    const head = seen.head;
    const commit = isRefusal(plan) ? null : plan.commit;
    if ((!commit && !isRefusal(plan)) || !head || !seen.byName) return { plan, tree: null };
    const [atHead, built] = await Promise.all([
      readFilesAt(gh, repo, head.sha, this.branchPaths),
      build && commit ? createTree(gh, repo, head.treeSha, commit.files) : null,
    ]);
    let tree: string | null = built;
    let checked = plan;
    if (!sameBytes(atHead, seen.byName)) {
      checked = this.decide({ ...seen.state, branch: this.branchState(head, atHead) });
      const again = isRefusal(checked) ? null : checked.commit;
      if (!again) tree = null;
      else if (build && !(commit && sameChanges(again, commit))) {
        tree = await createTree(gh, repo, head.treeSha, again.files);
      }
    }
    // The head holds exactly these bytes already: nothing to commit.
    return { plan: checked, tree: tree === head.treeSha ? null : tree };
  }

  /**
   * Round 3: the commit and the draft. Round 4: the ref update without force, and the uploads to
   * the draft just made (add-only: until the ref settles, what is recorded may still change).
   */
  private async land(
    plan: RemotePlan,
    head: BranchHead | null,
    tree: string | null,
  ): Promise<Landed | Exclude<Attempt, { kind: 'done' }>> {
    const { gh, repo } = this.job;
    const s = this.settings;
    const release = plan.release;
    const toCreate = release?.target.kind === 'create' ? release.target : null;
    const [commitSha, draft] = await Promise.all([
      tree && head
        ? createCommit(gh, repo, { tree, parent: head.sha, message: s.commitMessage })
        : null,
      toCreate
        ? createDraft(gh, repo, {
            tag: s.tag,
            name: s.tag,
            body: toCreate.body,
            prerelease: s.prerelease,
            ...(s.targetCommitish !== undefined && { targetCommitish: s.targetCommitish }),
          })
        : null,
    ]);
    if (draft) {
      this.created.push(draft.id);
      this.log.info(`created draft release ${draft.id} for ${s.tag}`);
    }
    const [ref, fresh] = await Promise.allSettled([
      commitSha && head ? moveBranch(gh, repo, this.branchName, commitSha) : 'moved',
      draft && release && release.assets.length > 0
        ? putAssets(gh, repo, draft, { files: assetFiles(plan.files), steps: release.assets })
        : ([] as AssetResult[]),
    ]);
    if (ref.status === 'rejected') throw ref.reason;
    if (ref.value === 'refused' && head) return { kind: 'moved', parent: head.sha };
    if (commitSha) {
      this.committed = commitSha;
      this.log.info(`committed ${commitSha} to ${this.branchName}`);
    }
    const raced = this.uploaded(fresh, 'the new draft');
    if (raced) return raced;
    return { kind: 'landed', commitSha, draft };
  }

  /**
   * Logs what an upload round did; a race (an asset of the name appeared, or the release went
   * away) is returned for the executor to look again.
   */
  private uploaded(
    settled: PromiseSettledResult<AssetResult[]>,
    where: string,
  ): Extract<Attempt, { kind: 'raced' }> | null {
    if (settled.status === 'rejected') {
      if (settled.reason instanceof ReleaseGone) {
        return { kind: 'raced', why: settled.reason.message };
      }
      throw settled.reason;
    }
    for (const a of settled.value) this.log.info(`asset ${a.name}: ${a.action}`);
    const raced = settled.value.filter((a) => a.action === 'raced').map((a) => a.name);
    if (raced.length === 0) return null;
    return {
      kind: 'raced',
      why: `another upload of ${raced.join(', ')} reached ${where} first`,
    };
  }

  /**
   * The record settled: the assets of a release this attempt did not just create, then round 5,
   * the publish with the notes and latest in one update (or the notes alone), then the drafts that
   * can no longer be published.
   */
  private async finishRelease(
    plan: RemotePlan,
    seen: Observation,
    landed: Landed,
  ): Promise<Attempt> {
    const { gh, repo } = this.job;
    const s = this.settings;
    const release = plan.release;
    let target =
      landed.draft ??
      (release?.target.kind === 'existing' ? seen.releases.get(release.target.release.id) : null) ??
      null;
    if (release && target) {
      if (!landed.draft && release.assets.some((step) => step.kind === 'upload')) {
        const [done] = await Promise.allSettled([
          putAssets(gh, repo, target, { files: assetFiles(plan.files), steps: release.assets }),
        ]);
        const raced = this.uploaded(done, `release ${s.tag}`);
        if (raced) return raced;
      }
      if (release.publish || release.body !== null) {
        const update = await updateRelease(gh, repo, target, {
          ...(release.body !== null && { body: release.body }),
          ...(release.publish && { publish: release.publish }),
        });
        if (update.kind === 'taken') {
          return { kind: 'raced', why: `another release of ${s.tag} was published first` };
        }
        if (update.kind === 'gone') return { kind: 'raced', why: `release ${target.id} is gone` };
        target = update.release;
        if (release.publish) await this.published(release.publish.makeLatest === 'true');
      }
    }
    if (release && release.deleteDrafts.length > 0) {
      await Promise.all(
        release.deleteDrafts.map((id) => deleteRelease(gh, repo, { id, tag_name: s.tag })),
      );
      this.log.info(
        `deleted draft releases of ${s.tag} that can no longer be published: ${release.deleteDrafts.join(', ')}`,
      );
    }
    return {
      kind: 'done',
      result: {
        plan,
        commitSha: this.committed,
        branch: this.branchName,
        release: target,
        // A record this run committed in an earlier attempt is not another run's, reused.
        reusedFrom: this.committed && plan.reusedFrom === this.branchName ? null : plan.reusedFrom,
        notes: plan.notes,
      },
    };
  }

  /** Fails the run: first the drafts this run made go (a person's or another run's stay). */
  private async refuse(refusal: Refusal): Promise<never> {
    const { gh, repo } = this.job;
    await Promise.all(
      this.created.map((id) => deleteRelease(gh, repo, { id, tag_name: this.settings.tag })),
    );
    throw new CheckError(
      this.movedUnder
        ? `${this.branchName} moved while this run was committing: ${refusal.reason}`
        : refusal.reason,
    );
  }

  // --- latest under concurrency ---------------------------------------------------------------
  // Each run compares with the latest it read, before runs of other tags published. A run that
  // saw others at work (its branch moved, or their drafts were in flight) looks once more after
  // publishing and hands latest to the highest release published meanwhile.

  private notice(seen: Observation): void {
    this.publishedAtFirstLook ??= new Set(seen.recent.filter((r) => !r.draft).map((r) => r.id));
    this.othersAtWork ||= seen.recent.some(
      (r) => r.draft && r.tag_name !== this.settings.tag && isTrackerDraftBody(r.body ?? null),
    );
  }

  private async published(claimedLatest: boolean): Promise<void> {
    const s = this.settings;
    this.log.info(`published release ${s.tag}${claimedLatest ? ' as the latest release' : ''}`);
    if (!claimedLatest || s.makeLatest !== 'auto' || !(this.moves > 0 || this.othersAtWork)) {
      return;
    }
    const { gh, repo } = this.job;
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
      this.publishedAtFirstLook ?? new Set(),
      listed,
      latest,
    );
    if (better === null) return;
    await makeLatest(gh, repo, better);
    const tag = listed.find((r) => r.id === better)?.tag ?? String(better);
    this.log.info(`${tag} made the latest release again: runs of other tags published meanwhile`);
  }
}
