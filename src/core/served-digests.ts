/**
 * `verify --registry`: can each release still be deployed, or rolled back to? Every digest its
 * record names — each image's (an index or a single manifest) and each platform manifest's — must
 * still be served by the image's registry. This module decides what to ask and folds the answers;
 * asking is the CLI's. A registry that could not be asked proves nothing either way: such a digest
 * is "not checked", never "gone".
 */
import type { ImageRef, ReleaseRecord } from './types.js';

/** One recorded digest, where the record names it. */
export interface RecordedDigest {
  readonly version: string;
  readonly service: string;
  /** Normalised, e.g. `ghcr.io/acme/app`. */
  readonly repository: string;
  readonly digest: string;
  /** `os/arch[/variant]` for a platform manifest; null for the image's own digest. */
  readonly platform: string | null;
}

/** The registry look-up the check needs. */
export interface ServedLookup {
  /** True when served, false when the registry says it is not (404); throws when it cannot say. */
  isServed(ref: ImageRef, digest: string): Promise<boolean>;
}

export type Answer = { readonly served: boolean } | { readonly error: string };

export interface NotChecked extends RecordedDigest {
  readonly error: string;
}

export interface ServedReport {
  /** Every digest was asked about and every one is served. */
  readonly ok: boolean;
  /** Recorded digests, counted once per release that names them. */
  readonly checked: number;
  /** Look-ups made: each repository and digest is asked about once, however many releases name it. */
  readonly lookups: number;
  /** Digests the registry says it no longer serves. */
  readonly gone: readonly RecordedDigest[];
  /** Digests whose registry could not be asked (unreachable, credentials refused, a bad answer). */
  readonly notChecked: readonly NotChecked[];
}

/** Every digest the records name, in record order: the image's, then its platforms'. */
export function recordedDigests(records: readonly ReleaseRecord[]): RecordedDigest[] {
  return records.flatMap((record) =>
    record.images.flatMap((image) => {
      const at = { version: record.version, service: image.service, repository: image.repository };
      return [
        { ...at, digest: image.digest, platform: null },
        ...image.platforms.map((p) => ({ ...at, digest: p.digest, platform: p.platform })),
      ];
    }),
  );
}

/** The key one look-up answers for: a digest in a repository. */
export const lookupKey = (d: { repository: string; digest: string }): string =>
  `${d.repository}@${d.digest}`;

/** The distinct look-ups of `digests`, first appearance first. */
export function distinctLookups(digests: readonly RecordedDigest[]): RecordedDigest[] {
  const seen = new Map<string, RecordedDigest>();
  for (const d of digests) if (!seen.has(lookupKey(d))) seen.set(lookupKey(d), d);
  return [...seen.values()];
}

/** The verdict, from each look-up's answer (by `lookupKey`). */
export function foldServed(
  digests: readonly RecordedDigest[],
  answers: ReadonlyMap<string, Answer>,
): ServedReport {
  const gone: RecordedDigest[] = [];
  const notChecked: NotChecked[] = [];
  for (const d of digests) {
    const answer = answers.get(lookupKey(d)) ?? { error: 'not asked' };
    if ('error' in answer) notChecked.push({ ...d, error: answer.error });
    else if (!answer.served) gone.push(d);
  }
  return {
    ok: gone.length === 0 && notChecked.length === 0,
    checked: digests.length,
    lookups: answers.size,
    gone,
    notChecked,
  };
}
