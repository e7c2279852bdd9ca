export const id = 346;
export const ids = [346];
export const modules = {

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex),
/* harmony export */   q: () => (/* binding */ sha384)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** SHA-256 of the exact bytes (strings as UTF-8), lowercase hex. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
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
    /** For display with JSON.stringify (which cannot emit raw number text on Node 20). */
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

/***/ 5378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ registryDomain),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   ct: () => (/* binding */ pinnedReference),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export normalizeRepository */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Image references as Docker parses them (github.com/distribution/reference):
 * `[domain/]path[:tag][@digest]`, normalised the way `docker pull` does, so that `nginx`,
 * `docker.io/library/nginx` and `index.docker.io/library/nginx:1.27` all name one repository.
 * Only `sha256:` digests are accepted: a pin must be something the release record can verify.
 */

const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's other names; `docker pull` treats them as `docker.io`. */
const HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);
const OFFICIAL_PREFIX = 'library/';
/** distribution/reference NameTotalLengthMax, checked on the normalised name as Docker does. */
const NAME_MAX = 255;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Anything shaped like `algorithm:hex`, so a wrong digest gets a precise message. */
const DIGEST_LIKE = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9A-Za-z]*)$/;
/** A bare image ID; Docker refuses it as a name because it is ambiguous with a digest. */
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG = /^\w[\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
/** A registry host as Docker names it: Docker Hub's other names (`index.docker.io`…) are `docker.io`. */
function registryDomain(host) {
    return HUB_ALIASES.has(host) ? DEFAULT_DOMAIN : host;
}
/** Whether `tag` is a tag Docker accepts: letters, digits, `_`, `.` and `-`, at most 128, not starting with `.` or `-`. */
function isValidTag(tag) {
    return TAG.test(tag);
}
/** `sha256:` followed by exactly 64 lowercase hex characters. */
function isSha256Digest(s) {
    return SHA256_DIGEST.test(s);
}
/** Parses `[domain/]path[:tag][@digest]`; errors name `input` and quote the offending part. */
function parseReference(text, input = 'images') {
    const original = text.trim();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `invalid image reference "${original}": ${why}`);
    };
    if (original === '')
        fail('the reference is empty');
    const space = /\s/.exec(original);
    if (space)
        fail(`whitespace is not allowed (at position ${space.index + 1})`);
    if (IDENTIFIER.test(original)) {
        fail('a bare 64-character hex string is an image ID, not a repository name');
    }
    let rest = original;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        checkDigest(digest, fail);
    }
    let tag;
    // The tag colon is the one after the last `/`; an earlier colon belongs to a registry port.
    const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (tag === '')
            fail('empty tag after ":"');
        if (!TAG.test(tag)) {
            fail(`tag "${tag}" is invalid: it must start with a letter, digit or "_" and contain only ` +
                'letters, digits, "_", "." and "-" (at most 128 characters)');
        }
    }
    const name = rest;
    if (name === '')
        fail('the repository name is empty');
    const { domain: writtenDomain, remote } = splitDomain(name);
    if (writtenDomain !== undefined && !DOMAIN.test(writtenDomain)) {
        fail(`registry host "${writtenDomain}" is not a valid host[:port]`);
    }
    if (remote !== remote.toLowerCase()) {
        fail(`repository name must be lowercase ("${remote}")`);
    }
    for (const component of remote.split('/')) {
        if (component === '')
            fail(`empty path component in "${remote}"`);
        if (!PATH_COMPONENT.test(component)) {
            fail(`path component "${component}" is invalid: use lowercase letters and digits, ` +
                'joined by ".", "_", "__" or "-"');
        }
    }
    const domain = writtenDomain === undefined ? DEFAULT_DOMAIN : registryDomain(writtenDomain);
    const path = domain === DEFAULT_DOMAIN && !remote.includes('/') ? OFFICIAL_PREFIX + remote : remote;
    const repository = `${domain}/${path}`;
    if (repository.length > NAME_MAX) {
        fail(`repository name is ${repository.length} characters long; at most ${NAME_MAX} allowed`);
    }
    return {
        original,
        domain,
        path,
        repository,
        name,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/**
 * The first component is a registry only when it looks like a host (a `.` or `:`), is
 * `localhost`, or has uppercase letters (a repository may not, so Docker reads it as a host).
 */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return { remote: name };
    const first = name.slice(0, slash);
    if (first === 'localhost' || /[.:]/.test(first) || first !== first.toLowerCase()) {
        return { domain: first, remote: name.slice(slash + 1) };
    }
    return { remote: name };
}
function checkDigest(digest, fail) {
    if (SHA256_DIGEST.test(digest))
        return;
    const expected = 'expected sha256: followed by 64 lowercase hex characters';
    const shaped = DIGEST_LIKE.exec(digest);
    if (!shaped)
        fail(`digest "${digest}" is malformed; ${expected}`);
    const algorithm = shaped?.[1] ?? '';
    const hex = shaped?.[2] ?? '';
    if (algorithm !== 'sha256') {
        fail(`digest algorithm "${algorithm}" in "${digest}" is not supported; ${expected}`);
    }
    if (/[A-F]/.test(hex) && /^[0-9a-fA-F]+$/.test(hex)) {
        fail(`digest "${digest}" has uppercase hex; ${expected}`);
    }
    if (!/^[0-9a-f]*$/.test(hex))
        fail(`digest "${digest}" has non-hex characters; ${expected}`);
    fail(`digest "${digest}" has ${hex.length} hex characters; ${expected}`);
}
/** The normalised `domain/path` of a name, with or without tag or digest. */
function normalizeRepository(name, input = 'images') {
    return parseReference(name, input).repository;
}
/** The same image under `tag` and without a digest: what a registry look-up by tag takes. */
function withTag(ref, tag) {
    const { original, domain, path, repository, name } = ref;
    return { original, domain, path, repository, name, ...(tag !== undefined && { tag }) };
}
/** `name:tag@digest`, or `name@digest` without a tag: the form a pinned compose file holds. */
function pinnedReference(name, tag, digest) {
    // Every reference written must read back: a tag Docker refuses is a bug, never written.
    if (tag !== undefined && !TAG.test(tag))
        throw new Error(`"${tag}" is not a valid image tag`);
    return tag === undefined ? `${name}@${digest}` : `${name}:${tag}@${digest}`;
}


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

/***/ 5427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ REGISTRY_LIMITS),
/* harmony export */   f_: () => (/* binding */ GITHUB_LIMITS),
/* harmony export */   sE: () => (/* binding */ CREDENTIAL_HELPER_TIMEOUT_MS),
/* harmony export */   sk: () => (/* binding */ BRANCH_MOVED_BACKOFF),
/* harmony export */   xQ: () => (/* binding */ REGISTRY_JITTER)
/* harmony export */ });
/* unused harmony exports STALL_LIMIT_MS, githubStallBudgetMs, registryStallBudgetMs, backoffDelayMs */
/**
 * How long the action waits on a service that accepted the connection and never answers: every
 * request has a timeout and a bounded number of retries, so such a service fails the run within
 * STALL_LIMIT_MS, with an error naming the host and the request (README: Decisions, time limits).
 */
/** The most a stalled service may hold up a run. */
const STALL_LIMIT_MS = 120_000;
/** GitHub's API through Octokit: @octokit/plugin-retry waits `retryBaseMs × n²` before retry n. */
const GITHUB_LIMITS = { timeoutMs: 30_000, retries: 2, retryBaseMs: 1000 };
/** A registry: the client waits `retryBaseMs × 2^(n-1)`, up to 20 % more (jitter), before retry n. */
const REGISTRY_LIMITS = { timeoutMs: 20_000, retries: 2, retryBaseMs: 500 };
/**
 * How long a Docker credential helper may take to answer: room for one that calls a cloud API (ECR,
 * GCR) or starts a CLI, well inside the run's limits.
 */
const CREDENTIAL_HELPER_TIMEOUT_MS = 30_000;
/** The registry client's jitter: a back-off is stretched by up to this factor. */
const REGISTRY_JITTER = 1.2;
/** The longest one GitHub request can take when no attempt is ever answered. */
function githubStallBudgetMs(limits) {
    let total = (limits.retries + 1) * limits.timeoutMs;
    for (let n = 1; n <= limits.retries; n++)
        total += n * n * limits.retryBaseMs;
    return total;
}
/**
 * The longest one registry request can take when no attempt is ever answered. The client asks a
 * host that never answered no more in that run, so look-ups queued behind it fail at once.
 */
function registryStallBudgetMs(limits) {
    let total = (limits.retries + 1) * limits.timeoutMs;
    for (let n = 1; n <= limits.retries; n++) {
        total += limits.retryBaseMs * 2 ** (n - 1) * REGISTRY_JITTER;
    }
    return Math.ceil(total);
}
const BRANCH_MOVED_BACKOFF = {
    firstMs: 250,
    maxMs: 8_000,
    budgetMs: 5 * 60_000,
};
/**
 * The wait before retry `n` (1-based): half the exponential ceiling plus a uniform pick of the
 * other half ("equal jitter"), so runs that collided spread out instead of colliding again.
 * `random` is in [0, 1).
 */
function backoffDelayMs(policy, n, random) {
    const ceiling = Math.min(policy.maxMs, policy.firstMs * 2 ** Math.max(0, n - 1));
    return Math.round(ceiling / 2 + (ceiling / 2) * random);
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

/***/ 346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistryResolver: () => (/* binding */ createRegistryResolver)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/reference.ts
var reference = __webpack_require__(5378);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __webpack_require__(4101);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/time-limits.ts
var time_limits = __webpack_require__(5427);
;// CONCATENATED MODULE: ./src/registry/credential-helper.ts
/**
 * Docker credential helpers (README, "Decisions…", Credentials): `docker-credential-<name> get`,
 * the registry's server URL on stdin, `{"ServerURL", "Username", "Secret"}` on stdout, as
 * docker/docker-credential-helpers' client runs them. A helper that holds nothing for the server
 * prints "credentials not found in native keychain" and exits non-zero: that is no credentials, not
 * a failure. Username `<token>` means Secret is an identity token (an OAuth2 refresh token).
 *
 * Run with node:child_process rather than @actions/exec (README, "Dependencies"): a helper that
 * does not answer in time is killed, and one that exits without reading stdin is only a failed
 * helper. The output is captured, never echoed, and an answer that is not valid credentials is
 * described, not quoted, since it could hold the secret.
 */



/** What every helper prints when it has no credentials for the server (docker-credential-helpers). */
const NOT_FOUND = 'credentials not found in native keychain';
/** The Username that marks Secret as an identity token rather than a password. */
const TOKEN_USERNAME = '<token>';
/** An answer is a small JSON object; more output than this is not one. */
const MAX_OUTPUT_BYTES = 1024 * 1024;
/** A failing helper's message is shown up to this length. */
const MAX_SHOWN_OUTPUT = 300;
/** A helper could not give credentials; the message names the helper and the registry. */
class CredentialHelperError extends Error {
    name = 'CredentialHelperError';
}
/** Runs `docker-credential-<helper> get`; undefined when the helper holds nothing for the server. */
async function getHelperCredentials(request) {
    const program = `docker-credential-${request.helper}`;
    const fail = (why) => new CredentialHelperError(`cannot get credentials for ${request.registry} from ${program} (${request.configuredIn}): ${why}`);
    const result = await runHelper(program, request.serverUrl, request.timeoutMs ?? time_limits/* CREDENTIAL_HELPER_TIMEOUT_MS */.sE);
    if (result.kind === 'failed')
        throw fail(result.why);
    if (result.code !== 0) {
        // Helpers report on stdout (Docker reads only stdout); some also write to stderr.
        if (result.stdout.trim() === NOT_FOUND)
            return undefined;
        const said = shownOutput(result.stdout) ?? shownOutput(result.stderr);
        const status = result.code === null ? 'it was killed' : `it exited with code ${result.code}`;
        throw fail(`${status}${said ? `: ${said}` : ''}`);
    }
    return parseAnswer(result.stdout, fail);
}
/** One run of `program get`, the server URL on stdin; killed when it outlives `timeoutMs`. */
function runHelper(program, serverUrl, timeoutMs) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: 'pipe', windowsHide: true });
        const stdout = [];
        const stderr = [];
        let bytes = 0;
        let settled = false;
        const finish = (run) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(run);
        };
        // Ends the helper and lets go of its pipes, so nothing it left running keeps this process.
        const stop = (why) => {
            child.kill('SIGKILL');
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ kind: 'failed', why });
        };
        const timer = setTimeout(() => stop(`no answer within ${timeoutMs / 1000}s`), timeoutMs);
        const collect = (into) => (chunk) => {
            bytes += chunk.length;
            if (bytes > MAX_OUTPUT_BYTES)
                stop(`it printed more than ${MAX_OUTPUT_BYTES} bytes`);
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect(stdout));
        child.stderr.on('data', collect(stderr));
        child.on('error', (error) => finish({
            kind: 'failed',
            why: error.code === 'ENOENT' ? 'it is not on PATH' : error.message,
        }));
        child.on('close', (code) => finish({
            kind: 'exited',
            code,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
        }));
        // A helper may exit without reading its input (EPIPE): what it printed and its exit code tell.
        child.stdin.on('error', () => undefined);
        child.stdin.end(serverUrl);
    });
}
/** The helper's JSON answer. Keys match case-insensitively, as Go's encoding/json decodes them. */
function parseAnswer(stdout, fail) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        parsed = undefined;
    }
    const wrong = () => fail('its answer is not the JSON object {"ServerURL", "Username", "Secret"} Docker expects');
    if (!(0,values/* isRecord */.u4)(parsed))
        throw wrong();
    const doc = parsed;
    const field = (name) => {
        const key = Object.keys(doc).find((k) => k.toLowerCase() === name.toLowerCase());
        const value = key === undefined ? undefined : doc[key];
        if (value !== undefined && value !== null && typeof value !== 'string')
            throw wrong();
        return value === null ? undefined : value;
    };
    const username = field('Username') ?? '';
    const secret = field('Secret') ?? '';
    if (secret === '')
        return undefined;
    if (username === TOKEN_USERNAME)
        return { identityToken: secret };
    return username === '' ? undefined : { username, password: secret };
}
/**
 * A failing helper's message, one line and bounded; nothing when it looks like JSON, which could be
 * credentials printed by a helper that then failed.
 */
function shownOutput(text) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('{'))
        return undefined;
    const line = trimmed.split(/\r?\n/).join(' ');
    return line.length > MAX_SHOWN_OUTPUT ? `${line.slice(0, MAX_SHOWN_OUTPUT)}…` : line;
}

;// CONCATENATED MODULE: ./src/registry/docker-config.ts
/**
 * Registry credentials from Docker's client configuration, `$DOCKER_CONFIG/config.json`
 * (default `~/.docker/config.json`): what `docker login` and docker/login-action write.
 *
 * Per-registry entries under `auths`: `auth` (base64 `user:password`), `username` and `password`,
 * and `identitytoken` (an OAuth2 refresh token, exchanged at the token endpoint).
 *
 * Credential helpers, chosen as Docker chooses them: `credHelpers[key]` for the registry, else
 * `credsStore`, where the key is the registry host, or `https://index.docker.io/v1/` for Docker
 * Hub. A registry with a helper takes its credentials from the helper only (its `auths` entry is
 * not read, as in Docker); an empty `credHelpers` value means the `auths` entries. A helper runs
 * only when a registry asks for credentials, once per registry (credential-helper.ts).
 *
 * Reading never fails: a missing file means no credentials (public images still resolve), and a
 * malformed one gives an empty store with a warning naming the file for the caller to show.
 */







/** The key Docker stores Docker Hub's credentials under, and asks helpers for. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
/** A config.json is a few KB; anything this large is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * The host part of a key as Docker writes it: `https://ghcr.io`, `ghcr.io`, and for Docker Hub
 * `https://index.docker.io/v1/` (what `docker login` stores), all as `docker.io`.
 */
function normaliseRegistryHost(key) {
    let host = key.trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    const slash = host.indexOf('/');
    if (slash >= 0)
        host = host.slice(0, slash);
    return (0,reference/* registryDomain */.Em)(host);
}
/** A store with no credentials, e.g. for tests or `--offline`. */
function emptyCredentialStore(warnings = []) {
    return {
        credentialsFor: () => Promise.resolve(undefined),
        helperFor: () => undefined,
        warnings,
    };
}
/** Builds a store from parsed config.json content; exported for tests and for inline configs. */
function credentialStoreFrom(config, source, options = {}) {
    const where = source ?? 'docker config';
    if (!(0,values/* isRecord */.u4)(config)) {
        return emptyCredentialStore([`${where}: not a JSON object; registry credentials ignored`]);
    }
    const warnings = [];
    const byHost = new Map();
    const auths = config['auths'];
    if (auths !== undefined && !(0,values/* isRecord */.u4)(auths)) {
        warnings.push(`${where}: "auths" is not an object; registry credentials ignored`);
    }
    else if (auths !== undefined) {
        for (const [key, entry] of Object.entries(auths)) {
            const creds = parseEntry(entry);
            if (creds === undefined)
                continue;
            const host = normaliseRegistryHost(key);
            // Several keys may name one host (`docker.io` and `https://index.docker.io/v1/`): the
            // first complete entry wins, as Docker's own lookup prefers the canonical key.
            const existing = byHost.get(host);
            if (existing === undefined || !hasSecret(existing))
                byHost.set(host, creds);
        }
    }
    const helpers = readHelpers(config, where, warnings);
    const asked = new Map();
    const helperOf = (host) => {
        const domain = normaliseRegistryHost(host);
        const key = domain === 'docker.io' ? DOCKER_HUB_KEY : domain;
        const own = helpers.perRegistry.get(key);
        if (own !== undefined)
            return own === '' ? undefined : { name: own, key, from: 'credHelpers' };
        return helpers.store ? { name: helpers.store, key, from: 'credsStore' } : undefined;
    };
    return {
        credentialsFor: (host) => {
            const helper = helperOf(host);
            if (helper === undefined)
                return Promise.resolve(byHost.get(normaliseRegistryHost(host)));
            let answer = asked.get(helper.key);
            if (answer === undefined) {
                answer = getHelperCredentials({
                    helper: helper.name,
                    serverUrl: helper.key,
                    registry: normaliseRegistryHost(host),
                    configuredIn: `${helper.from} in ${where}`,
                    ...(options.helperTimeoutMs !== undefined && { timeoutMs: options.helperTimeoutMs }),
                }).then((creds) => {
                    const secret = creds?.identityToken ?? creds?.password;
                    if (secret !== undefined)
                        options.onSecret?.(secret);
                    return creds;
                });
                asked.set(helper.key, answer);
            }
            return answer;
        },
        helperFor: (host) => {
            const helper = helperOf(host);
            return helper && `docker-credential-${helper.name}`;
        },
        warnings,
        ...(source !== undefined ? { source } : {}),
    };
}
/** Reads `$DOCKER_CONFIG/config.json`, or `~/.docker/config.json`. */
async function loadDockerCredentials(env = process.env, options = {}) {
    const dir = env['DOCKER_CONFIG'] || (0,external_node_path_.join)(env['HOME'] || env['USERPROFILE'] || (0,external_node_os_.homedir)(), '.docker');
    const file = (0,external_node_path_.join)(dir, 'config.json');
    let text;
    try {
        const bytes = await (0,promises_.readFile)(file);
        if (bytes.length > MAX_CONFIG_BYTES) {
            return emptyCredentialStore([
                `${file}: ${bytes.length} bytes is too large for a Docker config; registry credentials ignored`,
            ]);
        }
        text = bytes.toString('utf8');
    }
    catch (error) {
        if ((0,errors/* errorCode */.CA)(error) === 'ENOENT' || (0,errors/* errorCode */.CA)(error) === 'ENOTDIR')
            return emptyCredentialStore();
        return emptyCredentialStore([
            `${file}: cannot read (${(0,errors/* errorMessage */.gJ)(error)}); registry credentials ignored`,
        ]);
    }
    let parsed;
    try {
        parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return emptyCredentialStore([
            `${file}: not valid JSON (${(0,errors/* errorMessage */.gJ)(error)}); registry credentials ignored`,
        ]);
    }
    return credentialStoreFrom(parsed, file, options);
}
function parseEntry(entry) {
    if (!(0,values/* isRecord */.u4)(entry))
        return undefined;
    let username = stringField(entry, 'username');
    let password = stringField(entry, 'password');
    const auth = stringField(entry, 'auth');
    if (auth) {
        const decoded = Buffer.from(auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
    }
    const identityToken = stringField(entry, 'identitytoken');
    const creds = {
        ...(username ? { username } : {}),
        ...(password ? { password } : {}),
        ...(identityToken ? { identityToken } : {}),
    };
    return hasSecret(creds) ? creds : undefined;
}
const hasSecret = (c) => (c.username !== undefined && c.password !== undefined) || c.identityToken !== undefined;
/** `credsStore` and `credHelpers`; entries that are not names are left out with a warning. */
function readHelpers(config, where, warnings) {
    const store = config['credsStore'];
    if (store !== undefined && typeof store !== 'string') {
        warnings.push(`${where}: "credsStore" is not a string; ignored`);
    }
    const perRegistry = new Map();
    const helpers = config['credHelpers'];
    if (helpers !== undefined && !(0,values/* isRecord */.u4)(helpers)) {
        warnings.push(`${where}: "credHelpers" is not an object; ignored`);
    }
    else if (helpers !== undefined) {
        for (const [registry, name] of Object.entries(helpers)) {
            if (typeof name === 'string')
                perRegistry.set(registry, name);
            else
                warnings.push(`${where}: credHelpers["${registry}"] is not a string; ignored`);
        }
    }
    return { store: typeof store === 'string' && store !== '' ? store : undefined, perRegistry };
}
function stringField(o, key) {
    const v = o[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/core/concurrency.ts
/**
 * A bounded pool: thousands of releases must not open thousands of files at once (EMFILE), nor
 * a registry take every look-up at once.
 */
function createLimiter(max) {
    const limit = Math.max(1, max);
    let active = 0;
    const waiting = [];
    return async (fn) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        else
            active++;
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            // Hand the slot straight to the next waiter, so `active` never overshoots.
            if (next)
                next();
            else
                active--;
        }
    };
}
/** `Promise.all(items.map(fn))` with at most `limit` calls in flight. */
function mapLimit(items, limit, fn) {
    const run = createLimiter(limit);
    return Promise.all(items.map((item, index) => run(() => fn(item, index))));
}

// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
;// CONCATENATED MODULE: ./src/http/hosts.ts
/**
 * Docker's rule for plain HTTP, which the tool also applies wherever it follows a URL it was given
 * (a token realm, an attestation document, a PCCS): loopback hosts only — `localhost`,
 * `127.0.0.0/8` and `::1`, any port. Everything else must be HTTPS.
 */
function isLoopbackHost(host) {
    let name = host.toLowerCase();
    if (name.startsWith('[')) {
        const end = name.indexOf(']');
        name = end > 0 ? name.slice(1, end) : name;
    }
    else {
        const colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(':') === colon)
            name = name.slice(0, colon);
    }
    if (name === 'localhost' || name === '::1')
        return true;
    const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
    return m !== null && m.slice(1).every((n) => Number(n) <= 255);
}
/** Whether a URL may be followed: `https:`, or `http:` to a loopback host. */
function isHttpsOrLoopback(url) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host));
}

;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * Parses `WWW-Authenticate` (RFC 7235), which may hold several challenges; prefers `Bearer`.
 * Returns undefined when there is no challenge this client can answer.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const challenges = [];
    let i = 0;
    const s = header;
    const skip = (re) => {
        while (i < s.length && re.test(s.charAt(i)))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < s.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(s.charAt(i)))
            i++;
        return s.slice(start, i);
    };
    while (i < s.length) {
        skip(/[\s,]/);
        const scheme = token();
        if (scheme === '')
            break;
        const params = new Map();
        challenges.push({ scheme: scheme.toLowerCase(), params });
        for (;;) {
            skip(/[\s,]/);
            const save = i;
            const key = token();
            skip(/\s/);
            if (key === '' || s.charAt(i) !== '=') {
                // Not `key=`: the next challenge's scheme (or token68 data, which no registry scheme uses).
                i = save;
                if (key === '')
                    i++;
                break;
            }
            i++;
            skip(/\s/);
            let value = '';
            if (s.charAt(i) === '"') {
                i++;
                while (i < s.length && s.charAt(i) !== '"') {
                    if (s.charAt(i) === '\\' && i + 1 < s.length)
                        i++;
                    value += s.charAt(i);
                    i++;
                }
                i++;
            }
            else {
                value = token();
            }
            params.set(key.toLowerCase(), value);
        }
    }
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const realm = bearer?.params.get('realm');
    if (bearer && realm) {
        const service = bearer.params.get('service');
        const scope = bearer.params.get('scope');
        return {
            scheme: 'bearer',
            realm,
            ...(service !== undefined ? { service } : {}),
            ...(scope !== undefined ? { scope } : {}),
        };
    }
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (basic) {
        const basicRealm = basic.params.get('realm');
        return { scheme: 'basic', ...(basicRealm !== undefined ? { realm: basicRealm } : {}) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/manifest.ts


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifestList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const INDEX_TYPES = new Set([
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifestList,
]);
const SINGLE_TYPES = new Set([
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);
/** Per-platform manifests of an index document, attestation manifests left out. */
function platformsFromIndex(doc) {
    if (!(0,values/* isRecord */.u4)(doc) || !Array.isArray(doc['manifests']))
        return [];
    const out = [];
    for (const entry of doc['manifests']) {
        if (!(0,values/* isRecord */.u4)(entry))
            continue;
        const digest = entry['digest'];
        const platform = entry['platform'];
        if (typeof digest !== 'string' || !(0,reference/* isSha256Digest */.q9)(digest) || !(0,values/* isRecord */.u4)(platform))
            continue;
        const os = platform['os'];
        const arch = platform['architecture'];
        if (typeof os !== 'string' || typeof arch !== 'string' || os === '' || arch === '')
            continue;
        const annotations = (0,values/* isRecord */.u4)(entry['annotations']) ? entry['annotations'] : {};
        if (os === 'unknown' && arch === 'unknown')
            continue;
        if (annotations['vnd.docker.reference.type'] === 'attestation-manifest')
            continue;
        const variant = platform['variant'];
        const name = typeof variant === 'string' && variant !== '' ? `${os}/${arch}/${variant}` : `${os}/${arch}`;
        out.push({ platform: name, digest });
    }
    return out;
}
function contentType(headers) {
    return (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
/** The media type from `Content-Type`, else the document's `mediaType`, else its shape. */
function mediaTypeOf(headers, doc) {
    const header = contentType(headers);
    if (INDEX_TYPES.has(header) || SINGLE_TYPES.has(header))
        return header;
    const declared = doc['mediaType'];
    if (typeof declared === 'string' && declared !== '')
        return declared;
    if (Array.isArray(doc['manifests']))
        return MEDIA_TYPES.ociIndex;
    if (doc['schemaVersion'] === 1)
        return 'application/vnd.docker.distribution.manifest.v1+json';
    return MEDIA_TYPES.ociManifest;
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * OCI Distribution client for digest resolution (the registry, last in the README's "Where digests
 * come from"): `HEAD` a manifest by tag with the
 * four manifest and index media types in `Accept`, read `Docker-Content-Digest` (or `GET` and hash
 * the body when the registry leaves it out), and, for an index, list per-platform manifest digests.
 *
 * Transport follows Docker: `docker.io` is served by `registry-1.docker.io`; plain HTTP for
 * `localhost`, `127.0.0.0/8` and `::1`; HTTPS elsewhere. Authentication answers the registry's
 * `WWW-Authenticate` challenge: `Bearer` (token endpoint, one token per host and scope, shared by
 * concurrent look-ups) or `Basic`. Credentials and tokens are never logged or put in messages.
 */











/** Registries refuse manifests over 4 MiB; a bigger answer is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** A token response is a small JSON document. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** Docker's token spec: without `expires_in` a token lives 60 s. Renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const TOKEN_EXPIRY_MARGIN_MS = 5_000;
/** A failed look-up; the message names the image reference (and the registry where it helps). */
class RegistryError extends Error {
    kind;
    image;
    name = 'RegistryError';
    constructor(kind, message, 
    /** The reference looked up, as shown in the message. */
    image) {
        super(message);
        this.kind = kind;
        this.image = image;
    }
}
/** The reference as shown in messages: the name as written, with tag and/or digest. */
function displayRef(ref) {
    return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** The host that serves a registry domain: Docker Hub's API lives on `registry-1.docker.io`. */
function registryHost(domain) {
    return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}
class RegistryClient {
    credentials;
    timeoutMs;
    retries;
    retryDelayMs;
    maxRetryDelayMs;
    userAgent;
    onRequest;
    onWarning;
    limit;
    /** The last challenge each host sent, so later look-ups authenticate up front. */
    challenges = new Map();
    /** Bearer tokens by host, realm, service and scope; the promise is shared by concurrent look-ups. */
    tokens = new Map();
    /**
     * Hosts that let every attempt of a request time out, with why: asked no more in this run, so
     * look-ups queued behind a stalled registry fail at once instead of each waiting it out.
     */
    silentHosts = new Map();
    constructor(options = {}) {
        this.credentials = options.credentials;
        this.timeoutMs = options.timeoutMs ?? time_limits/* REGISTRY_LIMITS */.Vb.timeoutMs;
        this.retries = Math.max(0, options.retries ?? time_limits/* REGISTRY_LIMITS */.Vb.retries);
        this.retryDelayMs = options.retryDelayMs ?? time_limits/* REGISTRY_LIMITS */.Vb.retryBaseMs;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
        this.userAgent = options.userAgent ?? 'release-tracker';
        this.onRequest = options.onRequest;
        this.onWarning = options.onWarning;
        this.limit = createLimiter(options.concurrency ?? 8);
    }
    /**
     * The digest a reference names now, with its media type and (for an index) platforms. A
     * reference that carries a digest is confirmed by fetching that digest: the digest is the pin.
     */
    resolve(ref) {
        return this.limit(() => this.resolveNow(ref));
    }
    /** What the registry serves under the reference's tag, or undefined when it has no such tag (or repository). */
    async findTag(ref) {
        try {
            return await this.resolve(ref.digest === undefined ? ref : (0,reference/* withTag */.Rd)(ref, ref.tag));
        }
        catch (error) {
            if (error instanceof RegistryError && error.kind === 'not-found')
                return undefined;
            throw error;
        }
    }
    /** Platforms of a known digest (from buildx metadata or the reference); `[]` for a single manifest. */
    async platformsOf(ref, digest) {
        const manifest = await this.limit(() => this.fetchByDigest(ref, digest, contextOf({ ...ref, digest })));
        return [...manifest.platforms];
    }
    async resolveNow(ref) {
        if (ref.digest !== undefined)
            return this.fetchByDigest(ref, ref.digest, contextOf(ref));
        // No tag means `latest`, as for `docker pull`; say so in messages.
        const tag = ref.tag ?? 'latest';
        const ctx = contextOf({ ...ref, tag });
        const head = await this.manifestRequest(ref, 'HEAD', tag, ctx, [405, 501]);
        const headerDigest = head.headers.get('docker-content-digest')?.trim();
        if (head.status >= 400 || headerDigest === undefined || !(0,reference/* isSha256Digest */.q9)(headerDigest)) {
            // No usable digest header (or no HEAD support): the digest is the hash of the exact bytes.
            const got = await this.manifestRequest(ref, 'GET', tag, ctx);
            return describeManifest(got, sha256(got.body), ctx);
        }
        const mediaType = contentType(head.headers);
        if (SINGLE_TYPES.has(mediaType))
            return { digest: headerDigest, mediaType, platforms: [] };
        // An index (or a type the header did not say): read it by digest, never by tag, so the
        // platforms belong to the digest just resolved even if the tag moves meanwhile.
        try {
            const manifest = await this.fetchByDigest(ref, headerDigest, {
                ...ctx,
                image: `${ctx.image}@${headerDigest}`,
            });
            return { ...manifest, digest: headerDigest };
        }
        catch (error) {
            this.onWarning?.(`platforms of ${ctx.image} unknown: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return {
                digest: headerDigest,
                mediaType: mediaType || 'application/octet-stream',
                platforms: [],
            };
        }
    }
    /** GETs a manifest by digest and checks that its bytes hash to that digest. */
    async fetchByDigest(ref, digest, ctx) {
        if (!(0,reference/* isSha256Digest */.q9)(digest)) {
            throw new RegistryError('protocol', `${ctx.image}: "${digest}" is not a sha256 digest`, ctx.image);
        }
        const got = await this.manifestRequest(ref, 'GET', digest, ctx);
        const actual = sha256(got.body);
        if (actual !== digest) {
            throw new RegistryError('protocol', `${ctx.registry} returned content for ${ctx.image} whose sha256 is ${actual}, not the digest asked for`, ctx.image);
        }
        return describeManifest(got, digest, ctx);
    }
    /**
     * One manifest request, authenticated as the registry demands. Statuses in `pass` are returned
     * to the caller; other failures become a RegistryError naming the image.
     */
    async manifestRequest(ref, method, reference, ctx, pass = []) {
        const host = registryHost(ref.domain);
        const url = `${isLoopbackHost(host) ? 'http' : 'https'}://${host}/v2/${ref.path}/manifests/${reference}`;
        const scope = `repository:${ref.path}:pull`;
        const send = (authorization) => this.send('manifest', method, url, { Accept: MANIFEST_ACCEPT, ...(authorization ? { Authorization: authorization } : {}) }, ctx, MAX_MANIFEST_BYTES);
        let authorization = await this.authorization(ref, host, scope, ctx);
        let answer = await send(authorization);
        if (answer.status === 401) {
            const challenge = parseChallenge(answer.headers.get('www-authenticate'));
            if (challenge === undefined)
                throw unauthorized(ctx, this.credentials);
            this.challenges.set(host, challenge);
            const wanted = challenge.scheme === 'bearer' ? (challenge.scope ?? scope) : scope;
            const next = await this.authorization(ref, host, wanted, ctx, authorization);
            // Basic credentials already refused, or none to offer: asking again cannot help.
            if (next === undefined || next === authorization)
                throw unauthorized(ctx, this.credentials);
            authorization = next;
            answer = await send(authorization);
        }
        if (pass.includes(answer.status))
            return answer;
        if (answer.status === 401 || answer.status === 403)
            throw unauthorized(ctx, this.credentials);
        if (answer.status === 404) {
            throw new RegistryError('not-found', `not found: ${ctx.image} in ${ctx.registry}`, ctx.image);
        }
        if (isRetryable(answer.status))
            throw unreachable(ctx, httpStatus(answer));
        if (answer.status < 200 || answer.status >= 300) {
            throw new RegistryError('protocol', `${ctx.registry} answered ${httpStatus(answer)} to ${method} manifest of ${ctx.image}`, ctx.image);
        }
        return answer;
    }
    /**
     * The Authorization value for a request to `host`, from the challenge it sent before. `stale`
     * is a value the registry just refused: a cached token equal to it is dropped and renewed.
     */
    async authorization(ref, host, scope, ctx, stale) {
        const challenge = this.challenges.get(host);
        if (challenge === undefined)
            return undefined;
        // Asked only now, when the registry demands authentication: a helper runs for registries in use.
        const creds = await this.credentialsFor(ref, ctx);
        if (challenge.scheme === 'basic') {
            return creds?.username !== undefined && creds.password !== undefined
                ? basicAuth(creds.username, creds.password)
                : undefined;
        }
        const key = `${host}\n${challenge.realm}\n${challenge.service ?? ''}\n${scope}`;
        let entry = this.tokens.get(key);
        if (entry !== undefined &&
            ((stale !== undefined && entry.value === stale) ||
                (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()))) {
            this.tokens.delete(key);
            entry = undefined;
        }
        if (entry === undefined) {
            const created = {
                promise: this.fetchToken(challenge, scope, creds, ctx).then(({ token, expiresInSeconds }) => {
                    created.value = `Bearer ${token}`;
                    created.expiresAt = Date.now() + expiresInSeconds * 1000 - TOKEN_EXPIRY_MARGIN_MS;
                    return created.value;
                }, (error) => {
                    // A failed token request is not cached: the next look-up asks again.
                    if (this.tokens.get(key) === created)
                        this.tokens.delete(key);
                    throw error;
                }),
            };
            this.tokens.set(key, created);
            entry = created;
        }
        return entry.promise;
    }
    async credentialsFor(ref, ctx) {
        try {
            return await this.credentials?.credentialsFor(ref.domain);
        }
        catch (error) {
            if (error instanceof CredentialHelperError) {
                throw new RegistryError('credentials', error.message, ctx.image);
            }
            throw error;
        }
    }
    /** A bearer token for `scope`, from the challenge's realm, with the credentials for its host. */
    async fetchToken(challenge, scope, creds, ctx) {
        const realm = tokenRealm(challenge, ctx);
        // Credentials travel only over HTTPS, or plain HTTP to loopback (as for the registry itself).
        const usable = realm.protocol === 'https:' || isLoopbackHost(realm.host) ? creds : undefined;
        const answer = await this.requestToken(realm, challenge, scope, usable, ctx);
        if (answer.status === 401 || answer.status === 403)
            throw unauthorized(ctx, this.credentials);
        if (isRetryable(answer.status))
            throw unreachable(ctx, `token endpoint answered ${httpStatus(answer)}`);
        if (answer.status < 200 || answer.status >= 300) {
            throw new RegistryError('protocol', `token endpoint of ${ctx.registry} answered ${httpStatus(answer)} for ${ctx.image}`, ctx.image);
        }
        return readToken(answer, ctx);
    }
    /**
     * Asks the token endpoint: an identity token (an OAuth2 refresh token) is exchanged by POST, as
     * `docker` does; otherwise a GET, with Basic credentials when there are any.
     */
    requestToken(realm, challenge, scope, creds, ctx) {
        const url = new URL(realm.href);
        if (creds?.identityToken !== undefined) {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'release-tracker',
                ...(challenge.service !== undefined ? { service: challenge.service } : {}),
                scope,
            });
            return this.send('token', 'POST', url.href, { 'Content-Type': 'application/x-www-form-urlencoded' }, ctx, MAX_TOKEN_BYTES, form.toString());
        }
        if (challenge.service !== undefined)
            url.searchParams.set('service', challenge.service);
        url.searchParams.set('scope', scope);
        const headers = {};
        if (creds?.username !== undefined && creds.password !== undefined) {
            url.searchParams.set('account', creds.username);
            headers['Authorization'] = basicAuth(creds.username, creds.password);
        }
        return this.send('token', 'GET', url.href, headers, ctx, MAX_TOKEN_BYTES);
    }
    /** One HTTP exchange with timeout and retries; the answer body is read completely (bounded). */
    async send(purpose, method, url, headers, ctx, maxBytes, body) {
        const shownUrl = purpose === 'token' ? (url.split('?')[0] ?? url) : url;
        const host = new URL(url).host;
        const silent = this.silentHosts.get(host);
        if (silent !== undefined)
            throw unreachable(ctx, `${silent} earlier in this run`);
        let lastFailure = '';
        let timedOut = false;
        for (let attempt = 1;; attempt++) {
            const started = Date.now();
            let answer;
            try {
                answer = await this.attempt(method, url, { ...headers, 'User-Agent': this.userAgent }, maxBytes, body);
                this.onRequest?.({
                    purpose,
                    method,
                    url: shownUrl,
                    attempt,
                    status: answer.status,
                    durationMs: Date.now() - started,
                });
            }
            catch (error) {
                if (error instanceof RegistryError)
                    throw error;
                // Not transient: the same request would get the same answer.
                if (error instanceof OversizeError) {
                    throw new RegistryError('protocol', `${ctx.registry} sent ${error.message} for ${ctx.image}`, ctx.image);
                }
                lastFailure = networkCause(error, this.timeoutMs, `${method} ${shownUrl}`);
                timedOut = error instanceof TimeoutError;
                this.onRequest?.({
                    purpose,
                    method,
                    url: shownUrl,
                    attempt,
                    error: lastFailure,
                    durationMs: Date.now() - started,
                });
                // A name that does not resolve will not resolve a second later: say so at once.
                if ((0,errors/* errorCode */.CA)(error) === 'ENOTFOUND')
                    throw unreachable(ctx, lastFailure);
            }
            if (answer !== undefined && !isRetryable(answer.status))
                return answer;
            if (attempt > this.retries) {
                if (answer !== undefined)
                    return answer;
                if (timedOut)
                    this.silentHosts.set(host, lastFailure);
                throw unreachable(ctx, lastFailure);
            }
            const delay = (answer && retryAfterMs(answer.headers.get('retry-after'))) ?? this.backoff(attempt);
            if (delay > this.maxRetryDelayMs) {
                if (answer !== undefined)
                    return answer;
                throw unreachable(ctx, lastFailure);
            }
            await (0,external_node_timers_promises_.setTimeout)(delay);
        }
    }
    async attempt(method, url, headers, maxBytes, body) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, this.timeoutMs);
        try {
            const response = await fetch(url, {
                method,
                headers,
                signal: controller.signal,
                redirect: 'follow',
                ...(body !== undefined ? { body } : {}),
            });
            const declared = Number(response.headers.get('content-length') ?? '0');
            if (method !== 'HEAD' && declared > maxBytes) {
                controller.abort();
                throw new OversizeError(`an answer of ${declared} bytes, over the ${maxBytes}-byte limit`);
            }
            // HEAD has no body; other answers are drained so the connection can be reused.
            const bytes = method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
            if (bytes.length > maxBytes) {
                throw new OversizeError(`an answer over the ${maxBytes}-byte limit`);
            }
            return {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
                body: bytes,
            };
        }
        catch (error) {
            if (timedOut)
                throw new TimeoutError(this.timeoutMs);
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    }
    backoff(attempt) {
        const base = this.retryDelayMs * 2 ** (attempt - 1);
        // A little jitter, so parallel look-ups that failed together do not retry together; its
        // most is what the stall budget counts (src/core/time-limits.ts).
        const spread = time_limits/* REGISTRY_JITTER */.xQ - 1;
        return Math.round(base * (1 - spread + Math.random() * 2 * spread));
    }
}
class OversizeError extends Error {
}
class TimeoutError extends Error {
    constructor(ms) {
        super(`no answer within ${ms / 1000}s`);
    }
}
/** The token endpoint a challenge names: an http(s) URL, or a protocol error naming the image. */
function tokenRealm(challenge, ctx) {
    let realm;
    try {
        realm = new URL(challenge.realm);
    }
    catch {
        throw new RegistryError('protocol', `${ctx.registry} sent an invalid token realm for ${ctx.image}`, ctx.image);
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
        throw new RegistryError('protocol', `${ctx.registry} sent a token realm that is not http(s) for ${ctx.image}`, ctx.image);
    }
    return realm;
}
/** The token in a token endpoint's answer (`token`, or OAuth2's `access_token`) and its lifetime. */
function readToken(answer, ctx) {
    let doc;
    try {
        doc = JSON.parse(answer.body.toString('utf8'));
    }
    catch {
        doc = undefined;
    }
    const token = (0,values/* isRecord */.u4)(doc)
        ? (nonEmpty(doc['token']) ?? nonEmpty(doc['access_token']))
        : undefined;
    if (token === undefined || !(0,values/* isRecord */.u4)(doc)) {
        throw new RegistryError('protocol', `token endpoint of ${ctx.registry} gave no token for ${ctx.image}`, ctx.image);
    }
    const expires = doc['expires_in'];
    const expiresInSeconds = typeof expires === 'number' && Number.isFinite(expires) && expires > 0
        ? Math.max(expires, DEFAULT_TOKEN_SECONDS)
        : DEFAULT_TOKEN_SECONDS;
    return { token, expiresInSeconds };
}
function contextOf(ref) {
    return { image: displayRef(ref), registry: ref.domain };
}
function unauthorized(ctx, credentials) {
    const helper = credentials?.helperFor(ctx.registry);
    const hint = helper
        ? `credentials for ${ctx.registry} come from ${helper}: check its login`
        : 'log in with docker/login-action or check DOCKER_CONFIG';
    return new RegistryError('unauthorized', `unauthorized: ${ctx.image} (${hint})`, ctx.image);
}
function unreachable(ctx, cause) {
    return new RegistryError('unreachable', `${ctx.registry} unreachable for ${ctx.image}: ${cause}`, ctx.image);
}
/** What a fetched manifest says: its media type and, for an index, its platforms. */
function describeManifest(got, digest, ctx) {
    const doc = parseManifest(got.body, ctx);
    const mediaType = mediaTypeOf(got.headers, doc);
    return {
        digest,
        mediaType,
        platforms: INDEX_TYPES.has(mediaType) ? platformsFromIndex(doc) : [],
    };
}
/** The root cause of a failed fetch, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
function networkCause(error, timeoutMs, request) {
    if (error instanceof TimeoutError)
        return `${error.message} to ${request}`;
    if (error instanceof Error && error.name === 'AbortError')
        return `no answer within ${timeoutMs / 1000}s to ${request}`;
    let cause = error;
    // undici wraps the socket error: TypeError('fetch failed', { cause }).
    while (cause instanceof Error && cause.cause !== undefined && cause.message === 'fetch failed')
        cause = cause.cause;
    if (cause instanceof AggregateError && cause.errors.length > 0)
        cause = cause.errors[0];
    return (0,errors/* errorMessage */.gJ)(cause);
}
const isRetryable = (status) => status === 429 || status >= 500;
const httpStatus = (a) => `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ''}`;
/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header) {
    if (header === null || header.trim() === '')
        return undefined;
    const text = header.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function parseManifest(body, ctx) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        doc = undefined;
    }
    if (!(0,values/* isRecord */.u4)(doc)) {
        throw new RegistryError('protocol', `${ctx.registry} returned a manifest for ${ctx.image} that is not a JSON object`, ctx.image);
    }
    return doc;
}
const sha256 = (bytes) => `sha256:${(0,hash/* sha256Hex */.f)(bytes)}`;
const basicAuth = (user, password) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
const nonEmpty = (v) => typeof v === 'string' && v !== '' ? v : undefined;

;// CONCATENATED MODULE: ./src/registry/resolver.ts


/**
 * The registry as generation uses it: credentials from `$DOCKER_CONFIG/config.json` (what
 * docker/login-action writes) and the credential helpers it names, one client so tokens are shared
 * across look-ups. `maskSecret` receives each secret a credential helper returns.
 */
async function createRegistryResolver(progress, warn, maskSecret, limits) {
    const credentials = await loadDockerCredentials(process.env, {
        ...(maskSecret && { onSecret: maskSecret }),
        ...(limits && { helperTimeoutMs: limits.credentialHelperMs }),
    });
    for (const warning of credentials.warnings)
        warn(warning);
    return new RegistryClient({
        credentials,
        userAgent: 'release-tracker',
        ...(limits && {
            timeoutMs: limits.registry.timeoutMs,
            retries: limits.registry.retries,
            retryDelayMs: limits.registry.retryBaseMs,
        }),
        onWarning: warn,
        onRequest: (info) => {
            if (info.purpose !== 'manifest')
                return;
            const outcome = info.status !== undefined ? String(info.status) : (info.error ?? 'no answer');
            progress(`registry: ${info.method} ${info.url} → ${outcome} (${Math.round(info.durationMs)} ms)`);
        },
    });
}


/***/ })

};
