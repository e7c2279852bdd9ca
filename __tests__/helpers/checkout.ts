import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/**
 * What a new user's checkout holds for the CLI and the example after `npm ci`: package.json (its
 * `bin` is what `npx release-tracker` runs), the built CLI, the example script and project.
 */
export function checkoutCopy(dir: string): void {
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(ROOT, 'scripts/example.mjs'), join(dir, 'scripts/example.mjs'));
  cpSync(join(ROOT, 'examples/acme-app'), join(dir, 'examples/acme-app'), {
    recursive: true,
    filter: (source) => !source.includes('/releases'),
  });
  mkdirSync(join(dir, 'dist'));
  symlinkSync(join(ROOT, 'dist/cli'), join(dir, 'dist/cli'));
}

export interface Pasted {
  readonly code: number | null;
  readonly stdout: string;
  /** stderr without npm's own notices (an engine warning on an older Node). */
  readonly stderr: string;
}

/**
 * Runs shell lines as a user pasting them would, one shell, stopping at the first that fails.
 * npx is kept from installing anything: `npx release-tracker` must be the checkout's own bin.
 */
export function paste(lines: readonly string[], cwd: string): Pasted {
  const result = spawnSync('bash', ['-e', '-c', lines.join('\n')], {
    cwd,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      npm_config_yes: 'false',
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const stderr = result.stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
  return { code: result.status, stdout: result.stdout, stderr };
}
