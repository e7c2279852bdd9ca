import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/index.js');
export const ACTION = join(ROOT, 'dist/index.js');
export const FIXTURES = join(ROOT, '__tests__/fixtures');

/**
 * The Node binaries the bundles are run on: this one, Node 24 (what GitHub runs the action on) and
 * Node 22 (the oldest the package supports) where CI installed them.
 */
export const NODES: readonly string[] = [
  ...new Set(
    [process.execPath, process.env['NODE24_BIN'], process.env['NODE22_BIN']].filter(
      (node): node is string => node !== undefined && node !== '',
    ),
  ),
];

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the built CLI, as a user's shell would. */
export function cli(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  node = process.execPath,
): Run {
  const result = spawnSync(node, [CLI, ...args], {
    cwd,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'rt-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const digestOf = (n: number | string): string =>
  `sha256:${String(n).padStart(2, '0').repeat(32).slice(0, 64)}`;
