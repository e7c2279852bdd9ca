import { ACTION_NAMES } from '../../src/core/input-names.js';
import { describe, expect, it } from 'vitest';
import { parseImageSpecs, planImages, type PlanInput } from '../../src/core/image-plan.js';
import type { ComposeService, MetadataEntry } from '../../src/core/types.js';

const D = (n: number): string => `sha256:${String(n).padStart(2, '0').repeat(32)}`;
/** The release v1.2.0 as image tags. */
const V = ['1.2.0', 'v1.2.0'];

const services: ComposeService[] = [
  { name: 'app', image: 'ghcr.io/acme/app:latest', hasBuild: true },
  { name: 'worker', image: 'ghcr.io/acme/app:latest', hasBuild: false },
  { name: 'proxy', image: 'nginx:1.27', hasBuild: false },
  { name: 'db', image: `postgres:16@${D(9)}`, hasBuild: false },
];
/** A service Compose builds from source: it has no image. */
const builder: ComposeService = { name: 'builder', hasBuild: true };

/** A literal image is its own value, as readComposeServices gives it. */
const literal = (s: ComposeService): ComposeService =>
  s.image !== undefined && !s.image.includes('$') ? { imageValue: s.image, ...s } : s;

function plan(over: Partial<PlanInput>) {
  return planImages({
    composeFile: 'docker-compose.yml',
    specs: [],
    metadata: [],
    version: '1.2.0',
    versionTags: V,
    pinAll: true,
    names: ACTION_NAMES,
    ...over,
    services: (over.services ?? services).map(literal),
  });
}

const summary = (over: Partial<PlanInput>) =>
  plan(over).images.map((i) => [
    i.service,
    i.source,
    i.digest ?? null,
    i.tag ?? null,
    i.versionTags,
    i.tracked,
    i.rewrite,
    i.removeBuild,
  ]);

describe('parseImageSpecs', () => {
  it.each([
    ['app=ghcr.io/acme/app:v1', [{ service: 'app', repository: 'ghcr.io/acme/app', tag: 'v1' }]],
    [
      'nginx:1.27, redis',
      [
        { repository: 'docker.io/library/nginx', tag: '1.27' },
        { repository: 'docker.io/library/redis' },
      ],
    ],
    ['\n a = nginx \n\n', [{ service: 'a', repository: 'docker.io/library/nginx' }]],
    ['', []],
  ])('%j', (text, expected) => {
    const specs = parseImageSpecs(text).map((s) => ({
      ...(s.service !== undefined && { service: s.service }),
      repository: s.ref.repository,
      ...(s.ref.tag !== undefined && { tag: s.ref.tag }),
    }));
    expect(specs).toEqual(expected);
  });

  it.each([['=nginx'], ['a b=nginx'], ['app=Nginx'], ['app=']])(
    'refuses %j naming the input',
    (text) => {
      expect(() => parseImageSpecs(text, 'images')).toThrow(/^images: /);
    },
  );
});

describe('planImages', () => {
  it('matches an unbound image to every service of the same repository, tag ignored', () => {
    const specs = parseImageSpecs(`ghcr.io/acme/app@${D(1)}`);
    expect(summary({ specs })).toEqual([
      // The file's tag is kept; the release version replaces it only once the registry confirms it.
      ['app', 'reference', D(1), 'latest', V, true, true, true],
      ['worker', 'reference', D(1), 'latest', V, true, true, false],
      ['proxy', 'registry', null, '1.27', [], false, true, false],
      ['db', 'reference', D(9), '16', [], false, false, false],
    ]);
  });

  it('binds service= to one service and takes metadata digests by repository', () => {
    const metadata: MetadataEntry[] = [{ repositories: ['ghcr.io/acme/app'], digest: D(2) }];
    expect(
      summary({ specs: parseImageSpecs('app=ghcr.io/acme/app:v1.2.0'), metadata, pinAll: false }),
    ).toEqual([
      ['app', 'buildx-metadata', D(2), 'v1.2.0', [], true, true, true],
      ['worker', 'buildx-metadata', D(2), 'latest', V, true, true, false],
      ['db', 'reference', D(9), '16', [], false, false, false],
    ]);
    expect(plan({ metadata, pinAll: false }).unpinned).toEqual(['proxy']);
  });

  it('binds a nameless multi-node digest to the bake target named like the service', () => {
    const metadata: MetadataEntry[] = [{ repositories: [], digest: D(3), target: 'proxy' }];
    expect(summary({ metadata }).find((r) => r[0] === 'proxy')).toEqual([
      'proxy',
      'buildx-metadata',
      D(3),
      '1.27',
      [],
      true,
      true,
      false,
    ]);
  });

  it('binds a nameless digest to the one tracked image', () => {
    const metadata: MetadataEntry[] = [{ repositories: [], digest: D(4) }];
    const rows = summary({ specs: parseImageSpecs('proxy=nginx:1.27'), metadata });
    expect(rows.find((r) => r[0] === 'proxy')).toEqual([
      'proxy',
      'buildx-metadata',
      D(4),
      '1.27',
      [],
      true,
      true,
      false,
    ]);
    expect(rows.find((r) => r[0] === 'app')?.[1]).toBe('registry');
  });

  it('leaves an interpolated image unpinned when pin-all-images is off', () => {
    const result = plan({
      services: [
        ...services,
        {
          name: 'side',
          image: '${REGISTRY}/side:${TAG}',
          imageValue: '/side:',
          unsetVariables: ['REGISTRY', 'TAG'],
          hasBuild: false,
        },
      ],
      pinAll: false,
    });
    expect(result.unpinned).toEqual(['app', 'worker', 'proxy', 'side']);
  });

  it('counts distinct images for the one-tracked-image rule, and warns when a pin differs from the build', () => {
    const metadata: MetadataEntry[] = [{ repositories: [], digest: D(6) }];
    const rows = summary({ specs: parseImageSpecs('ghcr.io/acme/app:v1'), metadata });
    expect(rows.filter((r) => r[1] === 'buildx-metadata').map((r) => r[0])).toEqual([
      'app',
      'worker',
    ]);
    const pinned = plan({
      services: [{ name: 'app', image: `ghcr.io/acme/app:latest@${D(1)}`, hasBuild: false }],
      metadata: [{ repositories: ['ghcr.io/acme/app'], digest: D(2) }],
    });
    expect(pinned.images[0]).toMatchObject({
      digest: D(1),
      source: 'reference',
      tag: 'latest',
      rewrite: false,
    });
    expect(pinned.warnings).toEqual([
      expect.stringMatching(/pinned to .*buildx metadata says .*pushed/),
    ]);
  });

  it('reports metadata that matches no service', () => {
    const metadata: MetadataEntry[] = [{ repositories: ['docker.io/acme/other'], digest: D(5) }];
    expect(plan({ metadata }).unusedMetadata).toEqual(metadata);
  });

  describe('tags are never invented', () => {
    const app = 'ghcr.io/acme/app';
    const pushed = (...tags: string[]): MetadataEntry[] => [
      { repositories: [app], tags: { [app]: tags }, digest: D(2) },
    ];
    const only = (over: Partial<PlanInput>) => {
      const result = plan({ pinAll: false, ...over });
      return result.images
        .filter((i) => i.service === 'app')
        .map((i) => ({
          source: i.source,
          digest: i.digest ?? null,
          tag: i.tag ?? null,
          versionTags: i.versionTags,
          ...(i.pushedTags && { pushedTags: i.pushedTags }),
        }))[0];
    };
    it.each<[string, Partial<PlanInput>, object]>([
      [
        'metadata of another build is not this tag: the registry decides',
        { specs: parseImageSpecs(`app=${app}:v1.2.0`), metadata: pushed('v1.1.0') },
        {
          source: 'registry',
          digest: null,
          tag: 'v1.2.0',
          versionTags: [],
          pushedTags: ['v1.1.0'],
        },
      ],
      [
        'metadata listing the tag binds',
        { specs: parseImageSpecs(`app=${app}:v1.1.0`), metadata: pushed('v1.1.0') },
        { source: 'buildx-metadata', digest: D(2), tag: 'v1.1.0', versionTags: [] },
      ],
      [
        'latest takes the version tag the build pushed, as pushed',
        { metadata: pushed('v1.2.0', 'latest') },
        { source: 'buildx-metadata', digest: D(2), tag: 'v1.2.0', versionTags: [] },
      ],
      [
        'the plain version first when both were pushed',
        { metadata: pushed('v1.2.0', '1.2.0') },
        { source: 'buildx-metadata', digest: D(2), tag: '1.2.0', versionTags: [] },
      ],
      [
        'latest stays latest when the build pushed only latest; the registry may confirm a version',
        { metadata: pushed('latest') },
        { source: 'buildx-metadata', digest: D(2), tag: 'latest', versionTags: V },
      ],
      [
        'latest, metadata of another version: not bound',
        { metadata: pushed('v1.1.0') },
        { source: 'registry', digest: null, tag: 'latest', versionTags: V, pushedTags: ['v1.1.0'] },
      ],
      [
        'a digest given for latest keeps latest until the registry confirms a version',
        { specs: parseImageSpecs(`app=${app}:latest@${D(5)}`) },
        { source: 'reference', digest: D(5), tag: 'latest', versionTags: V },
      ],
      [
        'a repository-only item keeps the tag the file writes',
        {
          services: [{ name: 'app', image: `${app}:2.4`, hasBuild: false }],
          specs: parseImageSpecs(`${app}@${D(5)}`),
        },
        { source: 'reference', digest: D(5), tag: '2.4', versionTags: [] },
      ],
      [
        "service= with another repository does not take the file's tag",
        {
          services: [{ name: 'app', image: 'local-build:2.4', hasBuild: true }],
          specs: parseImageSpecs(`app=${app}@${D(5)}`),
        },
        { source: 'reference', digest: D(5), tag: null, versionTags: V },
      ],
      [
        'a release version that cannot be a tag gives none to confirm',
        { specs: parseImageSpecs(`app=${app}@${D(5)}`), versionTags: [] },
        { source: 'reference', digest: D(5), tag: 'latest', versionTags: [] },
      ],
    ])('%s', (_name, over, expected) => {
      expect(only(over)).toEqual(expected);
    });

    it('an untracked image never takes the version', () => {
      const result = plan({
        services: [{ name: 'web', image: 'nginx', hasBuild: false }],
        metadata: pushed('v1.2.0'),
      });
      expect(result.images).toEqual([
        expect.objectContaining({
          service: 'web',
          tag: undefined,
          versionTags: [],
          tracked: false,
        }),
      ]);
    });

    it('counts metadata naming the repository under other tags as used', () => {
      expect(plan({ metadata: pushed('v1.1.0') }).unusedMetadata).toEqual([]);
    });
  });

  it.each([
    [
      'a tracked image with no digest and no version tag to look up',
      { specs: parseImageSpecs('app=ghcr.io/acme/app'), versionTags: [], version: '1.2.0+b.5' },
      /images: cannot pin ghcr\.io\/acme\/app \(service "app"\): .*release version 1\.2\.0\+b\.5 cannot be a Docker tag/,
    ],
    [
      'a bake target named like a build-only service, without an image name',
      {
        services: [...services, builder],
        metadata: [{ repositories: [], digest: D(3), target: 'builder' }],
      },
      /images: service "builder" was built by bake target "builder" \(sha256:0303.*bind it as builder=<repository>/,
    ],
    [
      "a bake target's image ID for a build-only service",
      {
        services: [...services, builder],
        metadata: [{ repositories: [], digest: D(3), target: 'builder', imageId: true as const }],
      },
      /metadata: cannot pin service "builder": in target "builder", .*image ID/,
    ],
    [
      'a service that does not exist',
      { specs: parseImageSpecs('web=nginx') },
      /images: service "web".*app, worker, proxy, db/,
    ],
    [
      'an image matching no service',
      { specs: parseImageSpecs('redis:7') },
      /images: "redis:7" matches no service/,
    ],
    [
      'two images for one service',
      { specs: parseImageSpecs('proxy=nginx:1,proxy=nginx:2') },
      /two images/,
    ],
    [
      'an interpolated image that must be pinned',
      {
        services: [
          {
            name: 'x',
            image: '${IMAGE}',
            imageValue: '',
            unsetVariables: ['IMAGE'],
            hasBuild: false,
          },
        ],
      },
      /^pin-all-images: service "x" in docker-compose\.yml has image "\$\{IMAGE\}", which is not an image reference once its variables are substituted \(IMAGE is not set\), so it cannot be pinned; bind it as x=name:tag \(images\), give this run the variables it needs \(the environment, or the \.env file beside the compose file\), or turn pin-all-images off$/,
    ],
    [
      'an image whose required variable is not set',
      {
        services: [
          {
            name: 'x',
            image: 'acme/x:${TAG:?}',
            imageProblem: 'variable TAG is required (":?" or "?") and has no value',
            hasBuild: false,
          },
        ],
      },
      /^pin-all-images: service "x" in docker-compose\.yml has image "acme\/x:\$\{TAG:\?\}", which cannot be interpolated: variable TAG is required/,
    ],
    [
      'a service Compose would build from source, under pin-all-images',
      { services: [...services, builder] },
      /^pin-all-images: service "builder" in docker-compose\.yml has only "build:" and no image: Docker Compose would build it from source where it is deployed, so the release cannot record what it runs; bind it to the image this release built — builder=REPOSITORY:TAG \(images\), or buildx metadata of a bake target "builder" — or turn pin-all-images off to leave it built from source$/,
    ],
  ])('refuses %s', (_name, over, message) => {
    expect(() => plan(over as Partial<PlanInput>)).toThrow(message);
  });

  describe('every service accounted for', () => {
    it('leaves a service Compose builds from source out, with a warning, when pin-all-images is off', () => {
      const result = plan({ services: [...services, builder], pinAll: false });
      expect(result.images.map((i) => i.service)).toEqual(['db']);
      expect(result.warnings).toEqual([
        'service "builder" has only "build:" and no image: it is built from source where it is deployed, and not recorded (pin-all-images is off)',
      ]);
    });

    it('a service that runs a provider has nothing to record, and says so', () => {
      const result = plan({
        services: [{ name: 'model', hasBuild: false, provider: true }],
      });
      expect(result.images).toEqual([]);
      expect(result.warnings).toEqual([
        'service "model" runs a provider ("provider:"), not an image: it has nothing to record',
      ]);
    });
  });

  describe('images written with variables', () => {
    const written = '${REGISTRY:-ghcr.io}/acme/app:${TAG:-latest}';
    const interpolated = (
      imageValue: string,
      extra: Partial<ComposeService> = {},
    ): ComposeService => ({
      name: 'app',
      image: written,
      imageValue,
      hasBuild: true,
      ...extra,
    });

    it('match images by the repository they interpolate to, and are written out literally', () => {
      const result = plan({
        services: [interpolated('ghcr.io/acme/app:latest')],
        specs: parseImageSpecs(`ghcr.io/acme/app@${D(1)}`),
      });
      expect(result.images).toEqual([
        expect.objectContaining({
          service: 'app',
          digest: D(1),
          tag: 'latest',
          tracked: true,
          rewrite: true,
        }),
      ]);
    });

    it('match buildx metadata by image.name', () => {
      const result = plan({
        services: [interpolated('registry.example.com/acme/app:v1.2.0')],
        metadata: [
          {
            repositories: ['registry.example.com/acme/app'],
            tags: { 'registry.example.com/acme/app': ['v1.2.0'] },
            digest: D(2),
            target: 'app',
            names: ['registry.example.com/acme/app:v1.2.0'],
          },
        ],
      });
      expect(result.images[0]).toMatchObject({
        source: 'buildx-metadata',
        digest: D(2),
        tag: 'v1.2.0',
      });
      expect(result.unusedMetadata).toEqual([]);
    });

    it('an untracked image pinned already is written out literally too', () => {
      const result = plan({
        services: [
          {
            name: 'db',
            image: `\${DB:-postgres:16}@${D(9)}`,
            imageValue: `postgres:16@${D(9)}`,
            hasBuild: false,
          },
        ],
      });
      expect(result.images[0]).toMatchObject({ source: 'reference', digest: D(9), rewrite: true });
    });

    it('warns about variables read as empty', () => {
      const result = plan({
        services: [
          {
            name: 'web',
            image: 'nginx${SUFFIX}',
            imageValue: 'nginx',
            unsetVariables: ['SUFFIX'],
            hasBuild: false,
          },
        ],
      });
      expect(result.warnings).toEqual([
        'service "web": SUFFIX is not set; as Docker Compose does, its image reads it as empty',
      ]);
    });
  });

  describe('a bake target named like a service, whose image.name no service names', () => {
    const bake = (target: string, names: string[], digest = D(3)): MetadataEntry => {
      const repositories = [...new Set(names.map((n) => n.replace(/:[^:/]+$/, '')))];
      const tags: Record<string, string[]> = {};
      for (const n of names) {
        const repository = n.replace(/:[^:/]+$/, '');
        (tags[repository] ??= []).push(n.slice(repository.length + 1));
      }
      return { repositories, tags, digest, target, names };
    };
    const stack: ComposeService[] = [
      {
        name: 'api',
        image: '${REGISTRY}/acme/api:${TAG}',
        imageValue: '/acme/api:',
        unsetVariables: ['REGISTRY', 'TAG'],
        hasBuild: true,
      },
      {
        name: 'web',
        image: '${REGISTRY:-ghcr.io}/acme/web:${TAG:-latest}',
        imageValue: 'ghcr.io/acme/web:latest',
        hasBuild: true,
      },
      { name: 'cache', image: 'redis:7', hasBuild: false },
    ];

    it('binds to that service, pinned under the name the build pushed', () => {
      const metadata = [
        bake('api', [
          'registry.example.com/acme/api:latest',
          'registry.example.com/acme/api:v1.2.0',
        ]),
        bake('web', ['registry.example.com/acme/web:sha-abc'], D(4)),
      ];
      const result = plan({ services: stack, metadata, pinAll: false });
      expect(
        result.images.map((i) => [
          i.service,
          i.ref.original,
          i.tag,
          i.digest,
          i.source,
          i.removeBuild,
        ]),
      ).toEqual([
        ['api', 'registry.example.com/acme/api:v1.2.0', 'v1.2.0', D(3), 'buildx-metadata', true],
        ['web', 'registry.example.com/acme/web:sha-abc', 'sha-abc', D(4), 'buildx-metadata', true],
      ]);
      expect(result.unusedMetadata).toEqual([]);
      // No warning about the variables of images the metadata replaced.
      expect(result.warnings).toEqual([]);
      expect(result.unpinned).toEqual(['cache']);
    });

    it('not when its image.name is the image of another service, nor over images binding the service', () => {
      const metadata = [bake('web', ['docker.io/library/redis:7'])];
      const result = plan({ services: stack.slice(1), metadata, pinAll: false });
      expect(result.images.map((i) => [i.service, i.digest])).toEqual([['cache', D(3)]]);
      const bound = plan({
        services: stack.slice(1),
        metadata: [bake('web', ['registry.example.com/acme/web:v9'])],
        specs: parseImageSpecs(`web=ghcr.io/acme/web@${D(8)}`),
        pinAll: false,
      });
      expect(bound.images[0]).toMatchObject({ service: 'web', digest: D(8), source: 'reference' });
      expect(bound.unusedMetadata).toHaveLength(1);
    });

    it('refuses two targets of one name that disagree', () => {
      const metadata = [
        bake('web', ['r.example/acme/web:1'], D(3)),
        bake('web', ['r.example/acme/web:2'], D(4)),
      ];
      expect(() => plan({ services: stack.slice(1), metadata, pinAll: false })).toThrow(
        /metadata is ambiguous: it gives bake target "web" different digests/,
      );
    });
  });
});
