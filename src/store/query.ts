import { readFile } from 'node:fs/promises';
import { inspectAppCompose } from '../core/app-compose.js';
import { readRelease, releaseFiles, type StoredRelease } from './releases.js';
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

async function appDocument(dir: string, stored: StoredRelease): Promise<Record<string, unknown>> {
  try {
    const bytes = await readFile(releaseFiles(dir, stored.version).appCompose);
    return inspectAppCompose(bytes).document ?? {};
  } catch {
    return {};
  }
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

export async function diffReleases(
  dir: string,
  fromVersion: string,
  toVersion: string,
): Promise<ReleaseDiff> {
  const [from, to] = await Promise.all([
    readRelease(dir, fromVersion),
    readRelease(dir, toVersion),
  ]);
  const [fromDoc, toDoc] = await Promise.all([appDocument(dir, from), appDocument(dir, to)]);
  return diffRecords(from, to, fromDoc, toDoc);
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
