/**
 * A local HTTP server speaking the part of GitHub's REST API that release-tracker uses.
 *
 * - Git objects live in a real bare repository (git CLI), so a commit made through the API can be
 *   checked with `git log` / `git show`.
 * - Every request is checked against GitHub's published OpenAPI description (@octokit/openapi):
 *   the operation must exist, path and query parameters and the JSON body must fit its schema.
 *   A request GitHub would reject is answered 404/400/422 and recorded in `violations`; so is a
 *   response of this server that does not fit the documented schema.
 * - Releases and assets are kept in memory with GitHub's rules: drafts are invisible to the by-tag
 *   endpoint, duplicate tags and asset names are `already_exists`, published immutable releases
 *   refuse asset changes.
 * - Faults: latency, failing the next N matching requests, a branch that moves right before a ref
 *   update, seeded drafts, immutable releases and broken (`starter`) assets.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// ---------------------------------------------------------------------------------------------
// OpenAPI description and a small validator over it
// ---------------------------------------------------------------------------------------------

interface Schema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

interface Parameter {
  readonly $ref?: string;
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Schema;
  readonly 'x-multi-segment'?: boolean;
}

interface MediaType {
  readonly schema?: Schema;
}

interface ResponseObject {
  readonly $ref?: string;
  readonly content?: Readonly<Record<string, MediaType>>;
}

interface RequestBody {
  readonly $ref?: string;
  readonly required?: boolean;
  readonly content?: Readonly<Record<string, MediaType>>;
}

interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: RequestBody;
  readonly responses: Readonly<Record<string, ResponseObject>>;
  readonly servers?: readonly { readonly url: string }[];
  readonly externalDocs?: { readonly url: string };
}

interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, Schema>>;
    readonly parameters: Readonly<Record<string, Parameter>>;
    readonly responses: Readonly<Record<string, ResponseObject>>;
    readonly requestBodies?: Readonly<Record<string, RequestBody>>;
  };
}

type Segment = { readonly literal: string } | { readonly param: string; readonly multi: boolean };

export interface Route {
  readonly method: string;
  readonly template: string;
  readonly operation: Operation;
  readonly parameters: readonly Parameter[];
  /** Served from the uploads host (`uploads.github.com`), not the API. */
  readonly uploads: boolean;
  readonly segments: readonly Segment[];
  readonly literals: number;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isType(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  if (type === 'number') return actual === 'number' || actual === 'integer';
  return actual === type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** GitHub's REST API as its OpenAPI description states it; loaded once (the file is 13 MB). */
export class OpenApi {
  readonly routes: readonly Route[];

  constructor(private readonly doc: OpenApiDocument) {
    const routes: Route[] = [];
    for (const [template, item] of Object.entries(doc.paths)) {
      const shared = (item['parameters'] ?? []) as readonly Parameter[];
      for (const [method, value] of Object.entries(item)) {
        if (!HTTP_METHODS.includes(method)) continue;
        const operation = value as Operation;
        const parameters = [...shared, ...(operation.parameters ?? [])].map((p) =>
          this.parameter(p),
        );
        const segments: Segment[] = template
          .split('/')
          .slice(1)
          .map((part) => {
            const m = /^\{([^}]+)\}$/.exec(part);
            if (!m?.[1]) return { literal: part };
            const name = m[1];
            const multi = parameters.some(
              (p) => p.in === 'path' && p.name === name && p['x-multi-segment'],
            );
            return { param: name, multi };
          });
        routes.push({
          method: method.toUpperCase(),
          template,
          operation,
          parameters,
          uploads: (operation.servers ?? []).some((s) => s.url.includes('uploads')),
          segments,
          literals: segments.filter((s) => 'literal' in s).length,
        });
      }
    }
    // Most specific first: `/releases/tags/{tag}` before `/releases/{release_id}`.
    this.routes = routes.sort(
      (a, b) => b.literals - a.literals || a.segments.length - b.segments.length,
    );
  }

  private parameter(p: Parameter): Parameter {
    return p.$ref ? this.ref<Parameter>(p.$ref) : p;
  }

  private ref<T>(ref: string): T {
    const parts = ref.replace(/^#\//, '').split('/');
    let node: unknown = this.doc;
    for (const part of parts) node = isRecord(node) ? node[part] : undefined;
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return node as T;
  }

  deref(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; s.$ref && i < 20; i++) s = this.ref<Schema>(s.$ref);
    return s;
  }

  /** The operation for `method` on `path` (a URL path, still percent-encoded), with its path parameters. */
  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | undefined {
    const raw = path.split('/').slice(1);
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      if (matchSegments(route.segments, raw, 0, 0, params) && this.pathTypesFit(route, params)) {
        return { route, params };
      }
    }
    return undefined;
  }

  private pathTypesFit(route: Route, params: Record<string, string>): boolean {
    return route.parameters.every((p) => {
      if (p.in !== 'path') return true;
      const value = params[p.name];
      if (value === undefined || value === '') return false;
      const type = this.deref(p.schema ?? {}).type;
      return type !== 'integer' || /^\d+$/.test(value);
    });
  }

  /** Problems GitHub would reject the request for, and the status it would answer. */
  checkRequest(
    route: Route,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
    body: Buffer,
  ): { status: number; problems: string[]; json?: unknown } {
    const problems: string[] = [];
    for (const p of route.parameters) {
      if (p.in !== 'query') continue;
      const value = query.get(p.name);
      if (value === null) {
        if (p.required) problems.push(`query parameter "${p.name}" wasn't supplied.`);
        continue;
      }
      const schema = this.deref(p.schema ?? {});
      if (schema.type === 'integer' && !/^-?\d+$/.test(value)) {
        problems.push(`query parameter "${p.name}": "${value}" is not an integer.`);
      } else if (schema.type === 'boolean' && !['true', 'false'].includes(value)) {
        problems.push(`query parameter "${p.name}": "${value}" is not a boolean.`);
      } else if (schema.enum && !schema.enum.includes(value)) {
        problems.push(
          `query parameter "${p.name}": "${value}" is not one of ${JSON.stringify(schema.enum)}.`,
        );
      }
    }
    const requestBody = route.operation.requestBody?.$ref
      ? this.ref<RequestBody>(route.operation.requestBody.$ref)
      : route.operation.requestBody;
    if (!requestBody?.content) return { status: problems.length ? 422 : 200, problems };
    const mediaTypes = Object.keys(requestBody.content);
    if (body.length === 0) {
      if (requestBody.required) problems.push('a request body is required.');
      return { status: problems.length ? 422 : 200, problems };
    }
    const jsonType = mediaTypes.find((t) => t === 'application/json');
    if (jsonType) {
      const contentType = String(headers['content-type'] ?? '');
      if (!/^application\/(.+\+)?json\b/.test(contentType)) {
        problems.push(`the body must be sent as application/json, not "${contentType}".`);
      }
      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        return { status: 400, problems: [...problems, 'Problems parsing JSON'] };
      }
      const schema = requestBody.content[jsonType]?.schema;
      if (schema) this.checkSchema(schema, json, '', problems, 0);
      return { status: problems.length ? 422 : 200, problems, json };
    }
    // A binary upload: GitHub needs the length and the media type of the data.
    if (headers['content-length'] === undefined) problems.push('Content-Length is required.');
    else if (Number(headers['content-length']) !== body.length)
      problems.push('Content-Length does not match the body.');
    if (!headers['content-type']) problems.push('Content-Type is required.');
    return { status: problems.length ? 422 : 200, problems };
  }

  /** Problems of a JSON response of this server against the documented schema for its status. */
  checkResponse(route: Route, status: number, json: unknown): string[] {
    const responses = route.operation.responses;
    let response = responses[String(status)] ?? responses['default'];
    if (!response) {
      return status < 300
        ? [`status ${status} is not documented (${Object.keys(responses).join(', ')})`]
        : [];
    }
    if (response.$ref) response = this.ref<ResponseObject>(response.$ref);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return [];
    const problems: string[] = [];
    this.checkSchema(schema, json, '', problems, 0);
    return problems;
  }

  checkSchema(schema: Schema, value: unknown, at: string, problems: string[], depth: number): void {
    if (depth > 64) return;
    const s = this.deref(schema);
    const where = at === '' ? 'the body' : `'${at}'`;
    for (const sub of s.allOf ?? []) this.checkSchema(sub, value, at, problems, depth + 1);
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives) {
      const fits = alternatives.some((alt) => {
        const p: string[] = [];
        this.checkSchema(alt, value, at, p, depth + 1);
        return p.length === 0;
      });
      if (!fits && !(value === null && s.nullable))
        problems.push(`${where}: ${short(value)} fits none of the allowed shapes.`);
      return;
    }
    if (value === null) {
      if (s.nullable || s.enum?.includes(null)) return;
      if (s.type !== undefined) problems.push(`For ${where}, null is not allowed.`);
      return;
    }
    if (s.enum && !s.enum.includes(value)) {
      problems.push(`For ${where}, ${short(value)} is not a member of ${JSON.stringify(s.enum)}.`);
    }
    if (s.type !== undefined) {
      const types = typeof s.type === 'string' ? [s.type] : s.type;
      if (!types.some((t) => isType(t, value))) {
        problems.push(
          `For ${where}, ${short(value)} is not ${types.map((t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`).join(' or ')}.`,
        );
        return;
      }
    }
    if (isRecord(value)) {
      for (const name of s.required ?? []) {
        if (!(name in value))
          problems.push(`"${at === '' ? '' : `${at}/`}${name}" wasn't supplied.`);
      }
      for (const [name, v] of Object.entries(value)) {
        const prop = s.properties?.[name];
        const path = at === '' ? name : `${at}/${name}`;
        if (prop) this.checkSchema(prop, v, path, problems, depth + 1);
        else if (s.additionalProperties === false)
          problems.push(`"${path}" is not a permitted key.`);
        else if (typeof s.additionalProperties === 'object') {
          this.checkSchema(s.additionalProperties, v, path, problems, depth + 1);
        }
      }
    } else if (Array.isArray(value)) {
      if (s.minItems !== undefined && value.length < s.minItems)
        problems.push(`${where} needs at least ${s.minItems} items.`);
      if (s.maxItems !== undefined && value.length > s.maxItems)
        problems.push(`${where} takes at most ${s.maxItems} items.`);
      if (s.items)
        value.forEach(
          (item, i) =>
            s.items && this.checkSchema(s.items, item, `${at}/${i}`, problems, depth + 1),
        );
    } else if (typeof value === 'string') {
      if (s.minLength !== undefined && value.length < s.minLength)
        problems.push(`${where} is shorter than ${s.minLength}.`);
      if (s.maxLength !== undefined && value.length > s.maxLength)
        problems.push(`${where} is longer than ${s.maxLength}.`);
    } else if (typeof value === 'number') {
      if (s.minimum !== undefined && value < s.minimum)
        problems.push(`${where} is below ${s.minimum}.`);
      if (s.maximum !== undefined && value > s.maximum)
        problems.push(`${where} is above ${s.maximum}.`);
    }
  }
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function matchSegments(
  segments: readonly Segment[],
  raw: readonly string[],
  i: number,
  j: number,
  out: Record<string, string>,
): boolean {
  const segment = segments[i];
  if (!segment) return j === raw.length;
  if (j >= raw.length) return false;
  if ('literal' in segment) {
    return (
      decodeSegment(raw[j] ?? '') === segment.literal &&
      matchSegments(segments, raw, i + 1, j + 1, out)
    );
  }
  const last = segment.multi ? raw.length : j + 1;
  for (let k = last; k > j; k--) {
    const parts = raw.slice(j, k).map(decodeSegment);
    if (parts.some((p) => p === undefined || p === '')) continue;
    out[segment.param] = parts.join('/');
    if (matchSegments(segments, raw, i + 1, k, out)) return true;
  }
  return false;
}

let openApiCache: OpenApi | undefined;

/** GitHub's OpenAPI description from @octokit/openapi, parsed once per process. */
export function openApi(): OpenApi {
  if (!openApiCache) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    openApiCache = new OpenApi(JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument);
  }
  return openApiCache;
}

// ---------------------------------------------------------------------------------------------
// A bare git repository driven by the git CLI
// ---------------------------------------------------------------------------------------------

export interface TreeEntry {
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly sha: string;
  /** Blob size in bytes; undefined for trees and submodules. */
  readonly size?: number;
  readonly path: string;
}

export interface Person {
  readonly name: string;
  readonly email: string;
  /** ISO 8601, `2024-01-01T00:00:00Z` */
  readonly date: string;
}

export interface CommitObject {
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: Person;
  readonly committer: Person;
  readonly message: string;
}

export interface TreeChange {
  readonly path: string;
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  /** null deletes the path. */
  readonly sha: string | null;
}

const SHA = /^[0-9a-f]{40}$/;
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

class GitFailure extends Error {}

export class GitRepo {
  constructor(readonly dir: string) {}

  /** Runs git on the repository; `code` is its exit status. */
  run(
    args: readonly string[],
    input?: Buffer | string,
    env: Record<string, string> = {},
  ): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['--git-dir', this.dir, ...args], {
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          HOME: this.dir,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          LC_ALL: 'C',
          ...env,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({
          code: code ?? -1,
          stdout: Buffer.concat(out),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      child.stdin.on('error', () => undefined);
      child.stdin.end(input ?? '');
    });
  }

  /** stdout of a git command that must succeed. */
  async out(
    args: readonly string[],
    input?: Buffer | string,
    env?: Record<string, string>,
  ): Promise<Buffer> {
    const result = await this.run(args, input, env);
    if (result.code !== 0) throw new GitFailure(`git ${args.join(' ')}: ${result.stderr.trim()}`);
    return result.stdout;
  }

  async text(
    args: readonly string[],
    input?: Buffer | string,
    env?: Record<string, string>,
  ): Promise<string> {
    return (await this.out(args, input, env)).toString('utf8').trim();
  }

  /** The object's type, or null when there is no such object. */
  async typeOf(sha: string): Promise<string | null> {
    if (!SHA.test(sha)) return null;
    const result = await this.run(['cat-file', '-t', sha]);
    return result.code === 0 ? result.stdout.toString('utf8').trim() : null;
  }

  /** A revision (branch, tag, sha, `x^{tree}`) as a sha, or null. */
  async resolve(rev: string): Promise<string | null> {
    if (
      rev === '' ||
      rev.startsWith('-') ||
      /[\s\0~:?*[\\]|\.\.|@\{/.test(rev.replace(/\^\{(tree|commit)\}$/, ''))
    ) {
      return null;
    }
    const result = await this.run(['rev-parse', '--verify', '--quiet', rev]);
    const sha = result.stdout.toString('utf8').trim();
    return result.code === 0 && SHA.test(sha) ? sha : null;
  }

  async writeBlob(content: Buffer): Promise<string> {
    return this.text(['hash-object', '-w', '--stdin'], content);
  }

  async readBlob(sha: string): Promise<Buffer> {
    return this.out(['cat-file', 'blob', sha]);
  }

  async lsTree(treeish: string, recursive = false): Promise<TreeEntry[]> {
    const out = await this.out([
      'ls-tree',
      '-l',
      '-z',
      ...(recursive ? ['-r', '-t'] : []),
      treeish,
    ]);
    const entries: TreeEntry[] = [];
    for (const record of out.toString('utf8').split('\0')) {
      if (record === '') continue;
      const m = /^(\d+) (blob|tree|commit) ([0-9a-f]{40}) +(-|\d+)\t(.*)$/s.exec(record);
      if (!m?.[1] || !m[2] || !m[3] || !m[4] || m[5] === undefined)
        throw new GitFailure(`unexpected ls-tree line ${record}`);
      entries.push({
        mode: m[1],
        type: m[2] as TreeEntry['type'],
        sha: m[3],
        ...(m[4] !== '-' && { size: Number(m[4]) }),
        path: m[5],
      });
    }
    return entries;
  }

  async mktree(
    entries: readonly { mode: string; type: string; sha: string; name: string }[],
  ): Promise<string> {
    const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join('');
    return this.text(['mktree', '-z'], input);
  }

  async readCommit(sha: string): Promise<CommitObject> {
    const raw = (await this.out(['cat-file', 'commit', sha])).toString('utf8');
    const split = raw.indexOf('\n\n');
    const header = split < 0 ? raw : raw.slice(0, split);
    const message = split < 0 ? '' : raw.slice(split + 2);
    let tree = '';
    const parents: string[] = [];
    let author: Person | undefined;
    let committer: Person | undefined;
    for (const line of header.split('\n')) {
      if (line.startsWith(' ')) continue; // continuation of a multi-line header (gpgsig)
      const space = line.indexOf(' ');
      const key = line.slice(0, space);
      const value = line.slice(space + 1);
      if (key === 'tree') tree = value;
      else if (key === 'parent') parents.push(value);
      else if (key === 'author') author = parsePerson(value);
      else if (key === 'committer') committer = parsePerson(value);
    }
    if (!author || !committer || !SHA.test(tree))
      throw new GitFailure(`cannot parse commit ${sha}`);
    return { tree, parents, author, committer, message };
  }

  async commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    author: Person,
    committer: Person,
  ): Promise<string> {
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
    // commit-tree stores a message read from stdin as it is (no clean-up), as GitHub does.
    return this.text(args, message, {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: gitDate(author.date),
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: gitDate(committer.date),
    });
  }

  /** Moves `ref` from `expected` to `sha` atomically; false when it no longer was at `expected`. */
  async updateRef(ref: string, sha: string, expected: string): Promise<boolean> {
    return (await this.run(['update-ref', ref, sha, expected])).code === 0;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant]);
    if (result.code > 1) throw new GitFailure(`git merge-base: ${result.stderr.trim()}`);
    return result.code === 0;
  }

  /**
   * A new tree: `base` (a tree sha, or null for an empty one) with `changes` applied. Paths may be
   * nested (`releases/x.json`): missing subtrees are created, subtrees left empty are dropped.
   */
  async buildTree(base: string | null, changes: readonly TreeChange[]): Promise<string> {
    const root: DirNode = { sha: base, entries: null, dirty: true };
    for (const change of changes) {
      const parts = change.path.split('/');
      const name = parts.pop() ?? '';
      let dir = root;
      let missing = false;
      for (const part of parts) {
        const entries = await this.load(dir);
        let child = entries.get(part);
        if (!child) {
          if (change.sha === null) {
            missing = true;
            break;
          }
          child = { sha: null, entries: new Map(), dirty: true };
          entries.set(part, child);
        }
        if (!('entries' in child)) {
          throw new TreeConflict(`tree.path ${change.path}: ${part} is a file, not a directory`);
        }
        dir.dirty = true;
        dir = child;
      }
      if (missing) continue;
      const entries = await this.load(dir);
      dir.dirty = true;
      if (change.sha === null) entries.delete(name);
      else if (change.type === 'tree')
        entries.set(name, { sha: change.sha, entries: null, dirty: false });
      else entries.set(name, { mode: change.mode, type: change.type, sha: change.sha });
    }
    return (await this.writeDir(root)) ?? EMPTY_TREE;
  }

  private async load(dir: DirNode): Promise<Map<string, Node>> {
    if (dir.entries) return dir.entries;
    const entries = new Map<string, Node>();
    if (dir.sha) {
      for (const e of await this.lsTree(dir.sha)) {
        entries.set(
          e.path,
          e.type === 'tree'
            ? { sha: e.sha, entries: null, dirty: false }
            : { mode: e.mode, type: e.type, sha: e.sha },
        );
      }
    }
    dir.entries = entries;
    return entries;
  }

  /** The sha of the written directory, or null when it is empty. */
  private async writeDir(dir: DirNode): Promise<string | null> {
    if (!dir.dirty || !dir.entries) return dir.sha === EMPTY_TREE ? null : dir.sha;
    const rows: { mode: string; type: string; sha: string; name: string }[] = [];
    for (const [name, node] of dir.entries) {
      if ('entries' in node) {
        const sha = await this.writeDir(node);
        if (sha) rows.push({ mode: '040000', type: 'tree', sha, name });
      } else {
        rows.push({ mode: node.mode, type: node.type, sha: node.sha, name });
      }
    }
    if (rows.length === 0) return null;
    return this.mktree(rows);
  }

  /** The bytes of `path` at `rev`, or null. */
  async readFile(rev: string, path: string): Promise<Buffer | null> {
    const result = await this.run(['cat-file', 'blob', `${rev}:${path}`]);
    return result.code === 0 ? result.stdout : null;
  }
}

type Node = DirNode | { readonly mode: string; readonly type: string; readonly sha: string };
interface DirNode {
  sha: string | null;
  entries: Map<string, Node> | null;
  dirty: boolean;
}

class TreeConflict extends Error {}

function parsePerson(value: string): Person {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!m?.[1] || m[2] === undefined || !m[3])
    return { name: value, email: '', date: isoSeconds(new Date(0)) };
  return { name: m[1], email: m[2], date: isoSeconds(new Date(Number(m[3]) * 1000)) };
}

function gitDate(iso: string): string {
  const ms = Date.parse(iso);
  return `${Math.floor((Number.isNaN(ms) ? Date.now() : ms) / 1000)} +0000`;
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function now(): string {
  return isoSeconds(new Date());
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

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

export interface RecordedRequest {
  readonly method: string;
  /** As sent, with prefix and query. */
  readonly path: string;
  /** The OpenAPI operation, when the request named one. */
  readonly operation?: string;
  readonly status: number;
  /** performance.now() when the request arrived and when the answer was sent. */
  readonly start: number;
  readonly end: number;
}

export interface Violation {
  /** request: GitHub would refuse it; response: this server answered off-schema; unsupported: not implemented here. */
  readonly kind: 'request' | 'response' | 'unsupported';
  readonly method: string;
  readonly path: string;
  readonly problems: readonly string[];
}

export interface AssetSeed {
  readonly name: string;
  readonly content: Buffer | string;
  /** Default `uploaded`; `starter` is what a failed upload leaves behind. */
  readonly state?: string;
  readonly contentType?: string;
  readonly label?: string | null;
  /** Whether the API reports `digest` (older assets have none). Default true. */
  readonly digest?: boolean;
}

export interface ReleaseSeed {
  readonly tag: string;
  readonly draft?: boolean;
  /** Only meaningful for a published release. */
  readonly immutable?: boolean;
  readonly prerelease?: boolean;
  readonly name?: string | null;
  readonly body?: string | null;
  readonly targetCommitish?: string;
  readonly assets?: readonly AssetSeed[];
}

interface AssetState {
  readonly id: number;
  name: string;
  label: string | null;
  contentType: string;
  state: string;
  bytes: Buffer;
  digest: boolean;
  readonly createdAt: string;
  updatedAt: string;
}

interface ReleaseState {
  readonly id: number;
  tag: string;
  target: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  readonly createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  readonly assets: AssetState[];
}

interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  remaining: number;
  readonly message: string;
  readonly headers: Readonly<Record<string, string>>;
}

export type RefUpdateHook = (update: { branch: string; sha: string }) => Promise<void> | void;

interface Reply {
  readonly status: number;
  readonly json?: unknown;
  readonly bytes?: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: readonly Record<string, string>[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

interface Context {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  readonly raw: Buffer;
  readonly route: Route;
  /** The request URL without its query, absolute. */
  readonly url: string;
}

type Handler = (ctx: Context) => Promise<Reply>;

const BOT: Person = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
  date: '',
};
const WEB_FLOW: Person = { name: 'GitHub', email: 'noreply@github.com', date: '' };
const INITIAL_DATE = '2024-01-01T00:00:00Z';

function str(body: unknown, key: string): string | undefined {
  return isRecord(body) && typeof body[key] === 'string' ? body[key] : undefined;
}

function has(body: unknown, key: string): boolean {
  return isRecord(body) && key in body;
}

function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What GitHub does to an asset file name: characters outside [A-Za-z0-9._-] become `.`, no dots at the ends. */
export function storedAssetName(name: string): string {
  const renamed = name.replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+|\.+$/g, '');
  return renamed === '' ? 'default' : renamed;
}

function base64Wrapped(bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  const lines = b64.match(/.{1,60}/g) ?? [];
  return lines.map((l) => `${l}\n`).join('');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class GitHubServer {
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly git: GitRepo;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  latencyMs: number;
  immutableReleases: boolean;
  lockImmutableNotes: boolean;

  private readonly apiPrefix: string;
  private readonly uploadsPrefix: string;
  private origin = '';
  private readonly spec = openApi();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly releasesById = new Map<number, ReleaseState>();
  private readonly faults: Fault[] = [];
  private readonly refHooks: { hook: RefUpdateHook; remaining: number }[] = [];
  private readonly verification = new Map<string, boolean>();
  private nextReleaseId = 1000;
  private nextAssetId = 50000;
  private readonly handlers: Readonly<Record<string, Handler>>;

  constructor(
    readonly gitDir: string,
    opts: ServerOptions,
  ) {
    this.token = opts.token ?? `ghs_${randomBytes(18).toString('hex')}`;
    this.owner = opts.owner ?? 'acme';
    this.repo = opts.repo ?? 'app';
    this.defaultBranch = opts.defaultBranch ?? 'main';
    this.latencyMs = opts.latencyMs ?? 0;
    this.immutableReleases = opts.immutableReleases ?? false;
    this.lockImmutableNotes = opts.lockImmutableNotes ?? false;
    this.apiPrefix = opts.ghes ? '/api/v3' : '';
    this.uploadsPrefix = opts.ghes ? '/api/uploads' : '/uploads';
    this.git = new GitRepo(gitDir);
    this.handlers = {
      'repos/get': () => this.getRepo(),
      'git/get-ref': (c) => this.getRef(c),
      'git/update-ref': (c) => this.updateRef(c),
      'git/get-commit': (c) => this.getCommit(c),
      'git/create-commit': (c) => this.createCommit(c),
      'git/get-tree': (c) => this.getTree(c),
      'git/create-tree': (c) => this.createTree(c),
      'git/create-blob': (c) => this.createBlob(c),
      'git/get-blob': (c) => this.getBlob(c),
      'repos/get-content': (c) => this.getContent(c),
      'repos/list-releases': (c) => this.listReleases(c),
      'repos/get-release-by-tag': (c) => this.getReleaseByTag(c),
      'repos/create-release': (c) => this.createRelease(c),
      'repos/get-release': (c) =>
        Promise.resolve({ status: 200, json: this.releaseJson(this.releaseOr404(c)) }),
      'repos/update-release': (c) => this.updateRelease(c),
      'repos/delete-release': (c) => this.deleteRelease(c),
      'repos/list-release-assets': (c) => this.listAssets(c),
      'repos/get-release-asset': (c) => this.getAsset(c),
      'repos/delete-release-asset': (c) => this.deleteAsset(c),
      'repos/upload-release-asset': (c) => this.uploadAsset(c),
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

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await rm(this.gitDir, { recursive: true, force: true });
  }

  // --- fault injection and seeding ---------------------------------------------------------

  /** The next `count` requests matching `method` and `path` (relative to the API or uploads root) fail with `status`. */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    count = 1,
    opts: { message?: string; headers?: Record<string, string> } = {},
  ): void {
    this.faults.push({
      method: method.toUpperCase(),
      path,
      status,
      remaining: count,
      message: opts.message ?? (status >= 500 ? 'Server Error' : 'Injected failure'),
      headers: opts.headers ?? {},
    });
  }

  /** Runs `hook` before the next `times` ref updates are applied (e.g. to move the branch first). */
  beforeRefUpdate(hook: RefUpdateHook, times = 1): void {
    this.refHooks.push({ hook, remaining: times });
  }

  /**
   * Someone else's commit on `branch`: `files` (null deletes) on its head, as a push would make.
   * Returns the new head.
   */
  async commitOnBranch(
    branch: string,
    files: Readonly<Record<string, string | Buffer | null>>,
    message = 'another change',
  ): Promise<string> {
    const ref = `refs/heads/${branch}`;
    const head = await this.git.resolve(ref);
    const base = head ? (await this.git.readCommit(head)).tree : null;
    const changes: TreeChange[] = [];
    for (const [path, content] of Object.entries(files)) {
      const sha = content === null ? null : await this.git.writeBlob(Buffer.from(content));
      changes.push({ path, mode: '100644', type: 'blob', sha });
    }
    const tree = await this.git.buildTree(base, changes);
    const person = { name: 'Someone Else', email: 'someone@example.com', date: now() };
    const commit = await this.git.commitTree(tree, head ? [head] : [], message, person, person);
    const moved = head
      ? await this.git.updateRef(ref, commit, head)
      : (await this.git.run(['update-ref', ref, commit])).code === 0;
    if (!moved) throw new Error(`${branch} moved while committing on it`);
    return commit;
  }

  async branchHead(branch = this.defaultBranch): Promise<string | null> {
    return this.git.resolve(`refs/heads/${branch}`);
  }

  addRelease(seed: ReleaseSeed): Record<string, unknown> {
    const time = now();
    const draft = seed.draft ?? false;
    const release: ReleaseState = {
      id: this.nextReleaseId++,
      tag: seed.tag,
      target: seed.targetCommitish ?? this.defaultBranch,
      name: seed.name === undefined ? seed.tag : seed.name,
      body: seed.body ?? null,
      draft,
      prerelease: seed.prerelease ?? false,
      immutable: !draft && (seed.immutable ?? this.immutableReleases),
      createdAt: time,
      publishedAt: draft ? null : time,
      updatedAt: time,
      assets: [],
    };
    this.releasesById.set(release.id, release);
    for (const asset of seed.assets ?? []) this.addAsset(release.id, asset);
    return this.releaseJson(release);
  }

  addDraftRelease(tag: string): Record<string, unknown> {
    return this.addRelease({ tag, draft: true });
  }

  addAsset(releaseId: number, seed: AssetSeed): Record<string, unknown> {
    const release = this.releasesById.get(releaseId);
    if (!release) throw new Error(`no release ${releaseId}`);
    const time = now();
    const asset: AssetState = {
      id: this.nextAssetId++,
      name: storedAssetName(seed.name),
      label: seed.label ?? null,
      contentType: seed.contentType ?? 'application/octet-stream',
      state: seed.state ?? 'uploaded',
      bytes: Buffer.from(seed.content),
      digest: seed.digest ?? true,
      createdAt: time,
      updatedAt: time,
    };
    release.assets.push(asset);
    return this.assetJson(asset);
  }

  /** The release as the API would return it (drafts included), by tag; the newest when several. */
  release(tag: string): Record<string, unknown> | undefined {
    const found = this.sortedReleases().find((r) => r.tag === tag);
    return found && this.releaseJson(found);
  }

  releases(): Record<string, unknown>[] {
    return this.sortedReleases().map((r) => this.releaseJson(r));
  }

  /** The stored bytes of an asset, by release tag and asset name. */
  assetBytes(tag: string, name: string): Buffer | undefined {
    const release = this.sortedReleases().find((r) => r.tag === tag);
    return release?.assets.find((a) => a.name === name)?.bytes;
  }

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

  /** Requests that named an operation, e.g. `git/create-commit`. */
  calls(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  // --- HTTP plumbing -----------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    let operation: string | undefined;
    let reply: Reply;
    try {
      const raw = await readBody(req);
      if (this.latencyMs > 0) await sleep(this.latencyMs);
      const result = await this.dispatch(method, rawUrl, req.headers, raw);
      operation = result.operation;
      reply = result.reply;
    } catch (error) {
      reply = this.errorReply(error, undefined);
    }
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
    res.writeHead(reply.status, headers);
    res.end(payload);
    this.requests.push({
      method,
      path: rawUrl,
      ...(operation !== undefined && { operation }),
      status: reply.status,
      start,
      end: performance.now(),
    });
  }

  private errorReply(error: unknown, route: Route | undefined): Reply {
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

  private async dispatch(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    raw: Buffer,
  ): Promise<{ reply: Reply; operation?: string }> {
    const url = new URL(rawUrl, this.origin);
    const pathname = url.pathname;

    // Storage and browser downloads: outside the API, no token needed (a public repository).
    const storage = /^\/_downloads\/(\d+)$/.exec(pathname);
    if (storage?.[1] && method === 'GET') return { reply: this.download(Number(storage[1])) };
    const browser = `/${this.owner}/${this.repo}/releases/download/`;
    if (pathname.startsWith(browser) && method === 'GET') {
      const [tag, name] = pathname.slice(browser.length).split('/').map(decodeSegment);
      const release = this.sortedReleases().find((r) => r.tag === tag && !r.draft);
      const asset = release?.assets.find((a) => a.name === name);
      return { reply: asset ? this.download(asset.id) : this.errorReply(notFound(), undefined) };
    }

    let uploads: boolean;
    let rel: string;
    if (pathname.startsWith(`${this.uploadsPrefix}/`)) {
      uploads = true;
      rel = pathname.slice(this.uploadsPrefix.length);
    } else if (pathname.startsWith(`${this.apiPrefix}/`)) {
      uploads = false;
      rel = pathname.slice(this.apiPrefix.length);
    } else {
      return { reply: this.errorReply(notFound(), undefined) };
    }

    const auth = headers['authorization'] ?? '';
    const given = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
    if (given !== this.token) {
      return {
        reply: this.errorReply(
          new HttpError(401, given ? 'Bad credentials' : 'Requires authentication'),
          undefined,
        ),
      };
    }

    const matched = this.spec.match(method, rel);
    const known = matched && matched.route.uploads === uploads ? matched : undefined;
    // An injected failure answers before anything else, as an outage would.
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.method === method && f.path.test(rel),
    );
    if (fault) {
      fault.remaining--;
      return {
        reply: this.errorReply(
          new HttpError(fault.status, fault.message, undefined, fault.headers),
          known?.route,
        ),
        ...(known && { operation: known.route.operation.operationId }),
      };
    }
    if (!known) {
      const where = uploads ? 'the uploads host' : 'the API';
      this.violations.push({
        kind: 'request',
        method,
        path: rawUrl,
        problems: [`no operation ${method} ${rel} on ${where}`],
      });
      return { reply: this.errorReply(notFound(), undefined) };
    }
    const { route, params } = known;
    const operation = route.operation.operationId;
    const checked = this.spec.checkRequest(route, url.searchParams, headers, raw);
    if (checked.problems.length > 0) {
      this.violations.push({ kind: 'request', method, path: rawUrl, problems: checked.problems });
      const message =
        checked.status === 400
          ? 'Problems parsing JSON'
          : `Invalid request.\n\n${checked.problems.join('\n')}`;
      return { reply: this.errorReply(new HttpError(checked.status, message), route), operation };
    }
    if (
      params['owner']?.toLowerCase() !== this.owner.toLowerCase() ||
      params['repo']?.toLowerCase() !== this.repo.toLowerCase()
    ) {
      return { reply: this.errorReply(notFound(), route), operation };
    }
    const handler = this.handlers[operation];
    if (!handler) {
      this.violations.push({
        kind: 'unsupported',
        method,
        path: rawUrl,
        problems: [`${operation} is not implemented by the test server`],
      });
      return {
        reply: this.errorReply(
          new HttpError(501, `${operation} is not implemented by the test server`),
          route,
        ),
        operation,
      };
    }
    let reply: Reply;
    try {
      reply = await handler({
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
        return { reply: this.errorReply(new HttpError(422, error.message), route), operation };
      return { reply: this.errorReply(error, route), operation };
    }
    if (reply.json !== undefined) {
      const problems = this.spec.checkResponse(route, reply.status, reply.json);
      if (problems.length > 0)
        this.violations.push({ kind: 'response', method, path: rawUrl, problems });
    }
    return { reply, operation };
  }

  // --- JSON shapes ---------------------------------------------------------------------------

  private get repoApi(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  private get repoHtml(): string {
    return `${this.origin}/${this.owner}/${this.repo}`;
  }

  private userJson(login = 'github-actions[bot]', id = 41898282): Record<string, unknown> {
    const api = `${this.url}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: Buffer.from(`04:User${id}`).toString('base64'),
      avatar_url: `${this.origin}/avatars/${id}`,
      gravatar_id: '',
      url: api,
      html_url: `${this.origin}/apps/github-actions`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'Organization',
      site_admin: false,
    };
  }

  private repoJson(): Record<string, unknown> {
    const api = this.repoApi;
    const urls = Object.fromEntries(
      [
        'archive',
        'assignees',
        'blobs',
        'branches',
        'collaborators',
        'comments',
        'commits',
        'compare',
        'contents',
        'contributors',
        'deployments',
        'downloads',
        'events',
        'forks',
        'git_commits',
        'git_refs',
        'git_tags',
        'hooks',
        'issue_comment',
        'issue_events',
        'issues',
        'keys',
        'labels',
        'languages',
        'merges',
        'milestones',
        'notifications',
        'pulls',
        'releases',
        'stargazers',
        'statuses',
        'subscribers',
        'subscription',
        'tags',
        'teams',
        'trees',
      ].map((name) => [`${name}_url`, `${api}/${name.replace('_', '/')}`]),
    );
    return {
      id: 123456,
      node_id: 'R_kgDOtest',
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: this.userJson(this.owner, 654321),
      private: false,
      html_url: this.repoHtml,
      description: null,
      fork: false,
      url: api,
      ...urls,
      clone_url: `${this.repoHtml}.git`,
      git_url: `${this.repoHtml.replace(/^http/, 'git')}.git`,
      ssh_url: `git@127.0.0.1:${this.owner}/${this.repo}.git`,
      svn_url: this.repoHtml,
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      size: 1,
      default_branch: this.defaultBranch,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      open_issues: 0,
      open_issues_count: 0,
      network_count: 0,
      subscribers_count: 0,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: INITIAL_DATE,
      created_at: INITIAL_DATE,
      updated_at: INITIAL_DATE,
    };
  }

  private refJson(ref: string, sha: string): Record<string, unknown> {
    return {
      ref,
      node_id: Buffer.from(`Ref:${ref}`).toString('base64'),
      url: `${this.repoApi}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.repoApi}/git/commits/${sha}` },
    };
  }

  private commitJson(sha: string, c: CommitObject): Record<string, unknown> {
    const verified = this.verification.get(sha) ?? false;
    return {
      sha,
      node_id: Buffer.from(`Commit:${sha}`).toString('base64'),
      url: `${this.repoApi}/git/commits/${sha}`,
      html_url: `${this.repoHtml}/commit/${sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${this.repoApi}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${this.repoApi}/git/commits/${p}`,
        html_url: `${this.repoHtml}/commit/${p}`,
      })),
      verification: {
        verified,
        reason: verified ? 'valid' : 'unsigned',
        signature: null,
        payload: null,
        verified_at: verified ? c.committer.date : null,
      },
    };
  }

  private treeJson(sha: string, entries: readonly TreeEntry[]): Record<string, unknown> {
    return {
      sha,
      url: `${this.repoApi}/git/trees/${sha}`,
      tree: entries.map((e) => ({
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.size !== undefined && { size: e.size }),
        ...(e.type !== 'commit' && { url: `${this.repoApi}/git/${e.type}s/${e.sha}` }),
      })),
      truncated: false,
    };
  }

  private assetJson(a: AssetState): Record<string, unknown> {
    const release = [...this.releasesById.values()].find((r) => r.assets.includes(a));
    return {
      url: `${this.repoApi}/releases/assets/${a.id}`,
      browser_download_url: `${this.repoHtml}/releases/download/${encodeURIComponent(release?.tag ?? '')}/${encodeURIComponent(a.name)}`,
      id: a.id,
      node_id: Buffer.from(`ReleaseAsset:${a.id}`).toString('base64'),
      name: a.name,
      label: a.label,
      state: a.state,
      content_type: a.contentType,
      size: a.bytes.length,
      digest: a.digest && a.state === 'uploaded' ? `sha256:${sha256(a.bytes)}` : null,
      download_count: 0,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      uploader: this.userJson(),
    };
  }

  private releaseJson(r: ReleaseState): Record<string, unknown> {
    const api = `${this.repoApi}/releases/${r.id}`;
    return {
      url: api,
      html_url: r.draft
        ? `${this.repoHtml}/releases/tag/untagged-${r.id}`
        : `${this.repoHtml}/releases/tag/${encodeURIComponent(r.tag)}`,
      assets_url: `${api}/assets`,
      upload_url: `${this.uploadsUrl}/repos/${this.owner}/${this.repo}/releases/${r.id}/assets{?name,label}`,
      tarball_url: r.draft ? null : `${this.repoApi}/tarball/${encodeURIComponent(r.tag)}`,
      zipball_url: r.draft ? null : `${this.repoApi}/zipball/${encodeURIComponent(r.tag)}`,
      id: r.id,
      node_id: Buffer.from(`Release:${r.id}`).toString('base64'),
      tag_name: r.tag,
      target_commitish: r.target,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      immutable: r.immutable,
      created_at: r.createdAt,
      published_at: r.publishedAt,
      updated_at: r.updatedAt,
      author: this.userJson(),
      assets: r.assets.map((a) => this.assetJson(a)),
    };
  }

  // --- repository and git data ---------------------------------------------------------------

  private getRepo(): Promise<Reply> {
    return Promise.resolve({ status: 200, json: this.repoJson() });
  }

  private async getRef(c: Context): Promise<Reply> {
    const ref = `refs/${c.params['ref'] ?? ''}`;
    if ((await this.git.run(['show-ref', '--verify', '--quiet', ref])).code !== 0) throw notFound();
    const sha = await this.git.resolve(ref);
    if (!sha) throw notFound();
    return { status: 200, json: this.refJson(ref, sha) };
  }

  private async updateRef(c: Context): Promise<Reply> {
    const ref = `refs/${c.params['ref'] ?? ''}`;
    const sha = str(c.body, 'sha') ?? '';
    const force = isRecord(c.body) && c.body['force'] === true;
    if ((await this.git.run(['show-ref', '--verify', '--quiet', ref])).code !== 0) {
      throw new HttpError(422, 'Reference does not exist');
    }
    if ((await this.git.typeOf(sha)) !== 'commit')
      throw new HttpError(422, 'Object does not exist');
    const branch = ref.replace(/^refs\/heads\//, '');
    for (const entry of this.refHooks) {
      if (entry.remaining > 0) {
        entry.remaining--;
        await entry.hook({ branch, sha });
      }
    }
    const current = await this.git.resolve(ref);
    if (!current) throw new HttpError(422, 'Reference does not exist');
    if (!force && !(await this.git.isAncestor(current, sha)))
      throw new HttpError(422, 'Update is not a fast forward');
    if (!(await this.git.updateRef(ref, sha, current)))
      throw new HttpError(422, 'Update is not a fast forward');
    return { status: 200, json: this.refJson(ref, sha) };
  }

  private async getCommit(c: Context): Promise<Reply> {
    const sha = c.params['commit_sha'] ?? '';
    if ((await this.git.typeOf(sha)) !== 'commit') throw notFound();
    return { status: 200, json: this.commitJson(sha, await this.git.readCommit(sha)) };
  }

  private async createCommit(c: Context): Promise<Reply> {
    const body = isRecord(c.body) ? c.body : {};
    const tree = str(body, 'tree') ?? '';
    if ((await this.git.typeOf(tree)) !== 'tree')
      throw new HttpError(422, 'Tree SHA does not exist');
    const parents = Array.isArray(body['parents'])
      ? body['parents'].filter((p): p is string => typeof p === 'string')
      : [];
    for (const parent of parents) {
      if ((await this.git.typeOf(parent)) !== 'commit') {
        throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
      }
    }
    const time = now();
    const person = (value: unknown, fallback: Person): Person =>
      isRecord(value) && typeof value['name'] === 'string' && typeof value['email'] === 'string'
        ? {
            name: value['name'],
            email: value['email'],
            date: typeof value['date'] === 'string' ? value['date'] : time,
          }
        : { ...fallback, date: time };
    const author = person(body['author'], BOT);
    // Without an explicit committer or signature GitHub commits as itself and signs: verified.
    const signs = !has(body, 'committer') && !has(body, 'signature') && !has(body, 'author');
    const committer = signs ? { ...WEB_FLOW, date: time } : person(body['committer'], author);
    const sha = await this.git.commitTree(
      tree,
      parents,
      str(body, 'message') ?? '',
      author,
      committer,
    );
    this.verification.set(sha, signs);
    return { status: 201, json: this.commitJson(sha, await this.git.readCommit(sha)) };
  }

  private async getTree(c: Context): Promise<Reply> {
    const name = c.params['tree_sha'] ?? '';
    const sha = await this.git.resolve(`${name}^{tree}`);
    if (!sha) throw notFound();
    const entries = await this.git.lsTree(sha, c.query.has('recursive'));
    return { status: 200, json: this.treeJson(sha, entries) };
  }

  private async createTree(c: Context): Promise<Reply> {
    const body = isRecord(c.body) ? c.body : {};
    const baseTree = str(body, 'base_tree');
    if (baseTree !== undefined && (await this.git.typeOf(baseTree)) !== 'tree') {
      throw new HttpError(422, 'base_tree is not a valid tree oid');
    }
    const items = Array.isArray(body['tree']) ? body['tree'] : [];
    const changes: TreeChange[] = [];
    for (const item of items) {
      if (!isRecord(item)) throw new HttpError(422, 'Invalid tree info');
      const path = str(item, 'path') ?? '';
      const mode = str(item, 'mode') ?? '';
      const type = str(item, 'type') ?? '';
      if (
        path === '' ||
        path.startsWith('/') ||
        path.endsWith('/') ||
        path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')
      ) {
        throw new HttpError(422, `tree.path contains a malformed path component`);
      }
      const expected = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
      if (!mode || type !== expected)
        throw new HttpError(422, `tree.type ${type} does not match tree.mode ${mode}`);
      const hasContent = has(item, 'content');
      const hasSha = has(item, 'sha');
      if (hasContent && hasSha) {
        throw new HttpError(
          422,
          'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
        );
      }
      let sha: string | null;
      if (hasContent) {
        if (type !== 'blob') throw new HttpError(422, 'tree.content is only allowed for blobs');
        sha = await this.git.writeBlob(Buffer.from(str(item, 'content') ?? '', 'utf8'));
      } else if (hasSha && item['sha'] === null) {
        sha = null;
      } else {
        sha = str(item, 'sha') ?? '';
        if (type !== 'commit' && (await this.git.typeOf(sha)) !== type) {
          throw new HttpError(422, `tree.sha ${sha} is not a valid ${type}`);
        }
      }
      changes.push({ path, mode, type: expected, sha });
    }
    const sha = await this.git.buildTree(baseTree ?? null, changes);
    return { status: 201, json: this.treeJson(sha, await this.git.lsTree(sha)) };
  }

  private async createBlob(c: Context): Promise<Reply> {
    const content = str(c.body, 'content') ?? '';
    const encoding = str(c.body, 'encoding') ?? 'utf-8';
    let bytes: Buffer;
    if (encoding === 'base64') {
      if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content))
        throw new HttpError(422, 'content is not valid Base64');
      bytes = Buffer.from(content, 'base64');
    } else if (encoding === 'utf-8' || encoding === 'utf8') {
      bytes = Buffer.from(content, 'utf8');
    } else {
      throw new HttpError(422, `encoding ${encoding} is not supported`);
    }
    const sha = await this.git.writeBlob(bytes);
    return { status: 201, json: { url: `${this.repoApi}/git/blobs/${sha}`, sha } };
  }

  private async getBlob(c: Context): Promise<Reply> {
    const sha = c.params['file_sha'] ?? '';
    if ((await this.git.typeOf(sha)) !== 'blob') throw notFound();
    const bytes = await this.git.readBlob(sha);
    return {
      status: 200,
      json: {
        sha,
        node_id: Buffer.from(`Blob:${sha}`).toString('base64'),
        size: bytes.length,
        url: `${this.repoApi}/git/blobs/${sha}`,
        content: base64Wrapped(bytes),
        encoding: 'base64',
      },
    };
  }

  private async getContent(c: Context): Promise<Reply> {
    const path = c.params['path'] ?? '';
    const refName = c.query.get('ref') ?? this.defaultBranch;
    const commit = await this.git.resolve(`${refName}^{commit}`);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${refName}`);
    let tree = (await this.git.readCommit(commit)).tree;
    const parts = path.split('/');
    let entry: TreeEntry | undefined;
    for (const [i, part] of parts.entries()) {
      entry = (await this.git.lsTree(tree)).find((e) => e.path === part);
      if (!entry) throw notFound();
      if (i < parts.length - 1) {
        if (entry.type !== 'tree') throw notFound();
        tree = entry.sha;
      }
    }
    if (!entry) throw notFound();
    const item = (e: TreeEntry, itemPath: string): Record<string, unknown> => {
      const type =
        e.type === 'tree'
          ? 'dir'
          : e.type === 'commit'
            ? 'submodule'
            : e.mode === '120000'
              ? 'symlink'
              : 'file';
      const self = `${this.repoApi}/contents/${itemPath}?ref=${encodeURIComponent(refName)}`;
      const git = `${this.repoApi}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`;
      const html = `${this.repoHtml}/${e.type === 'tree' ? 'tree' : 'blob'}/${refName}/${itemPath}`;
      return {
        type,
        size: e.size ?? 0,
        name: itemPath.split('/').pop() ?? itemPath,
        path: itemPath,
        sha: e.sha,
        url: self,
        git_url: git,
        html_url: html,
        download_url:
          type === 'file'
            ? `${this.origin}/raw/${this.owner}/${this.repo}/${refName}/${itemPath}`
            : null,
        _links: { self, git, html },
      };
    };
    if (entry.type === 'tree') {
      const children = await this.git.lsTree(entry.sha);
      return { status: 200, json: children.map((e) => item(e, `${path}/${e.path}`)) };
    }
    const json = item(entry, path);
    if (json['type'] !== 'file') return { status: 200, json };
    const bytes = await this.git.readBlob(entry.sha);
    // Like GitHub: files over 1 MB come without content (encoding "none"); the blob API has them.
    const large = bytes.length > 1024 * 1024;
    return {
      status: 200,
      json: {
        ...json,
        content: large ? '' : base64Wrapped(bytes),
        encoding: large ? 'none' : 'base64',
      },
    };
  }

  // --- releases ------------------------------------------------------------------------------

  private sortedReleases(): ReleaseState[] {
    return [...this.releasesById.values()].sort((a, b) => b.id - a.id);
  }

  private releaseOr404(c: Context): ReleaseState {
    const release = this.releasesById.get(Number(c.params['release_id']));
    if (!release) throw notFound();
    return release;
  }

  private page<T>(
    c: Context,
    items: readonly T[],
  ): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(c.query.get('per_page') ?? 30)));
    const page = Math.max(1, Number(c.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const q = new URLSearchParams(c.query);
      q.set('per_page', String(perPage));
      q.set('page', String(n));
      return `<${c.url}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  private listReleases(c: Context): Promise<Reply> {
    const { items, headers } = this.page(c, this.sortedReleases());
    return Promise.resolve({ status: 200, json: items.map((r) => this.releaseJson(r)), headers });
  }

  private getReleaseByTag(c: Context): Promise<Reply> {
    // Like GitHub: only published releases are found by tag; drafts only show in the list.
    const release = this.sortedReleases().find((r) => r.tag === c.params['tag'] && !r.draft);
    if (!release) throw notFound();
    return Promise.resolve({ status: 200, json: this.releaseJson(release) });
  }

  private publish(release: ReleaseState, time: string): void {
    release.draft = false;
    release.publishedAt = time;
    release.immutable = this.immutableReleases;
  }

  private createRelease(c: Context): Promise<Reply> {
    const body = isRecord(c.body) ? c.body : {};
    const tag = str(body, 'tag_name') ?? '';
    if (tag.trim() === '') {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'Release', code: 'missing_field', field: 'tag_name' },
      ]);
    }
    if ([...this.releasesById.values()].some((r) => r.tag === tag)) {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'Release', code: 'already_exists', field: 'tag_name' },
      ]);
    }
    const time = now();
    const release: ReleaseState = {
      id: this.nextReleaseId++,
      tag,
      target: str(body, 'target_commitish') ?? this.defaultBranch,
      name: str(body, 'name') ?? null,
      body: str(body, 'body') ?? null,
      draft: true,
      prerelease: body['prerelease'] === true,
      immutable: false,
      createdAt: time,
      publishedAt: null,
      updatedAt: time,
      assets: [],
    };
    if (body['draft'] !== true) this.publish(release, time);
    this.releasesById.set(release.id, release);
    return Promise.resolve({
      status: 201,
      json: this.releaseJson(release),
      headers: { location: `${this.repoApi}/releases/${release.id}` },
    });
  }

  private updateRelease(c: Context): Promise<Reply> {
    const release = this.releaseOr404(c);
    const body = isRecord(c.body) ? c.body : {};
    const locked = release.immutable && !release.draft;
    const tag = str(body, 'tag_name');
    if (locked && ((tag !== undefined && tag !== release.tag) || has(body, 'target_commitish'))) {
      throw new HttpError(422, 'Cannot change the tag of an immutable release');
    }
    if (locked && body['draft'] === true)
      throw new HttpError(422, 'Cannot unpublish an immutable release');
    if (locked && this.lockImmutableNotes && (has(body, 'body') || has(body, 'name'))) {
      throw new HttpError(422, 'Cannot modify an immutable release');
    }
    if (
      tag !== undefined &&
      tag !== release.tag &&
      [...this.releasesById.values()].some((r) => r.tag === tag)
    ) {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'Release', code: 'already_exists', field: 'tag_name' },
      ]);
    }
    const time = now();
    if (tag !== undefined) release.tag = tag;
    const target = str(body, 'target_commitish');
    if (target !== undefined) release.target = target;
    if (has(body, 'name')) release.name = str(body, 'name') ?? null;
    if (has(body, 'body')) release.body = str(body, 'body') ?? null;
    if (typeof body['prerelease'] === 'boolean') release.prerelease = body['prerelease'];
    if (body['draft'] === false && release.draft) this.publish(release, time);
    if (body['draft'] === true && !release.draft) {
      release.draft = true;
      release.publishedAt = null;
    }
    release.updatedAt = time;
    return Promise.resolve({ status: 200, json: this.releaseJson(release) });
  }

  private deleteRelease(c: Context): Promise<Reply> {
    const release = this.releaseOr404(c);
    this.releasesById.delete(release.id);
    return Promise.resolve({ status: 204 });
  }

  private listAssets(c: Context): Promise<Reply> {
    const release = this.releaseOr404(c);
    const { items, headers } = this.page(c, release.assets);
    return Promise.resolve({ status: 200, json: items.map((a) => this.assetJson(a)), headers });
  }

  private findAsset(id: number): { release: ReleaseState; asset: AssetState } | undefined {
    for (const release of this.releasesById.values()) {
      const asset = release.assets.find((a) => a.id === id);
      if (asset) return { release, asset };
    }
    return undefined;
  }

  private getAsset(c: Context): Promise<Reply> {
    const found = this.findAsset(Number(c.params['asset_id']));
    if (!found) throw notFound();
    if (String(c.headers['accept'] ?? '').includes('application/octet-stream')) {
      // GitHub redirects to its storage host, which needs no token.
      return Promise.resolve({
        status: 302,
        headers: { location: `${this.origin}/_downloads/${found.asset.id}` },
      });
    }
    return Promise.resolve({ status: 200, json: this.assetJson(found.asset) });
  }

  private download(id: number): Reply {
    const found = this.findAsset(id);
    if (!found) return this.errorReply(notFound(), undefined);
    return {
      status: 200,
      bytes: found.asset.bytes,
      headers: { 'content-type': 'application/octet-stream' },
    };
  }

  private deleteAsset(c: Context): Promise<Reply> {
    const found = this.findAsset(Number(c.params['asset_id']));
    if (!found) throw notFound();
    if (found.release.immutable && !found.release.draft) {
      throw new HttpError(422, 'Cannot delete an asset of an immutable release');
    }
    found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
    return Promise.resolve({ status: 204 });
  }

  private uploadAsset(c: Context): Promise<Reply> {
    const release = this.releaseOr404(c);
    if (release.immutable && !release.draft)
      throw new HttpError(422, 'Cannot upload assets to an immutable release');
    const name = storedAssetName(c.query.get('name') ?? '');
    // Checked and stored without an await in between: concurrent uploads of one name race here.
    if (release.assets.some((a) => a.name === name)) {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' },
      ]);
    }
    const time = now();
    const asset: AssetState = {
      id: this.nextAssetId++,
      name,
      label: c.query.get('label'),
      contentType: String(c.headers['content-type'] ?? 'application/octet-stream'),
      state: 'uploaded',
      bytes: c.raw,
      digest: true,
      createdAt: time,
      updatedAt: time,
    };
    release.assets.push(asset);
    return Promise.resolve({ status: 201, json: this.assetJson(asset) });
  }
}

/**
 * The longest chain of requests each sent after the previous one was answered: the sequential
 * round trips a client made (requests that overlap in time count once).
 */
export function sequentialRoundTrips(requests: readonly RecordedRequest[]): number {
  let count = 0;
  let end = -Infinity;
  for (const r of [...requests].sort((a, b) => a.end - b.end)) {
    if (r.start >= end) {
      count++;
      end = r.end;
    }
  }
  return count;
}

/** Starts a server on 127.0.0.1 with a fresh bare repository whose `main` holds one commit. */
export async function start(opts: ServerOptions = {}): Promise<GitHubServer> {
  const gitDir = await mkdtemp(join(tmpdir(), 'github-server-'));
  const server = new GitHubServer(gitDir, opts);
  const init = await server.git.run([
    'init',
    '--quiet',
    '--bare',
    `--initial-branch=${server.defaultBranch}`,
  ]);
  if (init.code !== 0) throw new Error(`git init: ${init.stderr}`);
  const files = opts.files ?? { 'README.md': `# ${server.repo}\n` };
  const changes: TreeChange[] = [];
  for (const [path, content] of Object.entries(files)) {
    changes.push({
      path,
      mode: '100644',
      type: 'blob',
      sha: await server.git.writeBlob(Buffer.from(content)),
    });
  }
  const tree = await server.git.buildTree(null, changes);
  const person: Person = {
    name: 'Initial Author',
    email: 'author@example.com',
    date: INITIAL_DATE,
  };
  const commit = await server.git.commitTree(tree, [], 'Initial commit', person, person);
  await server.git.out(['update-ref', `refs/heads/${server.defaultBranch}`, commit]);
  await server.listen();
  return server;
}

/**
 * Collects what the process writes to stdout and stderr (where @actions/core sends its commands and
 * warnings) until `restore()`, so a test can assert what was printed, e.g. that a token never was.
 */
export function captureOutput(): { readonly text: () => string; restore(): void } {
  const chunks: string[] = [];
  const originals = [process.stdout.write, process.stderr.write] as const;
  const capture = (chunk: unknown): boolean => {
    chunks.push(
      typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'),
    );
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  return {
    text: () => chunks.join(''),
    restore() {
      [process.stdout.write, process.stderr.write] = originals;
    },
  };
}
