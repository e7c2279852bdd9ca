/**
 * Values that reach Markdown GitHub renders (the release notes, the job summary) come from inputs
 * and registries. These make any value render as the text it is: it can never end a table cell,
 * start a row, make a link or an image, or carry HTML.
 */

/** C0 and C1 controls, line and paragraph separators: one of them could end a table row. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * The characters that can open a construct anywhere in a line: emphasis, code, links and images,
 * HTML and entities, table cells, strikethrough, and (`:`, `@`) GFM's autolinked URLs and e-mail
 * addresses. CommonMark lets a backslash make any of them literal.
 */
const SPECIAL = /[\\`*_[\]<>&|!~#:@]/g;

/**
 * Control characters shown as U+FFFD, so a value stays on its line and says it held something
 * (in a log too, where a line of its own could be read as a workflow command).
 */
export const oneLine = (value: string): string => value.replace(CONTROLS, '\uFFFD');

/**
 * A value as plain Markdown text: what could open a construct backslash-escaped, so `|`, `<`, `[`,
 * `*`, `&`… are literal (a `\|` also stays inside its GFM table cell), while `v1.2.3`, `linux/amd64`
 * and `web-1` read as they are.
 */
export function markdownText(value: string): string {
  return (
    oneLine(value)
      .replace(SPECIAL, (c) => `\\${c}`)
      .replace(/www\./gi, (w) => `${w.slice(0, 3)}\\.`)
      // Where a value starts a line: a list item, a setext underline or an ordered list.
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A value as a Markdown code span showing exactly its text: fenced by one more backtick than its
 * longest run of backticks (padded where it starts or ends with one, as CommonMark strips one
 * space each side). A `|` would end a GFM table cell even inside a code span, and its escape `\|`
 * cannot be told from a backslash before it there, so a value holding one is shown as text.
 */
export function inlineCode(value: string): string {
  if (value.includes('|')) return markdownText(value);
  const text = oneLine(value);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
