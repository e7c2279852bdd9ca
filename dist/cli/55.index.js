export const id = 55;
export const ids = [55,681];
export const modules = {

/***/ 2055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/json-parser.ts
var json_parser = __webpack_require__(3921);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __webpack_require__(4101);
;// CONCATENATED MODULE: ./src/core/attest/hex.ts

const HEX_PAIRS = /^(?:[0-9a-fA-F]{2})*$/;
/** Whether the text is whole hex pairs (none at all included), either case. */
function isHexPairs(text) {
    return HEX_PAIRS.test(text);
}
/**
 * Bytes of a hex string, refusing anything that is not whole hex pairs (Buffer.from(s, 'hex')
 * silently stops at the first bad character, which would hash the wrong bytes).
 */
function hexToBytes(text, where, expectedLength) {
    if (!HEX_PAIRS.test(text)) {
        throw new errors/* InputError */.dz(where, `not hex: ${preview(text)}`);
    }
    if (expectedLength !== undefined && text.length !== expectedLength * 2) {
        throw new errors/* InputError */.dz(where, `expected ${expectedLength} bytes (${expectedLength * 2} hex digits), got ${text.length} hex digits`);
    }
    return Uint8Array.from(Buffer.from(text, 'hex'));
}
/**
 * A field that must be a hex string of `length` bytes, `0x` allowed: the hex, lowercased.
 * Anything else is refused with an error naming `where`.
 */
function hexField(value, where, length) {
    if (typeof value !== 'string')
        throw new errors/* InputError */.dz(where, 'must be a hex string');
    const hex = value.startsWith('0x') ? value.slice(2) : value;
    hexToBytes(hex, where, length);
    return hex.toLowerCase();
}
const isByte = (b) => Number.isInteger(b) && b >= 0 && b <= 255;
/** The bytes of an array of byte values (integers 0–255); null for anything else. */
function byteArray(value) {
    return Array.isArray(value) && value.every(isByte) ? Uint8Array.from(value) : null;
}
/** Lowercase hex of the bytes. */
function bytesToHex(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
/** A short, printable excerpt of a value for an error message. */
function preview(text) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return JSON.stringify(shown);
}

;// CONCATENATED MODULE: ./src/core/attest/collateral.ts
/**
 * Intel's collateral for a DCAP quote: the signed TCB info and QE identity, the revocation lists
 * and the certificate chains that sign them, as PCCS answers carry them and DCAP libraries take
 * them. Read here from any of the forms in use (byte fields as hex strings or as arrays of
 * numbers, as near/mpc embeds it) into one form, hex strings, so no verifier sees anything else.
 * Pure: the edge reads the file or fetches the answers.
 */



const BYTE_FIELDS = [
    'root_ca_crl',
    'pck_crl',
    'tcb_info_signature',
    'qe_identity_signature',
];
const TEXT_FIELDS = [
    'pck_crl_issuer_chain',
    'tcb_info_issuer_chain',
    'tcb_info',
    'qe_identity_issuer_chain',
    'qe_identity',
];
/**
 * Reads collateral given as a parsed JSON object. `where` names it in errors
 * (`--collateral`, `public_data.json: tee_participant_info.Dstack.collateral`).
 */
function readCollateral(value, where) {
    if (!(0,values/* isRecord */.u4)(value))
        throw new errors/* InputError */.dz(where, 'is not a JSON object of DCAP collateral');
    const out = {};
    for (const key of TEXT_FIELDS) {
        const text = value[key];
        if (typeof text !== 'string' || text === '') {
            throw new errors/* InputError */.dz(`${where}: ${key}`, 'is missing or not a string');
        }
        out[key] = text;
    }
    for (const key of BYTE_FIELDS)
        out[key] = byteField(value[key], `${where}: ${key}`);
    for (const key of ['tcb_info', 'qe_identity']) {
        try {
            if (!(0,values/* isRecord */.u4)(JSON.parse(out[key])))
                throw new Error('not an object');
        }
        catch {
            throw new errors/* InputError */.dz(`${where}: ${key}`, 'is not the JSON text of an object');
        }
    }
    const chain = value.pck_certificate_chain;
    if (chain !== undefined && chain !== null) {
        if (typeof chain !== 'string') {
            throw new errors/* InputError */.dz(`${where}: pck_certificate_chain`, 'must be a PEM string');
        }
        if (chain !== '')
            out.pck_certificate_chain = chain;
    }
    return out;
}
/** A byte field: hex text, or an array of byte values. */
function byteField(value, where) {
    if (typeof value === 'string') {
        const hex = value.startsWith('0x') ? value.slice(2) : value;
        if (hex === '')
            throw new errors/* InputError */.dz(where, 'is empty');
        return bytesToHex(hexToBytes(hex, where));
    }
    if (Array.isArray(value)) {
        if (value.length === 0)
            throw new errors/* InputError */.dz(where, 'is empty');
        const bytes = byteArray(value);
        if (bytes === null) {
            throw new errors/* InputError */.dz(where, 'must be hex text or an array of byte values (0–255)');
        }
        return bytesToHex(bytes);
    }
    throw new errors/* InputError */.dz(where, 'is missing: expected hex text or an array of byte values');
}
/**
 * The collateral from the four answers of a PCCS (Intel's PCS/PCCS API v4): the PCK CRL (DER
 * body, `SGX-PCK-CRL-Issuer-Chain`), the TCB info (`{"tcbInfo":…,"signature":hex}`,
 * `TCB-Info-Issuer-Chain`), the QE identity (`{"enclaveIdentity":…,"signature":hex}`,
 * `SGX-Enclave-Identity-Issuer-Chain`) and the root CA CRL (hex text, as PCCS serves it). The
 * signed objects are kept as the exact text of the answer: re-serialising them would change the
 * bytes Intel signed. `host` names the PCCS in errors.
 */
function collateralFromPccs(answers, host) {
    const chain = (answer, header) => {
        if (answer.issuerChain === null || answer.issuerChain === '') {
            throw new errors/* InputError */.dz(host, `answered without the ${header} header`);
        }
        try {
            return decodeURIComponent(answer.issuerChain);
        }
        catch {
            throw new errors/* InputError */.dz(host, `sent a ${header} header that is not URL-encoded PEM`);
        }
    };
    const signed = (answer, member, what) => {
        const text = Buffer.from(answer.body).toString('utf8');
        const raw = rawMember(text, member);
        const signature = rawMember(text, 'signature');
        if (raw === null || signature === null || !/^"[0-9a-fA-F]+"$/.test(signature)) {
            throw new errors/* InputError */.dz(host, `answered the ${what} without "${member}" and a hex "signature"`);
        }
        return { text: raw, signature: signature.slice(1, -1).toLowerCase() };
    };
    const tcb = signed(answers.tcbInfo, 'tcbInfo', 'TCB info');
    const qe = signed(answers.qeIdentity, 'enclaveIdentity', 'QE identity');
    const rootHex = Buffer.from(answers.rootCaCrl.body).toString('latin1').trim();
    return readCollateral({
        pck_crl_issuer_chain: chain(answers.pckCrl, 'SGX-PCK-CRL-Issuer-Chain'),
        pck_crl: bytesToHex(answers.pckCrl.body),
        tcb_info_issuer_chain: chain(answers.tcbInfo, 'TCB-Info-Issuer-Chain'),
        tcb_info: tcb.text,
        tcb_info_signature: tcb.signature,
        qe_identity_issuer_chain: chain(answers.qeIdentity, 'SGX-Enclave-Identity-Issuer-Chain'),
        qe_identity: qe.text,
        qe_identity_signature: qe.signature,
        root_ca_crl: rootHex,
    }, host);
}
/**
 * The exact text of the value of `key` in the top-level JSON object `text`, or null when the
 * text is not such an object or has no such key. The text is valid JSON (checked first), so a
 * scan that tracks strings and nesting finds each member's bounds without re-serialising it.
 */
function rawMember(text, key) {
    try {
        const parsed = JSON.parse(text);
        if (!(0,values/* isRecord */.u4)(parsed) || !(key in parsed))
            return null;
    }
    catch {
        return null;
    }
    const space = (i) => {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
        return i;
    };
    const stringEnd = (i) => {
        for (i++; text[i] !== '"'; i += text[i] === '\\' ? 2 : 1)
            ;
        return i + 1;
    };
    /** The index just past the value that starts at `i`. */
    const valueEnd = (i) => {
        if (text[i] === '"')
            return stringEnd(i);
        if (text[i] !== '{' && text[i] !== '[') {
            while (i < text.length && !',}] \t\r\n'.includes(text[i]))
                i++;
            return i;
        }
        let depth = 0;
        do {
            const c = text[i];
            if (c === '"') {
                i = stringEnd(i);
                continue;
            }
            if (c === '{' || c === '[')
                depth++;
            else if (c === '}' || c === ']')
                depth--;
            i++;
        } while (depth > 0);
        return i;
    };
    // Valid JSON whose top level is an object: `{`, then `"name": value` members separated by `,`.
    // The last of duplicate members wins, as in JSON.parse.
    let found = null;
    for (let i = space(0) + 1;;) {
        i = space(i);
        const nameEnd = stringEnd(i);
        const name = JSON.parse(text.slice(i, nameEnd));
        const start = space(space(nameEnd) + 1);
        const end = valueEnd(start);
        if (name === key)
            found = text.slice(start, end);
        const next = space(end);
        if (text[next] === '}')
            return found;
        i = next + 1;
    }
}

// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
;// CONCATENATED MODULE: ./src/core/attest/event-log.ts
/**
 * The dstack TDX event log: the JSON array a CVM reports as `tcb_info.event_log` (and as the
 * JSON-string `event_log` of a GetQuote answer), replayed into RTMR0–3.
 *
 * Boot-time entries (firmware, kernel, initrd) carry the digest that was extended; dstack's own
 * runtime events (type 0x08000001 in RTMR3: app-id, compose-hash, …) are extended with a digest of
 * their name and payload, which this module recomputes instead of trusting: GetQuote leaves those
 * digests empty, and a log whose payload was edited but whose digest was kept must not replay.
 */




/** dstack's runtime event type, not a TCG type. */
const DSTACK_RUNTIME_EVENT_TYPE = 0x08000001;
/** SHA-384 register size. */
const RTMR_BYTES = 48;
/**
 * Reads an event log given as a JSON array or as the JSON text of one (GetQuote's `event_log`).
 * `where` names it in errors, e.g. `info.json: tcb_info.event_log`.
 */
function parseEventLog(value, where) {
    let list = value;
    if (typeof value === 'string') {
        try {
            list = JSON.parse(value);
        }
        catch {
            throw new errors/* InputError */.dz(where, `is a string but not JSON text: ${(0,json_parser/* jsonSyntaxProblem */.F1)(value)}`);
        }
    }
    if (!Array.isArray(list)) {
        throw new errors/* InputError */.dz(where, 'is not a JSON array of events');
    }
    if (list.length === 0) {
        throw new errors/* InputError */.dz(where, 'is empty: there is nothing to replay');
    }
    return list.map((item, index) => parseEntry(item, index, `${where}[${index}]`));
}
function parseEntry(item, index, where) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new errors/* InputError */.dz(where, 'is not an event object');
    }
    const entry = item;
    const imr = entry.imr;
    if (imr !== 0 && imr !== 1 && imr !== 2 && imr !== 3) {
        throw new errors/* InputError */.dz(`${where}.imr`, `must be 0, 1, 2 or 3, got ${show(imr)}`);
    }
    const eventType = entry.event_type;
    if (typeof eventType !== 'number' ||
        !Number.isInteger(eventType) ||
        eventType < 0 ||
        eventType > 0xffffffff) {
        throw new errors/* InputError */.dz(`${where}.event_type`, `must be a 32-bit unsigned integer`);
    }
    // dstack leaves `digest` out (serde default) or empty when it is to be recomputed.
    const digestText = entry.digest ?? '';
    if (typeof digestText !== 'string') {
        throw new errors/* InputError */.dz(`${where}.digest`, 'must be a hex string');
    }
    if (digestText !== '')
        hexToBytes(digestText, `${where}.digest`, RTMR_BYTES);
    const name = entry.event ?? '';
    if (typeof name !== 'string') {
        throw new errors/* InputError */.dz(`${where}.event`, 'must be a string');
    }
    const payloadText = entry.event_payload ?? '';
    if (typeof payloadText !== 'string') {
        throw new errors/* InputError */.dz(`${where}.event_payload`, 'must be a hex string');
    }
    const payload = hexToBytes(payloadText, `${where}.event_payload`);
    // dstack writes `version` only for V2 (it is skipped when V1) and rejects unknown numbers.
    const rawVersion = entry.version ?? 1;
    if (rawVersion !== 1 && rawVersion !== 2) {
        throw new errors/* InputError */.dz(`${where}.version`, `unknown event log version ${show(rawVersion)} (dstack knows 1 and 2)`);
    }
    return {
        index,
        imr,
        eventType,
        digest: digestText.toLowerCase(),
        event: name,
        payload,
        version: rawVersion,
    };
}
function show(value) {
    return typeof value === 'string' ? preview(value) : String(JSON.stringify(value));
}
/**
 * The bytes dstack hashes for a runtime event.
 * V1: u32 LE event type ‖ ":" ‖ name ‖ ":" ‖ payload.
 * V2: the RFC 8785 (JCS) JSON `{"name":…,"payload":"<lowercase hex>","type":134217729}`; JCS sorts
 * the keys and writes strings exactly as JSON.stringify does, and the integer as plain digits.
 */
function runtimeEventPreimage(name, payload, version) {
    if (version === 2) {
        const json = `{"name":${JSON.stringify(name)},"payload":"${bytesToHex(payload)}","type":${DSTACK_RUNTIME_EVENT_TYPE}}`;
        return Buffer.from(json, 'utf8');
    }
    const type = Buffer.alloc(4);
    type.writeUInt32LE(DSTACK_RUNTIME_EVENT_TYPE);
    return Buffer.concat([type, Buffer.from(`:${name}:`, 'utf8'), payload]);
}
/** SHA-384 digest of a dstack runtime event, lowercase hex. */
function runtimeEventDigest(name, payload, version) {
    return (0,hash/* sha384 */.q)(runtimeEventPreimage(name, payload, version)).toString('hex');
}
/**
 * Whether dstack's runtime measured this event: its type, in RTMR3. The type alone is not enough:
 * an entry of that type in RTMR0–2 is not one of dstack's runtime events, is extended with the
 * digest it states, and never counts as the compose-hash event.
 */
function isRuntimeEvent(entry) {
    return entry.eventType === DSTACK_RUNTIME_EVENT_TYPE && entry.imr === 3;
}
/**
 * Replays the log: each RTMR starts as 48 zero bytes, and every entry extends its RTMR with
 * SHA-384(old ‖ digest). Runtime events use their recomputed digest. A boot-time entry without a
 * digest cannot be replayed at all, which is an input error naming it.
 */
function replayEventLog(entries, where) {
    const registers = [0, 1, 2, 3].map(() => Buffer.alloc(RTMR_BYTES));
    const counts = [0, 0, 0, 0];
    const digestMismatches = [];
    let recomputedEmpty = 0;
    for (const entry of entries) {
        let digest;
        if (isRuntimeEvent(entry)) {
            digest = runtimeEventDigest(entry.event, entry.payload, entry.version);
            if (entry.digest === '')
                recomputedEmpty += 1;
            else if (entry.digest !== digest) {
                digestMismatches.push({
                    index: entry.index,
                    imr: entry.imr,
                    event: entry.event,
                    stated: entry.digest,
                    computed: digest,
                });
            }
        }
        else {
            if (entry.digest === '') {
                throw new errors/* InputError */.dz(`${where}[${entry.index}]`, `a boot-time event (type 0x${entry.eventType.toString(16)}, RTMR${entry.imr}) has no digest, so the log cannot be replayed`);
            }
            digest = entry.digest;
        }
        const old = registers[entry.imr];
        registers[entry.imr] = (0,hash/* sha384 */.q)(old, Buffer.from(digest, 'hex'));
        counts[entry.imr] += 1;
    }
    const hex = registers.map((register) => register.toString('hex'));
    return {
        rtmrs: [hex[0] ?? '', hex[1] ?? '', hex[2] ?? '', hex[3] ?? ''],
        eventCounts: counts,
        digestMismatches,
        recomputedEmpty,
    };
}
/**
 * The first runtime `compose-hash` event (RTMR3) before `system-ready`, as dstack itself reads it.
 * Events after `system-ready` are emitted by the application, which could name one
 * `compose-hash`: those never count. A log without `system-ready` (dstack 0.3) is searched whole;
 * the first one still wins, because the system measures it before any application runs.
 */
function findComposeHashEvent(entries) {
    let found = null;
    let systemReadySeen = false;
    let ignoredAfterSystemReady = 0;
    for (const entry of entries) {
        if (!isRuntimeEvent(entry))
            continue;
        if (entry.event === 'system-ready') {
            systemReadySeen = true;
            continue;
        }
        if (entry.event !== 'compose-hash')
            continue;
        if (systemReadySeen)
            ignoredAfterSystemReady += 1;
        else if (found === null)
            found = entry;
    }
    return found === null ? null : { entry: found, systemReadySeen, ignoredAfterSystemReady };
}

;// CONCATENATED MODULE: ./src/core/attest/tdx-quote.ts
/**
 * The measurement fields of an Intel TDX quote (DCAP quote format v4, and v5 with a TD 1.0 or
 * TD 1.5 report body). Only the fields are read here; the signature chain is not verified.
 *
 * Layout (all little-endian): a 48-byte header (u16 version, u16 attestation key type, u32 TEE
 * type, …); v5 then has u16 body type and u32 body size; then the TD report body, in which MRTD,
 * MRCONFIGID, MROWNER, MROWNERCONFIG, RTMR0–3 (48 bytes each) and REPORTDATA (64) sit at fixed
 * offsets; then u32 signature data length and the signature data.
 */


const HEADER_BYTES = 48;
const TEE_TYPE_TDX = 0x81;
const TD10_BODY_BYTES = 584;
const TD15_BODY_BYTES = 648;
const V5_BODY_DESCRIPTOR_BYTES = 6;
const V5_BODY_TD10 = 2;
const V5_BODY_TD15 = 3;
/** Offsets of the fields inside a TD report body (TD 1.5 only appends fields). */
const BODY = {
    mrtd: 136,
    mrConfigId: 184,
    mrOwner: 232,
    mrOwnerConfig: 280,
    rtmr0: 328,
    reportData: 520,
};
const MEASUREMENT_BYTES = 48;
const REPORT_DATA_BYTES = 64;
/**
 * Reads a TDX quote from its bytes, or from hex text (whitespace anywhere and a `0x` prefix are
 * tolerated). Anything short, of another TEE, or of an unknown version is an InputError
 * naming `where`; no read ever goes past the end.
 */
function parseTdxQuote(input, where) {
    const bytes = typeof input === 'string' ? quoteHexToBytes(input, where) : input;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const need = (end, what) => {
        if (bytes.byteLength < end) {
            throw new errors/* InputError */.dz(where, `truncated TDX quote: ${what} needs ${end} bytes, the quote has ${bytes.byteLength}`);
        }
    };
    need(HEADER_BYTES, 'the header');
    const version = view.getUint16(0, true);
    const attestationKeyType = view.getUint16(2, true);
    const teeType = view.getUint32(4, true);
    if (teeType !== TEE_TYPE_TDX) {
        throw new errors/* InputError */.dz(where, `not a TDX quote: TEE type 0x${teeType.toString(16)} (TDX is 0x81${teeType === 0 ? '; 0 is SGX' : ''})`);
    }
    let bodyStart;
    let bodyBytes;
    let body;
    if (version === 4) {
        bodyStart = HEADER_BYTES;
        bodyBytes = TD10_BODY_BYTES;
        body = 'td1.0';
    }
    else if (version === 5) {
        need(HEADER_BYTES + V5_BODY_DESCRIPTOR_BYTES, 'the v5 body descriptor');
        const bodyType = view.getUint16(HEADER_BYTES, true);
        bodyBytes = view.getUint32(HEADER_BYTES + 2, true);
        bodyStart = HEADER_BYTES + V5_BODY_DESCRIPTOR_BYTES;
        if (bodyType === V5_BODY_TD10 && bodyBytes === TD10_BODY_BYTES)
            body = 'td1.0';
        else if (bodyType === V5_BODY_TD15 && bodyBytes === TD15_BODY_BYTES)
            body = 'td1.5';
        else {
            throw new errors/* InputError */.dz(where, `quote v5 with body type ${bodyType} of ${bodyBytes} bytes is not a TD report (type 2 of ${TD10_BODY_BYTES} or type 3 of ${TD15_BODY_BYTES})`);
        }
    }
    else {
        throw new errors/* InputError */.dz(where, `unsupported TDX quote version ${version} (versions 4 and 5 are read)`);
    }
    const bodyEnd = bodyStart + bodyBytes;
    need(bodyEnd, 'the TD report');
    need(bodyEnd + 4, 'the signature data length');
    const signatureDataLength = view.getUint32(bodyEnd, true);
    const end = bodyEnd + 4 + signatureDataLength;
    need(end, `the signature data (${signatureDataLength} bytes)`);
    const field = (offset, length) => bytesToHex(bytes.subarray(bodyStart + offset, bodyStart + offset + length));
    const rtmr = (i) => field(BODY.rtmr0 + i * MEASUREMENT_BYTES, MEASUREMENT_BYTES);
    return {
        version,
        attestationKeyType,
        body,
        mrtd: field(BODY.mrtd, MEASUREMENT_BYTES),
        mrConfigId: field(BODY.mrConfigId, MEASUREMENT_BYTES),
        mrOwner: field(BODY.mrOwner, MEASUREMENT_BYTES),
        mrOwnerConfig: field(BODY.mrOwnerConfig, MEASUREMENT_BYTES),
        rtmrs: [rtmr(0), rtmr(1), rtmr(2), rtmr(3)],
        reportData: field(BODY.reportData, REPORT_DATA_BYTES),
        signatureDataLength,
        trailingBytes: bytes.byteLength - end,
        bytes,
    };
}
function quoteHexToBytes(text, where) {
    let hex = text.replace(/\s+/g, '');
    if (/^0x/i.test(hex))
        hex = hex.slice(2);
    if (hex === '')
        throw new errors/* InputError */.dz(where, 'the TDX quote is empty');
    if (!/^[0-9a-fA-F]*$/.test(hex)) {
        throw new errors/* InputError */.dz(where, `not hex: ${preview(hex)} (a TDX quote is given as hex)`);
    }
    if (hex.length % 2 !== 0) {
        throw new errors/* InputError */.dz(where, 'the TDX quote hex has an odd number of digits');
    }
    return hexToBytes(hex, where);
}

;// CONCATENATED MODULE: ./src/core/attest/document.ts
/**
 * Reading what a running dstack CVM reports, in each shape it is served in, into one form per
 * instance: the event log, the app_compose text, the values the document states (RTMRs, MRTD,
 * compose hash, mr_aggregated), and any TDX quote and Intel collateral it carries. Nothing here
 * judges the values: the checks do. Pure: the caller reads the text.
 */







/** How the human output names each shape. */
const INPUT_KINDS = {
    info: 'a guest agent Info() answer',
    tcb_info: 'a tcb_info document',
    get_quote: 'a GetQuote() answer',
    verifier_request: 'a dstack-verifier request',
    public_data: "an app's /public_data",
    app_attestations: "Phala Cloud's app attestations",
};
/** Parses the document text and tells which shape it is. Throws InputError naming `name`. */
function readAttestInput(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(name, `not JSON: ${(0,json_parser/* jsonSyntaxProblem */.F1)(text)}`);
    }
    if (!(0,values/* isRecord */.u4)(value))
        throw new errors/* InputError */.dz(name, 'is not a JSON object');
    const read = new Reader(name);
    if (Array.isArray(value.instances))
        return read.appAttestations(value);
    if ((0,values/* isRecord */.u4)(value.tee_participant_info))
        return read.publicData(value);
    if ('quote' in value)
        return read.getQuote(value);
    if ('tcb_info' in value)
        return read.info(value);
    if ('event_log' in value) {
        return { kind: 'tcb_info', name, instances: [read.tcbInfo(value, '', {})] };
    }
    throw new errors/* InputError */.dz(name, 'is not a dstack attestation document: expected a guest agent Info() answer (with tcb_info), ' +
        'a tcb_info object (with event_log), a GetQuote() answer or dstack-verifier request (quote ' +
        "and event_log), an app's /public_data (tee_participant_info.Dstack) or Phala Cloud's app " +
        'attestations (instances)');
}
class Reader {
    name;
    constructor(name) {
        this.name = name;
    }
    where(path) {
        return path === '' ? this.name : `${this.name}: ${path}`;
    }
    info(info) {
        const tcbInfo = this.jsonObject(info.tcb_info, 'tcb_info', true);
        const composeHash = this.hex(info, 'compose_hash', 32, '');
        return {
            kind: 'info',
            name: this.name,
            instances: [
                this.tcbInfo(tcbInfo, 'tcb_info.', {
                    composeHashFields: composeHash === null ? [] : [{ where: 'compose_hash', value: composeHash }],
                    mrAggregated: this.hex(info, 'mr_aggregated', 32, ''),
                    mrConfigDocument: this.mrConfig(info, ''),
                }),
            ],
        };
    }
    tcbInfo(tcbInfo, prefix, around) {
        if (!('event_log' in tcbInfo))
            throw new errors/* InputError */.dz(this.where(`${prefix}event_log`), 'is missing');
        const eventLogWhere = this.where(`${prefix}event_log`);
        const appCompose = tcbInfo.app_compose ?? null;
        if (appCompose !== null && typeof appCompose !== 'string') {
            throw new errors/* InputError */.dz(this.where(`${prefix}app_compose`), 'must be a string (the exact text of app-compose.json)');
        }
        const field = this.hex(tcbInfo, 'compose_hash', 32, prefix);
        const rtmr = (i) => this.hex(tcbInfo, `rtmr${i}`, 48, prefix);
        return {
            name: around.name ?? this.name,
            events: parseEventLog(tcbInfo.event_log, eventLogWhere),
            eventLogWhere,
            appCompose,
            composeHashFields: [
                ...(field === null ? [] : [{ where: `${prefix}compose_hash`, value: field }]),
                ...(around.composeHashFields ?? []),
            ],
            reportedRtmrs: [rtmr(0), rtmr(1), rtmr(2), rtmr(3)],
            mrtd: this.hex(tcbInfo, 'mrtd', 48, prefix),
            mrAggregated: this.hex(tcbInfo, 'mr_aggregated', 32, prefix) ?? around.mrAggregated ?? null,
            mrConfigDocument: this.mrConfig(tcbInfo, prefix) ?? around.mrConfigDocument ?? null,
            quote: around.quote ?? null,
            collateral: around.collateral ?? null,
        };
    }
    /** A GetQuote() answer, or the same with `vm_config` as dstack-verifier takes it. */
    getQuote(answer) {
        if (!('event_log' in answer))
            throw new errors/* InputError */.dz(this.where('event_log'), 'is missing');
        const eventLogWhere = this.where('event_log');
        return {
            kind: 'vm_config' in answer ? 'verifier_request' : 'get_quote',
            name: this.name,
            instances: [
                {
                    name: this.name,
                    events: parseEventLog(answer.event_log, eventLogWhere),
                    eventLogWhere,
                    appCompose: null,
                    composeHashFields: [],
                    reportedRtmrs: [null, null, null, null],
                    mrtd: null,
                    mrAggregated: null,
                    mrConfigDocument: this.mrConfig(answer, ''),
                    quote: this.quote(answer.quote, 'quote'),
                    collateral: this.collateral(answer, ''),
                },
            ],
        };
    }
    /** An app's own `/public_data`, as near/mpc serves it: `tee_participant_info.Dstack`. */
    publicData(data) {
        const info = data.tee_participant_info;
        const prefix = 'tee_participant_info.Dstack.';
        const dstack = info.Dstack;
        if (!(0,values/* isRecord */.u4)(dstack)) {
            throw new errors/* InputError */.dz(this.where('tee_participant_info'), 'has no Dstack attestation (another TEE, or a node running without one)');
        }
        const tcbInfo = this.jsonObject(dstack.tcb_info, `${prefix}tcb_info`, false);
        return {
            kind: 'public_data',
            name: this.name,
            instances: [
                this.tcbInfo(tcbInfo, `${prefix}tcb_info.`, {
                    quote: this.quote(dstack.quote, `${prefix}quote`),
                    collateral: this.collateral(dstack, prefix),
                }),
            ],
        };
    }
    /** Phala Cloud's `/api/v1/apps/<app-id>/attestations`: every instance of the app. */
    appAttestations(answer) {
        const instances = answer.instances;
        if (instances.length === 0) {
            throw new errors/* InputError */.dz(this.where('instances'), 'is empty: the app reports no running instance');
        }
        return {
            kind: 'app_attestations',
            name: this.name,
            instances: instances.map((item, i) => {
                const at = `instances[${i}]`;
                if (!(0,values/* isRecord */.u4)(item))
                    throw new errors/* InputError */.dz(this.where(at), 'is not an object');
                const quote = this.quote(item.quote, `${at}.quote`);
                const name = `${this.name} ${at}`;
                if (item.tcb_info !== undefined && item.tcb_info !== null && item.tcb_info !== '') {
                    const tcbInfo = this.jsonObject(item.tcb_info, `${at}.tcb_info`, true);
                    return this.tcbInfo(tcbInfo, `${at}.tcb_info.`, { name, quote });
                }
                if (!('eventlog' in item)) {
                    throw new errors/* InputError */.dz(this.where(at), 'has neither eventlog nor tcb_info');
                }
                return this.tcbInfo({ event_log: item.eventlog }, `${at}.`, { name, quote });
            }),
        };
    }
    /** A JSON object, or the JSON text of one (Info() gives tcb_info as a string). */
    jsonObject(value, path, publishedFlag) {
        let parsed = value;
        if (typeof value === 'string') {
            if (value === '' && publishedFlag) {
                throw new errors/* InputError */.dz(this.where(path), 'is empty: this CVM does not publish it (public_tcbinfo is false in its app-compose)');
            }
            try {
                parsed = JSON.parse(value);
            }
            catch {
                throw new errors/* InputError */.dz(this.where(path), `is a string but not JSON text: ${(0,json_parser/* jsonSyntaxProblem */.F1)(value)}`);
            }
        }
        if (!(0,values/* isRecord */.u4)(parsed)) {
            throw new errors/* InputError */.dz(this.where(path), 'is not a JSON object (or the JSON text of one)');
        }
        return parsed;
    }
    /** A quote as hex text, or as an array of byte values (near/mpc). */
    quote(value, path) {
        const where = this.where(path);
        const data = typeof value === 'string' ? value : byteArray(value);
        if (data === null) {
            throw new errors/* InputError */.dz(where, 'must be the TDX quote as a hex string or an array of bytes');
        }
        return { source: `the quote in ${this.name}`, quote: parseTdxQuote(data, where) };
    }
    collateral(object, prefix) {
        const value = object.collateral;
        if (value === undefined || value === null)
            return null;
        return readCollateral(value, this.where(`${prefix}collateral`));
    }
    /** The MrConfig v3 document: `mr_config`, or `vm_config.mr_config` where older hosts put it. */
    mrConfig(object, prefix) {
        const direct = object.mr_config;
        if (typeof direct === 'string' && direct !== '')
            return direct;
        let vmConfig = object.vm_config;
        if (typeof vmConfig === 'string') {
            try {
                vmConfig = JSON.parse(vmConfig);
            }
            catch {
                throw new errors/* InputError */.dz(this.where(`${prefix}vm_config`), 'is a string but not JSON text');
            }
        }
        const nested = (0,values/* isRecord */.u4)(vmConfig) ? vmConfig.mr_config : undefined;
        return typeof nested === 'string' && nested !== '' ? nested : null;
    }
    /** A hex field of `length` bytes, lowercased; null when absent or null. */
    hex(object, key, length, prefix) {
        const value = object[key];
        if (value === undefined || value === null)
            return null;
        return hexField(value, this.where(`${prefix}${key}`), length);
    }
}
/** A TDX quote file's content: hex text (as GetQuote gives it) or the quote's raw bytes. */
function readQuoteFile(bytes, name) {
    const text = Buffer.from(bytes).toString('latin1');
    const data = /^\s*(0x)?[0-9a-fA-F\s]*$/.test(text) ? text : bytes;
    return { source: name, quote: parseTdxQuote(data, name) };
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./node_modules/@noble/hashes/sha3.js + 2 modules
var sha3 = __webpack_require__(7585);
;// CONCATENATED MODULE: ./src/core/attest/measurements.ts
/**
 * Values dstack derives from a TD's registers, recomputed here to compare with what a quote or a
 * document reports: MRCONFIGID (how the TD was launched for a compose hash) and mr_aggregated.
 */



const ZERO_TAIL = '00'.repeat(15);
/** MRCONFIGID v1: `01` ‖ compose hash ‖ zeros. */
function mrConfigIdV1(composeHash) {
    return `01${composeHash}${ZERO_TAIL}`;
}
/** dstack's key provider kinds, as MRCONFIGID v2 encodes them (one byte). */
const KEY_PROVIDER_KINDS = { none: 0, local: 1, kms: 2, tpm: 3 };
/**
 * MRCONFIGID v2: `02` ‖ keccak-256(compose hash ‖ app id (20 bytes) ‖ key provider kind (1 byte)
 * ‖ key provider id) ‖ zeros.
 */
function mrConfigIdV2(composeHash, appId, keyProvider, keyProviderId) {
    const preimage = Buffer.concat([
        Buffer.from(composeHash, 'hex'),
        Buffer.from(appId, 'hex'),
        Uint8Array.of(KEY_PROVIDER_KINDS[keyProvider]),
        Buffer.from(keyProviderId, 'hex'),
    ]);
    return `02${bytesToHex((0,sha3/* keccak_256 */.lY)(preimage))}${ZERO_TAIL}`;
}
/**
 * MRCONFIGID v3: `03` ‖ SHA-256("dstack-mr-config-v3:" ‖ 0x00 ‖ the mr_config document bytes) ‖
 * zeros. The document is hashed as given, never re-serialised.
 */
function mrConfigIdV3(document) {
    return `03${(0,hash/* sha256Hex */.f)('dstack-mr-config-v3:', Uint8Array.of(0), document)}${ZERO_TAIL}`;
}
/**
 * dstack's mr_aggregated: SHA-256 of MRTD ‖ RTMR0 ‖ RTMR1 ‖ RTMR2 ‖ RTMR3, followed by MRCONFIGID
 * ‖ MROWNER ‖ MROWNERCONFIG unless all three are zero (kept out for older deployments).
 * RTMR3 is the replayed one, which the rtmr3 check compares with the quote's.
 */
function mrAggregated(quote, rtmr3) {
    const registers = [quote.mrtd, quote.rtmrs[0], quote.rtmrs[1], quote.rtmrs[2], rtmr3];
    const config = [quote.mrConfigId, quote.mrOwner, quote.mrOwnerConfig];
    if (config.some((hex) => /[^0]/.test(hex)))
        registers.push(...config);
    return (0,hash/* sha256Hex */.f)(...registers.map((hex) => Buffer.from(hex, 'hex')));
}

;// CONCATENATED MODULE: ./src/core/attest/os-measurements.ts
/**
 * An allow-list of OS images: what dstack-mr measures an OS image to for a VM configuration (CPU
 * count, memory, …), one entry per image and shape: a JSON array of
 * `{"name", "mrtd", "rtmr0", "rtmr1", "rtmr2"}` (hex).
 */




const OS_REGISTERS = ['mrtd', 'rtmr0', 'rtmr1', 'rtmr2'];
/** Reads the file's text; `where` names it in errors (`--os-measurements`). */
function readOsMeasurements(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(where, `not JSON: ${(0,json_parser/* jsonSyntaxProblem */.F1)(text)}`);
    }
    if (!Array.isArray(value) || value.length === 0) {
        throw new errors/* InputError */.dz(where, 'must be a non-empty JSON array of {"name", "mrtd", "rtmr0", "rtmr1", "rtmr2"}');
    }
    return value.map((entry, i) => {
        const at = `${where}[${i}]`;
        if (!(0,values/* isRecord */.u4)(entry))
            throw new errors/* InputError */.dz(at, 'is not an object');
        if (typeof entry.name !== 'string' || entry.name === '') {
            throw new errors/* InputError */.dz(`${at}.name`, 'must be a non-empty string');
        }
        const out = { name: entry.name };
        for (const key of OS_REGISTERS)
            out[key] = hexField(entry[key], `${at}.${key}`, 48);
        return out;
    });
}

;// CONCATENATED MODULE: ./src/core/attest/checks.ts
/**
 * The checks of `attest`, one small function each. Every check says what it proved and what it
 * did not, and is left out (`check: null`) when it does not apply; the verdict is a fold over
 * them (attest.ts). Pure: the facts are read and verified at the edge and passed in.
 */






const result = (name, ok, detail, more = {}) => ({ check: { name, ok, detail }, ...more });
/** Unix seconds as a record's timestamp is written; `at` is whole seconds, so nothing is cut off. */
const time = (seconds) => (0,core_text/* isoSeconds */.n)(new Date(seconds * 1000));
function quoteSignatureCheck({ quote, signature }) {
    if (quote === null || signature === null) {
        return {
            check: null,
            notProved: [
                'There is no TDX quote, so the registers are the document’s own claim: at most it is ' +
                    'internally consistent, not shown to come from a TEE. Binding it to hardware needs a ' +
                    'quote whose signature a DCAP verifier checks with Intel’s collateral.',
            ],
        };
    }
    if (signature.state === 'unchecked') {
        return {
            check: null,
            notProved: [
                `The signature of ${quote.source} was not verified (${signature.reason}): nothing shows ` +
                    'that genuine Intel TDX hardware produced it.',
            ],
        };
    }
    if (signature.state === 'refused') {
        const from = signature.collateralSource === null
            ? ''
            : ` with collateral from ${signature.collateralSource}`;
        return result('quote-signature', false, `the DCAP verifier refused ${quote.source}${from} at ${time(signature.at)}: ${signature.reason}`, {
            notProved: [
                `Nothing shows that genuine Intel TDX hardware produced ${quote.source}: its signature ` +
                    'was refused, so the registers it reports are only a claim.',
            ],
        });
    }
    return result('quote-signature', true, `${quote.source} is signed by Intel TDX hardware: PCK certificate chain to Intel's SGX Root ` +
        'CA, revocation lists, QE report and identity and TCB info signature verified with ' +
        `collateral from ${signature.collateralSource}, valid at ${time(signature.at)}`, {
        proved: [
            `${capitalise(quote.source)} was signed by a genuine Intel TDX platform: its signature ` +
                `chain verifies to Intel’s SGX Root CA with collateral from ${signature.collateralSource}, valid at ${time(signature.at)}.`,
        ],
    });
}
function tcbStatusCheck({ signature, policy }) {
    if (signature === null || signature.state === 'unchecked')
        return { check: null };
    const status = signature.tcbStatus;
    if (status === null)
        return { check: null };
    const advisories = signature.state === 'verified' && signature.advisoryIds.length > 0
        ? ` (advisories: ${signature.advisoryIds.join(', ')})`
        : '';
    if (status === 'UpToDate') {
        return result('tcb-status', true, `UpToDate${advisories}`, {
            proved: [`Intel rates the platform’s TCB UpToDate${advisories}.`],
        });
    }
    if (status === 'Revoked') {
        return result('tcb-status', false, 'Revoked: Intel has revoked this platform, which is never accepted');
    }
    if (policy.allowTcb.includes(status)) {
        return result('tcb-status', true, `${status}${advisories}, accepted by allow-tcb`, {
            proved: [`Intel rates the platform’s TCB ${status}${advisories}, which allow-tcb accepts.`],
        });
    }
    return result('tcb-status', false, `${status}${advisories}: only UpToDate holds unless allow-tcb names ${status}`);
}
function rtmrChecks(facts) {
    const { document, quote, replay, composeEvent } = facts;
    const results = [];
    const against = new Set();
    // A document that carries its own quote: tell the two sources apart.
    const statedBy = quote?.source === `the quote in ${document.name}`
        ? `the tcb_info in ${document.name}`
        : document.name;
    for (const i of [0, 1, 2, 3]) {
        const name = `rtmr${i}`;
        const replayed = replay.rtmrs[i];
        const reported = [];
        if (quote !== null)
            reported.push({ source: quote.source, value: quote.quote.rtmrs[i] });
        const stated = document.reportedRtmrs[i];
        if (stated !== null)
            reported.push({ source: statedBy, value: stated });
        if (reported.length === 0) {
            if (i === 3 && composeEvent !== null) {
                results.push(result(name, false, 'there is no RTMR3 value to replay against (no quote, and the document states none): ' +
                    'the compose-hash event is bound to nothing measured'));
            }
            continue;
        }
        const problems = replay.digestMismatches
            .filter((m) => m.imr === i)
            .map((m) => `event ${m.index} (${m.event || 'unnamed'}) states digest ${m.stated} but its name and payload hash to ${m.computed}`);
        for (const { source, value } of reported) {
            if (value !== replayed)
                problems.push(`${source} reports ${value} but the event log replays to ${replayed}`);
        }
        if (problems.length > 0) {
            results.push(result(name, false, problems.join('; ')));
            continue;
        }
        for (const r of reported)
            against.add(r.source);
        const sources = reported.map((r) => r.source);
        results.push(result(name, true, `${replay.eventCounts[i]} event(s) replay to ${replayed}, as ${(0,core_text/* listText */.s)(sources)} ${sources.length === 1 ? 'reports' : 'report'}`));
    }
    const checked = results.filter((r) => r.check !== null);
    if (checked.length === 0) {
        return [
            {
                check: null,
                notProved: [
                    'Nothing reports RTMR values to compare the replay with, so the event log itself is unchecked.',
                ],
            },
        ];
    }
    if (checked.every((r) => r.check?.ok)) {
        const names = checked.map((r) => r.check?.name.toUpperCase() ?? '');
        return [
            ...results.slice(0, -1),
            {
                ...results[results.length - 1],
                proved: [
                    `The event log replays to the ${names.join(', ')} values reported by ${(0,core_text/* listText */.s)([...against])}.`,
                ],
            },
        ];
    }
    return results;
}
function composeHashCheck({ document, composeEvent, composeHash, }) {
    const name = 'compose-hash';
    const notes = [];
    if (composeEvent !== null && !composeEvent.systemReadySeen) {
        notes.push('The event log has no system-ready event (dstack 0.3): the first compose-hash event was taken.');
    }
    if (composeEvent !== null && composeEvent.ignoredAfterSystemReady > 0) {
        notes.push(`${composeEvent.ignoredAfterSystemReady} event(s) named compose-hash after system-ready ` +
            'were emitted by the application and ignored.');
    }
    if (composeEvent === null) {
        return result(name, false, 'the event log has no compose-hash event in RTMR3 before system-ready', { notes });
    }
    const eventText = `the compose-hash event (event ${composeEvent.entry.index})`;
    if (composeHash === null) {
        return result(name, false, `${eventText} has a ${composeEvent.entry.payload.byteLength}-byte payload, not a SHA-256`, { notes });
    }
    const compared = [];
    if (document.appCompose !== null) {
        compared.push({ what: 'sha256 of app_compose', value: (0,hash/* sha256Hex */.f)(document.appCompose) });
    }
    for (const field of document.composeHashFields)
        compared.push({ what: field.where, value: field.value });
    if (compared.length === 0) {
        return {
            check: null,
            notes: [
                ...notes,
                `${document.name} carries no app_compose document: the compose hash is the payload of ${eventText}.`,
            ],
        };
    }
    const differing = compared.filter((c) => c.value !== composeHash);
    if (differing.length > 0) {
        return result(name, false, `${eventText} has ${composeHash}, but ${(0,core_text/* listText */.s)(differing.map((c) => `${c.what} is ${c.value}`))}`, { notes });
    }
    return result(name, true, `${(0,core_text/* listText */.s)([eventText, ...compared.map((c) => c.what)])} are all ${composeHash}`, {
        notes,
        proved: [
            'The compose-hash event measured before system-ready equals sha256 of the exact ' +
                `app_compose bytes${document.composeHashFields.length > 0 ? ' and the compose_hash field' : ''}.`,
        ],
    });
}
/**
 * dstack's launch binding in MRCONFIGID: byte 0 is its version. All zeros means "not set" (kept
 * for old deployments): the compose hash is bound by RTMR3 alone. v1 is 01 ‖ compose hash ‖
 * zeros; v2 hashes the compose hash with the app id and key provider (keccak-256); v3 hashes the
 * mr_config document, which must name the same compose hash.
 */
function mrConfigIdCheck({ quote, composeHash, document }) {
    if (quote === null)
        return { check: null };
    const name = 'mr-config-id';
    const id = quote.quote.mrConfigId;
    const version = id.slice(0, 2);
    const source = quote.source;
    if (/^0+$/.test(id)) {
        return {
            check: null,
            notProved: [
                `The MRCONFIGID in ${source} is all zeros, which dstack treats as not set: the compose hash is bound by RTMR3 alone.`,
            ],
        };
    }
    if (version !== '01' && version !== '02' && version !== '03') {
        return result(name, false, `${source} has MRCONFIGID ${id}, whose version ${version} is not one dstack launches with`);
    }
    if (composeHash === null) {
        return result(name, false, `${source} has MRCONFIGID ${id}, but there is no attested compose hash to compare`);
    }
    if (version === '01') {
        const expected = mrConfigIdV1(composeHash);
        if (id !== expected) {
            return result(name, false, `${source} has MRCONFIGID ${id}, not 01 ‖ compose hash ‖ zeros (${expected})`);
        }
        return result(name, true, `MRCONFIGID in ${source} is 01 ‖ ${composeHash} ‖ zeros (v1)`, {
            proved: [
                'The quote’s MRCONFIGID (v1) names the same compose hash, the one the TD was launched for (dstack refuses to boot when they differ).',
            ],
        });
    }
    if (version === '02')
        return mrConfigV2(source, id, composeHash, document);
    return mrConfigV3(source, id, composeHash, document.mrConfigDocument);
}
/**
 * v2 binds the app id (dstack's own `app-id` event in RTMR3) and the key provider the
 * app_compose names (its kind and `key_provider_id`), which the compose hash already binds.
 */
function mrConfigV2(source, id, composeHash, document) {
    const name = 'mr-config-id';
    const appId = document.events.find((e) => isRuntimeEvent(e) && e.event === 'app-id')?.payload;
    const provider = document.appCompose === null ? null : keyProviderOf(document.appCompose);
    if (appId?.byteLength !== 20 || provider === null) {
        return {
            check: null,
            notProved: [
                `The MRCONFIGID in ${source} is version 2, which binds the app id and key provider with the ` +
                    `compose hash; the input lacks ${appId?.byteLength === 20 ? 'the app_compose that names the key provider' : 'a 20-byte app-id event'}, so it is not recomputed: the compose hash is bound by RTMR3.`,
            ],
        };
    }
    const appIdHex = bytesToHex(appId);
    const expected = mrConfigIdV2(composeHash, appIdHex, provider.kind, provider.id);
    if (id !== expected) {
        return result(name, false, `${source} has MRCONFIGID ${id}, not the v2 binding of compose hash, app id ${appIdHex} and key provider ${provider.kind} (${expected})`);
    }
    return result(name, true, `MRCONFIGID in ${source} is the v2 binding of compose hash ${composeHash}, app id ${appIdHex} and key provider ${provider.kind}`, {
        proved: [
            'The quote’s MRCONFIGID (v2) binds the same compose hash, app id and key provider: the TD was launched for them.',
        ],
    });
}
/** The key provider an app_compose names, as dstack reads it; null when it cannot be read. */
function keyProviderOf(appCompose) {
    let doc;
    try {
        doc = JSON.parse(appCompose);
    }
    catch {
        return null;
    }
    const named = doc.key_provider;
    let kind;
    if (typeof named === 'string' && named in KEY_PROVIDER_KINDS)
        kind = named;
    else if (named !== undefined && named !== null)
        return null;
    else if (doc.kms_enabled === true)
        kind = 'kms';
    else if (doc.local_key_provider_enabled === true)
        kind = 'local';
    else
        kind = 'none';
    const raw = doc.key_provider_id ?? '';
    if (typeof raw !== 'string')
        return null;
    const hex = raw.startsWith('0x') ? raw.slice(2) : raw;
    return isHexPairs(hex) ? { kind, id: hex.toLowerCase() } : null;
}
function mrConfigV3(source, id, composeHash, mrConfig) {
    const name = 'mr-config-id';
    if (mrConfig === null) {
        return {
            check: null,
            notProved: [
                `The MRCONFIGID in ${source} is version 3, which hashes an mr_config document the input does ` +
                    'not carry: the compose hash is bound by RTMR3.',
            ],
        };
    }
    const expected = mrConfigIdV3(mrConfig);
    if (id !== expected) {
        return result(name, false, `${source} has MRCONFIGID ${id}, but the mr_config document hashes to ${expected} (v3)`);
    }
    let bound;
    try {
        bound = JSON.parse(mrConfig).compose_hash;
    }
    catch {
        bound = undefined;
    }
    if (typeof bound !== 'string' || bound.toLowerCase() !== composeHash) {
        return result(name, false, `the mr_config document MRCONFIGID v3 binds names compose hash ${String(bound)}, not ${composeHash}`);
    }
    return result(name, true, `MRCONFIGID in ${source} is the v3 hash of the mr_config document, which names compose hash ${composeHash}`, {
        proved: [
            'The quote’s MRCONFIGID (v3) binds an mr_config document naming the same compose hash: the TD was launched for it.',
        ],
    });
}
function mrAggregatedCheck({ document, quote, replay }) {
    const stated = document.mrAggregated;
    if (stated === null)
        return { check: null };
    if (quote === null) {
        return {
            check: null,
            notProved: [
                'The document’s mr_aggregated was not recomputed: that needs the quote’s MRCONFIGID, MROWNER and MROWNERCONFIG.',
            ],
        };
    }
    const computed = mrAggregated(quote.quote, replay.rtmrs[3]);
    if (computed !== stated) {
        return result('mr-aggregated', false, `${document.name} states mr_aggregated ${stated}, but the registers of ${quote.source} give ${computed}`);
    }
    return result('mr-aggregated', true, `mr_aggregated ${stated} is recomputed from the registers of ${quote.source}`, {
        proved: [
            'The document’s mr_aggregated (the value dstack’s KMS authorises) is the hash of the quote’s registers.',
        ],
    });
}
function osCheck({ policy, quote, document }) {
    const os = policy.osMeasurements;
    if (os === null) {
        return {
            check: null,
            notProved: [
                'The OS was not compared: MRTD and RTMR0–2 (firmware, kernel, initrd and OS image) were ' +
                    'not matched with known dstack OS measurements (os-measurements).',
            ],
        };
    }
    const registers = quote
        ? {
            from: quote.source,
            mrtd: quote.quote.mrtd,
            rtmr0: quote.quote.rtmrs[0],
            rtmr1: quote.quote.rtmrs[1],
            rtmr2: quote.quote.rtmrs[2],
        }
        : {
            from: document.name,
            mrtd: document.mrtd,
            rtmr0: document.reportedRtmrs[0],
            rtmr1: document.reportedRtmrs[1],
            rtmr2: document.reportedRtmrs[2],
        };
    const missing = OS_REGISTERS.filter((key) => registers[key] === null);
    if (missing.length > 0) {
        return result('os', false, `${registers.from} states no ${missing.join(', ').toUpperCase()} to compare with ${os.name}`);
    }
    const differing = os.entries.map((entry) => ({
        entry,
        keys: OS_REGISTERS.filter((key) => entry[key] !== registers[key]),
    }));
    const match = differing.find((d) => d.keys.length === 0);
    if (match === undefined) {
        const nearest = [...differing].sort((a, b) => a.keys.length - b.keys.length)[0];
        return result('os', false, `MRTD and RTMR0–2 of ${registers.from} match none of the ${os.entries.length} entries of ${os.name}` +
            (nearest
                ? ` (nearest: ${JSON.stringify(nearest.entry.name)}, differing in ${nearest.keys.join(', ').toUpperCase()})`
                : ''));
    }
    return result('os', true, `MRTD and RTMR0–2 of ${registers.from} are those of ${JSON.stringify(match.entry.name)} in ${os.name}`, {
        proved: [
            `The firmware, kernel and OS image are ${JSON.stringify(match.entry.name)}, as ${os.name} lists it.`,
        ],
    });
}
function reportDataCheck({ policy, quote }) {
    const expected = policy.reportData;
    if (expected === null) {
        return {
            check: null,
            notProved: [
                'Freshness was not checked: without an expected REPORTDATA (report-data) the quote may be ' +
                    'an old one replayed, or bound to another key.',
            ],
        };
    }
    if (quote === null)
        return result('report-data', false, 'there is no quote whose REPORTDATA to compare');
    if (quote.quote.reportData !== expected) {
        return result('report-data', false, `${quote.source} has REPORTDATA ${quote.quote.reportData}, not ${expected}`);
    }
    return result('report-data', true, `REPORTDATA of ${quote.source} is ${expected}`, {
        proved: [
            'The quote’s REPORTDATA is the value given: it is as fresh as that value, and bound to what it commits to.',
        ],
    });
}
function releaseCheck({ composeHash, matches, releases }) {
    const name = 'release';
    if (composeHash === null)
        return result(name, false, 'there is no attested compose hash to look up');
    const first = matches[0];
    if (first === undefined) {
        return result(name, false, `no recorded release has compose hash ${composeHash} (${releases.length} release(s) searched)`);
    }
    const others = matches.slice(1).map((release) => release.version);
    return result(name, true, `release ${first.version} (${releaseText(first)}) recorded compose hash ${composeHash}` +
        (others.length > 0 ? `; so did ${others.join(', ')}` : ''), { proved: [`Release ${first.version} (${releaseText(first)}) recorded this compose hash.`] });
}
/** Every check, in the order the report lists them. */
const CHECKS = [
    quoteSignatureCheck,
    tcbStatusCheck,
    rtmrChecks,
    composeHashCheck,
    mrConfigIdCheck,
    mrAggregatedCheck,
    osCheck,
    reportDataCheck,
    releaseCheck,
];
function releaseText(release) {
    return `tag ${release.tag}, ${release.commit === null ? 'no commit recorded' : `commit ${release.commit}`}`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/core/attest/tcb-status.ts
/**
 * Intel's TCB statuses and the policy over them: `UpToDate` holds; the statuses that mean the
 * platform needs an update or a configuration change hold only when the user accepts them by
 * name; `Revoked` never holds.
 */

const ACCEPTABLE_TCB_STATUSES = [
    'SWHardeningNeeded',
    'ConfigurationNeeded',
    'ConfigurationAndSWHardeningNeeded',
    'OutOfDate',
    'OutOfDateConfigurationNeeded',
];
/**
 * Every status, worst first: Revoked, the acceptable ones from the most to the least in need of
 * an update (the reverse of the list above), then UpToDate.
 */
const TCB_STATUS_ORDER = [
    'Revoked',
    ...[...ACCEPTABLE_TCB_STATUSES].reverse(),
    'UpToDate',
];
/** Reads `--allow-tcb` / `allow-tcb`: a comma-separated list of the statuses above. */
function parseAllowTcb(text, where) {
    const names = text
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
    if (names.length === 0)
        throw new errors/* InputError */.dz(where, 'names no TCB status');
    return names.map((name) => {
        if (name === 'Revoked')
            throw new errors/* InputError */.dz(where, 'Revoked is never accepted');
        if (name === 'UpToDate')
            throw new errors/* InputError */.dz(where, 'UpToDate always holds: name only the statuses to accept besides it');
        if (!ACCEPTABLE_TCB_STATUSES.includes(name)) {
            throw new errors/* InputError */.dz(where, `unknown TCB status ${JSON.stringify(name.slice(0, 60))} (one of ${ACCEPTABLE_TCB_STATUSES.join(', ')})`);
        }
        return name;
    });
}

;// CONCATENATED MODULE: ./src/core/attest/attest.ts
/**
 * `attest`: from what a running dstack CVM reports back to the release that recorded its compose
 * hash. The documents are read by document.ts, the quote's signature is verified at the edge, and
 * each check (checks.ts) says what it proved; here the verdict is the fold of those checks, and
 * the report is the `--json` document. Pure.
 */




/** Runs every check over each instance and folds them into the report. */
function attest(input, evidence, releases, policy) {
    const instances = input.instances.map((document, i) => attestInstance(document, evidence[i] ?? { quote: null, signature: null }, releases, policy));
    const reports = instances.map((instance) => instance.report);
    return {
        report: reports.length === 1 ? reports[0] : combine(reports, input),
        input,
        instances,
    };
}
function attestInstance(document, { quote, signature }, releases, policy) {
    const replay = replayEventLog(document.events, document.eventLogWhere);
    const composeEvent = findComposeHashEvent(document.events);
    const payload = composeEvent?.entry.payload;
    const composeHash = payload?.byteLength === 32 ? bytesToHex(payload) : null;
    const matches = composeHash === null
        ? []
        : releases.filter((release) => release.compose_hash.toLowerCase() === composeHash);
    const facts = {
        document,
        quote,
        signature,
        replay,
        composeEvent,
        composeHash,
        releases,
        matches,
        policy,
    };
    const results = CHECKS.flatMap((check) => check(facts));
    const verdict = verdictOf(results);
    const first = matches[0];
    const notes = results.flatMap((r) => r.notes ?? []);
    if (replay.recomputedEmpty > 0) {
        notes.push(`${replay.recomputedEmpty} runtime event digest(s) left empty in the input were recomputed from name and payload.`);
    }
    return {
        report: {
            ok: okOf(verdict, policy),
            verdict,
            compose_hash: composeHash,
            release: first === undefined
                ? null
                : { version: first.version, tag: first.tag, commit: first.commit },
            tcb_status: signature !== null && signature.state !== 'unchecked' ? signature.tcbStatus : null,
            checks: results.flatMap((r) => (r.check === null ? [] : [r.check])),
            proved: results.flatMap((r) => r.proved ?? []),
            not_proved: results.flatMap((r) => r.notProved ?? []),
        },
        document,
        quote,
        matches,
        replay,
        notes,
    };
}
/** The fold: any failed check fails; a whole chain verifies; anything else is consistent. */
function verdictOf(results) {
    const checks = results.flatMap((r) => (r.check === null ? [] : [r.check]));
    if (checks.some((check) => !check.ok))
        return 'failed';
    const holds = (name) => checks.some((check) => check.name === name && check.ok);
    if (!holds('release'))
        return 'failed';
    const chain = ['quote-signature', 'tcb-status', 'rtmr3'].every(holds);
    return chain ? 'verified' : 'consistent';
}
function okOf(verdict, policy) {
    return verdict === 'verified' || (verdict === 'consistent' && policy.allowUnsigned);
}
const VERDICT_ORDER = ['failed', 'consistent', 'verified'];
/** Several instances: each must hold; what they share is stated once, the rest per instance. */
function combine(reports, input) {
    const names = input.instances.map((instance) => instance.name);
    const verdict = VERDICT_ORDER.find((v) => reports.some((r) => r.verdict === v)) ?? 'failed';
    const hashes = new Set(reports.map((r) => r.compose_hash));
    const composeHash = hashes.size === 1 ? (reports[0]?.compose_hash ?? null) : null;
    const statuses = reports.map((r) => r.tcb_status);
    const tcbStatus = statuses.includes(null)
        ? null
        : ([...statuses].sort((a, b) => TCB_STATUS_ORDER.indexOf(a) - TCB_STATUS_ORDER.indexOf(b))[0] ?? null);
    const checkNames = [...new Set(reports.flatMap((r) => r.checks.map((c) => c.name)))];
    const checks = checkNames.map((name) => {
        const per = reports.map((r, i) => ({
            name: names[i],
            check: r.checks.find((c) => c.name === name),
        }));
        const failing = per.filter((p) => p.check !== undefined && !p.check.ok);
        const having = per.filter((p) => p.check !== undefined);
        return failing.length > 0
            ? { name, ok: false, detail: failing.map((p) => `${p.name}: ${p.check?.detail}`).join('; ') }
            : { name, ok: true, detail: `holds for ${having.length} of ${reports.length} instances` };
    });
    const shared = (pick) => {
        const all = [...new Set(reports.flatMap(pick))];
        const common = all.filter((s) => reports.every((r) => pick(r).includes(s)));
        const own = reports.flatMap((r, i) => pick(r)
            .filter((s) => !common.includes(s))
            .map((s) => `${names[i]}: ${s}`));
        return [...common, ...own];
    };
    return {
        ok: reports.every((r) => r.ok),
        verdict,
        compose_hash: composeHash,
        release: composeHash === null ? null : (reports[0]?.release ?? null),
        tcb_status: tcbStatus,
        checks,
        proved: shared((r) => r.proved),
        not_proved: shared((r) => r.not_proved),
        instances: reports,
    };
}

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/time-limits.ts
var time_limits = __webpack_require__(5427);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/http/fetch-within.ts
var fetch_within = __webpack_require__(9330);
// EXTERNAL MODULE: ./src/http/hosts.ts
var hosts = __webpack_require__(2327);
// EXTERNAL MODULE: ./src/http/network-cause.ts
var network_cause = __webpack_require__(6156);
// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/http/get-public.ts






const NO_RETRY = { retries: 0, baseMs: 0, maxRetryAfterMs: 0 };
/**
 * A GET of a public URL (an attestation document, a PCCS answer): no credentials or cookies are
 * ever sent, redirects are followed by hand and only to `https:` or a loopback host, and each
 * hop has the time and byte limits of `fetchWithin`. No answer, or one other than 2xx, is an
 * error naming the host. Returns the answer, its body already read.
 */
async function getPublic(url, limits, accept, base = fetch, retry = NO_RETRY) {
    const get = (0,fetch_within/* fetchWithin */.G)(limits, base);
    let current = checked(url, url);
    for (let hop = 0;; hop++) {
        const response = await getOnce(get, current, accept, retry);
        const location = response.headers.get('location');
        if (hosts/* REDIRECTS */.eT.has(response.status) && location !== null) {
            if (hop === hosts/* MAX_REDIRECTS */.NX) {
                throw new Error(`${url.host} redirected more than ${hosts/* MAX_REDIRECTS */.NX} times; refused`);
            }
            current = checked(new URL(location, current), current);
            continue;
        }
        if (response.status < 200 || response.status > 299) {
            throw new Error(`${current.host} answered GET ${current.pathname} with HTTP ${response.status}`);
        }
        return response;
    }
}
/** One GET of `url`, tried again as `retry` allows; the answer, whatever its status. */
async function getOnce(get, url, accept, retry) {
    const wait = retry.sleep ?? promises_.setTimeout;
    for (let attempt = 1;; attempt++) {
        const last = attempt > retry.retries;
        let response;
        try {
            response = await get(url, {
                method: 'GET',
                headers: { accept },
                redirect: 'manual',
                credentials: 'omit',
            });
        }
        catch (error) {
            // undici's TypeError (a refused or reset connection) names no host; the time and size
            // limits' errors do, and are not retried: an answer that never came, or never ended, would
            // not come or end a second time.
            if (!(error instanceof TypeError))
                throw error;
            if (!last) {
                await wait((0,http_retry/* backoffMs */.jo)(retry.baseMs, attempt));
                continue;
            }
            throw new Error(`${url.host} unreachable for GET ${url.pathname}: ${(0,network_cause/* networkCause */.u)(error)}`, {
                cause: error,
            });
        }
        if (last || !(0,http_retry/* isRetryable */.r3)(response.status))
            return response;
        const asked = (0,http_retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
        if (asked !== undefined && asked > retry.maxRetryAfterMs)
            return response;
        await wait(asked ?? (0,http_retry/* backoffMs */.jo)(retry.baseMs, attempt));
    }
}
/** The rule for every URL followed; `from` names where a redirect came from. */
function checked(next, from) {
    const hop = next === from ? '' : `${from.host} redirected to ${next.protocol}//${next.host}: `;
    if (next.username !== '' || next.password !== '') {
        throw new Error(`${hop}a URL with credentials in it is refused: none are ever sent`);
    }
    if (!(0,hosts/* isHttpsOrLoopback */.cU)(next)) {
        throw new Error(`${hop}only https:// (or http:// to a loopback host) is followed`);
    }
    return next;
}
/**
 * A `PublicGet` with the time limit, retries and back-off of `limits`; a `Retry-After` over
 * `ATTEST_MAX_RETRY_AFTER_MS` ends the retries.
 */
function publicGet(limits, base = fetch) {
    const retry = {
        retries: limits.retries,
        baseMs: limits.retryBaseMs,
        maxRetryAfterMs: time_limits/* ATTEST_MAX_RETRY_AFTER_MS */.IG,
    };
    return (url, maxBytes, accept) => getPublic(url, { timeoutMs: limits.timeoutMs, maxBytes }, accept, base, retry);
}

// EXTERNAL MODULE: ./src/http/read-limited.ts
var read_limited = __webpack_require__(8417);
// EXTERNAL MODULE: ./src/store/releases.ts
var releases = __webpack_require__(4087);
// EXTERNAL MODULE: ./src/workspace/files.ts
var files = __webpack_require__(6234);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@phala/dcap-qvl-web/dcap-qvl-web.js
var dcap_qvl_web = __webpack_require__(5188);
// EXTERNAL MODULE: ./node_modules/@phala/dcap-qvl/src/intel.js
var intel = __webpack_require__(4023);
// EXTERNAL MODULE: ./node_modules/@phala/dcap-qvl/src/quote.js
var src_quote = __webpack_require__(7939);
// EXTERNAL MODULE: ./node_modules/@phala/dcap-qvl/src/verify.js
var verify = __webpack_require__(854);
;// CONCATENATED MODULE: ./src/attest/dcap.ts
/**
 * The quote's signature, by two maintained DCAP verifiers that must both accept it (README:
 * Dependencies): Phala's dcap-qvl in JavaScript, which checks the QE identity and the validity
 * window of the collateral, and the same library's Rust implementation (the one dstack uses),
 * built to WebAssembly, whose webpki checks the signatures of the revocation lists. Neither is
 * complete alone; no certificate or signature logic is written here.
 */








let wasmReady = false;
/** Compiles the WebAssembly module once; the bundle carries it beside the code that loads it. */
function rustVerifier() {
    if (!wasmReady) {
        const url = __webpack_require__.ab + "dcap-qvl-web_bg.wasm";
        (0,dcap_qvl_web/* initSync */.QR)({ module: (0,external_node_fs_.readFileSync)(url) });
        wasmReady = true;
    }
    return dcap_qvl_web/* js_verify */.gG;
}
/** Verifies `quote` with `collateral` at `at` (Unix seconds). Never throws for a bad quote. */
function verifyQuote(quote, collateral, at) {
    let status;
    let advisoryIds;
    try {
        const report = (0,verify.verify)(Buffer.from(quote), { ...collateral }, at);
        status = report.status;
        advisoryIds = [...report.advisory_ids];
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error);
        const refusedStatus = /^TCB status is invalid: (\w+)$/.exec(reason)?.[1] ?? null;
        return { ok: false, reason, status: refusedStatus };
    }
    try {
        rustVerifier()(quote, { ...collateral }, BigInt(at));
    }
    catch (error) {
        return { ok: false, reason: `${(0,errors/* errorMessage */.gJ)(error)} (the Rust verifier)`, status: null };
    }
    return { ok: true, status, advisoryIds };
}
function pckIdentity(quote) {
    const parsed = src_quote.Quote.parse(Buffer.from(quote));
    const fmspc = bytesToHex((0,intel.getFmspc)(parsed)).toUpperCase();
    const pem = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(Buffer.from(parsed.rawCertChain()).toString('latin1'))?.[0];
    if (pem === undefined)
        throw new Error('the quote carries no PCK certificate');
    const issuer = new external_node_crypto_.X509Certificate(pem).issuer;
    return { fmspc, ca: /Platform CA/.test(issuer) ? 'platform' : 'processor' };
}

;// CONCATENATED MODULE: ./src/attest/pccs.ts
/**
 * Intel's collateral for a quote, fetched from a PCCS (Intel's PCS/PCCS API v4, as Phala's
 * pccs.phala.network serves it): the PCK CRL of the CA that issued the quote's PCK certificate,
 * the TDX TCB info and QE identity for its FMSPC, and the root CA CRL. Every answer is bounded in
 * time and size as it streams. The quote names what to ask for: its FMSPC and its PCK CA.
 */

/** Collateral answers are small (a few KB); 1 MiB is room to spare. */
const MAX_ANSWER_BYTES = 1024 * 1024;
async function fetchCollateral(pccs, { fmspc, ca }, web) {
    const root = pccs.href.replace(/\/+$/, '').replace(/\/(sgx|tdx)\/certification\/v4$/, '');
    // Header names as API v4 sends them; older PCCS versions send the TCB chain as SGX-TCB-….
    const get = async (path, ...headers) => {
        const response = await web(new URL(`${root}/${path}`), MAX_ANSWER_BYTES, '*/*');
        const chain = headers.map((h) => response.headers.get(h)).find((v) => v !== null) ?? null;
        return { body: new Uint8Array(await response.arrayBuffer()), issuerChain: chain };
    };
    const [pckCrl, tcbInfo, qeIdentity, rootCaCrl] = await Promise.all([
        get(`sgx/certification/v4/pckcrl?ca=${ca}&encoding=der`, 'SGX-PCK-CRL-Issuer-Chain'),
        get(`tdx/certification/v4/tcb?fmspc=${fmspc}`, 'TCB-Info-Issuer-Chain', 'SGX-TCB-Info-Issuer-Chain'),
        get('tdx/certification/v4/qe/identity', 'SGX-Enclave-Identity-Issuer-Chain'),
        get('sgx/certification/v4/rootcacrl'),
    ]);
    return collateralFromPccs({ pckCrl, tcbInfo, qeIdentity, rootCaCrl }, pccs.host);
}

;// CONCATENATED MODULE: ./src/attest/run.ts
/**
 * One `attest` run, from settings to the report: the one function the CLI and the attest action
 * both call. Reads (or fetches) the document and the files named in the settings, gets Intel's
 * collateral for each quote, has the DCAP verifiers check it, and lets the core's checks decide.
 * The report is exactly the CLI's `--json` document. A caller:
 *
 *   const settings = attestSettings(inputs, ACTION_NAMES, workspace, Math.floor(Date.now() / 1000));
 *   const { report, exitCode } = await runAttest(settings, { warn, limits });
 *
 * Input that cannot be read throws InputError naming the caller's input; everything else is in
 * the report.
 */














async function runAttest(settings, effects = {}) {
    const { names } = settings;
    const web = publicGet(effects.limits ?? time_limits/* ATTEST_LIMITS */.Hl, effects.fetch ?? fetch);
    const releases = recordedReleases(settings, effects.warn ?? (() => undefined));
    const { text, name } = await readDocument(settings, effects, web);
    const input = readAttestInput(text, name);
    const extraQuote = settings.quoteFile === null ? null : await readQuote(settings.quoteFile, names.quote);
    if (extraQuote !== null && (input.instances.length > 1 || input.instances[0]?.quote)) {
        throw new errors/* InputError */.dz(names.quote, `${name} carries its own quote${input.instances.length > 1 ? 's' : ''}; a quote beside it would not say which`);
    }
    const collateral = new CollateralFinder(settings, await readCollateralFile(settings), web);
    const osFile = settings.osMeasurementsFile;
    const osMeasurements = osFile === null
        ? null
        : {
            name: osFile.name,
            entries: readOsMeasurements(await readText(osFile, names.osMeasurements), names.osMeasurements),
        };
    const evidence = await Promise.all(input.instances.map(async (document) => {
        const quote = document.quote ?? extraQuote;
        return {
            quote,
            signature: quote === null ? null : await collateral.signatureOf(quote, document),
        };
    }));
    const outcome = attest(input, evidence, releases, {
        allowTcb: settings.allowTcb,
        osMeasurements,
        reportData: settings.reportData,
        allowUnsigned: settings.allowUnsigned,
    });
    return { report: outcome.report, outcome, exitCode: outcome.report.ok ? 0 : 1 };
}
function recordedReleases(settings, warn) {
    return (0,releases/* readableReleases */.v)(settings.releasesDir, warn, settings.names.releasesDir).map((stored) => ({
        version: stored.record.version,
        tag: stored.record.tag,
        commit: stored.record.git?.commit ?? null,
        compose_hash: stored.record.compose_hash,
        stored,
    }));
}
async function readDocument(settings, effects, web) {
    const source = settings.document;
    const { names } = settings;
    if (source.kind === 'file')
        return { text: await readText(source, source.name), name: source.name };
    if (source.kind === 'stdin') {
        if (effects.stdin === undefined)
            throw new errors/* InputError */.dz('stdin', 'standard input cannot be read here');
        let bytes;
        try {
            bytes = await (0,read_limited/* readLimited */.t)(effects.stdin(), limits/* MAX_INPUT_BYTES */.s);
        }
        catch (error) {
            if (error instanceof read_limited/* BodyTooLargeError */.A) {
                throw new errors/* InputError */.dz('stdin', `more than ${limits/* MAX_INPUT_BYTES */.s} bytes (10 MiB); refused unread`);
            }
            throw error;
        }
        return { text: (0,files/* decodeUtf8 */._6)(bytes, 'stdin', 'standard input'), name: 'stdin' };
    }
    let answer;
    try {
        answer = await web(source.url, limits/* MAX_INPUT_BYTES */.s, 'application/json');
    }
    catch (error) {
        throw new errors/* InputError */.dz(names.url, (0,errors/* errorMessage */.gJ)(error));
    }
    // Named without its query or fragment, which may carry a token.
    const name = `${source.url.origin}${source.url.pathname}`;
    return {
        text: (0,files/* decodeUtf8 */._6)(new Uint8Array(await answer.arrayBuffer()), names.url, name),
        name,
    };
}
/** A small UTF-8 file the user named, refused with an error naming `where`. */
async function readText(file, where) {
    return (0,files/* decodeUtf8 */._6)(await (0,files/* readInputFile */.jH)(file.path, where), where, file.name);
}
async function readQuote(file, where) {
    return readQuoteFile(await (0,files/* readInputFile */.jH)(file.path, where), file.name);
}
async function readCollateralFile(settings) {
    const file = settings.collateralFile;
    if (file === null)
        return null;
    const where = settings.names.collateral;
    const text = await readText(file, where);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(where, `${file.name} is not JSON: ${(0,json_parser/* jsonSyntaxProblem */.F1)(text)}`);
    }
    return { collateral: readCollateral(value, where), source: file.name };
}
/**
 * Intel's collateral for each quote, first source that applies: the file given, the document's
 * own, or a PCCS (fetched once per platform and CA, for every instance alike); then what the DCAP
 * verifiers make of the quote with it.
 */
class CollateralFinder {
    settings;
    file;
    web;
    fetched = new Map();
    constructor(settings, file, web) {
        this.settings = settings;
        this.file = file;
        this.web = web;
    }
    async signatureOf(quote, document) {
        const at = this.settings.at;
        const embedded = document.collateral === null
            ? null
            : { collateral: document.collateral, source: document.name };
        let from = this.file ?? embedded;
        if (from === null) {
            const pccs = this.settings.pccs;
            if (pccs === null) {
                return {
                    state: 'unchecked',
                    reason: 'no Intel collateral was given or embedded, and fetching it is turned off',
                };
            }
            try {
                from = await this.fetch(pccs, quote);
            }
            catch (error) {
                const reason = `Intel's collateral could not be fetched from ${pccs.host}: ${(0,errors/* errorMessage */.gJ)(error)}`;
                return { state: 'refused', reason, collateralSource: null, at, tcbStatus: null };
            }
        }
        const answer = verifyQuote(quote.quote.bytes, from.collateral, at);
        return answer.ok
            ? {
                state: 'verified',
                tcbStatus: answer.status,
                advisoryIds: answer.advisoryIds,
                collateralSource: from.source,
                at,
            }
            : {
                state: 'refused',
                reason: answer.reason,
                collateralSource: from.source,
                at,
                tcbStatus: answer.status,
            };
    }
    fetch(pccs, quote) {
        const platform = pckIdentity(quote.quote.bytes);
        const key = `${platform.fmspc}/${platform.ca}`;
        let pending = this.fetched.get(key);
        if (pending === undefined) {
            pending = fetchCollateral(pccs, platform, this.web).then((collateral) => ({
                collateral,
                source: pccs.host,
            }));
            this.fetched.set(key, pending);
        }
        return pending;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/attest/settings.ts
/**
 * The typed settings of one `attest` run, built once from the CLI's flags or the attest action's
 * inputs. Each caller passes its own names for the values, so an error names the flag
 * (`--allow-tcb`) in the CLI and the input (`allow-tcb`) in the action.
 */




/** dstack's verifier asks this PCCS by default; so does attest. */
const DEFAULT_PCCS_URL = 'https://pccs.phala.network';
const CLI_NAMES = {
    file: '<file|->',
    url: '--url',
    quote: '--quote',
    collateral: '--collateral',
    pccs: '--pccs',
    offline: '--offline',
    at: '--at',
    allowTcb: '--allow-tcb',
    osMeasurements: '--os-measurements',
    reportData: '--report-data',
    allowUnsigned: '--allow-unsigned',
    releasesDir: '--dir',
};
/**
 * The attest action's input names (`attest/action.yml`). It has no input for a quote file or for
 * `offline` (it always may fetch); their names are kept for messages all the same.
 */
const ACTION_NAMES = {
    file: 'file',
    url: 'url',
    quote: 'quote',
    collateral: 'collateral',
    pccs: 'pccs-url',
    offline: 'offline',
    at: 'at',
    allowTcb: 'allow-tcb',
    osMeasurements: 'os-measurements',
    reportData: 'report-data',
    allowUnsigned: 'allow-unsigned',
    releasesDir: 'releases-dir',
};
/** Validates the inputs into settings; `now` is the current time in Unix seconds. */
function attestSettings(inputs, names, cwd, now) {
    const given = (value) => value !== undefined && value !== '';
    if (given(inputs.file) === given(inputs.url)) {
        throw new errors/* InputError */.dz(names.url, `give exactly one of ${names.file} and ${names.url}`);
    }
    if (inputs.offline && given(inputs.url)) {
        throw new errors/* InputError */.dz(names.offline, `never fetches, and ${names.url} fetches the document`);
    }
    if (inputs.offline && given(inputs.pccs)) {
        throw new errors/* InputError */.dz(names.offline, `never fetches: drop ${names.pccs} or ${names.offline}`);
    }
    const file = (value) => given(value) ? { path: (0,external_node_path_.resolve)(cwd, value), name: value } : null;
    let document;
    if (given(inputs.url))
        document = { kind: 'url', url: publicUrl(inputs.url, names.url) };
    else if (inputs.file === '-')
        document = { kind: 'stdin' };
    else
        document = {
            kind: 'file',
            path: (0,external_node_path_.resolve)(cwd, inputs.file),
            name: inputs.file,
        };
    return {
        document,
        quoteFile: file(inputs.quote),
        collateralFile: file(inputs.collateral),
        osMeasurementsFile: file(inputs.osMeasurements),
        pccs: inputs.offline
            ? null
            : publicUrl(given(inputs.pccs) ? inputs.pccs : DEFAULT_PCCS_URL, names.pccs),
        at: given(inputs.at) ? parseTime(inputs.at, names.at) : now,
        allowTcb: given(inputs.allowTcb) ? parseAllowTcb(inputs.allowTcb, names.allowTcb) : [],
        reportData: given(inputs.reportData)
            ? parseReportData(inputs.reportData, names.reportData)
            : null,
        allowUnsigned: inputs.allowUnsigned === true,
        releasesDir: inputs.releasesDir,
        names,
    };
}
/** An http(s) URL that may be fetched: https, or http to a loopback host; no credentials in it. */
function publicUrl(text, where) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz(where, `${JSON.stringify(text.slice(0, 100))} is not a URL`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new errors/* InputError */.dz(where, 'must not carry credentials: none are ever sent');
    }
    if (!(0,hosts/* isHttpsOrLoopback */.cU)(url)) {
        throw new errors/* InputError */.dz(where, 'must be https:// (http:// only to a loopback host)');
    }
    return url;
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** RFC 3339 (`2026-08-13T12:00:00Z`) or Unix seconds (`1786622400`), as Unix seconds. */
function parseTime(text, where) {
    if (/^\d{1,12}$/.test(text))
        return Number(text);
    const m = RFC3339.exec(text);
    const ms = m === null ? NaN : Date.parse(text.toUpperCase());
    if (m === null ||
        Number.isNaN(ms) ||
        Number(m[2]) > 12 ||
        Number(m[3]) > 31 ||
        Number(m[4]) > 23) {
        throw new errors/* InputError */.dz(where, `${JSON.stringify(text.slice(0, 60))} is neither RFC 3339 (2026-08-13T12:00:00Z) nor Unix seconds`);
    }
    return Math.floor(ms / 1000);
}
/** Hex of at most 64 bytes (`0x` allowed), zero-padded to 64 bytes as REPORTDATA is. */
function parseReportData(text, where) {
    const hex = text.startsWith('0x') || text.startsWith('0X') ? text.slice(2) : text;
    if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) {
        throw new errors/* InputError */.dz(where, 'must be hex (whole bytes), as REPORTDATA is');
    }
    if (hex.length > 128)
        throw new errors/* InputError */.dz(where, `is ${hex.length / 2} bytes; REPORTDATA holds 64`);
    return hex.toLowerCase().padEnd(128, '0');
}

// EXTERNAL MODULE: ./src/workspace/time-limits.ts
var workspace_time_limits = __webpack_require__(6681);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/records.ts
var records = __webpack_require__(3272);
// EXTERNAL MODULE: ./src/cli/table.ts
var table = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/cli/attest.ts
// `attest`: from a running enclave back to the release that recorded its compose hash (README:
// Verify a running enclave). A thin caller of the attest run: flags in, the report out, and the
// report said in words.








async function run(ctx) {
    const flag = (name) => ctx.options[name] === true;
    if ((ctx.args[0] === undefined) === ((0,context/* stringOption */.Pp)(ctx, 'url') === undefined)) {
        throw new args/* UsageError */.e('expected release-tracker attest <file|-> | --url URL', 'attest');
    }
    const settings = attestSettings({
        file: ctx.args[0],
        url: (0,context/* stringOption */.Pp)(ctx, 'url'),
        quote: (0,context/* stringOption */.Pp)(ctx, 'quote'),
        collateral: (0,context/* stringOption */.Pp)(ctx, 'collateral'),
        pccs: (0,context/* stringOption */.Pp)(ctx, 'pccs'),
        offline: flag('offline'),
        at: (0,context/* stringOption */.Pp)(ctx, 'at'),
        allowTcb: (0,context/* stringOption */.Pp)(ctx, 'allow-tcb'),
        osMeasurements: (0,context/* stringOption */.Pp)(ctx, 'os-measurements'),
        reportData: (0,context/* stringOption */.Pp)(ctx, 'report-data'),
        allowUnsigned: flag('allow-unsigned'),
        releasesDir: ctx.dir,
    }, CLI_NAMES, ctx.io.cwd, Math.floor(Date.now() / 1000));
    const attested = await runAttest(settings, {
        stdin: ctx.io.stdin,
        warn: (message) => (0,context/* warn */.R8)(ctx, message),
        limits: (0,workspace_time_limits.timeLimits)(ctx.io.env).attest,
    });
    (0,context/* print */.yy)(ctx, attested.report, () => verdictText(ctx, attested));
    return attested.exitCode;
}
/** The verdict first, then in words what was and was not proved, then the details. */
function verdictText(ctx, { report, outcome }) {
    const lines = [headline(ctx, report)];
    const section = (title, items) => {
        if (items.length > 0)
            lines.push('', title, ...items.map((item) => `  - ${item}`));
    };
    section('Proved:', report.proved);
    section('Not proved:', report.not_proved);
    const several = outcome.instances.length > 1;
    outcome.instances.forEach((instance, i) => {
        lines.push('');
        if (several) {
            lines.push(`Instance ${i + 1} of ${outcome.instances.length}: ${headline(ctx, instance.report)}`, '');
        }
        lines.push(...instanceText(instance, INPUT_KINDS[outcome.input.kind]));
    });
    return lines.join('\n');
}
function headline(ctx, report) {
    const { verdict, checks, compose_hash: composeHash, ok } = report;
    const version = report.release?.version ?? null;
    if (verdict === 'verified') {
        return `VERIFIED: this enclave runs release v${version}; every check holds, from Intel's signature to the release.`;
    }
    if (verdict === 'consistent') {
        return (`CONSISTENT, NOT VERIFIED: the attestation agrees with itself and with release v${version}, ` +
            `but no quote's signature was verified, so nothing ties it to genuine TDX hardware` +
            (ok ? ' (accepted: --allow-unsigned).' : '.'));
    }
    const failed = checks.filter((c) => !c.ok).map((c) => c.name);
    if (failed.length === 1 && failed[0] === 'release') {
        return composeHash === null
            ? 'FAILED: the attestation names no compose hash to look up.'
            : `FAILED: the attestation holds, but no release in ${ctx.dir} recorded compose hash ${composeHash}.`;
    }
    return `FAILED: ${failed.join(', ')} failed; do not trust what this enclave says it runs.`;
}
function instanceText(instance, kind) {
    const { report } = instance;
    const lines = [];
    const facts = [
        [
            'input',
            `${kind} (${instance.document.name})${instance.document.quote === null && instance.quote !== null ? `, with ${instance.quote.source}` : ''}`,
        ],
        ['compose hash', report.compose_hash ?? '-'],
        ['tcb status', report.tcb_status ?? '-'],
    ];
    const match = instance.matches[0];
    if (match) {
        const r = match.stored.record;
        facts.push(['release', `v${r.version} (tag ${r.tag}, recorded ${r.created_at})`], [
            'commit',
            r.git ? `${r.git.commit} (${r.git.ref})` : '- (recorded outside a git repository)',
        ], ['repository', r.repository ?? '-'], ['record', match.stored.file]);
        const others = instance.matches.slice(1).map((o) => `v${o.version}`);
        if (others.length > 0)
            facts.push(['also recorded by', others.join(', ')]);
    }
    lines.push((0,table/* fields */.O)(facts));
    if (match)
        lines.push('', (0,records/* imagesTable */.Ve)(match.stored.record));
    lines.push('', (0,table/* table */.t)(['RESULT', 'CHECK', 'DETAIL'], report.checks.map((c) => [c.ok ? 'ok' : 'FAIL', c.name, c.detail])));
    if (instance.notes.length > 0)
        lines.push('', 'Notes:', ...instance.notes.map((note) => `  - ${note}`));
    return lines;
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

/***/ 6681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   timeLimits: () => (/* binding */ timeLimits)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_time_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5427);


/** A positive whole number of milliseconds from the environment, or the fallback. */
function millis(env, name, fallback) {
    const text = env[name];
    if (text === undefined || text === '')
        return fallback;
    if (!/^\d+$/.test(text) || Number(text) === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `"${text}" is not a positive number of milliseconds`);
    }
    return Number(text);
}
/**
 * The time limits of the action and the CLI, at their defaults unless a test shortens them:
 * `RELEASE_TRACKER_REQUEST_TIMEOUT_MS` (each attempt of a GitHub or registry request, and a
 * credential helper's answer) and `RELEASE_TRACKER_RETRY_BASE_MS` (the back-off unit before
 * retrying one). For tests only.
 */
function timeLimits(env) {
    const limits = (defaults) => ({
        ...defaults,
        timeoutMs: millis(env, 'RELEASE_TRACKER_REQUEST_TIMEOUT_MS', defaults.timeoutMs),
        retryBaseMs: millis(env, 'RELEASE_TRACKER_RETRY_BASE_MS', defaults.retryBaseMs),
    });
    return {
        github: limits(_core_time_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_LIMITS */ .f_),
        registry: limits(_core_time_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_LIMITS */ .Vb),
        attest: limits(_core_time_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTEST_LIMITS */ .Hl),
        credentialHelperMs: millis(env, 'RELEASE_TRACKER_REQUEST_TIMEOUT_MS', _core_time_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .CREDENTIAL_HELPER_TIMEOUT_MS */ .sE),
        branchMoved: _core_time_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .BRANCH_MOVED_BACKOFF */ .sk,
    };
}


/***/ })

};
