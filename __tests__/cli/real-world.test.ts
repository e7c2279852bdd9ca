import { ACTION_NAMES, CLI_NAMES, type InputNames } from '../../src/core/input-names.js';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import {
  REAL_WORLD,
  RUNS,
  expectedCompose,
  fill,
  readCase,
  warningPattern,
  type RealWorldRun,
} from '../helpers/real-world.js';
import type { PushedIndex, PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

// The public cases through the built CLI, as a user runs it: `generate … --offline` with the
// digests given, then `verify`, which reads back everything generate wrote.

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('rt-real-world-'));
});
afterEach(() => cleanup());

const env = { SOURCE_DATE_EPOCH: '1767225600' };

/** A copy of the case's folder as the working directory. */
function useCase(name: string): void {
  cpSync(join(REAL_WORLD, name), dir, { recursive: true });
}

function args(run: RealWorldRun): string[] {
  const version = run.version ?? 'v1.0.0';
  return [
    'generate',
    version,
    ...(run.images ?? []).map((i) => fill(run.case, i)),
    ...(run.byDefault ? [] : ['--compose', run.compose]),
    ...(run.metadata ? ['--metadata', run.metadata] : []),
    ...(run.template ? ['--app-compose-template', run.template] : []),
    ...(run.pinAll === false ? ['--no-pin-all'] : []),
  ];
}

const releaseFile = (version: string, name: string): string =>
  readFileSync(join(dir, 'releases', `v${version.replace(/^v/, '')}-${name}`), 'utf8');

describe('real-world cases through the built CLI, offline', () => {
  it.each(RUNS.filter((r) => !r.refused).map((r) => [`${r.case}: ${r.title}`, r] as const))(
    '%s',
    (_title, run) => {
      useCase(run.case);
      const result = cli([...args(run), '--offline', '--json'], dir, { ...env, ...run.env });
      expect(result.code, result.stderr).toBe(0);
      const warnings = result.stderr.split('\n').filter((l) => l !== '');
      expect(warnings).toHaveLength(run.warnings?.length ?? 0);
      (run.warnings ?? []).forEach((w, i) => {
        expect(warnings[i]?.replace(/^warning: /, '')).toMatch(warningPattern(w, CLI_NAMES));
      });

      const version = run.version ?? 'v1.0.0';
      const compose = releaseFile(version, 'docker-compose.yml');
      expect(compose).toBe(expectedCompose(run, readCase(run.case, run.compose)));
      const info = JSON.parse(releaseFile(version, 'release-info.json')) as {
        images: { service: string; reference: string; source: string }[];
      };
      expect(info.images.map((i) => [i.service, i.reference, i.source])).toEqual(
        (run.pinned ?? []).map(([s, ref, source]) => [s, fill(run.case, ref), source]),
      );
      const app = JSON.parse(releaseFile(version, 'app-compose.json')) as Record<string, unknown>;
      expect(app['docker_compose_file']).toBe(compose);
      if (run.template) {
        // The template's keys, exactly; only the compose text is the release's.
        const template = JSON.parse(readCase(run.case, run.template)) as Record<string, unknown>;
        expect(app).toEqual({ ...template, docker_compose_file: compose });
      }

      // The tool reads back all it wrote: schema, hashes, references.
      const verify = cli(['verify'], dir);
      expect(verify.stderr).toBe('');
      expect(verify.code).toBe(0);
    },
  );

  it.each(RUNS.filter((r) => r.refused).map((r) => [`${r.case}: ${r.title}`, r] as const))(
    '%s',
    (_title, run) => {
      useCase(run.case);
      const result = cli([...args(run), '--offline'], dir, { ...env, ...run.env });
      expect(result.code).toBe(2);
      const lines = result.stderr.split('\n').filter((l) => l !== '');
      const error = lines.at(-1) ?? '';
      // Named by the CLI's own flag or argument, never by the action's input.
      const named = `error: ${run.refused?.cli ?? cliName(run.refused?.input ?? '')}: `;
      expect(error.startsWith(named), error).toBe(true);
      expect(error.slice(named.length)).toMatch(run.refused?.message ?? /./);
      expect(existsSync(join(dir, 'releases'))).toBe(false);
    },
  );

  it.each([
    [
      'dx-rtmr3-attested-app-compose',
      '06768e6df639ce3be65e9e5321f8b2d82dbffb01c74323462d34c2feb9653aff',
    ],
    [
      'near-mpc-attested-app-compose',
      '198a7e5ce0a7a80416541e7e4843d6c494c3eb01cb48b383ce659f91fe3ced3f',
    ],
  ])(
    '%s: the attested compose hash of the document as served, not in our layout',
    (name, attested) => {
      useCase(name);
      const run = cli(['compose-hash', 'app-compose.json', '--json'], dir);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ compose_hash: attested, canonical: false });
      // The attested value in the CVM's own report.
      const evidence = readCase(name, name.startsWith('near') ? 'tcb_info.json' : 'report.json');
      expect(evidence).toContain(attested);
      // Generating from its settings and compose text gives the same document, in our layout.
      const generated = cli(
        [
          'generate',
          'v1.0.0',
          '--compose',
          'docker-compose.yml',
          '--app-compose-template',
          'template.json',
          '--no-pin-all',
          '--offline',
        ],
        dir,
        env,
      );
      expect(generated.code, generated.stderr).toBe(0);
      expect(JSON.parse(releaseFile('v1.0.0', 'app-compose.json'))).toEqual(
        JSON.parse(readCase(name, 'app-compose.json')),
      );
    },
  );
});

/** How the CLI names what the action calls `input`. */
function cliName(input: string): string {
  const key = (Object.keys(ACTION_NAMES) as (keyof InputNames)[]).find(
    (k) => ACTION_NAMES[k] === input,
  );
  const name = key === undefined ? undefined : CLI_NAMES[key];
  if (typeof name !== 'string') throw new Error(`no CLI name for ${input}`);
  return name;
}

// The same rules where the registry decides: a real registry (distribution) on loopback holds
// the images, and the cases' files name it instead of their public registries.
const { suite } = registryTests('real-world registry');

let registry: Registry;
useRegistry({ auth: 'htpasswd' }, (started) => {
  registry = started;
});

const withRegistry = (extra: string[] = []) =>
  cli(extra, dir, { ...env, DOCKER_CONFIG: registry.dockerConfig });

function rewrite(file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
}

suite('real-world cases with the registry', () => {
  let pihole: PushedManifest;
  let cloudflared: PushedManifest;
  let immich: PushedIndex;
  let yourimage: PushedManifest;
  beforeAll(async () => {
    pihole = await registry.pushImage('pihole/pihole', 'latest');
    cloudflared = await registry.pushImage('visibilityspots/cloudflared', 'latest');
    immich = await registry.pushIndex('immich-app/immich-server', 'v1.0.0');
    yourimage = await registry.pushImage('yourimage', 'v1.0.0');
  });

  it('pihole: latest stays latest until the registry serves 1.0.0 at that very digest', async () => {
    useCase('ac-pihole-cloudflared-doh');
    rewrite('compose.yaml', /image: (\S+)/g, `image: ${registry.host}/$1`);
    const generate = (): ReturnType<typeof withRegistry> =>
      withRegistry([
        'generate',
        'v1.0.0',
        `pihole=${registry.host}/pihole/pihole:latest@${pihole.digest}`,
        '--compose',
        'compose.yaml',
      ]);
    const images = (): string[] =>
      (
        JSON.parse(releaseFile('v1.0.0', 'release-info.json')) as {
          images: { reference: string; source: string }[];
        }
      ).images.map((i) => `${i.reference} ${i.source}`);

    const first = generate();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(images()).toEqual([
      // Not tracked: pinned at the tag the file writes (none: latest) from the registry.
      `${registry.host}/visibilityspots/cloudflared@${cloudflared.digest} registry`,
      `${registry.host}/pihole/pihole:latest@${pihole.digest} reference`,
    ]);

    // Another image under 1.0.0 proves nothing about this digest.
    await registry.pushImage('pihole/pihole', '1.0.0', { architecture: 'arm64' });
    expect(generate().code).toBe(0);
    expect(images()[1]).toBe(`${registry.host}/pihole/pihole:latest@${pihole.digest} reference`);

    // The registry serves 1.0.0 at this digest: the version tag is real.
    await registry.pushManifest('pihole/pihole', '1.0.0', pihole.mediaType, pihole.bytes);
    rmSync(join(dir, 'releases'), { recursive: true });
    const run = generate();
    expect(run.code, run.stderr).toBe(0);
    expect(images()[1]).toBe(`${registry.host}/pihole/pihole:1.0.0@${pihole.digest} reference`);
    expect(withRegistry(['verify']).code).toBe(0);
  });

  it('imagetools metadata: the descriptor digest, and the version tag the registry confirms', () => {
    useCase('immich-imagetools-metadata');
    rewrite(
      'metadata.json',
      '"ghcr.io/immich-app/immich-server"',
      `"${registry.host}/immich-app/immich-server"`,
    );
    rewrite('metadata.json', /sha256:19ffeab6[0-9a-f]+/, immich.digest);
    const run = withRegistry([
      'generate',
      'v1.0.0',
      `immich-server=${registry.host}/immich-app/immich-server`,
      '--compose',
      'docker-compose.yml',
      '--metadata',
      'metadata.json',
      '--no-pin-all',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const info = JSON.parse(releaseFile('v1.0.0', 'release-info.json')) as {
      images: Record<string, unknown>[];
    };
    expect(info.images[0]).toEqual({
      service: 'immich-server',
      repository: `${registry.host}/immich-app/immich-server`,
      tag: 'v1.0.0',
      digest: immich.digest,
      reference: `${registry.host}/immich-app/immich-server:v1.0.0@${immich.digest}`,
      platforms: immich.platforms,
      source: 'buildx-metadata',
    });
    expect(run.stderr).toMatch(/service "immich-machine-learning" keeps an unpinned image/);
  });

  it('springboot: metadata for other tags, so the registry decides, or the run fails naming them', async () => {
    useCase('springboot-build-push');
    rewrite('metadata.json', /docker\.io\/sdurutr436\//g, `${registry.host}/sdurutr436/`);
    const repo = `${registry.host}/sdurutr436/aplicacion-springboot-sergio-duran-utrera-2daw-despliegue`;
    const generate = () =>
      withRegistry([
        'generate',
        'v1.0.0',
        `springboot-crud-app=${repo}:v1.0.0`,
        '--compose',
        'docker-compose.yml',
        '--metadata',
        'metadata.json',
      ]);
    const refused = generate();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/only as latest, 4871afb, so this build did not push v1\.0\.0/);
    expect(refused.stderr).toMatch(/not found/);
    expect(existsSync(join(dir, 'releases'))).toBe(false);

    const pushed = await registry.pushImage(
      'sdurutr436/aplicacion-springboot-sergio-duran-utrera-2daw-despliegue',
      'v1.0.0',
    );
    const run = generate();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /warning: service "springboot-crud-app": the digest of .*:v1\.0\.0 comes from the registry; buildx metadata lists .* only as latest, 4871afb/,
    );
    expect(releaseFile('v1.0.0', 'docker-compose.yml')).toContain(
      `    image: ${repo}:v1.0.0@${pushed.digest}\n`,
    );
  });

  it('docker compose push example: an untagged image takes the version tag the registry serves', () => {
    useCase('docker-docs-push-localhost');
    rewrite('compose.yaml', 'localhost:5000', registry.host);
    const run = withRegistry([
      'generate',
      'v1.0.0',
      `${registry.host}/yourimage`,
      '--compose',
      'compose.yaml',
      '--no-pin-all',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('warning: service "service2" keeps an unpinned image (--no-pin-all)\n');
    expect(releaseFile('v1.0.0', 'docker-compose.yml')).toBe(
      `services:\n  service1:\n    image: ${registry.host}/yourimage:v1.0.0@${yourimage.digest}  ## goes to local registry\n\n  service2:\n    build: .\n    image: your-dockerid/yourimage  ## goes to your repository on Docker Hub\n`,
    );
  });
});
