// The README as tests read it: a section, a table in it, the workflow it shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The text of a `## ` section, up to the next one. */
export function readmeSection(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section "${title}"`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** The rows of the first Markdown table in `text` whose first header cell is `first`, cells trimmed. */
export function markdownTable(text: string, first: string): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(line));
  if (at < 0) throw new Error(`no table headed "${first}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

export interface ReadmeStep {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}

export interface ReadmeWorkflow {
  readonly on: Record<string, unknown>;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly ReadmeStep[] }>;
}

/** The first YAML block of a section, parsed. */
export function readmeWorkflow(title: string): ReadmeWorkflow {
  const block = /```yaml\n([\s\S]*?)```/.exec(readmeSection(title))?.[1];
  if (block === undefined) throw new Error(`README section "${title}" shows no workflow`);
  return parse(block) as ReadmeWorkflow;
}
