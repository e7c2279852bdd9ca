import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cli, digestOf, ROOT, tempDir } from '../helpers/cli.js';
import { dockerConfigDir } from '../helpers/credential-helpers.js';
import { readmeWorkflow } from '../helpers/readme.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';
import { unusedPort, type PushedIndex, type Registry } from '../helpers/registry-server.js';

// `release-tracker verify --registry` through the built CLI, against a real registry (distribution
// with deletes enabled) whose manifests are deleted as a retention policy would.
const { suite } = registryTests('verify --registry');

/** Retries after milliseconds, so the unreachable cases take no seconds. */
const FAST = { RELEASE_TRACKER_RETRY_BASE_MS: '5' };

suite('verify --registry', () => {
  let registry: Registry;
  let v1: PushedIndex;
  let v2: PushedIndex;
  let dir: string;
  let cleanup: () => void;
  let env: NodeJS.ProcessEnv;

  const generate = (version: string): void => {
    const run = cli(['generate', version, `app=${registry.host}/acme/app:${version}`], dir, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  };

  useRegistry({ auth: 'htpasswd' }, async (started) => {
    registry = started;
    env = { DOCKER_CONFIG: registry.dockerConfig, ...FAST };
    v1 = await registry.pushIndex('acme/app', 'v1.0.0');
    v2 = await registry.pushIndex('acme/app', 'v2.0.0');
    await registry.pushImage('library/nginx', '1.27', { format: 'docker' });
    ({ dir, cleanup } = tempDir('rt-verify-registry-'));
    writeFileSync(
      join(dir, 'docker-compose.yml'),
      `services:\n  app:\n    build: .\n    image: ${registry.host}/acme/app:latest\n  proxy:\n    image: ${registry.host}/library/nginx:1.27\n`,
    );
    generate('v1.0.0');
    generate('v2.0.0');
  });
  afterAll(() => cleanup?.());

  const repo = () => `${registry.host}/acme/app`;
  const expectNothingClaimedGone = (stdout: string): void => {
    expect(stdout).toContain(
      'could not be checked; that says nothing about whether they are deleted',
    );
    expect(stdout).not.toContain('GONE');
    expect(stdout).not.toContain('no longer served');
  };

  it('says every recorded digest is still served, with progress on stderr', () => {
    const run = cli(['verify', '--registry'], dir, env);
    expect(run.code).toBe(0);
    // Per release: the index, its two platforms, and nginx; nginx is asked about once.
    expect(run.stdout).toContain('registry: all 8 recorded digest(s) still served');
    expect(run.stderr).toContain('registry: asking 1 registry about 7 digest(s) of 2 release(s)');
    expect(run.stderr).toContain(`registry: [7/7] `);
    expect(run.stderr).toContain(`${repo()}@${v1.digest} served`);
    expect(run.stderr).not.toContain('GONE');

    const json = JSON.parse(cli(['verify', '--registry', '--json'], dir, env).stdout);
    expect(json.ok).toBe(true);
    expect(json.registry).toEqual({ ok: true, checked: 8, lookups: 7, gone: [], notChecked: [] });
  });

  it('asks nothing without --registry', () => {
    const run = cli(['verify'], dir, { ...env, DOCKER_CONFIG: '/nonexistent' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('registry');
  });

  it('fails, without claiming anything deleted, when the registry cannot be reached', async () => {
    // A release recorded offline for a registry on a port nothing listens on.
    const host = `127.0.0.1:${await unusedPort()}`;
    const other = tempDir('rt-verify-unreachable-');
    try {
      writeFileSync(
        join(other.dir, 'docker-compose.yml'),
        `services:\n  app:\n    image: ${host}/acme/app\n`,
      );
      const made = cli(
        ['generate', 'v1.0.0', `app=${host}/acme/app:1@${digestOf(1)}`, '--offline'],
        other.dir,
      );
      expect(made.code).toBe(0);
      const run = cli(['verify', '--registry'], other.dir, FAST);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `NOT CHECKED  v1.0.0 app ${host}/acme/app@${digestOf(1)}: ${host} unreachable for ${host}/acme/app@${digestOf(1)}: connect ECONNREFUSED ${host}\n`,
      );
      expectNothingClaimedGone(run.stdout);
      const json = JSON.parse(cli(['verify', '--registry', '--json'], other.dir, FAST).stdout);
      expect(json.ok).toBe(false);
      expect(json.releases).toEqual([{ version: '1.0.0', ok: true, problems: [] }]);
      expect(json.registry).toMatchObject({ ok: false, checked: 1, gone: [] });
      expect(json.registry.notChecked).toHaveLength(1);
    } finally {
      other.cleanup();
    }
  });

  it('fails, without claiming anything deleted, when the credentials are refused', () => {
    const wrong = dockerConfigDir(dir, 'wrong-password', {
      auths: {
        [registry.host]: { auth: Buffer.from(`${registry.username}:wrong`).toString('base64') },
      },
    });
    const run = cli(['verify', '--registry'], dir, { ...FAST, DOCKER_CONFIG: wrong });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `NOT CHECKED  v1.0.0 app ${repo()}@${v1.digest}: unauthorized: ${repo()}@${v1.digest} (log in with docker/login-action or check DOCKER_CONFIG)\n`,
    );
    expect(run.stdout).toContain('registry: 8 of 8 recorded digest(s) could not be checked');
    expectNothingClaimedGone(run.stdout);
  });

  it('lists each digest the registry deleted, with its release, service and repository', async () => {
    const arm64 = v1.platforms.find((p) => p.platform === 'linux/arm64/v8');
    if (arm64 === undefined) throw new Error('the index has no linux/arm64/v8 manifest');
    await registry.deleteManifest('acme/app', arm64.digest);
    await registry.deleteManifest('acme/app', v2.digest);
    // What a pull would see now.
    expect(
      (
        await fetch(`${registry.url}/v2/acme/app/manifests/${v2.digest}`, {
          method: 'HEAD',
          headers: {
            Authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
          },
        })
      ).status,
    ).toBe(404);

    const run = cli(['verify', '--registry'], dir, env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `GONE  v1.0.0 app ${repo()}@${arm64.digest} (linux/arm64/v8 manifest)\n`,
    );
    expect(run.stdout).toContain(`GONE  v2.0.0 app ${repo()}@${v2.digest}\n`);
    expect(run.stdout).toContain('registry: 2 of 8 recorded digest(s) no longer served');
    expect(run.stdout).not.toContain('NOT CHECKED');
    // The files themselves still verify: only the registry check fails.
    expect(run.stdout).toContain('ok    v2.0.0\nok    v1.0.0\n2 release(s) verified');
    expect(run.stderr).toContain(`${repo()}@${v2.digest} GONE`);

    const json = JSON.parse(cli(['verify', '--registry', '--json'], dir, env).stdout);
    expect(json.ok).toBe(false);
    expect(json.registry.gone).toEqual([
      // Newest release first, as verify lists them.
      { version: '2.0.0', service: 'app', repository: repo(), digest: v2.digest, platform: null },
      {
        version: '1.0.0',
        service: 'app',
        repository: repo(),
        digest: arm64.digest,
        platform: 'linux/arm64/v8',
      },
    ]);
    expect(json.registry.notChecked).toEqual([]);

    // One release named: only its digests are asked about.
    const one = cli(['verify', 'v2.0.0', '--registry'], dir, env);
    expect(one.code).toBe(1);
    expect(one.stdout).not.toContain('v1.0.0');

    // As the README's scheduled workflow runs it: its step's script, in the checked-out repository,
    // with this repository checked out beside it at .release-tracker.
    const step = Object.values(readmeWorkflow('Watch production').jobs)
      .flatMap((job) => job.steps)
      .find((s) => s.run?.includes('verify --registry'));
    symlinkSync(ROOT, join(dir, '.release-tracker'));
    const scheduled = spawnSync('bash', ['-e', '-c', step?.run ?? 'false'], {
      cwd: dir,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(scheduled.status).toBe(1);
    expect(scheduled.stdout).toContain(`GONE  v2.0.0 app ${repo()}@${v2.digest}\n`);
    expect(scheduled.stdout).toContain(
      `GONE  v1.0.0 app ${repo()}@${arm64.digest} (linux/arm64/v8 manifest)\n`,
    );
  });
});
