/**
 * The GitHub test server's core: two origins (the API with its uploads and web paths, and the
 * storage origin asset downloads redirect to), the way every request goes (authentication,
 * injected faults, the check against GitHub's description, the route, the check of the answer),
 * the record of requests and violations, and what tests seed and inspect.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { now } from './clock.js';
import { Faults, type FailOptions, type RefUpdateHook } from './faults.js';
import { GitRepo, TreeConflict, type BranchCommit, type Person } from './git-store.js';
import {
  errorReply,
  HttpError,
  notFound,
  readBody,
  type Handler,
  type Reply,
  type Site,
} from './http.js';
import { decodeSegment, openApi } from './openapi.js';
import { ReleaseStore, type AssetSeed, type ReleaseSeed } from './release-store.js';
import { assetRoutes } from './routes/assets.js';
import { gitRoutes } from './routes/git.js';
import { releaseRoutes } from './routes/releases.js';
import { repoRoutes } from './routes/repos.js';
import { INITIAL_DATE, Shapes } from './shapes.js';
import type { RecordedRequest, StalledRequest, Violation } from './records.js';
import { StorageOrigin } from './storage.js';

export interface ServerOptions {
  /** Default a random `ghs_…` token. */
  readonly token?: string;
  readonly owner?: string;
  readonly repo?: string;
  readonly defaultBranch?: string;
  /** Files of the initial commit; default a README.md. */
  readonly files?: Readonly<Record<string, string | Buffer>>;
  /** Delay before answering each request, in ms. */
  readonly latencyMs?: number;
  /** Serve the API under `/api/v3` and uploads under `/api/uploads`, as GitHub Enterprise Server does. */
  readonly ghes?: boolean;
  /** The repository setting: releases become immutable when published. */
  readonly immutableReleases?: boolean;
  /**
   * GitHub lets the title and notes of an immutable release change; true makes this server refuse
   * that too, to exercise a stricter server.
   */
  readonly lockImmutableNotes?: boolean;
}

type Host = 'storage' | 'web' | 'api' | 'uploads';

const HANDLERS: Readonly<Record<string, Handler>> = {
  ...repoRoutes,
  ...gitRoutes,
  ...releaseRoutes,
  ...assetRoutes,
};

export class GitHubServer {
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly git: GitRepo;
  /** Every answered request, in the order answered (stalled ones are in `stalled`). */
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  /** Requests `stallNext` held, in arrival order; `closedAt` says when the client gave up. */
  readonly stalled: StalledRequest[] = [];
  latencyMs: number;

  private readonly apiPrefix: string;
  private readonly uploadsPrefix: string;
  private origin = '';
  private readonly spec = openApi();
  private readonly server = createServer((req, res) => void this.handle(req, res, false));
  /** The second origin, like GitHub's object storage, that serves asset bytes. */
  private readonly storageServer = createServer((req, res) => void this.handle(req, res, true));
  private readonly store: ReleaseStore;
  private readonly faults = new Faults();
  private readonly site: Site;
  /** Pending waits (latency, slowdowns, stalls); `stop()` ends them all. */
  private readonly waits = new Set<() => void>();
  private stopping = false;

  constructor(
    readonly gitDir: string,
    opts: ServerOptions,
  ) {
    this.token = opts.token ?? `ghs_${randomBytes(18).toString('hex')}`;
    this.owner = opts.owner ?? 'acme';
    this.repo = opts.repo ?? 'app';
    this.defaultBranch = opts.defaultBranch ?? 'main';
    this.latencyMs = opts.latencyMs ?? 0;
    this.apiPrefix = opts.ghes ? '/api/v3' : '';
    this.uploadsPrefix = opts.ghes ? '/api/uploads' : '/uploads';
    this.git = new GitRepo(gitDir);
    this.store = new ReleaseStore(this.defaultBranch, opts);
    this.site = {
      git: this.git,
      releases: this.store,
      shapes: new Shapes(this),
      storage: new StorageOrigin(),
      faults: this.faults,
      defaultBranch: this.defaultBranch,
      signed: new Set(),
    };
  }

  /** The REST API root, what `baseUrl` / `GITHUB_API_URL` should be. */
  get url(): string {
    return `${this.origin}${this.apiPrefix}`;
  }

  get uploadsUrl(): string {
    return `${this.origin}${this.uploadsPrefix}`;
  }

  /** The web root, what `GITHUB_SERVER_URL` would be. */
  get serverUrl(): string {
    return this.origin;
  }

  /** The storage origin that asset downloads are redirected to (another port: another origin). */
  get storageUrl(): string {
    return this.site.storage.origin;
  }

  /** The repository setting: releases become immutable when published. */
  get immutableReleases(): boolean {
    return this.store.immutableReleases;
  }

  set immutableReleases(value: boolean) {
    this.store.immutableReleases = value;
  }

  /** Refuse title and notes changes of an immutable release too (GitHub allows them). */
  get lockImmutableNotes(): boolean {
    return this.store.lockImmutableNotes;
  }

  set lockImmutableNotes(value: boolean) {
    this.store.lockImmutableNotes = value;
  }

  async listen(): Promise<void> {
    const listen = async (server: Server): Promise<string> => {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    };
    this.origin = await listen(this.server);
    this.site.storage.origin = await listen(this.storageServer);
  }

  /** Closes both origins at once, held (stalled) connections included, and removes the repository. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of [...this.waits]) wake();
    await Promise.all(
      [this.server, this.storageServer].map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
    await rm(this.gitDir, { recursive: true, force: true });
  }

  // --- fault injection ---------------------------------------------------------------------

  /**
   * The next `count` requests matching `method` and `path` (relative to the API or uploads root)
   * fail with `status`, `message` and, for a validation failure, `errors`
   * (e.g. `[{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]`).
   */
  failNext(method: string, path: RegExp, status: number, count = 1, opts: FailOptions = {}): void {
    this.faults.fail(method, path, status, count, opts);
  }

  /**
   * The next `count` requests matching `method` and `path` (relative to the API or uploads root;
   * on the storage origin, its path) are read and never answered: the connection stays open until
   * the client gives up or the server stops. Each is recorded in `stalled`. With `apply` the request
   * takes effect first (a release is created, a ref moves) and only its answer is withheld.
   */
  stallNext(method: string, path: RegExp, count = 1, opts: { apply?: boolean } = {}): void {
    this.faults.hold(method, path, null, count, opts.apply ?? false);
  }

  /**
   * The next `count` matching requests (as `stallNext`) are answered `ms` late. By default the
   * request is carried out after the delay, even when the client gave up meanwhile, as a busy
   * server would; with `apply` it takes effect at once and only the answer is late.
   */
  slowNext(
    method: string,
    path: RegExp,
    ms: number,
    count = 1,
    opts: { apply?: boolean } = {},
  ): void {
    this.faults.hold(method, path, ms, count, opts.apply ?? false);
  }

  /** Runs `hook` before the next `times` ref updates are applied (e.g. to move the branch first). */
  beforeRefUpdate(hook: RefUpdateHook, times = 1): void {
    this.faults.beforeRefUpdate(hook, times);
  }

  // --- seeding and inspecting the repository ------------------------------------------------

  /**
   * Someone else's commit on `branch`: `files` (null deletes) on its head, as a push would make.
   * Returns the new head.
   */
  async commitOnBranch(
    branch: string,
    files: Readonly<Record<string, string | Buffer | null>>,
    message = 'another change',
  ): Promise<string> {
    const person = { name: 'Someone Else', email: 'someone@example.com', date: now() };
    return this.git.commitFiles(branch, files, message, person);
  }

  /**
   * The commits on `branch` newest first, following first parents from its head, down to (not
   * including) `since` when given; each with the paths it changed.
   */
  async commitsOn(
    branch = this.defaultBranch,
    opts: { since?: string } = {},
  ): Promise<BranchCommit[]> {
    return this.git.firstParents(branch, opts.since);
  }

  async branchHead(branch = this.defaultBranch): Promise<string | null> {
    return this.git.readRef(`refs/heads/${branch}`);
  }

  // --- seeding and inspecting releases -------------------------------------------------------

  /**
   * Seeds a release (published unless `draft`) without a request, as if made earlier. A published
   * one is made latest as `makeLatest` says; a second published release of a tag is an error.
   */
  addRelease(seed: ReleaseSeed): Record<string, unknown> {
    return this.site.shapes.release(this.store.seed(seed));
  }

  addDraftRelease(tag: string): Record<string, unknown> {
    return this.addRelease({ tag, draft: true });
  }

  addAsset(releaseId: number, seed: AssetSeed): Record<string, unknown> {
    const release = this.store.get(releaseId);
    if (!release) throw new Error(`no release ${releaseId}`);
    return this.site.shapes.asset(this.store.seedAsset(release, seed), release.tag);
  }

  /** The release for `tag` as the API would return it: the published one, else the newest draft. */
  release(tag: string): Record<string, unknown> | undefined {
    const found = this.store.releaseFor(tag);
    return found && this.site.shapes.release(found);
  }

  /** Every release, drafts included, newest first (as the list endpoint orders them); or those of `tag`. */
  releases(tag?: string): Record<string, unknown>[] {
    return this.store
      .sorted()
      .filter((r) => tag === undefined || r.tag === tag)
      .map((r) => this.site.shapes.release(r));
  }

  /** The id of the release `GET /releases/latest` answers with, or null (it answers 404). */
  latestReleaseId(): number | null {
    return this.store.latestReleaseId();
  }

  /** The stored bytes of an asset, by asset name on the release for `tag` (as `release(tag)` picks it). */
  assetBytes(tag: string, name: string): Buffer | undefined {
    return this.store.releaseFor(tag)?.assets.find((a) => a.name === name)?.bytes;
  }

  // --- what clients and assertions need ------------------------------------------------------

  /**
   * Options for a client of this server: its API root, quick retries, and no spacing of writes
   * (the one-second pacing GitHub asks for would only slow the tests down).
   */
  clientOptions(): {
    baseUrl: string;
    retries: number;
    retryAfterBaseValue: number;
    paceWrites: false;
  } {
    return { baseUrl: this.url, retries: 3, retryAfterBaseValue: 1, paceWrites: false };
  }

  /** Answered requests that named an operation, e.g. `git/create-commit`. */
  calls(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  /** How many requests named each operation, answered or stalled, e.g. `{ 'repos/create-release': 2 }`. */
  operationCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of [...this.requests, ...this.stalled]) {
      if (r.operation !== undefined) counts[r.operation] = (counts[r.operation] ?? 0) + 1;
    }
    return counts;
  }

  /** Requests that named `operation`, answered or stalled. */
  count(operation: string): number {
    return this.operationCounts()[operation] ?? 0;
  }

  /** Forgets recorded requests, answered and stalled. */
  clearRequests(): void {
    this.requests.length = 0;
    this.stalled.length = 0;
  }

  // --- HTTP plumbing -----------------------------------------------------------------------

  /** Waits `ms`; false when the server stopped meanwhile (the request is then dropped). */
  private wait(ms: number): Promise<boolean> {
    if (this.stopping) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waits.delete(wake);
        resolve(!this.stopping);
      };
      const timer = setTimeout(wake, ms);
      this.waits.add(wake);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse, storage: boolean): Promise<void> {
    const start = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch {
      return; // the client went away mid-request
    }
    const where = this.locate(storage, method, new URL(rawUrl, this.origin).pathname);
    const hold = this.faults.takeHold(method, where.rel);
    const run = async (): Promise<{ reply: Reply; operation?: string }> => {
      try {
        return await this.dispatch(method, rawUrl, req.headers, raw, where.host, where.rel);
      } catch (error) {
        return { reply: errorReply(error, undefined) };
      }
    };

    if (hold && hold.ms === null) {
      const entry: StalledRequest = {
        method,
        path: rawUrl,
        ...(where.operation !== undefined && { operation: where.operation }),
        body: raw,
        ...(storage && { storage: true as const }),
        start,
        closedAt: null,
        closedBy: null,
      };
      this.stalled.push(entry);
      const closed = new Promise<void>((resolve) => {
        const done = (): void => {
          entry.closedAt = performance.now();
          entry.closedBy = this.stopping ? 'server' : 'client';
          resolve();
        };
        if (res.socket === null || res.socket.destroyed) done();
        else res.once('close', done);
      });
      if (hold.apply) entry.withheld = (await run()).reply.status;
      await closed;
      return;
    }

    // With `apply` the request takes effect before the wait; otherwise after it.
    let result = hold?.apply ? await run() : undefined;
    const delay = (hold?.ms ?? 0) + this.latencyMs;
    if (delay > 0 && !(await this.wait(delay))) return;
    result ??= await run();
    const { reply, operation } = result;

    const headers: Record<string, string> = {
      'x-github-request-id': randomBytes(8).toString('hex'),
      ...reply.headers,
    };
    let payload: Buffer | undefined = reply.bytes;
    if (reply.json !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.json));
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    if (payload) headers['content-length'] = String(payload.length);
    const aborted = res.socket === null || res.socket.destroyed;
    if (!aborted) {
      res.writeHead(reply.status, headers);
      res.end(payload);
    }
    this.requests.push({
      method,
      path: rawUrl,
      ...(operation !== undefined && { operation }),
      status: reply.status,
      start,
      end: performance.now(),
      ...(storage && { storage: true as const }),
      ...(aborted && { aborted: true as const }),
    });
  }

  /** Which host a request is for, its path relative to that host's root, and its operation. */
  private locate(
    storage: boolean,
    method: string,
    pathname: string,
  ): { host: Host; rel: string; operation?: string } {
    if (storage) return { host: 'storage', rel: pathname };
    let host: Host = 'web';
    let rel = pathname;
    if (pathname.startsWith(this.browserDownloads)) {
      host = 'web';
    } else if (pathname.startsWith(`${this.uploadsPrefix}/`)) {
      host = 'uploads';
      rel = pathname.slice(this.uploadsPrefix.length);
    } else if (pathname.startsWith(`${this.apiPrefix}/`)) {
      host = 'api';
      rel = pathname.slice(this.apiPrefix.length);
    }
    if (host === 'web') return { host, rel };
    const matched = this.spec.match(method, rel);
    return matched && matched.route.uploads === (host === 'uploads')
      ? { host, rel, operation: matched.route.operation.operationId }
      : { host, rel };
  }

  private async dispatch(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    raw: Buffer,
    host: Host,
    rel: string,
  ): Promise<{ reply: Reply; operation?: string }> {
    const url = new URL(rawUrl, this.origin);
    const pathname = url.pathname;

    if (host === 'storage') {
      const find = (id: number) => this.store.findAsset(id)?.asset;
      return { reply: this.site.storage.serve(method, url, headers, find) };
    }
    if (host === 'web') {
      // The web download URL of a published release's asset redirects to storage, as github.com does.
      if (pathname.startsWith(this.browserDownloads) && method === 'GET') {
        const [tag, name] = pathname
          .slice(this.browserDownloads.length)
          .split('/')
          .map(decodeSegment);
        const release = tag === undefined ? undefined : this.store.publishedFor(tag);
        const asset = release?.assets.find((a) => a.name === name);
        if (asset) return { reply: this.site.storage.redirect(asset) };
      }
      return { reply: errorReply(notFound(), undefined) };
    }
    const uploads = host === 'uploads';

    const auth = headers['authorization'] ?? '';
    const given = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
    if (given !== this.token) {
      return {
        reply: errorReply(
          new HttpError(401, given ? 'Bad credentials' : 'Requires authentication'),
          undefined,
        ),
      };
    }

    const matched = this.spec.match(method, rel);
    const known = matched && matched.route.uploads === uploads ? matched : undefined;
    // An injected failure answers before anything else, as an outage would.
    const fault = this.faults.takeFault(method, rel);
    if (fault) {
      return {
        reply: errorReply(
          new HttpError(fault.status, fault.message, fault.errors, fault.headers),
          known?.route,
        ),
        ...(known && { operation: known.route.operation.operationId }),
      };
    }
    if (!known) {
      const on = uploads ? 'the uploads host' : 'the API';
      this.violations.push({
        kind: 'request',
        method,
        path: rawUrl,
        problems: [`no operation ${method} ${rel} on ${on}`],
      });
      return { reply: errorReply(notFound(), undefined) };
    }
    const { route, params } = known;
    const operation = route.operation.operationId;
    const checked = this.spec.checkRequest(route, url.searchParams, headers, raw, params);
    if (checked.problems.length > 0) {
      this.violations.push({ kind: 'request', method, path: rawUrl, problems: checked.problems });
      const message =
        checked.status === 400
          ? 'Problems parsing JSON'
          : `Invalid request.\n\n${checked.problems.join('\n')}`;
      return { reply: errorReply(new HttpError(checked.status, message), route), operation };
    }
    if (
      params['owner']?.toLowerCase() !== this.owner.toLowerCase() ||
      params['repo']?.toLowerCase() !== this.repo.toLowerCase()
    ) {
      return { reply: errorReply(notFound(), route), operation };
    }
    const handler = HANDLERS[operation];
    if (!handler) {
      const problem = `${operation} is not implemented by the test server`;
      this.violations.push({ kind: 'unsupported', method, path: rawUrl, problems: [problem] });
      return { reply: errorReply(new HttpError(501, problem), route), operation };
    }
    let reply: Reply;
    try {
      reply = await handler(this.site, {
        params,
        query: url.searchParams,
        headers,
        body: checked.json,
        raw,
        route,
        url: `${this.origin}${pathname}`,
      });
    } catch (error) {
      if (error instanceof TreeConflict)
        return { reply: errorReply(new HttpError(422, error.message), route), operation };
      return { reply: errorReply(error, route), operation };
    }
    if (reply.json !== undefined) {
      const problems = this.spec.checkResponse(route, reply.status, reply.json);
      if (problems.length > 0)
        this.violations.push({ kind: 'response', method, path: rawUrl, problems });
    }
    return { reply, operation };
  }

  /** Where github.com serves a published release's assets to browsers. */
  private get browserDownloads(): string {
    return `/${this.owner}/${this.repo}/releases/download/`;
  }
}

/** Starts a server on 127.0.0.1 with a fresh bare repository whose `main` holds one commit. */
export async function start(opts: ServerOptions = {}): Promise<GitHubServer> {
  const server = new GitHubServer(await mkdtemp(join(tmpdir(), 'github-server-')), opts);
  const files = opts.files ?? { 'README.md': `# ${server.repo}\n` };
  const author: Person = {
    name: 'Initial Author',
    email: 'author@example.com',
    date: INITIAL_DATE,
  };
  await server.git.init(server.defaultBranch, files, author);
  await server.listen();
  return server;
}
