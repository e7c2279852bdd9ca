// `generate` in a real git clone: the record's repository comes from `origin` only when that is a
// real remote URL naming owner/name; a clone of a local path records none.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, digestOf, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
let project: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-cli-git-'));
  project = join(dir, 'my-service');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        PATH: process.env['PATH'],
        HOME: dir,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  git('init', '-q', '-b', 'main', 'upstream');
  writeFileSync(
    join(dir, 'upstream/docker-compose.yml'),
    'services:\n  app:\n    image: ghcr.io/acme/app:1.0.0\n',
  );
  git('-C', 'upstream', 'add', '.');
  git('-C', 'upstream', 'commit', '-qm', 'init');
  git('clone', '-q', join(dir, 'upstream'), 'my-service');
});
afterEach(() => cleanup());

function generate(): { repository: string | null; name: string; commit: string } {
  const run = cli(
    ['generate', 'v1.0.0', `app=ghcr.io/acme/app@${digestOf(1)}`, '--offline'],
    project,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const info = JSON.parse(readFileSync(join(project, 'releases/v1.0.0-release-info.json'), 'utf8'));
  const app = JSON.parse(readFileSync(join(project, 'releases/v1.0.0-app-compose.json'), 'utf8'));
  return { repository: info.repository, name: app.name, commit: info.git.commit };
}

const setOrigin = (url: string): void => {
  execFileSync('git', ['remote', 'set-url', 'origin', url], { cwd: project });
};

describe('the repository recorded by generate', () => {
  it('is null for a clone whose origin is a local path; the app is named after the folder', () => {
    const result = generate();
    expect(result.repository).toBeNull();
    expect(result.name).toBe('my-service');
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it.each([
    ['file:///srv/git/acme/app.git', null],
    ['https://gitlab.com/group/subgroup/app.git', null],
    ['https://github.com/acme/app.git', 'acme/app'],
    ['git@github.com:acme/app.git', 'acme/app'],
    ['ssh://git@ghe.example.com:2222/acme/app', 'acme/app'],
  ])('origin %s gives %s', (url, expected) => {
    setOrigin(url);
    const result = generate();
    expect(result.repository).toBe(expected);
    expect(result.name).toBe(expected?.split('/')[1] ?? 'my-service');
  });
});
