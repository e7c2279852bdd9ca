export const id = 249;
export const ids = [249];
export const modules = {

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

/***/ 9445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aR: () => (/* binding */ buildAppCompose),
  Dk: () => (/* binding */ composeHash),
  qv: () => (/* binding */ inspectAppCompose),
  lV: () => (/* binding */ parseAppComposeTemplate),
  eO: () => (/* binding */ serializeAppCompose),
  O7: () => (/* binding */ validateAppCompose)
});

// EXTERNAL MODULE: ./src/core/json-parser.ts
var json_parser = __webpack_require__(3921);
;// CONCATENATED MODULE: ./src/core/python-json.ts
/**
 * The layout of Python's
 * `json.dumps(obj, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False)`,
 * which is how Phala Cloud writes dstack app-compose documents (README: dstack: the compose hash).
 *
 * dstack hashes the bytes of the document, so every detail here changes a compose hash.
 */

function hex4(n) {
    return n.toString(16).padStart(4, '0');
}
/**
 * Orders strings by Unicode code point, as Python sorts `str`. JS's default sort compares UTF-16
 * code units, which puts astral characters (surrogate pairs, 0xD800–0xDFFF) before U+E000–U+FFFF.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
/** Moves surrogates above U+E000–U+FFFF, which is where the code points they encode belong. */
function codePointRank(unit) {
    if (unit < 0xd800)
        return unit;
    return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
/**
 * Python's `repr(float)` (which json.dumps uses): the shortest digits that round-trip (the same
 * digits JS picks), in fixed notation when the decimal exponent is in [-4, 16), otherwise
 * `d.ddde±XX` with at least two exponent digits; integral values keep a `.0`.
 */
function pythonFloatRepr(x) {
    if (!Number.isFinite(x))
        throw new Error(`${x} has no JSON representation`);
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const [mantissa = '', exp = '0'] = Math.abs(x).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const e = Number(exp);
    const sign = x < 0 ? '-' : '';
    if (e < -4 || e >= 16) {
        const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
        const expSign = e < 0 ? '-' : '+';
        return `${sign}${digits[0] ?? ''}${frac}e${expSign}${String(Math.abs(e)).padStart(2, '0')}`;
    }
    if (e < 0)
        return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    const intPart = digits.slice(0, e + 1).padEnd(e + 1, '0');
    const fracPart = digits.slice(e + 1);
    return `${sign}${intPart}.${fracPart === '' ? '0' : fracPart}`;
}
/** How Python prints a number that json.loads read from `lexeme`. */
function pythonNumberText(n, path) {
    // Python reads an integer lexeme as an exact int; `-0` becomes 0.
    if (n.isInteger)
        return BigInt(n.lexeme).toString();
    const value = Number(n.lexeme);
    // Python would write `Infinity` here, which is not JSON; refuse instead.
    if (!Number.isFinite(value))
        throw new Error(`${path}: number ${n.lexeme} is out of range for a float`);
    return pythonFloatRepr(value);
}
const ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
};
/** Python's string encoder with ensure_ascii=False: only `"`, `\` and C0 controls are escaped. */
function quote(s, path) {
    if (LONE_SURROGATE.test(s)) {
        throw new Error(`${path}: string contains a lone surrogate (not valid Unicode text)`);
    }
    // eslint-disable-next-line no-control-regex
    return `"${s.replace(/["\\\u0000-\u001f]/g, (c) => ESCAPES[c] ?? `\\u${hex4(c.charCodeAt(0))}`)}"`;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** True when `s` is well-formed UTF-16 (no lone surrogates), i.e. encodable as UTF-8. */
function isWellFormedText(s) {
    return !LONE_SURROGATE.test(s);
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
const INDENT = '    ';
/**
 * Serialises `value` byte-for-byte as Python's
 * `json.dumps(value, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False)`.
 *
 * Accepts null, booleans, strings, {@link JsonNumber} (printed as Python prints the number it
 * denotes, so a Python-written document re-serialises to itself), JS numbers (integers as digits,
 * others as Python's float repr), bigints, arrays and plain objects. Throws, naming the path, on
 * anything else: NaN/Infinity, undefined, functions, class instances, cycles, lone surrogates.
 */
function canonicalJson(value) {
    const out = [];
    write(value, 0, '$', new Set(), out);
    return out.join('');
}
function write(value, level, path, stack, out) {
    switch (typeof value) {
        case 'string':
            out.push(quote(value, path));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'bigint':
            out.push(value.toString());
            return;
        case 'number':
            if (!Number.isFinite(value))
                throw new Error(`${path}: ${value} has no JSON representation`);
            // A JS integer is taken to be a Python int; BigInt avoids `1e+21` for large ones.
            out.push(Number.isInteger(value) ? BigInt(value).toString() : pythonFloatRepr(value));
            return;
        case 'object':
            break;
        default:
            throw new Error(`${path}: a ${typeof value} has no JSON representation`);
    }
    if (value === null) {
        out.push('null');
        return;
    }
    if (value instanceof json_parser/* JsonNumber */.WP) {
        out.push(pythonNumberText(value, path));
        return;
    }
    if (stack.has(value))
        throw new Error(`${path}: circular reference`);
    if (level >= json_parser/* MAX_JSON_DEPTH */.KX)
        throw new Error(`${path}: nesting deeper than ${json_parser/* MAX_JSON_DEPTH */.KX} levels`);
    const inner = `\n${INDENT.repeat(level + 1)}`;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            out.push('[]');
            return;
        }
        stack.add(value);
        out.push('[');
        for (let i = 0; i < value.length; i++) {
            if (!(i in value))
                throw new Error(`${path}[${i}]: a sparse array hole has no JSON representation`);
            out.push(i === 0 ? inner : `,${inner}`);
            write(value[i], level + 1, `${path}[${i}]`, stack, out);
        }
        out.push(`\n${INDENT.repeat(level)}]`);
        stack.delete(value);
        return;
    }
    if (!isPlainObject(value)) {
        const kind = value.constructor?.name ?? 'object';
        throw new Error(`${path}: a ${kind} has no JSON representation`);
    }
    const keys = Object.keys(value).sort(compareCodePoints);
    if (keys.length === 0) {
        out.push('{}');
        return;
    }
    stack.add(value);
    out.push('{');
    keys.forEach((key, i) => {
        const child = `${path}.${key}`;
        out.push(i === 0 ? inner : `,${inner}`, quote(key, child), ':');
        write(value[key], level + 1, child, stack, out);
    });
    out.push(`\n${INDENT.repeat(level)}}`);
    stack.delete(value);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __webpack_require__(4101);
;// CONCATENATED MODULE: ./src/core/app-compose.ts
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
    return canonicalJson(document);
}
/** SHA-256 (lowercase hex) of the exact bytes; strings are hashed as UTF-8. */
function composeHash(bytes) {
    if (typeof bytes === 'string' && !isWellFormedText(bytes)) {
        throw new Error('cannot hash text with a lone surrogate: it has no UTF-8 encoding');
    }
    return (0,hash/* sha256Hex */.f)(bytes);
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
        value = (0,json_parser/* parseJsonPreservingNumbers */.zD)(text);
    }
    catch (error) {
        return { hash, canonical: false, error: `not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    let canonical = false;
    try {
        canonical = sameBytes(new TextEncoder().encode(canonicalJson(value)), bytes);
    }
    catch {
        // A value the layout cannot express (e.g. a float out of range) is not canonical.
    }
    if (!(0,values/* isRecord */.u4)(value))
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
function parseAppComposeTemplate(text, input = 'app-compose-template', file) {
    const named = file === undefined ? '' : `${file} is `;
    let value;
    try {
        value = (0,json_parser/* parseJsonPreservingNumbers */.zD)(text);
    }
    catch (error) {
        const detail = error instanceof json_parser/* JsonSyntaxError */.q3 ? error.message : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz(input, `${named}not valid JSON: ${detail}`);
    }
    if (!(0,values/* isRecord */.u4)(value)) {
        const subject = file === undefined ? '' : `${file} `;
        throw new errors/* InputError */.dz(input, `${subject}must be a JSON object, not ${(0,values/* kindOf */.I)(value)}`);
    }
    for (const key of ENV_VALUE_KEYS) {
        if (Object.hasOwn(value, key)) {
            throw new errors/* InputError */.dz(input, `"${key}" would publish environment values in the hashed app-compose document; ` +
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
        throw new errors/* InputError */.dz(input, message);
    };
    if (!(0,values/* isRecord */.u4)(document))
        return fail(`must be a JSON object, not ${(0,values/* describeValue */.bp)(document)}`);
    const has = (key) => Object.hasOwn(document, key);
    const doc = { has, get: (key) => (has(key) ? document[key] : undefined), fail };
    const manifestVersion = checkManifestVersion(doc.get('manifest_version'), has('manifest_version'), fail);
    if (has('name') || !isTemplate) {
        if (!has('name'))
            fail('name is missing (dstack requires the app name)');
        if (typeof doc.get('name') !== 'string')
            fail(`name must be a string, not ${(0,values/* describeValue */.bp)(doc.get('name'))}`);
    }
    checkRunner(doc, manifestVersion, isTemplate);
    for (const key of BOOLEAN_FIELDS) {
        if (has(key) && typeof doc.get(key) !== 'boolean') {
            fail(`${key} must be true or false, not ${(0,values/* describeValue */.bp)(doc.get(key))}`);
        }
    }
    checkLists(doc);
    const keyProvider = doc.get('key_provider');
    if (keyProvider !== undefined && keyProvider !== null) {
        if (typeof keyProvider !== 'string' || !KEY_PROVIDERS.includes(keyProvider)) {
            fail(`key_provider ${(0,values/* describeValue */.bp)(keyProvider)} is not one of ${KEY_PROVIDERS.map((k) => `"${k}"`).join(', ')}`);
        }
    }
    if (has('key_provider_id') && typeof doc.get('key_provider_id') !== 'string') {
        fail(`key_provider_id must be a hex string, not ${(0,values/* describeValue */.bp)(doc.get('key_provider_id'))}`);
    }
}
/** The runner, and what it needs: a snapshotter only for nerdctl, a compose file or a script. */
function checkRunner(doc, manifestVersion, isTemplate) {
    const runner = doc.get('runner');
    if (!doc.has('runner')) {
        doc.fail(`runner is missing; dstack requires one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`);
    }
    if (typeof runner !== 'string' || !RUNNERS.includes(runner)) {
        doc.fail(`runner ${(0,values/* describeValue */.bp)(runner)} is not supported by dstack; use one of ${RUNNERS.map((r) => `"${r}"`).join(', ')}`);
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
            doc.fail(`snapshotter ${(0,values/* describeValue */.bp)(snapshotter)} is not one of ${SNAPSHOTTERS.map((s) => `"${s}"`).join(', ')}`);
        }
    }
    // The template's docker_compose_file is replaced by the pinned compose text, so only check it
    // in a finished document.
    if (!isTemplate) {
        const compose = doc.get('docker_compose_file');
        if (COMPOSE_RUNNERS.includes(runner) && typeof compose !== 'string') {
            doc.fail(`docker_compose_file must be a string for runner "${runner}", not ${(0,values/* describeValue */.bp)(compose)}`);
        }
        if (compose !== undefined && compose !== null && typeof compose !== 'string') {
            doc.fail(`docker_compose_file must be a string, not ${(0,values/* describeValue */.bp)(compose)}`);
        }
    }
    if (runner === 'bash' && typeof doc.get('bash_script') !== 'string') {
        doc.fail(`bash_script must be a string for runner "bash", not ${(0,values/* describeValue */.bp)(doc.get('bash_script'))}`);
    }
}
/** `allowed_envs` (names dstack accepts) and `features` (strings), when present. */
function checkLists(doc) {
    if (doc.has('allowed_envs')) {
        const envs = doc.get('allowed_envs');
        if (!Array.isArray(envs))
            doc.fail(`allowed_envs must be an array of variable names, not ${(0,values/* describeValue */.bp)(envs)}`);
        envs.forEach((name, i) => {
            if (typeof name !== 'string')
                doc.fail(`allowed_envs[${i}] must be a string, not ${(0,values/* describeValue */.bp)(name)}`);
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
            doc.fail(`features must be an array of strings, not ${(0,values/* describeValue */.bp)(features)}`);
        features.forEach((feature, i) => {
            if (typeof feature !== 'string')
                doc.fail(`features[${i}] must be a string, not ${(0,values/* describeValue */.bp)(feature)}`);
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
    if (value instanceof json_parser/* JsonNumber */.WP || typeof value === 'number') {
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
    return fail(`manifest_version ${rule}, not ${(0,values/* describeValue */.bp)(value)}`);
}


/***/ }),

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex),
/* harmony export */   q: () => (/* binding */ sha384)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** SHA-256 of the exact bytes of the parts, concatenated (strings as UTF-8), lowercase hex. */
function sha256Hex(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of parts)
        hash.update(part);
    return hash.digest('hex');
}
/** SHA-384 of the parts, concatenated: the hash TDX measurement registers extend with. */
function sha384(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha384');
    for (const part of parts)
        hash.update(part);
    return hash.digest();
}


/***/ }),

/***/ 3921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ jsonSyntaxProblem),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   WP: () => (/* binding */ JsonNumber),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   zD: () => (/* binding */ parseJsonPreservingNumbers)
/* harmony export */ });
/* harmony import */ var _text_position_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6426);
/**
 * A strict JSON parser that keeps what the Python layout (python-json.ts) needs to round-trip a
 * document: whether a number was an integer or a float, and integers beyond 2^53 exactly. Its
 * errors say where the text went wrong, never what it holds: the text may be any file a user
 * names, and a message must not quote it.
 */

/**
 * A number as written in JSON text. Kept as text because a JS number cannot tell `1` from `1.0`
 * (Python prints them differently) and rounds integers beyond 2^53.
 */
class JsonNumber {
    lexeme;
    constructor(lexeme) {
        this.lexeme = lexeme;
        if (!NUMBER_LEXEME.test(lexeme))
            throw new Error('not a JSON number');
    }
    /** True when Python's json module reads it as an int (no fraction, no exponent). */
    get isInteger() {
        return INTEGER_LEXEME.test(this.lexeme);
    }
    valueOf() {
        return Number(this.lexeme);
    }
    toString() {
        return this.lexeme;
    }
    /**
     * For JSON.stringify, which only diagnostics and displays use: the number's value. The exact
     * text is what the canonical serializer writes, from `lexeme`.
     */
    toJSON() {
        return Number(this.lexeme);
    }
}
const NUMBER_LEXEME = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const INTEGER_LEXEME = /^-?(?:0|[1-9]\d*)$/;
/** Invalid JSON text, with where it went wrong (0-based offset, 1-based line and column). */
class JsonSyntaxError extends Error {
    reason;
    position;
    line;
    column;
    name = 'JsonSyntaxError';
    constructor(reason, position, line, column) {
        super(`${reason} at line ${line} column ${column} (char ${position})`);
        this.reason = reason;
        this.position = position;
        this.line = line;
        this.column = column;
    }
}
/** Deeper than Python's own recursion limit lets json.dumps go; also keeps our stack safe. */
const MAX_JSON_DEPTH = 512;
/**
 * Parses strict JSON (RFC 8259): no comments, no trailing commas, no NaN/Infinity, no BOM.
 * Numbers become {@link JsonNumber}; objects are plain objects (`__proto__` is an ordinary key).
 *
 * Refused as well, because they would make the document mean different things to different
 * readers: duplicate keys in one object (Python keeps the last, serde refuses a duplicate
 * field) and lone surrogates in strings (not encodable as UTF-8, so not hashable as text).
 */
function parseJsonPreservingNumbers(text) {
    return new Parser(text).parseDocument();
}
/**
 * Where `text`, which JSON.parse refused, goes wrong, as "<reason> at line L column C (char N)":
 * for messages that must not quote the text, as JSON.parse's own do.
 */
function jsonSyntaxProblem(text) {
    try {
        parseJsonPreservingNumbers(text);
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            return error.message;
    }
    return 'not valid JSON';
}
class Parser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    parseDocument() {
        if (this.text.charCodeAt(0) === 0xfeff) {
            this.fail('unexpected byte order mark (save the file as UTF-8 without BOM)');
        }
        this.skipWhitespace();
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.pos < this.text.length)
            this.fail('unexpected data after the JSON value');
        return value;
    }
    fail(reason, at = this.pos) {
        const { line, column } = (0,_text_position_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t)(this.text, at);
        throw new JsonSyntaxError(reason, at, line, column);
    }
    skipWhitespace() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t.charCodeAt(this.pos);
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
                break;
            this.pos++;
        }
    }
    /** What is at `at`, without quoting it: the text may be a secret a symlink points at. */
    describe(at) {
        return at >= this.text.length ? 'unexpected end of input' : 'unexpected character';
    }
    parseValue(depth) {
        const t = this.text;
        const c = t[this.pos];
        switch (c) {
            case '{':
                return this.parseObject(depth + 1);
            case '[':
                return this.parseArray(depth + 1);
            case '"':
                return this.parseString();
            case 't':
                return this.parseLiteral('true', true);
            case 'f':
                return this.parseLiteral('false', false);
            case 'n':
                return this.parseLiteral('null', null);
            default:
                if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
                    return this.parseNumber();
                return this.fail(`${this.describe(this.pos)}, expected a JSON value`);
        }
    }
    parseLiteral(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail(`${this.describe(this.pos)}, expected a JSON value`);
        this.pos += word.length;
        return value;
    }
    parseNumber() {
        const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        match.lastIndex = this.pos;
        const m = match.exec(this.text);
        if (!m || m[0] === '-')
            this.fail('invalid number');
        const end = this.pos + m[0].length;
        // `01`, `1.`, `1e` or `1.5x`: the regex stopped early at something a number cannot contain.
        const next = this.text[end];
        if (next !== undefined && /[0-9.eE+-]/.test(next))
            this.fail('invalid number', this.pos);
        this.pos = end;
        return new JsonNumber(m[0]);
    }
    parseString() {
        const t = this.text;
        const start = this.pos;
        this.pos++; // opening quote
        let out = '';
        let chunk = this.pos;
        for (;;) {
            if (this.pos >= t.length)
                this.fail('unterminated string', start);
            const c = t.charCodeAt(this.pos);
            if (c === 0x22) {
                out += t.slice(chunk, this.pos);
                this.pos++;
                break;
            }
            if (c < 0x20)
                this.fail('invalid control character in string');
            if (c >= 0xd800 && c <= 0xdfff) {
                const next = t.charCodeAt(this.pos + 1);
                if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                    this.pos += 2;
                    continue;
                }
                this.fail('lone surrogate in string (not valid Unicode text)');
            }
            if (c !== 0x5c) {
                this.pos++;
                continue;
            }
            out += t.slice(chunk, this.pos);
            const escapeAt = this.pos;
            const e = t[this.pos + 1];
            this.pos += 2;
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    const unit = this.readHex4(escapeAt);
                    if (unit >= 0xd800 && unit <= 0xdbff) {
                        // A high surrogate must be followed by an escaped low one: together one code point.
                        if (t[this.pos] === '\\' && t[this.pos + 1] === 'u') {
                            const lowAt = this.pos;
                            this.pos += 2;
                            const low = this.readHex4(lowAt);
                            if (low >= 0xdc00 && low <= 0xdfff) {
                                out += String.fromCharCode(unit, low);
                                break;
                            }
                        }
                        this.fail('lone surrogate escape in string (not valid Unicode text)', escapeAt);
                    }
                    if (unit >= 0xdc00 && unit <= 0xdfff) {
                        this.fail('lone surrogate escape in string (not valid Unicode text)', escapeAt);
                    }
                    out += String.fromCharCode(unit);
                    break;
                }
                default:
                    this.fail('invalid escape in string', escapeAt);
            }
            chunk = this.pos;
        }
        return out;
    }
    readHex4(escapeAt) {
        const digits = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(digits))
            this.fail('invalid \\u escape in string', escapeAt);
        this.pos += 4;
        return parseInt(digits, 16);
    }
    parseArray(depth) {
        if (depth > MAX_JSON_DEPTH)
            this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
        this.pos++; // [
        const items = [];
        this.skipWhitespace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return items;
        }
        for (;;) {
            this.skipWhitespace();
            items.push(this.parseValue(depth));
            this.skipWhitespace();
            const c = this.text[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === ']') {
                this.pos++;
                return items;
            }
            this.fail(`${this.describe(this.pos)}, expected ',' or ']'`);
        }
    }
    parseObject(depth) {
        if (depth > MAX_JSON_DEPTH)
            this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
        this.pos++; // {
        const object = {};
        const seen = new Set();
        this.skipWhitespace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return object;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.pos] !== '"') {
                this.fail(`${this.describe(this.pos)}, expected a property name in double quotes`);
            }
            const keyAt = this.pos;
            const key = this.parseString();
            if (seen.has(key))
                this.fail('duplicate key in an object', keyAt);
            seen.add(key);
            this.skipWhitespace();
            if (this.text[this.pos] !== ':')
                this.fail(`${this.describe(this.pos)}, expected ':'`);
            this.pos++;
            this.skipWhitespace();
            // defineProperty, not assignment: a key named `__proto__` must stay an ordinary key.
            Object.defineProperty(object, key, {
                value: this.parseValue(depth),
                enumerable: true,
                writable: true,
                configurable: true,
            });
            this.skipWhitespace();
            const c = this.text[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === '}') {
                this.pos++;
                return object;
            }
            this.fail(`${this.describe(this.pos)}, expected ',' or '}'`);
        }
    }
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

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ positionAt)
/* harmony export */ });
function positionAt(text, offset) {
    const at = Math.max(0, Math.min(offset, text.length));
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: at - lineStart + 1 };
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _json_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3921);

/** A parsed JSON object: not null, not an array, not a number kept as its lexeme. */
function isRecord(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof _json_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP));
}
/**
 * What a parsed value is, for error messages: its text when short, else its kind. With `yaml` it
 * speaks as compose files are written: mappings, sequences, and an empty value as nothing.
 */
function describeValue(value, vocabulary = 'json') {
    const yaml = vocabulary === 'yaml';
    if (value === undefined)
        return yaml ? 'nothing' : 'missing';
    if (value === null)
        return yaml ? 'nothing' : 'null';
    if (Array.isArray(value))
        return yaml ? 'a sequence' : 'an array';
    if (value instanceof Map)
        return 'a mapping';
    if (value instanceof _json_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
        return `the number ${value.lexeme}`;
    if (yaml)
        return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
    switch (typeof value) {
        case 'string':
            return value.length <= 80 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 80))}…`;
        case 'number':
        case 'boolean':
            return String(value);
        case 'object':
            return 'an object';
        default:
            return `a ${typeof value}`;
    }
}
/**
 * What a parsed JSON value is, without a byte of it: for messages about files that may hold
 * anything (a metadata path, or a symlink, may lead to a secret).
 */
function kindOf(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof _json_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP || typeof value === 'number')
        return 'a number';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}


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
