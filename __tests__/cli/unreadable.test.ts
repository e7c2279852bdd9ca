// One unreadable record among many: the queries that read every record go on, naming it in a
// warning (and --json stays one document); verify fails naming it. A releases directory that is not
// there is an input error, an empty one lists nothing.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, digestOf, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
let hashOf: Record<string, string>;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-cli-unreadable-'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    'services:\n  app:\n    image: ghcr.io/acme/app:latest\n',
  );
  hashOf = {};
  for (const [i, version] of ['1.0.0', '1.1.0', '1.2.0'].entries()) {
    const run = cli(
      ['generate', version, `app=ghcr.io/acme/app@${digestOf(i + 1)}`, '--offline'],
      dir,
      { SOURCE_DATE_EPOCH: '1767225600' },
    );
    expect(run.code).toBe(0);
    hashOf[version] = JSON.parse(readFileSync(record(version), 'utf8')).compose_hash;
  }
});
afterEach(() => cleanup());

const record = (version: string): string => join(dir, 'releases', `v${version}-release-info.json`);

const BREAKAGES: [string, () => void, RegExp][] = [
  ['not JSON', () => writeFileSync(record('1.2.0'), '{ "schema": '), /not valid JSON/],
  [
    'against the schema',
    () => {
      const info = JSON.parse(readFileSync(record('1.2.0'), 'utf8'));
      writeFileSync(record('1.2.0'), JSON.stringify({ ...info, compose_hash: 'nope' }));
    },
    /does not match release-tracker\/release-info@1/,
  ],
  [
    'of another version',
    () => {
      const info = JSON.parse(readFileSync(record('1.1.0'), 'utf8'));
      writeFileSync(record('1.2.0'), JSON.stringify(info));
    },
    /records version 1\.1\.0, not 1\.2\.0/,
  ],
];

describe.each(BREAKAGES)('one record %s', (_name, breakIt, problem) => {
  beforeEach(() => breakIt());
  const named = new RegExp(`warning: .*v1\\.2\\.0-release-info\\.json.*${problem.source}`);

  it('list shows the others and warns naming it; --json stays one document', () => {
    const text = cli(['list'], dir);
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(named);
    expect(text.stdout).toMatch(/^1\.1\.0 /m);
    const json = cli(['list', '--json'], dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((r: { version: string }) => r.version)).toEqual([
      '1.1.0',
      '1.0.0',
    ]);
    expect(json.stderr).toMatch(named);
  });

  it('latest gives the highest readable release, warning', () => {
    const run = cli(['latest', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe('1.1.0');
    expect(run.stderr).toMatch(named);
  });

  it('find still finds the others', () => {
    const run = cli(['find', hashOf['1.0.0'] as string, '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0].version).toBe('1.0.0');
    expect(run.stderr).toMatch(named);
  });

  it('diff of two readable releases is not stopped by it', () => {
    const run = cli(['diff', 'v1.0.0', 'v1.1.0', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).repinned[0].service).toBe('app');
  });

  it('verify fails, naming it', () => {
    const run = cli(['verify'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL\s+v1\.2\.0\n\s+.*v1\.2\.0-release-info\.json/);
    expect(run.stdout).toMatch(problem);
    expect(run.stdout).toMatch(/ok\s+v1\.1\.0/);
  });
});

describe('a record the file system will not let us read', () => {
  it('is skipped with a warning by list, and fails verify', () => {
    if (process.getuid?.() === 0) {
      // root reads any file: a directory in the record's place fails the read just the same.
      rmSync(record('1.2.0'));
      mkdirSync(record('1.2.0'));
    } else chmodSync(record('1.2.0'), 0o000);
    const list = cli(['list', '--json'], dir);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(2);
    expect(list.stderr).toMatch(/warning: skipped .*v1\.2\.0-release-info\.json: .*cannot be read/);
    const verify = cli(['verify'], dir);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/FAIL\s+v1\.2\.0/);
  });
});

describe('the releases directory', () => {
  it('that does not exist is an input error naming it (exit 2), for every command that reads it', () => {
    for (const args of [
      ['list'],
      ['latest'],
      ['verify'],
      ['info', 'v1.0.0'],
      ['find', 'a'.repeat(64)],
      ['diff', 'v1.0.0', 'v1.1.0'],
    ]) {
      const run = cli([...args, '--dir', 'typo'], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^error: --dir: releases directory typo does not exist\n$/);
      expect(run.stdout).toBe('');
    }
    const json = cli(['list', '--dir', 'typo', '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ exit_code: 2 });
  });

  it('the default, releases, counts the same when it is not there', () => {
    rmSync(join(dir, 'releases'), { recursive: true });
    const run = cli(['list'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: --dir: releases directory releases does not exist\n');
  });

  it('that is a file is an input error too', () => {
    expect(cli(['list', '--dir', 'docker-compose.yml'], dir).code).toBe(2);
  });

  it('that is empty lists nothing (exit 0); latest, verify and find find nothing (exit 1)', () => {
    mkdirSync(join(dir, 'empty'));
    const list = cli(['list', '--json', '--dir', 'empty'], dir);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    expect(cli(['list', '--dir', 'empty'], dir).stdout).toBe('no releases in empty\n');
    expect(cli(['latest', '--dir', 'empty'], dir).code).toBe(1);
    expect(cli(['verify', '--dir', 'empty'], dir).code).toBe(1);
    expect(cli(['find', 'a'.repeat(64), '--dir', 'empty'], dir).code).toBe(1);
  });
});
