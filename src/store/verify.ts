// `verify`, and `find` for the releases it answers with: every record checked against its own
// files. Loaded only by those commands, since it brings the YAML parser (see src/cli/main.ts).
import { basename } from 'node:path';
import { CheckError } from '../core/errors.js';
import { pinnedServices, recordProblems } from '../core/record-consistency.js';
import type { ComposeService } from '../core/types.js';
import { fileProblems } from '../core/same-release.js';
import { parseTag, parseTagOrNull } from '../core/version.js';
import { readOrNull, readRecordFile, releaseFiles, type StoredRelease } from './releases.js';

export interface VerifyResult {
  readonly version: string;
  readonly ok: boolean;
  readonly problems: readonly string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Releases often share a pinned compose file byte for byte (a release that changed only its
 * settings): each text is read as Compose reads it once per run. Only what read cleanly is kept
 * (a problem names its own file), and only so many, as a query may read thousands.
 */
const readServices = new Map<string, readonly ComposeService[]>();
const MAX_CACHED = 1_000;

function servicesOf(text: string, path: string): ReturnType<typeof pinnedServices> {
  const cached = readServices.get(text);
  if (cached !== undefined) return cached;
  const services = pinnedServices(text, path);
  if ('problem' in services) return services;
  if (readServices.size >= MAX_CACHED) readServices.clear();
  readServices.set(text, services);
  return services;
}

/**
 * What keeps a stored release from being what its record says: the file names and tag the record
 * gives, each recorded hash against the file's bytes, the app-compose document embedding exactly
 * the compose file, and every recorded image being the image of its service in that file.
 */
export function releaseProblems(dir: string, stored: StoredRelease): string[] {
  const { record, version } = stored;
  const problems: string[] = [];
  const { appCompose: appPath, dockerCompose: composePath } = releaseFiles(dir, version);
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
  let app: Buffer | null;
  let compose: Buffer | null;
  try {
    [app, compose] = [readOrNull(appPath), readOrNull(composePath)];
  } catch (error) {
    // A file behind a link is never read: the release cannot be verified.
    if (error instanceof CheckError) return [...problems, error.message];
    throw error;
  }
  problems.push(
    ...fileProblems(record, { path: appPath, bytes: app }, { path: composePath, bytes: compose }),
  );
  if (compose !== null) {
    let text: string | undefined;
    try {
      text = utf8.decode(compose);
    } catch {
      problems.push(`${composePath}: not valid UTF-8 text`);
    }
    if (text !== undefined) {
      problems.push(...recordProblems(record, servicesOf(text, composePath), composePath));
    }
  }
  return problems;
}

/**
 * Checks one release (`releaseProblems`); a record that is missing or unreadable fails too. The
 * record read is handed back (null when it could not be read), so no caller reads it again.
 */
export function verifyRelease(
  dir: string,
  versionOrTag: string,
): { result: VerifyResult; stored: StoredRelease | null } {
  const { version } = parseTag(versionOrTag, 'version');
  let stored: StoredRelease;
  try {
    stored = readRecordFile(dir, version);
  } catch (error) {
    if (error instanceof CheckError) {
      return { result: { version, ok: false, problems: [error.message] }, stored: null };
    }
    throw error;
  }
  const problems = releaseProblems(dir, stored);
  return { result: { version, ok: problems.length === 0, problems }, stored };
}
