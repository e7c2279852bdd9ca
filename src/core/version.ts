import semver from 'semver';
import { InputError } from './errors.js';
import { isValidTag } from './reference.js';

export interface ReleaseVersion {
  /** The tag as given, e.g. `v1.2.3` or `1.2.3`. */
  readonly tag: string;
  /** The tag without its leading `v`. */
  readonly version: string;
  /** File name prefix, always `v<version>`. */
  readonly prefix: string;
  readonly prerelease: boolean;
}

// SemVer 2.0's own grammar (semver.org), stricter than `semver.valid`, which trims and accepts `=`.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Parses a release tag (`v1.2.3` or `1.2.3`), refusing anything that is not SemVer 2.0. */
export function parseTag(tag: string, input = 'tag'): ReleaseVersion {
  if (tag === '') throw new InputError(input, 'no release tag given');
  if (/\s/.test(tag) || tag.includes('/') || tag.includes('..')) {
    throw new InputError(
      input,
      `"${tag}" is not a release tag: it must not contain "/", ".." or whitespace`,
    );
  }
  const version = tag.startsWith('v') ? tag.slice(1) : tag;
  if (!SEMVER.test(version)) {
    throw new InputError(
      input,
      `"${tag}" is not a SemVer 2.0 version such as v1.2.3 or 1.2.3-rc.1`,
    );
  }
  return { tag, version, prefix: `v${version}`, prerelease: semver.prerelease(version) !== null };
}

/** The tag parsed, or null when it is not a release tag (a file or release that is not ours). */
export function parseTagOrNull(tag: string): ReleaseVersion | null {
  try {
    return parseTag(tag);
  } catch {
    return null;
  }
}

/** SemVer precedence, build metadata ignored; ties broken by the text so the order is total. */
export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The release version as image tags, in preference order: the version (`1.2.3`), then the release
 * tag as written (`v1.2.3`). A version with build metadata gives none, since Docker tags cannot
 * hold `+` and a rewritten tag would be one nobody pushed (README: "Decisions where the
 * specification is silent").
 */
export function versionTags(release: ReleaseVersion): string[] {
  return [...new Set([release.version, release.tag])].filter(isValidTag);
}
