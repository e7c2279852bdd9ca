import { inspectAppCompose } from './app-compose.js';
import { errorMessage } from './errors.js';
import { sha256Hex } from './hash.js';
import type { InputNames } from './input-names.js';
import { parseRecord } from './release-record.js';
import type { ReleaseImage, ReleaseRecord } from './types.js';

/**
 * What makes two records the same release, the one definition used everywhere (the branch's
 * record on a re-run, a branch that moved under a commit, a release's assets, `generate`): the
 * same version, compose hash, pinned compose file and image digests per service. When and by which
 * run or workflow it was recorded, and what the registry said about platforms, do not count.
 */
export function sameRelease(a: ReleaseRecord, b: ReleaseRecord): boolean {
  return releaseDifferences(a, b).length === 0;
}

const imageKey = (image: ReleaseImage): string =>
  `${image.service}\u0000${image.repository}\u0000${image.digest}`;

/** How `stored` differs from `generated` as a release, in words; empty when it is the same release. */
export function releaseDifferences(stored: ReleaseRecord, generated: ReleaseRecord): string[] {
  const differences: string[] = [];
  if (stored.version !== generated.version) {
    differences.push(`version ${stored.version}, this run's ${generated.version}`);
  }
  if (stored.compose_hash !== generated.compose_hash) {
    differences.push(`compose hash ${stored.compose_hash}, this run's ${generated.compose_hash}`);
  }
  if (stored.files.docker_compose.sha256 !== generated.files.docker_compose.sha256) {
    differences.push(
      `docker-compose sha256 ${stored.files.docker_compose.sha256}, this run's ${generated.files.docker_compose.sha256}`,
    );
  }
  const theirs = new Set(stored.images.map(imageKey));
  const ours = new Set(generated.images.map(imageKey));
  const changed = [
    ...stored.images.filter((i) => !ours.has(imageKey(i))),
    ...generated.images.filter((i) => !theirs.has(imageKey(i))),
  ].map((i) => i.service);
  if (changed.length > 0 || stored.images.length !== generated.images.length) {
    differences.push(`image digests of ${[...new Set(changed)].join(', ') || 'the services'}`);
  }
  return differences;
}

/** A release file as found: where (for messages) and its bytes, null when absent. */
export interface FoundFile {
  readonly path: string;
  readonly bytes: Buffer | null;
}

/**
 * What keeps a record's files from being the ones it records: each recorded hash against the
 * bytes, and the app-compose document embedding exactly the compose file. Shared by `verify` and
 * every comparison with a stored release.
 */
export function fileProblems(record: ReleaseRecord, app: FoundFile, compose: FoundFile): string[] {
  const problems: string[] = [];
  if (record.compose_hash !== record.files.app_compose.sha256) {
    problems.push(
      `record: compose_hash ${record.compose_hash} differs from files.app_compose.sha256 ${record.files.app_compose.sha256}`,
    );
  }
  if (app.bytes === null) problems.push(`${app.path}: missing`);
  else {
    const actual = sha256Hex(app.bytes);
    if (actual !== record.compose_hash) {
      problems.push(`${app.path}: sha256 ${actual}, recorded compose hash ${record.compose_hash}`);
    }
  }
  if (compose.bytes === null) problems.push(`${compose.path}: missing`);
  else {
    const actual = sha256Hex(compose.bytes);
    if (actual !== record.files.docker_compose.sha256) {
      problems.push(
        `${compose.path}: sha256 ${actual}, recorded ${record.files.docker_compose.sha256}`,
      );
    }
  }
  if (app.bytes !== null && compose.bytes !== null) {
    const embedded = inspectAppCompose(app.bytes).document?.['docker_compose_file'];
    if (embedded !== compose.bytes.toString('utf8')) {
      problems.push(`${app.path}: docker_compose_file is not the text of ${compose.path}`);
    }
  }
  return problems;
}

/** The three files of one release as a place holds them (null: absent there). */
export interface StoredFiles {
  readonly releaseInfo: Buffer | null;
  readonly appCompose: Buffer | null;
  readonly dockerCompose: Buffer | null;
}

export const NO_STORED_FILES: StoredFiles = {
  releaseInfo: null,
  appCompose: null,
  dockerCompose: null,
};

/** What a place holds for this release, measured against what this run generated. */
export type StoredVerdict =
  /** No record there. */
  | { readonly kind: 'none' }
  /** The same release, its files intact: these bytes are the record (reuse them). */
  | { readonly kind: 'same'; readonly record: ReleaseRecord }
  /** A different release, or a record that is unreadable or does not match its files. */
  | { readonly kind: 'different'; readonly reason: string };

/**
 * Compares what one place (a branch, a release's assets, a releases directory) stores for this
 * release with the generated record. A file under one of the release's names without the record
 * file beside it (a hand-written app-compose, a lone docker-compose) is a different record unless
 * its bytes are this release's own. `names` are how messages name the stored files
 * (`main:releases/…`, a path).
 */
export function compareStored(
  generated: ReleaseRecord,
  stored: StoredFiles,
  names: {
    readonly releaseInfo: string;
    readonly appCompose: string;
    readonly dockerCompose: string;
  },
): StoredVerdict {
  if (stored.releaseInfo === null) {
    const strays = [
      { path: names.appCompose, bytes: stored.appCompose, sha256: generated.compose_hash },
      {
        path: names.dockerCompose,
        bytes: stored.dockerCompose,
        sha256: generated.files.docker_compose.sha256,
      },
    ].filter((f) => f.bytes !== null && sha256Hex(f.bytes) !== f.sha256);
    if (strays.length === 0) return { kind: 'none' };
    return {
      kind: 'different',
      reason: `${strays.map((f) => f.path).join(' and ')} ${strays.length === 1 ? 'is' : 'are'} there without ${names.releaseInfo}, and not this release's`,
    };
  }
  let record: ReleaseRecord;
  try {
    record = parseRecord(stored.releaseInfo.toString('utf8'), names.releaseInfo);
  } catch (error) {
    return { kind: 'different', reason: `its record is unreadable: ${errorMessage(error)}` };
  }
  const problems = fileProblems(
    record,
    { path: names.appCompose, bytes: stored.appCompose },
    { path: names.dockerCompose, bytes: stored.dockerCompose },
  );
  if (problems.length > 0) {
    return {
      kind: 'different',
      reason: `its files do not match their record: ${problems.join('; ')}`,
    };
  }
  const differences = releaseDifferences(record, generated);
  if (differences.length > 0) return { kind: 'different', reason: differences.join('; ') };
  return { kind: 'same', record };
}

/**
 * The refusal of a different record for the tag, naming how to replace it in the words of the
 * front end (`set overwrite: true`, `pass --overwrite`).
 */
export function differentRecord(
  where: string,
  tag: string,
  reason: string,
  names: Pick<InputNames, 'say'>,
): string {
  return `${where} already records a different ${tag} (${reason}); ${names.say.overwrite} to replace it`;
}
