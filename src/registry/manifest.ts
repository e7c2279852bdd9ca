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

/**
 * A platform's `os`, `architecture` or `variant` as the OCI image spec uses them (Go's GOOS and
 * GOARCH values, `v7`, `v8`): lowercase letters and digits, joined by `.`, `_` or `-`. Anything
 * else is not a platform name, and could carry Markdown or HTML into the release notes.
 */
const PLATFORM_PART = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const PLATFORM_PART_MAX = 32;

/** RFC 6838 `type/subtype`, each a restricted name of at most 127 characters. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

export function isPlatformPart(text: string): boolean {
  return text.length <= PLATFORM_PART_MAX && PLATFORM_PART.test(text);
}

export function isMediaType(text: string): boolean {
  return MEDIA_TYPE.test(text);
}

/** An index entry whose platform is not one: the index's platform list cannot be told. */
export class PlatformError extends Error {}

/**
 * Per-platform manifests of an index document, attestation manifests left out, as are entries
 * with no platform or no sha256 digest. A platform string outside the grammar throws
 * `PlatformError`: a list without that entry would claim too little.
 */
export function platformsFromIndex(doc: unknown): PlatformDigest[] {
  if (!isRecord(doc) || !Array.isArray(doc['manifests'])) return [];
  const out: PlatformDigest[] = [];
  for (const [index, entry] of doc['manifests'].entries()) {
    if (!isRecord(entry)) continue;
    const digest = entry['digest'];
    const platform = entry['platform'];
    if (typeof digest !== 'string' || !isSha256Digest(digest) || !isRecord(platform)) continue;
    const os = platform['os'];
    const arch = platform['architecture'];
    if (typeof os !== 'string' || typeof arch !== 'string' || os === '' || arch === '') continue;
    const variant = typeof platform['variant'] === 'string' ? platform['variant'] : '';
    if (![os, arch, ...(variant !== '' ? [variant] : [])].every(isPlatformPart)) {
      throw new PlatformError(`entry ${index + 1} of its index names a platform that is not one`);
    }
    const annotations = isRecord(entry['annotations']) ? entry['annotations'] : {};
    if (os === 'unknown' && arch === 'unknown') continue;
    if (annotations['vnd.docker.reference.type'] === 'attestation-manifest') continue;
    out.push({ platform: variant !== '' ? `${os}/${arch}/${variant}` : `${os}/${arch}`, digest });
  }
  return out;
}

/** The media type `Content-Type` names, lowercase; '' when it names none. */
export function contentType(headers: Headers): string {
  const type = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return isMediaType(type) ? type : '';
}

/**
 * The media type from `Content-Type`, else the document's `mediaType`, else its shape. A string
 * that is not a media type counts as none.
 */
export function mediaTypeOf(headers: Headers, doc: Record<string, unknown>): string {
  const header = contentType(headers);
  if (INDEX_TYPES.has(header) || SINGLE_TYPES.has(header)) return header;
  const declared = doc['mediaType'];
  if (typeof declared === 'string' && isMediaType(declared.toLowerCase())) {
    return declared.toLowerCase();
  }
  if (Array.isArray(doc['manifests'])) return MEDIA_TYPES.ociIndex;
  if (doc['schemaVersion'] === 1) return 'application/vnd.docker.distribution.manifest.v1+json';
  return MEDIA_TYPES.ociManifest;
}
