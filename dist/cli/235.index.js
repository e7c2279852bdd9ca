export const id = 235;
export const ids = [235];
export const modules = {

/***/ 9235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QUERIES: () => (/* binding */ QUERIES)
});

// EXTERNAL MODULE: ./src/core/app-compose.ts + 1 modules
var app_compose = __webpack_require__(9445);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/store/releases.ts
var releases = __webpack_require__(4087);
;// CONCATENATED MODULE: ./src/store/query.ts


/** The release's app-compose document; empty when the file is missing or not a document. */
function appDocument(dir, stored) {
    const bytes = (0,releases/* readOrNull */.di)((0,releases/* releaseFiles */.dy)(dir, stored.version).appCompose);
    return bytes === null ? {} : ((0,app_compose/* inspectAppCompose */.qv)(bytes).document ?? {});
}
/** Compares pure data: images by service, and the app-compose settings key by key. */
function diffRecords(from, to, fromDoc, toDoc) {
    const before = new Map(from.record.images.map((i) => [i.service, i]));
    const after = new Map(to.record.images.map((i) => [i.service, i]));
    const added = [];
    const removed = [];
    const repinned = [];
    const unchanged = [];
    for (const [service, image] of after) {
        const old = before.get(service);
        if (!old)
            added.push({ service, to: image });
        else if (old.digest !== image.digest ||
            old.repository !== image.repository ||
            old.tag !== image.tag) {
            repinned.push({ service, from: old, to: image });
        }
        else
            unchanged.push(service);
    }
    for (const [service, image] of before) {
        if (!after.has(service))
            removed.push({ service, from: image });
    }
    const settings = [];
    const keys = [...new Set([...Object.keys(fromDoc), ...Object.keys(toDoc)])].sort();
    for (const key of keys) {
        if (key === 'docker_compose_file')
            continue;
        const a = fromDoc[key];
        const b = toDoc[key];
        if (JSON.stringify(a) !== JSON.stringify(b))
            settings.push({ key, from: a ?? null, to: b ?? null });
    }
    return {
        from: from.record.version,
        to: to.record.version,
        added,
        removed,
        repinned,
        unchanged,
        compose_hash: {
            from: from.record.compose_hash,
            to: to.record.compose_hash,
            changed: from.record.compose_hash !== to.record.compose_hash,
        },
        compose_file_changed: from.record.files.docker_compose.sha256 !== to.record.files.docker_compose.sha256,
        settings,
    };
}
/** Compares two recorded releases; reads only their records and app-compose files. */
function diffReleases(dir, fromVersion, toVersion) {
    const from = (0,releases/* readRelease */.iJ)(dir, fromVersion);
    const to = (0,releases/* readRelease */.iJ)(dir, toVersion);
    return diffRecords(from, to, appDocument(dir, from), appDocument(dir, to));
}
/** Which releases mention this sha256 (64 lowercase hex): as compose hash, image or platform digest. */
function findInReleases(releases, hex) {
    const digest = `sha256:${hex}`;
    const matches = [];
    for (const { record } of releases) {
        if (record.compose_hash === hex) {
            matches.push({ version: record.version, kind: 'compose_hash', what: 'compose hash' });
        }
        for (const image of record.images) {
            if (image.digest === digest) {
                matches.push({
                    version: record.version,
                    kind: 'image',
                    service: image.service,
                    what: `image digest of ${image.service} (${image.repository})`,
                });
            }
            for (const p of image.platforms) {
                if (p.digest === digest) {
                    matches.push({
                        version: record.version,
                        kind: 'platform',
                        service: image.service,
                        what: `${p.platform} manifest of ${image.service} (${image.repository})`,
                    });
                }
            }
        }
    }
    return matches;
}

// EXTERNAL MODULE: ./src/workspace/files.ts
var files = __webpack_require__(6234);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/table.ts
var table = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/cli/format-diff.ts

const ref = (image) => image ? `${image.repository}:${image.tag ?? ''}@${image.digest}`.replace(':@', '@') : '-';
function formatDiff(diff) {
    const rows = [
        ...diff.added.map((c) => ['added', c.service, '-', ref(c.to)]),
        ...diff.removed.map((c) => ['removed', c.service, ref(c.from), '-']),
        ...diff.repinned.map((c) => ['re-pinned', c.service, ref(c.from), ref(c.to)]),
    ];
    const lines = [`v${diff.from} → v${diff.to}`, ''];
    lines.push(rows.length > 0 ? (0,table/* table */.t)(['CHANGE', 'SERVICE', 'FROM', 'TO'], rows) : 'images: no changes');
    if (diff.unchanged.length > 0)
        lines.push(`unchanged: ${diff.unchanged.join(', ')}`);
    lines.push('');
    lines.push(diff.compose_hash.changed
        ? `compose hash: ${diff.compose_hash.from} → ${diff.compose_hash.to}`
        : `compose hash: unchanged (${diff.compose_hash.to})`);
    lines.push(`docker-compose file: ${diff.compose_file_changed ? 'changed' : 'unchanged'}`);
    if (diff.settings.length === 0)
        lines.push('app settings: unchanged');
    else {
        lines.push('app settings:');
        for (const s of diff.settings) {
            lines.push(`  ${s.key}: ${JSON.stringify(s.from)} → ${JSON.stringify(s.to)}`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/cli/records.ts
var records = __webpack_require__(3272);
;// CONCATENATED MODULE: ./src/cli/queries.ts
// The commands that read the releases directory. They never load the generator (see generate.ts);
// `verify` and `find` load the YAML parser, to read each record's own compose file
// (src/store/verify.ts), and `verify --registry` the registry client, when they run.









/** Every readable release; each unreadable record is named in a warning and skipped. */
function readReleases(ctx) {
    return (0,releases/* readableReleases */.v)(ctx.dir, (message) => (0,context/* warn */.R8)(ctx, message));
}
function list(ctx) {
    const releases = readReleases(ctx);
    (0,context/* print */.yy)(ctx, releases.map(({ record: r }) => ({
        version: r.version,
        tag: r.tag,
        created_at: r.created_at,
        images: r.images.length,
        compose_hash: r.compose_hash,
    })), () => releases.length === 0
        ? `no releases in ${ctx.dir}`
        : (0,table/* table */.t)(['VERSION', 'DATE', 'IMAGES', 'COMPOSE HASH'], releases.map(({ record: r }) => [
            r.version,
            r.created_at,
            String(r.images.length),
            r.compose_hash,
        ])));
    return 0;
}
function latest(ctx) {
    const found = (0,releases/* latestRelease */.JF)(readReleases(ctx));
    if (!found)
        throw new errors/* CheckError */.tl(`no release in ${ctx.dir} that is not a pre-release`);
    (0,context/* print */.yy)(ctx, found.record, () => (0,records/* infoText */.aV)(found));
    return 0;
}
function info(ctx) {
    const stored = (0,releases/* readRelease */.iJ)(ctx.dir, ctx.args[0] ?? '');
    (0,context/* print */.yy)(ctx, stored.record, () => (0,records/* infoText */.aV)(stored));
    return 0;
}
function queries_images(ctx) {
    const { record } = (0,releases/* readRelease */.iJ)(ctx.dir, ctx.args[0] ?? '');
    (0,context/* print */.yy)(ctx, record.images, () => (0,table/* table */.t)(['SERVICE', 'REPOSITORY', 'TAG', 'DIGEST', 'PLATFORMS'], record.images.flatMap((i) => [
        [i.service, i.repository, i.tag ?? '-', i.digest, (0,records/* platformsText */.Ci)(i)],
        ...i.platforms.map((p) => ['', '', '', `  ${p.digest}`, p.platform]),
    ])));
    return 0;
}
async function appCompose(ctx) {
    const { record } = (0,releases/* readRelease */.iJ)(ctx.dir, ctx.args[0] ?? '');
    const path = (0,releases/* releaseFiles */.dy)(ctx.dir, record.version).appCompose;
    let bytes;
    try {
        bytes = await (0,files/* readInputFile */.jH)(path, 'app-compose');
    }
    catch {
        throw new errors/* CheckError */.tl(`${path}: missing`);
    }
    const { hash, canonical } = (0,app_compose/* inspectAppCompose */.qv)(bytes);
    const ok = hash === record.compose_hash;
    (0,context/* print */.yy)(ctx, { path, compose_hash: record.compose_hash, actual: hash, ok, canonical }, () => (0,table/* fields */.O)([
        ['path', path],
        ['compose hash', record.compose_hash],
        ['verified', ok ? 'yes (sha256 of the file matches)' : `NO: the file hashes to ${hash}`],
    ]));
    if (!ok)
        ctx.io.err(`error: ${path} does not match the recorded compose hash\n`);
    return ok ? 0 : 1;
}
function compose(ctx) {
    const { record } = (0,releases/* readRelease */.iJ)(ctx.dir, ctx.args[0] ?? '');
    const path = (0,releases/* releaseFiles */.dy)(ctx.dir, record.version).dockerCompose;
    (0,context/* print */.yy)(ctx, { path, sha256: record.files.docker_compose.sha256 }, () => path);
    return 0;
}
async function verify(ctx) {
    (0,releases/* requireReleasesDir */.Jk)(ctx.dir);
    const versions = ctx.args.length > 0 ? ctx.args : (0,releases/* recordedVersions */.WQ)(ctx.dir);
    if (versions.length === 0)
        throw new errors/* CheckError */.tl(`no releases in ${ctx.dir} to verify`);
    const { verifyRelease } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(767), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 7008));
    const withRegistry = Boolean(ctx.options['registry']);
    // The records read are kept only for the registry check: over thousands, they are memory.
    const records = [];
    const results = versions.map((v) => {
        const { result, stored } = verifyRelease(ctx.dir, v);
        if (withRegistry && stored !== null)
            records.push(stored.record);
        return result;
    });
    const failed = results.filter((r) => !r.ok);
    const served = withRegistry ? await __webpack_require__.e(/* import() */ 674).then(__webpack_require__.bind(__webpack_require__, 9674)) : undefined;
    const registry = await served?.checkRegistry(ctx, records);
    const ok = failed.length === 0 && (registry?.ok ?? true);
    (0,context/* print */.yy)(ctx, { ok, releases: results, ...(registry && { registry }) }, () => [
        ...results.map((r) => r.ok
            ? `ok    v${r.version}`
            : [`FAIL  v${r.version}`, ...r.problems.map((p) => `      ${p}`)].join('\n')),
        failed.length === 0
            ? `${results.length} release(s) verified`
            : `${failed.length} of ${results.length} release(s) failed verification`,
        ...(registry && served ? served.servedText(registry) : []),
    ].join('\n'));
    return ok ? 0 : 1;
}
function diff(ctx) {
    const result = diffReleases(ctx.dir, ctx.args[0] ?? '', ctx.args[1] ?? '');
    (0,context/* print */.yy)(ctx, result, () => formatDiff(result));
    return 0;
}
/**
 * The releases `find` may answer with: each that mentions the hash is checked against its own
 * files first, and one whose files say otherwise (an edited record) is skipped with a warning, as
 * an unreadable record is.
 */
async function findChecked(ctx, wanted) {
    const releases = readReleases(ctx);
    const matches = findInReleases(releases, wanted);
    if (matches.length === 0)
        return matches;
    const { releaseProblems } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(767), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 7008));
    const byVersion = new Map(releases.map((r) => [r.version, r]));
    const failed = new Set();
    for (const version of new Set(matches.map((m) => m.version))) {
        const stored = byVersion.get(version);
        const problems = stored ? releaseProblems(ctx.dir, stored) : [];
        if (stored && problems.length > 0) {
            failed.add(version);
            (0,context/* warn */.R8)(ctx, `skipped ${stored.file}: it does not match its files (${problems.join('; ')})`);
        }
    }
    return matches.filter((m) => !failed.has(m.version));
}
async function find(ctx) {
    const wanted = (ctx.args[0] ?? '').toLowerCase().replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(wanted)) {
        throw new errors/* InputError */.dz('sha256', `"${ctx.args[0]}" is not a sha256 (64 hex digits, optionally sha256:-prefixed)`);
    }
    const matches = await findChecked(ctx, wanted);
    if (matches.length === 0) {
        // --json still prints its one document (an empty list); text output stays empty.
        if (ctx.json)
            (0,context/* print */.yy)(ctx, matches, () => '');
        ctx.io.err(`no release in ${ctx.dir} has ${wanted}\n`);
        return 1;
    }
    (0,context/* print */.yy)(ctx, matches, () => (0,table/* table */.t)(['VERSION', 'MATCH'], matches.map((m) => [`v${m.version}`, m.what])));
    return 0;
}
const QUERIES = {
    list,
    latest,
    info,
    images: queries_images,
    'app-compose': appCompose,
    compose,
    verify,
    diff,
    find,
};


/***/ })

};
