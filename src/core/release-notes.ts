import type { ReleaseRecord } from './types.js';

export const NOTES_START = '<!-- release-tracker -->';
export const NOTES_END = '<!-- /release-tracker -->';

const code = (text: string): string => `\`${text.replaceAll('`', '')}\``;

/** Markdown rows of the images: one per image, its platforms listed in the last cell. */
function imagesMarkdown(record: ReleaseRecord): string {
  const rows = record.images.map((i) => {
    const platforms = i.platforms.map((p) => `${p.platform} ${code(p.digest)}`).join('<br>') || '—';
    return `| ${i.service} | ${code(`${i.repository}${i.tag ? `:${i.tag}` : ''}`)} | ${code(i.digest)} | ${platforms} |`;
  });
  return ['| Service | Image | Digest | Platforms |', '|---|---|---|---|', ...rows].join('\n');
}

/** The delimited section the action owns in the release notes (replaced, never appended twice). */
export function releaseNotesSection(record: ReleaseRecord): string {
  return [
    NOTES_START,
    '### Release record',
    '',
    imagesMarkdown(record),
    '',
    `**Compose hash** (dstack \`compose-hash\`, sha256 of \`${record.files.app_compose.path}\`): ${code(record.compose_hash)}`,
    '',
    `Verify: \`sha256sum ${record.files.app_compose.path}\` or \`release-tracker verify ${record.tag}\`.`,
    NOTES_END,
  ].join('\n');
}

export interface SummaryLinks {
  readonly releaseUrl?: string;
  readonly commitUrl?: string;
}

/** The job summary: what was recorded and where it went. */
export function jobSummary(
  record: ReleaseRecord,
  links: SummaryLinks,
  notes: readonly string[],
): string {
  const lines = [
    `## Release ${record.tag}`,
    '',
    imagesMarkdown(record),
    '',
    `**Compose hash:** ${code(record.compose_hash)}`,
    '',
    `| File | SHA-256 |`,
    `|---|---|`,
    `| ${code(record.files.app_compose.path)} | ${code(record.files.app_compose.sha256)} |`,
    `| ${code(record.files.docker_compose.path)} | ${code(record.files.docker_compose.sha256)} |`,
    '',
  ];
  const linkLines = [
    links.releaseUrl && `- Release: ${links.releaseUrl}`,
    links.commitUrl && `- Commit: ${links.commitUrl}`,
  ].filter((l): l is string => typeof l === 'string' && l !== '');
  if (linkLines.length > 0) lines.push(...linkLines, '');
  if (notes.length > 0) lines.push(...notes.map((n) => `> ${n}`), '');
  return lines.join('\n');
}
