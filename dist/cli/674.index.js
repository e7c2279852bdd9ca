export const id = 674;
export const ids = [674];
export const modules = {

/***/ 9674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkRegistry: () => (/* binding */ checkRegistry),
  servedText: () => (/* binding */ servedText)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/reference.ts
var reference = __webpack_require__(5378);
;// CONCATENATED MODULE: ./src/core/served-digests.ts
/** Every digest the records name, in record order: the image's, then its platforms'. */
function recordedDigests(records) {
    return records.flatMap((record) => record.images.flatMap((image) => {
        const at = { version: record.version, service: image.service, repository: image.repository };
        return [
            { ...at, digest: image.digest, platform: null },
            ...image.platforms.map((p) => ({ ...at, digest: p.digest, platform: p.platform })),
        ];
    }));
}
/** The key one look-up answers for: a digest in a repository. */
const lookupKey = (d) => `${d.repository}@${d.digest}`;
/** The distinct look-ups of `digests`, first appearance first. */
function distinctLookups(digests) {
    const seen = new Map();
    for (const d of digests)
        if (!seen.has(lookupKey(d)))
            seen.set(lookupKey(d), d);
    return [...seen.values()];
}
/** The verdict, from each look-up's answer (by `lookupKey`). */
function foldServed(digests, answers) {
    const gone = [];
    const notChecked = [];
    for (const d of digests) {
        const answer = answers.get(lookupKey(d)) ?? { error: 'not asked' };
        if ('error' in answer)
            notChecked.push({ ...d, error: answer.error });
        else if (!answer.served)
            gone.push(d);
    }
    return {
        ok: gone.length === 0 && notChecked.length === 0,
        checked: digests.length,
        lookups: answers.size,
        gone,
        notChecked,
    };
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
;// CONCATENATED MODULE: ./src/cli/verify-registry.ts
// `verify --registry`: loaded only with that flag, since it brings the registry client. Asks each
// image's registry, with generate's credentials and time limits, whether every recorded digest
// is still served; progress goes to stderr as each answer arrives.




/**
 * The registry check of the records `verify` read; those it could not read are left out, as its
 * own results name them.
 */
async function checkRegistry(ctx, records) {
    const digests = recordedDigests(records);
    const lookups = distinctLookups(digests);
    if (lookups.length === 0)
        return foldServed(digests, new Map());
    const { io } = ctx;
    if (!io.resolver)
        throw new Error('the CLI was started without a registry client');
    const registries = new Set(lookups.map((d) => d.repository.split('/')[0]));
    io.err(`registry: asking ${registries.size} registr${registries.size === 1 ? 'y' : 'ies'} about ${lookups.length} digest(s) of ${records.length} release(s)\n`);
    const client = await io.resolver((message) => {
        if (io.interactive)
            io.err(`${message}\n`);
    }, (message) => (0,context/* warn */.R8)(ctx, message));
    const answers = new Map();
    let done = 0;
    await Promise.all(lookups.map(async (d) => {
        let answer;
        try {
            const ref = (0,reference/* parseReference */.F2)(`${d.repository}@${d.digest}`, 'record');
            answer = { served: await client.isServed(ref, d.digest) };
        }
        catch (error) {
            answer = { error: (0,errors/* errorMessage */.gJ)(error) };
        }
        answers.set(lookupKey(d), answer);
        done++;
        const outcome = 'error' in answer ? 'not checked' : answer.served ? 'served' : 'GONE';
        io.err(`registry: [${done}/${lookups.length}] ${lookupKey(d)} ${outcome}\n`);
    }));
    return foldServed(digests, answers);
}
const where = (d) => `v${d.version} ${d.service} ${d.repository}@${d.digest}${d.platform !== null ? ` (${d.platform} manifest)` : ''}`;
/** The report as `verify` prints it, after the files' lines. */
function servedText(report) {
    const lines = [
        ...report.gone.map((d) => `GONE  ${where(d)}`),
        ...report.notChecked.map((d) => `NOT CHECKED  ${where(d)}: ${d.error}`),
    ];
    if (report.gone.length > 0) {
        lines.push(`registry: ${report.gone.length} of ${report.checked} recorded digest(s) no longer served`);
    }
    if (report.notChecked.length > 0) {
        lines.push(`registry: ${report.notChecked.length} of ${report.checked} recorded digest(s) could not be checked; that says nothing about whether they are deleted`);
    }
    if (report.ok) {
        lines.push(`registry: all ${report.checked} recorded digest(s) still served`);
    }
    return lines;
}


/***/ })

};
