/** Data shapes shared by the action, the CLI and the core. Pure data, no behaviour. */

/** A parsed image reference (distribution/reference grammar). */
export interface ImageRef {
  /** The text as given, trimmed. */
  readonly original: string;
  /** Registry host, normalised: `docker.io` for Docker Hub (also for `index.docker.io`, `registry-1.docker.io`). */
  readonly domain: string;
  /** Repository path inside the registry, normalised: `library/nginx` for `nginx`. */
  readonly path: string;
  /** `domain/path`, e.g. `docker.io/library/nginx`; the key images are matched on. */
  readonly repository: string;
  /** The name as the user wrote it, without tag or digest, e.g. `nginx` or `ghcr.io/acme/app`. */
  readonly name: string;
  readonly tag?: string;
  /** `sha256:<64 lowercase hex>` */
  readonly digest?: string;
}

/** One image that buildx metadata reports. */
export interface MetadataEntry {
  /** Normalised repositories from `image.name`; empty for the minimal multi-node form. */
  readonly repositories: readonly string[];
  /**
   * The tags `image.name` lists, per repository. A repository missing here was named without a
   * tag (as `docker buildx imagetools create` writes it), so which tags it got is not known.
   */
  readonly tags?: Readonly<Record<string, readonly string[]>>;
  /** `containerimage.digest`, else `containerimage.descriptor.digest`. */
  readonly digest: string;
  /**
   * Set when the digest is the image's config digest (its image ID): the build loaded the image
   * into a local Docker image store and pushed nothing a registry could serve.
   */
  readonly imageId?: true;
  /** The bake target key, when the metadata was a bake map. */
  readonly target?: string;
  /** `image.name`'s names as written (with their tags), in order. */
  readonly names?: readonly string[];
}

/** One service of the source compose file, as Compose reads it (`extends` applied). */
export interface ComposeService {
  readonly name: string;
  /** The `image` as written (its own, or inherited through `extends`), when it has one. */
  readonly image?: string;
  /** `image` with its variables substituted as Compose substitutes them (the same text when it has none). */
  readonly imageValue?: string;
  /** Why `image` has no value: its interpolation fails (a required variable is not set). */
  readonly imageProblem?: string;
  /** Variables `image` reads that are not set: Compose reads them as empty. */
  readonly unsetVariables?: readonly string[];
  readonly hasBuild: boolean;
  /** It runs a provider (`provider:`), with neither image nor build. */
  readonly provider?: true;
}

export interface PlatformDigest {
  /** `os/arch[/variant]` */
  readonly platform: string;
  readonly digest: string;
}

export type DigestSource = 'reference' | 'buildx-metadata' | 'registry';

/** One image of a release record (schema/release-info.schema.json). */
export interface ReleaseImage {
  readonly service: string;
  /** Normalised, e.g. `docker.io/xmregistry/crossmint-ts-tee`. */
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string;
  /** What the pinned compose file says, e.g. `xmregistry/crossmint-ts-tee:1.0.0@sha256:…`. */
  readonly reference: string;
  readonly platforms: readonly PlatformDigest[];
  readonly source: DigestSource;
}

export interface ReleaseRecord {
  readonly schema: 'release-tracker/release-info@1';
  readonly version: string;
  readonly tag: string;
  readonly created_at: string;
  readonly repository: string | null;
  readonly git: { readonly commit: string; readonly ref: string } | null;
  readonly workflow: {
    readonly run_id: string;
    readonly run_attempt: string;
    readonly url: string;
  } | null;
  readonly images: readonly ReleaseImage[];
  readonly compose_hash: string;
  readonly files: {
    readonly app_compose: { readonly path: string; readonly sha256: string };
    readonly docker_compose: { readonly path: string; readonly sha256: string };
  };
}

/** What the registry says about a reference. */
export interface ResolvedManifest {
  readonly digest: string;
  readonly mediaType: string;
  /** Per-platform manifests when the digest is an index, attestation manifests left out; `[]` otherwise. */
  readonly platforms: readonly PlatformDigest[];
}
