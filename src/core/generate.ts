import {
  buildAppCompose,
  composeHash as composeHashOf,
  serializeAppCompose,
  validateAppCompose,
} from './app-compose.js';
import { parseCompose, pinCompose, type ComposeEdit } from './compose-pin.js';
import { InputError, errorMessage } from './errors.js';
import { sha256Hex } from './hash.js';
import { planImages, type ImageSpec, type PlanResult, type PlannedImage } from './image-plan.js';
import { pinnedReference } from './reference.js';
import { releaseFileNames, serializeRecord, RECORD_SCHEMA } from './release-record.js';
import type {
  ImageRef,
  MetadataEntry,
  PlatformDigest,
  ReleaseImage,
  ReleaseRecord,
  ResolvedManifest,
} from './types.js';
import type { ReleaseVersion } from './version.js';

/** The registry, as generation sees it; absent when working offline. */
export interface DigestResolver {
  resolve(ref: ImageRef): Promise<ResolvedManifest>;
  platformsOf(ref: ImageRef, digest: string): Promise<PlatformDigest[]>;
}

/** Everything generation needs, already read from files and inputs. Nothing here touches disk. */
export interface GenerateRequest {
  readonly version: ReleaseVersion;
  readonly composeText: string;
  /** The compose file's name, for messages. */
  readonly composeFile: string;
  readonly specs: readonly ImageSpec[];
  readonly metadata: readonly MetadataEntry[];
  readonly template?: Record<string, unknown>;
  readonly appName?: string;
  /** The app name when neither the input nor the template gives one: the repository's name. */
  readonly defaultAppName: string;
  readonly pinAll: boolean;
  /** Repository-relative directory the files are recorded under, e.g. `releases`. */
  readonly releasesDir: string;
  readonly createdAt: Date;
  readonly repository: string | null;
  readonly git: ReleaseRecord['git'];
  readonly workflow: ReleaseRecord['workflow'];
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

/** A UTC timestamp without milliseconds, as in the record's `created_at`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface Pinned {
  readonly plan: PlannedImage;
  readonly digest: string;
  readonly platforms: readonly PlatformDigest[];
}

async function pinOne(
  plan: PlannedImage,
  resolver: DigestResolver | undefined,
  warnings: string[],
): Promise<Pinned> {
  const display = plan.ref.original;
  // An image nobody listed is pinned because of pin-all-images: that is the input to name.
  const input = plan.tracked ? 'images' : 'pin-all-images';
  if (plan.digest === undefined) {
    if (resolver === undefined) {
      throw new InputError(
        input,
        `cannot pin ${display} (service "${plan.service}"): it has no digest and the registry is not consulted; give it as name:tag@sha256:…, in buildx metadata, or allow registry look-ups`,
      );
    }
    const lookup = plan.tag === plan.ref.tag ? plan.ref : { ...plan.ref, tag: plan.tag };
    try {
      const resolved = await resolver.resolve(lookup);
      return { plan, digest: resolved.digest, platforms: resolved.platforms };
    } catch (error) {
      throw new InputError(
        input,
        `cannot pin ${display} (service "${plan.service}"): ${errorMessage(error)}`,
      );
    }
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
  return { plan, digest: plan.digest, platforms };
}

/**
 * Resolves every planned image. Every look-up runs to its end, so one error can name every image
 * that cannot be pinned.
 */
async function pinImages(
  plans: readonly PlannedImage[],
  resolver: DigestResolver | undefined,
  warnings: string[],
): Promise<Pinned[]> {
  const settled = await Promise.allSettled(plans.map((p) => pinOne(p, resolver, warnings)));
  const failures = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) {
    const reasons = failures.map((f) => (f instanceof InputError ? f.reason : errorMessage(f)));
    const onlyUnlisted = failures.every(
      (f) => f instanceof InputError && f.input === 'pin-all-images',
    );
    throw new InputError(
      onlyUnlisted ? 'pin-all-images' : 'images',
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
  const images = pinned.map(({ plan: p, digest, platforms }): ReleaseImage => {
    const reference = p.rewrite ? pinnedReference(p.ref.name, p.tag, digest) : p.ref.original;
    if (p.rewrite || p.removeBuild) {
      edits.set(p.service, { image: reference, removeBuild: p.removeBuild });
    }
    return {
      service: p.service,
      repository: p.ref.repository,
      tag: p.tag ?? null,
      digest,
      reference,
      platforms: [...platforms],
      source: p.source,
    };
  });
  return { images, edits };
}

function planWarnings(plan: PlanResult): string[] {
  return [
    ...plan.unpinned.map(
      (service) => `service "${service}" keeps an unpinned image (pin-all-images is off)`,
    ),
    ...plan.warnings,
    ...plan.unusedMetadata.map((entry) => {
      const what = entry.repositories.join(', ') || `target ${entry.target ?? '?'}`;
      return `buildx metadata for ${what} matches no compose service; ignored`;
    }),
  ];
}

/** Generates the three release files from data: the same request gives the same compose bytes. */
export async function generateRelease(
  request: GenerateRequest,
  resolver: DigestResolver | undefined,
): Promise<GeneratedRelease> {
  const plan = planImages({
    services: parseCompose(request.composeText, request.composeFile),
    composeFile: request.composeFile,
    specs: request.specs,
    metadata: request.metadata,
    version: request.version.version,
    pinAll: request.pinAll,
  });
  const warnings = planWarnings(plan);
  const { images, edits } = recordImages(await pinImages(plan.images, resolver, warnings));

  const composeText = pinCompose(request.composeText, edits, request.composeFile);
  const document = buildAppCompose({
    composeText,
    defaultName: request.defaultAppName,
    ...(request.template !== undefined && { template: request.template }),
    ...(request.appName !== undefined && { appName: request.appName }),
  });
  validateAppCompose(document, request.template ? 'app-compose-template' : 'app-name');
  const appComposeText = serializeAppCompose(document);
  const composeHash = composeHashOf(appComposeText);

  const names = releaseFileNames(request.version.prefix);
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
