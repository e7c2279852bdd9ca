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

/**
 * Decides, per compose service, which image is pinned and where its digest comes from (SPEC §3
 * "Digest resolution"): a digest in the reference, then buildx metadata, then the registry.
 */
export function planImages(input: PlanInput): PlanResult {
  const { services, composeFile, specs, metadata, version, pinAll } = input;
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
      if (s.image === undefined) return false;
      try {
        return parseReference(s.image, 'compose-file').repository === spec.ref.repository;
      } catch {
        return false;
      }
    });
    if (matches.length === 0) {
      throw new InputError(
        'images',
        `"${spec.ref.original}" matches no service image in ${composeFile}; bind it to a service as service=${spec.ref.original}`,
      );
    }
    for (const match of matches) bindOnce(bound, match.name, spec);
  }

  const used = new Set<MetadataEntry>();
  const images: PlannedImage[] = [];
  const unpinned: string[] = [];
  const warnings: string[] = [];
  // "The one tracked image": distinct images named in `images`, however many services use them.
  const trackedImages = new Set([...bound.values()].map((s) => s.ref.original)).size;

  for (const service of services) {
    const spec = bound.get(service.name);
    const own = spec ? undefined : composeRef(service);
    if (own === 'unparsable') {
      if (pinAll) {
        throw new InputError(
          'pin-all-images',
          `service "${service.name}" in ${composeFile} has image "${service.image ?? ''}", which is not a literal image reference and cannot be pinned; bind it in "images" (${service.name}=name:tag), write a literal reference, or turn pin-all-images off`,
        );
      }
      unpinned.push(service.name);
      continue;
    }
    const ref = spec?.ref ?? own;
    // The "one tracked image" fallback of the minimal multi-node form applies to images named in
    // `images` only; an untracked service must never pick up a nameless digest by accident.
    const found =
      ref === undefined || metadata.length === 0
        ? undefined
        : findMetadataDigest(metadata, {
            repository: ref.repository,
            service: service.name,
            trackedCount: spec ? trackedImages : 0,
          });
    if (found) used.add(found.entry);

    if (ref === undefined) {
      // A build-only service with nothing that names its image cannot be pinned: leave it.
      continue;
    }
    const tracked = spec !== undefined || found !== undefined;
    const tag = tracked && (ref.tag === undefined || ref.tag === 'latest') ? version : ref.tag;

    if (ref.digest !== undefined) {
      if (found && found.digest !== ref.digest) {
        warnings.push(
          `service "${service.name}" is pinned to ${ref.digest}, but buildx metadata says this build pushed ${found.digest}; the pinned digest is recorded`,
        );
      }
      images.push({
        service: service.name,
        ref,
        // A reference left as written keeps the tag it carries.
        tag: spec !== undefined ? tag : ref.tag,
        tracked,
        digest: ref.digest,
        source: 'reference',
        rewrite: spec !== undefined,
        removeBuild: tracked && service.hasBuild,
      });
    } else if (found !== undefined) {
      images.push({
        service: service.name,
        ref,
        tag,
        tracked,
        digest: found.digest,
        source: 'buildx-metadata',
        rewrite: true,
        removeBuild: service.hasBuild,
      });
    } else if (tracked || pinAll) {
      images.push({
        service: service.name,
        ref,
        tag,
        tracked,
        source: 'registry',
        rewrite: true,
        removeBuild: tracked && service.hasBuild,
      });
    } else {
      unpinned.push(service.name);
    }
  }

  return { images, unpinned, unusedMetadata: metadata.filter((m) => !used.has(m)), warnings };
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
