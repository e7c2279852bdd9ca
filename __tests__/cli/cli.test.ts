import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, digestOf, NODES, ROOT, tempDir } from '../helpers/cli.js';

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

const COMPOSE = `# test project
services:
  app:
    build: .
    image: ghcr.io/acme/app:latest
    environment:
      TOKEN: \${TOKEN}
  proxy:
    image: 'nginx:1.27@${digestOf(11)}'
`;

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-cli-'));
  writeFileSync(join(dir, 'docker-compose.yml'), COMPOSE);
});
afterEach(() => cleanup());

const env = { SOURCE_DATE_EPOCH: '1767225600' };

function generate(version: string, digest: string, ...extra: string[]) {
  return cli(
    ['generate', version, `app=ghcr.io/acme/app@${digest}`, '--offline', ...extra],
    dir,
    env,
  );
}

function releaseFiles(prefix: string) {
  const at = (name: string) => join(dir, 'releases', `${prefix}-${name}`);
  return {
    info: JSON.parse(readFileSync(at('release-info.json'), 'utf8')),
    app: readFileSync(at('app-compose.json')),
    compose: readFileSync(at('docker-compose.yml'), 'utf8'),
    at,
  };
}

describe.each(NODES)('release-tracker CLI on %s', (node) => {
  it('generates the three files offline, pinned and hashed', () => {
    const run = cli(
      ['generate', 'v1.0.0', `app=ghcr.io/acme/app@${digestOf(1)}`, '--offline'],
      dir,
      env,
      node,
    );
    // Offline, nothing can confirm that the registry serves 1.0.0 at that digest: latest stays.
    expect(run.stderr).toBe(
      `warning: service "app" keeps tag "latest": whether the registry serves ghcr.io/acme/app as "1.0.0" or "v1.0.0" at ${digestOf(1)} was not checked (offline)\n`,
    );
    expect(run.code).toBe(0);
    const { info, app, compose } = releaseFiles('v1.0.0');
    expect(info.schema).toBe('release-tracker/release-info@1');
    expect(info.version).toBe('1.0.0');
    expect(info.tag).toBe('v1.0.0');
    expect(info.created_at).toBe('2026-01-01T00:00:00Z');
    expect(info.workflow).toBeNull();
    expect(info.compose_hash).toBe(sha256(app));
    expect(info.files.app_compose).toEqual({
      path: 'releases/v1.0.0-app-compose.json',
      sha256: sha256(app),
    });
    expect(info.files.docker_compose.sha256).toBe(sha256(compose));
    expect(compose).toBe(
      COMPOSE.replace('    build: .\n', '').replace(
        'ghcr.io/acme/app:latest',
        `ghcr.io/acme/app:latest@${digestOf(1)}`,
      ),
    );
    expect(JSON.parse(app.toString()).docker_compose_file).toBe(compose);
    expect(info.images).toEqual([
      {
        service: 'app',
        repository: 'ghcr.io/acme/app',
        tag: 'latest',
        digest: digestOf(1),
        reference: `ghcr.io/acme/app:latest@${digestOf(1)}`,
        platforms: [],
        source: 'reference',
      },
      {
        service: 'proxy',
        repository: 'docker.io/library/nginx',
        tag: '1.27',
        digest: digestOf(11),
        reference: `nginx:1.27@${digestOf(11)}`,
        platforms: [],
        source: 'reference',
      },
    ]);
    expect(run.stdout).toContain(info.compose_hash);
  });
});

describe('generate', () => {
  it('gives byte-identical app-compose and compose files for the same inputs', () => {
    expect(generate('1.0.0', digestOf(1)).code).toBe(0);
    const first = releaseFiles('v1.0.0');
    expect(
      cli(['generate', '1.0.0', `app=ghcr.io/acme/app@${digestOf(1)}`, '--offline'], dir, {}).code,
    ).toBe(0);
    const second = releaseFiles('v1.0.0');
    expect(second.app.equals(first.app)).toBe(true);
    expect(second.compose).toBe(first.compose);
  });

  it('reads digests from buildx metadata', () => {
    const metadata = {
      'containerimage.digest': digestOf(7),
      'image.name': 'ghcr.io/acme/app:v2.0.0,ghcr.io/acme/app:latest',
    };
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify(metadata));
    const run = cli(['generate', 'v2.0.0', '--metadata', 'metadata.json', '--offline'], dir, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { info, compose } = releaseFiles('v2.0.0');
    expect(info.images[0]).toMatchObject({
      service: 'app',
      digest: digestOf(7),
      source: 'buildx-metadata',
      tag: 'v2.0.0',
    });
    // The version tag as the build pushed it, never a spelling nobody pushed.
    expect(compose).toContain(`image: ghcr.io/acme/app:v2.0.0@${digestOf(7)}`);
    expect(compose).not.toContain('build:');
  });

  it('reproduces the real attested vector 2 from its settings and compose text', () => {
    const vector = readFileSync(
      join(ROOT, '__tests__/fixtures/dstack/vector2-tee-solver-app-compose.json'),
    );
    const doc = JSON.parse(vector.toString());
    writeFileSync(join(dir, 'compose.yaml'), doc.docker_compose_file);
    delete doc.docker_compose_file;
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(doc));
    unlinkSync(join(dir, 'docker-compose.yml'));
    const run = cli(
      ['generate', 'v1.0.0', '--app-compose-template', 'settings.json', '--offline'],
      dir,
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { app, info } = releaseFiles('v1.0.0');
    expect(app.equals(vector)).toBe(true);
    expect(info.compose_hash).toBe(
      '12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7',
    );
  });

  it.each([
    [
      'a tag that is not SemVer',
      ['generate', 'v1.0', `app=ghcr.io/acme/app@${digestOf(1)}`],
      /^error: version: "v1\.0" is not a SemVer/,
    ],
    [
      'a tag with a slash',
      ['generate', 'v1.0.0/x', `app=ghcr.io/acme/app@${digestOf(1)}`],
      /must not contain/,
    ],
    [
      'an uppercase repository',
      ['generate', 'v1.0.0', `app=ghcr.io/Acme/app@${digestOf(1)}`],
      /^error: image argument: .*Acme/,
    ],
    [
      'a bad digest',
      ['generate', 'v1.0.0', 'app=ghcr.io/acme/app@sha256:ABC'],
      /^error: image argument: .*sha256:ABC/,
    ],
    [
      'a service that does not exist',
      ['generate', 'v1.0.0', `web=ghcr.io/acme/app@${digestOf(1)}`],
      /^error: image argument: service "web"/,
    ],
    [
      'an image with no digest offline',
      ['generate', 'v1.0.0', 'app=ghcr.io/acme/app:v1.0.0'],
      /^error: --offline: cannot pin ghcr\.io\/acme\/app:v1\.0\.0 .*or run without --offline$/m,
    ],
    [
      'a missing compose file',
      ['generate', 'v1.0.0', '--compose', 'nope.yml'],
      /--compose.*nope\.yml/,
    ],
    [
      'metadata that is not JSON',
      ['generate', 'v1.0.0', '--metadata', '{not json'],
      /^error: --metadata: /,
    ],
  ])('refuses %s with exit 2 and writes nothing', (_name, args, message) => {
    const run = cli([...args, '--offline'], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'releases'))).toBe(false);
  });

  it('leaves an interpolated image as written with --no-pin-all, and names --no-pin-all without it', () => {
    writeFileSync(
      join(dir, 'docker-compose.yml'),
      `${COMPOSE}  side:\n    image: \${REGISTRY}/side:\${TAG}\n`,
    );
    const args = ['generate', 'v1.0.0', `app=ghcr.io/acme/app@${digestOf(1)}`, '--offline'];
    const refused = cli(args, dir, env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^error: --no-pin-all: service "side" .* or pass --no-pin-all$/m,
    );
    expect(refused.stderr).not.toMatch(/pin-all-images/);
    const run = cli([...args, '--no-pin-all'], dir, env);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: service "side" keeps an unpinned image \(--no-pin-all\)/);
    expect(releaseFiles('v1.0.0').compose).toContain('    image: ${REGISTRY}/side:${TAG}\n');
  });

  it('refuses a --dir outside the directory it records paths from', () => {
    const run = cli(
      [
        'generate',
        'v1.0.0',
        `app=ghcr.io/acme/app@${digestOf(1)}`,
        '--offline',
        '--dir',
        '../elsewhere',
      ],
      dir,
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--dir: \.\.\/elsewhere is outside/);
  });

  it('refuses an invalid app-compose template, naming it', () => {
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({ manifest_version: 2, runner: 'docker-compose', allowed_envs: ['1BAD'] }),
    );
    const run = cli(
      [
        'generate',
        'v1.0.0',
        `app=ghcr.io/acme/app@${digestOf(1)}`,
        '--app-compose-template',
        't.json',
        '--offline',
      ],
      dir,
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--app-compose-template.*1BAD/);
    expect(existsSync(join(dir, 'releases'))).toBe(false);
  });
});

describe('queries', () => {
  const versions = ['1.0.0', '1.10.0', '1.2.0', '2.0.0-rc.1', '2.0.0-alpha', '1.2.0-beta'];
  beforeEach(() => {
    versions.forEach((v, i) => expect(generate(v, digestOf(i + 20)).code).toBe(0));
  });

  it('lists newest first by SemVer precedence', () => {
    const run = cli(['list', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((r: { version: string }) => r.version)).toEqual([
      '2.0.0-rc.1',
      '2.0.0-alpha',
      '1.10.0',
      '1.2.0',
      '1.2.0-beta',
      '1.0.0',
    ]);
    const text = cli(['list'], dir).stdout.split('\n');
    expect(text[0]).toMatch(/^VERSION\s+DATE\s+IMAGES\s+COMPOSE HASH$/);
    expect(text[1]).toMatch(/^2\.0\.0-rc\.1\s+2026-01-01T00:00:00Z\s+2\s+[0-9a-f]{64}$/);
  });

  it('latest skips pre-releases', () => {
    const run = cli(['latest', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe('1.10.0');
  });

  it('info and images accept 1.0.0 and v1.0.0', () => {
    const a = cli(['info', '1.2.0', '--json'], dir);
    const b = cli(['info', 'v1.2.0', '--json'], dir);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const images = JSON.parse(cli(['images', 'v1.2.0', '--json'], dir).stdout);
    expect(images[0].digest).toBe(digestOf(22));
    expect(cli(['images', 'v1.2.0'], dir).stdout).toContain(digestOf(22));
  });

  it('verify passes clean files and catches each tampered one (exit 1)', () => {
    expect(cli(['verify'], dir).code).toBe(0);
    const { at } = releaseFiles('v1.2.0');
    writeFileSync(
      at('app-compose.json'),
      Buffer.concat([readFileSync(at('app-compose.json')), Buffer.from('\n')]),
    );
    const run = cli(['verify'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL\s+v1\.2\.0/);
    expect(run.stdout).toMatch(/ok\s+v1\.0\.0/);
    expect(cli(['verify', '1.0.0'], dir).code).toBe(0);
    expect(cli(['app-compose', 'v1.2.0'], dir).code).toBe(1);
    expect(cli(['app-compose', 'v1.0.0'], dir).code).toBe(0);

    const other = releaseFiles('v1.10.0');
    writeFileSync(other.at('docker-compose.yml'), other.compose.replace('nginx', 'nginx '));
    expect(cli(['verify', 'v1.10.0'], dir).code).toBe(1);
  });

  it("verify fails a record that points at another release's files", () => {
    const { at, info } = releaseFiles('v1.10.0');
    const other = releaseFiles('v1.0.0').info;
    writeFileSync(
      at('release-info.json'),
      JSON.stringify({ ...other, version: '1.10.0', tag: 'v1.10.0' }, null, 2) + '\n',
    );
    writeFileSync(at('app-compose.json'), '{"evil":1}');
    const run = cli(['verify', 'v1.10.0'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/names releases\/v1\.0\.0-app-compose\.json as its file/);
    expect(cli(['app-compose', 'v1.10.0'], dir).code).toBe(1);
    expect(info.version).toBe('1.10.0');
  });

  it('verify fails a record that breaks the schema', () => {
    const { at, info } = releaseFiles('v1.0.0');
    writeFileSync(at('release-info.json'), JSON.stringify({ ...info, compose_hash: 'nope' }));
    const run = cli(['verify', 'v1.0.0', '--json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.stringify(JSON.parse(run.stdout))).toMatch(/compose_hash/);
  });

  it('diff reports re-pinned images and the compose hash', () => {
    const run = cli(['diff', 'v1.0.0', 'v1.10.0', '--json'], dir);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout);
    expect(diff.repinned.map((c: { service: string }) => c.service)).toEqual(['app']);
    expect(diff.repinned[0].from.digest).toBe(digestOf(20));
    expect(diff.repinned[0].to.digest).toBe(digestOf(21));
    expect(diff.unchanged).toEqual(['proxy']);
    expect(diff.compose_hash.changed).toBe(true);
    expect(cli(['diff', 'v1.0.0', 'v1.10.0'], dir).stdout).toMatch(/re-pinned\s+app/);
  });

  it('find maps a compose hash or image digest back to its release', () => {
    const { info } = releaseFiles('v1.2.0');
    const byHash = cli(['find', info.compose_hash, '--json'], dir);
    expect(byHash.code).toBe(0);
    expect(JSON.parse(byHash.stdout)).toEqual([
      { version: '1.2.0', kind: 'compose_hash', what: 'compose hash' },
    ]);
    const byDigest = JSON.parse(cli(['find', digestOf(22), '--json'], dir).stdout);
    expect(byDigest[0]).toMatchObject({ version: '1.2.0', kind: 'image', service: 'app' });
    expect(cli(['find', 'f'.repeat(64)], dir).code).toBe(1);
    expect(cli(['find', 'xyz'], dir).code).toBe(2);
  });

  // The record's own hashes prove the files, not its images: an edited image must still fail.
  it('verify fails a record whose image is not the one its pinned compose file runs, naming it', () => {
    const { at, info } = releaseFiles('v1.2.0');
    const invented = `sha256:${'e'.repeat(64)}`;
    const edit = (images: unknown): void =>
      writeFileSync(at('release-info.json'), `${JSON.stringify({ ...info, images }, null, 2)}\n`);
    const [app, ...rest] = info.images as { reference: string; digest: string }[];
    edit([{ ...app, digest: invented }, ...rest]);
    const run = cli(['verify', 'v1.2.0'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `record: image of service "app" (ghcr.io/acme/app) records digest ${invented}, but its reference "ghcr.io/acme/app:latest@${digestOf(22)}" pins ${digestOf(22)}`,
    );
    // The reference edited along with it: not the image the pinned file gives the service.
    edit([{ ...app, digest: invented, reference: `ghcr.io/acme/app:latest@${invented}` }, ...rest]);
    expect(cli(['verify', 'v1.2.0'], dir).stdout).toContain(
      `record: image of service "app" is recorded as "ghcr.io/acme/app:latest@${invented}", but releases/v1.2.0-docker-compose.yml gives it "ghcr.io/acme/app:latest@${digestOf(22)}"`,
    );
    // An image left out of the record that the file pins is named too.
    edit(rest);
    expect(cli(['verify', 'v1.2.0'], dir).stdout).toContain(
      `releases/v1.2.0-docker-compose.yml: service "app" runs "ghcr.io/acme/app:latest@${digestOf(22)}", pinned to a digest, which the record does not list`,
    );
    expect(cli(['verify', 'v1.0.0'], dir).code).toBe(0);
  });

  it('find does not map an invented digest to the release whose record was edited', () => {
    const { at, info } = releaseFiles('v1.2.0');
    const invented = `sha256:${'e'.repeat(64)}`;
    const [app, ...rest] = info.images as { digest: string }[];
    writeFileSync(
      at('release-info.json'),
      `${JSON.stringify({ ...info, images: [{ ...app, digest: invented }, ...rest] }, null, 2)}\n`,
    );
    const run = cli(['find', invented, '--json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toMatch(
      /^warning: skipped releases\/v1\.2\.0-release-info\.json: it does not match its files \(record: image of service "app" \(ghcr\.io\/acme\/app\) records digest sha256:e{64}, but its reference .* pins sha256:2{64}\)\n/,
    );
    // The other releases still answer.
    expect(cli(['find', digestOf(21).slice(7)], dir).code).toBe(0);
  });

  it('compose prints the pinned file path', () => {
    const run = cli(['compose', 'v1.0.0'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(join('releases', 'v1.0.0-docker-compose.yml'));
  });
});

describe('compose-hash', () => {
  it.each([
    [
      'vector1-near-tee-rng-app-compose.json',
      '17285b1c7797e193c3e876621e9755cc0c07ee31225638978d55bb2d50f8f5f5',
      true,
    ],
    [
      'vector2-tee-solver-app-compose.json',
      '12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7',
      true,
    ],
    [
      'vector4-dstack-simulator-app-compose.json',
      '65b4e574f16973956908b6359920593c3b7d9f36f38e81a47f996a0c0d5435bb',
      false,
    ],
  ])('%s', (file, hash, canonical) => {
    const run = cli(['compose-hash', join(ROOT, '__tests__/fixtures/dstack', file), '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ compose_hash: hash, canonical });
  });
});

describe('usage', () => {
  it.each([
    [['nope']],
    [['info']],
    [['diff', 'v1.0.0']],
    [['list', '--bogus']],
    [['info', 'not-a-version']],
    [['list', '--compose', 'x']],
  ])('%j exits 2', (args) => {
    mkdirSync(join(dir, 'releases'), { recursive: true });
    const run = cli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: /);
  });

  it('a directory with no releases yet: list is empty, latest and verify fail (exit 1)', () => {
    mkdirSync(join(dir, 'releases'));
    const list = cli(['list', '--json'], dir);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    expect(cli(['latest'], dir).code).toBe(1);
    expect(cli(['verify'], dir).code).toBe(1);
    expect(cli(['find', 'a'.repeat(64)], dir).code).toBe(1);
  });

  it('a release that is not there exits 1', () => {
    mkdirSync(join(dir, 'releases'));
    expect(cli(['info', 'v9.9.9'], dir).code).toBe(1);
  });

  it('--help shows examples and exit codes; --version the version', () => {
    const help = cli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes:/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(cli(['--version'], dir).stdout.trim()).toBe(pkg.version);
  });
});
