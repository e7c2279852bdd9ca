/**
 * Reads buildx build results: docker/build-push-action's `metadata` output (one result object),
 * docker/bake-action's (an object keyed by target), `docker buildx imagetools create
 * --metadata-file` output (only `containerimage.descriptor` and `image.name`), or an array of
 * these. Reading the text (inline or from a file) is the caller's job: this module only parses it.
 */
import { InputError } from './errors.js';
import { jsonSyntaxProblem } from './json-parser.js';
import { isSha256Digest, parseReference } from './reference.js';
import type { MetadataEntry } from './types.js';
import { isRecord, kindOf } from './values.js';

const DIGEST_KEY = 'containerimage.digest';
const DESCRIPTOR_KEY = 'containerimage.descriptor';
const CONFIG_KEY = 'containerimage.config.digest';
const NAME_KEY = 'image.name';
/** Keys only a build result has: a document holding one is a result, not a bake map of targets. */
const RESULT_KEYS = [
  DIGEST_KEY,
  DESCRIPTOR_KEY,
  CONFIG_KEY,
  NAME_KEY,
  'buildx.build.ref',
  'buildx.build.provenance',
];

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
  // A BOM is what some editors and PowerShell put in front of JSON; JSON.parse refuses it.
  const json = text.replace(/^\uFEFF/, '');
  try {
    value = JSON.parse(json);
  } catch {
    throw new InputError(input, `${label} is not valid JSON: ${jsonSyntaxProblem(json)}`);
  }
  return parseDocuments(value, input, label);
}

function isResult(value: JsonObject): boolean {
  return RESULT_KEYS.some((key) => key in value);
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
          `not ${kindOf(document)}`,
      );
    }
    if (isResult(document)) {
      // build-push-action or imagetools create: the document is itself one build result.
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
    throw new InputError(input, `${label} names no image digest: ${whyNoDigest(documents)}`);
  }
  return entries;
}

/** The most likely reason metadata holds no digest, from what it does hold. */
function whyNoDigest(documents: readonly unknown[]): string {
  const objects = documents.filter(isRecord);
  if (objects.some((d) => Array.isArray(d['tags']) && 'labels' in d)) {
    return (
      "this is docker/metadata-action's output (tags and labels), not a build result; " +
      "pass the build step's metadata output (steps.<build step id>.outputs.metadata)"
    );
  }
  const results = objects.flatMap((d) =>
    isResult(d) ? [d] : Object.values(d).filter((v): v is JsonObject => isRecord(v) && isResult(v)),
  );
  if (results.length > 0) {
    return (
      `its build results have no "${DIGEST_KEY}" or "${DESCRIPTOR_KEY}": the build pushed no ` +
      'image (docker/build-push-action needs push: true, bake-action push: true or ' +
      '--set *.output=type=registry; a build that loads the image or writes a local, tar or ' +
      'cacheonly output leaves nothing to pin)'
    );
  }
  const keys = [...new Set(objects.flatMap((d) => Object.keys(d)))];
  if (keys.length === 0) {
    return 'it is empty (did the build step run, and is the step id in steps.<id>.outputs.metadata right?)';
  }
  return `it holds no build result, only ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
}

/** `containerimage.digest`, else the digest of `containerimage.descriptor` (imagetools create writes only that). */
function resultDigest(result: JsonObject, input: string, where: string): string | undefined {
  const direct = result[DIGEST_KEY];
  if (direct !== undefined) return checkDigest(direct, `"${DIGEST_KEY}"`, input, where);
  const descriptor = result[DESCRIPTOR_KEY];
  if (descriptor === undefined) return undefined;
  if (!isRecord(descriptor)) {
    throw new InputError(
      input,
      `${where}: "${DESCRIPTOR_KEY}" is ${kindOf(descriptor)}; expected an OCI descriptor object`,
    );
  }
  if (descriptor['digest'] === undefined) {
    throw new InputError(
      input,
      `${where}: "${DESCRIPTOR_KEY}" has no "digest", and there is no "${DIGEST_KEY}"`,
    );
  }
  return checkDigest(descriptor['digest'], `"${DESCRIPTOR_KEY}.digest"`, input, where);
}

function checkDigest(value: unknown, key: string, input: string, where: string): string {
  if (typeof value !== 'string' || !isSha256Digest(value)) {
    const what = typeof value === 'string' ? 'not a digest' : kindOf(value);
    throw new InputError(
      input,
      `${where}: ${key} is ${what}; expected sha256: followed by 64 lowercase hex characters`,
    );
  }
  return value;
}

function readResult(
  result: JsonObject,
  target: string | undefined,
  input: string,
  where: string,
): MetadataEntry | undefined {
  const digest = resultDigest(result, input, where);
  if (digest === undefined) return undefined;
  const names = result[NAME_KEY];
  let named: Named = { repositories: [], tags: {}, names: [] };
  if (names !== undefined) {
    if (typeof names !== 'string') {
      throw new InputError(input, `${where}: "${NAME_KEY}" is ${kindOf(names)}; expected a string`);
    }
    named = readNames(names, input, where);
  }
  return {
    repositories: named.repositories,
    ...(Object.keys(named.tags).length > 0 && { tags: named.tags }),
    digest,
    // A digest equal to the config digest is an image ID: the docker driver's local image store.
    ...(result[CONFIG_KEY] === digest && { imageId: true as const }),
    ...(target !== undefined && { target }),
    ...(named.names.length > 0 && { names: named.names }),
  };
}

interface Named {
  readonly repositories: string[];
  readonly tags: Record<string, string[]>;
  readonly names: string[];
}

/**
 * `image.name` is comma-separated and may carry tags, spaces and `docker.io/` or not. A repository
 * named even once without a tag gets no tag list: which tags it was pushed under is not known.
 */
function readNames(names: string, input: string, where: string): Named {
  const tagged = new Map<string, Set<string> | null>();
  const written: string[] = [];
  for (const name of names.split(',')) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    written.push(trimmed);
    let repository: string;
    let tag: string | undefined;
    try {
      ({ repository, tag } = parseReference(trimmed, input));
    } catch {
      throw new InputError(
        input,
        `${where}: "${NAME_KEY}" holds a name (number ${written.length}) that is not a valid image reference`,
      );
    }
    const seen = tagged.get(repository);
    if (tag === undefined) tagged.set(repository, null);
    else if (seen === undefined) tagged.set(repository, new Set([tag]));
    else seen?.add(tag);
  }
  const tags: Record<string, string[]> = {};
  for (const [repository, set] of tagged) if (set) tags[repository] = [...set];
  return { repositories: [...tagged.keys()], tags, names: written };
}

/** What metadata says for one image: the digest it gives and, for an untagged or `latest` image, a release-version tag it lists. */
export interface MetadataBinding {
  readonly digest: string;
  readonly entry: MetadataEntry;
  /** Every entry that gives this digest for the image (the same build, listed by several targets). */
  readonly entries: readonly MetadataEntry[];
  /** A tag from the image's version tags that the build pushed (metadata lists it). */
  readonly versionTag?: string;
}

/** Metadata names the image's repository, but only under other tags: it does not speak for this image. */
export interface MetadataTagMiss {
  readonly digest?: undefined;
  /** Every tag metadata lists for the repository. */
  readonly pushedTags: readonly string[];
  /** The entries naming the repository. */
  readonly entries: readonly MetadataEntry[];
}

export interface MetadataQuery {
  /** Normalised repository. */
  readonly repository: string;
  /** The tag the image is written with; none and `latest` stand for "the release". */
  readonly tag?: string | undefined;
  /** The release's version as Docker tags, in preference order (README: "Where digests come from"). */
  readonly versionTags?: readonly string[];
  readonly service?: string;
  readonly trackedCount: number;
  readonly input?: string;
}

/** Whether an entry naming the repository speaks for the image's tag, and which version tag it lists. */
function speaksFor(
  entry: MetadataEntry,
  query: MetadataQuery,
): { ok: boolean; versionTag?: string } {
  const listed = entry.tags?.[query.repository];
  if (listed === undefined || listed.length === 0) return { ok: true };
  if (query.tag !== undefined && query.tag !== 'latest') return { ok: listed.includes(query.tag) };
  const versionTag = (query.versionTags ?? []).find((t) => listed.includes(t));
  if (versionTag !== undefined) return { ok: true, versionTag };
  return { ok: listed.includes('latest') };
}

/**
 * Which metadata entry gives the digest of one image, first that applies: an entry naming its
 * repository and speaking for its tag (it lists that tag, or lists no tag for the repository;
 * for an image written without a tag or as `latest`, entries listing a release-version tag win); an
 * unnamed entry whose bake target is the image's service; the only unnamed entry when exactly one
 * image is tracked. Entries naming the repository only under other tags give a `MetadataTagMiss`.
 * Entries that agree on the digest are one answer; entries that disagree are an error, and so is
 * binding an image ID, which no registry serves.
 */
export function findMetadataDigest(
  entries: readonly MetadataEntry[],
  query: MetadataQuery,
): MetadataBinding | MetadataTagMiss | undefined {
  const input = query.input ?? 'metadata';
  const named = entries.filter((entry) => entry.repositories.includes(query.repository));
  if (named.length > 0) {
    const speaking = named.flatMap((entry) => {
      const verdict = speaksFor(entry, query);
      return verdict.ok ? [{ entry, versionTag: verdict.versionTag }] : [];
    });
    if (speaking.length === 0) {
      const pushedTags = [...new Set(named.flatMap((e) => e.tags?.[query.repository] ?? []))];
      return { pushedTags, entries: named };
    }
    // Entries that list a release-version tag are this release's build; others only share a tag.
    const releases = speaking.filter((s) => s.versionTag !== undefined);
    const chosen = releases.length > 0 ? releases : speaking;
    const bound = single(
      chosen.map((s) => s.entry),
      input,
      `image ${query.repository}`,
    );
    const versionTag = chosen[0]?.versionTag;
    return versionTag === undefined ? bound : { ...bound, versionTag };
  }

  const unnamed = entries.filter((entry) => entry.repositories.length === 0);
  if (query.service !== undefined) {
    const byTarget = unnamed.filter((entry) => entry.target === query.service);
    if (byTarget.length > 0) {
      return single(byTarget, input, `bake target "${query.service}" (for ${query.repository})`);
    }
  }
  if (query.trackedCount === 1 && distinctDigests(unnamed).length === 1) {
    return single(unnamed, input, `image ${query.repository}`);
  }
  return undefined;
}

/** A bake target's entry bound to the service named like the target, and the image it pushed. */
export interface TargetBinding {
  readonly binding: MetadataBinding;
  /** The name (with its tag) the image is pinned as: one `image.name` lists. */
  readonly name: string;
}

/** The images a compose file and the `images` input name, to tell which metadata names none of them. */
export interface ClaimedImages {
  /** `repository:tag` of each service's image (`latest` for none). */
  readonly references: ReadonlySet<string>;
  readonly repositories: ReadonlySet<string>;
  /** Repositories the `images` input names: every tag of them is claimed. */
  readonly anyTag: ReadonlySet<string>;
}

/** Whether an entry's `image.name` names an image of the compose file or the `images` input. */
function namesClaimedImage(entry: MetadataEntry, claimed: ClaimedImages): boolean {
  return entry.repositories.some((repository) => {
    if (claimed.anyTag.has(repository)) return true;
    const tags = entry.tags?.[repository];
    // Named without a tag, it stands for any image of the repository.
    if (tags === undefined) return claimed.repositories.has(repository);
    return tags.some((tag) => claimed.references.has(`${repository}:${tag}`));
  });
}

/**
 * The bake target named like `service`, when its `image.name` names no image of the compose file
 * or the `images` input (`claimed`) — a stack whose images are written with variables the build
 * had and this run has not. The image is pinned under a name the build pushed: one with a
 * release-version tag, else the compose file's tag, else the first it lists.
 */
export function findTargetBinding(
  entries: readonly MetadataEntry[],
  query: {
    readonly service: string;
    readonly claimed: ClaimedImages;
    readonly versionTags: readonly string[];
    readonly tag: string | undefined;
    readonly input?: string;
  },
): TargetBinding | undefined {
  const candidates = entries.filter(
    (e) =>
      e.target === query.service &&
      e.repositories.length > 0 &&
      !namesClaimedImage(e, query.claimed),
  );
  if (candidates.length === 0) return undefined;
  const binding = single(candidates, query.input ?? 'metadata', `bake target "${query.service}"`);
  const names = binding.entry.names ?? [];
  // Every name parsed when the metadata was read.
  const tagOf = (name: string): string | undefined => parseReference(name).tag;
  const byVersion = query.versionTags
    .map((tag) => names.find((n) => tagOf(n) === tag))
    .find((n) => n !== undefined);
  const name =
    byVersion ??
    (query.tag === undefined ? undefined : names.find((n) => tagOf(n) === query.tag)) ??
    names[0];
  return name === undefined ? undefined : { binding, name };
}

/** The unnamed entry for a bake target, for a service that names no image. */
export function targetEntry(
  entries: readonly MetadataEntry[],
  service: string,
): MetadataEntry | undefined {
  return entries.find((entry) => entry.repositories.length === 0 && entry.target === service);
}

/** Why an image-ID entry cannot pin anything, naming where it came from. */
export function imageIdReason(entry: MetadataEntry): string {
  const what = entry.target !== undefined ? `target "${entry.target}"` : 'the build result';
  return (
    `in ${what}, "${DIGEST_KEY}" is the image's config digest (${entry.digest}), i.e. its ` +
    'image ID: the build loaded the image into the local Docker image store and pushed nothing a ' +
    "registry serves; push it (docker/build-push-action push: true) and pass that build's metadata"
  );
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
  if (entry.imageId) throw new InputError(input, `cannot pin ${what}: ${imageIdReason(entry)}`);
  return { digest: entry.digest, entry, entries };
}
