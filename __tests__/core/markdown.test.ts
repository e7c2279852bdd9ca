import { describe, expect, it } from 'vitest';
import { inlineCode, markdownText } from '../../src/core/markdown.js';
import { HOSTILE, renderMarkdown, tableRows, tagsOf, textOf } from '../helpers/markdown.js';

const shown = (value: string): string =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');

describe('values rendered as exactly their text, in a GFM table cell', () => {
  it.each(HOSTILE)('%j', (value) => {
    const html = renderMarkdown(
      `| a | b |\n|---|---|\n| ${markdownText(value)} | ${inlineCode(value)} |\n`,
    );
    // One row of two cells: the value added no row and no cell.
    const rows = tableRows(html);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(2);
    // No link, image or HTML of its own: only the table's tags and the code span.
    const allowed = new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code']);
    expect(tagsOf(html).filter((t) => !allowed.has(t))).toEqual([]);
    // And it reads as what it is.
    const [plain, code] = rows[0] as [string, string];
    expect(textOf(plain)).toBe(shown(value));
    expect(textOf(code)).toBe(shown(value));
    if (!value.includes('|')) expect(tagsOf(code).filter((t) => t === 'code')).toHaveLength(2);
  });

  it.each(HOSTILE.concat(['1. first', '  - indented', '+ plus', '=== rule']))(
    'as a quoted note: %j',
    (value) => {
      const html = renderMarkdown(`> ${markdownText(value)}\n`);
      expect(tagsOf(html)).toEqual(['blockquote', 'p', 'p', 'blockquote']);
      expect(textOf(html).trim()).toBe(shown(value).trim());
    },
  );

  it('leaves ordinary values readable', () => {
    expect(markdownText('v1.2.3 linux/amd64 web-1 a.b_c')).toBe('v1.2.3 linux/amd64 web-1 a.b\\_c');
    expect(markdownText('web')).toBe('web');
    expect(inlineCode('sha256:abc')).toBe('`sha256:abc`');
    expect(inlineCode('a`b')).toBe('``a`b``');
  });
});
