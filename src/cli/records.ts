import type { ReleaseImage, ReleaseRecord } from '../core/types.js';
import type { StoredRelease } from '../store/releases.js';
import { fields, table } from './table.js';

export function platformsText(image: ReleaseImage): string {
  return image.platforms.map((p) => p.platform).join(',') || '-';
}

export function imagesTable(r: ReleaseRecord): string {
  return table(
    ['SERVICE', 'REPOSITORY', 'TAG', 'DIGEST', 'PLATFORMS', 'SOURCE'],
    r.images.map((i) => [
      i.service,
      i.repository,
      i.tag ?? '-',
      i.digest,
      platformsText(i),
      i.source,
    ]),
  );
}

/** The whole record, readable. */
export function infoText(stored: StoredRelease): string {
  const r = stored.record;
  return [
    fields([
      ['version', r.version],
      ['tag', r.tag],
      ['created', r.created_at],
      ['repository', r.repository ?? '-'],
      ['commit', r.git ? `${r.git.commit} (${r.git.ref})` : '-'],
      ['workflow', r.workflow ? r.workflow.url : '-'],
      ['compose hash', r.compose_hash],
      ['app-compose', r.files.app_compose.path],
      [
        'docker-compose',
        `${r.files.docker_compose.path} (sha256 ${r.files.docker_compose.sha256})`,
      ],
    ]),
    '',
    imagesTable(r),
  ].join('\n');
}
