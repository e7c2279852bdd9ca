import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

// Symbolic links through the built CLI: generate records only the current directory's own files
// (no repository here) and writes only into it; the releases directory's own files are never read
// through a link, so a record cannot borrow another file's bytes.

const DIGEST = `sha256:${'a'.repeat(64)}`;
const APP = `app=ghcr.io/acme/app:1.0.0@${DIGEST}`;

let top: string;
let project: string;
let outside: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: top, cleanup } = tempDir('rt-cli-links-'));
  project = join(top, 'project');
  outside = join(top, 'elsewhere');
  mkdirSync(project);
  mkdirSync(outside);
  writeFileSync(join(outside, 'compose.yml'), 'services:\n  app:\n    image: ghp_SECRET\n');
  writeFileSync(
    join(project, 'compose.yaml'),
    `services:\n  app:\n    image: ghcr.io/acme/app:1.0.0\n`,
  );
});
afterEach(() => cleanup());

const generate = (...args: string[]) =>
  cli(['generate', 'v1.0.0', APP, '--offline', '--no-pin-all', ...args], project);

describe('generate', () => {
  it('refuses a --dir that is a link out of the current directory, writing nothing', () => {
    symlinkSync(outside, join(project, 'releases'));
    const run = generate();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: --dir: releases leads outside the current directory through a symbolic link; only files of the current directory are recorded and published\n',
    );
    expect(readdirSync(outside)).toEqual(['compose.yml']);
  });

  it('refuses a --compose file that is a link out, without quoting it', () => {
    symlinkSync(join(outside, 'compose.yml'), join(project, 'prod.yml'));
    const run = generate('--compose', 'prod.yml');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: --compose: prod.yml leads outside the current directory through a symbolic link; only files of the current directory are recorded and published\n',
    );
    expect(existsSync(join(project, 'releases'))).toBe(false);
  });
});

describe('the releases directory is read without following links', () => {
  beforeEach(() => {
    mkdirSync(join(project, 'releases'));
    expect(generate().code).toBe(0);
    // v1.1.0's record is a link to a copy of v1.0.0's, kept elsewhere.
    copyFileSync(join(project, 'releases/v1.0.0-release-info.json'), join(outside, 'record.json'));
    symlinkSync(join(outside, 'record.json'), join(project, 'releases/v1.1.0-release-info.json'));
  });

  it('verify fails naming the link', () => {
    const run = cli(['verify'], project);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'releases/v1.1.0-release-info.json is a symbolic link; files of the releases directory are never read through links',
    );
    expect(run.stdout).toMatch(/^ok +v1\.0\.0$/m);
  });

  it('list warns and lists the others', () => {
    const run = cli(['list'], project);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'is a symbolic link; files of the releases directory are never read through links',
    );
    expect(run.stdout).toContain('1.0.0');
    expect(run.stdout).not.toContain('1.1.0');
  });

  it('verify fails when a recorded file is a link, even to identical bytes', () => {
    const compose = join(project, 'releases/v1.0.0-docker-compose.yml');
    copyFileSync(compose, join(outside, 'pinned.yml'));
    rmSync(compose);
    symlinkSync(join(outside, 'pinned.yml'), compose);
    const run = cli(['verify', 'v1.0.0'], project);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('v1.0.0-docker-compose.yml is a symbolic link');
  });
});
