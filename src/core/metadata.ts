/**
 * Reads buildx build results: docker/build-push-action's `metadata` output (one result object),
 * docker/bake-action's (an object keyed by target), or an array of either. BuildKit's image
 * exporters always write `containerimage.digest` beside `containerimage.descriptor`, so the
 * descriptor is never needed as a fallback. Reading the text (inline or from a file) is the
 * caller's job: this module only parses it.
 */
import { InputError, errorMessage } from './errors.js';
import { isSha256Digest, normalizeRepository } from './reference.js';
import type { MetadataEntry } from './types.js';
import { describeValue, isRecord } from './values.js';

const DIGEST_KEY = 'containerimage.digest';
const NAME_KEY = 'image.name';

type JsonObject = Record<string, unknown>;

/**
 * The images metadata JSON names, refusing text that is not JSON with an error naming `input`.
 * Results without a digest (a target built with `push: false`, or one exporting to a local
 * directory) are skipped; a document naming none at all is an error, since tracking a release
 * with nothing pinned from it is surely a mistake. `label` says where the text came from.
 */
export function parseMetadataText(
  text: string,
  input = 'metadata',
  label = 'metadata',
): MetadataEntry[] {
  let value: unknown;
  try {
    // A BOM is what some editors and PowerShell put in front of JSON; JSON.parse refuses it.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(input, `${label} is not valid JSON: ${errorMessage(error)}`);
  }
  return parseDocuments(value, input, label);
}

function parseDocuments(value: unknown, input: string, label: string): MetadataEntry[] {
  const documents = Array.isArray(value) ? value : [value];
  const entries: MetadataEntry[] = [];
  documents.forEach((document, index) => {
    const where = Array.isArray(value) ? `${label} document ${index + 1}` : label;
    if (!isRecord(document)) {
      throw new InputError(
        input,
        `${where} must be a JSON object (build-push-action or bake-action metadata), ` +
          `not ${describeValue(document)}`,
      );
    }
    if (DIGEST_KEY in document) {
      // build-push-action: the document is itself one build result.
      const entry = readResult(document, undefined, input, where);
      if (entry) entries.push(entry);
      return;
    }
    // bake-action: one result per target; other keys (`buildx.build.warnings`, strings) are not results.
    for (const [target, result] of Object.entries(document)) {
      if (!isRecord(result)) continue;
      const entry = readResult(result, target, input, `${where}, target "${target}"`);
      if (entry) entries.push(entry);
    }
  });
  if (entries.length === 0) {
    throw new InputError(
      input,
      `${label} names no image digest: no build result has "${DIGEST_KEY}" ` +
        '(was the image pushed? build-push-action needs push: true)',
    );
  }
  return entries;
}

function readResult(
  result: JsonObject,
  target: string | undefined,
  input: string,
  where: string,
): MetadataEntry | undefined {
  const digest = result[DIGEST_KEY];
  if (digest === undefined) return undefined;
  if (typeof digest !== 'string' || !isSha256Digest(digest)) {
    throw new InputError(
      input,
      `${where}: "${DIGEST_KEY}" is ${describeValue(digest)}; expected sha256: followed by 64 lowercase hex characters`,
    );
  }
  const names = result[NAME_KEY];
  let repositories: string[] = [];
  if (names !== undefined) {
    if (typeof names !== 'string') {
      throw new InputError(
        input,
        `${where}: "${NAME_KEY}" is ${describeValue(names)}; expected a string`,
      );
    }
    repositories = readNames(names, input, where);
  }
  return target === undefined ? { repositories, digest } : { repositories, digest, target };
}

/** `image.name` is comma-separated and may carry tags, spaces and `docker.io/` or not. */
function readNames(names: string, input: string, where: string): string[] {
  const repositories: string[] = [];
  for (const name of names.split(',')) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    let repository: string;
    try {
      repository = normalizeRepository(trimmed, input);
    } catch (error) {
      const why = error instanceof InputError ? error.reason : errorMessage(error);
      throw new InputError(input, `${where}: "${NAME_KEY}" holds ${why}`);
    }
    if (!repositories.includes(repository)) repositories.push(repository);
  }
  return repositories;
}

export interface MetadataBinding {
  readonly digest: string;
  readonly entry: MetadataEntry;
}

/**
 * Which metadata entry gives the digest of one tracked image, first that applies:
 * an entry naming its repository; an unnamed entry whose bake target is the image's service; the
 * only unnamed entry when exactly one image is tracked. `repository` must be normalised.
 * Entries that agree on the digest are one answer; entries that disagree are an error.
 */
export function findMetadataDigest(
  entries: readonly MetadataEntry[],
  opts: { repository: string; service?: string; trackedCount: number; input?: string },
): MetadataBinding | undefined {
  const input = opts.input ?? 'metadata';
  const named = entries.filter((entry) => entry.repositories.includes(opts.repository));
  if (named.length > 0) return single(named, input, `image ${opts.repository}`);

  const unnamed = entries.filter((entry) => entry.repositories.length === 0);
  if (opts.service !== undefined) {
    const byTarget = unnamed.filter((entry) => entry.target === opts.service);
    if (byTarget.length > 0) {
      return single(byTarget, input, `bake target "${opts.service}" (for ${opts.repository})`);
    }
  }
  if (opts.trackedCount === 1 && distinctDigests(unnamed).length === 1) {
    return single(unnamed, input, `image ${opts.repository}`);
  }
  return undefined;
}

function distinctDigests(entries: readonly MetadataEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.digest))];
}

function single(entries: readonly MetadataEntry[], input: string, what: string): MetadataBinding {
  const digests = distinctDigests(entries);
  const [entry] = entries;
  if (digests.length > 1 || entry === undefined) {
    const listed = entries
      .map((e) => (e.target === undefined ? e.digest : `${e.digest} (target "${e.target}")`))
      .join(', ');
    throw new InputError(
      input,
      `metadata is ambiguous: it gives ${what} different digests: ${listed}; pass only the build that produced the release`,
    );
  }
  return { digest: entry.digest, entry };
}
