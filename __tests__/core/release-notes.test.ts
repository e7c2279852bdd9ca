import { describe, expect, it } from 'vitest';
import {
  isTrackerDraftBody,
  jobSummary,
  releaseNotesSection,
  NOTES_END,
  NOTES_START,
  replaceSection,
  TRACKER_DRAFT_MARKER,
  withoutDraftMarker,
} from '../../src/core/release-notes.js';
import { renderMarkdown, tableRows, tagsOf, textOf } from '../helpers/markdown.js';
import { makeRelease } from '../helpers/records.js';
import type { ReleaseImage } from '../../src/core/types.js';

const section = (text: string): string => `${NOTES_START}\n${text}\n${NOTES_END}`;

describe('replaceSection', () => {
  const s1 = section('### Release record\nhash 1');
  const s2 = section('### Release record\nhash 2');
  it.each([
    ['no body', null, s1, s1],
    ['an empty body', '  \n', s1, s1],
    ['a body without the section', 'Intro\n', s1, `Intro\n\n${s1}`],
    ['a body with CRLF', 'Intro\r\nmore\r\n', s1, `Intro\r\nmore\r\n\r\n${s1}`],
    ['a body with the same section', `Intro\n\n${s1}`, s1, `Intro\n\n${s1}`],
    ['a body with an older section', `Intro\n\n${s1}\n\nOutro`, s2, `Intro\n\n${s2}\n\nOutro`],
    ['a body with the section twice', `A\n\n${s1}\n\nB\n\n${s1}\n`, s2, `A\n\n${s2}\n\nB\n`],
    ['a section given without markers', 'Intro', 'hash 1', `Intro\n\n${section('hash 1')}`],
    [
      'a stray start marker before the section',
      `${NOTES_START} stray\n${s1}`,
      s2,
      `${NOTES_START} stray\n${s2}`,
    ],
    ['an end marker alone', `x ${NOTES_END}`, s1, `x ${NOTES_END}\n\n${s1}`],
  ])('%s', (_name, body, text, expected) => {
    const result = replaceSection(body, text);
    expect(result).toBe(expected);
    // Applying it again changes nothing: never appended twice.
    expect(replaceSection(result, text)).toBe(result);
    const block = text.startsWith(NOTES_START) ? text : section(text);
    expect(result.split(block).length - 1).toBe(1);
  });
});

describe('the mark of a draft the tracker created', () => {
  it.each([
    ['a draft the tracker made', `${TRACKER_DRAFT_MARKER}\n${section('x')}`, true, section('x')],
    [
      "the notes section alone (also written into a person's draft)",
      `Intro\n\n${section('x')}`,
      false,
      `Intro\n\n${section('x')}`,
    ],
    ["a person's draft", 'Highlights', false, 'Highlights'],
    ['no notes', null, false, ''],
    ['the mark inside other text', `Intro\n${TRACKER_DRAFT_MARKER}\nmore`, true, 'Intro\nmore'],
  ])('%s', (_name, body, marked, published) => {
    expect(isTrackerDraftBody(body)).toBe(marked);
    expect(withoutDraftMarker(body)).toBe(published);
  });

  it('is not the notes section marker', () => {
    expect(TRACKER_DRAFT_MARKER.includes(NOTES_START)).toBe(false);
    expect(isTrackerDraftBody(section('x'))).toBe(false);
  });
});

describe('the images table in the notes and the job summary, whatever the values', () => {
  const base = makeRelease().record;
  const [app] = base.images as [ReleaseImage];
  const service = 'x |\n| web | `ghcr.io/acme/web` | `sha256:feed` | — |\n| app';
  const forged = {
    ...base,
    images: [
      {
        ...app,
        service,
        platforms: [
          { platform: '<img src=x onerror=alert(1)>', digest: `sha256:${'b'.repeat(64)}` },
          { platform: '[phish](https://evil.example)|', digest: `sha256:${'c'.repeat(64)}` },
        ],
      },
    ],
  };

  it.each([
    ['release notes', () => releaseNotesSection(forged)],
    ['job summary', () => jobSummary(forged, {}, ['a note with <b>html</b> and [a](link)'])],
  ])('%s: one row per image, no link, image or HTML from the values', (_name, render) => {
    const html = renderMarkdown(render());
    expect(tableRows(html)).toHaveLength(forged.images.length);
    const structural = new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'br']);
    const own = new Set(['h2', 'h3', 'p', 'strong', 'blockquote', 'ul', 'li']);
    expect(tagsOf(html).filter((t) => !structural.has(t) && !own.has(t))).toEqual([]);
    const [[cell] = []] = tableRows(html);
    expect(textOf(cell ?? '')).toBe(service.replace(/\n/g, '\uFFFD'));
  });
});
