import { describe, expect, it } from 'vitest';
import { parseRecord, serializeRecord, validateRecord } from '../../src/core/release-record.js';
import type { ReleaseRecord } from '../../src/core/types.js';

const hex = (c: string) => c.repeat(64);
const record: ReleaseRecord = {
  schema: 'release-tracker/release-info@1',
  version: '1.0.0',
  tag: 'v1.0.0',
  created_at: '2026-01-31T12:00:00Z',
  repository: 'acme/app',
  git: { commit: 'a'.repeat(40), ref: 'refs/tags/v1.0.0' },
  workflow: { run_id: '1', run_attempt: '1', url: 'https://github.com/acme/app/actions/runs/1' },
  images: [
    {
      service: 'app',
      repository: 'docker.io/xmregistry/crossmint-ts-tee',
      tag: '1.0.0',
      digest: `sha256:${hex('b')}`,
      reference: `xmregistry/crossmint-ts-tee:1.0.0@sha256:${hex('b')}`,
      platforms: [{ platform: 'linux/amd64', digest: `sha256:${hex('c')}` }],
      source: 'buildx-metadata',
    },
  ],
  compose_hash: hex('d'),
  files: {
    app_compose: { path: 'releases/v1.0.0-app-compose.json', sha256: hex('d') },
    docker_compose: { path: 'releases/v1.0.0-docker-compose.yml', sha256: hex('e') },
  },
};

describe('release record', () => {
  it('serialises as two-space JSON with a trailing newline, and parses back', () => {
    const text = serializeRecord(record);
    expect(text).toBe(`${JSON.stringify(record, null, 2)}\n`);
    expect(text.split('\n')[1]).toBe('  "schema": "release-tracker/release-info@1",');
    expect(parseRecord(text, 'x')).toEqual(record);
  });

  it('accepts null workflow and git (outside Actions, outside a repository)', () => {
    expect(() => validateRecord({ ...record, workflow: null, git: null }, 'x')).not.toThrow();
  });

  it.each([
    ['schema', { schema: 'other@1' }],
    ['compose_hash', { compose_hash: 'D'.repeat(64) }],
    ['version', { version: 'v1.0.0' }],
    ['created_at', { created_at: 'yesterday' }],
    ['images/0/digest', { images: [{ ...record.images[0], digest: 'sha256:abc' }] }],
    ['images/0/source', { images: [{ ...record.images[0], source: 'guess' }] }],
    [
      'images/0/platforms/0/platform',
      {
        images: [
          { ...record.images[0], platforms: [{ platform: 'amd64', digest: `sha256:${hex('c')}` }] },
        ],
      },
    ],
    ['unknown', { unknown: 1 }],
  ])('refuses a record with a bad %s', (field, patch) => {
    expect(() => validateRecord({ ...record, ...patch }, 'file.json')).toThrow(
      /file\.json does not match/,
    );
    expect(() => validateRecord({ ...record, ...patch }, 'file.json')).toThrow(
      new RegExp(field.split('/')[0] ?? ''),
    );
  });

  it('refuses invalid JSON and writing an invalid record', () => {
    expect(() => parseRecord('{', 'f.json')).toThrow(/f\.json is not valid JSON/);
    expect(() => serializeRecord({ ...record, compose_hash: 'x' })).toThrow(/does not match/);
  });

  // A record file may be anything a path leads to; JSON.parse's own messages quote the text.
  it.each([
    ['a passwd file', 'root:x:0:0:root:/root:/bin/bash\n', 'at line 1 column 1 (char 0)'],
    ['a token', 'ghp_SECRET0123456789', 'at line 1 column 1 (char 0)'],
    ['a truncated record', '{"schema": "ghp_SECRET', 'at line 1 column 12 (char 11)'],
  ])('names where %s is not JSON, never what it holds', (_name, text, where) => {
    let message = '';
    try {
      parseRecord(text, 'releases/v1.0.0-release-info.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^releases\/v1\.0\.0-release-info\.json is not valid JSON: /);
    expect(message).toContain(where);
    for (const secret of ['root', 'ghp', 'SECRET']) expect(message).not.toContain(secret);
  });
});
