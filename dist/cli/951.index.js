export const id = 951;
export const ids = [951];
export const modules = {

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WP: () => (/* binding */ JsonNumber),
/* harmony export */   ZC: () => (/* binding */ isWellFormedText),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   zD: () => (/* binding */ parseJsonPreservingNumbers)
/* harmony export */ });
/* unused harmony exports compareCodePoints, pythonFloatRepr */
/**
 * The layout of Python's
 * `json.dumps(obj, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False)`,
 * which is how Phala Cloud writes dstack app-compose documents (README: dstack: the compose hash), and a JSON parser that
 * keeps what that layout needs to round-trip: whether a number was an integer or a float, and
 * integers beyond 2^53 exactly.
 *
 * dstack hashes the bytes of the document, so every detail here changes a compose hash.
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
            throw new Error(`not a JSON number: ${JSON.stringify(lexeme)}`);
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
const MAX_DEPTH = 512;
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
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < at && i < this.text.length; i++) {
            if (this.text.charCodeAt(i) === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        throw new JsonSyntaxError(reason, at, line, at - lineStart + 1);
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
    describe(at) {
        if (at >= this.text.length)
            return 'unexpected end of input';
        const cp = this.text.codePointAt(at) ?? 0;
        const shown = cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff)
            ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
            : JSON.stringify(String.fromCodePoint(cp));
        return `unexpected character ${shown}`;
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
                this.fail(`invalid control character U+${hex4(c).toUpperCase()} in string`);
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
        if (depth > MAX_DEPTH)
            this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
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
        if (depth > MAX_DEPTH)
            this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
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
                this.fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
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
    if (value instanceof JsonNumber) {
        out.push(pythonNumberText(value, path));
        return;
    }
    if (stack.has(value))
        throw new Error(`${path}: circular reference`);
    if (level >= MAX_DEPTH)
        throw new Error(`${path}: nesting deeper than ${MAX_DEPTH} levels`);
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


/***/ }),

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

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ describeValue),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(484);

/** A parsed JSON object: not null, not an array, not a number kept as its lexeme. */
function isRecord(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP));
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
    if (value instanceof _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
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


/***/ })

};
