// `generate` over a releases directory that already holds things: the action's rule for an existing
// record (the same release is a no-op, a different one needs --overwrite), and the directory's
// README.md and .gitattributes, created once and never replaced.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, digestOf, tempDir } from '../helpers/cli.js';

const COMPOSE = `services:
  app:
    build: .
    image: ghcr.io/acme/app:1.0.0
  proxy:
    image: nginx:1.27@${digestOf(11)}
`;

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-cli-existing-'));
  writeFileSync(join(dir, 'docker-compose.yml'), COMPOSE);
});
afterEach(() => cleanup());

const at = (name: string): string => join(dir, 'releases', name);
const NAMES = ['release-info.json', 'app-compose.json', 'docker-compose.yml'].map(
  (n) => `v1.0.0-${n}`,
);

function generate(digest: string, epoch: string, ...extra: string[]) {
  return cli(['generate', 'v1.0.0', `app=ghcr.io/acme/app@${digest}`, '--offline', ...extra], dir, {
    SOURCE_DATE_EPOCH: epoch,
  });
}

/** Each file's bytes and modification time, to tell "not rewritten" from "rewritten alike". */
function snapshot(): Record<string, { bytes: Buffer; mtime: number }> {
  return Object.fromEntries(
    [...NAMES, 'README.md', '.gitattributes'].map((n) => [
      n,
      { bytes: readFileSync(at(n)), mtime: statSync(at(n)).mtimeMs },
    ]),
  );
}

describe('generate over an existing record', () => {
  it('the same release again (another time, another run) writes nothing, exits 0 and says so', async () => {
    expect(generate(digestOf(1), '1767225600').code).toBe(0);
    const before = snapshot();
    await new Promise((r) => setTimeout(r, 20));
    const again = generate(digestOf(1), '1767312000');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already recorded .* same release.*nothing written/);
    expect(snapshot()).toEqual(before);
    // The record kept is the first one, created_at included.
    const json = generate(digestOf(1), '1767312000', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ unchanged: true, created: [] });
    expect(JSON.parse(readFileSync(at(NAMES[0] as string), 'utf8')).created_at).toBe(
      '2026-01-01T00:00:00Z',
    );
  });

  it('refuses a different release for the same version, naming --overwrite, and writes nothing', () => {
    expect(generate(digestOf(1), '1767225600').code).toBe(0);
    const before = snapshot();
    const run = generate(digestOf(2), '1767225600');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already records a different v1\.0\.0.*--overwrite/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot()).toEqual(before);
  });

  it('replaces it with --overwrite, with a warning', () => {
    expect(generate(digestOf(1), '1767225600').code).toBe(0);
    const run = generate(digestOf(2), '1767225600', '--overwrite');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: replacing the different record of v1\.0\.0/);
    const info = JSON.parse(readFileSync(at(NAMES[0] as string), 'utf8'));
    expect(info.images[0].digest).toBe(digestOf(2));
    expect(cli(['verify'], dir).code).toBe(0);
  });

  it('treats a record whose files were altered as different, not as the same release', () => {
    expect(generate(digestOf(1), '1767225600').code).toBe(0);
    writeFileSync(
      at(NAMES[2] as string),
      `${readFileSync(at(NAMES[2] as string), 'utf8')}# edited\n`,
    );
    const run = generate(digestOf(1), '1767225600');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/do not match.*--overwrite/);
    expect(generate(digestOf(1), '1767225600', '--overwrite').code).toBe(0);
    expect(cli(['verify'], dir).code).toBe(0);
  });

  it('treats an unreadable record as different', () => {
    expect(generate(digestOf(1), '1767225600').code).toBe(0);
    writeFileSync(at(NAMES[0] as string), '{ not json');
    const run = generate(digestOf(1), '1767225600');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not valid JSON.*--overwrite/);
  });
});

describe("the releases directory's README.md and .gitattributes", () => {
  it('are created with the first release, marking the recorded files -text', () => {
    const run = generate(digestOf(1), '1767225600');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join('releases', 'README.md'));
    const attributes = readFileSync(at('.gitattributes'), 'utf8');
    for (const pattern of ['*-release-info.json', '*-app-compose.json', '*-docker-compose.yml']) {
      expect(attributes).toMatch(new RegExp(`^${pattern.replace(/[*.]/g, '\\$&')} -text$`, 'm'));
    }
    const readme = readFileSync(at('README.md'), 'utf8');
    expect(readme).toMatch(/release-tracker verify --dir releases/);
    expect(readme).not.toMatch(/npx/);
  });

  it('are never replaced once there, even by another release or --overwrite', () => {
    expect(generate(digestOf(1), '1767225600').code).toBe(0);
    writeFileSync(at('README.md'), 'our own words\n');
    writeFileSync(at('.gitattributes'), '* -text\n');
    const second = cli(
      ['generate', 'v1.1.0', `app=ghcr.io/acme/app@${digestOf(3)}`, '--offline'],
      dir,
    );
    expect(second.code).toBe(0);
    expect(generate(digestOf(2), '1767225600', '--overwrite').code).toBe(0);
    expect(readFileSync(at('README.md'), 'utf8')).toBe('our own words\n');
    expect(readFileSync(at('.gitattributes'), 'utf8')).toBe('* -text\n');
  });

  it('name the directory the records are in', () => {
    const run = cli(
      [
        'generate',
        'v1.0.0',
        `app=ghcr.io/acme/app@${digestOf(1)}`,
        '--offline',
        '--dir',
        'deploy/rel',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const readme = readFileSync(join(dir, 'deploy/rel/README.md'), 'utf8');
    expect(readme).toMatch(/release-tracker verify --dir deploy\/rel\n/);
    // The commands it gives work as written, from the directory the paths are relative to.
    const hash = JSON.parse(readFileSync(join(dir, 'deploy/rel/v1.0.0-release-info.json'), 'utf8'))
      .compose_hash as string;
    for (const line of readme.split('\n').filter((l) => /^release-tracker (verify|find)/.test(l))) {
      const args = line.replace('<compose-hash>', hash).split(' ').slice(1);
      expect(cli(args, dir).code, line).toBe(0);
    }
  });
});
