import { isSha256Digest } from '../core/reference.js';
import type { PlatformDigest } from '../core/types.js';
import { isRecord } from '../core/values.js';

const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(', ');
export const INDEX_TYPES: ReadonlySet<string> = new Set([
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifestList,
]);
export const SINGLE_TYPES: ReadonlySet<string> = new Set([
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);

/** Per-platform manifests of an index document, attestation manifests left out. */
export function platformsFromIndex(doc: unknown): PlatformDigest[] {
  if (!isRecord(doc) || !Array.isArray(doc['manifests'])) return [];
  const out: PlatformDigest[] = [];
  for (const entry of doc['manifests']) {
    if (!isRecord(entry)) continue;
    const digest = entry['digest'];
    const platform = entry['platform'];
    if (typeof digest !== 'string' || !isSha256Digest(digest) || !isRecord(platform)) continue;
    const os = platform['os'];
    const arch = platform['architecture'];
    if (typeof os !== 'string' || typeof arch !== 'string' || os === '' || arch === '') continue;
    const annotations = isRecord(entry['annotations']) ? entry['annotations'] : {};
    if (os === 'unknown' && arch === 'unknown') continue;
    if (annotations['vnd.docker.reference.type'] === 'attestation-manifest') continue;
    const variant = platform['variant'];
    const name =
      typeof variant === 'string' && variant !== '' ? `${os}/${arch}/${variant}` : `${os}/${arch}`;
    out.push({ platform: name, digest });
  }
  return out;
}

export function contentType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The media type from `Content-Type`, else the document's `mediaType`, else its shape. */
export function mediaTypeOf(headers: Headers, doc: Record<string, unknown>): string {
  const header = contentType(headers);
  if (INDEX_TYPES.has(header) || SINGLE_TYPES.has(header)) return header;
  const declared = doc['mediaType'];
  if (typeof declared === 'string' && declared !== '') return declared;
  if (Array.isArray(doc['manifests'])) return MEDIA_TYPES.ociIndex;
  if (doc['schemaVersion'] === 1) return 'application/vnd.docker.distribution.manifest.v1+json';
  return MEDIA_TYPES.ociManifest;
}
