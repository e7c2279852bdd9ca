import { sha256Hex as sha256 } from '../core/hash.js';
import { CheckError } from '../core/errors.js';
import { apiError, describeApiError, hasStatus, type GitHub, type RepoRef } from './client.js';
import { NOTES_END, NOTES_START } from '../core/release-notes.js';

export type Release = Awaited<ReturnType<GitHub['rest']['repos']['getReleaseByTag']>>['data'];
export type ReleaseAsset = Release['assets'][number];

/** How often an upload that lost a race re-reads the assets before giving up. */
const MAX_ASSET_RACES = 3;

/**
 * The release for `tag`: a published one by tag; a draft (which the by-tag endpoint never returns)
 * by paging the release list. Null when there is none.
 */
export async function findRelease(gh: GitHub, repo: RepoRef, tag: string): Promise<Release | null> {
  try {
    const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
    return data;
  } catch (error) {
    if (!hasStatus(error, 404)) throw describeApiError(`looking up the release ${tag}`, error);
  }
  try {
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, {
      ...repo,
      per_page: 100,
    })) {
      const found = page.data.find((r) => r.tag_name === tag);
      if (found) return found;
    }
  } catch (error) {
    throw describeApiError(`listing the releases of ${repo.owner}/${repo.repo}`, error);
  }
  return null;
}

export interface EnsureReleaseOptions {
  readonly tag: string;
  /** Create the release (as a draft) when there is none; false makes a missing release an error. */
  readonly create: boolean;
  readonly targetCommitish?: string;
  readonly name?: string;
  readonly body?: string;
  readonly prerelease?: boolean;
  /** What a lookup the caller already made found (null: nothing); saves looking again. */
  readonly existing?: Release | null;
}

/** The release for the tag, created as a draft when missing (so assets go in before it is published). */
export async function ensureRelease(
  gh: GitHub,
  repo: RepoRef,
  opts: EnsureReleaseOptions,
): Promise<{ release: Release; created: boolean }> {
  const found = opts.existing !== undefined ? opts.existing : await findRelease(gh, repo, opts.tag);
  if (found) return { release: found, created: false };
  if (!opts.create) {
    throw new CheckError(
      `no release exists for ${opts.tag} in ${repo.owner}/${repo.repo}; create it first or set create-release: true`,
    );
  }
  try {
    const { data } = await gh.rest.repos.createRelease({
      ...repo,
      tag_name: opts.tag,
      draft: true,
      ...(opts.targetCommitish !== undefined && { target_commitish: opts.targetCommitish }),
      ...(opts.name !== undefined && { name: opts.name }),
      ...(opts.body !== undefined && { body: opts.body }),
      ...(opts.prerelease !== undefined && { prerelease: opts.prerelease }),
    });
    return { release: data, created: true };
  } catch (error) {
    const api = apiError(error);
    if (api?.status === 422 && api.codes.includes('already_exists')) {
      // Someone created it between our look and our create: theirs is the release.
      const theirs = await findRelease(gh, repo, opts.tag);
      if (theirs) return { release: theirs, created: false };
    }
    throw describeApiError(`creating the release ${opts.tag}`, error);
  }
}

export interface AssetFile {
  readonly name: string;
  readonly content: Buffer;
  readonly contentType: string;
}

export interface AssetResult {
  readonly name: string;
  /** kept: identical bytes were there; uploaded: it was missing; replaced: a broken or different one was. */
  readonly action: 'kept' | 'uploaded' | 'replaced';
  readonly asset: ReleaseAsset;
}

type Plan =
  | { readonly kind: 'keep'; readonly asset: ReleaseAsset }
  | { readonly kind: 'upload'; readonly replace?: ReleaseAsset }
  | { readonly kind: 'refuse'; readonly reason: string };

function isImmutable(release: Release): boolean {
  return release.immutable === true && !release.draft;
}

function immutableMessage(release: Release, name: string, what: string): string {
  return (
    `release ${release.tag_name} is published and immutable, so ${name} cannot be ${what}; ` +
    'an immutable release takes assets only while it is a draft: record into a draft release ' +
    '(let this action create it) or a new tag'
  );
}

/** The uploads root (`https://uploads.github.com`, on GHES `https://host/api/uploads`) of a release. */
export function uploadsBaseUrl(release: Pick<Release, 'upload_url'>): string {
  const url = release.upload_url.replace(/\{[^}]*\}$/, '');
  const match = /^(.*)\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/.exec(url);
  if (!match?.[1]) throw new CheckError(`unexpected upload_url from GitHub: ${release.upload_url}`);
  return match[1];
}

async function downloadAsset(gh: GitHub, repo: RepoRef, asset: ReleaseAsset): Promise<Buffer> {
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    const body: unknown = data;
    if (body instanceof ArrayBuffer) return Buffer.from(body);
    if (typeof body === 'string') return Buffer.from(body, 'utf8');
    throw new CheckError(`downloading asset ${asset.name}: GitHub did not send its bytes`);
  } catch (error) {
    if (error instanceof CheckError) throw error;
    throw describeApiError(`downloading asset ${asset.name} to compare it`, error);
  }
}

/** Whether the stored asset holds exactly `content`: by its digest when GitHub gives one, else by its bytes. */
async function sameBytes(
  gh: GitHub,
  repo: RepoRef,
  asset: ReleaseAsset,
  content: Buffer,
): Promise<boolean> {
  if (asset.size !== content.length) return false;
  const digest = typeof asset.digest === 'string' ? asset.digest : '';
  if (digest.startsWith('sha256:')) return digest.slice(7).toLowerCase() === sha256(content);
  return (await downloadAsset(gh, repo, asset)).equals(content);
}

/** The bytes of the release's uploaded assets with these names (null when absent or broken). */
export async function readAssets(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  names: readonly string[],
): Promise<Map<string, Buffer | null>> {
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, Buffer | null]> => {
      const asset = findAsset(release.assets, name);
      return [name, asset?.state === 'uploaded' ? await downloadAsset(gh, repo, asset) : null];
    }),
  );
  return new Map(entries);
}

function findAsset(assets: readonly ReleaseAsset[], name: string): ReleaseAsset | undefined {
  // GitHub renames some characters in asset names; the label we set keeps the name we gave.
  return assets.find((a) => a.name === name) ?? assets.find((a) => a.label === name);
}

async function plan(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  assets: readonly ReleaseAsset[],
  file: AssetFile,
  overwrite: boolean,
): Promise<Plan> {
  const existing = findAsset(assets, file.name);
  const immutable = isImmutable(release);
  if (
    existing &&
    existing.state === 'uploaded' &&
    (await sameBytes(gh, repo, existing, file.content))
  ) {
    return { kind: 'keep', asset: existing };
  }
  if (immutable) {
    return {
      kind: 'refuse',
      reason: immutableMessage(release, file.name, existing ? 'replaced' : 'added'),
    };
  }
  if (!existing) return { kind: 'upload' };
  if (existing.state !== 'uploaded') return { kind: 'upload', replace: existing };
  if (!overwrite) {
    return {
      kind: 'refuse',
      reason:
        `release ${release.tag_name} already has a different ${file.name} ` +
        `(${existing.size} bytes${existing.digest ? `, ${existing.digest}` : ''}); set overwrite: true to replace it`,
    };
  }
  return { kind: 'upload', replace: existing };
}

async function listAssets(gh: GitHub, repo: RepoRef, release: Release): Promise<ReleaseAsset[]> {
  try {
    return await gh.paginate(gh.rest.repos.listReleaseAssets, {
      ...repo,
      release_id: release.id,
      per_page: 100,
    });
  } catch (error) {
    throw describeApiError(`listing the assets of release ${release.tag_name}`, error);
  }
}

async function deleteAsset(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  asset: ReleaseAsset,
): Promise<void> {
  try {
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
  } catch (error) {
    if (hasStatus(error, 404)) return; // already gone
    if (hasStatus(error, 422) && /immutable/i.test(apiError(error)?.message ?? '')) {
      throw new CheckError(immutableMessage(release, asset.name, 'replaced'), { cause: error });
    }
    throw describeApiError(`deleting asset ${asset.name} of release ${release.tag_name}`, error);
  }
}

type Upload = { readonly asset: ReleaseAsset } | { readonly raced: true };

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
    return { asset: data };
  } catch (error) {
    const api = apiError(error);
    if (api?.status === 422 && api.codes.includes('already_exists')) return { raced: true };
    if (api?.status === 422 && /immutable/i.test(api.message)) {
      throw new CheckError(immutableMessage(release, file.name, 'added'), { cause: error });
    }
    throw describeApiError(`uploading ${file.name} to release ${release.tag_name}`, error);
  }
}

async function execute(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  file: AssetFile,
  first: Plan,
  overwrite: boolean,
): Promise<AssetResult> {
  let step = first;
  let replaced = false;
  for (let race = 0; ; race++) {
    if (step.kind === 'refuse') throw new CheckError(step.reason);
    if (step.kind === 'keep') {
      return { name: file.name, action: replaced ? 'replaced' : 'kept', asset: step.asset };
    }
    if (step.replace) {
      await deleteAsset(gh, repo, release, step.replace);
      replaced = true;
    }
    const result = await upload(gh, repo, release, file);
    if ('asset' in result)
      return { name: file.name, action: replaced ? 'replaced' : 'uploaded', asset: result.asset };
    if (race >= MAX_ASSET_RACES) {
      throw new CheckError(
        `uploading ${file.name} to release ${release.tag_name}: another upload of the same name kept winning`,
      );
    }
    // Someone else uploaded the same name meanwhile: look again and apply the same rules to theirs.
    step = await plan(gh, repo, release, await listAssets(gh, repo, release), file, overwrite);
  }
}

function failWith(errors: readonly unknown[]): never {
  if (errors.length === 1) throw errors[0];
  throw new CheckError(errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n'));
}

async function planAll(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  files: readonly AssetFile[],
  overwrite: boolean,
): Promise<Plan[]> {
  const names = new Set(files.map((f) => f.name));
  if (names.size !== files.length) throw new CheckError('two release assets share a name');
  // The release object carries its assets; a stale view is safe because a lost race is retried.
  const planned = await Promise.allSettled(
    files.map((f) => plan(gh, repo, release, release.assets, f, overwrite)),
  );
  const problems: unknown[] = [];
  const plans: Plan[] = [];
  for (const p of planned) {
    if (p.status === 'rejected') problems.push(p.reason);
    else if (p.value.kind === 'refuse') problems.push(new CheckError(p.value.reason));
    else plans.push(p.value);
  }
  if (problems.length > 0) failWith(problems);
  return plans;
}

/**
 * Fails, changing nothing, when the files could not go on this release (a different asset without
 * `overwrite`, an immutable published release): the check run before anything remote changes.
 */
export async function checkAssets(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  files: readonly AssetFile[],
  opts: { readonly overwrite: boolean },
): Promise<void> {
  await planAll(gh, repo, release, files, opts.overwrite);
}

/**
 * Puts the files on the release, in parallel. Every file is checked first, so a refusal (a
 * different asset without `overwrite`, an immutable release) changes nothing.
 */
export async function uploadAssets(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  files: readonly AssetFile[],
  opts: { readonly overwrite: boolean },
): Promise<AssetResult[]> {
  const plans = await planAll(gh, repo, release, files, opts.overwrite);
  const done = await Promise.allSettled(
    files.map((f, i) =>
      execute(gh, repo, release, f, plans[i] ?? { kind: 'upload' }, opts.overwrite),
    ),
  );
  const failed = done.flatMap((d) => (d.status === 'fulfilled' ? [] : [d.reason as unknown]));
  if (failed.length > 0) failWith(failed);
  return done.flatMap((d) => (d.status === 'fulfilled' ? [d.value] : []));
}

/** The section exactly as it goes into the notes: delimited by the markers, once. */
function sectionBlock(section: string): string {
  const text = section.trim();
  if (text.startsWith(NOTES_START) && text.endsWith(NOTES_END)) return text;
  return `${NOTES_START}\n${text}\n${NOTES_END}`;
}

/** [start, end) of each marked section, each end marker paired with the nearest start before it. */
function sections(body: string): [number, number][] {
  const found: [number, number][] = [];
  let from = 0;
  for (;;) {
    const end = body.indexOf(NOTES_END, from);
    if (end < 0) return found;
    const start = body.lastIndexOf(NOTES_START, end);
    if (start >= from) found.push([start, end + NOTES_END.length]);
    from = end + NOTES_END.length;
  }
}

/**
 * The release notes with our section in place: the first marked section replaced, any further
 * copies removed, or the section appended after a blank line when there is none. Text outside the
 * markers is kept as it is.
 */
export function replaceSection(body: string | null, section: string): string {
  const block = sectionBlock(section);
  const text = body ?? '';
  if (text.trim() === '') return block;
  const found = sections(text);
  const [first, ...rest] = found;
  if (!first) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return `${text.trimEnd()}${eol}${eol}${block}`;
  }
  let out = text.slice(0, first[0]) + block;
  let cursor = first[1];
  for (const [start, end] of rest) {
    out += text.slice(cursor, start).trimEnd();
    cursor = end;
  }
  return out + text.slice(cursor);
}

export interface NotesResult {
  /** False when the notes already held this section (nothing was sent). */
  readonly changed: boolean;
  readonly release: Release;
}

/** Puts `section` into the release notes (see replaceSection); no request when they are already right. */
export async function updateReleaseNotes(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  section: string,
): Promise<NotesResult> {
  const current = release.body ?? '';
  const body = replaceSection(release.body ?? null, section);
  if (body === current) return { changed: false, release };
  try {
    const { data } = await gh.rest.repos.updateRelease({ ...repo, release_id: release.id, body });
    return { changed: true, release: data };
  } catch (error) {
    if (isImmutable(release) && hasStatus(error, 422)) {
      throw new CheckError(
        `release ${release.tag_name} is immutable and GitHub refused to update its notes ` +
          `(${apiError(error)?.message ?? 'unknown reason'}); its assets are in place, only the notes section is missing`,
        { cause: error },
      );
    }
    throw describeApiError(`updating the notes of release ${release.tag_name}`, error);
  }
}

/** Publishes a draft this run created, now that its assets are in place. */
export async function publishRelease(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
): Promise<Release> {
  if (!release.draft) return release;
  try {
    const { data } = await gh.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      draft: false,
    });
    return data;
  } catch (error) {
    throw describeApiError(`publishing release ${release.tag_name}`, error);
  }
}
