import { InputError } from './errors.js';
import { findMetadataDigest } from './metadata.js';
import { parseReference } from './reference.js';
import type { ComposeService, DigestSource, ImageRef, MetadataEntry } from './types.js';

/** One `[service=]image-reference` item of the `images` input. */
export interface ImageSpec {
  readonly service?: string;
  readonly ref: ImageRef;
}

const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;

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
  /** The image to pin: its name as written, and the tag the pinned reference carries. */
  readonly ref: ImageRef;
  readonly tag: string | undefined;
  /** Tracked: this release built it (named in `images` or in buildx metadata). */
  readonly tracked: boolean;
  /** Known without the registry; undefined means a registry look-up is needed. */
  readonly digest?: string;
  readonly source: DigestSource;
  /** Whether the compose file's value is rewritten (false for an untracked image already pinned). */
  readonly rewrite: boolean;
  readonly removeBuild: boolean;
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
  /** The release version, the tag for tracked images without one or tagged `latest`. */
  readonly version: string;
  readonly pinAll: boolean;
}

/** The service's own image reference; 'unparsable' for values such as `${REGISTRY}/app:${TAG}`. */
function composeRef(service: ComposeService): ImageRef | undefined | 'unparsable' {
  if (service.image === undefined) return undefined;
  try {
    return parseReference(service.image, 'compose-file');
  } catch {
    return 'unparsable';
  }
}

/** Which image each service is bound to by the `images` input: by `service=`, else by repository. */
function bindSpecs(
  services: readonly ComposeService[],
  specs: readonly ImageSpec[],
  composeFile: string,
): Map<string, ImageSpec> {
  const byName = new Map(services.map((s) => [s.name, s]));
  const bound = new Map<string, ImageSpec>();
  for (const spec of specs) {
    if (spec.service !== undefined) {
      if (!byName.has(spec.service)) {
        throw new InputError(
          'images',
          `service "${spec.service}" (in "${spec.service}=${spec.ref.original}") does not exist in ${composeFile}; its services are: ${[...byName.keys()].join(', ')}`,
        );
      }
      bindOnce(bound, spec.service, spec);
      continue;
    }
    const matches = services.filter((s) => {
      const own = composeRef(s);
      return typeof own === 'object' && own.repository === spec.ref.repository;
    });
    if (matches.length === 0) {
      throw new InputError(
        'images',
        `"${spec.ref.original}" matches no service image in ${composeFile}; bind it to a service as service=${spec.ref.original}`,
      );
    }
    for (const match of matches) bindOnce(bound, match.name, spec);
  }
  return bound;
}

interface ServiceContext {
  readonly input: PlanInput;
  /** "The one tracked image": distinct images named in `images`, however many services use them. */
  readonly trackedImages: number;
  readonly warnings: string[];
}

/**
 * The plan for one service: its image and where the digest comes from, `unpinned` when it keeps
 * its image as written, undefined when it names no image at all (build-only).
 */
function planService(
  service: ComposeService,
  spec: ImageSpec | undefined,
  ctx: ServiceContext,
): { plan?: PlannedImage; entry?: MetadataEntry; unpinned?: true } {
  const { composeFile, metadata, version, pinAll } = ctx.input;
  const own = spec ? undefined : composeRef(service);
  if (own === 'unparsable') {
    if (pinAll) {
      throw new InputError(
        'pin-all-images',
        `service "${service.name}" in ${composeFile} has image "${service.image ?? ''}", which is not a literal image reference and cannot be pinned; bind it in "images" (${service.name}=name:tag), write a literal reference, or turn pin-all-images off`,
      );
    }
    return { unpinned: true };
  }
  const ref = spec?.ref ?? own;
  // A build-only service with nothing that names its image cannot be pinned: leave it.
  if (ref === undefined) return {};
  // The "one tracked image" fallback of the minimal multi-node form applies to images named in
  // `images` only; an untracked service must never pick up a nameless digest by accident.
  const found =
    metadata.length === 0
      ? undefined
      : findMetadataDigest(metadata, {
          repository: ref.repository,
          service: service.name,
          trackedCount: spec ? ctx.trackedImages : 0,
        });
  const entry = found?.entry;
  const tracked = spec !== undefined || found !== undefined;
  const tag = tracked && (ref.tag === undefined || ref.tag === 'latest') ? version : ref.tag;
  const base = { service: service.name, ref, tracked };

  if (ref.digest !== undefined) {
    if (found && found.digest !== ref.digest) {
      ctx.warnings.push(
        `service "${service.name}" is pinned to ${ref.digest}, but buildx metadata says this build pushed ${found.digest}; the pinned digest is recorded`,
      );
    }
    const plan: PlannedImage = {
      ...base,
      // A reference left as written keeps the tag it carries.
      tag: spec !== undefined ? tag : ref.tag,
      digest: ref.digest,
      source: 'reference',
      rewrite: spec !== undefined,
      removeBuild: tracked && service.hasBuild,
    };
    return { plan, ...(entry && { entry }) };
  }
  if (found !== undefined) {
    const plan: PlannedImage = {
      ...base,
      tag,
      digest: found.digest,
      source: 'buildx-metadata',
      rewrite: true,
      removeBuild: service.hasBuild,
    };
    return { plan, ...(entry && { entry }) };
  }
  if (tracked || pinAll) {
    const plan: PlannedImage = {
      ...base,
      tag,
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
  const bound = bindSpecs(input.services, input.specs, input.composeFile);
  const ctx: ServiceContext = {
    input,
    trackedImages: new Set([...bound.values()].map((s) => s.ref.original)).size,
    warnings: [],
  };
  const used = new Set<MetadataEntry>();
  const images: PlannedImage[] = [];
  const unpinned: string[] = [];
  for (const service of input.services) {
    const planned = planService(service, bound.get(service.name), ctx);
    if (planned.entry) used.add(planned.entry);
    if (planned.plan) images.push(planned.plan);
    if (planned.unpinned) unpinned.push(service.name);
  }
  return {
    images,
    unpinned,
    unusedMetadata: input.metadata.filter((m) => !used.has(m)),
    warnings: ctx.warnings,
  };
}

function bindOnce(bound: Map<string, ImageSpec>, service: string, spec: ImageSpec): void {
  const previous = bound.get(service);
  if (previous && previous.ref.original !== spec.ref.original) {
    throw new InputError(
      'images',
      `service "${service}" is given two images: "${previous.ref.original}" and "${spec.ref.original}"`,
    );
  }
  bound.set(service, spec);
}
