import { CheckError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import type { AssetState, AssetStep, ReleaseState } from '../core/remote-plan.js';
import {
  apiError,
  describeApiError,
  hasStatus,
  requestLimitsOf,
  type GitHub,
  type RepoRef,
} from './client.js';
import { fetchWithin } from '../http/fetch-within.js';

/**
 * The releases API, piece by piece. What to do is decided in src/core/remote-plan.ts; these
 * functions do one thing each and report the answers that mean "someone else got there first"
 * (a tag already published, an asset uploaded, a release gone) as values, for the executor to
 * look again and plan again.
 */

export type Release = Awaited<ReturnType<GitHub['rest']['repos']['getReleaseByTag']>>['data'];
export type ReleaseAsset = Release['assets'][number];

/**
 * Pages of the release list one run may read, over all its looks: a hundred releases a page, so
 * a repository of ten thousand releases is read ten times over; a list that never ends is not.
 */
const MAX_RELEASE_PAGES_PER_RUN = 1000;

/** A run's pages of the release list: how many in all, and how many are left. */
export interface PageBudget {
  readonly limit: number;
  left: number;
}

export const releasePageBudget = (limit = MAX_RELEASE_PAGES_PER_RUN): PageBudget => ({
  limit,
  left: limit,
});

export interface TagReleases {
  /** The published release of the tag; GitHub allows only one. */
  readonly published: Release | null;
  /** Drafts of the tag, newest first (drafts may share a tag). */
  readonly drafts: readonly Release[];
  /** The first page of the release list (the newest hundred), every tag. */
  readonly recent: readonly Release[];
}

/**
 * The releases of `tag`: the published one by tag, drafts (which the by-tag endpoint never
 * returns) from the release list, both asked at once. Further pages of the list are read only
 * when nothing is published, since only then could a draft there matter; each page takes one of
 * the run's `budget`, and a run that has none left fails rather than read on.
 */
export async function findTagReleases(
  gh: GitHub,
  repo: RepoRef,
  tag: string,
  budget: PageBudget,
): Promise<TagReleases> {
  const byTag = async (): Promise<Release | null> => {
    try {
      return (await gh.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    } catch (error) {
      if (hasStatus(error, 404)) return null;
      throw describeApiError(`looking up the release ${tag}`, error);
    }
  };
  const drafts: Release[] = [];
  const recent: Release[] = [];
  let listed: Release | null = null;
  const pages = gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100 });
  const iterator = pages[Symbol.asyncIterator]();
  const take = (page: IteratorResult<{ data: Release[] }>): boolean => {
    if (page.done) return false;
    budget.left--;
    for (const r of page.value.data) {
      if (r.tag_name !== tag) continue;
      if (r.draft) drafts.push(r);
      else listed ??= r;
    }
    return true;
  };
  try {
    const [published, first] = await Promise.all([byTag(), iterator.next()]);
    if (!first.done) recent.push(...first.value.data);
    let more = take(first);
    while (more && !published && !listed) {
      if (budget.left <= 0) {
        throw new CheckError(
          `listing the releases of ${repo.owner}/${repo.repo} to find the drafts of ${tag}: read ` +
            `${budget.limit} pages in this run and the list went on; a list that long ` +
            '(or one that never ends) is not followed further',
        );
      }
      more = take(await iterator.next());
    }
    return { published: published ?? listed, drafts, recent };
  } catch (error) {
    if (error instanceof CheckError) throw error;
    throw describeApiError(`listing the releases of ${repo.owner}/${repo.repo}`, error);
  }
}

/** The first page of the release list: the newest hundred, drafts included. */
export async function recentReleases(gh: GitHub, repo: RepoRef): Promise<Release[]> {
  try {
    return (await gh.rest.repos.listReleases({ ...repo, per_page: 100 })).data;
  } catch (error) {
    throw describeApiError(`listing the releases of ${repo.owner}/${repo.repo}`, error);
  }
}

/** Makes a published release the repository's latest. */
export async function makeLatest(gh: GitHub, repo: RepoRef, id: number): Promise<void> {
  try {
    await gh.rest.repos.updateRelease({ ...repo, release_id: id, make_latest: 'true' });
  } catch (error) {
    throw describeApiError(`making release ${id} the latest`, error);
  }
}

/** The tag of the repository's latest release, or null when it has none. */
export async function latestReleaseTag(gh: GitHub, repo: RepoRef): Promise<string | null> {
  try {
    return (await gh.rest.repos.getLatestRelease({ ...repo })).data.tag_name;
  } catch (error) {
    if (hasStatus(error, 404)) return null;
    throw describeApiError(`reading the latest release of ${repo.owner}/${repo.repo}`, error);
  }
}

export interface DraftOptions {
  readonly tag: string;
  readonly name: string;
  readonly body: string;
  readonly prerelease: boolean;
  readonly targetCommitish?: string;
}

/**
 * A new draft for the tag (assets go in before it is published, so immutable releases work). Sent
 * once: a retry after an answer that never came could make a second draft.
 */
export async function createDraft(gh: GitHub, repo: RepoRef, opts: DraftOptions): Promise<Release> {
  try {
    const { data } = await gh.rest.repos.createRelease({
      ...repo,
      tag_name: opts.tag,
      name: opts.name,
      body: opts.body,
      draft: true,
      prerelease: opts.prerelease,
      ...(opts.targetCommitish !== undefined && { target_commitish: opts.targetCommitish }),
      request: { retries: 0 },
    });
    return data;
  } catch (error) {
    throw describeApiError(`creating a draft release for ${opts.tag}`, error);
  }
}

export type ReleaseUpdate =
  | { readonly kind: 'updated'; readonly release: Release }
  /** Publishing was refused: another release of the tag is published. */
  | { readonly kind: 'taken' }
  /** The release is gone (deleted by someone else). */
  | { readonly kind: 'gone' };

/** Publishes a draft (notes and latest in the same request), or updates the notes alone. */
export async function updateRelease(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  change: { readonly body?: string; readonly publish?: { readonly makeLatest: 'true' | 'false' } },
): Promise<ReleaseUpdate> {
  try {
    const { data } = await gh.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      ...(change.body !== undefined && { body: change.body }),
      ...(change.publish && { draft: false, make_latest: change.publish.makeLatest }),
    });
    return { kind: 'updated', release: data };
  } catch (error) {
    const api = apiError(error);
    if (api?.status === 422 && api.codes.includes('already_exists')) return { kind: 'taken' };
    if (api?.status === 404) return { kind: 'gone' };
    if (release.immutable && !release.draft && api?.status === 422) {
      throw new CheckError(
        `release ${release.tag_name} is immutable and GitHub refused to update its notes ` +
          `(${api.message}); its assets are in place, only the notes section is missing`,
        { cause: error },
      );
    }
    const doing = change.publish ? 'publishing' : 'updating the notes of';
    throw describeApiError(`${doing} release ${release.tag_name}`, error);
  }
}

/** Deletes a release; one already gone is fine. */
export async function deleteRelease(
  gh: GitHub,
  repo: RepoRef,
  release: Pick<Release, 'id' | 'tag_name'>,
): Promise<void> {
  try {
    await gh.rest.repos.deleteRelease({ ...repo, release_id: release.id });
  } catch (error) {
    if (hasStatus(error, 404)) return;
    throw describeApiError(`deleting draft release ${release.id} of ${release.tag_name}`, error);
  }
}

/** The uploads root (`https://uploads.github.com`, on GHES `https://host/api/uploads`) of a release. */
export function uploadsBaseUrl(release: Pick<Release, 'upload_url'>): string {
  const url = release.upload_url.replace(/\{[^}]*\}$/, '');
  const match = /^(.*)\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/.exec(url);
  if (!match?.[1]) throw new CheckError(`unexpected upload_url from GitHub: ${release.upload_url}`);
  return match[1];
}

/**
 * An asset's bytes. The API answers with a redirect to a storage host that takes a signed URL and
 * refuses a request that also carries the token, so the redirect is followed here, without it.
 */
export async function downloadAsset(
  gh: GitHub,
  repo: RepoRef,
  asset: Pick<ReleaseAsset, 'id' | 'name'>,
): Promise<Buffer> {
  const doing = `downloading asset ${asset.name}`;
  let response: { status: number; headers: Record<string, unknown>; data: unknown };
  try {
    response = await gh.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
      request: { redirect: 'manual' },
    });
  } catch (error) {
    throw describeApiError(doing, error);
  }
  const location = response.headers['location'];
  if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
    const storage = fetchWithin(requestLimitsOf(gh));
    let answer: Response;
    try {
      answer = await storage(location, { redirect: 'follow' });
    } catch (error) {
      throw new CheckError(`${doing}: ${(error as Error).message}`, { cause: error });
    }
    if (!answer.ok) {
      throw new CheckError(
        `${doing}: ${new URL(location).host} answered ${answer.status} ${answer.statusText}`,
      );
    }
    return Buffer.from(await answer.arrayBuffer());
  }
  const body: unknown = response.data;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  throw new CheckError(`${doing}: GitHub did not send its bytes`);
}

/** The release an operation needed was deleted meanwhile (another run finished the tag). */
export class ReleaseGone extends Error {
  constructor(readonly release: Pick<Release, 'id' | 'tag_name'>) {
    super(`release ${release.id} of ${release.tag_name} is gone`);
  }
}

function immutableRefusal(release: Release, name: string, error: unknown): CheckError {
  return new CheckError(
    `release ${release.tag_name} is published and immutable, so ${name} cannot be replaced or added; ` +
      'an immutable release takes assets only while it is a draft: record into a draft release ' +
      '(let this action create it) or a new tag',
    { cause: error },
  );
}

async function deleteAsset(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  id: number,
  name: string,
): Promise<void> {
  try {
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: id });
  } catch (error) {
    if (hasStatus(error, 404)) return; // already gone
    if (hasStatus(error, 422) && /immutable/i.test(apiError(error)?.message ?? '')) {
      throw immutableRefusal(release, name, error);
    }
    throw describeApiError(`deleting asset ${name} of release ${release.tag_name}`, error);
  }
}

export interface AssetFile {
  readonly name: string;
  readonly content: Buffer;
  readonly contentType: string;
}

type Upload =
  | { readonly kind: 'uploaded'; readonly asset: ReleaseAsset }
  /** An asset of that name is there already (another upload won). */
  | { readonly kind: 'raced' };

async function upload(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  file: AssetFile,
): Promise<Upload> {
  try {
    const { data } = await gh.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      name: file.name,
      label: file.name,
      // Octokit sends a Buffer body as is (typed as string for JSON-ish endpoints).
      data: file.content as unknown as string,
      baseUrl: uploadsBaseUrl(release),
      // fetch sets Content-Length from the Buffer; undici refuses a hand-set one on Node 24.
      headers: { 'content-type': file.contentType },
    });
    return { kind: 'uploaded', asset: data };
  } catch (error) {
    const api = apiError(error);
    if (api?.status === 422 && api.codes.includes('already_exists')) return { kind: 'raced' };
    if (api?.status === 422 && /immutable/i.test(api.message)) {
      throw immutableRefusal(release, file.name, error);
    }
    if (api?.status === 404) throw new ReleaseGone(release);
    throw describeApiError(`uploading ${file.name} to release ${release.tag_name}`, error);
  }
}

/** An asset as the plan sees it: its digest, else (older assets) the hash of its downloaded bytes. */
export async function assetState(
  gh: GitHub,
  repo: RepoRef,
  asset: ReleaseAsset,
): Promise<AssetState> {
  const uploaded = asset.state === 'uploaded';
  const digest = typeof asset.digest === 'string' ? asset.digest : '';
  let sha256: string | null = null;
  if (digest.startsWith('sha256:')) sha256 = digest.slice(7).toLowerCase();
  else if (uploaded) sha256 = sha256Hex(await downloadAsset(gh, repo, asset));
  return { id: asset.id, name: asset.name, label: asset.label ?? null, uploaded, sha256 };
}

/** The release as the plan sees it. */
export async function releaseState(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
): Promise<ReleaseState> {
  return {
    id: release.id,
    draft: release.draft,
    immutable: release.immutable === true && !release.draft,
    body: release.body ?? '',
    assets: await Promise.all(release.assets.map((a) => assetState(gh, repo, a))),
  };
}

export interface AssetResult {
  readonly name: string;
  /**
   * raced: an asset of that name appeared between the look and the upload (another run's, or a
   * leftover): not looked at here; the executor looks again and plans again.
   */
  readonly action: 'kept' | 'uploaded' | 'replaced' | 'raced';
}

/**
 * Carries out the plan's asset steps, in parallel: deletes what a step replaces, then uploads.
 * An upload that loses a race is reported, never retried here: the executor looks again and
 * plans again.
 */
export async function putAssets(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  opts: { readonly files: readonly AssetFile[]; readonly steps: readonly AssetStep[] },
): Promise<AssetResult[]> {
  const one = async (file: AssetFile): Promise<AssetResult> => {
    const step = opts.steps.find((s) => s.name === file.name);
    if (!step || step.kind === 'keep') return { name: file.name, action: 'kept' };
    if (step.replace !== null) await deleteAsset(gh, repo, release, step.replace, file.name);
    const result = await upload(gh, repo, release, file);
    if (result.kind === 'raced') return { name: file.name, action: 'raced' };
    return { name: file.name, action: step.replace !== null ? 'replaced' : 'uploaded' };
  };
  const done = await Promise.allSettled(opts.files.map(one));
  const failed = done.flatMap((d) => (d.status === 'rejected' ? [d.reason as unknown] : []));
  const gone = failed.find((e) => e instanceof ReleaseGone);
  if (gone) throw gone;
  if (failed.length === 1) throw failed[0];
  if (failed.length > 1) {
    throw new CheckError(
      failed.map((e) => (e instanceof Error ? e.message : String(e))).join('\n'),
    );
  }
  return done.flatMap((d) => (d.status === 'fulfilled' ? [d.value] : []));
}
