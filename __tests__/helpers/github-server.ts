/**
 * A local HTTP server speaking the part of GitHub's REST API that release-tracker uses; its parts
 * are in `github-server/`:
 *
 * - `git-store.ts`: git objects live in a real bare repository, stored as git stores them, so a
 *   commit made through the API can be checked with `git log` / `git show`. Ref updates are
 *   compare-and-swap, one at a time per ref, so concurrent clients see exactly GitHub's answers (a
 *   non-fast-forward is 422 unless forced).
 * - `openapi.ts`, `schema.ts`, `validation.ts`: every request is checked with ajv against GitHub's
 *   published OpenAPI description (@octokit/openapi): the operation must exist, path and query
 *   parameters and the JSON body must fit its schema. A request GitHub would reject is answered
 *   404/400/422 and recorded in `violations`; so is a response of this server that does not fit
 *   the documented schema.
 * - `release-store.ts` and `routes/`: releases and assets are kept in memory with GitHub's rules:
 *   one published release per tag (drafts may share a tag, with each other and with the published
 *   one), drafts invisible to the by-tag endpoint, the latest release as `make_latest` sets it,
 *   asset names unique per release, published immutable releases refusing asset changes. Release
 *   handlers never await between a check and the change it guards, so concurrent requests cannot
 *   interleave inside one.
 * - `storage.ts`: asset bytes are served as GitHub does: the API (and the web download URL) answer
 *   302 to a second origin, like GitHub's object storage, which refuses a request carrying
 *   `Authorization`.
 * - `faults.ts`: latency, failing, slowing or stalling the next N matching requests, a branch that
 *   moves right before a ref update; seeded drafts, immutable releases and broken (`starter`) assets.
 * - `server.ts`: the core that takes each request through these, and records it.
 */
export { captureOutput } from './output.js';
export type { FailOptions, RefUpdateHook } from './github-server/faults.js';
export {
  GitRepo,
  type BranchCommit,
  type CommitObject,
  type Person,
  type TreeChange,
  type TreeEntry,
} from './github-server/git-store.js';
export { OpenApi, openApi, type Route } from './github-server/openapi.js';
export {
  storedAssetName,
  type AssetSeed,
  type MakeLatest,
  type ReleaseSeed,
} from './github-server/release-store.js';
export {
  sequentialRoundTrips,
  type RecordedRequest,
  type StalledRequest,
  type Violation,
} from './github-server/records.js';
export { GitHubServer, start, type ServerOptions } from './github-server/server.js';
