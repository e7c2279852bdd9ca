import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { runAttest, type AttestReport, type AttestRun } from '../attest/run.js';
import { INPUT_KINDS } from '../core/attest/document.js';
import { rejection } from '../core/attest/rejection.js';
import { attestSummary } from '../core/attest/summary.js';
import { errorMessage } from '../core/errors.js';
import { oneLine } from '../core/markdown.js';
import { createFileOnce } from '../store/write.js';
import { getAttestActionSettings, type AttestActionSettings } from './settings.js';

/** The report, exactly the CLI's `--json` document, in a new file of its own under RUNNER_TEMP. */
async function writeReport(dir: string, report: AttestReport): Promise<string> {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  for (;;) {
    const path = join(dir, `release-tracker-attest-${randomBytes(8).toString('hex')}.json`);
    if (await createFileOnce(path, text)) return path;
  }
}

function setOutputs(report: AttestReport, reportPath: string): void {
  core.setOutput('ok', String(report.ok));
  core.setOutput('verdict', report.verdict);
  core.setOutput('version', report.release?.version ?? '');
  core.setOutput('tag', report.release?.tag ?? '');
  core.setOutput('commit', report.release?.commit ?? '');
  core.setOutput('compose-hash', report.compose_hash ?? '');
  core.setOutput('tcb-status', report.tcb_status ?? '');
  core.setOutput('report', reportPath);
}

/**
 * The log: the verdict, each check, and what was and was not proved, each on one line (a name
 * from the document on a line of its own could be read as a workflow command).
 */
function logReport({ report, outcome }: AttestRun): void {
  const log = (line: string): void => core.info(oneLine(line));
  log(`verdict: ${report.verdict}${report.release ? ` (release v${report.release.version})` : ''}`);
  outcome.instances.forEach((instance, i) => {
    if (outcome.instances.length > 1) log(`instance ${i + 1}: ${instance.document.name}`);
    for (const check of instance.report.checks) {
      log(`  ${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}: ${check.detail}`);
    }
  });
  for (const item of report.proved) log(`proved: ${item}`);
  for (const item of report.not_proved) log(`not proved: ${item}`);
}

async function attest(settings: AttestActionSettings): Promise<string | null> {
  const attested = await runAttest(settings.attest, {
    warn: (message) => core.warning(message),
    limits: settings.limits,
  });
  const { report, outcome } = attested;
  setOutputs(report, await writeReport(settings.runnerTemp, report));
  logReport(attested);
  const reason = rejection(report, settings.releasesDir);
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary
      .addRaw(
        attestSummary({
          report,
          document: outcome.input.name,
          kind: INPUT_KINDS[outcome.input.kind],
          instances: outcome.instances.map((instance) => instance.document.name),
          releasesDir: settings.releasesDir,
          rejection: reason,
        }),
      )
      .write();
  }
  return reason;
}

/**
 * The attest action's one failure point: a verdict that is not accepted, or input that cannot be
 * read, ends here as a single `setFailed` (one error annotation, exit 1). Outputs are set first,
 * so a later `if: failure()` step can read them.
 */
export async function run(): Promise<void> {
  try {
    const reason = await attest(getAttestActionSettings());
    if (reason !== null) core.setFailed(reason);
  } catch (error) {
    core.setOutput('ok', 'false');
    core.setFailed(errorMessage(error));
  }
}
