#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseCommandLine),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1654);


/** A command line the tool cannot act on; exit 2, in the tool's own words. */
class UsageError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    constructor(message, command) {
        const hint = command ? `see release-tracker help ${command}` : 'see release-tracker --help';
        super('usage', `${message} (${hint})`);
    }
}
const ALL_OPTIONS = [
    ..._commands_js__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_OPTIONS */ .PA,
    ..._commands_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.flatMap((c) => c.options),
];
function lookup(token) {
    if (token.startsWith('--'))
        return ALL_OPTIONS.find((o) => o.name === token.slice(2));
    return ALL_OPTIONS.find((o) => o.short !== undefined && o.short === token.slice(1));
}
/**
 * Reads `argv`: options anywhere (`--name value`, `--name=value`, `-h`, `-V`), `--` ends them, a
 * lone `-` is an argument (stdin). The first argument names the command; `help <command>` asks
 * for that command's help. Every option is checked against the command that takes it.
 */
function parseCommandLine(argv) {
    const options = {};
    const positionals = [];
    const seen = [];
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (token === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!token.startsWith('-') || token === '-') {
            positionals.push(token);
            continue;
        }
        const eq = token.startsWith('--') ? token.indexOf('=') : -1;
        const name = eq >= 0 ? token.slice(0, eq) : token;
        const option = lookup(name);
        if (!option)
            throw new UsageError(`unknown option ${name}`, commandNamed(positionals));
        if (option.name in options) {
            throw new UsageError(`--${option.name} is given more than once`, commandNamed(positionals));
        }
        if (option.value === undefined) {
            if (eq >= 0)
                throw new UsageError(`--${option.name} takes no value`, commandNamed(positionals));
            options[option.name] = true;
        }
        else {
            const value = eq >= 0 ? token.slice(eq + 1) : argv[++i];
            if (value === undefined || (eq < 0 && value.startsWith('--'))) {
                throw new UsageError(`--${option.name} needs a value: --${option.name} ${option.value}`, commandNamed(positionals));
            }
            options[option.name] = value;
        }
        seen.push(option);
    }
    let [name, ...args] = positionals;
    if (name === 'help') {
        // `help <command>` is `<command> --help`.
        if (args.length > 1)
            throw new UsageError('help takes one command name');
        [name, args] = [args[0], []];
        if (name === undefined)
            return { command: undefined, args: [], options: { ...options, help: true } };
        options['help'] = true;
    }
    const command = name === undefined ? undefined : (0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .findCommand */ .Zv)(name);
    if (name !== undefined && command === undefined) {
        throw new UsageError(`unknown command "${name}"`);
    }
    if (command) {
        for (const option of seen) {
            // By name: two commands may each define an option of the same name (`--offline`).
            const takes = (c) => c.options.some((o) => o.name === option.name);
            if (_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_OPTIONS */ .PA.includes(option) || takes(command))
                continue;
            const owners = _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.filter(takes).map((c) => c.name);
            throw new UsageError(`${command.name} takes no option --${option.name} (an option of ${owners.join(', ')})`, command.name);
        }
        if (!options['help'] && !options['version']) {
            if (args.length < command.minArgs || args.length > command.maxArgs) {
                throw new UsageError(`expected release-tracker ${command.name}${command.args ? ` ${command.args}` : ' (no arguments)'}`, command.name);
            }
        }
    }
    return { command, args, options };
}
/** The command the arguments so far name, for the hint of an early error. */
function commandNamed(positionals) {
    const first = positionals[0] === 'help' ? positionals[1] : positionals[0];
    return first !== undefined && (0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .findCommand */ .Zv)(first) ? first : undefined;
}


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   PA: () => (/* binding */ GLOBAL_OPTIONS),
/* harmony export */   Zv: () => (/* binding */ findCommand)
/* harmony export */ });
/**
 * What each command takes: its arguments, its own options and an example. The parser checks the
 * command line against this table and the help is printed from it, so they cannot disagree.
 * No command's code is loaded here: `--help` and `--version` stay as fast as bare Node.
 */
const GLOBAL_OPTIONS = [
    { name: 'dir', value: 'DIR', help: 'releases directory [releases]' },
    { name: 'json', help: 'print one JSON document instead of text' },
    { name: 'help', short: 'h', help: 'this help' },
    { name: 'version', short: 'V', help: "the tool's version" },
];
const HASH = '12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7';
const COMMANDS = [
    {
        name: 'generate',
        args: '<version> [[service=]image…]',
        minArgs: 1,
        maxArgs: Infinity,
        summary: 'write the three release files locally, as the action would',
        details: 'Each image is [service=]reference; without service= it is matched to the services whose\n' +
            'image has the same repository. The same release again (same compose hash, image digests\n' +
            'and files) changes nothing; a different record for the version is refused unless\n' +
            '--overwrite is given. The releases directory gets a README.md and a .gitattributes once.',
        options: [
            {
                name: 'compose',
                value: 'FILE',
                help: 'source compose file [docker-compose.yml, compose.yaml, …]',
            },
            {
                name: 'metadata',
                value: 'FILE',
                help: 'buildx metadata (build-push-action or bake-action output)',
            },
            { name: 'app-compose-template', value: 'FILE', help: 'dstack app-compose settings (JSON)' },
            {
                name: 'app-name',
                value: 'NAME',
                help: "dstack app name [template's name, else the repository's]",
            },
            { name: 'no-pin-all', help: 'leave images this release did not build unpinned' },
            { name: 'offline', help: 'never ask a registry: every image needs a digest already' },
            { name: 'overwrite', help: 'replace a different record already stored for this version' },
        ],
        examples: [
            'release-tracker generate v1.2.0 app=ghcr.io/acme/app:v1.2.0 --metadata metadata.json',
            'release-tracker generate 1.2.0 app=ghcr.io/acme/app@sha256:<64 hex> --offline',
        ],
    },
    {
        name: 'list',
        args: '',
        minArgs: 0,
        maxArgs: 0,
        summary: 'all releases, newest first (SemVer precedence)',
        options: [],
        examples: ['release-tracker list', 'release-tracker list --dir deploy/releases --json'],
    },
    {
        name: 'latest',
        args: '',
        minArgs: 0,
        maxArgs: 0,
        summary: 'the highest release that is not a pre-release',
        options: [],
        examples: ['release-tracker latest --json'],
    },
    {
        name: 'info',
        args: '<version>',
        minArgs: 1,
        maxArgs: 1,
        summary: 'the whole record',
        options: [],
        examples: ['release-tracker info v1.2.0'],
    },
    {
        name: 'images',
        args: '<version>',
        minArgs: 1,
        maxArgs: 1,
        summary: 'service, repository, tag, digest, platforms',
        options: [],
        examples: ['release-tracker images 1.2.0'],
    },
    {
        name: 'app-compose',
        args: '<version>',
        minArgs: 1,
        maxArgs: 1,
        summary: 'the app-compose file and its compose hash (recomputed)',
        options: [],
        examples: ['release-tracker app-compose v1.2.0'],
    },
    {
        name: 'compose',
        args: '<version>',
        minArgs: 1,
        maxArgs: 1,
        summary: 'the pinned docker-compose file',
        options: [],
        examples: ['docker compose -f "$(release-tracker compose v1.2.0)" up -d'],
    },
    {
        name: 'verify',
        args: '[<version>…]',
        minArgs: 0,
        maxArgs: Infinity,
        summary: 'check every recorded hash and the schema (default: all)',
        details: "With --registry, also asks each image's registry (with generate's credentials and time\n" +
            'limits) whether every recorded digest, the index and each platform manifest, is still\n' +
            'served: can the release still be deployed, or rolled back to? Exit 1 lists each digest no\n' +
            'longer served; a registry that cannot be asked is reported as such, never as a deletion.',
        options: [
            {
                name: 'registry',
                help: "also ask each image's registry whether every recorded digest is still served",
            },
        ],
        examples: [
            'release-tracker verify',
            'release-tracker verify v1.1.0 v1.2.0',
            'release-tracker verify --registry --json',
        ],
    },
    {
        name: 'diff',
        args: '<from> <to>',
        minArgs: 2,
        maxArgs: 2,
        summary: 'images added, removed, re-pinned; app settings changed',
        options: [],
        examples: ['release-tracker diff v1.1.0 v1.2.0'],
    },
    {
        name: 'find',
        args: '<sha256>',
        minArgs: 1,
        maxArgs: 1,
        summary: 'the release with this compose hash or image digest',
        options: [],
        examples: [`release-tracker find ${HASH}`],
    },
    {
        name: 'compose-hash',
        args: '<file>',
        minArgs: 1,
        maxArgs: 1,
        summary: 'the compose hash of any app-compose file, and its layout',
        details: 'A file that is not a JSON document is an input error (exit 2), never given a hash.',
        options: [],
        examples: ['release-tracker compose-hash app-compose.json --json'],
    },
    {
        name: 'attest',
        args: '<file|-> | --url URL',
        minArgs: 0,
        maxArgs: 1,
        summary: "prove which recorded release a running dstack CVM runs, from Intel's signature on",
        details: "Reads what a CVM reports ('-' reads stdin; --url fetches it): a guest agent Info() answer, a\n" +
            "tcb_info, a GetQuote() answer or dstack-verifier request, an app's /public_data, or Phala\n" +
            "Cloud's app attestations (every instance). Verifies the TDX quote's signature with Intel's\n" +
            "collateral (--collateral, else the document's own, else fetched from --pccs), checks the TCB\n" +
            'status, replays the event log into RTMR0-3 against the quote, and names the release that\n' +
            'recorded the compose hash. Verdict: verified (exit 0), consistent (no verified quote; exit 1\n' +
            'unless --allow-unsigned) or failed (exit 1); 2 when the input cannot be read.',
        options: [
            { name: 'url', value: 'URL', help: 'fetch the document (https, or http to loopback)' },
            {
                name: 'quote',
                value: 'FILE',
                help: 'a TDX quote (hex, or its raw bytes) beside the document',
            },
            {
                name: 'collateral',
                value: 'FILE',
                help: "Intel's collateral for the quote (JSON, as PCCS answers assemble it)",
            },
            {
                name: 'pccs',
                value: 'URL',
                help: 'where to fetch collateral [https://pccs.phala.network]',
            },
            { name: 'offline', help: 'never fetch: collateral only from --collateral or the document' },
            { name: 'at', value: 'TIME', help: 'verification time, RFC 3339 or Unix seconds [now]' },
            {
                name: 'allow-tcb',
                value: 'STATUS,…',
                help: 'TCB statuses to accept besides UpToDate (OutOfDate, …)',
            },
            {
                name: 'os-measurements',
                value: 'FILE',
                help: 'known OS images: [{"name","mrtd","rtmr0","rtmr1","rtmr2"}]',
            },
            {
                name: 'report-data',
                value: 'HEX',
                help: "the quote's expected REPORTDATA (freshness, key binding)",
            },
            { name: 'allow-unsigned', help: 'exit 0 for a consistent document without a verified quote' },
        ],
        examples: [
            'release-tracker attest --url https://<app-id>-8090.<gateway-domain>/prpc/Info',
            'release-tracker attest --url https://cloud-api.phala.network/api/v1/apps/<app-id>/attestations --json',
            'release-tracker attest public_data.json --at 2026-08-13T12:00:00Z --offline',
        ],
    },
];
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8330);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3063);


// `release-tracker list | head` closes the pipe early: that ends the output, it is not an error.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
    process.exit(process.exitCode ?? 0);
});
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
    stdin: () => process.stdin,
    // Imported only when generate or verify --registry asks a registry.
    resolver: async (progress, warn) => {
        const [{ createRegistryResolver }, { timeLimits }] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 3410)),
            __nccwpck_require__.e(/* import() */ 681).then(__nccwpck_require__.bind(__nccwpck_require__, 6681)),
        ]);
        return createRegistryResolver(progress, warn, undefined, timeLimits(process.env));
    },
    version: _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __nccwpck_require__(1654);
;// CONCATENATED MODULE: ./src/cli/help.ts

const EXIT_CODES = `Exit codes:
  0  success
  1  a check failed (hash mismatch, schema error, attestation) or a release was not found
  2  usage or input error`;
function optionLabel(option) {
    const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
    return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}
function optionLines(options, indent) {
    const width = Math.max(...options.map((o) => optionLabel(o).length));
    return options.map((o) => `${indent}${optionLabel(o).padEnd(width)}  ${o.help}`);
}
const usageOf = (spec) => `release-tracker ${spec.name}${spec.args ? ` ${spec.args}` : ''}`;
/** The overview: every command, the global options, examples and exit codes. */
function globalHelp() {
    const width = Math.max(...commands/* COMMANDS */.Lo.map((c) => `${c.name} ${c.args}`.length));
    const lines = [
        'release-tracker — record, query and verify what each release shipped',
        '',
        'Usage: release-tracker <command> [arguments] [--dir DIR] [--json]',
        '       release-tracker help <command>   (or <command> --help): its options and an example',
        '',
        'Commands:',
    ];
    for (const spec of commands/* COMMANDS */.Lo) {
        lines.push(`  ${`${spec.name} ${spec.args}`.padEnd(width)}  ${spec.summary}`);
        if (spec.options.length > 0)
            lines.push(...optionLines(spec.options, '      '));
    }
    lines.push('', 'Options:', ...optionLines(commands/* GLOBAL_OPTIONS */.PA, '  '), '', 'Versions are accepted as 1.0.0 or v1.0.0.', '', 'Examples:', ...commands/* COMMANDS */.Lo.flatMap((c) => c.examples.slice(0, 1).map((e) => `  ${e}`)), '', EXIT_CODES, '');
    return lines.join('\n');
}
/** One command: its usage, what it does, its own options, the global ones and examples. */
function commandHelp(spec) {
    const lines = [
        `Usage: ${usageOf(spec)} [options]`,
        '',
        `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.`,
    ];
    if (spec.details)
        lines.push('', spec.details);
    if (spec.options.length > 0)
        lines.push('', 'Options:', ...optionLines(spec.options, '  '));
    lines.push('', 'Global options:', ...optionLines(commands/* GLOBAL_OPTIONS */.PA, '  '));
    lines.push('', spec.examples.length > 1 ? 'Examples:' : 'Example:');
    lines.push(...spec.examples.map((e) => `  ${e}`), '', EXIT_CODES, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts



/**
 * Each command's code is imported when it runs, so `list` never loads the YAML parser, the
 * generator or the registry client, and `--version` loads nothing (the bundle keeps each
 * import() as its own chunk in dist/cli/).
 */
const HANDLERS = {
    generate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(815), __nccwpck_require__.e(249), __nccwpck_require__.e(580), __nccwpck_require__.e(767), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5521))).run,
    'compose-hash': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(249), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7203))).run,
    attest: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(305), __nccwpck_require__.e(249), __nccwpck_require__.e(580), __nccwpck_require__.e(55)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2055))).run,
};
async function handlerFor(command) {
    const load = HANDLERS[command];
    if (load)
        return load();
    const { QUERIES } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(249), __nccwpck_require__.e(580), __nccwpck_require__.e(235)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9235));
    const query = QUERIES[command];
    if (!query)
        throw new Error(`no handler for ${command}`);
    return query;
}
/** Exit code of a thrown error: 2 for input that cannot be used, 1 for a failed check. */
function exitCodeOf(error) {
    if (error instanceof errors/* CheckError */.tl)
        return 1;
    if (error instanceof errors/* InputError */.dz)
        return 2;
    return 1;
}
/** Runs one CLI invocation; returns the exit code (0 ok, 1 a check failed, 2 usage or input error; README: CLI). */
async function runCli(argv, io) {
    let json = argv.includes('--json');
    try {
        const { command, args, options } = (0,cli_args/* parseCommandLine */.D)(argv);
        json = options['json'] === true;
        if (options['version']) {
            io.out(`${io.version}\n`);
            return 0;
        }
        if (options['help']) {
            io.out(command ? commandHelp(command) : globalHelp());
            return 0;
        }
        if (command === undefined) {
            io.err(globalHelp());
            return 2;
        }
        const dir = typeof options['dir'] === 'string' ? options['dir'] : 'releases';
        const handler = await handlerFor(command.name);
        return await handler({ io, dir, json, args, options });
    }
    catch (error) {
        const code = exitCodeOf(error);
        const message = (0,errors/* errorMessage */.gJ)(error);
        if (json)
            io.out(`${JSON.stringify({ error: message, exit_code: code })}\n`);
        io.err(`error: ${message}\n`);
        return code;
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   tl: () => (/* binding */ CheckError)
/* harmony export */ });
/**
 * Two kinds of failure, because the CLI maps them to different exit codes: bad input is a usage
 * error (2), a failed check is 1. The action fails on both.
 */
/**
 * Input the user gave is invalid. `input` names the culprit (an action input, flag or file); the
 * message is `<input>: <reason>`, and `reason` alone lets a caller restate it under another name.
 */
class InputError extends Error {
    input;
    reason;
    name = 'InputError';
    constructor(input, reason) {
        super(`${input}: ${reason}`);
        this.input = input;
        this.reason = reason;
    }
}
/** A check failed: a hash mismatch, a record that is not there, a conflicting remote state. */
class CheckError extends Error {
    name = 'CheckError';
}
/** Text of any thrown value, Error or not. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/**
 * The system error code (`ENOENT`, `ENOTFOUND`…) of an error, or of the first error it wraps that
 * has one (undici's `fetch failed` carries the socket error as its cause).
 */
function errorCode(error) {
    for (let cause = error; cause instanceof Error; cause = cause.cause) {
        const code = cause.code;
        if (typeof code === 'string')
            return code;
    }
    return undefined;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"1.0.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
