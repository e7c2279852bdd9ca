// `attest`: from a running enclave back to the release that recorded its compose hash (README:
// Verify a running enclave). A thin caller of the attest run: flags in, the report out, and the
// report said in words.
import { INPUT_KINDS } from '../core/attest/document.js';
import type { AttestReport, InstanceOutcome } from '../core/attest/attest.js';
import { runAttest, type AttestedRelease, type AttestRun } from '../attest/run.js';
import { attestSettings, CLI_NAMES } from '../attest/settings.js';
import { timeLimits } from '../workspace/time-limits.js';
import { UsageError } from './args.js';
import { print, stringOption, warn, type Context } from './context.js';
import { imagesTable } from './records.js';
import { fields, table } from './table.js';

export async function run(ctx: Context): Promise<number> {
  const flag = (name: string): boolean => ctx.options[name] === true;
  if ((ctx.args[0] === undefined) === (stringOption(ctx, 'url') === undefined)) {
    throw new UsageError('expected release-tracker attest <file|-> | --url URL', 'attest');
  }
  const settings = attestSettings(
    {
      file: ctx.args[0],
      url: stringOption(ctx, 'url'),
      quote: stringOption(ctx, 'quote'),
      collateral: stringOption(ctx, 'collateral'),
      pccs: stringOption(ctx, 'pccs'),
      offline: flag('offline'),
      at: stringOption(ctx, 'at'),
      allowTcb: stringOption(ctx, 'allow-tcb'),
      osMeasurements: stringOption(ctx, 'os-measurements'),
      reportData: stringOption(ctx, 'report-data'),
      allowUnsigned: flag('allow-unsigned'),
      releasesDir: ctx.dir,
    },
    CLI_NAMES,
    ctx.io.cwd,
    Math.floor(Date.now() / 1000),
  );
  const attested = await runAttest(settings, {
    stdin: ctx.io.stdin,
    warn: (message) => warn(ctx, message),
    limits: timeLimits(ctx.io.env).attest,
  });
  print(ctx, attested.report, () => verdictText(ctx, attested));
  return attested.exitCode;
}

/** The verdict first, then in words what was and was not proved, then the details. */
function verdictText(ctx: Context, { report, outcome }: AttestRun): string {
  const lines = [headline(ctx, report)];
  const section = (title: string, items: readonly string[]): void => {
    if (items.length > 0) lines.push('', title, ...items.map((item) => `  - ${item}`));
  };
  section('Proved:', report.proved);
  section('Not proved:', report.not_proved);
  const several = outcome.instances.length > 1;
  outcome.instances.forEach((instance, i) => {
    lines.push('');
    if (several) {
      lines.push(
        `Instance ${i + 1} of ${outcome.instances.length}: ${headline(ctx, instance.report)}`,
        '',
      );
    }
    lines.push(...instanceText(instance, INPUT_KINDS[outcome.input.kind]));
  });
  return lines.join('\n');
}

function headline(ctx: Context, report: AttestReport): string {
  const { verdict, checks, compose_hash: composeHash, ok } = report;
  const version = report.release?.version ?? null;
  if (verdict === 'verified') {
    return `VERIFIED: this enclave runs release v${version}; every check holds, from Intel's signature to the release.`;
  }
  if (verdict === 'consistent') {
    return (
      `CONSISTENT, NOT VERIFIED: the attestation agrees with itself and with release v${version}, ` +
      `but no quote's signature was verified, so nothing ties it to genuine TDX hardware` +
      (ok ? ' (accepted: --allow-unsigned).' : '.')
    );
  }
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  if (failed.length === 1 && failed[0] === 'release') {
    return composeHash === null
      ? 'FAILED: the attestation names no compose hash to look up.'
      : `FAILED: the attestation holds, but no release in ${ctx.dir} recorded compose hash ${composeHash}.`;
  }
  return `FAILED: ${failed.join(', ')} failed; do not trust what this enclave says it runs.`;
}

function instanceText(instance: InstanceOutcome<AttestedRelease>, kind: string): string[] {
  const { report } = instance;
  const lines: string[] = [];
  const facts: [string, string][] = [
    [
      'input',
      `${kind} (${instance.document.name})${instance.document.quote === null && instance.quote !== null ? `, with ${instance.quote.source}` : ''}`,
    ],
    ['compose hash', report.compose_hash ?? '-'],
    ['tcb status', report.tcb_status ?? '-'],
  ];
  const match = instance.matches[0];
  if (match) {
    const r = match.stored.record;
    facts.push(
      ['release', `v${r.version} (tag ${r.tag}, recorded ${r.created_at})`],
      [
        'commit',
        r.git ? `${r.git.commit} (${r.git.ref})` : '- (recorded outside a git repository)',
      ],
      ['repository', r.repository ?? '-'],
      ['record', match.stored.file],
    );
    const others = instance.matches.slice(1).map((o) => `v${o.version}`);
    if (others.length > 0) facts.push(['also recorded by', others.join(', ')]);
  }
  lines.push(fields(facts));
  if (match) lines.push('', imagesTable(match.stored.record));
  lines.push(
    '',
    table(
      ['RESULT', 'CHECK', 'DETAIL'],
      report.checks.map((c) => [c.ok ? 'ok' : 'FAIL', c.name, c.detail]),
    ),
  );
  if (instance.notes.length > 0)
    lines.push('', 'Notes:', ...instance.notes.map((note) => `  - ${note}`));
  return lines;
}
