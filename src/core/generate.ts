import {
  buildAppCompose,
  composeHash as composeHashOf,
  serializeAppCompose,
  validateAppCompose,
} from './app-compose.js';
import { COMPOSE_INPUT } from './compose-load.js';
import { composeServices, readCompose } from './compose-model.js';
import { pinResolved, type ComposeEdit } from './compose-pin.js';
import { InputError, errorMessage } from './errors.js';
import type { InputNames } from './input-names.js';
import { sha256Hex } from './hash.js';
import { planImages, type ImageSpec, type PlanResult, type PlannedImage } from './image-plan.js';
import { pinnedReference, withTag } from './reference.js';
import { recordProblems, resolvedPinnedServices } from './record-consistency.js';
import { releaseFileNames, serializeRecord, RECORD_SCHEMA } from './release-record.js';
import { isoSeconds } from './text.js';
import type {
  ImageRef,
  MetadataEntry,
  PlatformDigest,
  ReleaseImage,
  ReleaseRecord,
  ResolvedManifest,
} from './types.js';
import { versionTags, type ReleaseVersion } from './version.js';

/** The registry, as generation sees it; absent when working offline. */
export interface DigestResolver {
  /** What the reference names now (its tag; `latest` without one). Fails when it cannot say. */
  resolve(ref: ImageRef): Promise<ResolvedManifest>;
  /** What the registry serves under the reference's tag, or undefined when it has no such tag. */
  findTag(ref: ImageRef): Promise<ResolvedManifest | undefined>;
  platformsOf(ref: ImageRef, digest: string): Promise<PlatformDigest[]>;
}

/**
 * What to record, as the action's inputs or the CLI's flags say it: each front end builds it once,
 * in its settings, and it is carried to the record as it is.
 */
export interface ReleaseRequest {
  readonly version: ReleaseVersion;
  readonly specs: readonly ImageSpec[];
  readonly appName?: string;
  readonly pinAll: boolean;
  /** Repository-relative directory the files are recorded under, e.g. `releases`. */
  readonly releasesDir: string;
  /** `SOURCE_DATE_EPOCH` when set, else the time the run started. */
  readonly createdAt: Date;
  readonly repository: string | null;
  readonly git: ReleaseRecord['git'];
  readonly workflow: ReleaseRecord['workflow'];
  /** How messages name each input: the action's input names or the CLI's flags. */
  readonly names: InputNames;
}

/** The files a release is made from, as read (src/workspace/sources.ts). */
export interface ReleaseSources {
  readonly composeText: string;
  /** The compose file's name, for messages. */
  readonly composeFile: string;
  /**
   * What Compose interpolates the compose file with (the environment, then the `.env` file beside
   * it): images are read with these to match `images` and metadata; none when absent.
   */
  readonly variables?: ReadonlyMap<string, string>;
  readonly metadata: readonly MetadataEntry[];
  readonly template?: Record<string, unknown>;
}

/** Everything generation needs, already read from files and inputs. Nothing here touches disk. */
export interface GenerateRequest extends ReleaseRequest, ReleaseSources {
  /** The app name when neither the input nor the template gives one: the repository's name. */
  readonly defaultAppName: string;
}

export interface GeneratedFile {
  /** File name inside the releases directory. */
  readonly name: string;
  /** Repository-relative path, `/`-separated. */
  readonly path: string;
  readonly content: Buffer;
}

export interface GeneratedRelease {
  readonly record: ReleaseRecord;
  /** release-info, app-compose, docker-compose, in that order. */
  readonly files: readonly [GeneratedFile, GeneratedFile, GeneratedFile];
  readonly warnings: readonly string[];
}

interface Pinned {
  readonly plan: PlannedImage;
  readonly tag: string | undefined;
  readonly digest: string;
  readonly platforms: readonly PlatformDigest[];
}

const quoted = (tags: readonly string[]): string => tags.map((t) => `"${t}"`).join(' or ');

/** What buildx metadata said about other tags of this repository, for messages. */
function pushedNote(plan: PlannedImage): string {
  if (plan.pushedTags === undefined) return '';
  const listed = plan.pushedTags.length > 0 ? plan.pushedTags.join(', ') : 'no tag';
  const wanted =
    plan.versionTags.length === 0
      ? (plan.tag ?? 'latest')
      : [plan.tag ?? 'latest', ...plan.versionTags].join(', ');
  return `; buildx metadata lists ${plan.ref.repository} only as ${listed}, so this build did not push ${wanted}`;
}

/** A tracked image with no digest yet, written without a tag or as `latest`: the first version tag the registry serves. */
async function resolveVersionTag(plan: PlannedImage, resolver: DigestResolver): Promise<Pinned> {
  for (const tag of plan.versionTags) {
    const found = await resolver.findTag(withTag(plan.ref, tag));
    if (found) return { plan, tag, digest: found.digest, platforms: found.platforms };
  }
  const written = plan.tag === undefined ? 'without a tag' : `as "${plan.tag}"`;
  throw new Error(
    `it is written ${written}, and the registry serves no tag ${quoted(plan.versionTags)} for ${plan.ref.repository}${pushedNote(plan)}; give the tag the build pushed (${plan.service}=${plan.ref.name}:TAG) or its digest`,
  );
}

/**
 * A tracked image pinned to a known digest and written without a tag or as `latest`: the first
 * release-version tag the registry serves at that very digest, if any (tags are never invented).
 */
async function confirmVersionTag(
  plan: PlannedImage & { digest: string },
  resolver: DigestResolver | undefined,
  warnings: string[],
): Promise<{ tag: string; platforms: readonly PlatformDigest[] } | undefined> {
  if (plan.versionTags.length === 0) return undefined;
  const keeps = `service "${plan.service}" keeps ${plan.tag === undefined ? 'no tag' : `tag "${plan.tag}"`}`;
  if (resolver === undefined) {
    warnings.push(
      `${keeps}: whether the registry serves ${plan.ref.repository} as ${quoted(plan.versionTags)} at ${plan.digest} was not checked (offline)`,
    );
    return undefined;
  }
  for (const tag of plan.versionTags) {
    try {
      const found = await resolver.findTag(withTag(plan.ref, tag));
      if (found?.digest === plan.digest) return { tag, platforms: found.platforms };
    } catch (error) {
      warnings.push(`${keeps}: cannot check ${plan.ref.repository}:${tag}: ${errorMessage(error)}`);
      return undefined;
    }
  }
  return undefined;
}

async function pinOne(
  plan: PlannedImage,
  resolver: DigestResolver | undefined,
  warnings: string[],
  names: InputNames,
): Promise<Pinned> {
  const display = plan.ref.original;
  // An image nobody listed is pinned because of pin-all-images: that is the input to name.
  const input = plan.tracked ? names.images : names.pinAll;
  if (plan.digest === undefined) {
    if (resolver === undefined) {
      throw new InputError(
        names.offline ?? input,
        `cannot pin ${display} (service "${plan.service}"): it has no digest and the registry is not consulted${pushedNote(plan)}; give it as name:tag@sha256:…, in buildx metadata, or ${names.say.allowLookups}`,
      );
    }
    try {
      if (plan.versionTags.length > 0) return await resolveVersionTag(plan, resolver);
      const resolved = await resolver.resolve(withTag(plan.ref, plan.tag));
      if (plan.pushedTags !== undefined) {
        warnings.push(
          `service "${plan.service}": the digest of ${plan.ref.name}:${plan.tag ?? 'latest'} comes from the registry${pushedNote(plan)}`,
        );
      }
      return { plan, tag: plan.tag, digest: resolved.digest, platforms: resolved.platforms };
    } catch (error) {
      throw new InputError(
        input,
        `cannot pin ${display} (service "${plan.service}"): ${errorMessage(error)}${plan.versionTags.length > 0 ? '' : pushedNote(plan)}`,
      );
    }
  }
  const known = { ...plan, digest: plan.digest };
  const confirmed = await confirmVersionTag(known, resolver, warnings);
  if (confirmed) {
    return { plan, tag: confirmed.tag, digest: plan.digest, platforms: confirmed.platforms };
  }
  let platforms: readonly PlatformDigest[] = [];
  if (resolver !== undefined) {
    // The pin never depends on this look-up: a failure only loses the platform list.
    try {
      platforms = await resolver.platformsOf(plan.ref, plan.digest);
    } catch (error) {
      warnings.push(`platforms of ${display} unknown: ${errorMessage(error)}`);
    }
  }
  return { plan, tag: plan.tag, digest: plan.digest, platforms };
}

/**
 * Resolves every planned image. Every look-up runs to its end, so one error can name every image
 * that cannot be pinned.
 */
async function pinImages(
  plans: readonly PlannedImage[],
  resolver: DigestResolver | undefined,
  warnings: string[],
  names: InputNames,
): Promise<Pinned[]> {
  const settled = await Promise.allSettled(plans.map((p) => pinOne(p, resolver, warnings, names)));
  const failures = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) {
    const reasons = failures.map((f) => (f instanceof InputError ? f.reason : errorMessage(f)));
    // One culprit when every failure has the same one (all unlisted images, or all offline).
    const culprits = new Set(failures.map((f) => (f instanceof InputError ? f.input : '')));
    const [only] = culprits;
    throw new InputError(
      culprits.size === 1 && only ? only : names.images,
      `${failures.length} images cannot be pinned: ${reasons.join('; ')}`,
    );
  }
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

/** The record's images, and the compose edits that pin them. */
function recordImages(pinned: readonly Pinned[]): {
  images: ReleaseImage[];
  edits: Map<string, ComposeEdit>;
} {
  const edits = new Map<string, ComposeEdit>();
  const images = pinned.map(({ plan: p, tag, digest, platforms }): ReleaseImage => {
    const reference = p.rewrite ? pinnedReference(p.ref.name, tag, digest) : p.ref.original;
    if (p.rewrite || p.removeBuild) {
      edits.set(p.service, { image: reference, removeBuild: p.removeBuild });
    }
    return {
      service: p.service,
      repository: p.ref.repository,
      tag: tag ?? null,
      digest,
      reference,
      platforms: [...platforms],
      source: p.source,
    };
  });
  return { images, edits };
}

function planWarnings(plan: PlanResult, names: InputNames): string[] {
  return [
    ...plan.unpinned.map(
      (service) => `service "${service}" keeps an unpinned image (${names.say.pinAllIsOff})`,
    ),
    ...plan.warnings,
    ...plan.unusedMetadata.map((entry) => {
      const what = entry.repositories.join(', ') || `target ${entry.target ?? '?'}`;
      return `buildx metadata for ${what} matches no compose service; ignored`;
    }),
  ];
}

/** The longest file name most file systems (and git checkouts on them) take, in bytes. */
const MAX_FILE_NAME_BYTES = 255;

/** The three file names of the release, refused when one is too long to be a file's name. */
function fileNames(request: GenerateRequest): ReturnType<typeof releaseFileNames> {
  const { prefix } = request.version;
  const names = releaseFileNames(prefix);
  const longest = [names.releaseInfo, names.appCompose, names.dockerCompose]
    .map((name) => ({ name, bytes: Buffer.byteLength(name, 'utf8') }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  if (longest && longest.bytes > MAX_FILE_NAME_BYTES) {
    throw new InputError(
      request.names.tag,
      `the tag is ${request.version.tag.length} characters long, so the file ${prefix.slice(0, 12)}…${longest.name.slice(prefix.length)} would be named with ${longest.bytes} bytes; a file name takes at most ${MAX_FILE_NAME_BYTES}`,
    );
  }
  return names;
}

/**
 * A step whose errors name the compose file as the `compose-file` input (src/core/compose-pin.ts),
 * its errors restated under the name this request gives the compose file.
 */
function asCompose<T>(names: InputNames, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof InputError && error.input === COMPOSE_INPUT) {
      throw new InputError(names.compose, error.reason);
    }
    throw error;
  }
}

/** Generates the three release files from data: the same request gives the same compose bytes. */
export async function generateRelease(
  request: GenerateRequest,
  resolver: DigestResolver | undefined,
): Promise<GeneratedRelease> {
  const { names: inputs } = request;
  // Checked before any look-up: nothing is asked of a registry for a release that cannot be filed.
  const names = fileNames(request);
  // The compose file is read once; pinning and the record check reuse what was read.
  const [source, services] = asCompose(inputs, () => {
    const read = readCompose(request.composeText, request.composeFile);
    return [read, composeServices(read, request.variables)] as const;
  });
  const plan = planImages({
    services,
    composeFile: request.composeFile,
    specs: request.specs,
    metadata: request.metadata,
    version: request.version.version,
    versionTags: versionTags(request.version),
    pinAll: request.pinAll,
    names: inputs,
  });
  const warnings = planWarnings(plan, inputs);
  const pinned = await pinImages(plan.images, resolver, warnings, inputs);
  const { images, edits } = recordImages(pinned);

  const pinnedCompose = asCompose(inputs, () => pinResolved(source, edits));
  const composeText = pinnedCompose.loaded.text;
  const document = buildAppCompose({
    composeText,
    defaultName: request.defaultAppName,
    ...(request.template !== undefined && { template: request.template }),
    ...(request.appName !== undefined && { appName: request.appName }),
  });
  validateAppCompose(document, request.template ? inputs.template : inputs.appName);
  const appComposeText = serializeAppCompose(document);
  const composeHash = composeHashOf(appComposeText);

  const dir = request.releasesDir.replace(/\/+$/, '');
  const at = (name: string): string => (dir === '' || dir === '.' ? name : `${dir}/${name}`);
  const record: ReleaseRecord = {
    schema: RECORD_SCHEMA,
    version: request.version.version,
    tag: request.version.tag,
    created_at: isoSeconds(request.createdAt),
    repository: request.repository,
    git: request.git,
    workflow: request.workflow,
    images,
    compose_hash: composeHash,
    files: {
      app_compose: { path: at(names.appCompose), sha256: composeHash },
      docker_compose: { path: at(names.dockerCompose), sha256: sha256Hex(composeText) },
    },
  };
  // The record must say what the pinned file says: `verify` checks the same.
  const inconsistent = recordProblems(
    record,
    resolvedPinnedServices(pinnedCompose),
    request.composeFile,
  );
  if (inconsistent.length > 0) {
    throw new Error(
      `the generated record disagrees with its compose file (${inconsistent.join('; ')}); please report this`,
    );
  }
  const file = (name: string, content: string): GeneratedFile => ({
    name,
    path: at(name),
    content: Buffer.from(content),
  });
  return {
    record,
    files: [
      file(names.releaseInfo, serializeRecord(record)),
      file(names.appCompose, appComposeText),
      file(names.dockerCompose, composeText),
    ],
    warnings,
  };
}
