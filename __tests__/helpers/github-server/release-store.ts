/**
 * Releases and their assets, kept in memory with GitHub's rules: one published release per tag
 * (drafts may share a tag, with each other and with the published one), the latest release as
 * `make_latest` sets it, asset names stored as GitHub renames them. Nothing here awaits, so a
 * handler's check and the change it guards cannot interleave with another request's.
 */
import semver from 'semver';
import { now } from './clock.js';

/** `make_latest` of the releases API. */
export type MakeLatest = 'true' | 'false' | 'legacy';

export interface AssetSeed {
  readonly name: string;
  readonly content: Buffer | string;
  /** Default `uploaded`; anything else (`open`, as GitHub documents it) is a failed upload's leftover. */
  readonly state?: string;
  readonly contentType?: string;
  readonly label?: string | null;
  /** Whether the API reports `digest` (older assets have none). Default true. */
  readonly digest?: boolean;
}

export interface ReleaseSeed {
  readonly tag: string;
  readonly draft?: boolean;
  /** Only meaningful for a published release. */
  readonly immutable?: boolean;
  readonly prerelease?: boolean;
  readonly name?: string | null;
  readonly body?: string | null;
  readonly targetCommitish?: string;
  readonly assets?: readonly AssetSeed[];
  /** As the API's `make_latest`; default 'true' (a published full release becomes latest). */
  readonly makeLatest?: MakeLatest;
  /** `created_at` (ISO 8601, seconds); default now. The legacy latest rule orders by it. */
  readonly createdAt?: string;
}

export interface AssetState {
  readonly id: number;
  name: string;
  label: string | null;
  contentType: string;
  state: string;
  bytes: Buffer;
  digest: boolean;
  readonly createdAt: string;
  updatedAt: string;
}

export interface ReleaseState {
  readonly id: number;
  tag: string;
  target: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  readonly createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  readonly assets: AssetState[];
  /** `make_latest` given while a draft, applied when it is published. */
  makeLatest: MakeLatest | null;
}

/** What GitHub does to an asset file name: characters outside [A-Za-z0-9._-] become `.`, no dots at the ends. */
export function storedAssetName(name: string): string {
  const renamed = name.replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+|\.+$/g, '');
  return renamed === '' ? 'default' : renamed;
}

export class ReleaseStore {
  /** The repository setting: releases become immutable when published. */
  immutableReleases: boolean;
  /**
   * GitHub lets the title and notes of an immutable release change; true makes this server refuse
   * that too, to exercise a stricter server.
   */
  lockImmutableNotes: boolean;
  private readonly byId = new Map<number, ReleaseState>();
  private latestId: number | null = null;
  private nextReleaseId = 1000;
  private nextAssetId = 50000;

  constructor(
    private readonly defaultBranch: string,
    opts: { immutableReleases?: boolean; lockImmutableNotes?: boolean },
  ) {
    this.immutableReleases = opts.immutableReleases ?? false;
    this.lockImmutableNotes = opts.lockImmutableNotes ?? false;
  }

  get(id: number): ReleaseState | undefined {
    return this.byId.get(id);
  }

  /** Every release, drafts included, newest first (as the list endpoint orders them). */
  sorted(): ReleaseState[] {
    return [...this.byId.values()].sort((a, b) => b.id - a.id);
  }

  /** The release `GET /releases/latest` answers with. */
  latest(): ReleaseState | undefined {
    return this.latestId === null ? undefined : this.byId.get(this.latestId);
  }

  latestReleaseId(): number | null {
    return this.latestId;
  }

  /** The one published release of `tag` (GitHub allows no second), other than `except`. */
  publishedFor(tag: string, except?: ReleaseState): ReleaseState | undefined {
    for (const r of this.byId.values()) {
      if (r !== except && !r.draft && r.tag === tag) return r;
    }
    return undefined;
  }

  /** The release for `tag` as the API would show it: the published one, else the newest draft. */
  releaseFor(tag: string): ReleaseState | undefined {
    return this.publishedFor(tag) ?? this.sorted().find((r) => r.tag === tag);
  }

  findAsset(id: number): { release: ReleaseState; asset: AssetState } | undefined {
    for (const release of this.byId.values()) {
      const asset = release.assets.find((a) => a.id === id);
      if (asset) return { release, asset };
    }
    return undefined;
  }

  /** The release holding `asset`. */
  releaseOf(asset: AssetState): ReleaseState | undefined {
    return [...this.byId.values()].find((r) => r.assets.includes(asset));
  }

  /** A new release; a draft unless `draft` is false, then published and made latest as asked. */
  create(fields: {
    tag: string;
    target?: string;
    name: string | null;
    body: string | null;
    draft: boolean;
    prerelease: boolean;
    makeLatest?: MakeLatest;
    createdAt?: string;
    immutable?: boolean;
  }): ReleaseState {
    const time = fields.createdAt ?? now();
    const release: ReleaseState = {
      id: this.nextReleaseId++,
      tag: fields.tag,
      target: fields.target ?? this.defaultBranch,
      name: fields.name,
      body: fields.body,
      draft: true,
      prerelease: fields.prerelease,
      immutable: false,
      createdAt: time,
      publishedAt: null,
      updatedAt: time,
      assets: [],
      makeLatest: fields.draft ? (fields.makeLatest ?? null) : null,
    };
    if (!fields.draft) this.publish(release, time, fields.immutable);
    this.byId.set(release.id, release);
    if (!fields.draft) this.applyMakeLatest(release, fields.makeLatest ?? 'true');
    return release;
  }

  /** Seeds a release as if made earlier; a second published release of a tag is an error. */
  seed(seed: ReleaseSeed): ReleaseState {
    const draft = seed.draft ?? false;
    if (!draft && this.publishedFor(seed.tag)) {
      throw new Error(`a published release already holds ${seed.tag}; GitHub allows one`);
    }
    const release = this.create({
      tag: seed.tag,
      ...(seed.targetCommitish !== undefined && { target: seed.targetCommitish }),
      name: seed.name === undefined ? seed.tag : seed.name,
      body: seed.body ?? null,
      draft,
      prerelease: seed.prerelease ?? false,
      ...(seed.makeLatest !== undefined && { makeLatest: seed.makeLatest }),
      ...(seed.createdAt !== undefined && { createdAt: seed.createdAt }),
      ...(seed.immutable !== undefined && { immutable: seed.immutable }),
    });
    for (const asset of seed.assets ?? []) this.seedAsset(release, asset);
    return release;
  }

  seedAsset(release: ReleaseState, seed: AssetSeed): AssetState {
    return this.addAsset(release, {
      name: storedAssetName(seed.name),
      label: seed.label ?? null,
      contentType: seed.contentType ?? 'application/octet-stream',
      state: seed.state ?? 'uploaded',
      bytes: Buffer.from(seed.content),
      digest: seed.digest ?? true,
    });
  }

  addAsset(
    release: ReleaseState,
    fields: Omit<AssetState, 'id' | 'createdAt' | 'updatedAt'>,
  ): AssetState {
    const time = now();
    const asset: AssetState = {
      id: this.nextAssetId++,
      ...fields,
      createdAt: time,
      updatedAt: time,
    };
    release.assets.push(asset);
    return asset;
  }

  delete(release: ReleaseState): void {
    this.byId.delete(release.id);
    this.relinquishLatest(release);
  }

  publish(release: ReleaseState, time: string, immutable = this.immutableReleases): void {
    release.draft = false;
    release.publishedAt = time;
    release.immutable = immutable;
  }

  /**
   * `make_latest` on a published release. Drafts and pre-releases are never latest. 'true' makes it
   * latest; 'legacy' hands the choice to the legacy rule (see `legacyLatest`); 'false' leaves the
   * latest as it is (also when this release is it: GitHub offers no way to un-set the latest).
   */
  applyMakeLatest(release: ReleaseState, makeLatest: MakeLatest): void {
    if (release.draft || release.prerelease) return;
    if (makeLatest === 'true') this.latestId = release.id;
    else if (makeLatest === 'legacy') this.latestId = legacyLatest(this.byId.values())?.id ?? null;
  }

  /** After the latest release was deleted, drafted again or made a pre-release: the legacy rule picks. */
  relinquishLatest(release: ReleaseState): void {
    if (this.latestId !== release.id) return;
    if (this.byId.has(release.id) && !release.draft && !release.prerelease) return;
    this.latestId = legacyLatest(this.byId.values())?.id ?? null;
  }
}

/**
 * The latest release under the legacy rule: the newest published full release by creation date,
 * ties broken by the higher semantic version of its tag (tags that are no version rank below
 * those that are), then by the later one created.
 */
function legacyLatest(releases: Iterable<ReleaseState>): ReleaseState | undefined {
  let best: ReleaseState | undefined;
  for (const r of releases) {
    if (r.draft || r.prerelease) continue;
    if (!best || compareLegacy(r, best) > 0) best = r;
  }
  return best;
}

function compareLegacy(a: ReleaseState, b: ReleaseState): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  const va = semver.valid(a.tag);
  const vb = semver.valid(b.tag);
  if (va && vb && semver.compare(va, vb) !== 0) return semver.compare(va, vb);
  if (va && !vb) return 1;
  if (vb && !va) return -1;
  return a.id - b.id;
}
