// The seam the CLI and the attest action share: settings in, the report out. Called here as the
// action will call it (its input names), and compared with what the built CLI prints.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAttest } from '../../src/attest/run.js';
import {
  ACTION_NAMES,
  attestSettings,
  CLI_NAMES,
  type AttestInputs,
} from '../../src/attest/settings.js';
import { cli, tempDir } from '../helpers/cli.js';
import { ATTEST_FIXTURES, NEAR_MPC_TIME } from '../helpers/dstack-attest-fixtures.js';

const PUBLIC_DATA = join(ATTEST_FIXTURES, 'near-mpc/public_data.json');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-attest-run-'));
  mkdirSync(join(dir, 'releases'));
});
afterEach(() => cleanup());

const run = async (inputs: Partial<AttestInputs>, names = ACTION_NAMES) =>
  runAttest(
    attestSettings({ releasesDir: join(dir, 'releases'), ...inputs }, names, dir, NEAR_MPC_TIME),
  );

describe('runAttest', () => {
  it('gives exactly the report the CLI prints with --json', async () => {
    const { report, exitCode } = await run({ file: PUBLIC_DATA, offline: true }, CLI_NAMES);
    const printed = cli(
      [
        'attest',
        PUBLIC_DATA,
        '--at',
        String(NEAR_MPC_TIME),
        '--offline',
        '--json',
        '--dir',
        join(dir, 'releases'),
      ],
      dir,
    );
    expect(printed.code).toBe(exitCode);
    expect(JSON.parse(printed.stdout)).toEqual(JSON.parse(JSON.stringify(report)));
    // Nothing recorded in this directory: every link holds but the release.
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['release']);
  });

  it.each<[string, Partial<AttestInputs>, RegExp]>([
    [
      'an unknown TCB status',
      { file: PUBLIC_DATA, allowTcb: 'Fine' },
      /^allow-tcb: unknown TCB status/,
    ],
    [
      'a PCCS over plain http',
      { file: PUBLIC_DATA, pccs: 'http://pccs.example' },
      /^pccs-url: must be https/,
    ],
    ['neither file nor url', {}, /^url: give exactly one of file and url$/],
    [
      'a missing releases directory',
      { file: PUBLIC_DATA, releasesDir: '/nonexistent/releases' },
      /^releases-dir: releases directory \/nonexistent\/releases does not exist$/,
    ],
    [
      'a missing collateral file',
      { file: PUBLIC_DATA, collateral: 'nope.json' },
      /^collateral: cannot read .*nope\.json: file not found$/,
    ],
  ])('names the action input for %s', async (_name, inputs, message) => {
    await expect(run(inputs)).rejects.toThrow(message);
  });
});
