import { describe, expect, it } from 'vitest';
import type { AttestReport } from '../../../src/core/attest/attest.js';
import {
  attestSummary,
  MAX_INSTANCES,
  type SummaryFacts,
} from '../../../src/core/attest/summary.js';
import { HOSTILE, renderMarkdown, tableRows, tagsOf, textOf } from '../../helpers/markdown.js';

const HASH = 'ab'.repeat(32);

function report(over: Partial<AttestReport> = {}): AttestReport {
  return {
    ok: true,
    verdict: 'verified',
    compose_hash: HASH,
    release: { version: '1.0.0', tag: 'v1.0.0', commit: 'c'.repeat(40) },
    tcb_status: 'UpToDate',
    checks: [
      { name: 'quote-signature', ok: true, detail: 'signed' },
      { name: 'release', ok: true, detail: 'release 1.0.0' },
    ],
    proved: ['It was signed.'],
    not_proved: ['Freshness was not checked.'],
    ...over,
  };
}

const facts = (over: Partial<SummaryFacts> = {}): SummaryFacts => ({
  report: report(),
  document: 'https://app.example/public_data',
  kind: "an app's /public_data",
  instances: ['https://app.example/public_data'],
  releasesDir: 'releases',
  rejection: null,
  ...over,
});

/** What a value looks like once rendered: itself, control characters as U+FFFD. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const shown = (value: string): string => value.replace(CONTROLS, '\uFFFD');

const ALLOWED = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'code',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

describe('the attest job summary', () => {
  it.each<[string, Partial<SummaryFacts>, RegExp[]]>([
    [
      'verified',
      {},
      [
        /^## Attestation: VERIFIED\n\nProduction runs release `v1\.0\.0`: every check holds, from Intel's signature to the release in `releases`\.\n/,
        /^- \*\*Release:\*\* `v1\.0\.0` \(tag `v1\.0\.0`, commit `c{40}`\)$/m,
        new RegExp(`^- \\*\\*Compose hash:\\*\\* \`${HASH}\`$`, 'm'),
        /^- \*\*TCB status:\*\* `UpToDate`$/m,
        /^\| Check \| Result \| Detail \|$/m,
        /^\| `quote-signature` \| ok \| signed \|$/m,
        /^### Proved\n\n- It was signed\.\n/m,
        /^### Not proved\n\n- Freshness was not checked\.\n/m,
      ],
    ],
    [
      'consistent, accepted',
      { report: report({ verdict: 'consistent', tcb_status: null }) },
      [
        /^## Attestation: CONSISTENT, NOT VERIFIED\n\nThe attestation agrees with itself and with release `v1\.0\.0`, but no quote's signature was verified.*\(accepted: `allow-unsigned`\)\.\n/,
        /^- \*\*TCB status:\*\* not checked$/m,
      ],
    ],
    [
      'failed: the reason leads',
      {
        report: report({
          ok: false,
          verdict: 'failed',
          release: null,
          checks: [{ name: 'release', ok: false, detail: 'no release' }],
          proved: [],
          not_proved: [],
        }),
        rejection: `production runs compose hash ${HASH}, which no release in releases records`,
      },
      [
        new RegExp(
          `^## Attestation: FAILED\n\n\\*\\*Not accepted:\\*\\* production runs compose hash ${HASH}, which no release in releases records\n`,
        ),
        /^- \*\*Release:\*\* none recorded$/m,
        /^\| `release` \| \*\*FAIL\*\* \| no release \|$/m,
        /^### Proved\n\nNothing\.\n/m,
        /^### Not proved\n\nNothing: every link was checked\.\n/m,
      ],
    ],
  ])('%s', (_name, over, patterns) => {
    const summary = attestSummary(facts(over));
    for (const pattern of patterns) expect(summary).toMatch(pattern);
  });

  it('several instances: a line each, and a table of every instance’s checks', () => {
    const one = report({ checks: [{ name: 'rtmr3', ok: true, detail: 'replays' }] });
    const two = report({
      ok: false,
      verdict: 'failed',
      tcb_status: 'OutOfDate',
      checks: [
        { name: 'rtmr3', ok: true, detail: 'replays' },
        { name: 'tcb-status', ok: false, detail: 'OutOfDate' },
      ],
    });
    const summary = attestSummary(
      facts({
        report: report({ ok: false, verdict: 'failed', instances: [one, two] }),
        instances: ['doc instances[0]', 'doc instances[1]'],
        rejection: 'the TCB',
      }),
    );
    expect(summary).toContain(
      '1. `doc instances[0]`: verified, TCB `UpToDate`\n2. `doc instances[1]`: failed, TCB `OutOfDate`\n',
    );
    expect(tableRows(renderMarkdown(summary)).map((cells) => cells.map(textOf))).toEqual([
      ['1', 'rtmr3', 'ok', 'replays'],
      ['2', 'rtmr3', 'ok', 'replays'],
      ['2', 'tcb-status', 'FAIL', 'OutOfDate'],
    ]);
  });

  it.each(HOSTILE)('a hostile value in every field renders as its text: %j', (value) => {
    const hostile = report({
      ok: false,
      verdict: 'failed',
      compose_hash: value,
      release: { version: value, tag: value, commit: value },
      tcb_status: value,
      checks: [
        { name: 'rtmr3', ok: false, detail: value },
        { name: 'release', ok: true, detail: value },
      ],
      proved: [value],
      not_proved: [value],
    });
    for (const several of [false, true]) {
      const summary = attestSummary(
        facts({
          report: several ? { ...hostile, instances: [hostile, hostile] } : hostile,
          document: value,
          kind: value,
          instances: several ? [value, value] : [value],
          releasesDir: value,
          rejection: value,
        }),
      );
      const html = renderMarkdown(summary);
      for (const tag of tagsOf(html)) expect(ALLOWED).toContain(tag);
      const rows = tableRows(html);
      expect(rows).toHaveLength(several ? 4 : 2);
      for (const cells of rows) {
        expect(cells).toHaveLength(several ? 4 : 3);
        expect(textOf(cells.at(-1) ?? '')).toBe(shown(value));
      }
      // Each bullet, list item and the verdict line keep the value whole, on their line.
      const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1] as string));
      expect(items).toContain(`Compose hash: ${shown(value)}`);
      expect(items).toContain(`Document: ${shown(value)}, ${shown(value)}`);
      expect(items.filter((item) => item === shown(value))).toHaveLength(2);
      expect(textOf(html)).toContain(`Not accepted: ${shown(value)}`);
    }
  });

  it('stays small: long values are cut, and instances beyond the first few only counted', () => {
    const long = 'x'.repeat(100_000);
    const one = report({ checks: [{ name: 'rtmr3', ok: true, detail: long }], proved: [long] });
    const many = Array.from({ length: 500 }, () => one);
    const summary = attestSummary(
      facts({
        report: {
          ...one,
          instances: many,
          proved: Array.from({ length: 500 }, (_, i) => `fact ${i}`),
        },
        instances: many.map((_, i) => `instance ${i}`),
      }),
    );
    expect(summary.length).toBeLessThan(64 * 1024);
    expect(tableRows(renderMarkdown(summary))).toHaveLength(MAX_INSTANCES);
    expect(summary).toContain(`${500 - MAX_INSTANCES} more instance(s) are not shown here`);
    expect(summary).toContain('- …and 460 more: the report file has every one.');
  });
});
