import { ACTION_NAMES, CLI_NAMES } from '../../src/core/input-names.js';
import { describe, expect, it } from 'vitest';
import { readComposeServices } from '../../src/core/compose-model.js';
import { InputError } from '../../src/core/errors.js';
import {
  generateRelease,
  type DigestResolver,
  type GenerateRequest,
} from '../../src/core/generate.js';
import { parseImageSpecs } from '../../src/core/image-plan.js';
import { parseMetadataText } from '../../src/core/metadata.js';
import { parseReference } from '../../src/core/reference.js';
import type { ImageRef, PlatformDigest, ResolvedManifest } from '../../src/core/types.js';
import { parseTag } from '../../src/core/version.js';

const D = (n: number): string => `sha256:${String(n).padStart(2, '0').repeat(32)}`;

/**
 * A registry as generation sees it: tags to digests, per repository. A stand-in for the
 * `DigestResolver` interface only; the real client runs against a real registry in the CLI and
 * action tests.
 */
class TagTable implements DigestResolver {
  readonly asked: string[] = [];
  constructor(
    private readonly tags: Record<string, string>,
    private readonly failure?: Error,
  ) {}
  private lookup(ref: ImageRef): ResolvedManifest | undefined {
    const key = `${ref.repository}:${ref.tag ?? 'latest'}`;
    this.asked.push(key);
    if (this.failure) throw this.failure;
    const digest = this.tags[key];
    return digest === undefined
      ? undefined
      : { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', platforms: [] };
  }
  resolve(ref: ImageRef): Promise<ResolvedManifest> {
    const found = this.lookup(ref);
    if (!found)
      return Promise.reject(new Error(`not found: ${ref.repository}:${ref.tag ?? 'latest'}`));
    return Promise.resolve(found);
  }
  findTag(ref: ImageRef): Promise<ResolvedManifest | undefined> {
    try {
      return Promise.resolve(this.lookup(ref));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
  platformsOf(): Promise<PlatformDigest[]> {
    return Promise.resolve([]);
  }
}

const COMPOSE = `services:
  app:
    build: .
    image: ghcr.io/acme/app:latest
  dns:
    image: pihole/pihole:latest
`;

function request(tag: string, images: string, metadata?: unknown): GenerateRequest {
  return {
    version: parseTag(tag),
    composeText: COMPOSE,
    composeFile: 'docker-compose.yml',
    specs: parseImageSpecs(images),
    metadata: metadata === undefined ? [] : parseMetadataText(JSON.stringify(metadata)),
    defaultAppName: 'app',
    pinAll: false,
    releasesDir: 'releases',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    repository: 'acme/app',
    git: null,
    workflow: null,
    names: ACTION_NAMES,
  };
}

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const images = async (req: GenerateRequest, resolver?: DigestResolver) => {
  const generated = await generateRelease(req, resolver);
  return {
    images: generated.record.images.map((i) => [i.service, i.reference, i.tag, i.source]),
    warnings: generated.warnings,
  };
};

describe('metadata speaks only for the tags it lists', () => {
  // What a v1.1.0 build wrote, offered for the v1.0.0 release.
  const v110 = { 'containerimage.digest': D(11), 'image.name': 'ghcr.io/acme/app:v1.1.0' };
  const req = request('v1.0.0', 'app=ghcr.io/acme/app:v1.0.0', v110);

  it('offline: the run fails naming the tags the build did push', async () => {
    const error = await refusal(generateRelease(req, undefined));
    expect(error.input).toBe('images');
    expect(error.reason).toBe(
      'cannot pin ghcr.io/acme/app:v1.0.0 (service "app"): it has no digest and the registry is not consulted; buildx metadata lists ghcr.io/acme/app only as v1.1.0, so this build did not push v1.0.0; give it as name:tag@sha256:…, in buildx metadata, or allow registry look-ups',
    );
  });

  it('with the registry: its digest for v1.0.0, and a warning', async () => {
    const registry = new TagTable({ 'ghcr.io/acme/app:v1.0.0': D(10) });
    const result = await images(req, registry);
    expect(result.images).toEqual([
      ['app', `ghcr.io/acme/app:v1.0.0@${D(10)}`, 'v1.0.0', 'registry'],
    ]);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /^service "app": the digest of ghcr\.io\/acme\/app:v1\.0\.0 comes from the registry; buildx metadata lists ghcr\.io\/acme\/app only as v1\.1\.0/,
      ),
    );
  });

  it('with a registry that does not serve v1.0.0 either: refused, naming both', async () => {
    const error = await refusal(generateRelease(req, new TagTable({})));
    expect(error.reason).toMatch(/not found: ghcr\.io\/acme\/app:v1\.0\.0/);
    expect(error.reason).toMatch(/only as v1\.1\.0, so this build did not push v1\.0\.0/);
  });

  it('the same metadata for the release it built pins from it', async () => {
    const result = await images(request('v1.1.0', 'app=ghcr.io/acme/app:v1.1.0', v110));
    expect(result.images).toEqual([
      ['app', `ghcr.io/acme/app:v1.1.0@${D(11)}`, 'v1.1.0', 'buildx-metadata'],
    ]);
  });

  it('an image written as latest takes the version tag the build pushed, as it pushed it', async () => {
    const built = { 'containerimage.digest': D(11), 'image.name': 'ghcr.io/acme/app:v1.1.0' };
    const result = await images(request('v1.1.0', '', built));
    expect(result.images).toEqual([
      ['app', `ghcr.io/acme/app:v1.1.0@${D(11)}`, 'v1.1.0', 'buildx-metadata'],
    ]);
    expect(result.warnings).toEqual([
      'service "dns" keeps an unpinned image (pin-all-images is off)',
    ]);
  });
});

describe('a third-party image bound with a digest keeps its tag', () => {
  const req = request('v1.0.0', `dns=pihole/pihole:latest@${D(3)}`);
  it.each<[string, TagTable | undefined, string, RegExp | undefined]>([
    ['offline', undefined, 'latest', /keeps tag "latest": .*not checked \(offline\)/],
    ['the registry has no 1.0.0', new TagTable({}), 'latest', undefined],
    [
      'the registry serves 1.0.0 as another image',
      new TagTable({ 'docker.io/pihole/pihole:1.0.0': D(4) }),
      'latest',
      undefined,
    ],
    [
      'the registry serves v1.0.0 at that digest',
      new TagTable({ 'docker.io/pihole/pihole:v1.0.0': D(3) }),
      'v1.0.0',
      undefined,
    ],
    [
      'the registry cannot be asked',
      new TagTable({}, new Error('unauthorized: docker.io')),
      'latest',
      /keeps tag "latest": cannot check docker\.io\/pihole\/pihole:1\.0\.0: unauthorized/,
    ],
  ])('%s: %s', async (_name, registry, tag, warning) => {
    const result = await images(req, registry);
    expect(result.images).toEqual([['dns', `pihole/pihole:${tag}@${D(3)}`, tag, 'reference']]);
    const dnsWarnings = result.warnings.filter((w) => w.startsWith('service "dns"'));
    if (warning) expect(dnsWarnings).toEqual([expect.stringMatching(warning)]);
    else expect(dnsWarnings).toEqual([]);
  });

  it('asks for the plain version first, then the release tag as written', async () => {
    const registry = new TagTable({});
    await images(req, registry);
    expect(registry.asked).toEqual([
      'docker.io/pihole/pihole:1.0.0',
      'docker.io/pihole/pihole:v1.0.0',
    ]);
  });
});

describe('a tracked image written without a tag, with no digest', () => {
  it('takes the first version tag the registry serves', async () => {
    const registry = new TagTable({ 'ghcr.io/acme/app:v2.0.0': D(20) });
    const result = await images(request('v2.0.0', 'app=ghcr.io/acme/app'), registry);
    expect(result.images).toEqual([
      ['app', `ghcr.io/acme/app:v2.0.0@${D(20)}`, 'v2.0.0', 'registry'],
    ]);
    expect(registry.asked).toEqual(['ghcr.io/acme/app:2.0.0', 'ghcr.io/acme/app:v2.0.0']);
  });

  it('is refused when the registry serves none, never pinned to latest', async () => {
    const registry = new TagTable({ 'ghcr.io/acme/app:latest': D(21) });
    const error = await refusal(
      generateRelease(request('v2.0.0', 'app=ghcr.io/acme/app'), registry),
    );
    expect(error.reason).toMatch(
      /cannot pin ghcr\.io\/acme\/app \(service "app"\): it is written as "latest", and the registry serves no tag "2\.0\.0" or "v2\.0\.0" for ghcr\.io\/acme\/app; give the tag the build pushed/,
    );
  });
});

describe('a version with build metadata never writes an invalid reference', () => {
  it.each([
    ['a digest given for latest', `app=ghcr.io/acme/app@${D(1)}`, undefined, 'latest'],
    [
      'metadata that pushed 1.0.0-build.5 and latest',
      'app=ghcr.io/acme/app',
      {
        'containerimage.digest': D(1),
        'image.name': 'ghcr.io/acme/app:1.0.0-build.5,ghcr.io/acme/app:latest',
      },
      'latest',
    ],
    [
      'an explicit tag',
      'app=ghcr.io/acme/app:1.0.0-build.5',
      {
        'containerimage.digest': D(1),
        'image.name': 'ghcr.io/acme/app:1.0.0-build.5',
      },
      '1.0.0-build.5',
    ],
  ])('%s', async (_name, spec, metadata, tag) => {
    const generated = await generateRelease(request('v1.0.0+build.5', spec, metadata), undefined);
    const [image] = generated.record.images;
    expect(image?.tag).toBe(tag);
    expect(image?.reference).toBe(`ghcr.io/acme/app:${tag}@${D(1)}`);
    // The tool reads back everything it wrote.
    for (const recorded of generated.record.images) {
      expect(parseReference(recorded.reference).digest).toBe(recorded.digest);
    }
    const pinned = readComposeServices(generated.files[2].content.toString(), 'pinned');
    for (const service of pinned) if (service.image) parseReference(service.image);
    expect(generated.files.map((f) => f.name)).toEqual([
      'v1.0.0+build.5-release-info.json',
      'v1.0.0+build.5-app-compose.json',
      'v1.0.0+build.5-docker-compose.yml',
    ]);
  });

  it('a tracked image with no digest cannot look the version up: refused, saying why', async () => {
    const error = await refusal(
      generateRelease(request('v1.0.0+build.5', 'app=ghcr.io/acme/app'), new TagTable({})),
    );
    expect(error.reason).toMatch(/release version 1\.0\.0\+build\.5 cannot be a Docker tag/);
  });
});

describe('file names a file system takes', () => {
  const digest = `app=ghcr.io/acme/app@${D(1)}`;
  it.each([
    // v<version>-docker-compose.yml is the longest name: 19 bytes after the prefix.
    ['a tag whose longest file name is 255 bytes', 236, null],
    ['a tag one character longer', 237, 'the tag is 237 characters long'],
  ])('%s', async (_name, length, refused) => {
    const tag = `v1.0.0-${'a'.repeat(length - 7)}`;
    const attempt = generateRelease(request(tag, digest), undefined);
    if (refused === null) {
      const generated = await attempt;
      expect(Buffer.byteLength(generated.files[2].name)).toBe(255);
      return;
    }
    const error = await refusal(attempt);
    expect(error.input).toBe('tag');
    expect(error.reason).toBe(
      `${refused}, so the file v1.0.0-aaaaa…-docker-compose.yml would be named with 256 bytes; a file name takes at most 255`,
    );
  });

  it('names the culprit as the front end does: the CLI its version argument', async () => {
    const tag = `v1.0.0-${'a'.repeat(300)}`;
    const error = await refusal(
      generateRelease({ ...request(tag, digest), names: CLI_NAMES }, undefined),
    );
    expect(error.message).toMatch(/^version: the tag is 307 characters long/);
  });
});
