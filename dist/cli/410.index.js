export const id = 410;
export const ids = [410];
export const modules = {

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
/**
 * distribution/reference's RepositoryNameTotalLengthMax. Since v0.6.0 (February 2024) Docker
 * counts it on the path alone (`library/` included, the registry host not), so a long name on a
 * long registry host is valid.
 */
const PATH_MAX = 255;
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
    if (path.length > PATH_MAX) {
        fail(`repository name is ${path.length} characters long without the registry host; at most ${PATH_MAX} allowed`);
    }
    const repository = `${domain}/${path}`;
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
/* harmony export */   Hl: () => (/* binding */ ATTEST_LIMITS),
/* harmony export */   IG: () => (/* binding */ ATTEST_MAX_RETRY_AFTER_MS),
/* harmony export */   Vb: () => (/* binding */ REGISTRY_LIMITS),
/* harmony export */   Zp: () => (/* binding */ REGISTRY_MAX_RETRY_DELAY_MS),
/* harmony export */   f_: () => (/* binding */ GITHUB_LIMITS),
/* harmony export */   pP: () => (/* binding */ REGISTRY_WAIT_BUDGET_MS),
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
/** The longest one wait before a registry retry may be; a `Retry-After` beyond it ends the retries. */
const REGISTRY_MAX_RETRY_DELAY_MS = 30_000;
/**
 * All the waiting before registry retries (back-off and `Retry-After`) one run may do, summed over
 * its look-ups: a registry that asks every request to come back in 30 s costs a run a minute, not
 * a minute per image.
 */
const REGISTRY_WAIT_BUDGET_MS = 60_000;
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
/**
 * `attest`: the document (`--url`) and Intel's collateral from a PCCS, 30 s per request, the body
 * included. A refused connection or a 5xx/429 answer is tried again twice (after about 1 s and
 * 2 s, or a `Retry-After` of up to 10 s); a request that got no answer in time is not, so a
 * deployment that never answers fails the run within 30 s, naming it.
 */
const ATTEST_LIMITS = { timeoutMs: 30_000, retries: 2, retryBaseMs: 1000 };
/** The longest `Retry-After` an `attest` request waits out; a longer one ends its retries. */
const ATTEST_MAX_RETRY_AFTER_MS = 10_000;


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

/***/ 9330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ fetchWithin)
/* harmony export */ });
/* harmony import */ var _read_limited_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8417);

/** Statuses whose answer has no body. */
const NO_BODY = new Set([101, 204, 205, 304]);
/**
 * `fetch` with a time limit on each attempt and a byte limit on its answer, both covering the
 * body, which is read here (so an answer whose body never ends, or never stops growing, is no
 * answer either). Either limit is an error naming the host and the request.
 */
function fetchWithin(limits, base = fetch) {
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const request = `${method} ${url.pathname}`;
        const timer = AbortSignal.timeout(limits.timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer;
        try {
            const response = await base(input, { ...init, signal });
            const body = method === 'HEAD' || NO_BODY.has(response.status)
                ? null
                : await (0,_read_limited_js__WEBPACK_IMPORTED_MODULE_0__/* .readLimited */ .t)(response.body, limits.maxBytes);
            const copy = new Response(body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
            Object.defineProperty(copy, 'url', { value: response.url });
            Object.defineProperty(copy, 'redirected', { value: response.redirected });
            return copy;
        }
        catch (error) {
            if (error instanceof _read_limited_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyTooLargeError */ .A) {
                throw new Error(`${url.host} answered ${request} with ${error.message}; refused`, {
                    cause: error,
                });
            }
            if (!timer.aborted)
                throw error;
            throw new Error(`no answer from ${url.host} within ${limits.timeoutMs / 1000} s to ${request}`, { cause: error });
        }
    };
}


/***/ }),

/***/ 2327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ MAX_REDIRECTS),
/* harmony export */   cU: () => (/* binding */ isHttpsOrLoopback),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   eT: () => (/* binding */ REDIRECTS)
/* harmony export */ });
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
/** The statuses that redirect to their `Location`. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Docker (Go's HTTP client) follows at most 10; the servers this tool asks need one or two. */
const MAX_REDIRECTS = 5;


/***/ }),

/***/ 6156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ networkCause)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** The root cause of a failed fetch, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
function networkCause(error) {
    let cause = error;
    // undici wraps the socket error: TypeError('fetch failed', { cause }).
    while (cause instanceof Error && cause.cause !== undefined && cause.message === 'fetch failed')
        cause = cause.cause;
    if (cause instanceof AggregateError && cause.errors.length > 0)
        cause = cause.errors[0];
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause);
}


/***/ }),

/***/ 8417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ BodyTooLargeError),
/* harmony export */   t: () => (/* binding */ readLimited)
/* harmony export */ });
/**
 * Reading an answer with its byte limit enforced as it streams: the bytes are counted chunk by
 * chunk and the stream is cancelled the moment the limit is passed, so an endless body costs at
 * most the limit plus one chunk, never the whole body first.
 */
/** A body passed its limit; nothing of it is kept. */
class BodyTooLargeError extends Error {
    limit;
    name = 'BodyTooLargeError';
    constructor(limit) {
        super(`more than ${limit} bytes`);
        this.limit = limit;
    }
}
/**
 * All of `source`, at most `limit` bytes; more throws `BodyTooLargeError` after cancelling the
 * source (for a fetch body this closes the connection).
 */
async function readLimited(source, limit) {
    if (source === null)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    const take = (chunk) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
        total += bytes.length;
        if (total > limit)
            throw new BodyTooLargeError(limit);
        chunks.push(bytes);
    };
    if (isWebStream(source)) {
        const reader = source.getReader();
        try {
            for (;;) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                take(value);
            }
        }
        catch (error) {
            // Stop the transfer: an oversized (or failed) body is not read any further.
            await reader.cancel().catch(() => undefined);
            throw error;
        }
        finally {
            reader.releaseLock();
        }
    }
    else {
        // Leaving a for-await early calls the iterator's return(), which destroys a Node stream.
        for await (const chunk of source)
            take(chunk);
    }
    return Buffer.concat(chunks, total);
}
function isWebStream(source) {
    return typeof source.getReader === 'function';
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ WaitBudget),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* harmony import */ var _core_time_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5427);
/**
 * When a request is tried again, and how long a run may spend waiting to: 5xx, 429 and network
 * errors are retried after an exponential back-off with jitter, or after what `Retry-After` asks;
 * and every wait of a registry client comes out of one budget, so a registry answering every
 * request with `429 Retry-After: 30` costs the run that budget once, not per image.
 */

const isRetryable = (status) => status === 429 || status >= 500;
/** `Retry-After` as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    if (header === null || header.trim() === '')
        return undefined;
    const text = header.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An HTTP date names its day and month; Date.parse would read "-1" as a year.
    const at = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * The wait before retry `attempt` (1-based): `baseMs × 2^(attempt-1)`, stretched or shrunk by up
 * to the jitter, so look-ups that failed together do not retry together. Its most is what the
 * stall budget counts (src/core/time-limits.ts). `random` is in [0, 1).
 */
function backoffMs(baseMs, attempt, random = Math.random()) {
    const base = baseMs * 2 ** (attempt - 1);
    const spread = _core_time_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY_JITTER */ .xQ - 1;
    return Math.round(base * (1 - spread + random * 2 * spread));
}
/** The waiting a whole run may do before retries, shared by every request of one client. */
class WaitBudget {
    totalMs;
    spentMs = 0;
    constructor(totalMs) {
        this.totalMs = totalMs;
    }
    /** Takes `ms` out of the budget; false, taking nothing, when that much is no longer left. */
    take(ms) {
        if (this.spentMs + ms > this.totalMs)
            return false;
        this.spentMs += ms;
        return true;
    }
}


/***/ }),

/***/ 3410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistryResolver: () => (/* binding */ createRegistryResolver)
});

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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
// EXTERNAL MODULE: ./src/core/reference.ts
var reference = __webpack_require__(5378);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/http/hosts.ts
var hosts = __webpack_require__(2327);
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

;// CONCATENATED MODULE: ./src/core/remote-text.ts
/**
 * Text a remote server chose (a registry's error message, an HTTP reason phrase) on its way into
 * one of this tool's messages: control characters, which could rewrite a terminal line or forge a
 * log command, and bidirectional overrides, which could make text read backwards, are dropped;
 * whitespace runs become one space; and the length is bounded, so a server cannot flood a message.
 */
/** C0 and C1 controls, DEL, and the Unicode bidirectional embeddings, overrides and isolates. */
const UNSAFE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** `text` made safe to show: at most `max` characters (code points), an ellipsis marking a cut. */
function remoteText(text, max) {
    const clean = text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
    const chars = [...clean];
    return chars.length <= max ? clean : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

;// CONCATENATED MODULE: ./src/registry/errors.ts
/**
 * How registry look-ups fail: one error type whose message names the image (and the registry where
 * it helps), and what a registry said about a failure — the OCI `errors[]` array of its answer
 * (`code`, `message`) — made safe to quote. Credentials and tokens never appear in a message.
 */


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
/** Most `errors[]` entries quoted, and the most characters of each code and message. */
const MAX_ENTRIES = 3;
const MAX_CODE = 40;
const MAX_MESSAGE = 200;
/**
 * The OCI error body of an answer (`{"errors": [{"code", "message", "detail"}]}`) as
 * `CODE: message; CODE: message`, the strings bounded and stripped of control characters;
 * undefined when the body holds no such array. `detail` is left out: it is free-form JSON.
 */
function registryErrorDetail(body) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!(0,values/* isRecord */.u4)(doc) || !Array.isArray(doc['errors']))
        return undefined;
    const entries = doc['errors'].filter(values/* isRecord */.u4);
    const shown = entries.slice(0, MAX_ENTRIES).flatMap((entry) => {
        const code = typeof entry['code'] === 'string' ? remoteText(entry['code'], MAX_CODE) : '';
        const message = typeof entry['message'] === 'string' ? remoteText(entry['message'], MAX_MESSAGE) : '';
        const text = code && message ? `${code}: ${message}` : code || message;
        return text ? [text] : [];
    });
    if (shown.length === 0)
        return undefined;
    const more = entries.length - Math.min(entries.length, MAX_ENTRIES);
    return `${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
/** `HTTP 400 Bad Request`, and what the registry said about it when its body says. */
function describeStatus(answer) {
    const reason = remoteText(answer.statusText, 60);
    const detail = registryErrorDetail(answer.body);
    return `HTTP ${answer.status}${reason ? ` ${reason}` : ''}${detail ? `: ${detail}` : ''}`;
}
function unreachable(ctx, cause) {
    return new RegistryError('unreachable', `${ctx.registry} unreachable for ${ctx.image}: ${cause}`, ctx.image);
}
function protocolError(ctx, message) {
    return new RegistryError('protocol', message, ctx.image);
}
function notFound(ctx) {
    return new RegistryError('not-found', `not found: ${ctx.image} in ${ctx.registry}`, ctx.image);
}
function unauthorized(ctx, credentials) {
    const helper = credentials?.helperFor(ctx.registry);
    const hint = helper
        ? `credentials for ${ctx.registry} come from ${helper}: check its login`
        : 'log in with docker/login-action or check DOCKER_CONFIG';
    return new RegistryError('unauthorized', `unauthorized: ${ctx.image} (${hint})`, ctx.image);
}

// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/registry/token.ts
/**
 * Asking a registry's token endpoint (the `realm` of its Bearer challenge) for a token: an
 * identity token (an OAuth2 refresh token) is exchanged by POST, as `docker` does; otherwise a GET,
 * with Basic credentials when there are any. Credentials travel only over HTTPS, or plain HTTP to
 * loopback, to the realm and to every hop of a redirect it answers with.
 */




/** A token answer is a small JSON document. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/** Docker's token spec: without `expires_in` a token lives 60 s. */
const DEFAULT_TOKEN_SECONDS = 60;
/** RFC 6750 `b64token`, bounded: what an Authorization header may carry as a bearer token. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{1,16384}=*$/;
/** A bearer token for `scope`, from the challenge's realm, with the credentials for its host. */
async function fetchToken(transport, challenge, scope, creds, store, ctx) {
    const realm = tokenRealm(challenge, ctx);
    // A realm that fails the rule is still asked, anonymously: a public image may need no more.
    const usable = (0,hosts/* isHttpsOrLoopback */.cU)(realm) ? creds : undefined;
    const answer = await requestToken(transport, realm, challenge, scope, usable, ctx);
    if (answer.status === 401 || answer.status === 403)
        throw unauthorized(ctx, store);
    if ((0,retry/* isRetryable */.r3)(answer.status)) {
        throw unreachable(ctx, `token endpoint answered ${describeStatus(answer)}`);
    }
    if (answer.status < 200 || answer.status >= 300) {
        throw protocolError(ctx, `token endpoint of ${ctx.registry} answered for ${ctx.image} with ${describeStatus(answer)}`);
    }
    return readToken(answer, ctx);
}
function requestToken(transport, realm, challenge, scope, creds, ctx) {
    const url = new URL(realm.href);
    if (creds?.identityToken !== undefined) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: creds.identityToken,
            client_id: 'release-tracker',
            ...(challenge.service !== undefined ? { service: challenge.service } : {}),
            scope,
        });
        return transport.send({
            purpose: 'token',
            method: 'POST',
            url: url.href,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            credentialBody: true,
            maxBytes: MAX_TOKEN_BYTES,
            ctx,
        });
    }
    if (challenge.service !== undefined)
        url.searchParams.set('service', challenge.service);
    url.searchParams.set('scope', scope);
    const headers = {};
    if (creds?.username !== undefined && creds.password !== undefined) {
        url.searchParams.set('account', creds.username);
        headers['Authorization'] = basicAuth(creds.username, creds.password);
    }
    return transport.send({
        purpose: 'token',
        method: 'GET',
        url: url.href,
        headers,
        maxBytes: MAX_TOKEN_BYTES,
        ctx,
    });
}
/** The token endpoint a challenge names: an http(s) URL, or a protocol error naming the image. */
function tokenRealm(challenge, ctx) {
    let realm;
    try {
        realm = new URL(challenge.realm);
    }
    catch {
        throw protocolError(ctx, `${ctx.registry} sent an invalid token realm for ${ctx.image}`);
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:') {
        throw protocolError(ctx, `${ctx.registry} sent a token realm that is not http(s) for ${ctx.image}`);
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
        throw protocolError(ctx, `token endpoint of ${ctx.registry} gave no token for ${ctx.image}`);
    }
    // It becomes a header value: RFC 6750's token characters only, so it can carry nothing else.
    if (!BEARER_TOKEN.test(token)) {
        throw protocolError(ctx, `token endpoint of ${ctx.registry} gave a token that is not a bearer token for ${ctx.image}`);
    }
    const expires = doc['expires_in'];
    const expiresInSeconds = typeof expires === 'number' && Number.isFinite(expires) && expires > 0
        ? Math.max(expires, DEFAULT_TOKEN_SECONDS)
        : DEFAULT_TOKEN_SECONDS;
    return { token, expiresInSeconds };
}
const basicAuth = (user, password) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
const nonEmpty = (v) => typeof v === 'string' && v !== '' ? v : undefined;

;// CONCATENATED MODULE: ./src/registry/auth.ts




/** Renew a token a little before it expires. */
const TOKEN_EXPIRY_MARGIN_MS = 5_000;
class RegistryAuth {
    transport;
    credentials;
    /** The last challenge each host sent, so later look-ups authenticate up front. */
    challenges = new Map();
    /** Bearer tokens by host, realm, service and scope; the promise is shared by concurrent look-ups. */
    tokens = new Map();
    constructor(transport, credentials) {
        this.transport = transport;
        this.credentials = credentials;
    }
    /**
     * `request` to `host` for `scope`, authenticated as the registry demands: up front when its
     * challenge is known, else once after the 401 that brings it. A 401 that no credentials can
     * answer is an `unauthorized` RegistryError.
     */
    async send(ref, host, scope, request) {
        const { ctx } = request;
        const send = (authorization) => this.transport.send({
            ...request,
            headers: {
                ...request.headers,
                ...(authorization ? { Authorization: authorization } : {}),
            },
        });
        let authorization = await this.authorization(ref, host, scope, ctx);
        const answer = await send(authorization);
        if (answer.status !== 401)
            return answer;
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
        return send(authorization);
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
                promise: fetchToken(this.transport, challenge, scope, creds, this.credentials, ctx).then(({ token, expiresInSeconds }) => {
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
/**
 * A platform's `os`, `architecture` or `variant` as the OCI image spec uses them (Go's GOOS and
 * GOARCH values, `v7`, `v8`): lowercase letters and digits, joined by `.`, `_` or `-`. Anything
 * else is not a platform name, and could carry Markdown or HTML into the release notes.
 */
const PLATFORM_PART = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const PLATFORM_PART_MAX = 32;
/** RFC 6838 `type/subtype`, each a restricted name of at most 127 characters. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
function isPlatformPart(text) {
    return text.length <= PLATFORM_PART_MAX && PLATFORM_PART.test(text);
}
function isMediaType(text) {
    return MEDIA_TYPE.test(text);
}
/** An index entry whose platform is not one: the index's platform list cannot be told. */
class PlatformError extends Error {
}
/**
 * Per-platform manifests of an index document, attestation manifests left out, as are entries
 * with no platform or no sha256 digest. A platform string outside the grammar throws
 * `PlatformError`: a list without that entry would claim too little.
 */
function platformsFromIndex(doc) {
    if (!(0,values/* isRecord */.u4)(doc) || !Array.isArray(doc['manifests']))
        return [];
    const out = [];
    for (const [index, entry] of doc['manifests'].entries()) {
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
        const variant = typeof platform['variant'] === 'string' ? platform['variant'] : '';
        if (![os, arch, ...(variant !== '' ? [variant] : [])].every(isPlatformPart)) {
            throw new PlatformError(`entry ${index + 1} of its index names a platform that is not one`);
        }
        const annotations = (0,values/* isRecord */.u4)(entry['annotations']) ? entry['annotations'] : {};
        if (os === 'unknown' && arch === 'unknown')
            continue;
        if (annotations['vnd.docker.reference.type'] === 'attestation-manifest')
            continue;
        out.push({ platform: variant !== '' ? `${os}/${arch}/${variant}` : `${os}/${arch}`, digest });
    }
    return out;
}
/** The media type `Content-Type` names, lowercase; '' when it names none. */
function contentType(headers) {
    const type = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return isMediaType(type) ? type : '';
}
/**
 * The media type from `Content-Type`, else the document's `mediaType`, else its shape. A string
 * that is not a media type counts as none.
 */
function mediaTypeOf(headers, doc) {
    const header = contentType(headers);
    if (INDEX_TYPES.has(header) || SINGLE_TYPES.has(header))
        return header;
    const declared = doc['mediaType'];
    if (typeof declared === 'string' && isMediaType(declared.toLowerCase())) {
        return declared.toLowerCase();
    }
    if (Array.isArray(doc['manifests']))
        return MEDIA_TYPES.ociIndex;
    if (doc['schemaVersion'] === 1)
        return 'application/vnd.docker.distribution.manifest.v1+json';
    return MEDIA_TYPES.ociManifest;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/http/fetch-within.ts
var fetch_within = __webpack_require__(9330);
// EXTERNAL MODULE: ./src/http/network-cause.ts
var network_cause = __webpack_require__(6156);
// EXTERNAL MODULE: ./src/http/read-limited.ts
var read_limited = __webpack_require__(8417);
;// CONCATENATED MODULE: ./src/registry/transport.ts
/**
 * One registry or token request, carried to its answer: a time limit on each attempt (the body
 * included), the body read with its byte limit enforced as it streams, retries of 5xx, 429 and
 * network errors (after `Retry-After` or a jittered back-off, all out of one wait budget per run),
 * and redirects followed by hand, each hop held to the https-or-loopback rule and credentials
 * sent on only where Docker would send them (README: Decisions, registry).
 */









/**
 * Whether credentials sent to `from` may be sent on to `to`, after a redirect: Docker's rule (Go's
 * HTTP client), the same host or one of its subdomains, made a little stricter — the same port for
 * the same host, never from HTTPS down to plain HTTP. (A URL's host is already lowercase, and an
 * IP address has no subdomains a URL could name.)
 */
function credentialsMayFollow(from, to) {
    if (from.protocol === 'https:' && to.protocol !== 'https:')
        return false;
    return to.host === from.host || to.hostname.endsWith(`.${from.hostname}`);
}
class TimeoutError extends Error {
    constructor(ms, request) {
        super(`no answer within ${ms / 1000}s to ${request}`);
    }
}
class Transport {
    timeoutMs;
    retries;
    retryDelayMs;
    maxRetryDelayMs;
    budget;
    userAgent;
    onRequest;
    /**
     * Hosts that let every attempt of a request time out, with why: asked no more in this run, so
     * look-ups queued behind a stalled registry fail at once instead of each waiting it out.
     */
    silentHosts = new Map();
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? time_limits/* REGISTRY_LIMITS */.Vb.timeoutMs;
        this.retries = Math.max(0, options.retries ?? time_limits/* REGISTRY_LIMITS */.Vb.retries);
        this.retryDelayMs = options.retryDelayMs ?? time_limits/* REGISTRY_LIMITS */.Vb.retryBaseMs;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? time_limits/* REGISTRY_MAX_RETRY_DELAY_MS */.Zp;
        this.budget = new retry/* WaitBudget */.Tr(options.waitBudgetMs ?? time_limits/* REGISTRY_WAIT_BUDGET_MS */.pP);
        this.userAgent = options.userAgent ?? 'release-tracker';
        this.onRequest = options.onRequest;
    }
    /**
     * The answer to `request`, after retries. An answer with any status is returned (the caller
     * says what it means); no answer at all is an `unreachable` RegistryError, an oversized one or
     * a redirect that may not be followed a `protocol` one.
     */
    async send(request) {
        const { ctx } = request;
        const host = new URL(request.url).host;
        const silent = this.silentHosts.get(host);
        if (silent !== undefined)
            throw unreachable(ctx, `${silent} earlier in this run`);
        let lastFailure = '';
        let timedOut = false;
        for (let attempt = 1;; attempt++) {
            let answer;
            try {
                answer = await this.attempt(request, attempt);
            }
            catch (error) {
                // Not transient (an oversized answer among them): the same request would get the same answer.
                if (error instanceof RegistryError)
                    throw error;
                lastFailure = (0,network_cause/* networkCause */.u)(error);
                timedOut = error instanceof TimeoutError;
                // A name that does not resolve will not resolve a second later: say so at once.
                if ((0,errors/* errorCode */.CA)(error) === 'ENOTFOUND')
                    throw unreachable(ctx, lastFailure);
            }
            if (answer !== undefined && !(0,retry/* isRetryable */.r3)(answer.status))
                return answer;
            if (attempt > this.retries) {
                if (answer !== undefined)
                    return answer;
                if (timedOut)
                    this.silentHosts.set(host, lastFailure);
                throw unreachable(ctx, lastFailure);
            }
            const delay = (answer && (0,retry/* retryAfterMs */.Vs)(answer.headers.get('retry-after'))) ??
                (0,retry/* backoffMs */.jo)(this.retryDelayMs, attempt);
            if (delay > this.maxRetryDelayMs) {
                if (answer !== undefined)
                    return answer;
                throw unreachable(ctx, lastFailure);
            }
            if (!this.budget.take(delay)) {
                const what = answer
                    ? `${request.purpose === 'token' ? 'token endpoint answered ' : ''}${describeStatus(answer)}`
                    : lastFailure;
                throw unreachable(ctx, `${what}; not retried: this run has spent the ${this.budget.totalMs / 1000} s it may wait for registries to recover (Retry-After and back-off)`);
            }
            await (0,promises_.setTimeout)(delay);
        }
    }
    /** One attempt: the request and the redirects it is answered with, within one time limit. */
    async attempt(request, attempt) {
        const { ctx } = request;
        const deadline = Date.now() + this.timeoutMs;
        let url = new URL(request.url);
        let method = request.method;
        let body = request.body;
        // Once dropped on the way, credentials stay dropped for the hops after.
        let credentials = true;
        for (let hop = 0;; hop++) {
            const headers = { ...request.headers, 'User-Agent': this.userAgent };
            if (!credentials)
                delete headers['Authorization'];
            const answer = await this.exchange(request, attempt, method, url, headers, body, deadline);
            const location = answer.headers.get('location');
            if (!hosts/* REDIRECTS */.eT.has(answer.status) || location === null)
                return answer;
            const what = `${request.purpose === 'token' ? `token endpoint of ${ctx.registry}` : ctx.registry} redirected ${method} for ${ctx.image}`;
            if (hop >= hosts/* MAX_REDIRECTS */.NX)
                throw protocolError(ctx, `${what} more than ${hosts/* MAX_REDIRECTS */.NX} times`);
            let next;
            try {
                next = new URL(location, url);
            }
            catch {
                throw protocolError(ctx, `${what} to an address that is not a URL`);
            }
            if (!(0,hosts/* isHttpsOrLoopback */.cU)(next)) {
                throw protocolError(ctx, `${what} to ${next.protocol}//${next.host}, which is neither HTTPS nor loopback; not followed`);
            }
            credentials &&= credentialsMayFollow(url, next);
            // As fetch does: 303 asks for a GET, and so do 301 and 302 after a POST.
            const toGet = (answer.status === 303 && method !== 'HEAD') ||
                ((answer.status === 301 || answer.status === 302) && method === 'POST');
            if (request.credentialBody && (toGet || !credentials)) {
                throw protocolError(ctx, `${what} to ${next.host}; the identity token is sent to no other host and no other request`);
            }
            if (toGet) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
    /** One HTTP exchange, reported to `onRequest`. */
    async exchange(request, attempt, method, url, headers, body, deadline) {
        const shownUrl = request.purpose === 'token' ? `${url.origin}${url.pathname}` : url.href;
        const report = (outcome, started) => this.onRequest?.({
            purpose: request.purpose,
            method,
            url: shownUrl,
            attempt,
            ...outcome,
            durationMs: Date.now() - started,
        });
        const started = Date.now();
        // The attempt's own deadline ends it; fetchWithin's limit, a moment later, is the backstop.
        const remaining = Math.max(1, deadline - started);
        const signal = AbortSignal.timeout(remaining);
        const limited = (0,fetch_within/* fetchWithin */.G)({ timeoutMs: remaining + 1000, maxBytes: request.maxBytes });
        try {
            const response = await limited(url.href, {
                method,
                headers,
                signal,
                redirect: 'manual',
                ...(body !== undefined ? { body } : {}),
            });
            const answer = {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
                body: Buffer.from(await response.arrayBuffer()),
            };
            report({ status: answer.status }, started);
            return answer;
        }
        catch (error) {
            if (error instanceof Error && error.cause instanceof read_limited/* BodyTooLargeError */.A) {
                const over = `an answer over the ${request.maxBytes}-byte limit`;
                report({ error: over }, started);
                const { ctx } = request;
                throw protocolError(ctx, `${ctx.registry} sent ${over} for ${ctx.image}`);
            }
            const failure = signal.aborted
                ? new TimeoutError(this.timeoutMs, `${method} ${shownUrl}`)
                : error;
            report({ error: (0,network_cause/* networkCause */.u)(failure) }, started);
            throw failure;
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * The registry look-ups (the registry, last in the README's "Where digests come from"): what a tag
 * names (`HEAD` with the four manifest and index media types in `Accept`, `Docker-Content-Digest`,
 * or `GET` and hash the body when the registry leaves it out), the platforms of an index, and
 * whether a digest is still served. Every digest is checked against the body whenever a body is
 * read, and a manifest fetched by digest must hash to that digest.
 *
 * Docker's addressing: `docker.io` is served by `registry-1.docker.io`; plain HTTP for
 * `localhost`, `127.0.0.0/8` and `::1`; HTTPS elsewhere. Authentication is `auth.ts`, the
 * requests themselves (time limits, retries, redirects) `transport.ts`.
 */











/** Registries refuse manifests over 4 MiB; a bigger answer is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The reference as shown in messages: the name as written, with tag and/or digest. */
function displayRef(ref) {
    return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
function contextOf(ref) {
    return { image: displayRef(ref), registry: ref.domain };
}
/** The host that serves a registry domain: Docker Hub's API lives on `registry-1.docker.io`. */
function registryHost(domain) {
    return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}
const sha256 = (bytes) => `sha256:${(0,hash/* sha256Hex */.f)(bytes)}`;
class RegistryClient {
    auth;
    onWarning;
    limit;
    constructor(options = {}) {
        this.auth = new RegistryAuth(new Transport(options), options.credentials);
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
    /**
     * Whether the registry still serves the manifest `digest` in the reference's repository (`HEAD`
     * by digest; a `GET`, hashed, where `HEAD` is not supported). False only when the registry says
     * it does not (404): no answer, refused credentials or a broken answer throw instead.
     */
    isServed(ref, digest) {
        return this.limit(async () => {
            const ctx = contextOf({ ...ref, digest });
            requireSha256(digest, ctx);
            const head = await this.manifestRequest(ref, 'HEAD', digest, ctx, [404, 405, 501]);
            if (head.status === 404)
                return false;
            if (head.status === 405 || head.status === 501) {
                try {
                    await this.fetchByDigest(ref, digest, ctx);
                    return true;
                }
                catch (error) {
                    if (error instanceof RegistryError && error.kind === 'not-found')
                        return false;
                    throw error;
                }
            }
            const said = sentDigest(head.headers);
            if (said !== undefined && said !== digest) {
                throw protocolError(ctx, `${ctx.registry} answered for ${ctx.image} with a Docker-Content-Digest that is another digest`);
            }
            return true;
        });
    }
    async resolveNow(ref) {
        if (ref.digest !== undefined)
            return this.fetchByDigest(ref, ref.digest, contextOf(ref));
        // No tag means `latest`, as for `docker pull`; say so in messages.
        const tag = ref.tag ?? 'latest';
        const ctx = contextOf({ ...ref, tag });
        const head = await this.manifestRequest(ref, 'HEAD', tag, ctx, [405, 501]);
        const headerDigest = sentDigest(head.headers);
        if (head.status >= 400 || headerDigest === undefined) {
            // No usable digest header (or no HEAD support): the digest is the hash of the exact bytes.
            const got = await this.manifestRequest(ref, 'GET', tag, ctx);
            return describeManifest(got, verifiedDigest(got, ctx), ctx);
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
        requireSha256(digest, ctx);
        const got = await this.manifestRequest(ref, 'GET', digest, ctx);
        const actual = verifiedDigest(got, ctx);
        if (actual !== digest) {
            throw protocolError(ctx, `${ctx.registry} returned content for ${ctx.image} whose sha256 is ${actual}, not the digest asked for`);
        }
        return describeManifest(got, digest, ctx);
    }
    /**
     * One manifest request, authenticated as the registry demands. Statuses in `pass` are returned
     * to the caller; other failures become a RegistryError naming the image.
     */
    async manifestRequest(ref, method, reference, ctx, pass = []) {
        const host = registryHost(ref.domain);
        const url = `${(0,hosts/* isLoopbackHost */.cW)(host) ? 'http' : 'https'}://${host}/v2/${ref.path}/manifests/${reference}`;
        const answer = await this.auth.send(ref, host, `repository:${ref.path}:pull`, {
            purpose: 'manifest',
            method,
            url,
            headers: { Accept: MANIFEST_ACCEPT },
            maxBytes: MAX_MANIFEST_BYTES,
            ctx,
        });
        if (pass.includes(answer.status))
            return answer;
        if (answer.status === 401 || answer.status === 403) {
            throw unauthorized(ctx, this.auth.credentials);
        }
        if (answer.status === 404)
            throw notFound(ctx);
        if ((0,retry/* isRetryable */.r3)(answer.status))
            throw unreachable(ctx, describeStatus(answer));
        if (answer.status < 200 || answer.status >= 300) {
            throw protocolError(ctx, `${ctx.registry} answered ${method} manifest of ${ctx.image} with ${describeStatus(answer)}`);
        }
        return answer;
    }
}
/** A manifest is asked for, and believed, by a sha256 digest only. */
function requireSha256(digest, ctx) {
    if (!(0,reference/* isSha256Digest */.q9)(digest)) {
        throw protocolError(ctx, `${ctx.image}: "${digest}" is not a sha256 digest`);
    }
}
/** The `Docker-Content-Digest` an answer carries, when it is a sha256 digest; else none. */
function sentDigest(headers) {
    const said = headers.get('docker-content-digest')?.trim();
    return said !== undefined && (0,reference/* isSha256Digest */.q9)(said) ? said : undefined;
}
/**
 * The sha256 of a fetched manifest's bytes, which is its digest; a `Docker-Content-Digest` sent
 * with the bytes must be that digest, or the answer is not believed.
 */
function verifiedDigest(got, ctx) {
    const actual = sha256(got.body);
    const said = sentDigest(got.headers);
    if (said !== undefined && said !== actual) {
        throw protocolError(ctx, `${ctx.registry} sent a manifest for ${ctx.image} whose sha256 is ${actual}, and a Docker-Content-Digest that is another digest; not believed`);
    }
    return actual;
}
/** What a fetched manifest says: its media type and, for an index, its platforms. */
function describeManifest(got, digest, ctx) {
    const doc = parseManifest(got.body, ctx);
    const mediaType = mediaTypeOf(got.headers, doc);
    let platforms = [];
    if (INDEX_TYPES.has(mediaType)) {
        try {
            platforms = platformsFromIndex(doc);
        }
        catch (error) {
            if (!(error instanceof PlatformError))
                throw error;
            throw protocolError(ctx, `${ctx.registry} sent ${ctx.image}: ${error.message}`);
        }
    }
    return { digest, mediaType, platforms };
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
        throw protocolError(ctx, `${ctx.registry} returned a manifest for ${ctx.image} that is not a JSON object`);
    }
    return doc;
}

// EXTERNAL MODULE: ./src/core/json-parser.ts
var json_parser = __webpack_require__(3921);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        const bytes = await (0,external_node_fs_promises_.readFile)(file);
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
    const json = text.replace(/^\uFEFF/, '');
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        return emptyCredentialStore([
            `${file}: not valid JSON (${(0,json_parser/* jsonSyntaxProblem */.F1)(json)}); registry credentials ignored`,
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

;// CONCATENATED MODULE: ./src/registry/resolver.ts


/**
 * The registry as generation (and `verify --registry`) uses it: credentials from
 * `$DOCKER_CONFIG/config.json` (what docker/login-action writes) and the credential helpers it
 * names, one client so tokens and the run's wait budget are shared across look-ups. `maskSecret`
 * receives each secret a credential helper returns.
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
