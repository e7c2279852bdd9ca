// Reads are synchronous: a query reads thousands of small files and does nothing else meanwhile,
// and one readFileSync costs a fraction of the four thread-pool round trips of an async readFile
// (open, stat, read, close). Measured in `npm run bench`.
import { constants, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { normalize, sep } from 'node:path';
import semver from 'semver';
import { CheckError, InputError, errorCode, errorMessage } from '../core/errors.js';
import { parseRecord, releaseFileNames, RELEASE_INFO_FILE } from '../core/release-record.js';
import { compareStored } from '../core/same-release.js';
import type { ReleaseRecord } from '../core/types.js';
import { compareVersions, parseTag, parseTagOrNull } from '../core/version.js';

/** A recorded release found in a releases directory. */
export interface StoredRelease {
  readonly version: string;
  readonly file: string;
  readonly record: ReleaseRecord;
}

/** A record that could not be read: which file and why. */
export interface UnreadableRecord {
  readonly version: string;
  readonly file: string;
  readonly problem: string;
}

/**
 * Refuses a releases directory that is not there: a typo in `--dir` must not read as "no
 * releases". An empty directory is fine. `input` names the directory in errors, as the caller
 * names it (the CLI's `--dir`, the attest action's `releases-dir`).
 */
export function requireReleasesDir(dir: string, input = '--dir'): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new InputError(input, `releases directory ${dir} does not exist`);
    }
    throw new InputError(input, `cannot read releases directory ${dir}: ${errorMessage(error)}`);
  }
  if (!isDirectory) throw new InputError(input, `${dir} is not a directory`);
}

/**
 * Versions recorded in `dir`, from file names alone, newest first by SemVer precedence. `input`
 * names the directory in errors (`requireReleasesDir`).
 */
export function recordedVersions(dir: string, input = '--dir'): string[] {
  requireReleasesDir(dir, input);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new InputError(input, `cannot read releases directory ${dir}: ${errorMessage(error)}`);
  }
  const versions: string[] = [];
  for (const name of names) {
    const match = RELEASE_INFO_FILE.exec(name);
    if (match?.[1] === undefined) continue;
    // A file that only looks like a record (no version in its name) is not a release.
    const parsed = parseTagOrNull(match[1]);
    if (parsed) versions.push(parsed.version);
  }
  return newestFirst(versions);
}

/**
 * Sorts by `compareVersions`, each version parsed once: sorting ten thousand versions compares
 * them over a hundred thousand times.
 */
function newestFirst(versions: readonly string[]): string[] {
  const parsed = versions.map((version) => ({ version, semver: new semver.SemVer(version) }));
  parsed.sort((a, b) => b.semver.compare(a.semver) || compareVersions(b.version, a.version));
  return parsed.map((p) => p.version);
}

/**
 * `path.join(dir, name)` for a plain file name, with `dir` normalised once: a query joins tens of
 * thousands of names to one directory, and `join` normalises the whole path each time.
 */
const dirPrefixes = new Map<string, string>();
function inDir(dir: string, name: string): string {
  let prefix = dirPrefixes.get(dir);
  if (prefix === undefined) {
    const base = normalize(dir);
    prefix = base === `.${sep}` || base === '.' ? '' : base.endsWith(sep) ? base : `${base}${sep}`;
    dirPrefixes.set(dir, prefix);
  }
  return `${prefix}${name}`;
}

function recordPath(dir: string, prefix: string): string {
  return inDir(dir, releaseFileNames(prefix).releaseInfo);
}

/**
 * Opening a file refuses a symbolic link: `O_NOFOLLOW` (0 where the platform has none: Windows).
 * Node takes open flags as a number too, which its types leave out.
 */
const NO_FOLLOW = (constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)) as unknown as string;

/**
 * A file of the releases directory, never through a symbolic link: a link there could make a
 * record, or the files it hashes, say what some other file says. `O_NOFOLLOW` refuses a link as
 * the file is opened (in the same single read call a plain read makes); where the platform has
 * no such flag, it is looked at first.
 */
function readNoFollow(path: string): Buffer;
function readNoFollow(path: string, encoding: 'utf8'): string;
function readNoFollow(path: string, encoding?: 'utf8'): Buffer | string {
  try {
    if (constants.O_NOFOLLOW === undefined && lstatSync(path).isSymbolicLink()) {
      throw Object.assign(new Error('symbolic link'), { code: 'ELOOP' });
    }
    return encoding
      ? readFileSync(path, { encoding, flag: NO_FOLLOW })
      : readFileSync(path, { flag: NO_FOLLOW });
  } catch (error) {
    if (errorCode(error) === 'ELOOP') {
      throw new CheckError(
        `${path} is a symbolic link; files of the releases directory are never read through links`,
      );
    }
    throw error;
  }
}

/** Reads and schema-checks the record of `version` (already parsed); every failure is a CheckError. */
export function readRecordFile(dir: string, version: string): StoredRelease {
  const file = recordPath(dir, `v${version}`);
  let text: string;
  try {
    text = readNoFollow(file, 'utf8');
  } catch (error) {
    if (error instanceof CheckError) throw error;
    if (errorCode(error) === 'ENOENT')
      throw new CheckError(`release v${version} not found in ${dir}`);
    throw new CheckError(`${file}: cannot be read: ${errorMessage(error)}`);
  }
  const record = parseRecord(text, file);
  if (record.version !== version) {
    throw new CheckError(`${file} records version ${record.version}, not ${version}`);
  }
  return { version, file, record };
}

/**
 * Reads and schema-checks one release's record. A release that is not there, or whose record is
 * unreadable, is a CheckError; a directory that is not there is an InputError.
 */
export function readRelease(dir: string, versionOrTag: string): StoredRelease {
  const { version } = parseTag(versionOrTag, 'version');
  requireReleasesDir(dir);
  return readRecordFile(dir, version);
}

/**
 * Every release in `dir`, newest first. A record that cannot be read or fails the schema does not
 * hide the others: it is returned in `unreadable`, for the caller to name. `input` names the
 * directory in errors (`requireReleasesDir`).
 */
export function readAllReleases(
  dir: string,
  input = '--dir',
): {
  releases: StoredRelease[];
  unreadable: UnreadableRecord[];
} {
  const releases: StoredRelease[] = [];
  const unreadable: UnreadableRecord[] = [];
  for (const version of recordedVersions(dir, input)) {
    try {
      releases.push(readRecordFile(dir, version));
    } catch (error) {
      if (!(error instanceof CheckError)) throw error;
      unreadable.push({ version, file: recordPath(dir, `v${version}`), problem: error.message });
    }
  }
  return { releases, unreadable };
}

/**
 * `readAllReleases` for a reader that goes on without the unreadable records: each is named in a
 * warning, once all are read.
 */
export function readableReleases(
  dir: string,
  warn: (message: string) => void,
  input = '--dir',
): StoredRelease[] {
  const { releases, unreadable } = readAllReleases(dir, input);
  for (const bad of unreadable) warn(`skipped ${bad.file}: ${bad.problem}`);
  return releases;
}

/** The highest release that is not a pre-release. */
export function latestRelease(releases: readonly StoredRelease[]): StoredRelease | undefined {
  return releases.find((r) => !parseTag(r.version).prerelease);
}

/**
 * Where a release's files are: beside its record, under the names its version gives them. The
 * paths inside the record are checked against these names, never followed (a record pointing at
 * another release's files must not verify).
 */
export function releaseFiles(
  dir: string,
  version: string,
): { appCompose: string; dockerCompose: string } {
  const names = releaseFileNames(`v${version}`);
  return {
    appCompose: inDir(dir, names.appCompose),
    dockerCompose: inDir(dir, names.dockerCompose),
  };
}

/** The file's bytes, or null when it does not exist; any other failure is not a verdict and throws. */
export function readOrNull(path: string): Buffer | null {
  try {
    return readNoFollow(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** What the releases directory already holds for a release about to be written. */
export type StoredState =
  | { readonly kind: 'absent' }
  | { readonly kind: 'same'; readonly stored: StoredRelease }
  | { readonly kind: 'different'; readonly reason: string };

/**
 * The action's rule for a record already there, applied to a directory: the same release (one
 * definition, `compareStored` in src/core/same-release.ts) with its files intact is kept as it is;
 * anything else is different.
 */
export function storedState(dir: string, record: ReleaseRecord): StoredState {
  const file = recordPath(dir, `v${record.version}`);
  const { appCompose, dockerCompose } = releaseFiles(dir, record.version);
  const verdict = compareStored(
    record,
    {
      releaseInfo: readOrNull(file),
      appCompose: readOrNull(appCompose),
      dockerCompose: readOrNull(dockerCompose),
    },
    { releaseInfo: file, appCompose, dockerCompose },
  );
  if (verdict.kind === 'none') return { kind: 'absent' };
  if (verdict.kind === 'different') return verdict;
  return { kind: 'same', stored: { version: record.version, file, record: verdict.record } };
}
