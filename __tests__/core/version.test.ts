import { describe, expect, it } from 'vitest';
import { compareVersions, parseTag, versionTags } from '../../src/core/version.js';

describe('parseTag', () => {
  it.each([
    ['v1.2.3', '1.2.3', 'v1.2.3', false],
    ['1.2.3', '1.2.3', 'v1.2.3', false],
    ['v1.0.0-rc.1', '1.0.0-rc.1', 'v1.0.0-rc.1', true],
    ['v1.0.0+build.5', '1.0.0+build.5', 'v1.0.0+build.5', false],
    ['v0.0.0-alpha-1.x', '0.0.0-alpha-1.x', 'v0.0.0-alpha-1.x', true],
  ])('%s', (tag, version, prefix, prerelease) => {
    expect(parseTag(tag)).toEqual({ tag, version, prefix, prerelease });
  });

  it.each([
    ['', /no release tag/],
    ['v1.2', /not a SemVer/],
    ['release-1', /not a SemVer/],
    ['v01.2.3', /not a SemVer/],
    ['vv1.2.3', /not a SemVer/],
    ['v1.2.3-', /not a SemVer/],
    ['v1.2.3/x', /must not contain/],
    ['v1.2.3..4', /must not contain/],
    ['v1.2.3 ', /must not contain/],
    ['V1.2.3', /not a SemVer/],
  ])('refuses %j, naming the input', (tag, message) => {
    expect(() => parseTag(tag, 'tag')).toThrow(message);
    expect(() => parseTag(tag, 'tag')).toThrow(/^tag: /);
  });
});

describe('compareVersions', () => {
  it('orders by SemVer precedence', () => {
    const sorted = [
      '1.0.0',
      '1.0.0-rc.1',
      '1.10.0',
      '1.2.0',
      '1.0.0-alpha',
      '1.0.0-alpha.10',
      '1.0.0-alpha.2',
    ].sort(compareVersions);
    expect(sorted).toEqual([
      '1.0.0-alpha',
      '1.0.0-alpha.2',
      '1.0.0-alpha.10',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
    ]);
  });
  it('breaks build-metadata ties by text so the order is total', () => {
    expect(compareVersions('1.0.0+a', '1.0.0+b')).toBeLessThan(0);
    expect(compareVersions('1.0.0+b', '1.0.0+a')).toBeGreaterThan(0);
  });
});

describe('versionTags', () => {
  it.each([
    ['v1.2.3', ['1.2.3', 'v1.2.3']],
    ['1.2.3', ['1.2.3']],
    ['v2.0.0-rc.1', ['2.0.0-rc.1', 'v2.0.0-rc.1']],
    // Docker tags cannot hold "+", and a rewritten tag would be one nobody pushed.
    ['v1.0.0+build.5', []],
    ['1.0.0-rc.1+sha.5114f85', []],
  ])('%s', (tag, expected) => {
    expect(versionTags(parseTag(tag))).toEqual(expected);
  });
});
