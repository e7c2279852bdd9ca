export const id = 521;
export const ids = [521];
export const modules = {

/***/ 5521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ generate_run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/app-compose.ts + 1 modules
var app_compose = __webpack_require__(9445);
// EXTERNAL MODULE: ./src/core/compose-load.ts + 1 modules
var compose_load = __webpack_require__(7771);
// EXTERNAL MODULE: ./src/core/compose-model.ts
var compose_model = __webpack_require__(4215);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/compose-extends.ts
var compose_extends = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __webpack_require__(4101);
;// CONCATENATED MODULE: ./src/core/yaml-text-edits.ts
/**
 * Edits of YAML source text that change one node or one mapping entry and leave every other byte
 * as it is: comments, quoting, layout and line endings. Each returns a text range and its new
 * text; `applyEdits` puts them in. Where an edit cannot be placed exactly, `ctx.refuse` says why.
 */

function rangeOf(node) {
    const range = node?.range;
    return range ? [range[0], range[1], range[2]] : undefined;
}
/** A node that holds no text, as the value of `image:` with nothing after it. */
function isEmptyNode(node) {
    const range = rangeOf(node);
    return range === undefined || range[0] === range[1];
}
function keyName(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}
/** Can `value` be written as a plain scalar, in block and flow context, and read back as this string? */
function isSafePlain(value) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-/:@+]*$/.test(value) || value.endsWith(':'))
        return false;
    try {
        return (0,dist/* parse */.qg)(value) === value && (0,dist/* parse */.qg)(value, { version: '1.1' }) === value;
    }
    catch {
        return false;
    }
}
/** `value` as a scalar in the given style, falling back to double quotes where the style cannot hold it. */
function formatScalar(value, style) {
    const doubleQuoted = JSON.stringify(value);
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return doubleQuoted;
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE) {
        // eslint-disable-next-line no-control-regex
        return /[\u0000-\u001f\u007f]/.test(value) ? doubleQuoted : `'${value.replace(/'/g, "''")}'`;
    }
    return isSafePlain(value) ? value : doubleQuoted;
}
function lineStartOf(text, pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
}
/** The line break ending the line that holds `pos` (CRLF files keep CRLF in inserted lines). */
function lineBreakAt(text, pos) {
    const nl = text.indexOf('\n', pos);
    return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
/** The end of a key's `:` indicator, for a pair whose value is empty. */
function afterIndicator(text, keyEnd) {
    let i = keyEnd;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return text[i] === ':' ? i + 1 : keyEnd;
}
/** Text range of a pair in a flow mapping: from its key to the end of its value. */
function flowPairSpan(text, pair) {
    const key = rangeOf(pair.key);
    const value = isEmptyNode(pair.value) ? undefined : rangeOf(pair.value);
    const start = key?.[0] ?? value?.[0];
    const end = value?.[1] ?? (key === undefined ? undefined : afterIndicator(text, key[1]));
    if (start === undefined || end === undefined)
        throw new Error('flow pair without source range');
    return [start, end];
}
/** Index of the first character at or after `pos` that is neither white space nor a comment. */
function skipSeparation(text, pos) {
    let i = pos;
    while (i < text.length) {
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n')
            i++;
        else if (c === '#') {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl;
        }
        else
            break;
    }
    return i;
}
function skipWhite(text, pos) {
    let i = pos;
    while (i < text.length && /[ \t\r\n]/.test(text[i] ?? ''))
        i++;
    return i;
}
/**
 * The lines a block-mapping entry occupies: its key line, its value, a comment on its last line, and
 * comment lines right after it indented deeper than the key (commented-out nested settings).
 */
function blockEntry(pair, ctx) {
    const { text } = ctx;
    const key = rangeOf(pair.key);
    if (key === undefined)
        return ctx.refuse('a key without source position');
    const keyStart = key[0];
    const lineStart = lineStartOf(text, keyStart);
    const indent = text.slice(lineStart, keyStart);
    if (!/^[ \t]*$/.test(indent)) {
        ctx.refuse(`its "${keyName(pair) ?? '?'}" key does not start its own line`);
    }
    const value = isEmptyNode(pair.value) ? undefined : rangeOf(pair.value);
    let end = value?.[1] ?? afterIndicator(text, key[1]);
    let lineEnd;
    if (text[end - 1] === '\n') {
        // A block collection's value range already ends with its last line break.
        lineEnd = end - 1;
    }
    else {
        const nl = text.indexOf('\n', end);
        lineEnd = nl < 0 ? text.length : nl;
        if (!/^[ \t\r]*(?:#[^\n]*)?$/.test(text.slice(end, lineEnd))) {
            ctx.refuse(`unexpected text after its "${keyName(pair) ?? '?'}" entry`);
        }
        end = nl < 0 ? text.length : nl + 1;
    }
    // Trailing comment lines indented deeper than the key still belong to this entry.
    let pos = end;
    while (pos < text.length) {
        const nl = text.indexOf('\n', pos);
        const next = nl < 0 ? text.length : nl + 1;
        const line = text.slice(pos, nl < 0 ? text.length : nl);
        if (/^[ \t\r]*$/.test(line)) {
            pos = next;
            continue;
        }
        const comment = /^([ \t]*)#/.exec(line);
        if (comment === null || (comment[1] ?? '').length <= indent.length)
            break;
        end = next;
        lineEnd = nl < 0 ? text.length : nl;
        pos = next;
    }
    const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { lineStart, keyStart, contentEnd, end };
}
function removeBlockEntry(pair, ctx) {
    const { text } = ctx;
    const entry = blockEntry(pair, ctx);
    if (entry.end === text.length && !text.endsWith('\n') && entry.lineStart > 0) {
        // The entry is the file's unterminated last line: drop the break before it instead, so the
        // file still ends without one.
        const crlf = text[entry.lineStart - 2] === '\r';
        return { start: entry.lineStart - (crlf ? 2 : 1), end: entry.end, text: '' };
    }
    return { start: entry.lineStart, end: entry.end, text: '' };
}
function replaceBlockEntry(pair, replacement, ctx) {
    const entry = blockEntry(pair, ctx);
    return { start: entry.keyStart, end: entry.contentEnd, text: replacement };
}
function insertBlockFirst(map, line, ctx) {
    const { text } = ctx;
    const first = map.items[0];
    const at = rangeOf(first?.key) ?? rangeOf(first?.value);
    if (at === undefined)
        return ctx.refuse(`its mapping has no entries to place "${line}" before`);
    const lineStart = lineStartOf(text, at[0]);
    const indent = text.slice(lineStart, at[0]);
    if (!/^[ \t]*$/.test(indent))
        ctx.refuse('its first key does not start its own line');
    return { start: lineStart, end: lineStart, text: `${indent}${line}${lineBreakAt(text, at[0])}` };
}
function removeFlowPair(map, index, ctx) {
    const { text } = ctx;
    const pair = map.items[index];
    if (pair === undefined)
        throw new Error('flow pair index out of range');
    const [start, end] = flowPairSpan(text, pair);
    const after = skipSeparation(text, end);
    if (text[after] === ',') {
        // Take the separator, a comment on the same line and the next entry's indentation with it.
        let next = after + 1;
        while (text[next] === ' ' || text[next] === '\t')
            next++;
        if (text[next] === '#') {
            const nl = text.indexOf('\n', next);
            next = nl < 0 ? text.length : nl;
        }
        return { start, end: skipWhite(text, next), text: '' };
    }
    const previous = map.items[index - 1];
    if (previous !== undefined) {
        const comma = skipSeparation(text, flowPairSpan(text, previous)[1]);
        if (text[comma] !== ',')
            ctx.refuse(`cannot find the "," before its "${keyName(pair) ?? '?'}" entry`);
        return { start: comma, end, text: '' };
    }
    return { start, end, text: '' };
}
function insertFlowFirst(map, entry, ctx) {
    const first = map.items[0];
    if (first !== undefined) {
        const [start] = flowPairSpan(ctx.text, first);
        return { start, end: start, text: `${entry}, ` };
    }
    const range = rangeOf(map);
    if (range === undefined)
        return ctx.refuse('its mapping has no source position');
    return { start: range[0], end: range[1], text: `{ ${entry} }` };
}
/** New text for a string value node (`what` names it in refusals), in the node's own quoting style. */
function replaceScalarValue(node, value, what, ctx) {
    const range = rangeOf(node);
    if (range === undefined)
        return ctx.refuse(`${what} has no source position`);
    if ((0,dist/* isAlias */.Vj)(node)) {
        // `image: *name` → a literal value here; the anchor and its other uses stay as they are.
        return { start: range[0], end: range[1], text: formatScalar(value, dist/* Scalar */.X5.PLAIN) };
    }
    if (!(0,dist/* isScalar */.jn)(node))
        return ctx.refuse(`${what} is not a string`);
    if (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED) {
        // A block scalar's range runs to the end of its last line; keep that line break.
        const old = ctx.text.slice(range[0], range[1]);
        const brk = old.endsWith('\r\n') ? '\r\n' : old.endsWith('\n') ? '\n' : '';
        return { start: range[0], end: range[1], text: formatScalar(value, dist/* Scalar */.X5.PLAIN) + brk };
    }
    return { start: range[0], end: range[1], text: formatScalar(value, node.type) };
}
function findPair(map, name) {
    const index = map.items.findIndex((p) => keyName(p) === name);
    const pair = map.items[index];
    return pair === undefined ? undefined : { pair, index };
}
function applyEdits(text, edits) {
    // From the end backwards, so earlier offsets stay valid.
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    let limit = text.length;
    for (const e of sorted) {
        if (e.end > limit)
            throw new Error('compose edits overlap');
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
        limit = e.start;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/compose-pin.ts
/**
 * Pins service images in a compose file by editing its text, never by re-serialising: the pinned
 * file must differ from the source only where an image or a `build:` entry changed, because its
 * exact bytes end up inside the attested app-compose document. The result is read back, with
 * merge keys and `extends` applied as Compose applies them, and must mean the source with exactly
 * the edits.
 */







function refusal(file, service, reason) {
    return (0,compose_load/* composeError */.tn)(`cannot pin service "${service}" in ${file}: ${reason}`);
}
/** Anchors defined in `node` or below it that an alias elsewhere uses: removing or rewriting them would change that alias. */
function usedAnchorsIn(node, ctx) {
    const used = [];
    if (node === null)
        return used;
    const check = (n) => {
        if (((0,dist/* isScalar */.jn)(n) || (0,dist/* isCollection */.P3)(n)) && n.anchor !== undefined && ctx.aliased.has(n.anchor)) {
            used.push(n.anchor);
        }
    };
    check(node);
    (0,dist/* visit */.YR)(node, (_key, n) => {
        check(n);
    });
    return used;
}
function assertUnshared(node, what, ctx) {
    const used = usedAnchorsIn(node, ctx);
    if (used.length > 0) {
        ctx.refuse(`${what} holds anchor &${used[0] ?? ''}, which an alias reuses elsewhere; editing it would change that copy too`);
    }
}
function editsForService(serviceMap, edit, ctx) {
    const image = findPair(serviceMap, 'image');
    const build = findPair(serviceMap, 'build');
    const entry = `image: ${formatScalar(edit.image, dist/* Scalar */.X5.PLAIN)}`;
    const flow = serviceMap.flow === true;
    const removeBuild = edit.removeBuild && build !== undefined;
    // A whole entry (`image:` with no value, or `build:` giving way to `image:`) becomes `entry`.
    const replaceEntry = (pair) => {
        if (!flow)
            return replaceBlockEntry(pair, entry, ctx);
        const [start, end] = flowPairSpan(ctx.text, pair);
        return { start, end, text: entry };
    };
    const value = image?.pair.value;
    if (removeBuild) {
        assertUnshared(build.pair.key, 'its "build" entry', ctx);
        assertUnshared(build.pair.value, 'its "build" entry', ctx);
    }
    if (image !== undefined && value !== null && value !== undefined && !isEmptyNode(value)) {
        const direct = [];
        let own;
        // `image: *name` keeps the anchor's value unless that is not this image by now.
        if ((0,dist/* isAlias */.Vj)(value))
            own = () => replaceScalarValue(value, edit.image, 'its "image"', ctx);
        else
            direct.push(replaceScalarValue(value, edit.image, 'its "image"', ctx));
        if (removeBuild)
            direct.push(removeBuildEntry(serviceMap, build.index, flow, ctx));
        return { direct, ...(own && { image: own }) };
    }
    if (image !== undefined) {
        const direct = [replaceEntry(image.pair)];
        if (removeBuild)
            direct.push(removeBuildEntry(serviceMap, build.index, flow, ctx));
        return { direct };
    }
    // Only `build:` of its own (its image inherited, or none): the image takes build's place.
    if (removeBuild)
        return { direct: [replaceEntry(build.pair)] };
    return {
        direct: [],
        image: () => flow ? insertFlowFirst(serviceMap, entry, ctx) : insertBlockFirst(serviceMap, entry, ctx),
    };
}
function removeBuildEntry(serviceMap, index, flow, ctx) {
    const pair = serviceMap.items[index];
    if (pair === undefined)
        throw new Error('build entry index out of range');
    return flow ? removeFlowPair(serviceMap, index, ctx) : removeBlockEntry(pair, ctx);
}
function readBack(text, file) {
    try {
        return (0,compose_extends/* resolveCompose */.J)((0,compose_load/* loadCompose */.fK)(text, file));
    }
    catch (error) {
        return (0,compose_load/* composeError */.tn)(`pinning ${file} in place failed (${(0,errors/* errorMessage */.gJ)(error)}); please report this`);
    }
}
/** Why `build:` is still there after the edits removed the service's own entry, for the refusal. */
function buildLeft(name, service) {
    const from = service.buildFrom.find((s) => s !== name);
    if (service.buildFrom[0] === name || from === undefined) {
        // A merged key cannot be deleted in place: the anchor holds it for every service using it.
        return 'its "build" comes from a merge key (<<); move "build:" into the service itself';
    }
    return `its "build" comes from service "${from}" through "extends", which keeps it; bind "${from}" to this release's build too, or give this service a "build:" of its own`;
}
const shown = (v) => typeof v === 'string' ? JSON.stringify(v) : (0,values/* describeValue */.bp)(v, 'yaml');
function withoutImageAndBuild(data) {
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
function verifyPinned(source, actual, edits, file) {
    const changed = [];
    for (const [key, value] of source.loaded.data) {
        if (key === 'services')
            continue;
        if (!(0,external_node_util_.isDeepStrictEqual)(actual.loaded.data.get(key), value))
            changed.push(`"${String(key)}"`);
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
        if (!(0,external_node_util_.isDeepStrictEqual)(now.image, image)) {
            changed.push(`service "${entry.name}" (its image would be ${shown(now.image)}, not ${shown(image)})`);
        }
        else if (hasBuild !== (hadBuild && !edit?.removeBuild)) {
            changed.push(`service "${entry.name}" (its "build:" would be ${hasBuild ? 'kept' : 'removed'})`);
        }
        else if (!(0,external_node_util_.isDeepStrictEqual)(withoutImageAndBuild(after.data), withoutImageAndBuild(entry.data)) ||
            (hasBuild && !(0,external_node_util_.isDeepStrictEqual)(after.data.get('build'), entry.data.get('build')))) {
            changed.push(`service "${entry.name}" (its settings would change)`);
        }
    });
    if (actual.loaded.entries.length !== source.loaded.entries.length) {
        changed.push('the list of services');
    }
    const sameKeys = (0,external_node_util_.isDeepStrictEqual)([...actual.loaded.data.keys()], [...source.loaded.data.keys()]);
    if (changed.length === 0 && sameKeys)
        return;
    if (changed.length === 0) {
        (0,compose_load/* composeError */.tn)(`pinning ${file} in place would change more than the pinned images; please report this`);
    }
    (0,compose_load/* composeError */.tn)(`cannot pin ${file} in place: the pinned images are written in YAML anchors or "extends" that other services reuse, so the edits would also change ${changed.join(', ')}; bind those services to the same images, or write each pinned image in its own service`);
}
/**
 * The compose text with, for each service in `edits`, only its image value replaced (quoting style
 * kept) and, with `removeBuild`, its `build:` entry removed; every other byte is unchanged. An
 * image written in an anchor, or in a service others extend, is edited there when every service
 * using it gets that image. The result is re-read and checked to mean exactly the source plus
 * these changes.
 */
function pinCompose(text, edits, file = 'the compose file') {
    return pinResolved(resolveCompose(loadCompose(text, file)), edits).loaded.text;
}
/**
 * `pinCompose` of a compose file already read: the pinned file as read back, or `source` itself
 * when there are no edits.
 */
function pinResolved(source, edits) {
    if (edits.size === 0)
        return source;
    const { doc, text, file } = source.loaded;
    const aliased = new Set();
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            aliased.add(node.source);
        },
    });
    const top = doc.contents;
    if (!(0,dist/* isMap */.jh)(top))
        return (0,compose_load/* composeError */.tn)(`the top level of ${file} is not a mapping`);
    const servicesNode = findPair(top, 'services')?.pair
        .value;
    if (!(0,dist/* isMap */.jh)(servicesNode)) {
        return (0,compose_load/* composeError */.tn)(`"services" in ${file} is not written out as a mapping (an alias or merge key); cannot edit it in place`);
    }
    const direct = [];
    const ownImage = new Map();
    for (const [name, edit] of edits) {
        const ctx = { text, aliased, refuse: (reason) => refusal(file, name, reason) };
        if (!source.services.has(name))
            (0,compose_load/* composeError */.tn)(`service "${name}" not found in ${file}`);
        // Both mappings on the way are written out (checked above): no alias is followed.
        const serviceNode = (0,compose_load/* pairAt */.ey)(doc, ['services', name])?.value;
        if ((0,dist/* isAlias */.Vj)(serviceNode)) {
            // `copy: *app`: right only if editing the anchored mapping gives it this image.
            ownImage.set(name, () => ctx.refuse(`it is written as an alias (*${serviceNode.source}) of another mapping, so it cannot get its own image, and editing that mapping does not give it this one`));
            continue;
        }
        if (!(0,dist/* isMap */.jh)(serviceNode)) {
            return ctx.refuse('it is not written out as a mapping under "services"');
        }
        const planned = editsForService(serviceNode, edit, ctx);
        direct.push(...planned.direct);
        ownImage.set(name, planned.image);
    }
    // What the direct edits leave each edited service with, as Compose reads it.
    const interim = readBack(applyEdits(text, direct), file);
    const textEdits = [...direct];
    for (const [name, edit] of edits) {
        const now = interim.services.get(name);
        if (now === undefined)
            continue;
        if (now.image !== edit.image) {
            const own = ownImage.get(name);
            if (own === undefined) {
                refusal(file, name, `its image would be ${shown(now.image)}, not ${shown(edit.image)}`);
            }
            textEdits.push(own());
        }
        if (edit.removeBuild && now.buildFrom.length > 0)
            refusal(file, name, buildLeft(name, now));
    }
    // Without an image edit of its own, the result is the interim text, already read back.
    const result = textEdits.length === direct.length ? interim : readBack(applyEdits(text, textEdits), file);
    verifyPinned(source, result, edits, file);
    return result;
}

// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
// EXTERNAL MODULE: ./src/core/json-parser.ts
var json_parser = __webpack_require__(3921);
// EXTERNAL MODULE: ./src/core/reference.ts
var core_reference = __webpack_require__(5378);
;// CONCATENATED MODULE: ./src/core/metadata.ts
/**
 * Reads buildx build results: docker/build-push-action's `metadata` output (one result object),
 * docker/bake-action's (an object keyed by target), `docker buildx imagetools create
 * --metadata-file` output (only `containerimage.descriptor` and `image.name`), or an array of
 * these. Reading the text (inline or from a file) is the caller's job: this module only parses it.
 */




const DIGEST_KEY = 'containerimage.digest';
const DESCRIPTOR_KEY = 'containerimage.descriptor';
const CONFIG_KEY = 'containerimage.config.digest';
const NAME_KEY = 'image.name';
/** Keys only a build result has: a document holding one is a result, not a bake map of targets. */
const RESULT_KEYS = [
    DIGEST_KEY,
    DESCRIPTOR_KEY,
    CONFIG_KEY,
    NAME_KEY,
    'buildx.build.ref',
    'buildx.build.provenance',
];
/**
 * The images metadata JSON names, refusing text that is not JSON with an error naming `input`.
 * Results without a digest (a target built with `push: false`, or one exporting to a local
 * directory) are skipped; a document naming none at all is an error, since tracking a release
 * with nothing pinned from it is surely a mistake. `label` says where the text came from.
 */
function parseMetadataText(text, input = 'metadata', label = 'metadata') {
    let value;
    // A BOM is what some editors and PowerShell put in front of JSON; JSON.parse refuses it.
    const json = text.replace(/^\uFEFF/, '');
    try {
        value = JSON.parse(json);
    }
    catch {
        throw new errors/* InputError */.dz(input, `${label} is not valid JSON: ${(0,json_parser/* jsonSyntaxProblem */.F1)(json)}`);
    }
    return parseDocuments(value, input, label);
}
function isResult(value) {
    return RESULT_KEYS.some((key) => key in value);
}
function parseDocuments(value, input, label) {
    const documents = Array.isArray(value) ? value : [value];
    const entries = [];
    documents.forEach((document, index) => {
        const where = Array.isArray(value) ? `${label} document ${index + 1}` : label;
        if (!(0,values/* isRecord */.u4)(document)) {
            throw new errors/* InputError */.dz(input, `${where} must be a JSON object (build-push-action or bake-action metadata), ` +
                `not ${(0,values/* kindOf */.I)(document)}`);
        }
        if (isResult(document)) {
            // build-push-action or imagetools create: the document is itself one build result.
            const entry = readResult(document, undefined, input, where);
            if (entry)
                entries.push(entry);
            return;
        }
        // bake-action: one result per target; other keys (`buildx.build.warnings`, strings) are not results.
        for (const [target, result] of Object.entries(document)) {
            if (!(0,values/* isRecord */.u4)(result))
                continue;
            const entry = readResult(result, target, input, `${where}, target "${target}"`);
            if (entry)
                entries.push(entry);
        }
    });
    if (entries.length === 0) {
        throw new errors/* InputError */.dz(input, `${label} names no image digest: ${whyNoDigest(documents)}`);
    }
    return entries;
}
/** The most likely reason metadata holds no digest, from what it does hold. */
function whyNoDigest(documents) {
    const objects = documents.filter(values/* isRecord */.u4);
    if (objects.some((d) => Array.isArray(d['tags']) && 'labels' in d)) {
        return ("this is docker/metadata-action's output (tags and labels), not a build result; " +
            "pass the build step's metadata output (steps.<build step id>.outputs.metadata)");
    }
    const results = objects.flatMap((d) => isResult(d) ? [d] : Object.values(d).filter((v) => (0,values/* isRecord */.u4)(v) && isResult(v)));
    if (results.length > 0) {
        return (`its build results have no "${DIGEST_KEY}" or "${DESCRIPTOR_KEY}": the build pushed no ` +
            'image (docker/build-push-action needs push: true, bake-action push: true or ' +
            '--set *.output=type=registry; a build that loads the image or writes a local, tar or ' +
            'cacheonly output leaves nothing to pin)');
    }
    const keys = [...new Set(objects.flatMap((d) => Object.keys(d)))];
    if (keys.length === 0) {
        return 'it is empty (did the build step run, and is the step id in steps.<id>.outputs.metadata right?)';
    }
    return `it holds no build result, only ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
}
/** `containerimage.digest`, else the digest of `containerimage.descriptor` (imagetools create writes only that). */
function resultDigest(result, input, where) {
    const direct = result[DIGEST_KEY];
    if (direct !== undefined)
        return checkDigest(direct, `"${DIGEST_KEY}"`, input, where);
    const descriptor = result[DESCRIPTOR_KEY];
    if (descriptor === undefined)
        return undefined;
    if (!(0,values/* isRecord */.u4)(descriptor)) {
        throw new errors/* InputError */.dz(input, `${where}: "${DESCRIPTOR_KEY}" is ${(0,values/* kindOf */.I)(descriptor)}; expected an OCI descriptor object`);
    }
    if (descriptor['digest'] === undefined) {
        throw new errors/* InputError */.dz(input, `${where}: "${DESCRIPTOR_KEY}" has no "digest", and there is no "${DIGEST_KEY}"`);
    }
    return checkDigest(descriptor['digest'], `"${DESCRIPTOR_KEY}.digest"`, input, where);
}
function checkDigest(value, key, input, where) {
    if (typeof value !== 'string' || !(0,core_reference/* isSha256Digest */.q9)(value)) {
        const what = typeof value === 'string' ? 'not a digest' : (0,values/* kindOf */.I)(value);
        throw new errors/* InputError */.dz(input, `${where}: ${key} is ${what}; expected sha256: followed by 64 lowercase hex characters`);
    }
    return value;
}
function readResult(result, target, input, where) {
    const digest = resultDigest(result, input, where);
    if (digest === undefined)
        return undefined;
    const names = result[NAME_KEY];
    let named = { repositories: [], tags: {}, names: [] };
    if (names !== undefined) {
        if (typeof names !== 'string') {
            throw new errors/* InputError */.dz(input, `${where}: "${NAME_KEY}" is ${(0,values/* kindOf */.I)(names)}; expected a string`);
        }
        named = readNames(names, input, where);
    }
    return {
        repositories: named.repositories,
        ...(Object.keys(named.tags).length > 0 && { tags: named.tags }),
        digest,
        // A digest equal to the config digest is an image ID: the docker driver's local image store.
        ...(result[CONFIG_KEY] === digest && { imageId: true }),
        ...(target !== undefined && { target }),
        ...(named.names.length > 0 && { names: named.names }),
    };
}
/**
 * `image.name` is comma-separated and may carry tags, spaces and `docker.io/` or not. A repository
 * named even once without a tag gets no tag list: which tags it was pushed under is not known.
 */
function readNames(names, input, where) {
    const tagged = new Map();
    const written = [];
    for (const name of names.split(',')) {
        const trimmed = name.trim();
        if (trimmed === '')
            continue;
        written.push(trimmed);
        let repository;
        let tag;
        try {
            ({ repository, tag } = (0,core_reference/* parseReference */.F2)(trimmed, input));
        }
        catch {
            throw new errors/* InputError */.dz(input, `${where}: "${NAME_KEY}" holds a name (number ${written.length}) that is not a valid image reference`);
        }
        const seen = tagged.get(repository);
        if (tag === undefined)
            tagged.set(repository, null);
        else if (seen === undefined)
            tagged.set(repository, new Set([tag]));
        else
            seen?.add(tag);
    }
    const tags = {};
    for (const [repository, set] of tagged)
        if (set)
            tags[repository] = [...set];
    return { repositories: [...tagged.keys()], tags, names: written };
}
/** Whether an entry naming the repository speaks for the image's tag, and which version tag it lists. */
function speaksFor(entry, query) {
    const listed = entry.tags?.[query.repository];
    if (listed === undefined || listed.length === 0)
        return { ok: true };
    if (query.tag !== undefined && query.tag !== 'latest')
        return { ok: listed.includes(query.tag) };
    const versionTag = (query.versionTags ?? []).find((t) => listed.includes(t));
    if (versionTag !== undefined)
        return { ok: true, versionTag };
    return { ok: listed.includes('latest') };
}
/**
 * Which metadata entry gives the digest of one image, first that applies: an entry naming its
 * repository and speaking for its tag (it lists that tag, or lists no tag for the repository;
 * for an image written without a tag or as `latest`, entries listing a release-version tag win); an
 * unnamed entry whose bake target is the image's service; the only unnamed entry when exactly one
 * image is tracked. Entries naming the repository only under other tags give a `MetadataTagMiss`.
 * Entries that agree on the digest are one answer; entries that disagree are an error, and so is
 * binding an image ID, which no registry serves.
 */
function findMetadataDigest(entries, query) {
    const input = query.input ?? 'metadata';
    const named = entries.filter((entry) => entry.repositories.includes(query.repository));
    if (named.length > 0) {
        const speaking = named.flatMap((entry) => {
            const verdict = speaksFor(entry, query);
            return verdict.ok ? [{ entry, versionTag: verdict.versionTag }] : [];
        });
        if (speaking.length === 0) {
            const pushedTags = [...new Set(named.flatMap((e) => e.tags?.[query.repository] ?? []))];
            return { pushedTags, entries: named };
        }
        // Entries that list a release-version tag are this release's build; others only share a tag.
        const releases = speaking.filter((s) => s.versionTag !== undefined);
        const chosen = releases.length > 0 ? releases : speaking;
        const bound = single(chosen.map((s) => s.entry), input, `image ${query.repository}`);
        const versionTag = chosen[0]?.versionTag;
        return versionTag === undefined ? bound : { ...bound, versionTag };
    }
    const unnamed = entries.filter((entry) => entry.repositories.length === 0);
    if (query.service !== undefined) {
        const byTarget = unnamed.filter((entry) => entry.target === query.service);
        if (byTarget.length > 0) {
            return single(byTarget, input, `bake target "${query.service}" (for ${query.repository})`);
        }
    }
    if (query.trackedCount === 1 && distinctDigests(unnamed).length === 1) {
        return single(unnamed, input, `image ${query.repository}`);
    }
    return undefined;
}
/** Whether an entry's `image.name` names an image of the compose file or the `images` input. */
function namesClaimedImage(entry, claimed) {
    return entry.repositories.some((repository) => {
        if (claimed.anyTag.has(repository))
            return true;
        const tags = entry.tags?.[repository];
        // Named without a tag, it stands for any image of the repository.
        if (tags === undefined)
            return claimed.repositories.has(repository);
        return tags.some((tag) => claimed.references.has(`${repository}:${tag}`));
    });
}
/**
 * The bake target named like `service`, when its `image.name` names no image of the compose file
 * or the `images` input (`claimed`) — a stack whose images are written with variables the build
 * had and this run has not. The image is pinned under a name the build pushed: one with a
 * release-version tag, else the compose file's tag, else the first it lists.
 */
function findTargetBinding(entries, query) {
    const candidates = entries.filter((e) => e.target === query.service &&
        e.repositories.length > 0 &&
        !namesClaimedImage(e, query.claimed));
    if (candidates.length === 0)
        return undefined;
    const binding = single(candidates, query.input ?? 'metadata', `bake target "${query.service}"`);
    const names = binding.entry.names ?? [];
    // Every name parsed when the metadata was read.
    const tagOf = (name) => (0,core_reference/* parseReference */.F2)(name).tag;
    const byVersion = query.versionTags
        .map((tag) => names.find((n) => tagOf(n) === tag))
        .find((n) => n !== undefined);
    const name = byVersion ??
        (query.tag === undefined ? undefined : names.find((n) => tagOf(n) === query.tag)) ??
        names[0];
    return name === undefined ? undefined : { binding, name };
}
/** The unnamed entry for a bake target, for a service that names no image. */
function targetEntry(entries, service) {
    return entries.find((entry) => entry.repositories.length === 0 && entry.target === service);
}
/** Why an image-ID entry cannot pin anything, naming where it came from. */
function imageIdReason(entry) {
    const what = entry.target !== undefined ? `target "${entry.target}"` : 'the build result';
    return (`in ${what}, "${DIGEST_KEY}" is the image's config digest (${entry.digest}), i.e. its ` +
        'image ID: the build loaded the image into the local Docker image store and pushed nothing a ' +
        "registry serves; push it (docker/build-push-action push: true) and pass that build's metadata");
}
function distinctDigests(entries) {
    return [...new Set(entries.map((entry) => entry.digest))];
}
function single(entries, input, what) {
    const digests = distinctDigests(entries);
    const [entry] = entries;
    if (digests.length > 1 || entry === undefined) {
        const listed = entries
            .map((e) => (e.target === undefined ? e.digest : `${e.digest} (target "${e.target}")`))
            .join(', ');
        throw new errors/* InputError */.dz(input, `metadata is ambiguous: it gives ${what} different digests: ${listed}; pass only the build that produced the release`);
    }
    if (entry.imageId)
        throw new errors/* InputError */.dz(input, `cannot pin ${what}: ${imageIdReason(entry)}`);
    return { digest: entry.digest, entry, entries };
}

;// CONCATENATED MODULE: ./src/core/image-plan.ts




/** Parses the newline- or comma-separated `images` list; empty items are ignored. */
function parseImageSpecs(text, input = 'images') {
    const specs = [];
    for (const item of text.split(/[\n,]/)) {
        const trimmed = item.trim();
        if (trimmed === '')
            continue;
        const eq = trimmed.indexOf('=');
        if (eq === -1) {
            specs.push({ ref: (0,core_reference/* parseReference */.F2)(trimmed, input) });
            continue;
        }
        const service = trimmed.slice(0, eq).trim();
        if (!compose_load/* SERVICE_NAME */.OX.test(service)) {
            throw new errors/* InputError */.dz(input, `"${trimmed}": "${service}" is not a compose service name`);
        }
        specs.push({ service, ref: (0,core_reference/* parseReference */.F2)(trimmed.slice(eq + 1).trim(), input) });
    }
    return specs;
}
/**
 * The service's image reference, its variables substituted as Compose substitutes them;
 * 'unparsable' when that is no reference (or the substitution fails).
 */
function composeRef(service) {
    if (service.image === undefined)
        return undefined;
    if (service.imageValue === undefined)
        return 'unparsable';
    try {
        return (0,core_reference/* parseReference */.F2)(service.imageValue, 'compose-file');
    }
    catch {
        return 'unparsable';
    }
}
/** Why a service's image cannot be pinned as it is, for the error. */
function unparsableReason(service) {
    if (service.imageProblem !== undefined) {
        return `which cannot be interpolated: ${service.imageProblem}`;
    }
    if (service.imageValue === service.image)
        return 'which is not an image reference';
    const unset = service.unsetVariables ?? [];
    return `which is not an image reference once its variables are substituted${unset.length > 0 ? ` (${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not set)` : ''}`;
}
/**
 * Which image each service is bound to by the `images` input: by `service=`, else by repository.
 * `owns[i]` is the own reference of `services[i]`.
 */
function bindSpecs({ services, specs, composeFile, names }, owns) {
    const byName = new Map(services.map((s) => [s.name, s]));
    const bound = new Map();
    for (const spec of specs) {
        if (spec.service !== undefined) {
            if (!byName.has(spec.service)) {
                throw new errors/* InputError */.dz(names.images, `service "${spec.service}" (in "${spec.service}=${spec.ref.original}") does not exist in ${composeFile}; its services are: ${[...byName.keys()].join(', ')}`);
            }
            bindOnce(bound, spec.service, spec, names);
            continue;
        }
        const matches = services.filter((_, i) => {
            const own = owns[i];
            return typeof own === 'object' && own.repository === spec.ref.repository;
        });
        if (matches.length === 0) {
            throw new errors/* InputError */.dz(names.images, `"${spec.ref.original}" matches no service image in ${composeFile}; bind it to a service as service=${spec.ref.original}`);
        }
        for (const match of matches)
            bindOnce(bound, match.name, spec, names);
    }
    return bound;
}
/**
 * A build-only service (no image anywhere) that a bake target of the same name built: the digest
 * is known but not the repository, so the service cannot be pinned; say so rather than ignore it.
 */
function refuseNamelessTarget(service, input) {
    const { metadata, names } = input;
    const entry = metadata.length === 0 ? undefined : targetEntry(metadata, service.name);
    if (entry === undefined)
        return;
    if (entry.imageId) {
        throw new errors/* InputError */.dz(names.metadata, `cannot pin service "${service.name}": ${imageIdReason(entry)}`);
    }
    throw new errors/* InputError */.dz(names.images, `service "${service.name}" was built by bake target "${service.name}" (${entry.digest}), but neither the compose file nor the metadata names its image (no "image:", no "image.name"), so it cannot be pinned; bind it as ${service.name}=<repository>`);
}
/**
 * The tag an image is written with: the `images` input's, else the compose file's when that names
 * the same repository (a repository-only `images` item keeps the file's tag).
 */
function writtenTag(ref, spec, own) {
    if (ref.tag !== undefined || spec === undefined)
        return ref.tag;
    return own !== undefined && own.repository === ref.repository ? own.tag : undefined;
}
/**
 * The plan for one service: its image and where the digest comes from, `unpinned` when it keeps
 * its image as written, nothing when it has no image to pin (built from source, or a provider).
 */
function planService(service, own, spec, ctx) {
    const { composeFile, metadata, pinAll, names } = ctx.input;
    const ownRef = own === 'unparsable' ? undefined : own;
    const ref = spec?.ref ?? ownRef;
    const writtenTagOf = (r) => writtenTag(r, spec, ownRef);
    // The "one tracked image" fallback of the minimal multi-node form applies to images named in
    // `images` only; an untracked service must never pick up a nameless digest by accident.
    const found = metadata.length === 0 || ref === undefined
        ? undefined
        : findMetadataDigest(metadata, {
            repository: ref.repository,
            tag: writtenTagOf(ref),
            versionTags: ctx.input.versionTags,
            service: service.name,
            trackedCount: spec ? ctx.trackedImages : 0,
        });
    // A bake target named like the service, that pushed an image no service names: its image,
    // for a service the build could have built (never one that only runs a literal image).
    const buildable = service.hasBuild || own === undefined || own === 'unparsable';
    if (spec === undefined && found?.digest === undefined && buildable && metadata.length > 0) {
        const target = findTargetBinding(metadata, {
            service: service.name,
            claimed: ctx.claimed,
            versionTags: ctx.input.versionTags,
            tag: ownRef?.tag,
        });
        if (target !== undefined) {
            const pushed = (0,core_reference/* parseReference */.F2)(target.name, names.metadata);
            const bound = target.binding;
            const image = { ref: pushed, tag: pushed.tag, tracked: true, bound, missed: undefined };
            return { ...planImage(service, undefined, ctx, image), entries: bound.entries };
        }
    }
    if (spec === undefined && own === 'unparsable') {
        if (pinAll) {
            throw new errors/* InputError */.dz(names.pinAll, `service "${service.name}" in ${composeFile} has image "${service.image ?? ''}", ${unparsableReason(service)}, so it cannot be pinned; bind it as ${service.name}=name:tag (${names.images}), give this run the variables it needs (the environment, or the .env file beside the compose file), or ${names.say.pinAllOff}`);
        }
        return { unpinned: true };
    }
    if (ref === undefined)
        return planImageless(service, ctx);
    const tag = writtenTagOf(ref);
    const bound = found?.digest !== undefined ? found : undefined;
    const missed = found !== undefined && found.digest === undefined ? found : undefined;
    const entries = bound ? bound.entries : (missed?.entries ?? []);
    // Metadata naming the repository marks the image as this release's build, even under other tags.
    const tracked = spec !== undefined || found !== undefined;
    const planned = planImage(service, spec, ctx, { ref, tag, tracked, bound, missed });
    const unset = service.unsetVariables ?? [];
    if (planned.plan && spec === undefined && unset.length > 0) {
        // The pinned reference is what the image reads as with them empty: say so.
        const one = unset.length === 1;
        ctx.warnings.push(`service "${service.name}": ${unset.join(', ')} ${one ? 'is' : 'are'} not set; as Docker Compose does, its image reads ${one ? 'it' : 'them'} as empty`);
    }
    return { ...planned, entries };
}
/**
 * A service with no image to pin: one Compose builds from source when it is deployed (refused
 * under pin-all-images: the record could not say what it runs), or one that runs a provider.
 */
function planImageless(service, ctx) {
    if (service.provider) {
        ctx.warnings.push(`service "${service.name}" runs a provider ("provider:"), not an image: it has nothing to record`);
        return {};
    }
    refuseNamelessTarget(service, ctx.input);
    if (ctx.input.pinAll) {
        throw new errors/* InputError */.dz(ctx.input.names.pinAll, `service "${service.name}" in ${ctx.input.composeFile} has only "build:" and no image: Docker Compose would build it from source where it is deployed, so the release cannot record what it runs; bind it to the image this release built — ${service.name}=REPOSITORY:TAG (${ctx.input.names.images}), or buildx metadata of a bake target "${service.name}" — or ${ctx.input.names.say.pinAllOff} to leave it built from source`);
    }
    ctx.warnings.push(`service "${service.name}" has only "build:" and no image: it is built from source where it is deployed, and not recorded (${ctx.input.names.say.pinAllIsOff})`);
    return {};
}
function planImage(service, spec, ctx, image) {
    const { ref, tracked, bound, missed } = image;
    // Tags are never invented: a tracked image written without a tag or as `latest` takes a release
    // version tag only where the build pushed it (metadata lists it) or the registry serves it at
    // the pinned digest (checked later, against `versionTags`).
    const placeholder = image.tag === undefined || image.tag === 'latest';
    const versionTag = tracked && placeholder ? bound?.versionTag : undefined;
    const tag = versionTag ?? image.tag;
    const versionTags = tracked && placeholder && versionTag === undefined ? ctx.input.versionTags : [];
    const base = {
        service: service.name,
        ref,
        tracked,
        ...(missed && { pushedTags: missed.pushedTags }),
    };
    if (ref.digest !== undefined) {
        if (bound && bound.digest !== ref.digest) {
            ctx.warnings.push(`service "${service.name}" is pinned to ${ref.digest}, but buildx metadata says this build pushed ${bound.digest}; the pinned digest is recorded`);
        }
        // A reference left as written keeps the tag it carries; one written with variables is
        // written out, as the literal reference the record holds.
        const rewrite = spec !== undefined || ref.original !== service.image;
        const plan = {
            ...base,
            tag: rewrite ? tag : ref.tag,
            versionTags: rewrite ? versionTags : [],
            digest: ref.digest,
            source: 'reference',
            rewrite,
            removeBuild: tracked && service.hasBuild,
        };
        return { plan };
    }
    if (bound !== undefined) {
        const plan = {
            ...base,
            tag,
            versionTags,
            digest: bound.digest,
            source: 'buildx-metadata',
            rewrite: true,
            removeBuild: service.hasBuild,
        };
        return { plan };
    }
    if (tracked && placeholder && versionTags.length === 0) {
        throw new errors/* InputError */.dz(ctx.input.names.images, `cannot pin ${ref.original} (service "${service.name}"): it has no digest, and the release version ${ctx.input.version} cannot be a Docker tag (tags cannot hold "+"), so there is no tag to look up; give the tag the build pushed (${service.name}=${ref.name}:TAG) or its digest`);
    }
    if (tracked || ctx.input.pinAll) {
        const plan = {
            ...base,
            tag,
            versionTags,
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
function planImages(input) {
    const owns = input.services.map(composeRef);
    const bound = bindSpecs(input, owns);
    const refs = owns.flatMap((own) => (typeof own === 'object' ? [own] : []));
    const claimed = {
        references: new Set(refs.map((r) => `${r.repository}:${r.tag ?? 'latest'}`)),
        repositories: new Set(refs.map((r) => r.repository)),
        anyTag: new Set(input.specs.map((s) => s.ref.repository)),
    };
    const ctx = {
        input,
        trackedImages: new Set([...bound.values()].map((s) => s.ref.original)).size,
        claimed,
        warnings: [],
    };
    const used = new Set();
    const images = [];
    const unpinned = [];
    input.services.forEach((service, i) => {
        const planned = planService(service, owns[i], bound.get(service.name), ctx);
        for (const entry of planned.entries ?? [])
            used.add(entry);
        if (planned.plan)
            images.push(planned.plan);
        if (planned.unpinned)
            unpinned.push(service.name);
    });
    return {
        images,
        unpinned,
        unusedMetadata: input.metadata.filter((m) => !used.has(m)),
        warnings: ctx.warnings,
    };
}
function bindOnce(bound, service, spec, names) {
    const previous = bound.get(service);
    if (previous && previous.ref.original !== spec.ref.original) {
        throw new errors/* InputError */.dz(names.images, `service "${service}" is given two images: "${previous.ref.original}" and "${spec.ref.original}"`);
    }
    bound.set(service, spec);
}

// EXTERNAL MODULE: ./src/core/record-consistency.ts
var record_consistency = __webpack_require__(5767);
// EXTERNAL MODULE: ./src/core/release-record.ts + 1 modules
var release_record = __webpack_require__(8464);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/version.ts
var core_version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/core/generate.ts












const quoted = (tags) => tags.map((t) => `"${t}"`).join(' or ');
/** What buildx metadata said about other tags of this repository, for messages. */
function pushedNote(plan) {
    if (plan.pushedTags === undefined)
        return '';
    const listed = plan.pushedTags.length > 0 ? plan.pushedTags.join(', ') : 'no tag';
    const wanted = plan.versionTags.length === 0
        ? (plan.tag ?? 'latest')
        : [plan.tag ?? 'latest', ...plan.versionTags].join(', ');
    return `; buildx metadata lists ${plan.ref.repository} only as ${listed}, so this build did not push ${wanted}`;
}
/** A tracked image with no digest yet, written without a tag or as `latest`: the first version tag the registry serves. */
async function resolveVersionTag(plan, resolver) {
    for (const tag of plan.versionTags) {
        const found = await resolver.findTag((0,core_reference/* withTag */.Rd)(plan.ref, tag));
        if (found)
            return { plan, tag, digest: found.digest, platforms: found.platforms };
    }
    const written = plan.tag === undefined ? 'without a tag' : `as "${plan.tag}"`;
    throw new Error(`it is written ${written}, and the registry serves no tag ${quoted(plan.versionTags)} for ${plan.ref.repository}${pushedNote(plan)}; give the tag the build pushed (${plan.service}=${plan.ref.name}:TAG) or its digest`);
}
/**
 * A tracked image pinned to a known digest and written without a tag or as `latest`: the first
 * release-version tag the registry serves at that very digest, if any (tags are never invented).
 */
async function confirmVersionTag(plan, resolver, warnings) {
    if (plan.versionTags.length === 0)
        return undefined;
    const keeps = `service "${plan.service}" keeps ${plan.tag === undefined ? 'no tag' : `tag "${plan.tag}"`}`;
    if (resolver === undefined) {
        warnings.push(`${keeps}: whether the registry serves ${plan.ref.repository} as ${quoted(plan.versionTags)} at ${plan.digest} was not checked (offline)`);
        return undefined;
    }
    for (const tag of plan.versionTags) {
        try {
            const found = await resolver.findTag((0,core_reference/* withTag */.Rd)(plan.ref, tag));
            if (found?.digest === plan.digest)
                return { tag, platforms: found.platforms };
        }
        catch (error) {
            warnings.push(`${keeps}: cannot check ${plan.ref.repository}:${tag}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    }
    return undefined;
}
async function pinOne(plan, resolver, warnings, names) {
    const display = plan.ref.original;
    // An image nobody listed is pinned because of pin-all-images: that is the input to name.
    const input = plan.tracked ? names.images : names.pinAll;
    if (plan.digest === undefined) {
        if (resolver === undefined) {
            throw new errors/* InputError */.dz(names.offline ?? input, `cannot pin ${display} (service "${plan.service}"): it has no digest and the registry is not consulted${pushedNote(plan)}; give it as name:tag@sha256:…, in buildx metadata, or ${names.say.allowLookups}`);
        }
        try {
            if (plan.versionTags.length > 0)
                return await resolveVersionTag(plan, resolver);
            const resolved = await resolver.resolve((0,core_reference/* withTag */.Rd)(plan.ref, plan.tag));
            if (plan.pushedTags !== undefined) {
                warnings.push(`service "${plan.service}": the digest of ${plan.ref.name}:${plan.tag ?? 'latest'} comes from the registry${pushedNote(plan)}`);
            }
            return { plan, tag: plan.tag, digest: resolved.digest, platforms: resolved.platforms };
        }
        catch (error) {
            throw new errors/* InputError */.dz(input, `cannot pin ${display} (service "${plan.service}"): ${(0,errors/* errorMessage */.gJ)(error)}${plan.versionTags.length > 0 ? '' : pushedNote(plan)}`);
        }
    }
    const known = { ...plan, digest: plan.digest };
    const confirmed = await confirmVersionTag(known, resolver, warnings);
    if (confirmed) {
        return { plan, tag: confirmed.tag, digest: plan.digest, platforms: confirmed.platforms };
    }
    let platforms = [];
    if (resolver !== undefined) {
        // The pin never depends on this look-up: a failure only loses the platform list.
        try {
            platforms = await resolver.platformsOf(plan.ref, plan.digest);
        }
        catch (error) {
            warnings.push(`platforms of ${display} unknown: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return { plan, tag: plan.tag, digest: plan.digest, platforms };
}
/**
 * Resolves every planned image. Every look-up runs to its end, so one error can name every image
 * that cannot be pinned.
 */
async function pinImages(plans, resolver, warnings, names) {
    const settled = await Promise.allSettled(plans.map((p) => pinOne(p, resolver, warnings, names)));
    const failures = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length === 1)
        throw failures[0];
    if (failures.length > 1) {
        const reasons = failures.map((f) => (f instanceof errors/* InputError */.dz ? f.reason : (0,errors/* errorMessage */.gJ)(f)));
        // One culprit when every failure has the same one (all unlisted images, or all offline).
        const culprits = new Set(failures.map((f) => (f instanceof errors/* InputError */.dz ? f.input : '')));
        const [only] = culprits;
        throw new errors/* InputError */.dz(culprits.size === 1 && only ? only : names.images, `${failures.length} images cannot be pinned: ${reasons.join('; ')}`);
    }
    return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}
/** The record's images, and the compose edits that pin them. */
function recordImages(pinned) {
    const edits = new Map();
    const images = pinned.map(({ plan: p, tag, digest, platforms }) => {
        const reference = p.rewrite ? (0,core_reference/* pinnedReference */.ct)(p.ref.name, tag, digest) : p.ref.original;
        if (p.rewrite || p.removeBuild) {
            edits.set(p.service, { image: reference, removeBuild: p.removeBuild });
        }
        return {
            service: p.service,
            repository: p.ref.repository,
            tag: tag ?? null,
            digest,
            reference,
            platforms: [...platforms],
            source: p.source,
        };
    });
    return { images, edits };
}
function planWarnings(plan, names) {
    return [
        ...plan.unpinned.map((service) => `service "${service}" keeps an unpinned image (${names.say.pinAllIsOff})`),
        ...plan.warnings,
        ...plan.unusedMetadata.map((entry) => {
            const what = entry.repositories.join(', ') || `target ${entry.target ?? '?'}`;
            return `buildx metadata for ${what} matches no compose service; ignored`;
        }),
    ];
}
/** The longest file name most file systems (and git checkouts on them) take, in bytes. */
const MAX_FILE_NAME_BYTES = 255;
/** The three file names of the release, refused when one is too long to be a file's name. */
function fileNames(request) {
    const { prefix } = request.version;
    const names = (0,release_record/* releaseFileNames */.wZ)(prefix);
    const longest = [names.releaseInfo, names.appCompose, names.dockerCompose]
        .map((name) => ({ name, bytes: Buffer.byteLength(name, 'utf8') }))
        .sort((a, b) => b.bytes - a.bytes)[0];
    if (longest && longest.bytes > MAX_FILE_NAME_BYTES) {
        throw new errors/* InputError */.dz(request.names.tag, `the tag is ${request.version.tag.length} characters long, so the file ${prefix.slice(0, 12)}…${longest.name.slice(prefix.length)} would be named with ${longest.bytes} bytes; a file name takes at most ${MAX_FILE_NAME_BYTES}`);
    }
    return names;
}
/**
 * A step whose errors name the compose file as the `compose-file` input (src/core/compose-pin.ts),
 * its errors restated under the name this request gives the compose file.
 */
function asCompose(names, step) {
    try {
        return step();
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz && error.input === compose_load/* COMPOSE_INPUT */.qe) {
            throw new errors/* InputError */.dz(names.compose, error.reason);
        }
        throw error;
    }
}
/** Generates the three release files from data: the same request gives the same compose bytes. */
async function generateRelease(request, resolver) {
    const { names: inputs } = request;
    // Checked before any look-up: nothing is asked of a registry for a release that cannot be filed.
    const names = fileNames(request);
    // The compose file is read once; pinning and the record check reuse what was read.
    const [source, services] = asCompose(inputs, () => {
        const read = (0,compose_model/* readCompose */.jy)(request.composeText, request.composeFile);
        return [read, (0,compose_model/* composeServices */.d3)(read, request.variables)];
    });
    const plan = planImages({
        services,
        composeFile: request.composeFile,
        specs: request.specs,
        metadata: request.metadata,
        version: request.version.version,
        versionTags: (0,core_version/* versionTags */.OP)(request.version),
        pinAll: request.pinAll,
        names: inputs,
    });
    const warnings = planWarnings(plan, inputs);
    const pinned = await pinImages(plan.images, resolver, warnings, inputs);
    const { images, edits } = recordImages(pinned);
    const pinnedCompose = asCompose(inputs, () => pinResolved(source, edits));
    const composeText = pinnedCompose.loaded.text;
    const document = (0,app_compose/* buildAppCompose */.aR)({
        composeText,
        defaultName: request.defaultAppName,
        ...(request.template !== undefined && { template: request.template }),
        ...(request.appName !== undefined && { appName: request.appName }),
    });
    (0,app_compose/* validateAppCompose */.O7)(document, request.template ? inputs.template : inputs.appName);
    const appComposeText = (0,app_compose/* serializeAppCompose */.eO)(document);
    const composeHash = (0,app_compose/* composeHash */.Dk)(appComposeText);
    const dir = request.releasesDir.replace(/\/+$/, '');
    const at = (name) => (dir === '' || dir === '.' ? name : `${dir}/${name}`);
    const record = {
        schema: release_record/* RECORD_SCHEMA */.ep,
        version: request.version.version,
        tag: request.version.tag,
        created_at: (0,core_text/* isoSeconds */.n)(request.createdAt),
        repository: request.repository,
        git: request.git,
        workflow: request.workflow,
        images,
        compose_hash: composeHash,
        files: {
            app_compose: { path: at(names.appCompose), sha256: composeHash },
            docker_compose: { path: at(names.dockerCompose), sha256: (0,hash/* sha256Hex */.f)(composeText) },
        },
    };
    // The record must say what the pinned file says: `verify` checks the same.
    const inconsistent = (0,record_consistency/* recordProblems */.OG)(record, (0,record_consistency/* resolvedPinnedServices */.hl)(pinnedCompose), request.composeFile);
    if (inconsistent.length > 0) {
        throw new Error(`the generated record disagrees with its compose file (${inconsistent.join('; ')}); please report this`);
    }
    const file = (name, content) => ({
        name,
        path: at(name),
        content: Buffer.from(content),
    });
    return {
        record,
        files: [
            file(names.releaseInfo, (0,release_record/* serializeRecord */.Om)(record)),
            file(names.appCompose, appComposeText),
            file(names.dockerCompose, composeText),
        ],
        warnings,
    };
}

// EXTERNAL MODULE: ./src/core/input-names.ts
var input_names = __webpack_require__(7630);
;// CONCATENATED MODULE: ./src/core/releases-dir.ts
/** `releases/README.md`, committed once beside the first recorded release. */
function releasesReadme(dir) {
    return `# Releases

This directory is written by [release-tracker](https://github.com/marketplace/actions/release-tracker)
on every release tag. Each release \`v<version>\` has three files:

| file | what it holds |
|---|---|
| \`v<version>-release-info.json\` | the release record: image digests (and per-platform digests), git commit, workflow run, the compose hash and the SHA-256 of each file |
| \`v<version>-app-compose.json\` | the dstack app-compose document; its SHA-256 is the **compose hash** a dstack CVM measures into RTMR3 and attests |
| \`v<version>-docker-compose.yml\` | the project's compose file with every image pinned to its digest |

Do not edit or reformat these files: their exact bytes are what the recorded hashes cover.

## Verify a release

From the repository's root, with the \`release-tracker\` CLI installed (release-tracker's README,
"Install the CLI"):

\`\`\`sh
# every recorded hash against the files, and each record's schema
release-tracker verify --dir ${dir}
# the release that recorded a compose hash (the value a dstack CVM attests)
release-tracker find <compose-hash> --dir ${dir}
# the release a running CVM runs, proved from Intel's signature on (README: "Verify a running enclave")
release-tracker attest --url https://cloud-api.phala.network/api/v1/apps/<app-id>/attestations --dir ${dir}
# the compose hash is the SHA-256 of the app-compose file's exact bytes
sha256sum ${dir}/v1.0.0-app-compose.json
\`\`\`

## Deploy a release

\`\`\`sh
docker compose -f ${dir}/v1.0.0-docker-compose.yml up -d
\`\`\`
`;
}
/**
 * `releases/.gitattributes`, committed once beside the README: the recorded files are hashed byte
 * for byte, so no checkout may convert their line endings (`core.autocrlf`, `text=auto`).
 */
const RELEASES_GITATTRIBUTES = `# Written by release-tracker. Recorded releases are verified byte for byte:
# never let a checkout rewrite their line endings.
*-release-info.json -text
*-app-compose.json -text
*-docker-compose.yml -text
`;

// EXTERNAL MODULE: ./src/core/same-release.ts
var same_release = __webpack_require__(1685);
// EXTERNAL MODULE: ./src/store/releases.ts
var releases = __webpack_require__(4087);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/store/write.ts




/** Writes `data` through an open handle, flushed to disk, and closes it. */
async function writeAndClose(handle, data) {
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/** Writes `data` to a new temporary file beside `path`, flushed; returns its name. */
async function writeTemporary(path, data) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await writeAndClose(await (0,promises_.open)(tmp, 'wx', 0o644), data);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
    return tmp;
}
/**
 * Writes through a temporary file in the same directory, then renames, so a reader never sees a
 * half-written release file and a crash leaves the old file in place.
 */
async function writeFileAtomic(path, data) {
    const tmp = await writeTemporary(path, data);
    try {
        await (0,promises_.rename)(tmp, path);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Creates `path` only when nothing is there, never replacing what is (a user may have edited it):
 * the complete temporary file is hard-linked into place, which fails when the name exists.
 * Returns whether it created the file.
 */
async function createFileOnce(path, data) {
    const tmp = await writeTemporary(path, data);
    try {
        await (0,promises_.link)(tmp, path);
        return true;
    }
    catch (error) {
        const code = (0,errors/* errorCode */.CA)(error);
        if (code === 'EEXIST')
            return false;
        if (!NO_HARD_LINKS.has(code ?? ''))
            throw error;
        return createExclusive(path, data);
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
/** What a file system without hard links answers. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/** The fallback where hard links are not supported: an exclusive create, written in place. */
async function createExclusive(path, data) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'wx', 0o644);
    }
    catch (error) {
        if ((0,errors/* errorCode */.CA)(error) === 'EEXIST')
            return false;
        throw error;
    }
    await writeAndClose(handle, data);
    return true;
}
/** Writes the generated files into `dir`, each atomically; returns their paths. */
async function writeReleaseFiles(dir, files) {
    const written = [];
    for (const file of files) {
        const path = (0,external_node_path_.join)(dir, file.name);
        await writeFileAtomic(path, file.content);
        written.push(path);
    }
    return written;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/workspace/local-git.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim();
    }
    catch {
        // Not a repository, no such ref, or no git at all: the CLI works without one.
        return null;
    }
}
/** One path segment of a GitHub owner or repository name. */
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9_.-]+$/;
const REMOTE_SCHEMES = new Set(['https', 'http', 'ssh', 'git', 'git+ssh', 'ssh+git']);
/** The host and path of a remote URL, or null for a local path or a scheme that names no host. */
function hostAndPath(url) {
    const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/(.*)$/i.exec(url);
    if (withScheme) {
        const [, scheme = '', authority = '', path = ''] = withScheme;
        if (!REMOTE_SCHEMES.has(scheme.toLowerCase()))
            return null;
        // Credentials and a port are not part of the host.
        return { host: authority.replace(/^.*@/, '').replace(/:\d*$/, ''), path };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
        return null;
    // scp-like: no slash before the first colon; a one-letter "host" is a Windows drive (C:\x).
    const scpLike = /^(?:[^@/:]+@)?([^@/:]{2,}):(.*)$/.exec(url);
    if (!scpLike)
        return null;
    const [, host = '', path = ''] = scpLike;
    return { host, path };
}
/**
 * `owner/name` from a remote URL that names a host and exactly those two path segments, as GitHub
 * (and GHES) remotes do: `https://host/owner/name(.git)`, `ssh://[user@]host[:port]/owner/name`,
 * or scp-like `[user@]host:owner/name`. A local path, a `file://` URL or a deeper path (GitLab
 * subgroups, Azure DevOps) gives null: a name made from those names no repository.
 */
function repositoryFromRemote(remote) {
    const found = hostAndPath(remote.trim());
    if (!found || found.host === '' || /[\s\\]/.test(found.host))
        return null;
    const segments = found.path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/');
    if (segments.length !== 2 || !segments.every((s) => NAME.test(s)))
        return null;
    return segments.join('/');
}
/**
 * What the local repository says about a release: the tag's commit when the tag exists here,
 * else HEAD and the branch it is on.
 */
async function readLocalGit(cwd, tag) {
    const topLevel = await git(cwd, ['rev-parse', '--show-toplevel']);
    if (topLevel === null)
        return { topLevel: null, git: null, repository: null };
    const tagCommit = await git(cwd, [
        'rev-parse',
        '--verify',
        '--quiet',
        `refs/tags/${tag}^{commit}`,
    ]);
    let info = null;
    if (tagCommit)
        info = { commit: tagCommit, ref: `refs/tags/${tag}` };
    else {
        const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
        const ref = (await git(cwd, ['symbolic-ref', '--quiet', 'HEAD'])) ?? 'HEAD';
        if (head)
            info = { commit: head, ref };
    }
    const remote = await git(cwd, ['remote', 'get-url', 'origin']);
    const repository = (remote && repositoryFromRemote(remote)) ?? null;
    return { topLevel, git: info, repository };
}
/** The repository's short name, for the default app name. */
function repositoryName(repository, fallbackDir) {
    return repository?.split('/')[1] ?? (0,external_node_path_.basename)(fallbackDir);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/workspace/paths.ts

/** True when `path` is `root` itself or inside it (no `..` escape, not another drive). */
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(root, path));
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** A `/`-separated path relative to `root`, as recorded in release files. */
function posixRelative(root, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(root, path));
    return rel.split(/[\\/]/).filter(Boolean).join('/');
}

;// CONCATENATED MODULE: ./src/workspace/inside.ts




/**
 * The files that are published (the compose file, the app-compose template) and the directory the
 * record is written to must be the workspace's own: a symbolic link in a repository could point
 * at a runner's credentials, which would then be committed, uploaded and attested. Each is
 * resolved as the file system resolves it (every link followed) and must land inside the
 * workspace, itself resolved the same way.
 */
/**
 * `path` with every symbolic link resolved, as a write to it would resolve them: for a path not
 * there yet, its nearest existing parent's real path and the rest; a link whose target is not
 * there yet (a write would create the target) resolved through its target.
 */
function realPath(path, depth = 0) {
    const missing = [];
    for (let at = path;; at = (0,external_node_path_.dirname)(at)) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(at), ...missing.reverse());
        }
        catch (error) {
            const code = (0,errors/* errorCode */.CA)(error);
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || (0,external_node_path_.dirname)(at) === at)
                throw error;
            if (depth < 40 && isLink(at)) {
                return (0,external_node_path_.join)(realPath((0,external_node_path_.resolve)((0,external_node_path_.dirname)(at), (0,external_node_fs_.readlinkSync)(at)), depth + 1), ...missing.reverse());
            }
            missing.push((0,external_node_path_.basename)(at));
        }
    }
}
function isLink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * `path` (relative to `base`, or absolute) resolved with its links, refused naming `input` unless
 * it lies inside `workspace`. Returns the resolved path. The message names the path as given and
 * the boundary, never where a link points.
 */
function resolveInside(workspace, base, path, input, boundary = 'the workspace') {
    const given = (0,external_node_path_.resolve)(base, path);
    const root = realPath((0,external_node_path_.resolve)(workspace));
    if (!isInside((0,external_node_path_.resolve)(workspace), given) && !isInside(root, given)) {
        throw new errors/* InputError */.dz(input, `${path} is outside ${boundary}`);
    }
    const real = realPath(given);
    if (!isInside(root, real)) {
        throw new errors/* InputError */.dz(input, `${path} leads outside ${boundary} through a symbolic link; only files of ${boundary} are recorded and published`);
    }
    return real;
}
/** `resolveInside` for a file or directory that must be there: a missing one is refused too. */
function existingInside(workspace, path, input) {
    const real = resolveInside(workspace, workspace, path, input);
    if (!existsSync(real))
        throw new InputError(input, `${path} does not exist in the workspace`);
    return real;
}

;// CONCATENATED MODULE: ./src/core/compose-file-names.ts
/** The `compose-file` input's default search order (action.yml and the README say the same). */
const defaultComposeFiles = [
    'docker-compose.yml',
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
];
/**
 * The override files Docker Compose merges over the file it finds when it is given none
 * (`docker compose up` with no `-f`), in its order of preference.
 */
const overrideComposeFiles = [
    'compose.override.yml',
    'compose.override.yaml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml',
];
/** The file Docker Compose reads variables from, beside the compose file. */
const DOTENV_FILE = '.env';

// EXTERNAL MODULE: ./src/core/compose-interpolation.ts
var compose_interpolation = __webpack_require__(6048);
// EXTERNAL MODULE: ./src/core/text-position.ts
var text_position = __webpack_require__(6426);
;// CONCATENATED MODULE: ./src/core/dotenv.ts
/**
 * The `.env` file beside a compose file, read as Compose reads it (compose-go's `dotenv` package
 * and its tests are the reference): `KEY=value` or `KEY: value` lines, an optional `export `,
 * comments, unquoted values cut at ` #` and trimmed, single-quoted values taken as written,
 * double-quoted ones with shell escapes (`\n`, `\t`, `\\`, `\"`, `\$`, `\0ooo`…) and spanning lines;
 * unquoted and double-quoted values are interpolated from the environment and the entries above.
 * A bare `KEY` takes the environment's value. The environment wins over the file.
 *
 * The file often holds secrets: errors say which line, never what it holds.
 */


class DotenvError extends Error {
    reason;
    line;
    name = 'DotenvError';
    constructor(reason, line) {
        super(`line ${line}: ${reason}`);
        this.reason = reason;
        this.line = line;
    }
}
/** Go's unicode.IsSpace. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
/** White space within a line (compose-go's isSpace: no line break). */
const LINE_SPACE = /[\t\v\f\r \u0085\u00A0]/;
const KEY_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
const EXPORT = /^export[\t\n\f\r ]+/;
const ESCAPE = /\\(?:[abcfnrtv$"\\]|0[0-9]{0,3})/g;
const ESCAPED = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '"': '"',
    '\\': '\\',
    // `$$` is the substitution's own literal `$`.
    $: '$$',
};
/** Shell escapes of a double-quoted value: `\0` with three octal digits is a byte value. */
function expandEscapes(value) {
    return value.replace(ESCAPE, (match) => {
        const c = match[1] ?? '';
        if (c !== '0')
            return ESCAPED[c] ?? match;
        const digits = match.slice(2);
        if (!/^[0-7]{3}$/.test(digits) || parseInt(digits, 8) > 0xff)
            return match;
        return String.fromCharCode(parseInt(digits, 8));
    });
}
function skip(text, pos, pattern) {
    let i = pos;
    while (i < text.length && pattern.test(text[i] ?? ''))
        i++;
    return i;
}
function trimEnd(text) {
    let end = text.length;
    while (end > 0 && GO_SPACE.test(text[end - 1] ?? ''))
        end--;
    return text.slice(0, end);
}
/**
 * The variables a `.env` text defines, in order; `lookup` gives the environment, which the
 * values' interpolation reads before the entries above. Throws a {@link DotenvError}.
 */
function parseDotenv(text, lookup) {
    const out = new Map();
    const fail = (reason, at) => {
        throw new DotenvError(reason, (0,text_position/* positionAt */.t)(text, at).line);
    };
    const variables = (name) => lookup(name) ?? out.get(name);
    const expand = (value, at) => {
        try {
            return (0,compose_interpolation/* interpolate */.G)(value, variables).value;
        }
        catch (error) {
            if (error instanceof compose_interpolation/* InterpolationError */.D)
                return fail(error.message, at);
            throw error;
        }
    };
    let pos = text.startsWith('\uFEFF') ? 1 : 0;
    for (;;) {
        // The next statement: past white space and comment lines.
        pos = skip(text, pos, GO_SPACE);
        if (pos >= text.length)
            return out;
        if (text[pos] === '#') {
            const nl = text.indexOf('\n', pos);
            if (nl === -1)
                return out;
            pos = nl;
            continue;
        }
        const exported = EXPORT.exec(text.slice(pos, pos + 64));
        if (exported)
            pos = skip(text, pos + 'export'.length, LINE_SPACE);
        // The key, up to `=`, `:` or a line break (a bare key: inherited from the environment).
        let end = pos;
        let stop;
        for (; end < text.length; end++) {
            const c = text[end] ?? '';
            if (c === '=' || c === ':' || c === '\n') {
                stop = c;
                break;
            }
            if (LINE_SPACE.test(c) || KEY_CHAR.test(c))
                continue;
            if (/[\uD800-\uDBFF]/.test(c) && KEY_CHAR.test(text.slice(end, end + 2))) {
                end++;
                continue;
            }
            fail('unexpected character in a variable name', end);
        }
        // A last line with no `=`: Compose reads it as a value of the empty name, which nothing uses.
        if (stop === undefined)
            return out;
        const key = trimEnd(text.slice(pos, end));
        if (key.includes(' '))
            fail('a variable name cannot contain a space', pos);
        let at = skip(text, end + 1, LINE_SPACE);
        if (stop === '\n') {
            const value = lookup(key) ?? out.get(key);
            if (value !== undefined)
                out.set(key, value);
            pos = at;
            continue;
        }
        const quote = text[at];
        if (quote === '"' || quote === "'") {
            let chars = '';
            let escaped = false;
            let closed = -1;
            for (let i = at + 1; i < text.length; i++) {
                const c = text[i] ?? '';
                if (c !== quote) {
                    if (!escaped && c === '\\') {
                        escaped = true;
                        continue;
                    }
                    if (escaped)
                        chars += '\\';
                    escaped = false;
                    chars += c;
                    continue;
                }
                if (escaped) {
                    // `\"` (or `\'`): the quote itself.
                    escaped = false;
                    chars += c;
                    continue;
                }
                closed = i;
                break;
            }
            if (closed === -1)
                fail('unterminated quoted value', at);
            out.set(key, quote === '"' ? expand(expandEscapes(chars), at) : chars);
            pos = closed + 1;
            continue;
        }
        const nl = text.indexOf('\n', at);
        const line = text.slice(at, nl === -1 ? text.length : nl);
        const comment = line.indexOf(' #');
        out.set(key, expand(trimEnd(comment === -1 ? line : line.slice(0, comment)), at));
        at = nl === -1 ? text.length : nl + 1;
        pos = at;
    }
}
/**
 * The variables Compose interpolates a compose file with: the environment, and the `.env` file
 * beside the compose file for what the environment does not set.
 */
function composeVariables(environment, dotenv) {
    const variables = new Map();
    for (const [name, value] of Object.entries(environment)) {
        if (value !== undefined)
            variables.set(name, value);
    }
    if (dotenv === undefined)
        return variables;
    const parsed = parseDotenv(dotenv.text, (name) => variables.get(name));
    for (const [name, value] of parsed)
        if (!variables.has(name))
            variables.set(name, value);
    return variables;
}

// EXTERNAL MODULE: ./src/workspace/files.ts
var files = __webpack_require__(6234);
;// CONCATENATED MODULE: ./src/workspace/sources.ts










/**
 * The environment a `docker compose` step of the workflow would see: this process's, less what
 * the runner gives a JavaScript action alone (its inputs, the token input among them, and the
 * runtime's tokens), which no compose file may read into a pinned image.
 */
function composeEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_') &&
        !/^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST|RESULTS|CACHE)_/.test(name)));
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** How to record one file when Compose, given none, would read several. */
function oneFileHint(found) {
    return `to record ${found} by itself, as "docker compose -f ${found} up" runs it, give it as compose-file (--compose ${found}); to record what Compose runs from them all, write one file with "docker compose config --no-interpolate > compose.release.yml" and give that`;
}
/**
 * The compose file to read: the one given, else the first default name that exists. Found by
 * default, it must be all that Compose would read there: an override file beside it, which
 * `docker compose up` merges over it, is refused (and so is COMPOSE_FILE: `loadSources`).
 */
async function locateCompose(root, given, input) {
    if (given !== undefined && given !== '')
        return given;
    let found;
    for (const name of defaultComposeFiles) {
        if (await exists((0,external_node_path_.join)(root, name))) {
            found = name;
            break;
        }
    }
    if (found === undefined) {
        throw new errors/* InputError */.dz(input, `no compose file found in ${root} (looked for ${defaultComposeFiles.join(', ')})`);
    }
    for (const override of overrideComposeFiles) {
        if (await isFile((0,external_node_path_.join)(root, override))) {
            throw new errors/* InputError */.dz(input, `${override} lies beside ${found}, and Docker Compose merges it over ${found} when it is given no file ("docker compose up"), so recording ${found} alone would not be what Compose runs here; ${oneFileHint(found)}`);
        }
    }
    return found;
}
/**
 * The variables Compose interpolates `composePath` with: `environment`, then the `.env` file in
 * the compose file's directory when there is one (read here, parsed in the core).
 */
async function loadVariables(options, composePath, environment, input) {
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(composePath), DOTENV_FILE);
    if (!(await isFile(path)))
        return composeVariables(environment);
    const file = posixRelative(options.root, path) || DOTENV_FILE;
    // Its values become the recorded image names: held to the rule of the published files.
    const real = resolveInside(options.workspace, options.root, file, input, options.boundary);
    const text = (0,files/* decodeUtf8 */._6)(await (0,files/* readInputFile */.jH)(real, input), input, file);
    try {
        return composeVariables(environment, { text, file });
    }
    catch (error) {
        if (error instanceof DotenvError) {
            throw new errors/* InputError */.dz(input, `${file} (the variables of the compose file) ${error.message}`);
        }
        throw error;
    }
}
/**
 * The `metadata` input: empty → no entries; inline JSON (starts with `{` or `[`); otherwise a
 * path, relative to `cwd`, of a file holding the JSON (e.g. one written by `--metadata-file`).
 */
async function loadMetadata(value, cwd, input = 'metadata') {
    const trimmed = value.trim();
    if (trimmed === '')
        return [];
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        (0,files/* checkInputSize */.OA)(trimmed, input);
        return parseMetadataText(trimmed, input);
    }
    const path = (0,external_node_path_.isAbsolute)(trimmed) ? trimmed : (0,external_node_path_.resolve)(cwd, trimmed);
    const bytes = await (0,files/* readInputFile */.jH)(path, input);
    return parseMetadataText(bytes.toString('utf8'), input, `metadata file ${trimmed}`);
}
async function loadSources(options) {
    const { root, names } = options;
    const environment = options.environment ?? composeEnvironment(process.env);
    const given = options.composeFile !== undefined && options.composeFile !== '';
    const composeFile = await locateCompose(root, options.composeFile, names.compose);
    const composePath = (0,external_node_path_.resolve)(root, composeFile);
    const composeReal = resolveInside(options.workspace, root, composeFile, names.compose, options.boundary);
    const composeText = (0,files/* decodeUtf8 */._6)(await (0,files/* readInputFile */.jH)(composeReal, names.compose), names.compose, composeFile);
    // The .env Compose reads is the one beside the file as named (docker compose -f uses its
    // directory, not the link's target's).
    const variables = await loadVariables(options, composePath, environment, names.compose);
    if (!given && variables.get('COMPOSE_FILE')) {
        const where = environment['COMPOSE_FILE'] ? 'in the environment' : `in ${DOTENV_FILE}`;
        throw new errors/* InputError */.dz(names.compose, `COMPOSE_FILE is set ${where}, and Docker Compose reads the files it names instead of ${composeFile} when it is given none; ${oneFileHint(composeFile)}`);
    }
    const metadata = await loadMetadata(options.metadata, root, names.metadata);
    let template;
    if (options.template !== undefined && options.template !== '') {
        const real = resolveInside(options.workspace, root, options.template, names.template, options.boundary);
        const bytes = await (0,files/* readInputFile */.jH)(real, names.template);
        const text = (0,files/* decodeUtf8 */._6)(bytes, names.template, options.template);
        template = (0,app_compose/* parseAppComposeTemplate */.lV)(text, names.template, options.template);
    }
    return { composeFile, composeText, variables, metadata, ...(template && { template }) };
}

;// CONCATENATED MODULE: ./src/workspace/prepare.ts



/**
 * `created_at`: `SOURCE_DATE_EPOCH` (whole seconds since 1970, reproducible-builds.org) when it
 * is set, else now. A value that is set but no such number is refused, as that specification asks.
 */
function creationTime(env, now = new Date()) {
    const epoch = env['SOURCE_DATE_EPOCH'];
    if (epoch === undefined || epoch === '')
        return now;
    const seconds = /^\d{1,12}$/.test(epoch) ? Number(epoch) : NaN;
    if (!Number.isSafeInteger(seconds) || seconds * 1000 > 8.64e15) {
        throw new errors/* InputError */.dz('SOURCE_DATE_EPOCH', `"${epoch}" is not a number of seconds since 1970`);
    }
    return new Date(seconds * 1000);
}
/** Reads the input files and builds the request the pure generator takes. */
async function prepareRelease(settings) {
    const { release } = settings;
    const sources = await loadSources({ ...settings.sources, names: release.names });
    return {
        ...release,
        ...sources,
        defaultAppName: repositoryName(release.repository, settings.projectDir),
    };
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/records.ts
var records = __webpack_require__(3272);
// EXTERNAL MODULE: ./src/cli/table.ts
var table = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/cli/generate.ts
// `generate`: loaded only for this command, since it brings the YAML parser, the generator and
// the registry client, which no query needs.

















/** The generation settings from the command line, named as the CLI names them. */
async function settingsFrom(ctx) {
    const names = input_names/* CLI_NAMES */.Q;
    const [versionArg, ...imageArgs] = ctx.args;
    const version = (0,core_version/* parseTag */.ED)(versionArg, names.tag);
    const specs = parseImageSpecs(imageArgs.join('\n'), names.images);
    const { io } = ctx;
    const local = await readLocalGit(io.cwd, version.tag);
    const root = local.topLevel ?? io.cwd;
    const dirAbs = (0,external_node_path_.resolve)(io.cwd, ctx.dir);
    const boundary = local.topLevel ? 'the repository' : 'the current directory';
    if (!isInside(root, dirAbs)) {
        throw new errors/* InputError */.dz(names.releasesDir, `${ctx.dir} is outside ${boundary}: the record's paths are relative to it`);
    }
    // The record is written there: a link leading out of the repository is refused.
    resolveInside(root, io.cwd, ctx.dir, names.releasesDir, boundary);
    const appName = (0,context/* stringOption */.Pp)(ctx, 'app-name');
    const composeFile = (0,context/* stringOption */.Pp)(ctx, 'compose');
    const template = (0,context/* stringOption */.Pp)(ctx, 'app-compose-template');
    const settings = {
        release: {
            version,
            specs,
            ...(appName !== undefined && { appName }),
            pinAll: !ctx.options['no-pin-all'],
            releasesDir: posixRelative(root, dirAbs),
            createdAt: creationTime(io.env),
            repository: io.env['GITHUB_REPOSITORY'] || local.repository,
            git: local.git,
            workflow: null,
            names,
        },
        sources: {
            root: io.cwd,
            workspace: root,
            boundary,
            ...(composeFile !== undefined && { composeFile }),
            metadata: (0,context/* stringOption */.Pp)(ctx, 'metadata') ?? '',
            ...(template !== undefined && { template }),
        },
        projectDir: root,
    };
    return { settings, dirAbs };
}
async function generate_run(ctx) {
    const { io } = ctx;
    const { settings, dirAbs } = await settingsFrom(ctx);
    const { version, releasesDir, names } = settings.release;
    const request = await prepareRelease(settings);
    const progress = (message) => {
        if (io.interactive)
            io.err(`${message}\n`);
    };
    const resolver = ctx.options['offline'] || !io.resolver
        ? undefined
        : await io.resolver(progress, (message) => (0,context/* warn */.R8)(ctx, message));
    const generated = await generateRelease(request, resolver);
    for (const warning of generated.warnings)
        (0,context/* warn */.R8)(ctx, warning);
    const shown = (path) => (0,external_node_path_.relative)(io.cwd, path);
    const paths = generated.files.map((f) => (0,external_node_path_.join)(dirAbs, f.name));
    const stored = (0,releases/* storedState */.p3)(dirAbs, generated.record);
    if (stored.kind === 'same') {
        report(ctx, stored.stored.record, paths.map(shown), [], true);
        return 0;
    }
    if (stored.kind === 'different') {
        if (!ctx.options['overwrite']) {
            throw new errors/* CheckError */.tl((0,same_release/* differentRecord */.T8)(ctx.dir, version.prefix, stored.reason, names));
        }
        (0,context/* warn */.R8)(ctx, `replacing the different record of ${version.prefix} in ${ctx.dir} (${names.overwrite})`);
    }
    const written = (await writeReleaseFiles(dirAbs, generated.files)).map(shown);
    // The directory's README and .gitattributes, as the action commits them: created once, kept.
    const created = [];
    for (const [name, content] of [
        ['README.md', releasesReadme(releasesDir)],
        ['.gitattributes', RELEASES_GITATTRIBUTES],
    ]) {
        if (await createFileOnce((0,external_node_path_.join)(dirAbs, name), content))
            created.push(shown((0,external_node_path_.join)(dirAbs, name)));
    }
    report(ctx, generated.record, written, created, false);
    return 0;
}
function report(ctx, record, files, created, unchanged) {
    (0,context/* print */.yy)(ctx, {
        version: record.version,
        tag: record.tag,
        compose_hash: record.compose_hash,
        unchanged,
        files,
        created,
        images: record.images,
    }, () => [
        unchanged
            ? `v${record.version} is already recorded in ${ctx.dir} as this same release (compose hash, image digests and files): nothing written`
            : `Recorded v${record.version} in ${ctx.dir}`,
        ...files.map((f) => `  ${f}`),
        ...created.map((f) => `  ${f} (created once; kept from now on)`),
        '',
        (0,table/* fields */.O)([['compose hash', record.compose_hash]]),
        '',
        (0,records/* imagesTable */.Ve)(record),
    ].join('\n'));
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isoSeconds),
/* harmony export */   s: () => (/* binding */ listText)
/* harmony export */ });
// How values are written into sentences and records, the same wherever they appear.
/** `a`, `a and b`, `a, b and c`; '' for none. */
function listText(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** A UTC timestamp without milliseconds, as in the record's `created_at`. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
