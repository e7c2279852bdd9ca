import semver from 'semver';
import type { GeneratedFile } from './generate.js';
import { sha256Hex } from './hash.js';
import {
  fitSection,
  isTrackerDraftBody,
  MAX_NOTES_CHARS,
  NOTES_END,
  NOTES_START,
  replaceSection,
  TRACKER_DRAFT_MARKER,
  withoutDraftMarker,
} from './release-notes.js';
import { RELEASES_GITATTRIBUTES, releasesReadme } from './releases-dir.js';
import { ACTION_NAMES } from './input-names.js';
import {
  compareStored,
  differentRecord,
  type StoredFiles,
  type StoredVerdict,
} from './same-release.js';
import type { ReleaseRecord } from './types.js';
import { parseTagOrNull, type ReleaseVersion } from './version.js';

/**
 * The remote steps of one run, decided from settings and what GitHub holds, with no effects: the
 * executor (src/action/remote.ts) reads the state, asks `planRemote` what to do, and does it (or,
 * in a dry run, shows it); when the state changed under it (the branch moved, another run
 * published, an upload raced), it reads again and asks again. README: Re-runs and safety.
 */

/** The `make-latest` input. */
export type MakeLatest = 'auto' | 'true' | 'false';

/** The remote settings, as the action's settings hold them. */
export interface RemoteSettings extends Pick<ReleaseVersion, 'tag' | 'version' | 'prerelease'> {
  readonly commit: boolean;
  readonly uploadAssets: boolean;
  readonly createRelease: boolean;
  readonly overwrite: boolean;
  readonly makeLatest: MakeLatest;
  /** Repository-relative, `/`-separated. */
  readonly releasesDir: string;
}

/** Why the run must not go on, in words that name what to change. The one shape of a refusal. */
export interface Refusal {
  readonly kind: 'refuse';
  readonly reason: string;
}

const refuse = (reason: string): Refusal => ({ kind: 'refuse', reason });

export function isRefusal(value: unknown): value is Refusal {
  return (
    typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'refuse'
  );
}

/** The three files of this release: release-info, app-compose, docker-compose. */
export type ReleaseFiles = readonly [GeneratedFile, GeneratedFile, GeneratedFile];

export interface Generated {
  readonly record: ReleaseRecord;
  readonly files: ReleaseFiles;
}

/** The branch head, read at one commit. */
export interface BranchState {
  readonly name: string;
  readonly headSha: string;
  readonly treeSha: string;
  /** This release's files at the head. */
  readonly files: StoredFiles;
  readonly hasReadme: boolean;
  readonly hasGitattributes: boolean;
}

export interface AssetState {
  readonly id: number;
  readonly name: string;
  readonly label: string | null;
  /** `state` is `uploaded`; anything else is a broken leftover of a failed upload. */
  readonly uploaded: boolean;
  /** SHA-256 (hex) of its bytes: GitHub's `digest`, or hashed after a download; null when unknown. */
  readonly sha256: string | null;
}

export interface ReleaseState {
  readonly id: number;
  readonly draft: boolean;
  /** Published and immutable: its assets can no longer change. */
  readonly immutable: boolean;
  readonly body: string;
  readonly assets: readonly AssetState[];
}

export interface RemoteState {
  /** Null when nothing is committed. */
  readonly branch: BranchState | null;
  /** The published release of the tag (GitHub allows one). */
  readonly published: ReleaseState | null;
  /** Drafts of the tag, newest first. */
  readonly drafts: readonly ReleaseState[];
  /** The tag of the repository's latest release; null when there is none or it was not read. */
  readonly latestTag: string | null;
  /** This release's files as the chosen release's assets hold them, when they were read. */
  readonly releaseFiles: StoredFiles | null;
}

/** What this run did that a later look must know: the drafts it created. */
export interface RunMemory {
  readonly createdDrafts: readonly number[];
}

/**
 * - finish: a draft the tracker created (this run, or an earlier one that failed): its assets are
 *   this run's to put right, and it is published;
 * - draft: a person's draft: used, and left a draft for its owner to publish;
 * - published: already published: assets added, never replaced without `overwrite`.
 */
type ReleaseRole = 'finish' | 'draft' | 'published';

export type ReleaseTarget =
  | { readonly kind: 'create' }
  | { readonly kind: 'existing'; readonly release: ReleaseState; readonly role: ReleaseRole }
  | { readonly kind: 'none' };

export type AssetStep =
  | { readonly kind: 'keep'; readonly name: string }
  /** `replace`: the asset to delete first (broken, or different and replaceable). */
  | { readonly kind: 'upload'; readonly name: string; readonly replace: number | null };

export interface CommitPlan {
  /** The branch it goes on. */
  readonly branch: string;
  /** The three files, and the releases directory's README and .gitattributes where absent. */
  readonly files: readonly { readonly path: string; readonly content: Buffer }[];
}

export interface ReleasePlan {
  /** `create` carries the draft's first notes (with the ownership marker). */
  readonly target:
    | { readonly kind: 'create'; readonly body: string }
    | { readonly kind: 'existing'; readonly release: ReleaseState; readonly role: ReleaseRole };
  /** Empty when assets are not uploaded. */
  readonly assets: readonly AssetStep[];
  /** The notes to send (with the publish, or alone); null when they are right already. */
  readonly body: string | null;
  /** Publish the draft, marking it latest or not. */
  readonly publish: { readonly makeLatest: 'true' | 'false' } | null;
  /** Tracker drafts of this tag that can never be published (the tag is, or will be, by us). */
  readonly deleteDrafts: readonly number[];
}

export interface RemotePlan {
  readonly kind: 'act';
  readonly record: ReleaseRecord;
  /** The bytes recorded everywhere: generated now, or reused from where they were stored. */
  readonly files: ReleaseFiles;
  /** Where the same release was found and reused from (`main`, `release v1.0.0`), else null. */
  readonly reusedFrom: string | null;
  readonly commit: CommitPlan | null;
  readonly release: ReleasePlan | null;
  /** For the job summary and notices. */
  readonly notes: readonly string[];
  readonly warnings: readonly string[];
}

export type PlanResult = RemotePlan | Refusal;

/** The release found by tag, with the drafts this tag has, as a target for this run. */
export function chooseRelease(
  settings: RemoteSettings,
  state: RemoteState,
  memory: RunMemory,
): ReleaseTarget {
  if (!(settings.uploadAssets || settings.createRelease)) return { kind: 'none' };
  if (state.published) return { kind: 'existing', release: state.published, role: 'published' };
  const own = state.drafts.find((d) => memory.createdDrafts.includes(d.id));
  if (own) return { kind: 'existing', release: own, role: 'finish' };
  // A person's draft wins over a leftover of the tracker: publishing the tracker's would make the
  // person's impossible to publish (one published release per tag).
  const person = state.drafts.find((d) => !isTrackerDraftBody(d.body));
  if (person) return { kind: 'existing', release: person, role: 'draft' };
  // The oldest, so that runs looking at the same drafts pick the same one.
  const tracker = [...state.drafts].sort((a, b) => a.id - b.id)[0];
  if (tracker) return { kind: 'existing', release: tracker, role: 'finish' };
  return settings.createRelease ? { kind: 'create' } : { kind: 'none' };
}

/** The asset of a file: GitHub renames some characters in names; the label keeps the one we gave. */
export function findAsset<T extends { readonly name: string; readonly label?: string | null }>(
  assets: readonly T[],
  name: string,
): T | undefined {
  return assets.find((a) => a.name === name) ?? assets.find((a) => a.label === name);
}

/**
 * Whether the release's assets must be read to decide what is recorded: a release-info asset is
 * there with other bytes than this run's, and no record on the branch decides first.
 */
export function needsReleaseFiles(
  settings: RemoteSettings,
  state: RemoteState,
  memory: RunMemory,
  generated: Generated,
): ReleaseState | null {
  if (!settings.uploadAssets) return null;
  if (settings.commit && state.branch?.files.releaseInfo != null) return null;
  const target = chooseRelease(settings, state, memory);
  if (target.kind !== 'existing' || !releaseSpeaks(settings, target.role)) return null;
  const info = findAsset(target.release.assets, generated.files[0].name);
  if (!info?.uploaded || info.sha256 === sha256Hex(generated.files[0].content)) return null;
  return target.release;
}

function immutableMessage(tag: string, name: string, what: string): string {
  return (
    `release ${tag} is published and immutable, so ${name} cannot be ${what}; ` +
    'an immutable release takes assets only while it is a draft: record into a draft release ' +
    '(let this action create it) or a new tag'
  );
}

/** What to do with one file on the target release. */
function assetStep(
  tag: string,
  file: Pick<GeneratedFile, 'name' | 'content'>,
  release: ReleaseState,
  role: ReleaseRole,
  overwrite: boolean,
): AssetStep | Refusal {
  const existing = findAsset(release.assets, file.name);
  const sha = sha256Hex(file.content);
  if (existing?.uploaded && existing.sha256 === sha) return { kind: 'keep', name: file.name };
  if (release.immutable && !release.draft) {
    return refuse(immutableMessage(tag, file.name, existing ? 'replaced' : 'added'));
  }
  if (!existing) return { kind: 'upload', name: file.name, replace: null };
  if (!existing.uploaded || role === 'finish' || overwrite) {
    return { kind: 'upload', name: file.name, replace: existing.id };
  }
  return refuse(
    `release ${tag} already has a different ${file.name}` +
      `${existing.sha256 ? ` (sha256 ${existing.sha256})` : ''}; ${ACTION_NAMES.say.overwrite} to replace it`,
  );
}

/**
 * Whether the published release becomes the repository's latest: `auto` only when its version is
 * above the current latest release's (a hotfix on an older line stays out of the way); `true` and
 * `false` force it. A pre-release never is. A latest release whose tag is no version does not
 * count as one.
 */
export function decideMakeLatest(
  input: MakeLatest,
  version: string,
  prerelease: boolean,
  latestTag: string | null,
): 'true' | 'false' {
  if (prerelease) return 'false';
  if (input !== 'auto') return input;
  const latest = latestTag === null ? null : parseTagOrNull(latestTag);
  if (latest === null) return 'true';
  return semver.compare(version, latest.version) > 0 ? 'true' : 'false';
}

/** A release as the release list shows it. */
export interface ListedRelease {
  readonly id: number;
  readonly tag: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
}

/** The version of a release tag, when it is one and not a pre-release. */
const releaseVersion = (tag: string): string | null => {
  const parsed = parseTagOrNull(tag);
  return parsed && !parsed.prerelease ? parsed.version : null;
};

/**
 * After this run made its release latest while other runs were publishing (each compared with the
 * latest it read before the others published): the release that should be latest instead, or null
 * when the latest is right. Only releases published since this run first looked count, so a
 * release someone kept from being latest before stays so.
 */
export function latestAfterConcurrentPublishes(
  publishedAtFirstLook: ReadonlySet<number>,
  now: readonly ListedRelease[],
  latestTag: string | null,
): number | null {
  let best: { id: number; version: string } | null = null;
  for (const r of now) {
    if (r.draft || r.prerelease || publishedAtFirstLook.has(r.id)) continue;
    const version = releaseVersion(r.tag);
    if (version !== null && (best === null || semver.gt(version, best.version))) {
      best = { id: r.id, version };
    }
  }
  if (best === null) return null;
  const current = latestTag === null ? null : releaseVersion(latestTag);
  return current !== null && semver.gte(current, best.version) ? null : best.id;
}

interface RecordChoice {
  readonly kind: 'record';
  readonly record: ReleaseRecord;
  readonly files: ReleaseFiles;
  readonly reusedFrom: string | null;
  readonly commit: boolean;
  readonly warnings: readonly string[];
}

/** The generated files with the stored bytes in their place (a same release has all three). */
function reuse(generated: Generated, stored: StoredFiles): ReleaseFiles {
  const [info, app, compose] = generated.files;
  return [
    { ...info, content: stored.releaseInfo ?? info.content },
    { ...app, content: stored.appCompose ?? app.content },
    { ...compose, content: stored.dockerCompose ?? compose.content },
  ];
}

/**
 * Whether the files of the release this run works on may decide what is recorded. Not those of a
 * tracker draft when the record is committed: such a draft is an unfinished run (another run's at
 * work this moment, or one that failed), and committing its bytes would make the very commit that
 * run may be making; GitHub takes the second, identical ref update as a success, so both runs would
 * report the commit. This run records its own bytes and puts the draft's files right instead.
 */
function releaseSpeaks(settings: RemoteSettings, role: ReleaseRole): boolean {
  return !(settings.commit && role === 'finish');
}

/** What is recorded: the branch's record decides; without one, the release's assets may. */
function chooseRecord(
  settings: RemoteSettings,
  state: RemoteState,
  target: ReleaseTarget,
  generated: Generated,
): RecordChoice | Refusal {
  const fresh = (warnings: string[] = []): RecordChoice => ({
    kind: 'record',
    record: generated.record,
    files: generated.files,
    reusedFrom: null,
    commit: settings.commit,
    warnings,
  });
  // Messages name the stored files as git does, `main:releases/v1.0.0-release-info.json`.
  const verdictOf = (where: string, files: StoredFiles, byName: boolean): StoredVerdict => {
    const [info, app, compose] = generated.files.map((f) => `${where}:${byName ? f.name : f.path}`);
    return compareStored(generated.record, files, {
      releaseInfo: info ?? '',
      appCompose: app ?? '',
      dockerCompose: compose ?? '',
    });
  };
  const different = (where: string, reason: string): RecordChoice | Refusal =>
    settings.overwrite
      ? fresh([`replacing the different record of ${settings.tag} on ${where} (overwrite)`])
      : refuse(differentRecord(where, settings.tag, reason, ACTION_NAMES));

  const branch = settings.commit ? state.branch : null;
  if (branch) {
    const verdict = verdictOf(branch.name, branch.files, false);
    if (verdict.kind === 'same') {
      return {
        kind: 'record',
        record: verdict.record,
        files: reuse(generated, branch.files),
        reusedFrom: branch.name,
        commit: false,
        warnings: [],
      };
    }
    if (verdict.kind === 'different') return different(branch.name, verdict.reason);
  }
  if (state.releaseFiles && target.kind === 'existing' && releaseSpeaks(settings, target.role)) {
    const where = `release ${settings.tag}`;
    const verdict = verdictOf(where, state.releaseFiles, true);
    if (verdict.kind === 'same') {
      return {
        kind: 'record',
        record: verdict.record,
        files: reuse(generated, state.releaseFiles),
        reusedFrom: where,
        commit: settings.commit,
        warnings: [],
      };
    }
    // A tracker draft never published is an unfinished attempt, not a record anyone relied on.
    if (verdict.kind === 'different' && target.role !== 'finish') {
      return different(where, verdict.reason);
    }
  }
  return fresh();
}

function commitPlan(
  settings: RemoteSettings,
  branch: BranchState,
  files: ReleaseFiles,
): CommitPlan {
  const dir = settings.releasesDir;
  return {
    branch: branch.name,
    files: [
      ...files.map((f) => ({ path: f.path, content: f.content })),
      ...(branch.hasReadme
        ? []
        : [{ path: `${dir}/README.md`, content: Buffer.from(releasesReadme(dir)) }]),
      ...(branch.hasGitattributes
        ? []
        : [{ path: `${dir}/.gitattributes`, content: Buffer.from(RELEASES_GITATTRIBUTES) }]),
    ],
  };
}

/** Drafts of this tag the tracker made that can never be published once `keep` is (or null). */
function trackerDrafts(state: RemoteState, memory: RunMemory, keep: number | null): number[] {
  return state.drafts
    .filter((d) => d.id !== keep)
    .filter((d) => memory.createdDrafts.includes(d.id) || isTrackerDraftBody(d.body))
    .map((d) => d.id);
}

/** Notes that cannot be shortened to GitHub's limit: refused before anything is created. */
function notesTooLong(settings: RemoteSettings, outside: number): Refusal {
  return refuse(
    `the notes of release ${settings.tag} cannot hold the release-tracker section: GitHub takes ` +
      `${MAX_NOTES_CHARS} characters and the notes already have ${outside} outside it; shorten them`,
  );
}

function releasePlan(
  settings: RemoteSettings,
  state: RemoteState,
  memory: RunMemory,
  target: ReleaseTarget,
  record: ReleaseRecord,
  files: ReleaseFiles,
): ReleasePlan | Refusal | null {
  if (target.kind === 'none') return null;
  const makeLatest = decideMakeLatest(
    settings.makeLatest,
    settings.version,
    settings.prerelease,
    state.latestTag,
  );
  if (target.kind === 'create') {
    const marker = `${TRACKER_DRAFT_MARKER}\n`;
    const section = fitSection(record, (s) => marker.length + s.length <= MAX_NOTES_CHARS);
    if (section === null) return notesTooLong(settings, marker.length);
    return {
      target: { kind: 'create', body: `${marker}${section}` },
      assets: settings.uploadAssets
        ? files.map((f) => ({ kind: 'upload', name: f.name, replace: null }))
        : [],
      body: section,
      publish: { makeLatest },
      deleteDrafts: trackerDrafts(state, memory, null),
    };
  }
  const { release, role } = target;
  const assets: AssetStep[] = [];
  const refusals: string[] = [];
  if (settings.uploadAssets) {
    for (const file of files) {
      const step = assetStep(settings.tag, file, release, role, settings.overwrite);
      if (isRefusal(step)) refusals.push(step.reason);
      else assets.push(step);
    }
  }
  if (refusals.length > 0) return refuse(refusals.join('\n'));
  const current = release.body;
  const base = role === 'finish' ? withoutDraftMarker(current) : current;
  const section = fitSection(record, (s) => replaceSection(base, s).length <= MAX_NOTES_CHARS);
  if (section === null) {
    const empty = `${NOTES_START}${NOTES_END}`;
    return notesTooLong(settings, replaceSection(base, empty).length - empty.length);
  }
  const body = replaceSection(base, section);
  return {
    target: { kind: 'existing', release, role },
    assets,
    body: role === 'finish' || body !== current ? body : null,
    publish: role === 'finish' ? { makeLatest } : null,
    deleteDrafts:
      role === 'draft' ? [] : trackerDrafts(state, memory, role === 'finish' ? release.id : null),
  };
}

/** Decides every remote step of this run from the settings and what GitHub holds. */
export function planRemote(
  settings: RemoteSettings,
  state: RemoteState,
  memory: RunMemory,
  generated: Generated,
): PlanResult {
  const target = chooseRelease(settings, state, memory);
  const chosen = chooseRecord(settings, state, target, generated);
  if (isRefusal(chosen)) return chosen;
  const release = releasePlan(settings, state, memory, target, chosen.record, chosen.files);
  if (isRefusal(release)) return release;
  const notes: string[] = [];
  if (target.kind === 'none' && !settings.createRelease && settings.uploadAssets) {
    notes.push(
      `no release exists for ${settings.tag} and create-release is false: nothing attached`,
    );
  }
  if (release?.target.kind === 'existing' && release.target.role === 'draft') {
    notes.push(`release ${settings.tag} is a draft someone prepared: left a draft to publish`);
  }
  return {
    kind: 'act',
    record: chosen.record,
    files: chosen.files,
    reusedFrom: chosen.reusedFrom,
    commit: chosen.commit && state.branch ? commitPlan(settings, state.branch, chosen.files) : null,
    release,
    notes,
    warnings: chosen.warnings,
  };
}
