import { describe, expect, it } from 'vitest';
import {
  compareStored,
  NO_STORED_FILES,
  releaseDifferences,
  sameRelease,
  type StoredFiles,
} from '../../src/core/same-release.js';
import { makeRelease, stored } from '../helpers/records.js';

const ours = makeRelease();
const names = {
  releaseInfo: `main:${ours.files[0].path}`,
  appCompose: `main:${ours.files[1].path}`,
  dockerCompose: `main:${ours.files[2].path}`,
};

describe('sameRelease: one definition of the same release', () => {
  it.each([
    ['another time and run attempt', { createdAt: '2027-05-01T00:00:00Z', runAttempt: '3' }, true],
    ['platforms the registry could not give', { noPlatforms: true }, true],
    ['another image digest', { digest: 'f' }, false],
    ['another compose file around the same images', { composeExtra: '# changed\n' }, false],
    ['another version', { version: '1.0.1' }, false],
  ])('%s → %s', (_name, options, same) => {
    expect(sameRelease(makeRelease(options).record, ours.record)).toBe(same);
    expect(releaseDifferences(makeRelease(options).record, ours.record).length === 0).toBe(same);
  });

  it('names what differs', () => {
    expect(releaseDifferences(makeRelease({ digest: 'f' }).record, ours.record)).toEqual([
      expect.stringMatching(/^compose hash [0-9a-f]{64}, this run's [0-9a-f]{64}$/),
      expect.stringMatching(/^docker-compose sha256 /),
      'image digests of app',
    ]);
  });
});

describe('compareStored: what a place holds for this release', () => {
  const rerun = makeRelease({ createdAt: '2027-05-01T00:00:00Z', runAttempt: '2' });
  const tampered = (files: StoredFiles, key: keyof StoredFiles, bytes: Buffer | null) => ({
    ...files,
    [key]: bytes,
  });

  it.each<[string, StoredFiles, string | RegExp]>([
    ['nothing', NO_STORED_FILES, 'none'],
    ['files without a record', { ...stored(ours), releaseInfo: null }, 'none'],
    ['the same bytes', stored(ours), 'same'],
    ['the same release from another run', stored(rerun), 'same'],
    ['a different release', stored(makeRelease({ digest: 'f' })), /^compose hash .*image digests/],
    [
      'an unreadable record',
      tampered(stored(ours), 'releaseInfo', Buffer.from('{"theirs":true}\n')),
      /^its record is unreadable: main:releases\/v1\.0\.0-release-info\.json does not match/,
    ],
    [
      'a record whose app-compose file was edited',
      tampered(stored(ours), 'appCompose', Buffer.from('{}')),
      /^its files do not match their record: main:releases\/v1\.0\.0-app-compose\.json: sha256/,
    ],
    [
      'a record whose compose file is missing',
      tampered(stored(ours), 'dockerCompose', null),
      /docker-compose\.yml: missing/,
    ],
  ])('%s', (_name, files, expected) => {
    const verdict = compareStored(ours.record, files, names);
    if (typeof expected === 'string') {
      expect(verdict.kind).toBe(expected);
    } else {
      expect(verdict.kind).toBe('different');
      expect(verdict.kind === 'different' && verdict.reason).toMatch(expected);
    }
  });

  it('gives back the stored record of the same release, not the generated one', () => {
    const verdict = compareStored(ours.record, stored(rerun), names);
    expect(verdict).toEqual({ kind: 'same', record: rerun.record });
  });
});
