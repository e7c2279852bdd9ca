/**
 * Whether a record says what its own pinned compose file says: the file's hash proves the file,
 * not the record's `images`, so an edited digest in release-info.json must be caught here. Every
 * recorded image is the image of its service in the pinned file (as Compose reads it: anchors and
 * `extends` applied), with the digest, repository and tag of that reference; every service the
 * file pins to a digest is recorded.
 */
import type { ResolvedCompose } from './compose-extends.js';
import { composeServices, readComposeServices } from './compose-model.js';
import { InputError, errorMessage } from './errors.js';
import { parseReference } from './reference.js';
import type { ComposeService, ImageRef, ReleaseRecord } from './types.js';

const q = (text: string): string => JSON.stringify(text);

function parsed(reference: string): ImageRef | undefined {
  try {
    return parseReference(reference, 'record');
  } catch {
    return undefined;
  }
}

type PinnedServices = readonly ComposeService[] | { readonly problem: string };

function servicesOrProblem(composePath: string, read: () => ComposeService[]): PinnedServices {
  try {
    return read();
  } catch (error) {
    const why = error instanceof InputError ? error.reason : errorMessage(error);
    return { problem: `${composePath}: cannot be read as a compose file: ${why}` };
  }
}

/** The services of a pinned compose file as Compose reads them, or why it cannot be read. */
export function pinnedServices(composeText: string, composePath: string): PinnedServices {
  return servicesOrProblem(composePath, () => readComposeServices(composeText, composePath));
}

/** `pinnedServices` of a pinned compose file already loaded, with `extends` applied. */
export function resolvedPinnedServices(pinned: ResolvedCompose): PinnedServices {
  return servicesOrProblem(pinned.loaded.file, () => composeServices(pinned));
}

/** What makes `record` disagree with the pinned compose text; empty when it agrees. */
export function recordConsistencyProblems(
  record: ReleaseRecord,
  composeText: string,
  composePath: string,
): string[] {
  return recordProblems(record, pinnedServices(composeText, composePath), composePath);
}

/** `recordConsistencyProblems` over services already read (`pinnedServices`). */
export function recordProblems(
  record: ReleaseRecord,
  services: PinnedServices,
  composePath: string,
): string[] {
  if ('problem' in services) return [services.problem];
  const byName = new Map(services.map((s) => [s.name, s]));
  const problems: string[] = [];
  const recorded = new Set<string>();
  for (const image of record.images) {
    const what = `record: image of service ${q(image.service)}`;
    if (recorded.has(image.service)) {
      problems.push(`record: service ${q(image.service)} is recorded twice`);
      continue;
    }
    recorded.add(image.service);
    const service = byName.get(image.service);
    if (service === undefined) {
      problems.push(`record: service ${q(image.service)} is not in ${composePath}`);
      continue;
    }
    if (service.image !== image.reference) {
      problems.push(
        `${what} is recorded as ${q(image.reference)}, but ${composePath} gives it ${service.image === undefined ? 'no image' : q(service.image)}`,
      );
      continue;
    }
    const ref = parsed(image.reference);
    if (ref === undefined) {
      problems.push(`${what}: ${q(image.reference)} is not an image reference`);
      continue;
    }
    if (ref.digest !== image.digest) {
      problems.push(
        `${what} (${image.repository}) records digest ${image.digest}, but its reference ${q(image.reference)} pins ${ref.digest ?? 'no digest'}`,
      );
    }
    if (ref.repository !== image.repository) {
      problems.push(
        `${what} records repository ${image.repository}, but its reference ${q(image.reference)} names ${ref.repository}`,
      );
    }
    if ((ref.tag ?? null) !== image.tag) {
      problems.push(
        `${what} (${image.repository}) records tag ${image.tag === null ? 'none' : q(image.tag)}, but its reference ${q(image.reference)} has ${ref.tag === undefined ? 'none' : q(ref.tag)}`,
      );
    }
  }
  for (const service of services) {
    if (recorded.has(service.name) || service.image === undefined) continue;
    if (parsed(service.image)?.digest !== undefined) {
      problems.push(
        `${composePath}: service ${q(service.name)} runs ${q(service.image)}, pinned to a digest, which the record does not list`,
      );
    }
  }
  return problems;
}
