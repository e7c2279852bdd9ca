// Markdown rendered as GitHub renders it (CommonMark with the GFM extensions: tables, autolinks,
// strikethrough), raw HTML let through, so a test sees any HTML or link a value could smuggle in.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderMarkdown(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/** The tag names in rendered HTML, in order. */
export function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase());
}

/** The rows of the first table's body, each a list of its cells' HTML. */
export function tableRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1] as string),
  );
}

/** The text of an HTML fragment: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// Values an attacker could put into a service name, a platform string from a registry, a tag.
export const HOSTILE = [
  'app',
  'a | b',
  'x |\n| fake | sha256:feed |',
  'evil\r\n| forged row |',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](https://evil.example)',
  '![pixel](https://evil.example/p.png)',
  'https://evil.example/autolink',
  'www.evil.example',
  '**bold** _em_ ~~strike~~',
  '`code` ``two`` ```three',
  '`',
  '` leading and trailing `',
  '\\| escaped already',
  '&lt;entity&gt; &amp;',
  '<!-- comment -->',
  '# heading',
  '> quote',
  '- item',
  'line\u2028separator',
  'nul\u0000byte',
  'linux/amd64',
];
