/**
 * Pins service images in a compose file by editing its text, never by re-serialising: the pinned
 * file must differ from the source only where an image or a `build:` entry changed, because its
 * exact bytes end up inside the attested app-compose document. The result is read back, with
 * merge keys and `extends` applied as Compose applies them, and must mean the source with exactly
 * the edits.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  visit,
  Scalar,
  type Node as YamlNode,
  type ParsedNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { resolveCompose, type ExtendedService, type ResolvedCompose } from './compose-extends.js';
import { composeError, loadCompose, pairAt } from './compose-load.js';
import { errorMessage } from './errors.js';
import { describeValue } from './values.js';
import {
  applyEdits,
  findPair,
  flowPairSpan,
  formatScalar,
  insertBlockFirst,
  insertFlowFirst,
  isEmptyNode,
  removeBlockEntry,
  removeFlowPair,
  replaceBlockEntry,
  replaceScalarValue,
  type EditContext,
  type TextEdit,
} from './yaml-text-edits.js';

/** What to change in one service: its new image text, and whether to drop its `build:` entry. */
export interface ComposeEdit {
  readonly image: string;
  readonly removeBuild: boolean;
}

interface Context extends EditContext {
  /** Anchor names some alias in the document refers to. */
  readonly aliased: ReadonlySet<string>;
}

function refusal(file: string, service: string, reason: string): never {
  return composeError(`cannot pin service "${service}" in ${file}: ${reason}`);
}

/** Anchors defined in `node` or below it that an alias elsewhere uses: removing or rewriting them would change that alias. */
function usedAnchorsIn(node: YamlNode | null, ctx: Context): string[] {
  const used: string[] = [];
  if (node === null) return used;
  const check = (n: unknown): void => {
    if ((isScalar(n) || isCollection(n)) && n.anchor !== undefined && ctx.aliased.has(n.anchor)) {
      used.push(n.anchor);
    }
  };
  check(node);
  visit(node, (_key, n) => {
    check(n);
  });
  return used;
}

function assertUnshared(node: YamlNode | null, what: string, ctx: Context): void {
  const used = usedAnchorsIn(node, ctx);
  if (used.length > 0) {
    ctx.refuse(
      `${what} holds anchor &${used[0] ?? ''}, which an alias reuses elsewhere; editing it would change that copy too`,
    );
  }
}

/**
 * A service's edits: `direct` ones change its own text; `image` is the edit that gives it its own
 * image when, after the direct edits of every service, the image it inherits (through `<<`, an
 * alias or `extends`) is not yet the one wanted. It often is by then: a whole service anchored and
 * merged into others gets its image from the anchor's edit, a service extending the pinned one
 * from that one's.
 */
interface ServiceEdits {
  readonly direct: TextEdit[];
  readonly image?: () => TextEdit;
}

function editsForService(
  serviceMap: YAMLMap<ParsedNode, ParsedNode | null>,
  edit: ComposeEdit,
  ctx: Context,
): ServiceEdits {
  const image = findPair(serviceMap, 'image');
  const build = findPair(serviceMap, 'build');
  const entry = `image: ${formatScalar(edit.image, Scalar.PLAIN)}`;
  const flow = serviceMap.flow === true;
  const removeBuild = edit.removeBuild && build !== undefined;

  // A whole entry (`image:` with no value, or `build:` giving way to `image:`) becomes `entry`.
  const replaceEntry = (pair: Pair<ParsedNode, ParsedNode | null>): TextEdit => {
    if (!flow) return replaceBlockEntry(pair, entry, ctx);
    const [start, end] = flowPairSpan(ctx.text, pair);
    return { start, end, text: entry };
  };

  const value = image?.pair.value;
  if (removeBuild) {
    assertUnshared(build.pair.key, 'its "build" entry', ctx);
    assertUnshared(build.pair.value, 'its "build" entry', ctx);
  }
  if (image !== undefined && value !== null && value !== undefined && !isEmptyNode(value)) {
    const direct: TextEdit[] = [];
    let own: (() => TextEdit) | undefined;
    // `image: *name` keeps the anchor's value unless that is not this image by now.
    if (isAlias(value)) own = () => replaceScalarValue(value, edit.image, 'its "image"', ctx);
    else direct.push(replaceScalarValue(value, edit.image, 'its "image"', ctx));
    if (removeBuild) direct.push(removeBuildEntry(serviceMap, build.index, flow, ctx));
    return { direct, ...(own && { image: own }) };
  }
  if (image !== undefined) {
    const direct = [replaceEntry(image.pair)];
    if (removeBuild) direct.push(removeBuildEntry(serviceMap, build.index, flow, ctx));
    return { direct };
  }
  // Only `build:` of its own (its image inherited, or none): the image takes build's place.
  if (removeBuild) return { direct: [replaceEntry(build.pair)] };
  return {
    direct: [],
    image: () =>
      flow ? insertFlowFirst(serviceMap, entry, ctx) : insertBlockFirst(serviceMap, entry, ctx),
  };
}

function removeBuildEntry(
  serviceMap: YAMLMap<ParsedNode, ParsedNode | null>,
  index: number,
  flow: boolean,
  ctx: Context,
): TextEdit {
  const pair = serviceMap.items[index];
  if (pair === undefined) throw new Error('build entry index out of range');
  return flow ? removeFlowPair(serviceMap, index, ctx) : removeBlockEntry(pair, ctx);
}

function readBack(text: string, file: string): ResolvedCompose {
  try {
    return resolveCompose(loadCompose(text, file));
  } catch (error) {
    return composeError(
      `pinning ${file} in place failed (${errorMessage(error)}); please report this`,
    );
  }
}

/** Why `build:` is still there after the edits removed the service's own entry, for the refusal. */
function buildLeft(name: string, service: ExtendedService): string {
  const from = service.buildFrom.find((s) => s !== name);
  if (service.buildFrom[0] === name || from === undefined) {
    // A merged key cannot be deleted in place: the anchor holds it for every service using it.
    return 'its "build" comes from a merge key (<<); move "build:" into the service itself';
  }
  return `its "build" comes from service "${from}" through "extends", which keeps it; bind "${from}" to this release's build too, or give this service a "build:" of its own`;
}

const shown = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v) : describeValue(v, 'yaml');

function withoutImageAndBuild(data: Map<unknown, unknown>): Map<unknown, unknown> {
  const copy = new Map(data);
  copy.delete('image');
  copy.delete('build');
  return copy;
}

/**
 * Checks that `actual` (the pinned text, read back) is `source` with exactly the edits: every
 * service ends with the image it should have (the edit's, else its own as before), a `build:`
 * only where it had one and the edit keeps it, and nothing else changed. What anchors and
 * `extends` share between services makes the difference here; a difference means the file
 * cannot be pinned in place.
 */
function verifyPinned(
  source: ResolvedCompose,
  actual: ResolvedCompose,
  edits: ReadonlyMap<string, ComposeEdit>,
  file: string,
): void {
  const changed: string[] = [];
  for (const [key, value] of source.loaded.data) {
    if (key === 'services') continue;
    if (!isDeepStrictEqual(actual.loaded.data.get(key), value)) changed.push(`"${String(key)}"`);
  }
  source.loaded.entries.forEach((entry, i) => {
    const after = actual.loaded.entries[i];
    const before = source.services.get(entry.name);
    const now = actual.services.get(entry.name);
    if (after?.name !== entry.name || before === undefined || now === undefined) {
      changed.push(`service "${entry.name}" (its place in the file)`);
      return;
    }
    const edit = edits.get(entry.name);
    const image = edit ? edit.image : before.image;
    const hadBuild = before.buildFrom.length > 0;
    const hasBuild = now.buildFrom.length > 0;
    if (!isDeepStrictEqual(now.image, image)) {
      changed.push(
        `service "${entry.name}" (its image would be ${shown(now.image)}, not ${shown(image)})`,
      );
    } else if (hasBuild !== (hadBuild && !edit?.removeBuild)) {
      changed.push(
        `service "${entry.name}" (its "build:" would be ${hasBuild ? 'kept' : 'removed'})`,
      );
    } else if (
      !isDeepStrictEqual(withoutImageAndBuild(after.data), withoutImageAndBuild(entry.data)) ||
      (hasBuild && !isDeepStrictEqual(after.data.get('build'), entry.data.get('build')))
    ) {
      changed.push(`service "${entry.name}" (its settings would change)`);
    }
  });
  if (actual.loaded.entries.length !== source.loaded.entries.length) {
    changed.push('the list of services');
  }
  const sameKeys = isDeepStrictEqual(
    [...actual.loaded.data.keys()],
    [...source.loaded.data.keys()],
  );
  if (changed.length === 0 && sameKeys) return;
  if (changed.length === 0) {
    composeError(
      `pinning ${file} in place would change more than the pinned images; please report this`,
    );
  }
  composeError(
    `cannot pin ${file} in place: the pinned images are written in YAML anchors or "extends" that other services reuse, so the edits would also change ${changed.join(', ')}; bind those services to the same images, or write each pinned image in its own service`,
  );
}

/**
 * The compose text with, for each service in `edits`, only its image value replaced (quoting style
 * kept) and, with `removeBuild`, its `build:` entry removed; every other byte is unchanged. An
 * image written in an anchor, or in a service others extend, is edited there when every service
 * using it gets that image. The result is re-read and checked to mean exactly the source plus
 * these changes.
 */
export function pinCompose(
  text: string,
  edits: ReadonlyMap<string, ComposeEdit>,
  file = 'the compose file',
): string {
  return pinResolved(resolveCompose(loadCompose(text, file)), edits).loaded.text;
}

/**
 * `pinCompose` of a compose file already read: the pinned file as read back, or `source` itself
 * when there are no edits.
 */
export function pinResolved(
  source: ResolvedCompose,
  edits: ReadonlyMap<string, ComposeEdit>,
): ResolvedCompose {
  if (edits.size === 0) return source;
  const { doc, text, file } = source.loaded;

  const aliased = new Set<string>();
  visit(doc, {
    Alias(_key, node) {
      aliased.add(node.source);
    },
  });

  const top = doc.contents;
  if (!isMap(top)) return composeError(`the top level of ${file} is not a mapping`);
  const servicesNode = findPair(top as YAMLMap<ParsedNode, ParsedNode | null>, 'services')?.pair
    .value;
  if (!isMap(servicesNode)) {
    return composeError(
      `"services" in ${file} is not written out as a mapping (an alias or merge key); cannot edit it in place`,
    );
  }

  const direct: TextEdit[] = [];
  const ownImage = new Map<string, (() => TextEdit) | undefined>();
  for (const [name, edit] of edits) {
    const ctx: Context = { text, aliased, refuse: (reason) => refusal(file, name, reason) };
    if (!source.services.has(name)) composeError(`service "${name}" not found in ${file}`);
    // Both mappings on the way are written out (checked above): no alias is followed.
    const serviceNode = pairAt(doc, ['services', name])?.value;
    if (isAlias(serviceNode)) {
      // `copy: *app`: right only if editing the anchored mapping gives it this image.
      ownImage.set(name, () =>
        ctx.refuse(
          `it is written as an alias (*${serviceNode.source}) of another mapping, so it cannot get its own image, and editing that mapping does not give it this one`,
        ),
      );
      continue;
    }
    if (!isMap(serviceNode)) {
      return ctx.refuse('it is not written out as a mapping under "services"');
    }
    const planned = editsForService(
      serviceNode as YAMLMap<ParsedNode, ParsedNode | null>,
      edit,
      ctx,
    );
    direct.push(...planned.direct);
    ownImage.set(name, planned.image);
  }

  // What the direct edits leave each edited service with, as Compose reads it.
  const interim = readBack(applyEdits(text, direct), file);
  const textEdits = [...direct];
  for (const [name, edit] of edits) {
    const now = interim.services.get(name);
    if (now === undefined) continue;
    if (now.image !== edit.image) {
      const own = ownImage.get(name);
      if (own === undefined) {
        refusal(file, name, `its image would be ${shown(now.image)}, not ${shown(edit.image)}`);
      }
      textEdits.push(own());
    }
    if (edit.removeBuild && now.buildFrom.length > 0) refusal(file, name, buildLeft(name, now));
  }
  // Without an image edit of its own, the result is the interim text, already read back.
  const result =
    textEdits.length === direct.length ? interim : readBack(applyEdits(text, textEdits), file);
  verifyPinned(source, result, edits, file);
  return result;
}
