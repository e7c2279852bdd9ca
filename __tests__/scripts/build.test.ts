// dist/licenses.txt, written by scripts/build.mjs: the licenses of the packages whose code the
// bundles carry — no more (build tools, test tools), no less (the lazily loaded artifact chunk).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Notice {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly text: string;
}

/** `name@version`, the license name, the license text; notices separated by a blank line. */
function notices(): Notice[] {
  const text = readFileSync(join(ROOT, 'dist/licenses.txt'), 'utf8');
  return text.split(/\n\n(?=(?:@[^/\s]+\/)?[^@\s/]+@\d[^\s]*\n)/).map((block) => {
    const [head = '', license = '', ...rest] = block.trimEnd().split('\n');
    const at = head.lastIndexOf('@');
    return {
      name: head.slice(0, at),
      version: head.slice(at + 1),
      license,
      text: rest.join('\n'),
    };
  });
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; license?: string }>;
};
const lockedVersions = (name: string): string[] =>
  Object.entries(lock.packages)
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([, meta]) => meta.version ?? '');

describe('dist/licenses.txt', () => {
  const list = notices();
  const names = new Set(list.map((n) => n.name));

  it.each([
    ['yaml', 'compose pinning, in both bundles'],
    ['semver', 'version order, in both bundles'],
    ['@actions/core', 'the action'],
    ['@octokit/plugin-retry', 'the GitHub client'],
    ['@octokit/plugin-throttling', 'the GitHub client'],
    ['@actions/artifact', 'the lazily loaded chunk'],
    ['@azure/storage-blob', 'what @actions/artifact uploads with'],
  ])('lists %s (%s)', (name) => {
    expect(names).toContain(name);
  });

  it.each([
    ['typescript', 'a build tool @actions/artifact depends on, not bundled'],
    ['@vercel/ncc', 'the bundler'],
    ['ajv', 'the schema compiler, run at build time'],
    ['vitest', 'the test runner'],
    ['eslint', 'the linter'],
    ['@octokit/openapi', "the test server's API description"],
    ['@types/node', 'type declarations'],
  ])('leaves out %s (%s)', (name) => {
    expect(names).not.toContain(name);
  });

  it('gives each package its locked version and a license, sorted, each once', () => {
    for (const notice of list) {
      expect(lockedVersions(notice.name)).toContain(notice.version);
      expect(notice.license).toMatch(/\S/);
    }
    const heads = list.map((n) => `${n.name}@${n.version}`);
    expect(new Set(heads).size).toBe(heads.length);
    expect(heads).toEqual([...heads].sort());
    expect(list.find((n) => n.name === 'yaml')?.text).toMatch(/Copyright/);
  });
});
