import { describe, expect, it } from 'vitest';
import {
  distinctLookups,
  foldServed,
  lookupKey,
  recordedDigests,
  type Answer,
} from '../../src/core/served-digests.js';
import { makeRelease } from '../helpers/records.js';

const d = (c: string) => `sha256:${c.repeat(64)}`;
// Two releases of one image: 1.1.0 re-pins the image; both name the same amd64 manifest.
const v100 = makeRelease({ version: '1.0.0', digest: 'a' }).record;
const v110 = makeRelease({ version: '1.1.0', digest: 'c' }).record;
const digests = recordedDigests([v110, v100]);

describe('the digests a release record names', () => {
  it("lists each image's digest, then its platforms', release by release", () => {
    expect(digests).toEqual([
      {
        version: '1.1.0',
        service: 'app',
        repository: 'ghcr.io/acme/app',
        digest: d('c'),
        platform: null,
      },
      {
        version: '1.1.0',
        service: 'app',
        repository: 'ghcr.io/acme/app',
        digest: d('b'),
        platform: 'linux/amd64',
      },
      {
        version: '1.0.0',
        service: 'app',
        repository: 'ghcr.io/acme/app',
        digest: d('a'),
        platform: null,
      },
      {
        version: '1.0.0',
        service: 'app',
        repository: 'ghcr.io/acme/app',
        digest: d('b'),
        platform: 'linux/amd64',
      },
    ]);
  });

  it('asks about each repository and digest once', () => {
    expect(distinctLookups(digests).map(lookupKey)).toEqual([
      `ghcr.io/acme/app@${d('c')}`,
      `ghcr.io/acme/app@${d('b')}`,
      `ghcr.io/acme/app@${d('a')}`,
    ]);
  });
});

describe('the verdict', () => {
  const answers = (a: Answer, b: Answer, c: Answer) =>
    new Map<string, Answer>([
      [`ghcr.io/acme/app@${d('a')}`, a],
      [`ghcr.io/acme/app@${d('b')}`, b],
      [`ghcr.io/acme/app@${d('c')}`, c],
    ]);

  it.each([
    ['all served', answers({ served: true }, { served: true }, { served: true }), true, [], []],
    [
      'a shared platform manifest gone: every release naming it',
      answers({ served: true }, { served: false }, { served: true }),
      false,
      ['1.1.0 linux/amd64', '1.0.0 linux/amd64'],
      [],
    ],
    [
      'a registry that could not say: not checked, never gone',
      answers({ served: false }, { error: 'ghcr.io unreachable' }, { served: true }),
      false,
      ['1.0.0 image'],
      ['1.1.0 linux/amd64: ghcr.io unreachable', '1.0.0 linux/amd64: ghcr.io unreachable'],
    ],
  ])('%s', (_name, given, ok, gone, notChecked) => {
    const report = foldServed(digests, given);
    expect(report.ok).toBe(ok);
    expect(report.checked).toBe(4);
    expect(report.lookups).toBe(3);
    expect(report.gone.map((g) => `${g.version} ${g.platform ?? 'image'}`)).toEqual(gone);
    expect(
      report.notChecked.map((n) => `${n.version} ${n.platform ?? 'image'}: ${n.error}`),
    ).toEqual(notChecked);
  });

  it('counts a digest that was never asked about as not checked', () => {
    const report = foldServed(digests, new Map());
    expect(report.ok).toBe(false);
    expect(report.gone).toEqual([]);
    expect(report.notChecked).toHaveLength(4);
  });
});
