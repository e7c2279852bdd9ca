import { inlineCode as code, markdownText as text } from './markdown.js';
import type { ReleaseRecord } from './types.js';

export const NOTES_START = '<!-- release-tracker -->';
export const NOTES_END = '<!-- /release-tracker -->';

/**
 * Written only into a draft this tracker creates, never into a person's draft (which still gets
 * the notes section): what tells an unfinished draft of a failed run, which a re-run finishes and
 * publishes, from a draft a person prepared, which stays a draft. Removed when published.
 */
export const TRACKER_DRAFT_MARKER = '<!-- release-tracker:draft -->';

/** Whether a release's notes say the tracker created it as a draft. */
export function isTrackerDraftBody(body: string | null): boolean {
  return (body ?? '').includes(TRACKER_DRAFT_MARKER);
}

/** The notes of a tracker-created draft as it is published: the ownership marker removed. */
export function withoutDraftMarker(body: string | null): string {
  return (body ?? '')
    .split(TRACKER_DRAFT_MARKER)
    .map((part, i) => (i === 0 ? part : part.replace(/^\r?\n/, '')))
    .join('');
}

/** Markdown rows of the images: one per image, its platforms listed in the last cell. */
function imagesMarkdown(record: ReleaseRecord): string {
  const rows = record.images.map((i) => {
    const platforms =
      i.platforms.map((p) => `${text(p.platform)} ${code(p.digest)}`).join('<br>') || '—';
    return `| ${text(i.service)} | ${code(`${i.repository}${i.tag ? `:${i.tag}` : ''}`)} | ${code(i.digest)} | ${platforms} |`;
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
    `**Compose hash** (dstack \`compose-hash\`, sha256 of ${code(record.files.app_compose.path)}): ${code(record.compose_hash)}`,
    '',
    `Verify: ${code(`sha256sum ${record.files.app_compose.path}`)} or ${code(`release-tracker verify ${record.tag}`)}.`,
    NOTES_END,
  ].join('\n');
}

/** A URL as a link where it is a plain http(s) URL, else shown as code (it then links nothing). */
function link(url: string): string {
  return /^https?:\/\/[\w.~:/%@+-]+$/.test(url) ? `<${url}>` : code(url);
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
    `## Release ${text(record.tag)}`,
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
    links.releaseUrl && `- Release: ${link(links.releaseUrl)}`,
    links.commitUrl && `- Commit: ${link(links.commitUrl)}`,
  ].filter((l): l is string => typeof l === 'string' && l !== '');
  if (linkLines.length > 0) lines.push(...linkLines, '');
  if (notes.length > 0) lines.push(...notes.map((n) => `> ${text(n)}`), '');
  return lines.join('\n');
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
