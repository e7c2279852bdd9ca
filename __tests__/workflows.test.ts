// The repository's own workflows follow the supply-chain rules CONTRIBUTING.md states: third-party
// actions pinned by full commit SHA with a version comment, least-privilege permissions, no
// persisted git credentials where nothing is pushed, and no expressions spliced into shell scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, '.github/workflows');
const FILES = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
}
interface Workflow {
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** Every `uses:` line of every workflow: the reference and the comment after it. */
const USES = FILES.flatMap((file) =>
  read(file)
    .split('\n')
    .flatMap((text, i) => {
      const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/.exec(text);
      return match?.[1] ? [{ file, line: i + 1, ref: match[1], comment: match[2] ?? '' }] : [];
    }),
);
const REMOTE = USES.filter((u) => !u.ref.startsWith('./') && !u.ref.startsWith('docker://'));

const writes = (permissions: Job['permissions']) =>
  permissions === 'write-all' ||
  (typeof permissions === 'object' && Object.values(permissions).includes('write'));

describe('workflows', () => {
  it('exist: CI, the action test, CodeQL and the release', () => {
    expect(FILES.sort()).toEqual(['ci.yml', 'codeql.yml', 'release.yml', 'test-action.yml']);
    expect(REMOTE.length).toBeGreaterThan(0);
  });

  it.each(REMOTE.map((u) => [`${u.file}:${u.line} ${u.ref}`, u] as const))(
    'pins %s by commit SHA with its version',
    (_name, use) => {
      expect(use.ref).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      expect(use.comment).toMatch(/^# v\d+\.\d+\.\d+$/);
    },
  );

  it('uses one SHA and version per action repository everywhere', () => {
    const byRepo = new Map<string, Set<string>>();
    for (const use of REMOTE) {
      const [path, sha] = use.ref.split('@') as [string, string];
      const repo = path.split('/').slice(0, 2).join('/');
      byRepo.set(repo, (byRepo.get(repo) ?? new Set()).add(`${sha} ${use.comment}`));
    }
    for (const [repo, pins] of byRepo) expect([...pins], repo).toHaveLength(1);
  });

  describe.each(FILES)('%s', (file) => {
    const workflow = parse(read(file)) as Workflow;
    const jobs = Object.entries(workflow.jobs);

    it('grants nothing writable at the top level; jobs ask for what they need', () => {
      expect(workflow.permissions).toBeDefined();
      expect(writes(workflow.permissions)).toBe(false);
    });

    it('keeps git credentials only in jobs that push', () => {
      for (const [name, job] of jobs) {
        const pushes =
          typeof job.permissions === 'object' && job.permissions['contents'] === 'write';
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('actions/checkout@')) continue;
          expect(step.with?.['persist-credentials'], `${file} ${name}`).toBe(pushes);
        }
      }
    });

    it('passes expressions to run: scripts through env:, never spliced into the script', () => {
      for (const [name, job] of jobs) {
        for (const step of job.steps ?? []) {
          if (step.run !== undefined) expect(step.run, `${file} ${name}`).not.toContain('${{');
        }
      }
    });
  });
});
