export const id = 203;
export const ids = [203];
export const modules = {

/***/ 7203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_app_compose_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9813);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _workspace_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6234);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5217);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2170);






/**
 * The compose hash of an app-compose file: sha256 of its exact bytes, and whether they are in the
 * canonical layout. A file that is not a JSON document (a compose YAML given by mistake) is
 * refused: printing a hash for it would present it as something dstack could measure.
 */
async function run(ctx) {
    const file = ctx.args[0] ?? '';
    const bytes = await (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputFile */ .jH)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.io.cwd, file), file);
    const { hash, canonical, error } = (0,_core_app_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectAppCompose */ .qv)(bytes);
    if (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, `${error}: an app-compose file is a JSON object (its compose hash is sha256 of those bytes)`);
    }
    (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .print */ .yy)(ctx, { file, compose_hash: hash, canonical }, () => (0,_table_js__WEBPACK_IMPORTED_MODULE_5__/* .fields */ .O)([
        ['file', file],
        ['compose hash', hash],
        [
            'layout',
            canonical
                ? 'canonical (sorted keys, 4-space indent, as Phala Cloud writes it)'
                : 'not canonical — the hash is of these exact bytes',
        ],
    ]));
    return 0;
}


/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/** Prints the JSON document with `--json`, else the text. */
function print(ctx, json, text) {
    ctx.io.out(ctx.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}
function warn(ctx, message) {
    ctx.io.err(`warning: ${message}\n`);
}
/** A string option's value, undefined when not given. */
function stringOption(ctx, name) {
    const value = ctx.options[name];
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fields),
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/** Left-aligned columns separated by two spaces; trailing spaces trimmed. */
function table(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
    return all
        .map((row) => row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/** `key  value` lines with the keys padded to one width. */
function fields(pairs) {
    const width = Math.max(...pairs.map(([k]) => k.length));
    return pairs.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}


/***/ }),

/***/ 9813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ composeHash),
/* harmony export */   O7: () => (/* binding */ validateAppCompose),
/* harmony export */   aR: () => (/* binding */ buildAppCompose),
/* harmony export */   eO: () => (/* binding */ serializeAppCompose),
/* harmony export */   lV: () => (/* binding */ parseAppComposeTemplate),
/* harmony export */   qv: () => (/* binding */ inspectAppCompose)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(484);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(299);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4101);
/**
 * The dstack app-compose document (README: dstack: the compose hash): built from a template or defaults, checked for what
 * would make dstack refuse it, and written in the canonical layout whose SHA-256 is the compose
 * hash a dstack CVM measures into RTMR3.
 *
 * What dstack accepts follows Dstack-TEE/dstack: the `AppCompose` serde struct in
 * dstack-types/src/lib.rs (required `manifest_version`, `name`, `runner`; unknown keys ignored),
 * the runner dispatch in os/common/rootfs/app-compose.sh (`docker-compose`, `nerdctl-compose`,
 * `bash`), the manifest checks in dstack-util/src/system_setup.rs, and the env-name rule in
 * dstack-util/src/parse_env_file.rs.
 */




/**
 * The document to hash. With a template: the template's keys, `docker_compose_file` set to the
 * compose text, `name` set from `appName` or else kept, or else `defaultName`; no other key is
 * added (every key is hashed, so an added default would change the compose hash the user
 * expects). Without one: the defaults the README lists, as Phala Cloud writes them.
 */
function buildAppCompose(options) {
    const { template, composeText, defaultName } = options;
    const appName = options.appName === '' ? undefined : options.appName;
    if (template === undefined) {
        return {
            manifest_version: 2,
            name: appName ?? defaultName,
            runner: 'docker-compose',
            docker_compose_file: composeText,
            kms_enabled: true,
            gateway_enabled: true,
            public_logs: true,
            public_sysinfo: true,
            public_tcbinfo: true,
            local_key_provider_enabled: false,
            key_provider_id: '',
            allowed_envs: [],
            no_instance_id: false,
            secure_time: false,
        };
    }
    // A shallow copy: nested values are not modified, and spread keeps a `__proto__` key as data.
    const document = { ...template };
    setOwn(document, 'docker_compose_file', composeText);
    if (appName !== undefined)
        setOwn(document, 'name', appName);
    else if (!Object.hasOwn(template, 'name'))
        setOwn(document, 'name', defaultName);
    return document;
}
function setOwn(object, key, value) {
    Object.defineProperty(object, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
    });
}
/** The canonical bytes (as text) of an app-compose document: what is written, uploaded, hashed. */
function serializeAppCompose(document) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(document);
}
/** SHA-256 (lowercase hex) of the exact bytes; strings are hashed as UTF-8. */
function composeHash(bytes) {
    if (typeof bytes === 'string' && !(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isWellFormedText */ .ZC)(bytes)) {
        throw new Error('cannot hash text with a lone surrogate: it has no UTF-8 encoding');
    }
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)(bytes);
}
/** Hash and layout of any app-compose file, valid or not; never throws for bad content. */
function inspectAppCompose(bytes) {
    const hash = composeHash(bytes);
    let text;
    try {
        // ignoreBOM keeps a BOM in the text, so the parser reports it instead of hiding it.
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return { hash, canonical: false, error: 'not valid UTF-8' };
    }
    let value;
    try {
        value = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonPreservingNumbers */ .zD)(text);
    }
    catch (error) {
        return { hash, canonical: false, error: `not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}` };
    }
    let canonical = false;
    try {
        canonical = sameBytes(new TextEncoder().encode((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value)), bytes);
    }
    catch {
        // A value the layout cannot express (e.g. a float out of range) is not canonical.
    }
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(value))
        return { hash, canonical, error: 'not a JSON object' };
    return { hash, canonical, document: value };
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * Top-level keys that would carry environment values. dstack has no such field (values travel
 * encrypted, outside the document, and only names listed in `allowed_envs` are let through); the
 * document is public and hashed, so a template holding them is refused rather than published.
 */
const ENV_VALUE_KEYS = ['env', 'environment', 'envs', 'env_vars', 'encrypted_env'];
/**
 * Parses and checks an app-compose template. The template may leave out `name` and
 * `docker_compose_file` (the builder fills them); everything else dstack needs must be there,
 * because nothing else is added.
 */
function parseAppComposeTemplate(text, input = 'app-compose-template') {
    let value;
    try {
        value = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonPreservingNumbers */ .zD)(text);
    }
    catch (error) {
        const detail = error instanceof _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonSyntaxError */ .q3 ? error.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `not valid JSON: ${detail}`);
    }
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `must be a JSON object, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(value)}`);
    for (const key of ENV_VALUE_KEYS) {
        if (Object.hasOwn(value, key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${key}" would publish environment values in the hashed app-compose document; ` +
                'list the variable names in allowed_envs and pass the values as dstack encrypted env');
        }
    }
    checkAppCompose(value, input, true);
    return value;
}
/**
 * Throws an InputError naming the field for what would make dstack refuse the document, and for
 * nothing else: unknown, legacy and null-valued fields (`bash_script: null`, `docker_config`,
 * `features`, `tproxy_enabled`, `salt`, `pre_launch_script`, …) pass as they are.
 */
function validateAppCompose(document, input = 'app-compose-template') {
    checkAppCompose(document, input, false);
}
const RUNNERS = ['docker-compose', 'nerdctl-compose', 'bash'];
const COMPOSE_RUNNERS = ['docker-compose', 'nerdctl-compose'];
const SNAPSHOTTERS = ['overlayfs', 'stargz'];
const KEY_PROVIDERS = ['none', 'kms', 'local', 'tpm'];
/** Plain serde `bool` fields (with a default when absent, but `null` is refused). */
const BOOLEAN_FIELDS = [
    'kms_enabled',
    'gateway_enabled',
    'tproxy_enabled',
    'public_logs',
    'public_sysinfo',
    'public_tcbinfo',
    'local_key_provider_enabled',
    'no_instance_id',
    'secure_time',
];
/** The key rule dstack applies to decrypted env names (parse_env_file.rs), and its length cap. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_ENV_NAME_BYTES = 255;
function checkAppCompose(document, input, isTemplate) {
    const fail = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, message);
    };
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(document))
        return fail(`must be a JSON object, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(document)}`);
    const has = (key) => Object.hasOwn(document, key);
    const doc = { has, get: (key) => (has(key) ? document[key] : undefined), fail };
    const manifestVersion = checkManifestVersion(doc.get('manifest_version'), has('manifest_version'), fail);
    if (has('name') || !isTemplate) {
        if (!has('name'))
            fail('name is missing (dstack requires the app name)');
        if (typeof doc.get('name') !== 'string')
            fail(`name must be a string, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(doc.get('name'))}`);
    }
    checkRunner(doc, manifestVersion, isTemplate);
    for (const key of BOOLEAN_FIELDS) {
        if (has(key) && typeof doc.get(key) !== 'boolean') {
            fail(`${key} must be true or false, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(doc.get(key))}`);
        }
    }
    checkLists(doc);
    const keyProvider = doc.get('key_provider');
    if (keyProvider !== undefined && keyProvider !== null) {
        if (typeof keyProvider !== 'string' || !KEY_PROVIDERS.includes(keyProvider)) {
            fail(`key_provider ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(keyProvider)} is not one of ${KEY_PROVIDERS.map((k) => `"${k}"`).join(', ')}`);
        }
    }
    if (has('key_provider_id') && typeof doc.get('key_provider_id') !== 'string') {
        fail(`key_provider_id must be a hex string, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(doc.get('key_provider_id'))}`);
    }
}
/** The runner, and what it needs: a snapshotter only for nerdctl, a compose file or a script. */
function checkRunner(doc, manifestVersion, isTemplate) {
    const runner = doc.get('runner');
    if (!doc.has('runner')) {
        doc.fail(`runner is missing; dstack requires one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`);
    }
    if (typeof runner !== 'string' || !RUNNERS.includes(runner)) {
        doc.fail(`runner ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(runner)} is not supported by dstack; use one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`);
    }
    if (runner === 'nerdctl-compose' && manifestVersion < 3) {
        doc.fail('runner "nerdctl-compose" requires manifest_version "3" or later (as a string)');
    }
    // app-compose.sh refuses the key itself (even null) for other runners; nerdctl reads null as
    // the default snapshotter.
    if (doc.has('snapshotter') && runner !== 'nerdctl-compose') {
        doc.fail('snapshotter is only supported by the "nerdctl-compose" runner');
    }
    const snapshotter = doc.get('snapshotter');
    if (snapshotter !== undefined && snapshotter !== null) {
        if (typeof snapshotter !== 'string' || !SNAPSHOTTERS.includes(snapshotter)) {
            doc.fail(`snapshotter ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(snapshotter)} is not one of ${SNAPSHOTTERS.map((s) => `"${s}"`).join(', ')}`);
        }
    }
    // The template's docker_compose_file is replaced by the pinned compose text, so only check it
    // in a finished document.
    if (!isTemplate) {
        const compose = doc.get('docker_compose_file');
        if (COMPOSE_RUNNERS.includes(runner) && typeof compose !== 'string') {
            doc.fail(`docker_compose_file must be a string for runner "${runner}", not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(compose)}`);
        }
        if (compose !== undefined && compose !== null && typeof compose !== 'string') {
            doc.fail(`docker_compose_file must be a string, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(compose)}`);
        }
    }
    if (runner === 'bash' && typeof doc.get('bash_script') !== 'string') {
        doc.fail(`bash_script must be a string for runner "bash", not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(doc.get('bash_script'))}`);
    }
}
/** `allowed_envs` (names dstack accepts) and `features` (strings), when present. */
function checkLists(doc) {
    if (doc.has('allowed_envs')) {
        const envs = doc.get('allowed_envs');
        if (!Array.isArray(envs))
            doc.fail(`allowed_envs must be an array of variable names, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(envs)}`);
        envs.forEach((name, i) => {
            if (typeof name !== 'string')
                doc.fail(`allowed_envs[${i}] must be a string, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(name)}`);
            if (!ENV_NAME.test(name)) {
                doc.fail(`allowed_envs[${i}] ${JSON.stringify(name)} is not a valid environment variable name`);
            }
            // The pattern admits ASCII only, so characters are bytes.
            if (name.length > MAX_ENV_NAME_BYTES) {
                doc.fail(`allowed_envs[${i}] is longer than ${MAX_ENV_NAME_BYTES} characters`);
            }
        });
    }
    if (doc.has('features')) {
        const features = doc.get('features');
        if (!Array.isArray(features))
            doc.fail(`features must be an array of strings, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(features)}`);
        features.forEach((feature, i) => {
            if (typeof feature !== 'string')
                doc.fail(`features[${i}] must be a string, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(feature)}`);
        });
    }
}
/**
 * dstack reads `manifest_version` as the legacy numbers 1 or 2, or a canonical positive integer
 * string ("3"); newer versions must be strings so that older guests refuse them.
 * Returns the version as a number.
 */
function checkManifestVersion(value, present, fail) {
    const rule = 'must be 1 or 2, or a positive integer string such as "3"';
    if (!present)
        return fail(`manifest_version is missing (dstack requires it; use 2)`);
    if (value instanceof _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP || typeof value === 'number') {
        const text = String(value);
        if ((text === '1' || text === '2') && (typeof value === 'number' || value.isInteger)) {
            return Number(text);
        }
        return fail(`manifest_version ${text} ${rule}`);
    }
    if (typeof value === 'string') {
        const trimmed = value.trim();
        if (/^[1-9]\d*$/.test(trimmed) && Number(trimmed) <= 0xffffffff)
            return Number(trimmed);
        return fail(`manifest_version ${JSON.stringify(value)} ${rule}`);
    }
    return fail(`manifest_version ${rule}, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .b)(value)}`);
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ MAX_INPUT_BYTES)
/* harmony export */ });
/**
 * Inputs (compose files, metadata, templates) are small text files: anything bigger is refused
 * rather than read or parsed, so a hostile input cannot exhaust the runner.
 */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;


/***/ }),

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ checkInputSize),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   jH: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6419);



/** Reads a user-supplied file, refusing a missing, non-regular or oversized one with an error naming `input`. */
async function readInputFile(path, input) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!info.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${path} is not a regular file`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `cannot read ${path}: file not found`);
    }
    if (size > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_INPUT_BYTES */ .s) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${path} is ${size} bytes; inputs over ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_INPUT_BYTES */ .s} bytes are refused`);
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
}
/** Refuses an oversized inline value the same way as a file. */
function checkInputSize(text, input) {
    if (Buffer.byteLength(text) > _core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_INPUT_BYTES */ .s) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `value is over ${_core_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_INPUT_BYTES */ .s} bytes; refused`);
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes a file's bytes as UTF-8, refusing invalid sequences instead of replacing them. */
function decodeUtf8(bytes, input, path) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${path} is not valid UTF-8 text`);
    }
}


/***/ })

};
