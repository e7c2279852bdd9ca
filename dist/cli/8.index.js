export const id = 8;
export const ids = [8];
export const modules = {

/***/ 7008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseProblems: () => (/* binding */ releaseProblems),
/* harmony export */   verifyRelease: () => (/* binding */ verifyRelease)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_record_consistency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5767);
/* harmony import */ var _core_same_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1685);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3323);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4087);
// `verify`, and `find` for the releases it answers with: every record checked against its own
// files. Loaded only by those commands, since it brings the YAML parser (see src/cli/main.ts).






const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Releases often share a pinned compose file byte for byte (a release that changed only its
 * settings): each text is read as Compose reads it once per run. Only what read cleanly is kept
 * (a problem names its own file), and only so many, as a query may read thousands.
 */
const readServices = new Map();
const MAX_CACHED = 1_000;
function servicesOf(text, path) {
    const cached = readServices.get(text);
    if (cached !== undefined)
        return cached;
    const services = (0,_core_record_consistency_js__WEBPACK_IMPORTED_MODULE_2__/* .pinnedServices */ .F3)(text, path);
    if ('problem' in services)
        return services;
    if (readServices.size >= MAX_CACHED)
        readServices.clear();
    readServices.set(text, services);
    return services;
}
/**
 * What keeps a stored release from being what its record says: the file names and tag the record
 * gives, each recorded hash against the file's bytes, the app-compose document embedding exactly
 * the compose file, and every recorded image being the image of its service in that file.
 */
function releaseProblems(dir, stored) {
    const { record, version } = stored;
    const problems = [];
    const { appCompose: appPath, dockerCompose: composePath } = (0,_releases_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseFiles */ .dy)(dir, version);
    for (const [recorded, expected] of [
        [record.files.app_compose.path, appPath],
        [record.files.docker_compose.path, composePath],
    ]) {
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(recorded) !== (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(expected)) {
            problems.push(`record: names ${recorded} as its file, not ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(expected)}`);
        }
    }
    if ((0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTagOrNull */ .GK)(record.tag)?.version !== version) {
        problems.push(`record: tag ${record.tag} is not version ${version}`);
    }
    let app;
    let compose;
    try {
        [app, compose] = [(0,_releases_js__WEBPACK_IMPORTED_MODULE_5__/* .readOrNull */ .di)(appPath), (0,_releases_js__WEBPACK_IMPORTED_MODULE_5__/* .readOrNull */ .di)(composePath)];
    }
    catch (error) {
        // A file behind a link is never read: the release cannot be verified.
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckError */ .tl)
            return [...problems, error.message];
        throw error;
    }
    problems.push(...(0,_core_same_release_js__WEBPACK_IMPORTED_MODULE_3__/* .fileProblems */ .tH)(record, { path: appPath, bytes: app }, { path: composePath, bytes: compose }));
    if (compose !== null) {
        let text;
        try {
            text = utf8.decode(compose);
        }
        catch {
            problems.push(`${composePath}: not valid UTF-8 text`);
        }
        if (text !== undefined) {
            problems.push(...(0,_core_record_consistency_js__WEBPACK_IMPORTED_MODULE_2__/* .recordProblems */ .OG)(record, servicesOf(text, composePath), composePath));
        }
    }
    return problems;
}
/**
 * Checks one release (`releaseProblems`); a record that is missing or unreadable fails too. The
 * record read is handed back (null when it could not be read), so no caller reads it again.
 */
function verifyRelease(dir, versionOrTag) {
    const { version } = (0,_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTag */ .ED)(versionOrTag, 'version');
    let stored;
    try {
        stored = (0,_releases_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecordFile */ .m7)(dir, version);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckError */ .tl) {
            return { result: { version, ok: false, problems: [error.message] }, stored: null };
        }
        throw error;
    }
    const problems = releaseProblems(dir, stored);
    return { result: { version, ok: problems.length === 0, problems }, stored };
}


/***/ })

};
