// The CLI as a user installs it: `npm pack`, the tarball installed into an empty folder, and the
// installed `release-tracker` bin run from a project that is not this checkout.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOf, NODES, ROOT, tempDir } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

// npm as a user's shell runs it: none of the npm_* variables `npm test` sets (its prefix among them).
const ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
) as NodeJS.ProcessEnv;

function npm(args: string[], cwd: string) {
  const result = spawnSync('npm', args, { cwd, env: ENV, encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed:\n${result.stderr}\n${result.stdout}`);
  }
  return result.stdout;
}

let root: string;
let cleanup: () => void;
let tarball: string;
let bin: string;
let installed: string;
let folder: string;

beforeAll(() => {
  ({ dir: root, cleanup } = tempDir('rt-package-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', root], ROOT)) as [
    { filename: string },
  ];
  tarball = join(root, packed.filename);
  folder = join(root, 'install');
  mkdirSync(folder);
  // Its own package.json, so npm installs here and not into a project further up.
  writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
  npm(['install', '--no-audit', '--no-fund', tarball], folder);
  installed = join(folder, 'node_modules/release-tracker');
  bin = join(folder, 'node_modules/.bin/release-tracker');
}, 300_000);
afterAll(() => cleanup());

describe('the packed package', () => {
  it('holds the CLI bundle, the schema, the licenses and the docs, nothing else', () => {
    const [listing] = JSON.parse(npm(['pack', '--dry-run', '--json'], ROOT)) as [
      { files: { path: string }[] },
    ];
    // The CLI is its entry and the chunks its commands load on demand: every file of dist/cli.
    const cli = readdirSync(join(ROOT, 'dist/cli')).map((f) => `dist/cli/${f}`);
    expect(cli).toContain('dist/cli/index.js');
    expect(cli.filter((f) => f.endsWith('.index.js')).length).toBeGreaterThan(0);
    expect(listing.files.map((f) => f.path).sort()).toEqual(
      [
        'LICENSE',
        'README.md',
        ...cli,
        'dist/licenses.txt',
        'package.json',
        'schema/release-info.schema.json',
      ].sort(),
    );
    expect(tarball).toMatch(new RegExp(`release-tracker-${pkg.version}\\.tgz$`));
    for (const file of cli) {
      expect(readFileSync(join(installed, file))).toEqual(readFileSync(join(ROOT, file)));
    }
  });

  it('installs nothing but itself: the bundle carries its dependencies', () => {
    const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      expect(packed[field]).toBeUndefined();
    }
    expect(readdirSync(join(folder, 'node_modules')).sort()).toEqual([
      '.bin',
      '.package-lock.json',
      'release-tracker',
    ]);
    const lock = JSON.parse(
      readFileSync(join(folder, 'node_modules/.package-lock.json'), 'utf8'),
    ) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages)).toEqual(['node_modules/release-tracker']);
  });

  describe.each(NODES)('installed, run on %s', (node) => {
    // The bin is a `#!/usr/bin/env node` script: the node first on PATH runs it.
    const run = (args: string[], cwd: string) => {
      const result = spawnSync(bin, args, {
        cwd,
        env: {
          PATH: `${dirname(node)}${delimiter}${process.env['PATH']}`,
          HOME: process.env['HOME'],
        },
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };

    it('answers --help and --version', () => {
      const help = run(['--help'], root);
      expect(help.stderr).toBe('');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^release-tracker /);
      expect(help.stdout).toContain('generate <version>');
      const version = run(['--version'], root);
      expect(version.code).toBe(0);
      expect(version.stdout.trim()).toBe(pkg.version);
    });

    it("verifies near/mpc's quote with its embedded collateral: the WebAssembly verifier loads from the package", () => {
      const { dir: project, cleanup: remove } = tempDir('rt-package-attest-');
      try {
        mkdirSync(join(project, 'releases'));
        const document = join(ROOT, '__tests__/fixtures/dstack-attest/near-mpc/public_data.json');
        const result = run(
          ['attest', document, '--at', '1786622400', '--offline', '--json'],
          project,
        );
        // No release records it here: every link but the last holds.
        expect(result.stderr).toBe('');
        const report = JSON.parse(result.stdout) as {
          checks: { name: string; ok: boolean }[];
          tcb_status: string;
        };
        expect(report.tcb_status).toBe('UpToDate');
        expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['release']);
        expect(report.checks.find((c) => c.name === 'quote-signature')?.ok).toBe(true);
      } finally {
        remove();
      }
    });

    it('generates a release offline and verifies it', () => {
      const { dir: project, cleanup: remove } = tempDir('rt-package-project-');
      try {
        copyFileSync(
          join(ROOT, 'examples/acme-app/docker-compose.yml'),
          join(project, 'docker-compose.yml'),
        );
        const digest = digestOf('ab');
        const generate = run(
          ['generate', 'v1.0.0', `app=ghcr.io/acme/app:v1.0.0@${digest}`, '--offline'],
          project,
        );
        expect(generate.stderr).toBe('');
        expect(generate.code).toBe(0);
        const info = JSON.parse(
          readFileSync(join(project, 'releases/v1.0.0-release-info.json'), 'utf8'),
        );
        const appCompose = readFileSync(join(project, 'releases/v1.0.0-app-compose.json'));
        expect(info.compose_hash).toBe(createHash('sha256').update(appCompose).digest('hex'));
        expect(readFileSync(join(project, 'releases/v1.0.0-docker-compose.yml'), 'utf8')).toContain(
          `image: ghcr.io/acme/app:v1.0.0@${digest}`,
        );
        const verify = run(['verify', '--json'], project);
        expect(verify.code).toBe(0);
        expect(existsSync(join(project, 'releases/v1.0.0-app-compose.json'))).toBe(true);
      } finally {
        remove();
      }
    });
  });
});
