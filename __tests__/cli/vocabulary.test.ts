// `generate` speaks the CLI's own vocabulary: every error and warning it prints names the flag or
// argument to change (`--compose`, `--no-pin-all`, `--offline`, `--overwrite`, the version …),
// never one of the action's inputs, although both share the code that finds the fault.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, digestOf, tempDir, type Run } from '../helpers/cli.js';

const COMPOSE = `services:
  app:
    build: .
    image: ghcr.io/acme/app:latest
  proxy:
    image: nginx:1.27
`;

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-cli-words-'));
  writeFileSync(join(dir, 'docker-compose.yml'), COMPOSE);
});
afterEach(() => cleanup());

const env = { SOURCE_DATE_EPOCH: '1767225600' };
const APP = `app=ghcr.io/acme/app@${digestOf(1)}`;
const generate = (...args: string[]): Run => cli(['generate', ...args], dir, env);

/** The action's input names, as an error or warning would start or cite them. */
const ACTION_WORDS =
  /(?<![-\w])(?:pin-all-images|compose-file|app-compose-template:|app-name:|releases-dir|images:|overwrite: true|metadata:|tag:)/;

/** The error line: the last thing printed, after any warnings. */
const errorLine = (run: Run): string => run.stderr.trimEnd().split('\n').at(-1) ?? '';

function expectCliWords(run: Run): void {
  expect(run.stderr).not.toMatch(ACTION_WORDS);
  expect(run.stdout).not.toMatch(ACTION_WORDS);
}

describe('generate names what to change in the CLI’s words', () => {
  it.each<[string, () => void, string[], RegExp]>([
    [
      'an image the release did not build, with no digest, offline',
      () => undefined,
      ['v1.0.0', APP, '--offline'],
      /^error: --offline: cannot pin nginx:1\.27 \(service "proxy"\): it has no digest and the registry is not consulted; give it as name:tag@sha256:…, in buildx metadata, or run without --offline$/,
    ],
    [
      'an interpolated image the release did not build',
      () =>
        writeFileSync(
          join(dir, 'docker-compose.yml'),
          `services:\n  app:\n    image: \${REGISTRY}/app:\${TAG}\n`,
        ),
      ['v1.0.0', '--offline'],
      /^error: --no-pin-all: service "app" in docker-compose\.yml has image "\$\{REGISTRY\}\/app:\$\{TAG\}", which is not an image reference once its variables are substituted \(REGISTRY, TAG are not set\), so it cannot be pinned; bind it as app=name:tag \(image argument\), give this run the variables it needs \(the environment, or the \.env file beside the compose file\), or pass --no-pin-all$/,
    ],
    [
      'a compose file that is no YAML mapping',
      () => writeFileSync(join(dir, 'other.yml'), '- just\n- a list\n'),
      ['v1.0.0', APP, '--compose', 'other.yml', '--no-pin-all', '--offline'],
      /^error: --compose: /,
    ],
    [
      'a template that is not a JSON object',
      () => writeFileSync(join(dir, 'template.json'), '[1]'),
      ['v1.0.0', APP, '--app-compose-template', 'template.json', '--no-pin-all', '--offline'],
      /^error: --app-compose-template: template\.json must be a JSON object, not an array$/,
    ],
    [
      'metadata that names no digest',
      () => writeFileSync(join(dir, 'metadata.json'), '{"image.name": "ghcr.io/acme/app:v1"}'),
      ['v1.0.0', APP, '--metadata', 'metadata.json', '--no-pin-all', '--offline'],
      /^error: --metadata: /,
    ],
    [
      'an image bound to no service',
      () => undefined,
      ['v1.0.0', `web=ghcr.io/acme/app@${digestOf(1)}`, '--no-pin-all', '--offline'],
      /^error: image argument: service "web" \(in "web=ghcr\.io\/acme\/app@sha256:/,
    ],
    [
      'a version that is no SemVer',
      () => undefined,
      ['1.2', APP, '--offline'],
      /^error: version: "1\.2" is not a SemVer 2\.0 version/,
    ],
    [
      'a releases directory outside the project',
      () => undefined,
      ['v1.0.0', APP, '--dir', '../elsewhere', '--no-pin-all', '--offline'],
      /^error: --dir: \.\.\/elsewhere is outside the current directory/,
    ],
  ])('%s', (_name, arrange, args, message) => {
    arrange();
    const run = generate(...args);
    expect(run.code).toBe(2);
    expect(errorLine(run)).toMatch(message);
    expectCliWords(run);
    expect(existsSync(join(dir, 'releases'))).toBe(false);
  });

  it('warns with --no-pin-all, not the input', () => {
    const run = generate('v1.0.0', APP, '--no-pin-all', '--offline');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: service "proxy" keeps an unpinned image (--no-pin-all)');
    expectCliWords(run);
  });

  it('refuses a different record naming --overwrite', () => {
    expect(generate('v1.0.0', APP, '--no-pin-all', '--offline').code).toBe(0);
    const run = generate(
      'v1.0.0',
      `app=ghcr.io/acme/app@${digestOf(2)}`,
      '--no-pin-all',
      '--offline',
    );
    expect(run.code).toBe(1);
    expect(errorLine(run)).toMatch(
      /^error: releases already records a different v1\.0\.0 \(.*\); pass --overwrite to replace it$/,
    );
    expectCliWords(run);
  });
});

describe('a file under a record’s name that is not this release', () => {
  const appCompose = () => join(dir, 'releases', 'v1.0.0-app-compose.json');

  it.each([
    ['a hand-written app-compose', 'v1.0.0-app-compose.json', '{"name": "written by hand"}\n'],
    ['a lone docker-compose', 'v1.0.0-docker-compose.yml', 'services: {}\n'],
  ])('%s with no record beside it is refused naming --overwrite', (_name, file, content) => {
    mkdirSync(join(dir, 'releases'));
    writeFileSync(join(dir, 'releases', file), content);
    const run = generate('v1.0.0', APP, '--no-pin-all', '--offline');
    expect(run.code).toBe(1);
    const at = (name: string) => join(dir, 'releases', name);
    expect(errorLine(run)).toBe(
      `error: releases already records a different v1.0.0 (${at(file)} is there without ${at('v1.0.0-release-info.json')}, and not this release's); pass --overwrite to replace it`,
    );
    expect(readFileSync(join(dir, 'releases', file), 'utf8')).toBe(content);
    expect(existsSync(join(dir, 'releases', 'v1.0.0-release-info.json'))).toBe(false);

    const replaced = generate('v1.0.0', APP, '--no-pin-all', '--offline', '--overwrite');
    expect(replaced.code).toBe(0);
    expect(readFileSync(join(dir, 'releases', file), 'utf8')).not.toBe(content);
  });

  it('this release’s own file without its record is not a different record', () => {
    expect(generate('v1.0.0', APP, '--no-pin-all', '--offline').code).toBe(0);
    const bytes = readFileSync(appCompose());
    // Only the app-compose file is left, exactly as this release generates it.
    rmSync(join(dir, 'releases', 'v1.0.0-release-info.json'));
    rmSync(join(dir, 'releases', 'v1.0.0-docker-compose.yml'));
    const again = generate('v1.0.0', APP, '--no-pin-all', '--offline');
    expect(again.code).toBe(0);
    expect(readFileSync(appCompose()).equals(bytes)).toBe(true);
  });
});
