import { inspectAppCompose } from '../core/app-compose.js';
import { readOrNull, readRelease, releaseFiles, type StoredRelease } from './releases.js';
import type { ReleaseImage } from '../core/types.js';

export interface ImageChange {
  readonly service: string;
  readonly from?: ReleaseImage;
  readonly to?: ReleaseImage;
}

export interface SettingChange {
  readonly key: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface ReleaseDiff {
  readonly from: string;
  readonly to: string;
  readonly added: readonly ImageChange[];
  readonly removed: readonly ImageChange[];
  readonly repinned: readonly ImageChange[];
  readonly unchanged: readonly string[];
  readonly compose_hash: { readonly from: string; readonly to: string; readonly changed: boolean };
  readonly compose_file_changed: boolean;
  /** App-compose keys other than `docker_compose_file` whose values differ. */
  readonly settings: readonly SettingChange[];
}

/** The release's app-compose document; empty when the file is missing or not a document. */
function appDocument(dir: string, stored: StoredRelease): Record<string, unknown> {
  const bytes = readOrNull(releaseFiles(dir, stored.version).appCompose);
  return bytes === null ? {} : (inspectAppCompose(bytes).document ?? {});
}

/** Compares pure data: images by service, and the app-compose settings key by key. */
function diffRecords(
  from: StoredRelease,
  to: StoredRelease,
  fromDoc: Record<string, unknown>,
  toDoc: Record<string, unknown>,
): ReleaseDiff {
  const before = new Map(from.record.images.map((i) => [i.service, i]));
  const after = new Map(to.record.images.map((i) => [i.service, i]));
  const added: ImageChange[] = [];
  const removed: ImageChange[] = [];
  const repinned: ImageChange[] = [];
  const unchanged: string[] = [];
  for (const [service, image] of after) {
    const old = before.get(service);
    if (!old) added.push({ service, to: image });
    else if (
      old.digest !== image.digest ||
      old.repository !== image.repository ||
      old.tag !== image.tag
    ) {
      repinned.push({ service, from: old, to: image });
    } else unchanged.push(service);
  }
  for (const [service, image] of before) {
    if (!after.has(service)) removed.push({ service, from: image });
  }
  const settings: SettingChange[] = [];
  const keys = [...new Set([...Object.keys(fromDoc), ...Object.keys(toDoc)])].sort();
  for (const key of keys) {
    if (key === 'docker_compose_file') continue;
    const a = fromDoc[key];
    const b = toDoc[key];
    if (JSON.stringify(a) !== JSON.stringify(b))
      settings.push({ key, from: a ?? null, to: b ?? null });
  }
  return {
    from: from.record.version,
    to: to.record.version,
    added,
    removed,
    repinned,
    unchanged,
    compose_hash: {
      from: from.record.compose_hash,
      to: to.record.compose_hash,
      changed: from.record.compose_hash !== to.record.compose_hash,
    },
    compose_file_changed:
      from.record.files.docker_compose.sha256 !== to.record.files.docker_compose.sha256,
    settings,
  };
}

/** Compares two recorded releases; reads only their records and app-compose files. */
export function diffReleases(dir: string, fromVersion: string, toVersion: string): ReleaseDiff {
  const from = readRelease(dir, fromVersion);
  const to = readRelease(dir, toVersion);
  return diffRecords(from, to, appDocument(dir, from), appDocument(dir, to));
}

export interface FindMatch {
  readonly version: string;
  readonly what: string;
  readonly kind: 'compose_hash' | 'image' | 'platform';
  readonly service?: string;
}

/** Which releases mention this sha256 (64 lowercase hex): as compose hash, image or platform digest. */
export function findInReleases(releases: readonly StoredRelease[], hex: string): FindMatch[] {
  const digest = `sha256:${hex}`;
  const matches: FindMatch[] = [];
  for (const { record } of releases) {
    if (record.compose_hash === hex) {
      matches.push({ version: record.version, kind: 'compose_hash', what: 'compose hash' });
    }
    for (const image of record.images) {
      if (image.digest === digest) {
        matches.push({
          version: record.version,
          kind: 'image',
          service: image.service,
          what: `image digest of ${image.service} (${image.repository})`,
        });
      }
      for (const p of image.platforms) {
        if (p.digest === digest) {
          matches.push({
            version: record.version,
            kind: 'platform',
            service: image.service,
            what: `${p.platform} manifest of ${image.service} (${image.repository})`,
          });
        }
      }
    }
  }
  return matches;
}
