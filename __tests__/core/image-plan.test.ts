import { describe, expect, it } from 'vitest';
import { parseImageSpecs, planImages, type PlanInput } from '../../src/core/image-plan.js';
import type { ComposeService, MetadataEntry } from '../../src/core/types.js';

const D = (n: number): string => `sha256:${String(n).padStart(2, '0').repeat(32)}`;

const services: ComposeService[] = [
  { name: 'app', image: 'ghcr.io/acme/app:latest', hasBuild: true },
  { name: 'worker', image: 'ghcr.io/acme/app:latest', hasBuild: false },
  { name: 'proxy', image: 'nginx:1.27', hasBuild: false },
  { name: 'db', image: `postgres:16@${D(9)}`, hasBuild: false },
  { name: 'builder', hasBuild: true },
];

function plan(over: Partial<PlanInput>) {
  return planImages({
    services,
    composeFile: 'docker-compose.yml',
    specs: [],
    metadata: [],
    version: '1.2.0',
    pinAll: true,
    ...over,
  });
}

const summary = (over: Partial<PlanInput>) =>
  plan(over).images.map((i) => [
    i.service,
    i.source,
    i.digest ?? null,
    i.tag ?? null,
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
      ['app', 'reference', D(1), '1.2.0', true, true, true],
      ['worker', 'reference', D(1), '1.2.0', true, true, false],
      ['proxy', 'registry', null, '1.27', false, true, false],
      ['db', 'reference', D(9), '16', false, false, false],
    ]);
  });

  it('binds service= to one service and takes metadata digests by repository', () => {
    const metadata: MetadataEntry[] = [{ repositories: ['ghcr.io/acme/app'], digest: D(2) }];
    expect(
      summary({ specs: parseImageSpecs('app=ghcr.io/acme/app:v1.2.0'), metadata, pinAll: false }),
    ).toEqual([
      ['app', 'buildx-metadata', D(2), 'v1.2.0', true, true, true],
      ['worker', 'buildx-metadata', D(2), '1.2.0', true, true, false],
      ['db', 'reference', D(9), '16', false, false, false],
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
      true,
      true,
      false,
    ]);
    expect(rows.find((r) => r[0] === 'app')?.[1]).toBe('registry');
  });

  it('leaves an interpolated image unpinned when pin-all-images is off', () => {
    const result = plan({
      services: [...services, { name: 'side', image: '${REGISTRY}/side:${TAG}', hasBuild: false }],
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

  it.each([
    [
      'a service that does not exist',
      { specs: parseImageSpecs('web=nginx') },
      /images: service "web".*app, worker, proxy, db, builder/,
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
      { services: [{ name: 'x', image: '${IMAGE}', hasBuild: false }] },
      /pin-all-images: service "x".*\$\{IMAGE\}/,
    ],
  ])('refuses %s', (_name, over, message) => {
    expect(() => plan(over as Partial<PlanInput>)).toThrow(message);
  });
});
