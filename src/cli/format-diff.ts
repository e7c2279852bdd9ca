import type { ReleaseDiff } from '../store/query.js';
import type { ReleaseImage } from '../core/types.js';
import { table } from './table.js';

const ref = (image: ReleaseImage | undefined): string =>
  image ? `${image.repository}:${image.tag ?? ''}@${image.digest}`.replace(':@', '@') : '-';

export function formatDiff(diff: ReleaseDiff): string {
  const rows: string[][] = [
    ...diff.added.map((c) => ['added', c.service, '-', ref(c.to)]),
    ...diff.removed.map((c) => ['removed', c.service, ref(c.from), '-']),
    ...diff.repinned.map((c) => ['re-pinned', c.service, ref(c.from), ref(c.to)]),
  ];
  const lines = [`v${diff.from} → v${diff.to}`, ''];
  lines.push(
    rows.length > 0 ? table(['CHANGE', 'SERVICE', 'FROM', 'TO'], rows) : 'images: no changes',
  );
  if (diff.unchanged.length > 0) lines.push(`unchanged: ${diff.unchanged.join(', ')}`);
  lines.push('');
  lines.push(
    diff.compose_hash.changed
      ? `compose hash: ${diff.compose_hash.from} → ${diff.compose_hash.to}`
      : `compose hash: unchanged (${diff.compose_hash.to})`,
  );
  lines.push(`docker-compose file: ${diff.compose_file_changed ? 'changed' : 'unchanged'}`);
  if (diff.settings.length === 0) lines.push('app settings: unchanged');
  else {
    lines.push('app settings:');
    for (const s of diff.settings) {
      lines.push(`  ${s.key}: ${JSON.stringify(s.from)} → ${JSON.stringify(s.to)}`);
    }
  }
  return lines.join('\n');
}
