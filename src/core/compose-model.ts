/**
 * The services of a compose file as Compose would run them, for the release to account for every
 * one: `extends` applied, images interpolated from the variables Compose would use, and refused
 * where the one pinned file could not mean what Compose runs from the source (`include:`, `extends`
 * with `file:`) or where Compose itself refuses the file (a service with neither image nor build).
 */
import {
  resolveCompose,
  selfContainedHint,
  type ExtendedService,
  type ResolvedCompose,
} from './compose-extends.js';
import { InterpolationError, interpolate } from './compose-interpolation.js';
import {
  composeError,
  lineOf,
  loadCompose,
  type ComposeEntry,
  type LoadedCompose,
} from './compose-load.js';
import type { ComposeService } from './types.js';
import { describeValue } from './values.js';

function refuseInclude(loaded: LoadedCompose): void {
  const include = loaded.data.get('include');
  const empty =
    include === undefined || include === null || (Array.isArray(include) && include.length === 0);
  if (empty) return;
  composeError(
    `${loaded.file} line ${lineOf(loaded, ['include'])}: "include:" pulls services from other compose files, which the pinned file would leave out; ${selfContainedHint(loaded.file)}`,
  );
}

function imageOf(
  loaded: LoadedCompose,
  entry: ComposeEntry,
  service: ExtendedService,
  variables: ReadonlyMap<string, string>,
): Pick<ComposeService, 'image' | 'imageValue' | 'imageProblem' | 'unsetVariables'> {
  const { image } = service;
  if (image === undefined || image === null || image === '') return {};
  if (typeof image !== 'string') {
    const from = service.imageFrom ?? entry.name;
    return composeError(
      `${loaded.file} line ${lineOf(loaded, ['services', from, 'image'])}: the image of service "${entry.name}" is ${describeValue(image, 'yaml')}, not a string; Docker Compose refuses it`,
    );
  }
  if (!image.includes('$')) return { image, imageValue: image };
  try {
    const { value, unset } = interpolate(image, (name) => variables.get(name));
    return { image, imageValue: value, ...(unset.length > 0 && { unsetVariables: unset }) };
  } catch (error) {
    if (!(error instanceof InterpolationError)) throw error;
    const problem =
      error.variable === undefined
        ? 'it is not a valid interpolation (write "$$" for a literal "$")'
        : `variable ${error.variable} is required (":?" or "?") and has no value`;
    return { image, imageProblem: problem };
  }
}

/**
 * A compose file read as Compose reads it: what `loadCompose` refuses, then `include:`, then
 * `extends` applied (refusing what Compose refuses in it, and `file:`), in that order.
 */
export function readCompose(text: string, file: string): ResolvedCompose {
  const loaded = loadCompose(text, file);
  refuseInclude(loaded);
  return resolveCompose(loaded);
}

/**
 * The services of a compose file, in file order, as Compose reads them; `variables` are what
 * Compose interpolates with (the environment and the `.env` file: `composeVariables`). Refuses,
 * with an error naming the compose-file input: `include:` (again, for a file resolved without
 * `readCompose`), an image that is not a string, and a service with neither an image nor a build
 * (nor a provider).
 */
export function composeServices(
  compose: ResolvedCompose,
  variables: ReadonlyMap<string, string> = new Map(),
): ComposeService[] {
  const { loaded } = compose;
  refuseInclude(loaded);
  return loaded.entries.map((entry): ComposeService => {
    const service = compose.services.get(entry.name) as ExtendedService;
    const image = imageOf(loaded, entry, service, variables);
    const hasBuild = service.buildFrom.length > 0;
    if (image.image === undefined && !hasBuild && !service.hasProvider) {
      composeError(
        `${loaded.file} line ${lineOf(loaded, ['services', entry.key])}: service "${entry.name}" has neither "image" nor "build"${service.extends === undefined ? '' : ` (nor does service "${service.extends}", which it extends)`}; Docker Compose refuses it`,
      );
    }
    return {
      name: entry.name,
      ...image,
      hasBuild,
      ...(service.hasProvider &&
        image.image === undefined &&
        !hasBuild && { provider: true as const }),
    };
  });
}

/** `composeServices` of `readCompose`: what either refuses, in that order. */
export function readComposeServices(
  text: string,
  file: string,
  variables: ReadonlyMap<string, string> = new Map(),
): ComposeService[] {
  return composeServices(readCompose(text, file), variables);
}
