/**
 * The release asset routes: listing, reading (the bytes by a 302 to the storage origin, as
 * GitHub does), deleting, and uploads on the uploads host. Asset names are unique per release and
 * stored as GitHub renames them; a published immutable release refuses changes to its assets.
 */
import {
  HttpError,
  notFound,
  page,
  type Context,
  type Handler,
  type Reply,
  type Site,
} from '../http.js';
import { storedAssetName } from '../release-store.js';
import { releaseOr404 } from './releases.js';

function listAssets(site: Site, c: Context): Promise<Reply> {
  const release = releaseOr404(site, c);
  const { items, headers } = page(c, release.assets);
  return Promise.resolve({
    status: 200,
    json: items.map((a) => site.shapes.asset(a, release.tag)),
    headers,
  });
}

function getAsset(site: Site, c: Context): Promise<Reply> {
  const found = site.releases.findAsset(Number(c.params['asset_id']));
  if (!found) throw notFound();
  if (String(c.headers['accept'] ?? '').includes('application/octet-stream')) {
    // GitHub redirects to its storage host with a pre-signed URL, which takes no token.
    return Promise.resolve(site.storage.redirect(found.asset));
  }
  return Promise.resolve({ status: 200, json: site.shapes.asset(found.asset, found.release.tag) });
}

function deleteAsset(site: Site, c: Context): Promise<Reply> {
  const found = site.releases.findAsset(Number(c.params['asset_id']));
  if (!found) throw notFound();
  if (found.release.immutable && !found.release.draft) {
    throw new HttpError(422, 'Cannot delete an asset of an immutable release');
  }
  found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
  return Promise.resolve({ status: 204 });
}

function uploadAsset(site: Site, c: Context): Promise<Reply> {
  const release = releaseOr404(site, c);
  if (release.immutable && !release.draft)
    throw new HttpError(422, 'Cannot upload assets to an immutable release');
  const name = storedAssetName(c.query.get('name') ?? '');
  // Checked and stored without an await in between: concurrent uploads of one name race here.
  if (release.assets.some((a) => a.name === name)) {
    throw new HttpError(422, 'Validation Failed', [
      { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' },
    ]);
  }
  const asset = site.releases.addAsset(release, {
    name,
    label: c.query.get('label'),
    contentType: String(c.headers['content-type'] ?? 'application/octet-stream'),
    state: 'uploaded',
    bytes: c.raw,
    digest: true,
  });
  return Promise.resolve({ status: 201, json: site.shapes.asset(asset, release.tag) });
}

export const assetRoutes: Readonly<Record<string, Handler>> = {
  'repos/list-release-assets': listAssets,
  'repos/get-release-asset': getAsset,
  'repos/delete-release-asset': deleteAsset,
  'repos/upload-release-asset': uploadAsset,
};
