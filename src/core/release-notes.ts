import { inlineCode as code, markdownText as text } from './markdown.js';
import type { ReleaseRecord } from './types.js';
import type { PlanReport } from './plan-steps.js';

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

/** The most characters GitHub takes in a release's notes. */
export const MAX_NOTES_CHARS = 125_000;

/** How much of the record the notes section shows. */
interface Detail {
  /** Each platform's digest, or only how many platforms there are. */
  readonly platforms: boolean;
  /** How many images have a row; the rest are counted. */
  readonly rows: number;
}

const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function platformsCell(image: ReleaseRecord['images'][number], detail: Detail): string {
  if (image.platforms.length === 0) return '—';
  if (!detail.platforms) return count(image.platforms.length, 'platform');
  return image.platforms.map((p) => `${text(p.platform)} ${code(p.digest)}`).join('<br>');
}

/** Markdown rows of the images: one per image, its platforms listed in the last cell. */
function imagesMarkdown(
  record: ReleaseRecord,
  detail: Detail = { platforms: true, rows: Infinity },
): string {
  const rows = record.images.slice(0, detail.rows).map((i) => {
    const image = code(`${i.repository}${i.tag ? `:${i.tag}` : ''}`);
    return `| ${text(i.service)} | ${image} | ${code(i.digest)} | ${platformsCell(i, detail)} |`;
  });
  return ['| Service | Image | Digest | Platforms |', '|---|---|---|---|', ...rows].join('\n');
}

/** The record file beside the app-compose file the record names. */
const recordPath = (record: ReleaseRecord): string =>
  record.files.app_compose.path.replace(/app-compose\.json$/, 'release-info.json');

/** The delimited section the action owns in the release notes (replaced, never appended twice). */
function notesSection(record: ReleaseRecord, detail: Detail): string {
  const left: string[] = [];
  if (!detail.platforms && record.images.some((i) => i.platforms.length > 0)) {
    left.push('the platform digests');
  }
  const hidden = record.images.length - Math.min(detail.rows, record.images.length);
  if (hidden > 0) left.push(count(hidden, 'more image'));
  const shortened =
    left.length === 0
      ? []
      : [
          '',
          `To stay within GitHub's ${MAX_NOTES_CHARS.toLocaleString('en-US')} characters of notes, ` +
            `this section leaves out ${left.join(' and ')}: ${code(recordPath(record))} holds them all.`,
        ];
  return [
    NOTES_START,
    '### Release record',
    '',
    imagesMarkdown(record, detail),
    ...shortened,
    '',
    `**Compose hash** (dstack \`compose-hash\`, sha256 of ${code(record.files.app_compose.path)}): ${code(record.compose_hash)}`,
    '',
    `Verify: ${code(`sha256sum ${record.files.app_compose.path}`)} or ${code(`release-tracker verify ${record.tag}`)}.`,
    NOTES_END,
  ].join('\n');
}

/** The section with every image and platform: what the notes hold unless it is too long. */
export function releaseNotesSection(record: ReleaseRecord): string {
  return notesSection(record, { platforms: true, rows: Infinity });
}

/**
 * The notes section in the most detail `fits` accepts (README: Re-runs and safety): every image
 * with its platforms' digests; else the platforms only counted; else as many images as fit, the
 * rest counted, each shortening saying what it left out and that the record file holds it. Null
 * when not even the section without any image row fits.
 */
export function fitSection(
  record: ReleaseRecord,
  fits: (section: string) => boolean,
): string | null {
  const all = record.images.length;
  for (const platforms of [true, false]) {
    const section = notesSection(record, { platforms, rows: all });
    if (fits(section)) return section;
  }
  // The most rows that fit: a section grows with each row, so the search may halve.
  let best: string | null = null;
  let [low, high] = [0, all - 1];
  while (low <= high) {
    const rows = Math.floor((low + high) / 2);
    const section = notesSection(record, { platforms: false, rows });
    if (fits(section)) {
      best = section;
      low = rows + 1;
    } else high = rows - 1;
  }
  return best;
}

/** A URL as a link where it is a plain http(s) URL, else shown as code (it then links nothing). */
function link(url: string): string {
  return /^https?:\/\/[\w.~:/%@+-]+$/.test(url) ? `<${url}>` : code(url);
}

export interface SummaryLinks {
  readonly releaseUrl?: string;
  readonly commitUrl?: string;
}

/** The job summary: what was recorded and where it went, or in a dry run where it would go. */
export function jobSummary(
  record: ReleaseRecord,
  links: SummaryLinks,
  notes: readonly string[],
  plan?: PlanReport,
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
  if (plan) {
    lines.push('### Dry run: what a real run would do', '', plan.headline, '');
    if (plan.steps.length > 0) lines.push(...plan.steps.map((step) => `1. ${step}`), '');
  }
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
