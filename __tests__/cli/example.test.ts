// `npm run example` says where it wrote: the releases/... paths the CLI prints are relative to the
// sample project, which the example names. Run on a copy, so the checkout is left as it is.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-example-'));
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(ROOT, 'scripts/example.mjs'), join(dir, 'scripts/example.mjs'));
  cpSync(join(ROOT, 'examples/acme-app'), join(dir, 'examples/acme-app'), {
    recursive: true,
    filter: (source) => !source.includes('/releases'),
  });
  mkdirSync(join(dir, 'dist'));
  symlinkSync(join(ROOT, 'dist/cli'), join(dir, 'dist/cli'));
});
afterEach(() => cleanup());

it('names the folder it works in and where the files are', () => {
  const run = spawnSync(process.execPath, ['scripts/example.mjs'], { cwd: dir, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(
    /^Recording two releases of the sample project in examples\/acme-app\//,
  );
  expect(run.stdout).toMatch(/^\$ cd examples\/acme-app$/m);
  expect(run.stdout).toMatch(/^ {2}releases\/v1\.0\.0-release-info\.json$/m);
  expect(run.stdout).toMatch(/The files are in examples\/acme-app\/releases\//);
  for (const name of ['v1.0.0-release-info.json', 'v1.1.0-app-compose.json', 'README.md']) {
    expect(existsSync(join(dir, 'examples/acme-app/releases', name))).toBe(true);
  }
  expect(run.stdout).toMatch(/2 release\(s\) verified/);
});
