import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CheckError, InputError } from '../core/errors.js';
import { fileProblems } from '../core/same-release.js';
import { parseRecord, releaseFileNames, RELEASE_INFO_FILE } from '../core/release-record.js';
import { mapLimit } from '../core/concurrency.js';
import type { ReleaseRecord } from '../core/types.js';
import { compareVersions, parseTag } from '../core/version.js';

/** Files read at once: far below any open-file limit, enough to keep the disk busy. */
export const FILE_CONCURRENCY = 64;

/** A recorded release found in a releases directory. */
export interface StoredRelease {
  readonly version: string;
  readonly file: string;
  readonly record: ReleaseRecord;
}

async function readDirNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    // No directory yet is no release yet: `list` prints nothing, `latest` and `verify` fail.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(
      '--dir',
      `cannot read releases directory ${dir}: ${(error as Error).message}`,
    );
  }
}

/** Versions recorded in `dir`, from file names alone, newest first by SemVer precedence. */
export async function recordedVersions(dir: string): Promise<string[]> {
  const versions: string[] = [];
  for (const name of await readDirNames(dir)) {
    const match = RELEASE_INFO_FILE.exec(name);
    if (match?.[1] === undefined) continue;
    try {
      versions.push(parseTag(match[1]).version);
    } catch {
      // Not one of ours (a file that only looks like a record): not a release.
    }
  }
  return versions.sort((a, b) => compareVersions(b, a));
}

/** Reads and schema-checks one release's record; a release that is not there is a CheckError. */
export async function readRelease(dir: string, versionOrTag: string): Promise<StoredRelease> {
  const { version, prefix } = parseTag(versionOrTag, 'version');
  const file = join(dir, releaseFileNames(prefix).releaseInfo);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CheckError(`release ${prefix} not found in ${dir}`);
  }
  const record = parseRecord(text, file);
  if (record.version !== version) {
    throw new CheckError(`${file} records version ${record.version}, not ${version}`);
  }
  return { version, file, record };
}

/** All releases in `dir`, newest first. */
export async function readAllReleases(dir: string): Promise<StoredRelease[]> {
  const versions = await recordedVersions(dir);
  return mapLimit(versions, FILE_CONCURRENCY, (v) => readRelease(dir, v));
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
  return { appCompose: join(dir, names.appCompose), dockerCompose: join(dir, names.dockerCompose) };
}

function parseTagOrNull(tag: string): ReturnType<typeof parseTag> | null {
  try {
    return parseTag(tag);
  } catch {
    return null;
  }
}

export interface VerifyResult {
  readonly version: string;
  readonly ok: boolean;
  readonly problems: readonly string[];
}

/** The file's bytes, or null when it does not exist; any other failure is not a verdict and throws. */
async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Checks one release: its record against the schema, each recorded hash against the file's bytes,
 * and that the app-compose document embeds exactly the recorded compose file.
 */
export async function verifyRelease(dir: string, versionOrTag: string): Promise<VerifyResult> {
  const { version } = parseTag(versionOrTag, 'version');
  let stored: StoredRelease;
  try {
    stored = await readRelease(dir, version);
  } catch (error) {
    if (error instanceof CheckError) return { version, ok: false, problems: [error.message] };
    throw error;
  }
  const { record } = stored;
  const problems: string[] = [];
  const appPath = releaseFiles(dir, version).appCompose;
  const composePath = releaseFiles(dir, version).dockerCompose;
  for (const [recorded, expected] of [
    [record.files.app_compose.path, appPath],
    [record.files.docker_compose.path, composePath],
  ] as const) {
    if (basename(recorded) !== basename(expected)) {
      problems.push(`record: names ${recorded} as its file, not ${basename(expected)}`);
    }
  }
  if (parseTagOrNull(record.tag)?.version !== version) {
    problems.push(`record: tag ${record.tag} is not version ${version}`);
  }
  const [app, compose] = await Promise.all([readOrNull(appPath), readOrNull(composePath)]);
  problems.push(
    ...fileProblems(record, { path: appPath, bytes: app }, { path: composePath, bytes: compose }),
  );
  return { version, ok: problems.length === 0, problems };
}
