// scripts/release.mjs against real git: a work clone and a bare `origin`, several releases, hotfixes
// on older lines, and the refusals, each checked against what origin ends up holding.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

const SCRIPT = join(ROOT, 'scripts/release.mjs');

// Git as a fresh machine has it: no user or system configuration, a fixed identity.
const GIT_ENV = {
  PATH: process.env['PATH'],
  HOME: process.env['HOME'],
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.test',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.test',
};

let root: string;
let cleanup: () => void;
let work: string;
let origin: string;

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function release(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: work,
    env: GIT_ENV, // no GITHUB_OUTPUT from a CI run around the tests
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function releaseWithOutput(...args: string[]) {
  const output = join(root, `output-${args[0]}.txt`);
  writeFileSync(output, '');
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: work,
    env: { ...GIT_ENV, GITHUB_OUTPUT: output },
    encoding: 'utf8',
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
}

/** Every ref origin holds, as `git ls-remote` lists them (tags also peeled). */
function originRefs(): Record<string, string> {
  return Object.fromEntries(
    git(origin, 'for-each-ref', '--format=%(refname) %(objectname) %(*objectname)')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, object, peeled] = line.split(' ');
        return [ref, peeled || object];
      }),
  );
}

const objectType = (ref: string) => git(origin, 'cat-file', '-t', ref);
const head = () => git(work, 'rev-parse', 'HEAD');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const CHANGELOG_HEAD = `# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]
`;

/** Commits the files of version `version` (package.json, its CHANGELOG section, a new bundle) and pushes the branch. */
function prepare(version: string, { changelog = true, pkg = true, push = true } = {}) {
  writeFileSync(
    join(work, 'package.json'),
    `${JSON.stringify({ name: 'release-tracker', version: pkg ? version : '0.0.0', bin: { 'release-tracker': 'dist/cli/index.js' } }, null, 2)}\n`,
  );
  const path = join(work, 'CHANGELOG.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8').slice(CHANGELOG_HEAD.length) : '';
  const section = changelog
    ? `\n## [${version}] - 2026-11-27\n\n### Added\n\n- Feature of ${version},\n  described on two lines.\n\n\`\`\`sh\nkeep\n  this\n\`\`\`\n`
    : '';
  writeFileSync(
    path,
    `${CHANGELOG_HEAD}${section}${previous.replace(/\n\[[^\]]+\]: .*\n?$/, '')}\n[${version}]: https://example.test/releases/tag/v${version}\n`,
  );
  writeFileSync(join(work, 'dist/index.js'), `// action ${version}\n`);
  writeFileSync(join(work, 'dist/cli/index.js'), `// cli ${version}\n`);
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', `Prepare ${version}`);
  if (push) git(work, 'push', '-q', 'origin', 'HEAD');
  return head();
}

beforeEach(() => {
  ({ dir: root, cleanup } = tempDir('rt-release-'));
  origin = join(root, 'origin.git');
  work = join(root, 'work');
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  git(root, 'init', '-q', '-b', 'main', work);
  git(work, 'remote', 'add', 'origin', origin);
  writeFileSync(join(work, '.gitignore'), '.tmp/\n');
  git(work, 'add', '.gitignore');
  git(work, 'commit', '-q', '-m', 'Start');
  git(work, 'push', '-q', '-u', 'origin', 'main');
  mkdirSync(join(work, 'dist/cli'), { recursive: true });
});
afterEach(() => cleanup());

describe('scripts/release.mjs', () => {
  it('releases, moves the major tag and releases/vX, and keeps them on hotfixes of older lines', () => {
    // v1.0.0: the first release creates v1 and releases/v1.
    const c100 = prepare('1.0.0');
    const first = releaseWithOutput('1.0.0');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(originRefs()).toEqual({
      'refs/heads/main': c100,
      'refs/heads/releases/v1': c100,
      'refs/tags/v1': c100,
      'refs/tags/v1.0.0': c100,
    });
    // Annotated, as actions/typescript-action makes both.
    expect(objectType('refs/tags/v1.0.0')).toBe('tag');
    expect(objectType('refs/tags/v1')).toBe('tag');
    const notesFile = join(work, '.tmp/release-notes-v1.0.0.md');
    expect(first.outputs).toEqual({
      tag: 'v1.0.0',
      version: '1.0.0',
      latest: 'true',
      'notes-file': notesFile,
      'major-tag': 'v1',
    });
    const notes = readFileSync(notesFile, 'utf8');
    // Wrapped lines joined (GitHub shows each newline of a release body), code kept as written.
    expect(notes).toContain('### Added\n\n- Feature of 1.0.0, described on two lines.\n\n');
    expect(notes).toContain('```sh\nkeep\n  this\n```\n');
    expect(notes).not.toContain('## [1.0.0]');
    expect(notes).not.toContain('https://example.test'); // the link definitions close the file
    expect(notes).toContain(`| \`dist/index.js\` | \`${sha256(join(work, 'dist/index.js'))}\` |`);
    expect(notes).toContain(
      `| \`dist/cli/index.js\` | \`${sha256(join(work, 'dist/cli/index.js'))}\` |`,
    );
    expect(notes).toContain(c100);

    // v1.1.0: a dry run changes nothing and writes nothing; the release moves v1 and releases/v1.
    const c110 = prepare('1.1.0');
    const before = originRefs();
    const dry = release('1.1.0', '--dry-run', '--notes-file', join(root, 'dry-notes.md'));
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would create annotated tag v1.1.0');
    expect(dry.stdout).toContain(`would move annotated tag v1 on ${c110.slice(0, 12)}`);
    expect(dry.stdout).toContain(`would fast-forward branch releases/v1 to ${c110.slice(0, 12)}`);
    expect(dry.stdout).toContain('- Feature of 1.1.0, described on two lines.');
    expect(originRefs()).toEqual(before);
    expect(existsSync(join(root, 'dry-notes.md'))).toBe(false);
    expect(git(work, 'tag', '--list', 'v1.1.0')).toBe('');
    expect(release('1.1.0', '--notes-file', join(root, 'notes-110.md')).code).toBe(0);
    expect(readFileSync(join(root, 'notes-110.md'), 'utf8')).toContain(
      '- Feature of 1.1.0, described',
    );
    expect(originRefs()).toMatchObject({
      'refs/heads/releases/v1': c110,
      'refs/tags/v1': c110,
      'refs/tags/v1.0.0': c100,
      'refs/tags/v1.1.0': c110,
    });
    expect(git(origin, 'tag', '--list', '--format=%(contents:subject)', 'v1')).toBe(
      'Sync v1 tag with v1.1.0',
    );

    // v2.0.0: a new major gets its own tag and branch; v1 stays on v1.1.0.
    const c200 = prepare('2.0.0');
    expect(release('2.0.0').code).toBe(0);
    expect(originRefs()).toMatchObject({
      'refs/heads/releases/v1': c110,
      'refs/tags/v1': c110,
      'refs/heads/releases/v2': c200,
      'refs/tags/v2': c200,
      'refs/tags/v2.0.0': c200,
    });

    // v1.1.1 after v2.0.0: a hotfix of the newest v1 release, from releases/v1. It moves v1, is not
    // latest, and leaves v2 alone.
    git(work, 'checkout', '-q', '-b', 'releases/v1', 'origin/releases/v1');
    const c111 = prepare('1.1.1');
    const hotfix = releaseWithOutput('1.1.1');
    expect(hotfix.code).toBe(0);
    expect(hotfix.outputs['latest']).toBe('false');
    expect(hotfix.stdout).toContain('a hotfix: not latest');
    expect(originRefs()).toMatchObject({
      'refs/heads/releases/v1': c111,
      'refs/tags/v1': c111,
      'refs/tags/v1.1.1': c111,
      'refs/tags/v2': c200,
      'refs/heads/releases/v2': c200,
      'refs/heads/main': c200,
    });

    // v1.0.1: a patch of the older v1.0 line, from releases/v1.0. v1 points at the newer v1.1.1 and
    // must stay there, and so must releases/v1.
    git(work, 'checkout', '-q', '-b', 'releases/v1.0', 'v1.0.0');
    const c101 = prepare('1.0.1');
    const patch = releaseWithOutput('1.0.1');
    expect(patch.stderr).toBe('');
    expect(patch.code).toBe(0);
    expect(patch.outputs['latest']).toBe('false');
    expect(patch.outputs['major-tag']).toBe('');
    expect(patch.stdout).toContain('leave v1 and releases/v1');
    expect(originRefs()).toMatchObject({
      'refs/tags/v1.0.1': c101,
      'refs/tags/v1': c111,
      'refs/heads/releases/v1': c111,
      'refs/tags/v2': c200,
    });

    // Versions that are not new, or come from the wrong branch.
    const settled = originRefs();
    const refusals: [string, string, RegExp][] = [
      ['releases/v1.0', '1.0.1', /v1\.0\.1 is already released/],
      ['releases/v1.0', '1.0.0', /v1\.0\.0 is already released/],
      ['main', '2.0.0', /v2\.0\.0 is already released/],
      [
        'main',
        '1.2.0',
        /hotfix on the older v1 line, released from releases\/v1, but HEAD is on main/,
      ],
      ['releases/v1', '1.0.2', /released from releases\/v1\.0, but HEAD is on releases\/v1/],
      ['releases/v1', '1.1.0', /v1\.1\.0 is already released/],
      ['main', '0.9.0', /not higher than the latest release v2\.0\.0, and there is no v0 line/],
    ];
    for (const [branch, version, message] of refusals) {
      git(work, 'checkout', '-q', branch);
      const run = release(version);
      expect(run.stderr, `${version} from ${branch}`).toMatch(message);
      expect(run.code).toBe(1);
    }
    // Only X.Y.Z: the major tag must never point at a pre-release.
    expect(release('2.1.0-rc.1').code).toBe(2);
    expect(originRefs()).toEqual(settled);
    expect(git(work, 'tag', '--list')).toBe(
      ['v1', 'v1.0.0', 'v1.0.1', 'v1.1.0', 'v1.1.1', 'v2', 'v2.0.0'].join('\n'),
    );
  });

  it('pushes all refs or none, and leaves the local tags as they were when the push fails', () => {
    prepare('1.0.0');
    expect(release('1.0.0').code).toBe(0);
    const c110 = prepare('1.1.0');
    // origin refuses branch updates (as a protected branch would); the tags must not land alone.
    const hook = join(origin, 'hooks/pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/heads/releases/*) echo "protected: $ref" >&2; exit 1;; esac; done\n',
    );
    chmodSync(hook, 0o755);
    const before = originRefs();
    const localV1 = git(work, 'rev-parse', 'refs/tags/v1');
    const run = release('1.1.0');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('protected: refs/heads/releases/v1');
    expect(originRefs()).toEqual(before);
    expect(git(work, 'tag', '--list', 'v1.1.0')).toBe('');
    expect(git(work, 'rev-parse', 'refs/tags/v1')).toBe(localV1);
    expect(existsSync(join(work, '.tmp/release-notes-v1.1.0.md'))).toBe(false);
    // Once origin accepts, the same command goes through.
    writeFileSync(hook, '#!/bin/sh\nexit 0\n');
    expect(release('1.1.0').code).toBe(0);
    expect(originRefs()).toMatchObject({ 'refs/tags/v1': c110, 'refs/heads/releases/v1': c110 });
  });

  it('refuses to move releases/vX backwards over commits the release does not contain', () => {
    prepare('1.0.0');
    expect(release('1.0.0').code).toBe(0);
    git(work, 'checkout', '-q', '-b', 'releases/v1', 'origin/releases/v1');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'Fix only on releases/v1');
    git(work, 'push', '-q', 'origin', 'releases/v1');
    git(work, 'checkout', '-q', 'main');
    prepare('1.1.0');
    const before = originRefs();
    const run = release('1.1.0');
    expect(run.stderr).toMatch(/origin\/releases\/v1 has commits that v1\.1\.0 does not contain/);
    expect(run.code).toBe(1);
    expect(originRefs()).toEqual(before);
  });

  it('decides by the tags origin has, and refuses a tag left in the clone only', () => {
    const c100 = prepare('1.0.0');
    git(work, 'tag', 'v9.0.0'); // an experiment never pushed: not a release
    git(work, 'tag', 'v1.0.0');
    const run = release('1.0.0');
    expect(run.stderr).toContain('tag v1.0.0 exists in this clone but not on origin');
    expect(run.code).toBe(1);
    git(work, 'tag', '--delete', 'v1.0.0');
    expect(release('1.0.0').code).toBe(0);
    expect(originRefs()).toMatchObject({ 'refs/tags/v1.0.0': c100, 'refs/tags/v1': c100 });
    expect(originRefs()['refs/tags/v9.0.0']).toBeUndefined();
  });

  describe('refuses, changing nothing', () => {
    const cases: [string, () => void, string[], RegExp][] = [
      [
        'a dirty working tree',
        () => {
          prepare('1.0.0');
          writeFileSync(join(work, 'dist/index.js'), '// edited\n');
        },
        ['1.0.0'],
        /working tree is not clean/,
      ],
      [
        'an untracked file',
        () => {
          prepare('1.0.0');
          writeFileSync(join(work, 'notes.txt'), 'draft\n');
        },
        ['1.0.0'],
        /working tree is not clean; commit or stash first:\n\?\? notes\.txt/,
      ],
      [
        'a branch other than main',
        () => {
          git(work, 'checkout', '-q', '-b', 'feature');
          prepare('1.0.0');
        },
        ['1.0.0'],
        /higher than every release, so it is released from main, but HEAD is on feature/,
      ],
      [
        'a detached HEAD',
        () => {
          prepare('1.0.0');
          git(work, 'checkout', '-q', '--detach');
        },
        ['1.0.0'],
        /HEAD is detached/,
      ],
      [
        'a commit origin does not have',
        () => prepare('1.0.0', { push: false }),
        ['1.0.0'],
        /main \([0-9a-f]{12}\) differs from origin\/main/,
      ],
      [
        'a CHANGELOG without the version',
        () => prepare('1.0.0', { changelog: false }),
        ['1.0.0'],
        /CHANGELOG\.md has no "## \[1\.0\.0\]" section/,
      ],
      [
        'a package.json of another version',
        () => prepare('1.0.0', { pkg: false }),
        ['1.0.0'],
        /package\.json says version 0\.0\.0, not 1\.0\.0/,
      ],
      [
        'a bundle that is not committed',
        () => {
          prepare('1.0.0');
          git(work, 'rm', '-q', '--cached', 'dist/cli/index.js');
          writeFileSync(join(work, '.gitignore'), '.tmp/\ndist/cli/\n');
          git(work, 'commit', '-q', '-am', 'Stop tracking the CLI bundle');
          git(work, 'push', '-q', 'origin', 'main');
        },
        ['1.0.0'],
        /dist\/cli\/index\.js not committed/,
      ],
      ['a version that is not X.Y.Z', () => prepare('1.0.0'), ['1.0'], /not X\.Y\.Z/],
    ];
    it.each(cases)('%s', (_name, arrange, args, message) => {
      arrange();
      const before = originRefs();
      const run = release(...args);
      expect(run.stderr).toMatch(message);
      expect(run.code).toBe(args[0] === '1.0' ? 2 : 1);
      expect(originRefs()).toEqual(before);
      expect(git(work, 'tag', '--list')).toBe('');
      expect(existsSync(join(work, '.tmp'))).toBe(false);
    });
  });
});
