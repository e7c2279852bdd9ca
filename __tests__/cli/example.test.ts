// `npm run example` says where it wrote, and prints each step as a command a user can paste: the
// releases/... paths the CLI prints are relative to the sample project, which the example names.
// Run on a copy, so the checkout is left as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkoutCopy, paste } from '../helpers/checkout.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-example-'));
  checkoutCopy(dir);
});
afterEach(() => cleanup());

const example = () =>
  spawnSync(process.execPath, ['scripts/example.mjs'], { cwd: dir, encoding: 'utf8' });

it('names the folder it works in and where the files are', () => {
  const run = example();
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

it('prints commands that work exactly as shown, pasted into a fresh checkout', () => {
  const commands = example()
    .stdout.split('\n')
    .filter((line) => line.startsWith('$ '))
    .map((line) => line.slice(2));
  expect(commands[0]).toBe('cd examples/acme-app');
  expect(commands.slice(1).every((c) => c.startsWith('npx release-tracker '))).toBe(true);

  const fresh = tempDir('rt-example-pasted-');
  try {
    checkoutCopy(fresh.dir);
    const pasted = paste(commands, fresh.dir);
    expect(pasted.stderr).toBe('');
    expect(pasted.code).toBe(0);
    expect(pasted.stdout).toMatch(/^Recorded v1\.1\.0 in releases$/m);
    expect(pasted.stdout).toMatch(/2 release\(s\) verified/);
    expect(existsSync(join(fresh.dir, 'examples/acme-app/releases/v1.1.0-release-info.json'))).toBe(
      true,
    );
  } finally {
    fresh.cleanup();
  }
});
