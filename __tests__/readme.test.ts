// The README's usage matches the actions it documents: the input and output tables against
// action.yml and attest/action.yml, and the scheduled workflow of "Watch production" uses only what
// the attest action has, on a schedule, with no expression spliced into a script. (What its
// verify --registry step does is tested in __tests__/cli/verify-registry.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';
import { markdownTable, readmeSection, readmeWorkflow } from './helpers/readme.js';

interface Manifest {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}
const manifest = (path: string): Manifest =>
  parse(readFileSync(join(ROOT, path), 'utf8')) as Manifest;

const name = (cell: string | undefined): string => /^`([^`]+)`$/.exec(cell ?? '')?.[1] ?? '';

describe('the README', () => {
  it("lists the record action's inputs as action.yml has them, and each output", () => {
    const action = manifest('action.yml');
    const text = readmeSection('Use it in a workflow');
    expect(markdownTable(text, 'input').map((row) => name(row[0]))).toEqual(
      Object.keys(action.inputs),
    );
    const outputs = text.split('### Outputs')[1] ?? '';
    for (const output of Object.keys(action.outputs)) expect(outputs).toContain(`\`${output}\``);
  });

  describe('Watch production', () => {
    const text = readmeSection('Watch production');
    const attest = manifest('attest/action.yml');

    it("lists the attest action's inputs and defaults as attest/action.yml has them", () => {
      const rows = markdownTable(text, 'input');
      expect(rows.map((row) => name(row[0]))).toEqual(Object.keys(attest.inputs));
      for (const row of rows) {
        const given = attest.inputs[name(row[0])]?.default ?? '';
        // An empty default is one the action decides (now, the document's collateral …).
        if (given !== '') expect(row[1], name(row[0])).toBe(`\`${given}\``);
      }
    });

    it("lists the attest action's outputs as attest/action.yml has them", () => {
      expect(markdownTable(text, 'output').map((row) => name(row[0]))).toEqual(
        Object.keys(attest.outputs),
      );
    });

    it('gives a scheduled workflow that runs the attest action and verify --registry', () => {
      const workflow = readmeWorkflow('Watch production');
      const schedule = workflow.on['schedule'] as { cron: string }[];
      expect(schedule[0]?.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
      expect(Object.keys(workflow.on)).toContain('workflow_dispatch');
      expect(workflow.permissions).toEqual({ contents: 'read' });
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const uses = steps.filter((step) => step.uses === 'org/release-tracker/attest@v1');
      expect(uses).toHaveLength(1);
      for (const input of Object.keys(uses[0]?.with ?? {})) {
        expect(Object.keys(attest.inputs)).toContain(input);
      }
      expect(steps.filter((step) => step.run?.includes('verify --registry'))).toHaveLength(1);
      for (const step of steps) if (step.run) expect(step.run).not.toContain('${{');
    });
  });
});
