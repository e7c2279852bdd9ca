// The README's commands and the action's inputs as the README shows them: what a new user reads
// must be what works.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkoutCopy, paste } from './helpers/checkout.js';
import { ROOT, tempDir } from './helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The first fenced block of `lang` in the README section `heading`, as lines. */
function block(heading: string, lang: string): string[] {
  const section = README.slice(README.indexOf(`\n${heading}\n`));
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section);
  if (!match?.[1]) throw new Error(`no ${lang} block under ${heading}`);
  return match[1].trimEnd().split('\n');
}

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-readme-'));
  checkoutCopy(dir);
});
afterEach(() => cleanup());

it('Quick start: the commands work exactly as shown, in a checkout after npm ci', () => {
  const lines = block('## Quick start', 'sh');
  // The copy is this checkout after `npm ci`; everything after it is pasted as it is.
  expect(lines[0]).toBe('npm ci');
  const pasted = paste(lines.slice(1), dir);
  expect(pasted.stderr).toBe('');
  expect(pasted.code).toBe(0);
  // The list, diff and verify the README promises, run by `npx release-tracker` there.
  expect(pasted.stdout).toMatch(/^1\.1\.0 {2}/m);
  expect(pasted.stdout).toMatch(/re-pinned/);
  expect(pasted.stdout.match(/2 release\(s\) verified/g)).toHaveLength(2);
});

it('the inputs table lists exactly the inputs of action.yml, with their defaults', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
  };
  const table = README.slice(README.indexOf('\n### Inputs\n'), README.indexOf('\n### Outputs\n'));
  const rows = [...table.matchAll(/^\| `([a-z-]+)` +\| ([^|]*?) +\|/gm)].map((m) => [m[1], m[2]]);
  expect(rows.map(([name]) => name)).toEqual(Object.keys(action.inputs));
  for (const [name, shown] of rows) {
    const value = action.inputs[name ?? '']?.default ?? '';
    // A default the runner fills in is shown as it is; an empty one is described in words.
    if (value !== '') expect(shown, name).toContain(value);
  }
});
