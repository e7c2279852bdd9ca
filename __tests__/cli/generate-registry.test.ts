import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import type { PushedIndex, PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

// `release-tracker generate` against a real registry (distribution) on loopback: images given only
// by tag are pinned to the digest the registry serves, with their platforms.
const support = registryTests('CLI registry');
const suite = support.suite;

let registry: Registry;
let app: PushedIndex;
let proxy: PushedManifest;
useRegistry({ auth: 'htpasswd' }, async (started) => {
  registry = started;
  app = await registry.pushIndex('acme/app', 'v2.0.0');
  proxy = await registry.pushImage('library/nginx', '1.27', { format: 'docker' });
});

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  if (!support.available) return;
  ({ dir, cleanup } = tempDir('rt-cli-registry-'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    `services:\n  app:\n    build: .\n    image: ${registry.host}/acme/app:latest\n  proxy:\n    image: ${registry.host}/library/nginx:1.27\n`,
  );
});
afterEach(() => {
  if (support.available) cleanup();
});

const read = (name: string): string => readFileSync(join(dir, 'releases', name), 'utf8');

suite('generate with the registry', () => {
  it('pins images given by tag to the registry digest, with the index platforms', () => {
    const run = cli(['generate', 'v2.0.0', `app=${registry.host}/acme/app:v2.0.0`, '--json'], dir, {
      DOCKER_CONFIG: registry.dockerConfig,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const info = JSON.parse(read('v2.0.0-release-info.json'));
    expect(info.images).toEqual([
      {
        service: 'app',
        repository: `${registry.host}/acme/app`,
        tag: 'v2.0.0',
        digest: app.digest,
        reference: `${registry.host}/acme/app:v2.0.0@${app.digest}`,
        platforms: app.platforms,
        source: 'registry',
      },
      {
        service: 'proxy',
        repository: `${registry.host}/library/nginx`,
        tag: '1.27',
        digest: proxy.digest,
        reference: `${registry.host}/library/nginx:1.27@${proxy.digest}`,
        platforms: [],
        source: 'registry',
      },
    ]);
    expect(app.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(read('v2.0.0-docker-compose.yml')).toBe(
      `services:\n  app:\n    image: ${registry.host}/acme/app:v2.0.0@${app.digest}\n  proxy:\n    image: ${registry.host}/library/nginx:1.27@${proxy.digest}\n`,
    );
    expect(cli(['verify'], dir).code).toBe(0);
  });

  it('records platforms for a digest that came from buildx metadata', () => {
    writeFileSync(
      join(dir, 'metadata.json'),
      JSON.stringify({
        'containerimage.digest': app.digest,
        'image.name': `${registry.host}/acme/app:v2.0.0`,
      }),
    );
    const run = cli(['generate', 'v2.0.0', '--metadata', 'metadata.json', '--no-pin-all'], dir, {
      DOCKER_CONFIG: registry.dockerConfig,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: service "proxy" keeps an unpinned image/);
    const info = JSON.parse(read('v2.0.0-release-info.json'));
    expect(info.images).toHaveLength(1);
    expect(info.images[0]).toMatchObject({
      source: 'buildx-metadata',
      digest: app.digest,
      platforms: app.platforms,
    });
    expect(read('v2.0.0-docker-compose.yml')).toContain(
      `image: ${registry.host}/library/nginx:1.27\n`,
    );
  });

  it.each([
    ['unauthorized', {}, `app=REGISTRY/acme/app:v2.0.0`, /unauthorized/],
    ['not found', null, `app=REGISTRY/acme/app:v9.9.9`, /not found/],
  ])(
    'fails naming the image when the registry says %s (exit 2, nothing written)',
    (_kind, env, image, message) => {
      const run = cli(
        ['generate', 'v2.0.0', image.replace('REGISTRY', registry.host)],
        dir,
        env ?? { DOCKER_CONFIG: registry.dockerConfig },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`${registry.host}/acme/app:v\\d`));
      expect(run.stderr).toMatch(message);
    },
  );
});
