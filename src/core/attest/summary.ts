/**
 * The attest action's job summary: the verdict, the release, the compose hash, a table of the
 * checks of each instance, and what was and was not proved. Every value that comes from the
 * document, the network or a record is escaped (markdown.ts), so a hostile document cannot add a
 * row, a link or HTML; long or numerous values are cut, so a 10 MB document cannot make a summary
 * GitHub refuses (the whole report is in the report file). Pure.
 */
import { inlineCode, markdownText } from '../markdown.js';
import type { AttestReport } from './attest.js';

export interface SummaryFacts {
  readonly report: AttestReport;
  /** The document's name (a workspace file, or the URL without its query) and its shape. */
  readonly document: string;
  readonly kind: string;
  /** Each instance's name, in the order of `report.instances` (one name for one instance). */
  readonly instances: readonly string[];
  /** The releases directory as the input names it. */
  readonly releasesDir: string;
  /** Why it is not accepted (rejection.ts); null when it is. */
  readonly rejection: string | null;
}

/** Instances given a row each in the table; the rest are counted. */
export const MAX_INSTANCES = 20;
/** Statements listed under Proved and Not proved, each. */
const MAX_STATEMENTS = 40;
/** Characters of one value before it is cut. */
const MAX_VALUE = 600;

const HEADLINES = {
  verified: 'VERIFIED',
  consistent: 'CONSISTENT, NOT VERIFIED',
  failed: 'FAILED',
} as const;

/** A value from outside as literal text, cut to a length that keeps the summary small. */
function text(value: string): string {
  return markdownText(value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value);
}

function code(value: string): string {
  return inlineCode(value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value);
}

export function attestSummary(facts: SummaryFacts): string {
  const { report } = facts;
  const lines = [`## Attestation: ${HEADLINES[report.verdict]}`, '', verdictLine(facts), ''];
  const release = report.release;
  lines.push(
    `- **Release:** ${
      release === null
        ? 'none recorded'
        : `${code(`v${release.version}`)} (tag ${code(release.tag)}, ${release.commit === null ? 'no commit recorded' : `commit ${code(release.commit)}`})`
    }`,
    `- **Compose hash:** ${report.compose_hash === null ? (report.instances ? 'differs between instances, or none' : 'none') : code(report.compose_hash)}`,
    `- **TCB status:** ${report.tcb_status === null ? 'not checked' : code(report.tcb_status)}`,
    `- **Document:** ${text(facts.kind)}, ${code(facts.document)}`,
    `- **Releases:** ${code(facts.releasesDir)}`,
    '',
  );
  lines.push(...checksTable(facts), '');
  lines.push(...statements('Proved', report.proved, 'Nothing.'));
  lines.push(...statements('Not proved', report.not_proved, 'Nothing: every link was checked.'));
  return lines.join('\n');
}

function verdictLine({ report, rejection, releasesDir }: SummaryFacts): string {
  const version = report.release === null ? null : code(`v${report.release.version}`);
  if (report.verdict === 'verified') {
    return `Production runs release ${version}: every check holds, from Intel's signature to the release in ${code(releasesDir)}.`;
  }
  if (report.ok) {
    return (
      `The attestation agrees with itself and with release ${version}, but no quote's signature ` +
      'was verified, so nothing ties it to genuine TDX hardware (accepted: `allow-unsigned`).'
    );
  }
  return `**Not accepted:** ${text(rejection ?? 'a check failed')}`;
}

function checksTable({ report, instances }: SummaryFacts): string[] {
  const reports = report.instances ?? [report];
  const several = reports.length > 1;
  const shown = reports.slice(0, MAX_INSTANCES);
  const lines: string[] = ['### Checks', ''];
  if (several) {
    shown.forEach((r, i) => {
      const tcb = r.tcb_status === null ? '' : `, TCB ${code(r.tcb_status)}`;
      lines.push(`${i + 1}. ${code(instances[i] ?? `instance ${i + 1}`)}: ${r.verdict}${tcb}`);
    });
    lines.push('');
  }
  lines.push(
    several ? '| Instance | Check | Result | Detail |' : '| Check | Result | Detail |',
    several ? '|---|---|---|---|' : '|---|---|---|',
  );
  shown.forEach((r, i) => {
    for (const check of r.checks) {
      const cells = [code(check.name), check.ok ? 'ok' : '**FAIL**', text(check.detail)];
      lines.push(`| ${(several ? [String(i + 1), ...cells] : cells).join(' | ')} |`);
    }
  });
  if (reports.length > shown.length) {
    lines.push(
      '',
      `${reports.length - shown.length} more instance(s) are not shown here: the report file has every one.`,
    );
  }
  return lines;
}

function statements(title: string, items: readonly string[], none: string): string[] {
  const lines = [`### ${title}`, ''];
  if (items.length === 0) lines.push(none);
  for (const item of items.slice(0, MAX_STATEMENTS)) lines.push(`- ${text(item)}`);
  if (items.length > MAX_STATEMENTS) {
    lines.push(`- …and ${items.length - MAX_STATEMENTS} more: the report file has every one.`);
  }
  lines.push('');
  return lines;
}
