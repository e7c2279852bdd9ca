/**
 * `extends` within one compose file, resolved as Compose resolves it for what a release records:
 * a service that extends another inherits its `image` (its own wins) and its `build` (merged with
 * its own), through any chain of services; `!reset` on its own entry drops what it would inherit.
 * `extends` with `file:` pulls a service from another file, which the one pinned file a dstack CVM
 * receives cannot carry: it is refused, as `include:` is (compose-model.ts).
 */
import { isMap, isScalar } from 'yaml';
import {
  composeError,
  lineOf,
  pairAt,
  type ComposeData,
  type ComposeEntry,
  type LoadedCompose,
} from './compose-load.js';

/** A service's image and build once `extends` is applied. */
export interface ExtendedService {
  readonly name: string;
  /** The `image` value Compose ends with (not necessarily a string); undefined for none. */
  readonly image: unknown;
  /** The service whose own `image:` entry that is: itself or one it extends. */
  readonly imageFrom?: string;
  /** The services whose own `build:` entries the result merges, this one first. */
  readonly buildFrom: readonly string[];
  readonly hasProvider: boolean;
  /** The service it extends directly. */
  readonly extends?: string;
}

/** How to make one file of several, for the refusals of constructs that name other files. */
export function selfContainedHint(file: string): string {
  return `a dstack CVM receives only the one pinned file, so the release records one self-contained compose file: write it with "docker compose -f ${file} config --no-interpolate > compose.release.yml" (or merge the files by hand) and point compose-file (--compose) at it`;
}

const SETTINGS = ['image', 'build', 'provider'] as const;
type Setting = (typeof SETTINGS)[number];

/** The settings a service marks `!reset` in its own mapping: it has none and inherits none. */
function resetSettings(loaded: LoadedCompose, entry: ComposeEntry): Set<Setting> {
  const reset = new Set<Setting>();
  const node = pairAt(loaded.doc, ['services', entry.key])?.value;
  if (!isMap(node)) return reset;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const value = pair.value as { tag?: string } | null;
    if (SETTINGS.includes(key as Setting) && value?.tag === '!reset') reset.add(key as Setting);
  }
  return reset;
}

/** The service `entry` extends, when it does; refuses what Compose refuses and `file:`. */
function baseOf(loaded: LoadedCompose, entry: ComposeEntry): string | undefined {
  const value = entry.data.get('extends');
  if (value === undefined || value === null) return undefined;
  const { file } = loaded;
  const where = (path: unknown[]): string => `${file} line ${lineOf(loaded, path)}`;
  if (typeof value === 'string') return value;
  if (value instanceof Map) {
    const other = value.get('file');
    if (other !== undefined && other !== null) {
      composeError(
        `${where(['services', entry.key, 'extends', 'file'])}: service "${entry.name}" extends a service of another file ("extends" with "file:"), whose services the pinned file would leave out; ${selfContainedHint(file)}`,
      );
    }
    const service: unknown = value.get('service');
    if (typeof service === 'string') return service;
  }
  return composeError(
    `${where(['services', entry.key, 'extends'])}: "extends" of service "${entry.name}" must name a service (extends: NAME, or extends: {service: NAME})`,
  );
}

/**
 * Every service of the file with `extends` applied, in file order. Refuses an `extends` of a
 * service that is not there, a chain that comes back to itself, and `extends` with `file:`.
 */
function resolveExtends(loaded: LoadedCompose): ExtendedService[] {
  const byName = new Map(loaded.entries.map((e) => [e.name, e]));
  const done = new Map<string, ExtendedService>();
  const resolve = (entry: ComposeEntry, chain: readonly string[]): ExtendedService => {
    const known = done.get(entry.name);
    if (known) return known;
    if (chain.includes(entry.name)) {
      composeError(
        `${loaded.file} line ${lineOf(loaded, ['services', entry.key, 'extends'])}: "extends" goes round in a circle (${[...chain, entry.name].join(' → ')}); Docker Compose refuses it`,
      );
    }
    const reset = resetSettings(loaded, entry);
    const own = (key: Setting): boolean => !reset.has(key) && hasValue(entry.data, key);
    const baseName = baseOf(loaded, entry);
    let base: ExtendedService | undefined;
    if (baseName !== undefined) {
      const target = byName.get(baseName);
      if (target === undefined) {
        composeError(
          `${loaded.file} line ${lineOf(loaded, ['services', entry.key, 'extends'])}: service "${entry.name}" extends service "${baseName}", which is not in the file`,
        );
      }
      base = resolve(target, [...chain, entry.name]);
    }
    const inherits = (key: Setting): boolean => base !== undefined && !reset.has(key);
    const image = own('image')
      ? entry.data.get('image')
      : inherits('image')
        ? base?.image
        : undefined;
    const imageFrom = own('image') ? entry.name : inherits('image') ? base?.imageFrom : undefined;
    const result: ExtendedService = {
      name: entry.name,
      image,
      ...(imageFrom !== undefined && { imageFrom }),
      buildFrom: [
        ...(own('build') ? [entry.name] : []),
        ...(inherits('build') ? (base?.buildFrom ?? []) : []),
      ],
      hasProvider: own('provider') || (inherits('provider') && base?.hasProvider === true),
      ...(baseName !== undefined && { extends: baseName }),
    };
    done.set(entry.name, result);
    return result;
  };
  return loaded.entries.map((entry) => resolve(entry, []));
}

/** A loaded compose file and its services with `extends` applied, by name. */
export interface ResolvedCompose {
  readonly loaded: LoadedCompose;
  readonly services: ReadonlyMap<string, ExtendedService>;
}

/** `resolveExtends`, kept with the file it was resolved from. */
export function resolveCompose(loaded: LoadedCompose): ResolvedCompose {
  return { loaded, services: new Map(resolveExtends(loaded).map((s) => [s.name, s])) };
}

function hasValue(data: ComposeData, key: string): boolean {
  return data.has(key) && data.get(key) !== null;
}
