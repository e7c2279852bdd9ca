// Run by `npm run bench` (through vitest, which loads the TypeScript test servers): the bundled
// attest action's whole run, as the runner runs it, against a local server serving Phala Cloud's
// app attestations of near/mpc with two instances, Intel's collateral from a local PCCS, against
// bare `node` started the same way. Runs interleaved, so a drifting machine moves both alike.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { runAction } from '../__tests__/helpers/action.js';
import {
  NEAR_MPC_ATTESTATIONS,
  nearMpcDocuments,
  startDocumentServer,
  startPccs,
} from '../__tests__/helpers/attest-servers.js';
import { ROOT, tempDir } from '../__tests__/helpers/cli.js';
import {
  NEAR_MPC_TIME,
  nearMpcCollateral,
  nearMpcPublicData,
  sha256,
  writeAttestRecord,
} from '../__tests__/helpers/dstack-attest-fixtures.js';

const RUNS = 11;
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function bareNode(node: string): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(node, ['-e', '0']);
    child.on('error', fail);
    child.on('close', () => done(performance.now() - started));
  });
}

it('times the attest action against bare node', async () => {
  const node = process.env['NODE24_BIN'] || process.execPath;
  const pccs = await startPccs(nearMpcCollateral());
  const server = await startDocumentServer(nearMpcDocuments());
  const { dir, cleanup } = tempDir('rt-bench-attest-action-');
  try {
    const workspace = join(dir, 'workspace');
    const runnerTemp = join(dir, 'temp');
    mkdirSync(runnerTemp, { recursive: true });
    const hash = sha256(nearMpcPublicData().tee_participant_info.Dstack.tcb_info.app_compose);
    writeAttestRecord(join(workspace, 'releases'), '1.0.0', hash);
    const inputs = {
      url: `${server.url}${NEAR_MPC_ATTESTATIONS}`,
      'pccs-url': pccs.url,
      at: String(NEAR_MPC_TIME),
    };
    const options = {
      node,
      script: resolve(ROOT, 'dist/attest/index.js'),
      event: false as const,
      env: { RUNNER_TEMP: runnerTemp },
    };
    const bare: number[] = [];
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await bareNode(node));
      const started = performance.now();
      const run = await runAction(undefined, workspace, inputs, options);
      runs.push(performance.now() - started);
      expect(run.code).toBe(0);
      expect(run.outputs['verdict']).toBe('verified');
    }
    console.log(
      `[bench] attest action, Phala Cloud attestations with 2 instances verified via a local PCCS (median of ${RUNS}): ` +
        `${median(runs).toFixed(0)} ms (bare node -e 0: ${median(bare).toFixed(0)} ms, ${(median(runs) / median(bare)).toFixed(2)}x)`,
    );
  } finally {
    await server.close();
    await pccs.close();
    cleanup();
  }
});
