import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { cli, tempDir } from '../helpers/cli.js';
import { readCase } from '../helpers/real-world.js';
import type { PushedIndex, PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

// What the bundled action records, run as the runner runs it (dry run: the remote steps have
// their own tests), against a real registry on loopback: the same tag rules as the CLI.
const support = registryTests('action record-rule');
const suite = support.suite;

let registry: Registry;
let host: string;
let appV1: PushedIndex;
let appV11: PushedManifest;
let pihole: PushedManifest;
let chatwoot: PushedManifest;
let nginx: PushedManifest;
useRegistry({ auth: 'htpasswd' }, async (started) => {
  registry = started;
  host = registry.host;
  appV1 = await registry.pushIndex('acme/app', 'v1.0.0');
  appV11 = await registry.pushImage('acme/app', 'v1.1.0');
  pihole = await registry.pushImage('pihole/pihole', 'latest');
  chatwoot = await registry.pushImage('chatwoot/chatwoot', 'latest');
  nginx = await registry.pushImage('library/nginx', '1.31.3-alpine');
});

let workspace: string;
let cleanup: () => void;
beforeEach(() => {
  if (!support.available) return;
  const tmp = tempDir('rt-action-rules-');
  cleanup = tmp.cleanup;
  workspace = join(tmp.dir, 'workspace');
  mkdirSync(workspace);
});
afterEach(() => {
  if (support.available) cleanup();
});

const APP = () => `services:\n  app:\n    build: .\n    image: ${host}/acme/app:latest\n`;

function run(compose: string, inputs: Record<string, string>): Promise<ActionRun> {
  writeFileSync(join(workspace, 'docker-compose.yml'), compose);
  return runAction(
    undefined,
    workspace,
    { 'dry-run': 'true', 'upload-artifact': 'false', ...inputs },
    { env: { DOCKER_CONFIG: registry.dockerConfig } },
  );
}

interface RecordedImage {
  service: string;
  tag: string | null;
  digest: string;
  reference: string;
  source: string;
  platforms: unknown[];
}

function recorded(prefix = 'v1.0.0'): RecordedImage[] {
  const text = readFileSync(join(workspace, 'releases', `${prefix}-release-info.json`), 'utf8');
  return (JSON.parse(text) as { images: RecordedImage[] }).images;
}

const warnings = (r: ActionRun): string[] =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith('::warning::'))
    .map((l) => l.slice('::warning::'.length));
const errors = (r: ActionRun): string[] =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .map((l) => l.slice('::error::'.length));

suite('the bundled action: tags are never invented', () => {
  it('metadata of another build does not pin this tag: the registry decides', async () => {
    const metadata = JSON.stringify({
      'containerimage.digest': appV11.digest,
      'image.name': `${host}/acme/app:v1.1.0`,
    });
    const ok = await run(APP(), {
      tag: 'v1.0.0',
      images: `app=${host}/acme/app:v1.0.0`,
      metadata,
    });
    expect(ok.code, ok.stdout).toBe(0);
    expect(recorded()).toEqual([
      {
        service: 'app',
        repository: `${host}/acme/app`,
        tag: 'v1.0.0',
        digest: appV1.digest,
        reference: `${host}/acme/app:v1.0.0@${appV1.digest}`,
        platforms: appV1.platforms,
        source: 'registry',
      },
    ]);
    expect(warnings(ok)).toEqual([
      `service "app": the digest of ${host}/acme/app:v1.0.0 comes from the registry; buildx metadata lists ${host}/acme/app only as v1.1.0, so this build did not push v1.0.0`,
    ]);
  });

  it('and fails, naming the tags the build pushed, when the registry has none', async () => {
    const metadata = JSON.stringify({
      'containerimage.digest': appV11.digest,
      'image.name': `${host}/acme/app:v1.1.0`,
    });
    const failed = await run(APP(), {
      tag: 'v1.0.1',
      images: `app=${host}/acme/app:v1.0.1`,
      metadata,
    });
    expect(failed.code).toBe(1);
    expect(errors(failed)).toEqual([
      expect.stringMatching(
        /^images: cannot pin .*acme\/app:v1\.0\.1 \(service "app"\): .*not found.*; buildx metadata lists .*acme\/app only as v1\.1\.0, so this build did not push v1\.0\.1$/,
      ),
    ]);
    expect(existsSync(join(workspace, 'releases'))).toBe(false);
  });

  it('a third-party image bound with a digest keeps its tag', async () => {
    const ok = await run(`services:\n  dns:\n    image: ${host}/pihole/pihole:latest\n`, {
      tag: 'v1.0.0',
      images: `dns=${host}/pihole/pihole:latest@${pihole.digest}`,
    });
    expect(ok.code, ok.stdout).toBe(0);
    expect(warnings(ok)).toEqual([]);
    expect(JSON.parse(ok.outputs['images'] ?? '[]')).toEqual([
      {
        service: 'dns',
        repository: `${host}/pihole/pihole`,
        tag: 'latest',
        digest: pihole.digest,
        reference: `${host}/pihole/pihole:latest@${pihole.digest}`,
        source: 'reference',
      },
    ]);
  });

  it('imagetools create metadata: the descriptor digest; the version tag the registry serves there', async () => {
    writeFileSync(
      join(workspace, 'imagetools.json'),
      JSON.stringify({
        'containerimage.descriptor': {
          mediaType: 'application/vnd.oci.image.index.v1+json',
          digest: appV1.digest,
          size: appV1.bytes.length,
        },
        'image.name': `${host}/acme/app`,
      }),
    );
    const ok = await run(APP(), { tag: 'v1.0.0', metadata: 'imagetools.json' });
    expect(ok.code, ok.stdout).toBe(0);
    expect(recorded()).toEqual([
      expect.objectContaining({
        tag: 'v1.0.0',
        reference: `${host}/acme/app:v1.0.0@${appV1.digest}`,
        platforms: appV1.platforms,
        source: 'buildx-metadata',
      }),
    ]);
  });

  it('v1.0.0+build.5 writes valid references and files its own CLI verifies', async () => {
    const ok = await run(APP(), {
      tag: 'v1.0.0+build.5',
      images: `app=${host}/acme/app@${appV1.digest}`,
    });
    expect(ok.code, ok.stdout).toBe(0);
    expect(recorded('v1.0.0+build.5')).toEqual([
      expect.objectContaining({
        tag: 'latest',
        reference: `${host}/acme/app:latest@${appV1.digest}`,
      }),
    ]);
    const verify = cli(['verify', '--dir', join(workspace, 'releases')], workspace);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
  });
});

suite('the bundled action on real-world compose files', () => {
  it('Chatwoot: a whole service anchored and merged into others, pinned in the anchor', async () => {
    const source = readCase('chatwoot-anchored-service', 'docker-compose.production.yaml');
    const compose = source.replace('chatwoot/chatwoot:latest', `${host}/chatwoot/chatwoot:latest`);
    const ok = await run(compose, {
      tag: 'v1.0.0',
      images: `${host}/chatwoot/chatwoot@${chatwoot.digest}`,
      'pin-all-images': 'false',
    });
    expect(ok.code, ok.stdout).toBe(0);
    const pinned = `${host}/chatwoot/chatwoot:latest@${chatwoot.digest}`;
    expect(recorded().map((i) => [i.service, i.reference])).toEqual([
      ['base', pinned],
      ['rails', pinned],
      ['sidekiq', pinned],
    ]);
    expect(readFileSync(join(workspace, 'releases/v1.0.0-docker-compose.yml'), 'utf8')).toBe(
      compose.replace(`${host}/chatwoot/chatwoot:latest`, pinned),
    );
    expect(warnings(ok)).toEqual(
      ['postgres', 'redis', 'unoapi'].map(
        (s) => `service "${s}" keeps an unpinned image (pin-all-images is off)`,
      ),
    );
  });

  it("Sentry's self-hosted compose loads (over a hundred aliases)", async () => {
    // Its one image pinned already names this registry, so no look-up leaves the machine.
    const source = readCase('sentry-self-hosted', 'docker-compose.yml').replace(
      '"chrislusf/seaweedfs:',
      `"${host}/chrislusf/seaweedfs:`,
    );
    const ok = await run(source, {
      tag: 'v1.0.0',
      images: `nginx=${host}/library/nginx:1.31.3-alpine@${nginx.digest}`,
      'pin-all-images': 'false',
    });
    expect(ok.code, ok.stdout).toBe(0);
    // That digest is not in the test registry: only its platform list is lost, never the pin.
    expect(warnings(ok).filter((w) => !/keeps an unpinned image/.test(w))).toEqual([
      expect.stringMatching(
        /^platforms of .*chrislusf\/seaweedfs:4\.40_large_disk@sha256:d07a.* unknown: /,
      ),
    ]);
    const images = recorded().map((i) => [i.service, i.reference]);
    expect(images).toContainEqual(['nginx', `${host}/library/nginx:1.31.3-alpine@${nginx.digest}`]);
    expect(images.map(([s]) => s)).toEqual(['seaweedfs', 'nginx']);
  });
});
