/**
 * What the GitHub test server's parts share: a route handler's context and answer, GitHub's
 * error bodies, pagination, and reading a request body.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Faults } from './faults.js';
import type { GitRepo } from './git-store.js';
import type { Route } from './openapi.js';
import type { ReleaseStore } from './release-store.js';
import type { Shapes } from './shapes.js';
import type { StorageOrigin } from './storage.js';

export interface Reply {
  readonly status: number;
  readonly json?: unknown;
  readonly bytes?: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An answer other than success, as GitHub gives it (`message`, and for 422 maybe `errors`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: readonly Record<string, string>[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

/** An error as GitHub's JSON error body (`message`, `errors`, `documentation_url`, `status`). */
export function errorReply(error: unknown, route: Route | undefined): Reply {
  const documentation = route?.operation.externalDocs?.url ?? 'https://docs.github.com/rest';
  if (error instanceof HttpError) {
    return {
      status: error.status,
      json: {
        message: error.message,
        ...(error.errors && { errors: error.errors }),
        documentation_url: documentation,
        status: String(error.status),
      },
      headers: error.headers,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 500,
    json: { message: `test server: ${message}`, documentation_url: documentation, status: '500' },
  };
}

/** What the routes work on: the repository, its releases, and how they are shown. */
export interface Site {
  readonly git: GitRepo;
  readonly releases: ReleaseStore;
  readonly shapes: Shapes;
  readonly storage: StorageOrigin;
  readonly faults: Faults;
  readonly defaultBranch: string;
  /** Commits GitHub made and signed itself (their verification says so). */
  readonly signed: Set<string>;
}

export interface Context {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The JSON body, parsed and checked against the operation's schema. */
  readonly body: unknown;
  readonly raw: Buffer;
  readonly route: Route;
  /** The request URL without its query, absolute. */
  readonly url: string;
}

export type Handler = (site: Site, ctx: Context) => Promise<Reply>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `body[key]` when it is a string. */
export function str(body: unknown, key: string): string | undefined {
  return isRecord(body) && typeof body[key] === 'string' ? body[key] : undefined;
}

export function has(body: unknown, key: string): boolean {
  return isRecord(body) && key in body;
}

/** One page of `items` as `per_page` and `page` ask, with GitHub's `link` header. */
export function page<T>(
  c: Context,
  items: readonly T[],
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(c.query.get('per_page') ?? 30)));
  const current = Math.max(1, Number(c.query.get('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string): string => {
    const q = new URLSearchParams(c.query);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `<${c.url}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current > 1) links.push(link(current - 1, 'prev'));
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (current > 1) links.push(link(1, 'first'));
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** The whole request body; rejects when the client goes away before sending all of it. */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => reject(new Error('the client closed the connection')));
  });
}
