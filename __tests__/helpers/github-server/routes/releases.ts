/**
 * The release routes, with GitHub's rules: one published release per tag (a second is refused
 * 422 `already_exists`, on creating and on publishing), drafts found only in the list, the latest
 * release as `make_latest` says, published immutable releases keeping their tag. Handlers never
 * await between a check and the change it guards.
 */
import { now } from '../clock.js';
import {
  has,
  HttpError,
  isRecord,
  notFound,
  page,
  str,
  type Context,
  type Handler,
  type Reply,
  type Site,
} from '../http.js';
import type { MakeLatest, ReleaseState } from '../release-store.js';

/** The release named by the `release_id` path parameter, or 404. */
export function releaseOr404(site: Site, c: Context): ReleaseState {
  const release = site.releases.get(Number(c.params['release_id']));
  if (!release) throw notFound();
  return release;
}

function tagTaken(): HttpError {
  return new HttpError(422, 'Validation Failed', [
    { resource: 'Release', code: 'already_exists', field: 'tag_name' },
  ]);
}

function listReleases(site: Site, c: Context): Promise<Reply> {
  const { items, headers } = page(c, site.releases.sorted());
  return Promise.resolve({
    status: 200,
    json: items.map((r) => site.shapes.release(r)),
    headers,
  });
}

function getReleaseByTag(site: Site, c: Context): Promise<Reply> {
  // Like GitHub: only the published release is found by tag; drafts only show in the list.
  const release = site.releases.publishedFor(c.params['tag'] ?? '');
  if (!release) throw notFound();
  return Promise.resolve({ status: 200, json: site.shapes.release(release) });
}

function getLatestRelease(site: Site): Promise<Reply> {
  const release = site.releases.latest();
  if (!release) throw notFound();
  return Promise.resolve({ status: 200, json: site.shapes.release(release) });
}

function createRelease(site: Site, c: Context): Promise<Reply> {
  const body = isRecord(c.body) ? c.body : {};
  const tag = str(body, 'tag_name') ?? '';
  if (tag.trim() === '') {
    throw new HttpError(422, 'Validation Failed', [
      { resource: 'Release', code: 'missing_field', field: 'tag_name' },
    ]);
  }
  const draft = body['draft'] === true;
  // Drafts may share a tag; a published release may not share it with another published one.
  if (!draft && site.releases.publishedFor(tag)) throw tagTaken();
  const makeLatest = str(body, 'make_latest') as MakeLatest | undefined;
  const target = str(body, 'target_commitish');
  const release = site.releases.create({
    tag,
    ...(target !== undefined && { target }),
    name: str(body, 'name') ?? null,
    body: str(body, 'body') ?? null,
    draft,
    prerelease: body['prerelease'] === true,
    ...(makeLatest !== undefined && { makeLatest }),
  });
  return Promise.resolve({
    status: 201,
    json: site.shapes.release(release),
    headers: { location: `${site.shapes.repoApi}/releases/${release.id}` },
  });
}

function updateRelease(site: Site, c: Context): Promise<Reply> {
  const store = site.releases;
  const release = releaseOr404(site, c);
  const body = isRecord(c.body) ? c.body : {};
  const locked = release.immutable && !release.draft;
  const tag = str(body, 'tag_name');
  if (locked && ((tag !== undefined && tag !== release.tag) || has(body, 'target_commitish'))) {
    throw new HttpError(422, 'Cannot change the tag of an immutable release');
  }
  if (locked && body['draft'] === true)
    throw new HttpError(422, 'Cannot unpublish an immutable release');
  if (locked && store.lockImmutableNotes && (has(body, 'body') || has(body, 'name'))) {
    throw new HttpError(422, 'Cannot modify an immutable release');
  }
  // Publishing a draft, or moving a published release to a tag, that another published release
  // holds is refused as creating it would be; drafts may share any tag.
  const published = body['draft'] === false || (body['draft'] !== true && !release.draft);
  if (published && store.publishedFor(tag ?? release.tag, release)) throw tagTaken();
  const makeLatest = str(body, 'make_latest') as MakeLatest | undefined;
  const time = now();
  if (tag !== undefined) release.tag = tag;
  const target = str(body, 'target_commitish');
  if (target !== undefined) release.target = target;
  if (has(body, 'name')) release.name = str(body, 'name') ?? null;
  if (has(body, 'body')) release.body = str(body, 'body') ?? null;
  if (typeof body['prerelease'] === 'boolean') release.prerelease = body['prerelease'];
  if (body['draft'] === false && release.draft) {
    store.publish(release, time);
    // A newly published release becomes latest unless told otherwise, now or while a draft.
    store.applyMakeLatest(release, makeLatest ?? release.makeLatest ?? 'true');
    release.makeLatest = null;
  } else if (makeLatest !== undefined) {
    if (release.draft) release.makeLatest = makeLatest;
    else store.applyMakeLatest(release, makeLatest);
  }
  if (body['draft'] === true && !release.draft) {
    release.draft = true;
    release.publishedAt = null;
  }
  store.relinquishLatest(release);
  release.updatedAt = time;
  return Promise.resolve({ status: 200, json: site.shapes.release(release) });
}

function deleteRelease(site: Site, c: Context): Promise<Reply> {
  site.releases.delete(releaseOr404(site, c));
  return Promise.resolve({ status: 204 });
}

export const releaseRoutes: Readonly<Record<string, Handler>> = {
  'repos/list-releases': listReleases,
  'repos/get-release-by-tag': getReleaseByTag,
  'repos/get-latest-release': getLatestRelease,
  'repos/create-release': createRelease,
  'repos/get-release': (site, c) =>
    Promise.resolve({ status: 200, json: site.shapes.release(releaseOr404(site, c)) }),
  'repos/update-release': updateRelease,
  'repos/delete-release': deleteRelease,
};
