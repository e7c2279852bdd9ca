export const id = 580;
export const ids = [580];
export const modules = {

/***/ 3272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ platformsText),
/* harmony export */   Ve: () => (/* binding */ imagesTable),
/* harmony export */   aV: () => (/* binding */ infoText)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2170);

function platformsText(image) {
    return image.platforms.map((p) => p.platform).join(',') || '-';
}
function imagesTable(r) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .t)(['SERVICE', 'REPOSITORY', 'TAG', 'DIGEST', 'PLATFORMS', 'SOURCE'], r.images.map((i) => [
        i.service,
        i.repository,
        i.tag ?? '-',
        i.digest,
        platformsText(i),
        i.source,
    ]));
}
/** The whole record, readable. */
function infoText(stored) {
    const r = stored.record;
    return [
        (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .O)([
            ['version', r.version],
            ['tag', r.tag],
            ['created', r.created_at],
            ['repository', r.repository ?? '-'],
            ['commit', r.git ? `${r.git.commit} (${r.git.ref})` : '-'],
            ['workflow', r.workflow ? r.workflow.url : '-'],
            ['compose hash', r.compose_hash],
            ['app-compose', r.files.app_compose.path],
            [
                'docker-compose',
                `${r.files.docker_compose.path} (sha256 ${r.files.docker_compose.sha256})`,
            ],
        ]),
        '',
        imagesTable(r),
    ].join('\n');
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

/***/ 8464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ep: () => (/* binding */ RECORD_SCHEMA),
  _X: () => (/* binding */ RELEASE_INFO_FILE),
  Hh: () => (/* binding */ parseRecord),
  wZ: () => (/* binding */ releaseFileNames),
  Om: () => (/* binding */ serializeRecord)
});

// UNUSED EXPORTS: validateRecord

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json-parser.ts
var json_parser = __webpack_require__(3921);
;// CONCATENATED MODULE: ./src/generated/release-info.validate.js
// Generated by scripts/build.mjs from schema/release-info.schema.json. Do not edit.
const validate = validate10;/* harmony default export */ const release_info_validate = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/release-tracker/release-tracker/schema/release-info.schema.json","title":"release-tracker release record","description":"releases/v<version>-release-info.json: what one release shipped (README: Use it in a workflow).","type":"object","additionalProperties":false,"required":["schema","version","tag","created_at","repository","git","workflow","images","compose_hash","files"],"properties":{"schema":{"const":"release-tracker/release-info@1"},"version":{"type":"string","pattern":"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"},"tag":{"type":"string","pattern":"\\S"},"created_at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},"repository":{"type":["string","null"]},"git":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["commit","ref"],"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":"string"}}}]},"workflow":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["run_id","run_attempt","url"],"properties":{"run_id":{"type":"string"},"run_attempt":{"type":"string"},"url":{"type":"string"}}}]},"images":{"type":"array","items":{"$ref":"#/definitions/image"}},"compose_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"files":{"type":"object","additionalProperties":false,"required":["app_compose","docker_compose"],"properties":{"app_compose":{"$ref":"#/definitions/file"},"docker_compose":{"$ref":"#/definitions/file"}}}},"definitions":{"file":{"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","pattern":"\\S"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"image":{"type":"object","additionalProperties":false,"required":["service","repository","tag","digest","reference","platforms","source"],"properties":{"service":{"type":"string","pattern":"\\S"},"repository":{"type":"string","pattern":"\\S"},"tag":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"type":"string","pattern":"\\S"},"platforms":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["platform","digest"],"properties":{"platform":{"type":"string","pattern":"^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}}},"source":{"enum":["reference","buildx-metadata","registry"]}}}}};const schema12 = {"type":"object","additionalProperties":false,"required":["service","repository","tag","digest","reference","platforms","source"],"properties":{"service":{"type":"string","pattern":"\\S"},"repository":{"type":"string","pattern":"\\S"},"tag":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"type":"string","pattern":"\\S"},"platforms":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["platform","digest"],"properties":{"platform":{"type":"string","pattern":"^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}}},"source":{"enum":["reference","buildx-metadata","registry"]}}};const schema13 = {"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","pattern":"\\S"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$", "u");const pattern1 = new RegExp("\\S", "u");const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");const pattern3 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");const pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");const pattern8 = new RegExp("^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$", "u");const pattern10 = new RegExp("^[0-9a-f]{64}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/release-tracker/release-tracker/schema/release-info.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.version === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.tag === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.created_at === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.repository === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.git === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "git"},message:"must have required property '"+"git"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.workflow === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.images === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.compose_hash === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compose_hash"},message:"must have required property '"+"compose_hash"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.files === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.schema !== undefined){if("release-tracker/release-info@1" !== data.schema){const err11 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "release-tracker/release-info@1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.tag !== undefined){let data2 = data.tag;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err14 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.created_at !== undefined){let data3 = data.created_at;if(typeof data3 === "string"){if(!pattern2.test(data3)){const err16 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.repository !== undefined){let data4 = data.repository;if((typeof data4 !== "string") && (data4 !== null)){const err18 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: schema11.properties.repository.type},message:"must be string,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.git !== undefined){let data5 = data.git;const _errs12 = errors;let valid1 = false;let passing0 = null;const _errs13 = errors;if(data5 !== null){const err19 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid0 = _errs13 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs15 = errors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.commit === undefined){const err20 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data5.ref === undefined){const err21 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key1 in data5){if(!((key1 === "commit") || (key1 === "ref"))){const err22 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data5.commit !== undefined){let data6 = data5.commit;if(typeof data6 === "string"){if(!pattern3.test(data6)){const err23 = {instancePath:instancePath+"/git/commit",schemaPath:"#/properties/git/oneOf/1/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/git/commit",schemaPath:"#/properties/git/oneOf/1/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data5.ref !== undefined){if(typeof data5.ref !== "string"){const err25 = {instancePath:instancePath+"/git/ref",schemaPath:"#/properties/git/oneOf/1/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid0 = _errs15 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err27 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}else {errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}}}if(data.workflow !== undefined){let data8 = data.workflow;const _errs23 = errors;let valid3 = false;let passing1 = null;const _errs24 = errors;if(data8 !== null){const err28 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid1 = _errs24 === errors;if(_valid1){valid3 = true;passing1 = 0;}const _errs26 = errors;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.run_id === undefined){const err29 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data8.run_attempt === undefined){const err30 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/required",keyword:"required",params:{missingProperty: "run_attempt"},message:"must have required property '"+"run_attempt"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data8.url === undefined){const err31 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key2 in data8){if(!(((key2 === "run_id") || (key2 === "run_attempt")) || (key2 === "url"))){const err32 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data8.run_id !== undefined){if(typeof data8.run_id !== "string"){const err33 = {instancePath:instancePath+"/workflow/run_id",schemaPath:"#/properties/workflow/oneOf/1/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data8.run_attempt !== undefined){if(typeof data8.run_attempt !== "string"){const err34 = {instancePath:instancePath+"/workflow/run_attempt",schemaPath:"#/properties/workflow/oneOf/1/properties/run_attempt/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data8.url !== undefined){if(typeof data8.url !== "string"){const err35 = {instancePath:instancePath+"/workflow/url",schemaPath:"#/properties/workflow/oneOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}var _valid1 = _errs26 === errors;if(_valid1 && valid3){valid3 = false;passing1 = [passing1, 1];}else {if(_valid1){valid3 = true;passing1 = 1;}}if(!valid3){const err37 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}else {errors = _errs23;if(vErrors !== null){if(_errs23){vErrors.length = _errs23;}else {vErrors = null;}}}}if(data.images !== undefined){let data12 = data.images;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.service === undefined){const err38 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data13.repository === undefined){const err39 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data13.tag === undefined){const err40 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data13.digest === undefined){const err41 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data13.reference === undefined){const err42 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data13.platforms === undefined){const err43 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "platforms"},message:"must have required property '"+"platforms"+"'"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data13.source === undefined){const err44 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}for(const key3 in data13){if(!(((((((key3 === "service") || (key3 === "repository")) || (key3 === "tag")) || (key3 === "digest")) || (key3 === "reference")) || (key3 === "platforms")) || (key3 === "source"))){const err45 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data13.service !== undefined){let data14 = data13.service;if(typeof data14 === "string"){if(!pattern1.test(data14)){const err46 = {instancePath:instancePath+"/images/" + i0+"/service",schemaPath:"#/definitions/image/properties/service/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/images/" + i0+"/service",schemaPath:"#/definitions/image/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data13.repository !== undefined){let data15 = data13.repository;if(typeof data15 === "string"){if(!pattern1.test(data15)){const err48 = {instancePath:instancePath+"/images/" + i0+"/repository",schemaPath:"#/definitions/image/properties/repository/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/images/" + i0+"/repository",schemaPath:"#/definitions/image/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data13.tag !== undefined){let data16 = data13.tag;if((typeof data16 !== "string") && (data16 !== null)){const err50 = {instancePath:instancePath+"/images/" + i0+"/tag",schemaPath:"#/definitions/image/properties/tag/type",keyword:"type",params:{type: schema12.properties.tag.type},message:"must be string,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data13.digest !== undefined){let data17 = data13.digest;if(typeof data17 === "string"){if(!pattern6.test(data17)){const err51 = {instancePath:instancePath+"/images/" + i0+"/digest",schemaPath:"#/definitions/image/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/images/" + i0+"/digest",schemaPath:"#/definitions/image/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data13.reference !== undefined){let data18 = data13.reference;if(typeof data18 === "string"){if(!pattern1.test(data18)){const err53 = {instancePath:instancePath+"/images/" + i0+"/reference",schemaPath:"#/definitions/image/properties/reference/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/images/" + i0+"/reference",schemaPath:"#/definitions/image/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data13.platforms !== undefined){let data19 = data13.platforms;if(Array.isArray(data19)){const len1 = data19.length;for(let i1=0; i1<len1; i1++){let data20 = data19[i1];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.platform === undefined){const err55 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/required",keyword:"required",params:{missingProperty: "platform"},message:"must have required property '"+"platform"+"'"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data20.digest === undefined){const err56 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}for(const key4 in data20){if(!((key4 === "platform") || (key4 === "digest"))){const err57 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data20.platform !== undefined){let data21 = data20.platform;if(typeof data21 === "string"){if(!pattern8.test(data21)){const err58 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/platform",schemaPath:"#/definitions/image/properties/platforms/items/properties/platform/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"},message:"must match pattern \""+"^[^/\\s]+/[^/\\s]+(/[^/\\s]+)?$"+"\""};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/platform",schemaPath:"#/definitions/image/properties/platforms/items/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data20.digest !== undefined){let data22 = data20.digest;if(typeof data22 === "string"){if(!pattern6.test(data22)){const err60 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/digest",schemaPath:"#/definitions/image/properties/platforms/items/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1+"/digest",schemaPath:"#/definitions/image/properties/platforms/items/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/images/" + i0+"/platforms/" + i1,schemaPath:"#/definitions/image/properties/platforms/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/images/" + i0+"/platforms",schemaPath:"#/definitions/image/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data13.source !== undefined){let data23 = data13.source;if(!(((data23 === "reference") || (data23 === "buildx-metadata")) || (data23 === "registry"))){const err64 = {instancePath:instancePath+"/images/" + i0+"/source",schemaPath:"#/definitions/image/properties/source/enum",keyword:"enum",params:{allowedValues: schema12.properties.source.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/definitions/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.compose_hash !== undefined){let data24 = data.compose_hash;if(typeof data24 === "string"){if(!pattern10.test(data24)){const err67 = {instancePath:instancePath+"/compose_hash",schemaPath:"#/properties/compose_hash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/compose_hash",schemaPath:"#/properties/compose_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.files !== undefined){let data25 = data.files;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.app_compose === undefined){const err69 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/required",keyword:"required",params:{missingProperty: "app_compose"},message:"must have required property '"+"app_compose"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data25.docker_compose === undefined){const err70 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/required",keyword:"required",params:{missingProperty: "docker_compose"},message:"must have required property '"+"docker_compose"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key5 in data25){if(!((key5 === "app_compose") || (key5 === "docker_compose"))){const err71 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data25.app_compose !== undefined){let data26 = data25.app_compose;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.path === undefined){const err72 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data26.sha256 === undefined){const err73 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}for(const key6 in data26){if(!((key6 === "path") || (key6 === "sha256"))){const err74 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data26.path !== undefined){let data27 = data26.path;if(typeof data27 === "string"){if(!pattern1.test(data27)){const err75 = {instancePath:instancePath+"/files/app_compose/path",schemaPath:"#/definitions/file/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}else {const err76 = {instancePath:instancePath+"/files/app_compose/path",schemaPath:"#/definitions/file/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data26.sha256 !== undefined){let data28 = data26.sha256;if(typeof data28 === "string"){if(!pattern10.test(data28)){const err77 = {instancePath:instancePath+"/files/app_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/files/app_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/files/app_compose",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data25.docker_compose !== undefined){let data29 = data25.docker_compose;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.path === undefined){const err80 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data29.sha256 === undefined){const err81 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}for(const key7 in data29){if(!((key7 === "path") || (key7 === "sha256"))){const err82 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data29.path !== undefined){let data30 = data29.path;if(typeof data30 === "string"){if(!pattern1.test(data30)){const err83 = {instancePath:instancePath+"/files/docker_compose/path",schemaPath:"#/definitions/file/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/files/docker_compose/path",schemaPath:"#/definitions/file/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data29.sha256 !== undefined){let data31 = data29.sha256;if(typeof data31 === "string"){if(!pattern10.test(data31)){const err85 = {instancePath:instancePath+"/files/docker_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}else {const err86 = {instancePath:instancePath+"/files/docker_compose/sha256",schemaPath:"#/definitions/file/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/files/docker_compose",schemaPath:"#/definitions/file/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/core/release-record.ts



const RECORD_SCHEMA = 'release-tracker/release-info@1';
/** The three files of a release, named from the tag's `v<version>` prefix. */
function releaseFileNames(prefix) {
    return {
        releaseInfo: `${prefix}-release-info.json`,
        appCompose: `${prefix}-app-compose.json`,
        dockerCompose: `${prefix}-docker-compose.yml`,
    };
}
/** Matches `<prefix>-release-info.json`, the file that marks a recorded release in a directory. */
const RELEASE_INFO_FILE = /^v(.+)-release-info\.json$/;
function formatErrors(errors) {
    return (errors ?? [])
        .slice(0, 5)
        .map((e) => {
        const extra = e.params.additionalProperty;
        return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra ? ` (${extra})` : ''}`;
    })
        .join('; ');
}
/** Checks a parsed record against the shipped JSON Schema; `source` names the file in errors. */
function validateRecord(value, source) {
    if (!validate(value)) {
        throw new errors/* CheckError */.tl(`${source} does not match ${RECORD_SCHEMA}: ${formatErrors(validate.errors)}`);
    }
    return value;
}
function parseRecord(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* CheckError */.tl(`${source} is not valid JSON: ${(0,json_parser/* jsonSyntaxProblem */.F1)(text)}`);
    }
    return validateRecord(value, source);
}
/** Two-space indented JSON with a trailing newline; validated before it is written. */
function serializeRecord(record) {
    // Validated as it will be read back: the parsed form of the exact text written.
    const text = `${JSON.stringify(record, null, 2)}\n`;
    validateRecord(JSON.parse(text), 'the generated release record');
    return text;
}


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ differentRecord),
/* harmony export */   hR: () => (/* binding */ compareStored),
/* harmony export */   tH: () => (/* binding */ fileProblems)
/* harmony export */ });
/* unused harmony exports sameRelease, releaseDifferences, NO_STORED_FILES */
/* harmony import */ var _app_compose_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9445);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(299);
/* harmony import */ var _release_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8464);




/**
 * What makes two records the same release, the one definition used everywhere (the branch's
 * record on a re-run, a branch that moved under a commit, a release's assets, `generate`): the
 * same version, compose hash, pinned compose file and image digests per service. When and by which
 * run or workflow it was recorded, and what the registry said about platforms, do not count.
 */
function sameRelease(a, b) {
    return releaseDifferences(a, b).length === 0;
}
const imageKey = (image) => `${image.service}\u0000${image.repository}\u0000${image.digest}`;
/** How `stored` differs from `generated` as a release, in words; empty when it is the same release. */
function releaseDifferences(stored, generated) {
    const differences = [];
    if (stored.version !== generated.version) {
        differences.push(`version ${stored.version}, this run's ${generated.version}`);
    }
    if (stored.compose_hash !== generated.compose_hash) {
        differences.push(`compose hash ${stored.compose_hash}, this run's ${generated.compose_hash}`);
    }
    if (stored.files.docker_compose.sha256 !== generated.files.docker_compose.sha256) {
        differences.push(`docker-compose sha256 ${stored.files.docker_compose.sha256}, this run's ${generated.files.docker_compose.sha256}`);
    }
    const theirs = new Set(stored.images.map(imageKey));
    const ours = new Set(generated.images.map(imageKey));
    const changed = [
        ...stored.images.filter((i) => !ours.has(imageKey(i))),
        ...generated.images.filter((i) => !theirs.has(imageKey(i))),
    ].map((i) => i.service);
    if (changed.length > 0 || stored.images.length !== generated.images.length) {
        differences.push(`image digests of ${[...new Set(changed)].join(', ') || 'the services'}`);
    }
    return differences;
}
/**
 * What keeps a record's files from being the ones it records: each recorded hash against the
 * bytes, and the app-compose document embedding exactly the compose file. Shared by `verify` and
 * every comparison with a stored release.
 */
function fileProblems(record, app, compose) {
    const problems = [];
    if (record.compose_hash !== record.files.app_compose.sha256) {
        problems.push(`record: compose_hash ${record.compose_hash} differs from files.app_compose.sha256 ${record.files.app_compose.sha256}`);
    }
    if (app.bytes === null)
        problems.push(`${app.path}: missing`);
    else {
        const actual = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)(app.bytes);
        if (actual !== record.compose_hash) {
            problems.push(`${app.path}: sha256 ${actual}, recorded compose hash ${record.compose_hash}`);
        }
    }
    if (compose.bytes === null)
        problems.push(`${compose.path}: missing`);
    else {
        const actual = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)(compose.bytes);
        if (actual !== record.files.docker_compose.sha256) {
            problems.push(`${compose.path}: sha256 ${actual}, recorded ${record.files.docker_compose.sha256}`);
        }
    }
    if (app.bytes !== null && compose.bytes !== null) {
        const embedded = (0,_app_compose_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectAppCompose */ .qv)(app.bytes).document?.['docker_compose_file'];
        if (embedded !== compose.bytes.toString('utf8')) {
            problems.push(`${app.path}: docker_compose_file is not the text of ${compose.path}`);
        }
    }
    return problems;
}
const NO_STORED_FILES = {
    releaseInfo: null,
    appCompose: null,
    dockerCompose: null,
};
/**
 * Compares what one place (a branch, a release's assets, a releases directory) stores for this
 * release with the generated record. A file under one of the release's names without the record
 * file beside it (a hand-written app-compose, a lone docker-compose) is a different record unless
 * its bytes are this release's own. `names` are how messages name the stored files
 * (`main:releases/…`, a path).
 */
function compareStored(generated, stored, names) {
    if (stored.releaseInfo === null) {
        const strays = [
            { path: names.appCompose, bytes: stored.appCompose, sha256: generated.compose_hash },
            {
                path: names.dockerCompose,
                bytes: stored.dockerCompose,
                sha256: generated.files.docker_compose.sha256,
            },
        ].filter((f) => f.bytes !== null && (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)(f.bytes) !== f.sha256);
        if (strays.length === 0)
            return { kind: 'none' };
        return {
            kind: 'different',
            reason: `${strays.map((f) => f.path).join(' and ')} ${strays.length === 1 ? 'is' : 'are'} there without ${names.releaseInfo}, and not this release's`,
        };
    }
    let record;
    try {
        record = (0,_release_record_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRecord */ .Hh)(stored.releaseInfo.toString('utf8'), names.releaseInfo);
    }
    catch (error) {
        return { kind: 'different', reason: `its record is unreadable: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}` };
    }
    const problems = fileProblems(record, { path: names.appCompose, bytes: stored.appCompose }, { path: names.dockerCompose, bytes: stored.dockerCompose });
    if (problems.length > 0) {
        return {
            kind: 'different',
            reason: `its files do not match their record: ${problems.join('; ')}`,
        };
    }
    const differences = releaseDifferences(record, generated);
    if (differences.length > 0)
        return { kind: 'different', reason: differences.join('; ') };
    return { kind: 'same', record };
}
/**
 * The refusal of a different record for the tag, naming how to replace it in the words of the
 * front end (`set overwrite: true`, `pass --overwrite`).
 */
function differentRecord(where, tag, reason, names) {
    return `${where} already records a different ${tag} (${reason}); ${names.say.overwrite} to replace it`;
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   GK: () => (/* binding */ parseTagOrNull),
/* harmony export */   OP: () => (/* binding */ versionTags),
/* harmony export */   Zy: () => (/* binding */ compareVersions)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5378);



// SemVer 2.0's own grammar (semver.org), stricter than `semver.valid`, which trims and accepts `=`.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Parses a release tag (`v1.2.3` or `1.2.3`), refusing anything that is not SemVer 2.0. */
function parseTag(tag, input = 'tag') {
    if (tag === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'no release tag given');
    if (/\s/.test(tag) || tag.includes('/') || tag.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${tag}" is not a release tag: it must not contain "/", ".." or whitespace`);
    }
    const version = tag.startsWith('v') ? tag.slice(1) : tag;
    if (!SEMVER.test(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${tag}" is not a SemVer 2.0 version such as v1.2.3 or 1.2.3-rc.1`);
    }
    return { tag, version, prefix: `v${version}`, prerelease: semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version) !== null };
}
/** The tag parsed, or null when it is not a release tag (a file or release that is not ours). */
function parseTagOrNull(tag) {
    try {
        return parseTag(tag);
    }
    catch {
        return null;
    }
}
/** SemVer precedence, build metadata ignored; ties broken by the text so the order is total. */
function compareVersions(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
/**
 * The release version as image tags, in preference order: the version (`1.2.3`), then the release
 * tag as written (`v1.2.3`). A version with build metadata gives none, since Docker tags cannot
 * hold `+` and a rewritten tag would be one nobody pushed (README: "Decisions where the
 * specification is silent").
 */
function versionTags(release) {
    return [...new Set([release.version, release.tag])].filter(_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_);
}


/***/ }),

/***/ 4087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ latestRelease),
/* harmony export */   Jk: () => (/* binding */ requireReleasesDir),
/* harmony export */   WQ: () => (/* binding */ recordedVersions),
/* harmony export */   di: () => (/* binding */ readOrNull),
/* harmony export */   dy: () => (/* binding */ releaseFiles),
/* harmony export */   iJ: () => (/* binding */ readRelease),
/* harmony export */   m7: () => (/* binding */ readRecordFile),
/* harmony export */   p3: () => (/* binding */ storedState),
/* harmony export */   v: () => (/* binding */ readableReleases)
/* harmony export */ });
/* unused harmony export readAllReleases */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_release_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8464);
/* harmony import */ var _core_same_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1685);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3323);
// Reads are synchronous: a query reads thousands of small files and does nothing else meanwhile,
// and one readFileSync costs a fraction of the four thread-pool round trips of an async readFile
// (open, stat, read, close). Measured in `npm run bench`.







/**
 * Refuses a releases directory that is not there: a typo in `--dir` must not read as "no
 * releases". An empty directory is fine. `input` names the directory in errors, as the caller
 * names it (the CLI's `--dir`, the attest action's `releases-dir`).
 */
function requireReleasesDir(dir, input = '--dir') {
    let isDirectory;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory();
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error) === 'ENOENT') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `releases directory ${dir} does not exist`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `cannot read releases directory ${dir}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    if (!isDirectory)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${dir} is not a directory`);
}
/**
 * Versions recorded in `dir`, from file names alone, newest first by SemVer precedence. `input`
 * names the directory in errors (`requireReleasesDir`).
 */
function recordedVersions(dir, input = '--dir') {
    requireReleasesDir(dir, input);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `cannot read releases directory ${dir}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    const versions = [];
    for (const name of names) {
        const match = _core_release_record_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASE_INFO_FILE */ ._X.exec(name);
        if (match?.[1] === undefined)
            continue;
        // A file that only looks like a record (no version in its name) is not a release.
        const parsed = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTagOrNull */ .GK)(match[1]);
        if (parsed)
            versions.push(parsed.version);
    }
    return newestFirst(versions);
}
/**
 * Sorts by `compareVersions`, each version parsed once: sorting ten thousand versions compares
 * them over a hundred thousand times.
 */
function newestFirst(versions) {
    const parsed = versions.map((version) => ({ version, semver: new (semver__WEBPACK_IMPORTED_MODULE_2___default().SemVer)(version) }));
    parsed.sort((a, b) => b.semver.compare(a.semver) || (0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .compareVersions */ .Zy)(b.version, a.version));
    return parsed.map((p) => p.version);
}
/**
 * `path.join(dir, name)` for a plain file name, with `dir` normalised once: a query joins tens of
 * thousands of names to one directory, and `join` normalises the whole path each time.
 */
const dirPrefixes = new Map();
function inDir(dir, name) {
    let prefix = dirPrefixes.get(dir);
    if (prefix === undefined) {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(dir);
        prefix = base === `.${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}` || base === '.' ? '' : base.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? base : `${base}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`;
        dirPrefixes.set(dir, prefix);
    }
    return `${prefix}${name}`;
}
function recordPath(dir, prefix) {
    return inDir(dir, (0,_core_release_record_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseFileNames */ .wZ)(prefix).releaseInfo);
}
/**
 * Opening a file refuses a symbolic link: `O_NOFOLLOW` (0 where the platform has none: Windows).
 * Node takes open flags as a number too, which its types leave out.
 */
const NO_FOLLOW = (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
function readNoFollow(path, encoding) {
    try {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW === undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink()) {
            throw Object.assign(new Error('symbolic link'), { code: 'ELOOP' });
        }
        return encoding
            ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, { encoding, flag: NO_FOLLOW })
            : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, { flag: NO_FOLLOW });
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error) === 'ELOOP') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`${path} is a symbolic link; files of the releases directory are never read through links`);
        }
        throw error;
    }
}
/** Reads and schema-checks the record of `version` (already parsed); every failure is a CheckError. */
function readRecordFile(dir, version) {
    const file = recordPath(dir, `v${version}`);
    let text;
    try {
        text = readNoFollow(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl)
            throw error;
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error) === 'ENOENT')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`release v${version} not found in ${dir}`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`${file}: cannot be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    const record = (0,_core_release_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecord */ .Hh)(text, file);
    if (record.version !== version) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`${file} records version ${record.version}, not ${version}`);
    }
    return { version, file, record };
}
/**
 * Reads and schema-checks one release's record. A release that is not there, or whose record is
 * unreadable, is a CheckError; a directory that is not there is an InputError.
 */
function readRelease(dir, versionOrTag) {
    const { version } = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTag */ .ED)(versionOrTag, 'version');
    requireReleasesDir(dir);
    return readRecordFile(dir, version);
}
/**
 * Every release in `dir`, newest first. A record that cannot be read or fails the schema does not
 * hide the others: it is returned in `unreadable`, for the caller to name. `input` names the
 * directory in errors (`requireReleasesDir`).
 */
function readAllReleases(dir, input = '--dir') {
    const releases = [];
    const unreadable = [];
    for (const version of recordedVersions(dir, input)) {
        try {
            releases.push(readRecordFile(dir, version));
        }
        catch (error) {
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl))
                throw error;
            unreadable.push({ version, file: recordPath(dir, `v${version}`), problem: error.message });
        }
    }
    return { releases, unreadable };
}
/**
 * `readAllReleases` for a reader that goes on without the unreadable records: each is named in a
 * warning, once all are read.
 */
function readableReleases(dir, warn, input = '--dir') {
    const { releases, unreadable } = readAllReleases(dir, input);
    for (const bad of unreadable)
        warn(`skipped ${bad.file}: ${bad.problem}`);
    return releases;
}
/** The highest release that is not a pre-release. */
function latestRelease(releases) {
    return releases.find((r) => !(0,_core_version_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTag */ .ED)(r.version).prerelease);
}
/**
 * Where a release's files are: beside its record, under the names its version gives them. The
 * paths inside the record are checked against these names, never followed (a record pointing at
 * another release's files must not verify).
 */
function releaseFiles(dir, version) {
    const names = (0,_core_release_record_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseFileNames */ .wZ)(`v${version}`);
    return {
        appCompose: inDir(dir, names.appCompose),
        dockerCompose: inDir(dir, names.dockerCompose),
    };
}
/** The file's bytes, or null when it does not exist; any other failure is not a verdict and throws. */
function readOrNull(path) {
    try {
        return readNoFollow(path);
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error) === 'ENOENT')
            return null;
        throw error;
    }
}
/**
 * The action's rule for a record already there, applied to a directory: the same release (one
 * definition, `compareStored` in src/core/same-release.ts) with its files intact is kept as it is;
 * anything else is different.
 */
function storedState(dir, record) {
    const file = recordPath(dir, `v${record.version}`);
    const { appCompose, dockerCompose } = releaseFiles(dir, record.version);
    const verdict = (0,_core_same_release_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStored */ .hR)(record, {
        releaseInfo: readOrNull(file),
        appCompose: readOrNull(appCompose),
        dockerCompose: readOrNull(dockerCompose),
    }, { releaseInfo: file, appCompose, dockerCompose });
    if (verdict.kind === 'none')
        return { kind: 'absent' };
    if (verdict.kind === 'different')
        return verdict;
    return { kind: 'same', stored: { version: record.version, file, record: verdict.record } };
}


/***/ })

};
