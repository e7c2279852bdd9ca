export const id = 681;
export const ids = [681];
export const modules = {

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
