import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { InputError } from '../../src/core/errors.js';
import { findMetadataDigest, parseMetadataText } from '../../src/core/metadata.js';
import type { MetadataEntry } from '../../src/core/types.js';

const METADATA = join(FIXTURES, 'metadata');

async function fixtureText(name: string): Promise<string> {
  return readFile(join(METADATA, name), 'utf8');
}

/** Metadata as build-push-action or bake-action hands it over: JSON text. */
const parseMetadata = (value: unknown, input?: string): MetadataEntry[] =>
  parseMetadataText(JSON.stringify(value), input);

async function fixture(name: string): Promise<unknown> {
  return JSON.parse(await fixtureText(name)) as unknown;
}

/** Digests read straight from the fixtures, so the expectations follow the files. */
function digestOf(document: unknown, target?: string): string {
  const record = document as Record<string, Record<string, unknown>>;
  const result = target === undefined ? record : record[target];
  const digest = result?.['containerimage.digest'];
  if (typeof digest !== 'string') throw new Error(`fixture has no digest for ${target ?? 'root'}`);
  return digest;
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseMetadata: fixtures', () => {
  it('reads a build-push-action output (Docker Hub normalised, deduped, tags kept)', async () => {
    const doc = await fixture('build-push.json');
    const entries = parseMetadata(doc);
    expect(entries).toEqual([
      {
        repositories: ['docker.io/xmregistry/crossmint-ts-tee'],
        tags: { 'docker.io/xmregistry/crossmint-ts-tee': ['v1.0.0', 'latest'] },
        digest: digestOf(doc),
        names: ['xmregistry/crossmint-ts-tee:v1.0.0', 'xmregistry/crossmint-ts-tee:latest'],
      },
    ]);
    expect(entries[0]).not.toHaveProperty('target');
    // The index digest, not the config digest.
    const record = doc as Record<string, unknown>;
    expect(entries[0]?.digest).not.toBe(record['containerimage.config.digest']);
  });

  it('reads a bake-action output, skipping warnings and targets without a digest', async () => {
    const doc = await fixture('bake.json');
    expect(parseMetadata(doc)).toEqual([
      {
        repositories: ['docker.io/acme/app'],
        tags: { 'docker.io/acme/app': ['v2.1.0', 'latest'] },
        digest: digestOf(doc, 'app'),
        target: 'app',
        names: ['docker.io/acme/app:v2.1.0', 'docker.io/acme/app:latest'],
      },
      {
        repositories: ['ghcr.io/acme/worker'],
        tags: { 'ghcr.io/acme/worker': ['v2.1.0'] },
        digest: digestOf(doc, 'worker'),
        target: 'worker',
        names: ['ghcr.io/acme/worker:v2.1.0'],
      },
    ]);
  });

  it('reads an array of documents in order', async () => {
    const docs = (await fixture('array.json')) as unknown[];
    expect(parseMetadata(docs)).toEqual([
      {
        repositories: ['docker.io/acme/api'],
        tags: { 'docker.io/acme/api': ['1.4.0'] },
        digest: digestOf(docs[0]),
        names: ['acme/api:1.4.0'],
      },
      {
        repositories: ['localhost:5000/acme/migrations'],
        tags: { 'localhost:5000/acme/migrations': ['1.4.0'] },
        digest: digestOf(docs[1]),
        names: ['localhost:5000/acme/migrations:1.4.0'],
      },
    ]);
  });

  it('reads the minimal multi-node bake form (digest only)', async () => {
    const doc = await fixture('multi-node.json');
    expect(parseMetadata(doc)).toEqual([
      { repositories: [], digest: digestOf(doc, 'app'), target: 'app' },
      { repositories: [], digest: digestOf(doc, 'worker'), target: 'worker' },
    ]);
  });

  it('reads the minimal multi-node build-push form (digest only, no target)', async () => {
    const doc = await fixture('multi-node-single.json');
    expect(parseMetadata(doc)).toEqual([{ repositories: [], digest: digestOf(doc) }]);
  });

  it('splits a comma-separated image.name with spaces, with and without docker.io/', async () => {
    const doc = await fixture('image-names.json');
    expect(parseMetadata(doc)).toEqual([
      {
        repositories: [
          'docker.io/xmregistry/app',
          'ghcr.io/xmregistry/app',
          'docker.io/library/nginx-proxy',
        ],
        tags: {
          'docker.io/xmregistry/app': ['v1.0.0', 'latest', '1.0'],
          'ghcr.io/xmregistry/app': ['v1.0.0'],
          'docker.io/library/nginx-proxy': ['v1.0.0'],
        },
        digest: digestOf(doc),
        names: [
          'docker.io/xmregistry/app:v1.0.0',
          'xmregistry/app:latest',
          'index.docker.io/xmregistry/app:1.0',
          'ghcr.io/xmregistry/app:v1.0.0',
          'nginx-proxy:v1.0.0',
        ],
      },
    ]);
  });
});

describe('parseMetadata: shapes', () => {
  const d1 = `sha256:${'1'.repeat(64)}`;
  const d2 = `sha256:${'2'.repeat(64)}`;

  it.each<[string, unknown, MetadataEntry[]]>([
    [
      'image.name with an empty item',
      { 'containerimage.digest': d1, 'image.name': 'a/b:1,,' },
      [
        {
          repositories: ['docker.io/a/b'],
          tags: { 'docker.io/a/b': ['1'] },
          digest: d1,
          names: ['a/b:1'],
        },
      ],
    ],
    [
      'image.name empty',
      { 'containerimage.digest': d1, 'image.name': '' },
      [{ repositories: [], digest: d1 }],
    ],
    [
      'image.name with a digest',
      { 'containerimage.digest': d1, 'image.name': `a/b@${d1}` },
      [{ repositories: ['docker.io/a/b'], digest: d1, names: [`a/b@${d1}`] }],
    ],
    [
      'bake map with string and array values',
      {
        'buildx.build.warnings': [{ level: 1 }],
        note: 'hello',
        count: 3,
        nothing: null,
        web: { 'containerimage.digest': d2, 'image.name': 'ghcr.io/x/web:1' },
      },
      [
        {
          repositories: ['ghcr.io/x/web'],
          tags: { 'ghcr.io/x/web': ['1'] },
          digest: d2,
          target: 'web',
          names: ['ghcr.io/x/web:1'],
        },
      ],
    ],
    [
      'a repository named with and without a tag: its tags are not known',
      { 'containerimage.digest': d1, 'image.name': 'a/b:1,docker.io/a/b,c/d:2' },
      [
        {
          repositories: ['docker.io/a/b', 'docker.io/c/d'],
          tags: { 'docker.io/c/d': ['2'] },
          digest: d1,
          names: ['a/b:1', 'docker.io/a/b', 'c/d:2'],
        },
      ],
    ],
    [
      'imagetools create: the descriptor digest, repositories without tags',
      {
        'containerimage.descriptor': {
          mediaType: 'application/vnd.oci.image.index.v1+json',
          digest: d2,
          size: 4654,
        },
        'image.name': 'docker.io/user/app',
      },
      [{ repositories: ['docker.io/user/app'], digest: d2, names: ['docker.io/user/app'] }],
    ],
    [
      'both digests: containerimage.digest',
      { 'containerimage.digest': d1, 'containerimage.descriptor': { digest: d2 } },
      [{ repositories: [], digest: d1 }],
    ],
    [
      'a docker-driver build that loaded the image: the digest is its image ID',
      { 'containerimage.digest': d1, 'containerimage.config.digest': d1, 'image.name': 'a/b:1' },
      [
        {
          repositories: ['docker.io/a/b'],
          tags: { 'docker.io/a/b': ['1'] },
          digest: d1,
          imageId: true,
          names: ['a/b:1'],
        },
      ],
    ],
    [
      'a bake target from imagetools-style results',
      { app: { 'containerimage.descriptor': { digest: d2 } } },
      [{ repositories: [], digest: d2, target: 'app' }],
    ],
    [
      'array mixing build-push and bake documents',
      [
        { 'containerimage.digest': d1, 'image.name': 'a/one' },
        { two: { 'containerimage.digest': d2 } },
      ],
      [
        { repositories: ['docker.io/a/one'], digest: d1, names: ['a/one'] },
        { repositories: [], digest: d2, target: 'two' },
      ],
    ],
  ])('%s', (_name, value, expected) => {
    expect(parseMetadata(value)).toEqual(expected);
  });
});

describe('parseMetadata / parseMetadataText: errors', () => {
  const good = `sha256:${'a'.repeat(64)}`;

  it.each<[string, unknown, string[]]>([
    [
      'uppercase digest in a bake target',
      { app: { 'containerimage.digest': `sha256:${'A'.repeat(64)}` } },
      ['metadata, target "app"', 'is not a digest', 'expected sha256: followed by 64'],
    ],
    [
      'short digest at the top level',
      { 'containerimage.digest': 'sha256:abc' },
      ['"containerimage.digest" is not a digest; expected sha256:'],
    ],
    [
      'sha512 digest',
      { 'containerimage.digest': `sha512:${'a'.repeat(128)}` },
      ['"containerimage.digest" is not a digest'],
    ],
    [
      'digest that is a number',
      { 'containerimage.digest': 42 },
      ['"containerimage.digest" is a number;'],
    ],
    [
      'digest in the second document',
      [{ 'containerimage.digest': good }, { 'containerimage.digest': 'nope' }],
      ['metadata document 2', 'is not a digest'],
    ],
    [
      'invalid image.name',
      { web: { 'containerimage.digest': good, 'image.name': 'Acme/App:1' } },
      ['target "web"', '"image.name" holds a name (number 1) that is not a valid image reference'],
    ],
    [
      'image.name not a string',
      { 'containerimage.digest': good, 'image.name': ['a'] },
      ['"image.name" is an array'],
    ],
    ['empty object', {}, ['metadata names no image digest: it is empty']],
    [
      'only warnings',
      { 'buildx.build.warnings': [] },
      ['metadata names no image digest: it holds no build result, only "buildx.build.warnings"'],
    ],
    ['empty array', [], ['metadata names no image digest: it is empty']],
    [
      "docker/metadata-action's json output instead of the build's",
      {
        tags: ['ghcr.io/acme/app:v1.0.0'],
        labels: { 'org.opencontainers.image.version': 'v1.0.0' },
      },
      ["this is docker/metadata-action's output", 'steps.<build step id>.outputs.metadata'],
    ],
    [
      'a result that pushed nothing',
      { 'buildx.build.ref': 'b/b0/x', 'image.name': 'ghcr.io/acme/app:v1' },
      ['the build pushed no image', 'push: true'],
    ],
    [
      'a descriptor without a digest',
      { 'containerimage.descriptor': { mediaType: 'x', size: 3 }, 'image.name': 'a/b' },
      ['"containerimage.descriptor" has no "digest", and there is no "containerimage.digest"'],
    ],
    [
      'a descriptor with a short digest',
      { 'containerimage.descriptor': { digest: 'sha256:abc' } },
      ['"containerimage.descriptor.digest" is not a digest'],
    ],
    [
      'a descriptor that is a string',
      { 'containerimage.descriptor': 'sha256:abc' },
      ['"containerimage.descriptor" is a string; expected an OCI descriptor object'],
    ],
    ['a string', 'sha256:abc', ['metadata must be a JSON object', 'not a string']],
    ['null', null, ['metadata must be a JSON object', 'not null']],
    ['array holding a number', [1], ['metadata document 1 must be a JSON object']],
  ])('%s', (_name, value, parts) => {
    const error = thrown(() => parseMetadata(value));
    expect(error.input).toBe('metadata');
    expect(error.message.startsWith('metadata: ')).toBe(true);
    for (const part of parts) expect(error.message).toContain(part);
  });

  it('names the input it was given', () => {
    const error = thrown(() => parseMetadata({}, 'bake-metadata'));
    expect(error.input).toBe('bake-metadata');
    expect(error.message).toMatch(/^bake-metadata: /);
  });

  it('refuses the bad-digest fixture naming the target', async () => {
    const bad = await fixture('bad-digest.json');
    const error = thrown(() => parseMetadata(bad));
    expect(error.message).toContain('target "app"');
    // The bad value is not repeated: the file may be anything a path leads to.
    expect(error.message).not.toContain(digestOf(bad, 'app'));
  });

  it('refuses the no-digest fixture, naming push as the cause', async () => {
    const doc = await fixture('no-digest.json');
    const error = thrown(() => parseMetadata(doc));
    expect(error.message).toContain('names no image digest');
    expect(error.message).toContain('the build pushed no image');
    expect(error.message).toContain('push: true');
  });

  it('reads the imagetools create example of the buildx docs: the descriptor digest', () => {
    const text = readFileSync(
      join(FIXTURES, 'real-world/immich-imagetools-metadata/metadata.verbatim.json'),
      'utf8',
    );
    expect(parseMetadataText(text)).toEqual([
      {
        repositories: ['docker.io/user/app'],
        digest: 'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3',
        names: ['docker.io/user/app'],
      },
    ]);
  });

  it('flags the image IDs of a docker-driver bake run (actions-toolkit fixture)', () => {
    const text = readFileSync(
      join(FIXTURES, 'real-world/ac-react-java-mysql/metadata.verbatim.json'),
      'utf8',
    );
    const entries = parseMetadataText(text);
    expect(entries.map((e) => [e.target, e.imageId])).toEqual([
      ['lint', true],
      ['lint-inline', true],
      ['lint-other', true],
    ]);
  });

  it.each([
    ['truncated', 'truncated.json'],
    ['yaml', null],
  ])('refuses text that is not JSON (%s)', async (_name, file) => {
    const text = file === null ? 'app:\n  containerimage.digest: x\n' : await fixtureText(file);
    const error = thrown(() => parseMetadataText(text));
    expect(error.message).toMatch(/^metadata: metadata is not valid JSON: \S/);
  });

  it('parses text with a byte-order mark', async () => {
    const text = `\uFEFF${await fixtureText('build-push.json')}`;
    expect(parseMetadataText(text)).toEqual(parseMetadata(await fixture('build-push.json')));
  });
});

describe('findMetadataDigest', () => {
  const d = (n: number): string => `sha256:${String(n).repeat(64).slice(0, 64)}`;
  const entries: MetadataEntry[] = [
    { repositories: ['docker.io/acme/app', 'ghcr.io/acme/app'], digest: d(1), target: 'app' },
    { repositories: [], digest: d(2), target: 'worker' },
    { repositories: [], digest: d(3), target: 'cron' },
  ];

  it.each<
    [string, { repository: string; service?: string; trackedCount: number }, string | undefined]
  >([
    ['by repository', { repository: 'docker.io/acme/app', trackedCount: 3 }, d(1)],
    [
      'by second repository',
      { repository: 'ghcr.io/acme/app', service: 'x', trackedCount: 3 },
      d(1),
    ],
    [
      'repository beats target',
      { repository: 'ghcr.io/acme/app', service: 'worker', trackedCount: 3 },
      d(1),
    ],
    [
      'by bake target = service',
      { repository: 'docker.io/acme/worker', service: 'worker', trackedCount: 3 },
      d(2),
    ],
    ['other target', { repository: 'docker.io/acme/cron', service: 'cron', trackedCount: 1 }, d(3)],
    [
      'no match',
      { repository: 'docker.io/acme/other', service: 'other', trackedCount: 3 },
      undefined,
    ],
    [
      'two unnamed, one tracked: no guess',
      { repository: 'docker.io/acme/other', trackedCount: 1 },
      undefined,
    ],
  ])('%s', (_name, opts, expected) => {
    expect(findMetadataDigest(entries, opts)?.digest).toBe(expected);
  });

  it('returns the entry it bound to', () => {
    const found = findMetadataDigest(entries, {
      repository: 'x/y',
      service: 'cron',
      trackedCount: 2,
    });
    expect(found && 'entry' in found ? found.entry : undefined).toBe(entries[2]);
  });

  it('binds the only unnamed entry when exactly one image is tracked', async () => {
    const single = parseMetadata(await fixture('multi-node-single.json'));
    const opts = { repository: 'docker.io/xmregistry/app', service: 'app' };
    expect(findMetadataDigest(single, { ...opts, trackedCount: 1 })).toEqual({
      digest: single[0]?.digest,
      entry: single[0],
      entries: single,
    });
    expect(findMetadataDigest(single, { ...opts, trackedCount: 2 })).toBeUndefined();
  });

  it('binds the multi-node bake fixture by service name', async () => {
    const doc = await fixture('multi-node.json');
    const parsed = parseMetadata(doc);
    const opts = { repository: 'docker.io/acme/worker', service: 'worker', trackedCount: 2 };
    expect(findMetadataDigest(parsed, opts)?.digest).toBe(digestOf(doc, 'worker'));
    expect(
      findMetadataDigest(parsed, { repository: 'docker.io/acme/x', trackedCount: 1 }),
    ).toBeUndefined();
  });

  it('does not bind a named entry of another image to the one tracked image', () => {
    const named: MetadataEntry[] = [{ repositories: ['docker.io/acme/app'], digest: d(1) }];
    expect(
      findMetadataDigest(named, { repository: 'docker.io/acme/b', trackedCount: 1 }),
    ).toBeUndefined();
  });

  it('treats identical duplicates as one answer', () => {
    const dup: MetadataEntry[] = [
      { repositories: ['docker.io/acme/app'], digest: d(1) },
      { repositories: ['docker.io/acme/app'], digest: d(1) },
      { repositories: [], digest: d(2) },
      { repositories: [], digest: d(2) },
    ];
    const found = findMetadataDigest(dup, { repository: 'docker.io/acme/app', trackedCount: 2 });
    expect(found?.digest).toBe(d(1));
    // Both entries are this answer: neither is reported as unused metadata.
    expect(found && 'entries' in found ? found.entries : []).toEqual(dup.slice(0, 2));
    expect(
      findMetadataDigest(dup, { repository: 'docker.io/acme/z', trackedCount: 1 })?.digest,
    ).toBe(d(2));
  });

  it('takes, of two builds of a repository (ambiguous fixture), the one that pushed the tag', async () => {
    const parsed = parseMetadata(await fixture('ambiguous.json'));
    const query = { repository: 'docker.io/acme/app', trackedCount: 1 };
    const [v1, latest] = parsed;
    expect(findMetadataDigest(parsed, { ...query, tag: 'v1.0.0' })).toEqual({
      digest: v1?.digest,
      entry: v1,
      entries: [v1],
    });
    expect(findMetadataDigest(parsed, { ...query, tag: 'latest' })?.digest).toBe(latest?.digest);
    // Untagged or `latest` stands for the release: the build that pushed its version tag wins.
    for (const tag of [undefined, 'latest']) {
      expect(
        findMetadataDigest(parsed, { ...query, tag, versionTags: ['1.0.0', 'v1.0.0'] }),
      ).toEqual({ digest: v1?.digest, entry: v1, entries: [v1], versionTag: 'v1.0.0' });
    }
  });

  it('refuses two digests for one tag of a repository', () => {
    const twice: MetadataEntry[] = [
      {
        repositories: ['docker.io/acme/app'],
        tags: { 'docker.io/acme/app': ['v1'] },
        digest: d(1),
      },
      {
        repositories: ['docker.io/acme/app'],
        tags: { 'docker.io/acme/app': ['v1'] },
        digest: d(2),
      },
    ];
    const error = thrown(() =>
      findMetadataDigest(twice, { repository: 'docker.io/acme/app', tag: 'v1', trackedCount: 1 }),
    );
    expect(error.input).toBe('metadata');
    expect(error.message).toContain('ambiguous');
    expect(error.message).toContain('docker.io/acme/app');
    for (const entry of twice) expect(error.message).toContain(entry.digest);
  });

  describe('speaks only for the tags it lists', () => {
    const repository = 'ghcr.io/acme/app';
    const pushed = (...tags: string[]): MetadataEntry[] => [
      { repositories: [repository], tags: { [repository]: tags }, digest: d(1) },
    ];
    const versionTags = ['1.0.0', 'v1.0.0'];
    it.each<[string, MetadataEntry[], string | undefined, object | undefined]>([
      ['the tag it lists', pushed('v1.1.0'), 'v1.1.0', { digest: d(1) }],
      ['a tag it does not list', pushed('v1.1.0'), 'v1.0.0', { pushedTags: ['v1.1.0'] }],
      ['untagged, the version listed', pushed('v1.0.0'), undefined, { versionTag: 'v1.0.0' }],
      ['latest, the version listed', pushed('latest', '1.0.0'), 'latest', { versionTag: '1.0.0' }],
      ['untagged, only latest listed', pushed('latest'), undefined, { digest: d(1) }],
      ['latest, another version listed', pushed('v2.0.0'), 'latest', { pushedTags: ['v2.0.0'] }],
      ['untagged, another version listed', pushed('sha-1'), undefined, { pushedTags: ['sha-1'] }],
      [
        'any tag where it lists none (imagetools create)',
        [{ repositories: [repository], digest: d(1) }],
        'v9',
        { digest: d(1) },
      ],
    ])('%s', (_name, entries, tag, expected) => {
      const found = findMetadataDigest(entries, { repository, tag, versionTags, trackedCount: 1 });
      expect(found).toMatchObject(expected ?? {});
      if (expected && 'pushedTags' in expected) expect(found?.digest).toBeUndefined();
      if (expected && !('versionTag' in expected)) expect(found).not.toHaveProperty('versionTag');
    });
  });

  it('refuses to bind an image ID, naming the cause', () => {
    const local: MetadataEntry[] = [
      { repositories: [], digest: d(4), imageId: true, target: 'api' },
    ];
    const error = thrown(() =>
      findMetadataDigest(local, {
        repository: 'docker.io/acme/api',
        service: 'api',
        trackedCount: 1,
      }),
    );
    expect(error.message).toContain('target "api"');
    expect(error.message).toContain(
      `"containerimage.digest" is the image's config digest (${d(4)})`,
    );
    expect(error.message).toContain('push: true');
  });

  it('refuses two digests for one bake target', () => {
    const twice: MetadataEntry[] = [
      { repositories: [], digest: d(1), target: 'app' },
      { repositories: [], digest: d(2), target: 'app' },
    ];
    const error = thrown(() =>
      findMetadataDigest(twice, {
        repository: 'docker.io/a/b',
        service: 'app',
        trackedCount: 1,
        input: 'm',
      }),
    );
    expect(error.input).toBe('m');
    expect(error.message).toContain('bake target "app"');
  });
});
