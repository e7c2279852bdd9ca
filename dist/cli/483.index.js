export const id = 483;
export const ids = [483];
export const modules = {

/***/ 4483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/hash.ts
var hash = __webpack_require__(299);
// EXTERNAL MODULE: ./src/core/values.ts
var values = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/attest/hex.ts

const HEX_PAIRS = /^(?:[0-9a-fA-F]{2})*$/;
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
/** Lowercase hex of the bytes. */
function bytesToHex(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
/** A short, printable excerpt of a value for an error message. */
function preview(text) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return JSON.stringify(shown);
}

;// CONCATENATED MODULE: ./src/core/attest/event-log.ts
/**
 * The dstack TDX event log: the JSON array a CVM reports as `tcb_info.event_log` (and as the
 * JSON-string `event_log` of a GetQuote answer), replayed into RTMR0–3.
 *
 * Boot-time entries (firmware, kernel, initrd) carry the digest that was extended; dstack's own
 * runtime events (type 0x08000001, RTMR3: app-id, compose-hash, …) are extended with a digest of
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
        catch (error) {
            throw new errors/* InputError */.dz(where, `is a string but not JSON text: ${error.message}`);
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
function isRuntimeEvent(entry) {
    return entry.eventType === DSTACK_RUNTIME_EVENT_TYPE;
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
 * The first runtime `compose-hash` event before `system-ready`, as dstack itself reads it.
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

;// CONCATENATED MODULE: ./src/core/attest/attest.ts
/**
 * `attest`: from a running dstack CVM's own report back to the release that recorded its compose
 * hash. Reads a guest agent Info() answer, a tcb_info object or a GetQuote() answer (plus an
 * optional TDX quote), replays the event log, and runs the named checks. Pure: the caller reads
 * the files and the releases directory.
 */






/**
 * Reads the inputs and runs every check. Throws InputError for input that cannot be read;
 * a document that reads but does not hold gives `result.ok === false` with the failing check named.
 */
function attest(options) {
    const document = readAttestDocument(options.document, options.documentName);
    const quotes = [];
    if (document.quote !== null) {
        quotes.push({ source: `the quote in ${document.name}`, quote: document.quote });
    }
    if (options.quote !== undefined) {
        quotes.push({
            source: options.quote.name,
            quote: parseTdxQuote(options.quote.data, options.quote.name),
        });
    }
    return checkAttestation(document, quotes, options.releases);
}
/** Parses the document text and tells which of the three shapes it is. */
function readAttestDocument(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(name, `not JSON: ${error.message}`);
    }
    if (!(0,values/* isRecord */.u)(value)) {
        throw new errors/* InputError */.dz(name, 'is not a JSON object');
    }
    if ('quote' in value)
        return readGetQuote(value, name);
    if ('tcb_info' in value)
        return readInfo(value, name);
    if ('event_log' in value)
        return readTcbInfo(value, name, '', 'tcb_info', []);
    throw new errors/* InputError */.dz(name, 'is not a dstack attestation document: expected a guest agent Info() answer (with tcb_info), ' +
        'a tcb_info object (with event_log) or a GetQuote() answer (with quote and event_log)');
}
function readInfo(info, name) {
    let tcbInfo = info.tcb_info;
    if (typeof tcbInfo === 'string') {
        if (tcbInfo === '') {
            throw new errors/* InputError */.dz(`${name}: tcb_info`, 'is empty: this CVM does not publish it (public_tcbinfo is false in its app-compose)');
        }
        try {
            tcbInfo = JSON.parse(tcbInfo);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${name}: tcb_info`, `is a string but not JSON text: ${error.message}`);
        }
    }
    if (!(0,values/* isRecord */.u)(tcbInfo)) {
        throw new errors/* InputError */.dz(`${name}: tcb_info`, 'is not a JSON object (or the JSON text of one)');
    }
    const fields = [];
    const topLevel = optionalHex(info, 'compose_hash', 32, `${name}: compose_hash`);
    if (topLevel !== null)
        fields.push({ where: 'compose_hash', value: topLevel });
    return readTcbInfo(tcbInfo, name, 'tcb_info.', 'info', fields);
}
function readTcbInfo(tcbInfo, name, prefix, kind, fields) {
    if (!('event_log' in tcbInfo)) {
        throw new errors/* InputError */.dz(`${name}: ${prefix}event_log`, 'is missing');
    }
    const eventLogWhere = `${name}: ${prefix}event_log`;
    const events = parseEventLog(tcbInfo.event_log, eventLogWhere);
    const appCompose = tcbInfo.app_compose ?? null;
    if (appCompose !== null && typeof appCompose !== 'string') {
        throw new errors/* InputError */.dz(`${name}: ${prefix}app_compose`, 'must be a string (the exact text of app-compose.json)');
    }
    const field = optionalHex(tcbInfo, 'compose_hash', 32, `${name}: ${prefix}compose_hash`);
    if (field !== null)
        fields.unshift({ where: `${prefix}compose_hash`, value: field });
    const rtmr = (i) => optionalHex(tcbInfo, `rtmr${i}`, 48, `${name}: ${prefix}rtmr${i}`);
    return {
        kind,
        name,
        events,
        eventLogWhere,
        appCompose,
        composeHashFields: fields,
        reportedRtmrs: [rtmr(0), rtmr(1), rtmr(2), rtmr(3)],
        mrtd: optionalHex(tcbInfo, 'mrtd', 48, `${name}: ${prefix}mrtd`),
        quote: null,
    };
}
function readGetQuote(answer, name) {
    if (typeof answer.quote !== 'string') {
        throw new errors/* InputError */.dz(`${name}: quote`, 'must be the TDX quote as a hex string');
    }
    if (!('event_log' in answer)) {
        throw new errors/* InputError */.dz(`${name}: event_log`, 'is missing');
    }
    const quote = parseTdxQuote(answer.quote, `${name}: quote`);
    return {
        kind: 'get_quote',
        name,
        events: parseEventLog(answer.event_log, `${name}: event_log`),
        eventLogWhere: `${name}: event_log`,
        appCompose: null,
        composeHashFields: [],
        reportedRtmrs: [null, null, null, null],
        mrtd: null,
        quote,
    };
}
/** Runs the named checks over a document already read, any quotes, and the recorded releases. */
function checkAttestation(document, quotes, releases) {
    const replay = replayEventLog(document.events, document.eventLogWhere);
    const composeEvent = findComposeHashEvent(document.events);
    const composeHash = attestedComposeHash(composeEvent);
    const proved = [];
    const notProved = [];
    const notes = [];
    const checks = [];
    const rtmrChecks = [0, 1, 2, 3].flatMap((i) => rtmrCheck(i, document, quotes, replay));
    checks.push(...rtmrChecks);
    if (rtmrChecks.length > 0 && rtmrChecks.every((check) => check.ok)) {
        const against = [
            ...(document.reportedRtmrs.some((value) => value !== null) ? [document.name] : []),
            ...quotes.map((q) => q.source),
        ];
        proved.push(`The event log replays to the ${rtmrChecks.map((c) => c.name.toUpperCase()).join(', ')} ` +
            `values reported by ${listText(against)}.`);
    }
    else if (rtmrChecks.length === 0) {
        notProved.push('Nothing reports RTMR values to compare the replay with, so the event log itself is unchecked.');
    }
    const compose = composeHashCheck(document, composeEvent, composeHash);
    if (compose !== null) {
        checks.push(compose);
        if (compose.ok) {
            proved.push('The compose-hash event measured before system-ready equals sha256 of the exact ' +
                `app_compose bytes${document.composeHashFields.length > 0 ? ' and the compose_hash field' : ''}.`);
        }
    }
    else if (composeHash !== null) {
        notes.push(`${document.name} carries no app_compose document: the compose hash is the payload of the ` +
            'compose-hash event, bound by RTMR3.');
    }
    const mrConfig = mrConfigIdCheck(quotes, composeHash, notProved);
    if (mrConfig !== null) {
        checks.push(mrConfig);
        if (mrConfig.ok) {
            proved.push('The quote’s MRCONFIGID (v1) names the same compose hash: the TD was launched for it, and dstack refuses to boot when they differ.');
        }
    }
    const matches = composeHash === null
        ? []
        : releases.filter((release) => release.compose_hash.toLowerCase() === composeHash);
    checks.push(releaseCheck(composeHash, matches, releases.length));
    const first = matches[0];
    if (first !== undefined) {
        proved.push(`Release ${first.version} (${releaseText(first)}) recorded this compose hash.`);
    }
    if (quotes.length === 0) {
        notProved.push('There is no TDX quote, so the RTMR values are the document’s own claim: this proves the ' +
            'document is internally consistent, not that a TEE measured it. Binding it to hardware ' +
            'needs a quote whose signature chain a DCAP verifier checks.');
    }
    else {
        notProved.push('The quote’s signature chain was not verified: that it was signed by genuine, up-to-date ' +
            'Intel TDX hardware needs a DCAP quote verifier (Intel’s QVL or dcap-qvl) with Intel’s collateral.');
        notProved.push('REPORTDATA was not checked: whether the quote is fresh, or bound to a key, is for the caller to judge.');
    }
    notProved.push('MRTD and RTMR0–2 (firmware, kernel, OS image) were replayed but not compared with a known dstack OS image.');
    if (composeEvent !== null && !composeEvent.systemReadySeen) {
        notes.push('The event log has no system-ready event (dstack 0.3): the first compose-hash event was taken.');
    }
    if (composeEvent !== null && composeEvent.ignoredAfterSystemReady > 0) {
        notes.push(`${composeEvent.ignoredAfterSystemReady} event(s) named compose-hash after system-ready ` +
            'were emitted by the application and ignored.');
    }
    if (replay.recomputedEmpty > 0) {
        notes.push(`${replay.recomputedEmpty} runtime event digest(s) left empty in the input were recomputed from name and payload.`);
    }
    const result = {
        ok: checks.every((check) => check.ok),
        compose_hash: composeHash,
        release: first === undefined ? null : { version: first.version, tag: first.tag, commit: first.commit },
        checks,
    };
    return {
        result,
        input: document.kind,
        releases: matches,
        quotes,
        replay,
        mrtd: document.mrtd ?? quotes[0]?.quote.mrtd ?? null,
        proved,
        notProved,
        notes,
    };
}
/** The payload of the compose-hash event, when it is a SHA-256. */
function attestedComposeHash(event) {
    if (event === null || event.entry.payload.byteLength !== 32)
        return null;
    return Buffer.from(event.entry.payload).toString('hex');
}
function rtmrCheck(i, document, quotes, replay) {
    const name = `rtmr${i}`;
    const replayed = replay.rtmrs[i];
    const reported = [];
    const fromDocument = document.reportedRtmrs[i];
    if (fromDocument !== null && fromDocument !== undefined) {
        reported.push({ source: document.name, value: fromDocument });
    }
    for (const { source, quote } of quotes) {
        reported.push({ source, value: quote.rtmrs[i] });
    }
    if (reported.length === 0)
        return [];
    const problems = [];
    for (const mismatch of replay.digestMismatches) {
        if (mismatch.imr !== i)
            continue;
        problems.push(`event ${mismatch.index} (${mismatch.event || 'unnamed'}) states digest ${mismatch.stated} ` +
            `but its name and payload hash to ${mismatch.computed}`);
    }
    for (const { source, value } of reported) {
        if (value !== replayed) {
            problems.push(`${source} reports ${value} but the event log replays to ${replayed}`);
        }
    }
    if (problems.length > 0)
        return [{ name, ok: false, detail: problems.join('; ') }];
    const count = replay.eventCounts[i] ?? 0;
    return [
        {
            name,
            ok: true,
            detail: `${count} event(s) replay to ${replayed}, as ${listText(reported.map((r) => r.source))} ${reported.length === 1 ? 'reports' : 'report'}`,
        },
    ];
}
function composeHashCheck(document, event, composeHash) {
    const name = 'compose-hash';
    if (event === null) {
        return {
            name,
            ok: false,
            detail: 'the event log has no compose-hash event before system-ready',
        };
    }
    if (composeHash === null) {
        return {
            name,
            ok: false,
            detail: `the compose-hash event (event ${event.entry.index}) has a ${event.entry.payload.byteLength}-byte payload, not a SHA-256`,
        };
    }
    const compared = [];
    if (document.appCompose !== null) {
        compared.push({
            what: 'sha256 of app_compose',
            value: (0,hash/* sha256Hex */.f)(document.appCompose),
        });
    }
    for (const field of document.composeHashFields) {
        compared.push({ what: field.where, value: field.value });
    }
    if (compared.length === 0)
        return null;
    const differing = compared.filter((c) => c.value !== composeHash);
    const eventText = `the compose-hash event (event ${event.entry.index})`;
    if (differing.length > 0) {
        return {
            name,
            ok: false,
            detail: `${eventText} has ${composeHash}, but ${listText(differing.map((c) => `${c.what} is ${c.value}`))}`,
        };
    }
    return {
        name,
        ok: true,
        detail: `${listText([eventText, ...compared.map((c) => c.what)])} are all ${composeHash}`,
    };
}
/**
 * dstack's launch binding in MRCONFIGID: byte 0 is its version; v1 is 01 ‖ compose hash ‖ zeros.
 * All zeros means "not set" (dstack's own rule, kept for old deployments): there is nothing to
 * compare and the compose hash is bound by RTMR3 alone. v2 and v3 hash the compose hash together
 * with other launch values (keccak256 with app id and key provider; a JSON document) that this
 * tool does not recompute. Any other version is one dstack refuses to boot with.
 */
function mrConfigIdCheck(quotes, composeHash, notProved) {
    const name = 'mr-config-id';
    const problems = [];
    const matched = [];
    for (const { source, quote } of quotes) {
        const id = quote.mrConfigId;
        if (/^0+$/.test(id)) {
            notProved.push(`The MRCONFIGID in ${source} is all zeros, which dstack treats as not set: the compose ` +
                'hash is bound by RTMR3 alone.');
            continue;
        }
        const version = id.slice(0, 2);
        if (version === '02' || version === '03') {
            notProved.push(`The MRCONFIGID in ${source} is version ${Number(version)}, which binds the compose hash ` +
                'together with other launch values that this tool does not recompute; the compose hash ' +
                'is bound by RTMR3.');
            continue;
        }
        if (version !== '01') {
            problems.push(`${source} has MRCONFIGID ${id}, whose version ${version} is not one dstack launches with`);
            continue;
        }
        if (composeHash === null) {
            problems.push(`${source} has MRCONFIGID ${id}, but there is no attested compose hash to compare`);
            continue;
        }
        const expected = `01${composeHash}${'00'.repeat(15)}`;
        if (id !== expected) {
            problems.push(`${source} has MRCONFIGID ${id}, not 01 ‖ compose hash ‖ zeros (${expected})`);
        }
        else {
            matched.push(source);
        }
    }
    if (problems.length > 0)
        return { name, ok: false, detail: problems.join('; ') };
    if (matched.length === 0)
        return null;
    return {
        name,
        ok: true,
        detail: `MRCONFIGID in ${listText(matched)} is 01 ‖ ${composeHash} ‖ zeros (v1)`,
    };
}
function releaseCheck(composeHash, matches, searched) {
    const name = 'release';
    if (composeHash === null) {
        return { name, ok: false, detail: 'there is no attested compose hash to look up' };
    }
    const first = matches[0];
    if (first === undefined) {
        return {
            name,
            ok: false,
            detail: `no recorded release has compose hash ${composeHash} (${searched} release(s) searched)`,
        };
    }
    const others = matches.slice(1).map((release) => release.version);
    return {
        name,
        ok: true,
        detail: `release ${first.version} (${releaseText(first)}) recorded compose hash ${composeHash}` +
            (others.length > 0 ? `; so did ${others.join(', ')}` : ''),
    };
}
function releaseText(release) {
    return `tag ${release.tag}, ${release.commit === null ? 'no commit recorded' : `commit ${release.commit}`}`;
}
/** `a`, `a and b`, `a, b and c`. */
function listText(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** A hex field of `length` bytes, lowercased; null when absent or null. */
function optionalHex(object, key, length, where) {
    const value = object[key];
    if (value === undefined || value === null)
        return null;
    if (typeof value !== 'string')
        throw new errors/* InputError */.dz(where, 'must be a hex string');
    hexToBytes(value, where, length);
    return value.toLowerCase();
}

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/store/releases.ts
var store_releases = __webpack_require__(4087);
// EXTERNAL MODULE: ./src/workspace/files.ts
var files = __webpack_require__(6234);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/records.ts
var records = __webpack_require__(3272);
// EXTERNAL MODULE: ./src/cli/table.ts
var table = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/cli/attest.ts
// `attest`: from a running enclave's own report back to the release that recorded its compose
// hash (README: Verify a running enclave). The checks are the core's; this reads the inputs and
// the releases directory and says what the outcome means.









const INPUT_KINDS = {
    info: 'a guest agent Info() answer',
    tcb_info: 'a tcb_info document',
    get_quote: 'a GetQuote() answer',
};
async function readDocument(ctx, file) {
    if (file === '-') {
        if (!ctx.io.stdin)
            throw new errors/* InputError */.dz('stdin', 'standard input cannot be read here');
        const bytes = await ctx.io.stdin();
        if (bytes.byteLength > limits/* MAX_INPUT_BYTES */.s) {
            throw new errors/* InputError */.dz('stdin', `over ${limits/* MAX_INPUT_BYTES */.s} bytes; refused`);
        }
        return { text: (0,files/* decodeUtf8 */._6)(bytes, 'stdin', 'standard input'), name: 'stdin' };
    }
    const bytes = await (0,files/* readInputFile */.jH)((0,external_node_path_.resolve)(ctx.io.cwd, file), file);
    return { text: (0,files/* decodeUtf8 */._6)(bytes, file, file), name: file };
}
/** A quote file holds hex text (as dstack's GetQuote gives it) or the quote's raw bytes. */
async function readQuote(ctx, file) {
    const bytes = await (0,files/* readInputFile */.jH)((0,external_node_path_.resolve)(ctx.io.cwd, file), '--quote');
    const text = bytes.toString('latin1');
    return { data: /^\s*(0x)?[0-9a-fA-F\s]*$/.test(text) ? text : new Uint8Array(bytes), name: file };
}
async function run(ctx) {
    const document = await readDocument(ctx, ctx.args[0] ?? '');
    const quoteFile = (0,context/* stringOption */.Pp)(ctx, 'quote');
    const quote = quoteFile === undefined ? undefined : await readQuote(ctx, quoteFile);
    const { releases: stored, unreadable } = (0,store_releases/* readAllReleases */.UQ)(ctx.dir);
    for (const bad of unreadable)
        (0,context/* warn */.R8)(ctx, `skipped ${bad.file}: ${bad.problem}`);
    const releases = stored.map((s) => ({
        version: s.record.version,
        tag: s.record.tag,
        commit: s.record.git?.commit ?? null,
        compose_hash: s.record.compose_hash,
        stored: s,
    }));
    const outcome = attest({ document: document.text, documentName: document.name, quote, releases });
    (0,context/* print */.yy)(ctx, outcome.result, () => verdictText(ctx, document.name, outcome));
    return outcome.result.ok ? 0 : 1;
}
function verdictText(ctx, name, outcome) {
    const { result } = outcome;
    const failed = result.checks.filter((c) => !c.ok).map((c) => c.name);
    const match = outcome.releases[0];
    const lines = [];
    if (result.ok && match) {
        lines.push(`VERIFIED: this enclave runs release v${match.version}; every check holds.`);
    }
    else if (failed.length === 1 && failed[0] === 'release') {
        lines.push(result.compose_hash === null
            ? 'NOT VERIFIED: the attestation names no compose hash to look up.'
            : `NOT VERIFIED: the attestation holds, but no release in ${ctx.dir} recorded compose hash ${result.compose_hash}.`);
    }
    else {
        lines.push(`NOT VERIFIED: ${failed.join(', ')} failed; do not trust what this enclave says it runs.`);
    }
    lines.push('');
    const source = `${INPUT_KINDS[outcome.input]} (${name})${outcome.quotes.length > 0 ? `, with ${outcome.quotes.map((q) => q.source).join(' and ')}` : ''}`;
    const facts = [
        ['input', source],
        ['compose hash', result.compose_hash ?? '-'],
    ];
    if (match) {
        const r = match.stored.record;
        facts.push(['release', `v${r.version} (tag ${r.tag}, recorded ${r.created_at})`], [
            'commit',
            r.git ? `${r.git.commit} (${r.git.ref})` : '- (recorded outside a git repository)',
        ], ['repository', r.repository ?? '-'], ['record', match.stored.file]);
        const others = outcome.releases.slice(1).map((o) => `v${o.version}`);
        if (others.length > 0)
            facts.push(['also recorded by', others.join(', ')]);
    }
    lines.push((0,table/* fields */.O)(facts));
    if (match)
        lines.push('', (0,records/* imagesTable */.Ve)(match.stored.record));
    lines.push('', (0,table/* table */.t)(['RESULT', 'CHECK', 'DETAIL'], result.checks.map((c) => [c.ok ? 'ok' : 'FAIL', c.name, c.detail])));
    const section = (title, items) => {
        if (items.length > 0)
            lines.push('', title, ...items.map((item) => `  - ${item}`));
    };
    section('Proved:', outcome.proved);
    section('Not proved:', outcome.notProved);
    section('Notes:', outcome.notes);
    return lines.join('\n');
}


/***/ })

};
