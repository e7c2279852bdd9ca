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
/* harmony import */ var _core_app_compose_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9445);
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


/***/ })

};
