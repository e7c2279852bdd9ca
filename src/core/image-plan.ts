import { SERVICE_NAME } from './compose-load.js';
import { InputError } from './errors.js';
import type { InputNames } from './input-names.js';
import {
  findMetadataDigest,
  findTargetBinding,
  imageIdReason,
  type ClaimedImages,
  targetEntry,
  type MetadataBinding,
  type MetadataTagMiss,
} from './metadata.js';
import { parseReference } from './reference.js';
import type { ComposeService, DigestSource, ImageRef, MetadataEntry } from './types.js';

/** One `[service=]image-reference` item of the `images` input. */
export interface ImageSpec {
  readonly service?: string;
  readonly ref: ImageRef;
}

/** Parses the newline- or comma-separated `images` list; empty items are ignored. */
export function parseImageSpecs(text: string, input = 'images'): ImageSpec[] {
  const specs: ImageSpec[] = [];
  for (const item of text.split(/[\n,]/)) {
    const trimmed = item.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq === -1) {
      specs.push({ ref: parseReference(trimmed, input) });
      continue;
    }
    const service = trimmed.slice(0, eq).trim();
    if (!SERVICE_NAME.test(service)) {
      throw new InputError(input, `"${trimmed}": "${service}" is not a compose service name`);
    }
    specs.push({ service, ref: parseReference(trimmed.slice(eq + 1).trim(), input) });
  }
  return specs;
}

/** How one compose service's image is to be pinned. */
export interface PlannedImage {
  readonly service: string;
  /** The image to pin, its name as written. */
  readonly ref: ImageRef;
  /** The tag the pinned reference carries, unless the registry confirms one of `versionTags`. */
  readonly tag: string | undefined;
  /**
   * Release-version tags the registry may confirm, in order (a tracked image written without a tag
   * or as `latest`). With `digest`, the first the registry serves at that digest replaces `tag`;
   * without, the digest comes from the first it serves, and none served is an error.
   */
  readonly versionTags: readonly string[];
  /** Tracked: this release built it (named in `images` or in buildx metadata). */
  readonly tracked: boolean;
  /** Known without the registry; undefined means a registry look-up is needed. */
  readonly digest?: string;
  readonly source: DigestSource;
  /** Whether the compose file's value is rewritten (false for an untracked image already pinned). */
  readonly rewrite: boolean;
  readonly removeBuild: boolean;
  /** Buildx metadata names the repository only under these tags (the build did not push this one). */
  readonly pushedTags?: readonly string[];
}

export interface PlanResult {
  readonly images: PlannedImage[];
  /** Services left unpinned (pin-all off), for a warning. */
  readonly unpinned: string[];
  /** Metadata entries that matched no service, for a warning. */
  readonly unusedMetadata: MetadataEntry[];
  /** Other things worth a warning, e.g. a pinned image that differs from the one just built. */
  readonly warnings: string[];
}

export interface PlanInput {
  readonly services: readonly ComposeService[];
  readonly composeFile: string;
  readonly specs: readonly ImageSpec[];
  readonly metadata: readonly MetadataEntry[];
  /** The release version, for messages. */
  readonly version: string;
  /** The release version as image tags (`versionTags` in version.ts), in preference order. */
  readonly versionTags: readonly string[];
  readonly pinAll: boolean;
  /** How messages name the inputs: the action's or the CLI's. */
  readonly names: InputNames;
}

/** A service's own image reference (`composeRef`). */
type OwnRef = ImageRef | undefined | 'unparsable';

/**
 * The service's image reference, its variables substituted as Compose substitutes them;
 * 'unparsable' when that is no reference (or the substitution fails).
 */
function composeRef(service: ComposeService): OwnRef {
  if (service.image === undefined) return undefined;
  if (service.imageValue === undefined) return 'unparsable';
  try {
    return parseReference(service.imageValue, 'compose-file');
  } catch {
    return 'unparsable';
  }
}

/** Why a service's image cannot be pinned as it is, for the error. */
function unparsableReason(service: ComposeService): string {
  if (service.imageProblem !== undefined) {
    return `which cannot be interpolated: ${service.imageProblem}`;
  }
  if (service.imageValue === service.image) return 'which is not an image reference';
  const unset = service.unsetVariables ?? [];
  return `which is not an image reference once its variables are substituted${unset.length > 0 ? ` (${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not set)` : ''}`;
}

/**
 * Which image each service is bound to by the `images` input: by `service=`, else by repository.
 * `owns[i]` is the own reference of `services[i]`.
 */
function bindSpecs(
  { services, specs, composeFile, names }: PlanInput,
  owns: readonly OwnRef[],
): Map<string, ImageSpec> {
  const byName = new Map(services.map((s) => [s.name, s]));
  const bound = new Map<string, ImageSpec>();
  for (const spec of specs) {
    if (spec.service !== undefined) {
      if (!byName.has(spec.service)) {
        throw new InputError(
          names.images,
          `service "${spec.service}" (in "${spec.service}=${spec.ref.original}") does not exist in ${composeFile}; its services are: ${[...byName.keys()].join(', ')}`,
        );
      }
      bindOnce(bound, spec.service, spec, names);
      continue;
    }
    const matches = services.filter((_, i) => {
      const own = owns[i];
      return typeof own === 'object' && own.repository === spec.ref.repository;
    });
    if (matches.length === 0) {
      throw new InputError(
        names.images,
        `"${spec.ref.original}" matches no service image in ${composeFile}; bind it to a service as service=${spec.ref.original}`,
      );
    }
    for (const match of matches) bindOnce(bound, match.name, spec, names);
  }
  return bound;
}

interface ServiceContext {
  readonly input: PlanInput;
  /** "The one tracked image": distinct images named in `images`, however many services use them. */
  readonly trackedImages: number;
  /** The images the services and the `images` input name. */
  readonly claimed: ClaimedImages;
  readonly warnings: string[];
}

interface ServicePlan {
  readonly plan?: PlannedImage;
  /** Metadata entries this service accounts for (bound, or naming its repository under other tags). */
  readonly entries?: readonly MetadataEntry[];
  readonly unpinned?: true;
}

/**
 * A build-only service (no image anywhere) that a bake target of the same name built: the digest
 * is known but not the repository, so the service cannot be pinned; say so rather than ignore it.
 */
function refuseNamelessTarget(service: ComposeService, input: PlanInput): void {
  const { metadata, names } = input;
  const entry = metadata.length === 0 ? undefined : targetEntry(metadata, service.name);
  if (entry === undefined) return;
  if (entry.imageId) {
    throw new InputError(
      names.metadata,
      `cannot pin service "${service.name}": ${imageIdReason(entry)}`,
    );
  }
  throw new InputError(
    names.images,
    `service "${service.name}" was built by bake target "${service.name}" (${entry.digest}), but neither the compose file nor the metadata names its image (no "image:", no "image.name"), so it cannot be pinned; bind it as ${service.name}=<repository>`,
  );
}

/**
 * The tag an image is written with: the `images` input's, else the compose file's when that names
 * the same repository (a repository-only `images` item keeps the file's tag).
 */
function writtenTag(
  ref: ImageRef,
  spec: ImageSpec | undefined,
  own: ImageRef | undefined,
): string | undefined {
  if (ref.tag !== undefined || spec === undefined) return ref.tag;
  return own !== undefined && own.repository === ref.repository ? own.tag : undefined;
}

/**
 * The plan for one service: its image and where the digest comes from, `unpinned` when it keeps
 * its image as written, nothing when it has no image to pin (built from source, or a provider).
 */
function planService(
  service: ComposeService,
  own: OwnRef,
  spec: ImageSpec | undefined,
  ctx: ServiceContext,
): ServicePlan {
  const { composeFile, metadata, pinAll, names } = ctx.input;
  const ownRef = own === 'unparsable' ? undefined : own;
  const ref = spec?.ref ?? ownRef;
  const writtenTagOf = (r: ImageRef): string | undefined => writtenTag(r, spec, ownRef);
  // The "one tracked image" fallback of the minimal multi-node form applies to images named in
  // `images` only; an untracked service must never pick up a nameless digest by accident.
  const found =
    metadata.length === 0 || ref === undefined
      ? undefined
      : findMetadataDigest(metadata, {
          repository: ref.repository,
          tag: writtenTagOf(ref),
          versionTags: ctx.input.versionTags,
          service: service.name,
          trackedCount: spec ? ctx.trackedImages : 0,
        });
  // A bake target named like the service, that pushed an image no service names: its image,
  // for a service the build could have built (never one that only runs a literal image).
  const buildable = service.hasBuild || own === undefined || own === 'unparsable';
  if (spec === undefined && found?.digest === undefined && buildable && metadata.length > 0) {
    const target = findTargetBinding(metadata, {
      service: service.name,
      claimed: ctx.claimed,
      versionTags: ctx.input.versionTags,
      tag: ownRef?.tag,
    });
    if (target !== undefined) {
      const pushed = parseReference(target.name, names.metadata);
      const bound = target.binding;
      const image = { ref: pushed, tag: pushed.tag, tracked: true, bound, missed: undefined };
      return { ...planImage(service, undefined, ctx, image), entries: bound.entries };
    }
  }
  if (spec === undefined && own === 'unparsable') {
    if (pinAll) {
      throw new InputError(
        names.pinAll,
        `service "${service.name}" in ${composeFile} has image "${service.image ?? ''}", ${unparsableReason(service)}, so it cannot be pinned; bind it as ${service.name}=name:tag (${names.images}), give this run the variables it needs (the environment, or the .env file beside the compose file), or ${names.say.pinAllOff}`,
      );
    }
    return { unpinned: true };
  }
  if (ref === undefined) return planImageless(service, ctx);
  const tag = writtenTagOf(ref);
  const bound = found?.digest !== undefined ? found : undefined;
  const missed = found !== undefined && found.digest === undefined ? found : undefined;
  const entries = bound ? bound.entries : (missed?.entries ?? []);
  // Metadata naming the repository marks the image as this release's build, even under other tags.
  const tracked = spec !== undefined || found !== undefined;
  const planned = planImage(service, spec, ctx, { ref, tag, tracked, bound, missed });
  const unset = service.unsetVariables ?? [];
  if (planned.plan && spec === undefined && unset.length > 0) {
    // The pinned reference is what the image reads as with them empty: say so.
    const one = unset.length === 1;
    ctx.warnings.push(
      `service "${service.name}": ${unset.join(', ')} ${one ? 'is' : 'are'} not set; as Docker Compose does, its image reads ${one ? 'it' : 'them'} as empty`,
    );
  }
  return { ...planned, entries };
}

/**
 * A service with no image to pin: one Compose builds from source when it is deployed (refused
 * under pin-all-images: the record could not say what it runs), or one that runs a provider.
 */
function planImageless(service: ComposeService, ctx: ServiceContext): ServicePlan {
  if (service.provider) {
    ctx.warnings.push(
      `service "${service.name}" runs a provider ("provider:"), not an image: it has nothing to record`,
    );
    return {};
  }
  refuseNamelessTarget(service, ctx.input);
  if (ctx.input.pinAll) {
    throw new InputError(
      ctx.input.names.pinAll,
      `service "${service.name}" in ${ctx.input.composeFile} has only "build:" and no image: Docker Compose would build it from source where it is deployed, so the release cannot record what it runs; bind it to the image this release built — ${service.name}=REPOSITORY:TAG (${ctx.input.names.images}), or buildx metadata of a bake target "${service.name}" — or ${ctx.input.names.say.pinAllOff} to leave it built from source`,
    );
  }
  ctx.warnings.push(
    `service "${service.name}" has only "build:" and no image: it is built from source where it is deployed, and not recorded (${ctx.input.names.say.pinAllIsOff})`,
  );
  return {};
}

function planImage(
  service: ComposeService,
  spec: ImageSpec | undefined,
  ctx: ServiceContext,
  image: {
    ref: ImageRef;
    tag: string | undefined;
    tracked: boolean;
    bound: MetadataBinding | undefined;
    missed: MetadataTagMiss | undefined;
  },
): ServicePlan {
  const { ref, tracked, bound, missed } = image;
  // Tags are never invented: a tracked image written without a tag or as `latest` takes a release
  // version tag only where the build pushed it (metadata lists it) or the registry serves it at
  // the pinned digest (checked later, against `versionTags`).
  const placeholder = image.tag === undefined || image.tag === 'latest';
  const versionTag = tracked && placeholder ? bound?.versionTag : undefined;
  const tag = versionTag ?? image.tag;
  const versionTags =
    tracked && placeholder && versionTag === undefined ? ctx.input.versionTags : [];
  const base = {
    service: service.name,
    ref,
    tracked,
    ...(missed && { pushedTags: missed.pushedTags }),
  };

  if (ref.digest !== undefined) {
    if (bound && bound.digest !== ref.digest) {
      ctx.warnings.push(
        `service "${service.name}" is pinned to ${ref.digest}, but buildx metadata says this build pushed ${bound.digest}; the pinned digest is recorded`,
      );
    }
    // A reference left as written keeps the tag it carries; one written with variables is
    // written out, as the literal reference the record holds.
    const rewrite = spec !== undefined || ref.original !== service.image;
    const plan: PlannedImage = {
      ...base,
      tag: rewrite ? tag : ref.tag,
      versionTags: rewrite ? versionTags : [],
      digest: ref.digest,
      source: 'reference',
      rewrite,
      removeBuild: tracked && service.hasBuild,
    };
    return { plan };
  }
  if (bound !== undefined) {
    const plan: PlannedImage = {
      ...base,
      tag,
      versionTags,
      digest: bound.digest,
      source: 'buildx-metadata',
      rewrite: true,
      removeBuild: service.hasBuild,
    };
    return { plan };
  }
  if (tracked && placeholder && versionTags.length === 0) {
    throw new InputError(
      ctx.input.names.images,
      `cannot pin ${ref.original} (service "${service.name}"): it has no digest, and the release version ${ctx.input.version} cannot be a Docker tag (tags cannot hold "+"), so there is no tag to look up; give the tag the build pushed (${service.name}=${ref.name}:TAG) or its digest`,
    );
  }
  if (tracked || ctx.input.pinAll) {
    const plan: PlannedImage = {
      ...base,
      tag,
      versionTags,
      source: 'registry',
      rewrite: true,
      removeBuild: tracked && service.hasBuild,
    };
    return { plan };
  }
  return { unpinned: true };
}

/**
 * Decides, per compose service, which image is pinned and where its digest comes from (README:
 * "Where digests come from"): a digest in the reference, then buildx metadata, then the registry.
 */
export function planImages(input: PlanInput): PlanResult {
  const owns = input.services.map(composeRef);
  const bound = bindSpecs(input, owns);
  const refs = owns.flatMap((own) => (typeof own === 'object' ? [own] : []));
  const claimed: ClaimedImages = {
    references: new Set(refs.map((r) => `${r.repository}:${r.tag ?? 'latest'}`)),
    repositories: new Set(refs.map((r) => r.repository)),
    anyTag: new Set(input.specs.map((s) => s.ref.repository)),
  };
  const ctx: ServiceContext = {
    input,
    trackedImages: new Set([...bound.values()].map((s) => s.ref.original)).size,
    claimed,
    warnings: [],
  };
  const used = new Set<MetadataEntry>();
  const images: PlannedImage[] = [];
  const unpinned: string[] = [];
  input.services.forEach((service, i) => {
    const planned = planService(service, owns[i], bound.get(service.name), ctx);
    for (const entry of planned.entries ?? []) used.add(entry);
    if (planned.plan) images.push(planned.plan);
    if (planned.unpinned) unpinned.push(service.name);
  });
  return {
    images,
    unpinned,
    unusedMetadata: input.metadata.filter((m) => !used.has(m)),
    warnings: ctx.warnings,
  };
}

function bindOnce(
  bound: Map<string, ImageSpec>,
  service: string,
  spec: ImageSpec,
  names: InputNames,
): void {
  const previous = bound.get(service);
  if (previous && previous.ref.original !== spec.ref.original) {
    throw new InputError(
      names.images,
      `service "${service}" is given two images: "${previous.ref.original}" and "${spec.ref.original}"`,
    );
  }
  bound.set(service, spec);
}
