/**
 * The registry look-ups (the registry, last in the README's "Where digests come from"): what a tag
 * names (`HEAD` with the four manifest and index media types in `Accept`, `Docker-Content-Digest`,
 * or `GET` and hash the body when the registry leaves it out), the platforms of an index, and
 * whether a digest is still served. Every digest is checked against the body whenever a body is
 * read, and a manifest fetched by digest must hash to that digest.
 *
 * Docker's addressing: `docker.io` is served by `registry-1.docker.io`; plain HTTP for
 * `localhost`, `127.0.0.0/8` and `::1`; HTTPS elsewhere. Authentication is `auth.ts`, the
 * requests themselves (time limits, retries, redirects) `transport.ts`.
 */
import { createLimiter, type Limiter } from '../core/concurrency.js';
import { errorMessage } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { isSha256Digest, withTag } from '../core/reference.js';
import type { ImageRef, PlatformDigest, ResolvedManifest } from '../core/types.js';
import { isRecord } from '../core/values.js';
import { isLoopbackHost } from '../http/hosts.js';
import { RegistryAuth } from './auth.js';
import type { CredentialStore } from './docker-config.js';
import {
  describeStatus,
  notFound,
  protocolError,
  RegistryError,
  unauthorized,
  unreachable,
  type Answer,
  type LookupContext,
} from './errors.js';
import {
  contentType,
  INDEX_TYPES,
  MANIFEST_ACCEPT,
  mediaTypeOf,
  PlatformError,
  platformsFromIndex,
  SINGLE_TYPES,
} from './manifest.js';
import { isRetryable } from '../http/retry.js';
import { Transport, type TransportOptions } from './transport.js';

/** Registries refuse manifests over 4 MiB; a bigger answer is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface RegistryClientOptions extends TransportOptions {
  readonly credentials?: CredentialStore;
  /** Look-ups running at once. Default 8. */
  readonly concurrency?: number;
  /**
   * Problems that do not fail a look-up: the platform list of an index that could not be read
   * after its digest was resolved (the pin never depends on it).
   */
  readonly onWarning?: (message: string) => void;
}

/** The reference as shown in messages: the name as written, with tag and/or digest. */
function displayRef(ref: ImageRef): string {
  return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

function contextOf(ref: ImageRef): LookupContext {
  return { image: displayRef(ref), registry: ref.domain };
}

/** The host that serves a registry domain: Docker Hub's API lives on `registry-1.docker.io`. */
function registryHost(domain: string): string {
  return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}

const sha256 = (bytes: Uint8Array): string => `sha256:${sha256Hex(bytes)}`;

export class RegistryClient {
  private readonly auth: RegistryAuth;
  private readonly onWarning: ((message: string) => void) | undefined;
  private readonly limit: Limiter;

  constructor(options: RegistryClientOptions = {}) {
    this.auth = new RegistryAuth(new Transport(options), options.credentials);
    this.onWarning = options.onWarning;
    this.limit = createLimiter(options.concurrency ?? 8);
  }

  /**
   * The digest a reference names now, with its media type and (for an index) platforms. A
   * reference that carries a digest is confirmed by fetching that digest: the digest is the pin.
   */
  resolve(ref: ImageRef): Promise<ResolvedManifest> {
    return this.limit(() => this.resolveNow(ref));
  }

  /** What the registry serves under the reference's tag, or undefined when it has no such tag (or repository). */
  async findTag(ref: ImageRef): Promise<ResolvedManifest | undefined> {
    try {
      return await this.resolve(ref.digest === undefined ? ref : withTag(ref, ref.tag));
    } catch (error) {
      if (error instanceof RegistryError && error.kind === 'not-found') return undefined;
      throw error;
    }
  }

  /** Platforms of a known digest (from buildx metadata or the reference); `[]` for a single manifest. */
  async platformsOf(ref: ImageRef, digest: string): Promise<PlatformDigest[]> {
    const manifest = await this.limit(() =>
      this.fetchByDigest(ref, digest, contextOf({ ...ref, digest })),
    );
    return [...manifest.platforms];
  }

  /**
   * Whether the registry still serves the manifest `digest` in the reference's repository (`HEAD`
   * by digest; a `GET`, hashed, where `HEAD` is not supported). False only when the registry says
   * it does not (404): no answer, refused credentials or a broken answer throw instead.
   */
  isServed(ref: ImageRef, digest: string): Promise<boolean> {
    return this.limit(async () => {
      const ctx = contextOf({ ...ref, digest });
      requireSha256(digest, ctx);
      const head = await this.manifestRequest(ref, 'HEAD', digest, ctx, [404, 405, 501]);
      if (head.status === 404) return false;
      if (head.status === 405 || head.status === 501) {
        try {
          await this.fetchByDigest(ref, digest, ctx);
          return true;
        } catch (error) {
          if (error instanceof RegistryError && error.kind === 'not-found') return false;
          throw error;
        }
      }
      const said = sentDigest(head.headers);
      if (said !== undefined && said !== digest) {
        throw protocolError(
          ctx,
          `${ctx.registry} answered for ${ctx.image} with a Docker-Content-Digest that is another digest`,
        );
      }
      return true;
    });
  }

  private async resolveNow(ref: ImageRef): Promise<ResolvedManifest> {
    if (ref.digest !== undefined) return this.fetchByDigest(ref, ref.digest, contextOf(ref));

    // No tag means `latest`, as for `docker pull`; say so in messages.
    const tag = ref.tag ?? 'latest';
    const ctx = contextOf({ ...ref, tag });
    const head = await this.manifestRequest(ref, 'HEAD', tag, ctx, [405, 501]);
    const headerDigest = sentDigest(head.headers);
    if (head.status >= 400 || headerDigest === undefined) {
      // No usable digest header (or no HEAD support): the digest is the hash of the exact bytes.
      const got = await this.manifestRequest(ref, 'GET', tag, ctx);
      return describeManifest(got, verifiedDigest(got, ctx), ctx);
    }

    const mediaType = contentType(head.headers);
    if (SINGLE_TYPES.has(mediaType)) return { digest: headerDigest, mediaType, platforms: [] };
    // An index (or a type the header did not say): read it by digest, never by tag, so the
    // platforms belong to the digest just resolved even if the tag moves meanwhile.
    try {
      const manifest = await this.fetchByDigest(ref, headerDigest, {
        ...ctx,
        image: `${ctx.image}@${headerDigest}`,
      });
      return { ...manifest, digest: headerDigest };
    } catch (error) {
      this.onWarning?.(`platforms of ${ctx.image} unknown: ${errorMessage(error)}`);
      return {
        digest: headerDigest,
        mediaType: mediaType || 'application/octet-stream',
        platforms: [],
      };
    }
  }

  /** GETs a manifest by digest and checks that its bytes hash to that digest. */
  private async fetchByDigest(
    ref: ImageRef,
    digest: string,
    ctx: LookupContext,
  ): Promise<ResolvedManifest> {
    requireSha256(digest, ctx);
    const got = await this.manifestRequest(ref, 'GET', digest, ctx);
    const actual = verifiedDigest(got, ctx);
    if (actual !== digest) {
      throw protocolError(
        ctx,
        `${ctx.registry} returned content for ${ctx.image} whose sha256 is ${actual}, not the digest asked for`,
      );
    }
    return describeManifest(got, digest, ctx);
  }

  /**
   * One manifest request, authenticated as the registry demands. Statuses in `pass` are returned
   * to the caller; other failures become a RegistryError naming the image.
   */
  private async manifestRequest(
    ref: ImageRef,
    method: 'HEAD' | 'GET',
    reference: string,
    ctx: LookupContext,
    pass: readonly number[] = [],
  ): Promise<Answer> {
    const host = registryHost(ref.domain);
    const url = `${isLoopbackHost(host) ? 'http' : 'https'}://${host}/v2/${ref.path}/manifests/${reference}`;
    const answer = await this.auth.send(ref, host, `repository:${ref.path}:pull`, {
      purpose: 'manifest',
      method,
      url,
      headers: { Accept: MANIFEST_ACCEPT },
      maxBytes: MAX_MANIFEST_BYTES,
      ctx,
    });
    if (pass.includes(answer.status)) return answer;
    if (answer.status === 401 || answer.status === 403) {
      throw unauthorized(ctx, this.auth.credentials);
    }
    if (answer.status === 404) throw notFound(ctx);
    if (isRetryable(answer.status)) throw unreachable(ctx, describeStatus(answer));
    if (answer.status < 200 || answer.status >= 300) {
      throw protocolError(
        ctx,
        `${ctx.registry} answered ${method} manifest of ${ctx.image} with ${describeStatus(answer)}`,
      );
    }
    return answer;
  }
}

/** A manifest is asked for, and believed, by a sha256 digest only. */
function requireSha256(digest: string, ctx: LookupContext): void {
  if (!isSha256Digest(digest)) {
    throw protocolError(ctx, `${ctx.image}: "${digest}" is not a sha256 digest`);
  }
}

/** The `Docker-Content-Digest` an answer carries, when it is a sha256 digest; else none. */
function sentDigest(headers: Headers): string | undefined {
  const said = headers.get('docker-content-digest')?.trim();
  return said !== undefined && isSha256Digest(said) ? said : undefined;
}

/**
 * The sha256 of a fetched manifest's bytes, which is its digest; a `Docker-Content-Digest` sent
 * with the bytes must be that digest, or the answer is not believed.
 */
function verifiedDigest(got: Answer, ctx: LookupContext): string {
  const actual = sha256(got.body);
  const said = sentDigest(got.headers);
  if (said !== undefined && said !== actual) {
    throw protocolError(
      ctx,
      `${ctx.registry} sent a manifest for ${ctx.image} whose sha256 is ${actual}, and a Docker-Content-Digest that is another digest; not believed`,
    );
  }
  return actual;
}

/** What a fetched manifest says: its media type and, for an index, its platforms. */
function describeManifest(got: Answer, digest: string, ctx: LookupContext): ResolvedManifest {
  const doc = parseManifest(got.body, ctx);
  const mediaType = mediaTypeOf(got.headers, doc);
  let platforms: PlatformDigest[] = [];
  if (INDEX_TYPES.has(mediaType)) {
    try {
      platforms = platformsFromIndex(doc);
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      throw protocolError(ctx, `${ctx.registry} sent ${ctx.image}: ${error.message}`);
    }
  }
  return { digest, mediaType, platforms };
}

function parseManifest(body: Buffer, ctx: LookupContext): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(body.toString('utf8'));
  } catch {
    doc = undefined;
  }
  if (!isRecord(doc)) {
    throw protocolError(
      ctx,
      `${ctx.registry} returned a manifest for ${ctx.image} that is not a JSON object`,
    );
  }
  return doc;
}
