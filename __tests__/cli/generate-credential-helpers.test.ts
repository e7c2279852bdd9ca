import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { CLI, NODES, tempDir, type Run } from '../helpers/cli.js';
import { dockerConfigDir, helperBin, type HelperBin } from '../helpers/credential-helpers.js';
import type { PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistries } from '../helpers/registry-suite.js';

// The built CLI pinning images from registries whose credentials only a Docker credential helper
// (a script on PATH) holds, as on a developer's machine or a self-hosted runner.
const support = registryTests('CLI helper');
const suite = support.suite;

let basic: Registry;
let token: Registry;
let basicImage: PushedManifest;
let tokenImage: PushedManifest;
let bin: HelperBin;
useRegistries([{ auth: 'htpasswd' }, { auth: 'token' }], async (started) => {
  [basic, token] = started;
  [basicImage, tokenImage] = await Promise.all([
    basic.pushImage('acme/app', '1.0.0'),
    token.pushImage('acme/sidecar', '2.1'),
  ]);
  bin = helperBin();
});
afterAll(() => {
  bin?.cleanup();
});

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  if (!support.available) return;
  ({ dir, cleanup } = tempDir('rt-cli-helpers-'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    `services:\n  app:\n    image: ${basic.host}/acme/app:latest\n  sidecar:\n    image: ${token.host}/acme/sidecar:2.1\n`,
  );
});
afterEach(() => {
  if (support.available) cleanup();
});

/**
 * `generate v1.0.0`, with only the helpers' config and PATH to find credentials. Spawned
 * asynchronously: the token registry's token server answers from this process.
 */
function generate(
  config: unknown,
  node = process.execPath,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const dockerConfig = dockerConfigDir(dir, 'docker', config);
  return new Promise((resolve, reject) => {
    const child = spawn(node, [CLI, 'generate', 'v1.0.0', `app=${basic.host}/acme/app`], {
      cwd: dir,
      env: { PATH: bin.path, HOME: process.env['HOME'], DOCKER_CONFIG: dockerConfig, ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

suite('generate with credential helpers', () => {
  it.each(NODES)(
    'pins from both registries with credsStore and credHelpers, on %s',
    async (node) => {
      bin.answering('cli-basic', basic.username, basic.password);
      bin.answering('cli-token', '<token>', token.identityToken);
      const run = await generate(
        { credsStore: 'cli-basic', credHelpers: { [token.host]: 'cli-token' } },
        node,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readFileSync(join(dir, 'releases/v1.0.0-docker-compose.yml'), 'utf8')).toBe(
        `services:\n  app:\n    image: ${basic.host}/acme/app:1.0.0@${basicImage.digest}\n  sidecar:\n    image: ${token.host}/acme/sidecar:2.1@${tokenImage.digest}\n`,
      );
      for (const secret of [basic.password, token.identityToken]) {
        expect(run.stdout + run.stderr).not.toContain(secret);
      }
    },
  );

  it('fails naming the helper and the registry, writing nothing', async () => {
    bin.write('cli-broken', `echo 'error getting credentials: keychain locked'; exit 1`);
    bin.answering('cli-token', '<token>', token.identityToken);
    const run = await generate({
      credsStore: 'cli-token',
      credHelpers: { [basic.host]: 'cli-broken' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `cannot get credentials for ${basic.host} from docker-credential-cli-broken (credHelpers in ${join(dir, 'docker', 'config.json')}): it exited with code 1: error getting credentials: keychain locked`,
    );
    expect(existsSync(join(dir, 'releases'))).toBe(false);
  });

  it('fails naming a helper that is not installed', async () => {
    const run = await generate({ credsStore: 'absent' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `cannot get credentials for ${basic.host} from docker-credential-absent (credsStore in ${join(dir, 'docker', 'config.json')}): it is not on PATH`,
    );
  });

  it('does not print a secret the registry refuses', async () => {
    const wrong = 'refused-secret-from-helper';
    bin.answering('cli-wrong', basic.username, wrong);
    const run = await generate({ credsStore: 'cli-wrong' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `unauthorized: ${basic.host}/acme/app:1.0.0 (credentials for ${basic.host} come from docker-credential-cli-wrong: check its login)`,
    );
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });

  it('gives up on a helper that never answers, and exits', async () => {
    // The helper outlives the time limit (30 s, shortened here as the tests' knob allows); the CLI
    // must not wait for it to end.
    bin.write('cli-stuck', 'exec sleep 45');
    const started = Date.now();
    const run = await generate({ credsStore: 'cli-stuck' }, process.execPath, {
      RELEASE_TRACKER_REQUEST_TIMEOUT_MS: '1500',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `cannot get credentials for ${basic.host} from docker-credential-cli-stuck (credsStore in ${join(dir, 'docker', 'config.json')}): no answer within 1.5s`,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);
});
