/**
 * A local HTTP server speaking the part of GitHub's REST API that release-tracker uses.
 *
 * - Git objects live in a real bare repository, stored as git stores them, so a commit made
 *   through the API can be checked with `git log` / `git show`. Ref updates are compare-and-swap, one at a time per ref, so
 *   concurrent clients see exactly GitHub's answers (a non-fast-forward is 422 unless forced).
 * - Every request is checked against GitHub's published OpenAPI description (@octokit/openapi):
 *   the operation must exist, path and query parameters and the JSON body must fit its schema.
 *   A request GitHub would reject is answered 404/400/422 and recorded in `violations`; so is a
 *   response of this server that does not fit the documented schema.
 * - Releases and assets are kept in memory with GitHub's rules: one published release per tag
 *   (drafts may share a tag, with each other and with the published one), drafts invisible to the
 *   by-tag endpoint, the latest release as `make_latest` sets it, asset names unique per release,
 *   published immutable releases refusing asset changes. Release handlers never await between a
 *   check and the change it guards, so concurrent requests cannot interleave inside one.
 * - Asset bytes are served as GitHub does: the API (and the web download URL) answer 302 to a
 *   second origin, like GitHub's object storage, which refuses a request carrying `Authorization`.
 * - Faults: latency, failing, slowing or stalling the next N matching requests, a branch that moves
 *   right before a ref update, seeded drafts, immutable releases and broken (`starter`) assets.
 */
import { spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateSync, inflateSync } from 'node:zlib';
import semver from 'semver';

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
// A bare git repository: objects and refs read and written as git stores them (loose files),
// refs moved by `git update-ref`. Spawning git for every object costs ~4 ms of this process's
// time, which made 20 concurrent clients take a minute; anything unusual still goes to git.
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

interface GitObject {
  readonly type: string;
  readonly content: Buffer;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** `Name <email> seconds +0000`, with what git strips from names and addresses stripped. */
function ident(person: Person): string {
  const clean = (value: string): string =>
    value.replace(/[<>\n]/g, '').replace(/^[\s.,:;"'\\]+|[\s.,:;"'\\]+$/g, '');
  return `${clean(person.name)} <${clean(person.email)}> ${gitDate(person.date)}`;
}

class GitFailure extends Error {}

/** The entries of a tree object's content: `<mode> <name>\0<20-byte sha>` each. */
function parseTree(data: Buffer): Omit<TreeEntry, 'size'>[] {
  const entries: Omit<TreeEntry, 'size'>[] = [];
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    const nul = data.indexOf(0, space);
    const mode = data.subarray(at, space).toString('latin1').padStart(6, '0');
    const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    entries.push({
      mode,
      type,
      sha: data.subarray(nul + 1, nul + 21).toString('hex'),
      path: data.subarray(space + 1, nul).toString('utf8'),
    });
    at = nul + 21;
  }
  return entries;
}

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

  /**
   * Object `sha` read from its loose file, which is where this server (and git plumbing) writes
   * every object; objects git packed are read through git. null when there is no such object.
   */
  async readObject(sha: string): Promise<GitObject | null> {
    if (!SHA.test(sha)) return null;
    let stored: Buffer | undefined;
    try {
      stored = await readFile(join(this.dir, 'objects', sha.slice(0, 2), sha.slice(2)));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    if (stored) {
      const raw = inflateSync(stored);
      const nul = raw.indexOf(0);
      const type = raw.subarray(0, nul).toString('latin1').split(' ')[0] ?? '';
      return { type, content: raw.subarray(nul + 1) };
    }
    const result = await this.run(['cat-file', '--batch'], `${sha}\n`);
    const newline = result.stdout.indexOf(10);
    const header = /^[0-9a-f]{40} (\w+) (\d+)$/.exec(
      result.stdout.subarray(0, newline).toString('utf8'),
    );
    if (!header?.[1] || !header[2]) return null;
    return {
      type: header[1],
      content: result.stdout.subarray(newline + 1, newline + 1 + Number(header[2])),
    };
  }

  /** Stores an object as git does (a zlib-deflated loose file named by its SHA-1), atomically. */
  async writeObject(type: string, content: Buffer): Promise<string> {
    const stored = Buffer.concat([Buffer.from(`${type} ${content.length}\0`, 'latin1'), content]);
    const sha = createHash('sha1').update(stored).digest('hex');
    const dir = join(this.dir, 'objects', sha.slice(0, 2));
    const file = join(dir, sha.slice(2));
    try {
      await access(file);
      return sha;
    } catch {
      // not there yet
    }
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `tmp_obj_${randomBytes(8).toString('hex')}`);
    await writeFile(temporary, deflateSync(stored), { mode: 0o444 });
    await rename(temporary, file);
    return sha;
  }

  /** The object's type, or null when there is no such object. */
  async typeOf(sha: string): Promise<string | null> {
    return (await this.readObject(sha))?.type ?? null;
  }

  /** What a full ref name (`refs/heads/main`) points at, or null: its loose file, else packed-refs. */
  async readRef(ref: string, depth = 0): Promise<string | null> {
    const parts = ref.split('/');
    if (
      parts[0] !== 'refs' ||
      parts.length < 2 ||
      parts.some((p) => p === '' || p === '.' || p === '..' || p.endsWith('.lock')) ||
      /[\0\\]/.test(ref)
    ) {
      return null;
    }
    try {
      const value = (await readFile(join(this.dir, ref), 'utf8')).trim();
      if (SHA.test(value)) return value;
      const target = /^ref: (refs\/\S+)$/.exec(value)?.[1];
      return target && depth < 5 ? this.readRef(target, depth + 1) : null;
    } catch (error) {
      if (!isMissing(error) && (error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
    }
    try {
      for (const line of (await readFile(join(this.dir, 'packed-refs'), 'utf8')).split('\n')) {
        const m = /^([0-9a-f]{40}) (.+)$/.exec(line);
        if (m?.[1] && m[2] === ref) return m[1];
      }
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    return null;
  }

  /** A revision (branch, tag, sha, `x^{tree}`, `x^{commit}`) as a sha, or null. */
  async resolve(rev: string): Promise<string | null> {
    if (
      rev === '' ||
      rev.startsWith('-') ||
      /[\s\0~:?*[\\]|\.\.|@\{/.test(rev.replace(/\^\{(tree|commit)\}$/, ''))
    ) {
      return null;
    }
    const peel = /\^\{(tree|commit)\}$/.exec(rev)?.[1] as 'tree' | 'commit' | undefined;
    const name = peel ? rev.slice(0, rev.length - peel.length - 3) : rev;
    let sha: string | null = null;
    if (SHA.test(name)) {
      sha = (await this.readObject(name)) ? name : null;
    } else if (!name.includes('^')) {
      // git's order for a short name: refs/<name>, tags, then branches.
      for (const ref of [
        name,
        `refs/${name}`,
        `refs/tags/${name}`,
        `refs/heads/${name}`,
        `refs/remotes/${name}`,
        `refs/remotes/${name}/HEAD`,
      ]) {
        sha = await this.readRef(ref);
        if (sha) break;
      }
    }
    if (sha) return peel ? this.peel(sha, peel) : sha;
    // Anything else (HEAD, abbreviated names, ancestry) as git itself reads it.
    const result = await this.run(['rev-parse', '--verify', '--quiet', rev]);
    const parsed = result.stdout.toString('utf8').trim();
    return result.code === 0 && SHA.test(parsed) ? parsed : null;
  }

  /** `sha` peeled (through annotated tags, from a commit to its tree) to a `type`, or null. */
  private async peel(sha: string, type: 'tree' | 'commit'): Promise<string | null> {
    let current = sha;
    for (let i = 0; i < 10; i++) {
      const object = await this.readObject(current);
      if (!object) return null;
      if (object.type === type) return current;
      const header = object.content.toString('utf8');
      if (object.type === 'tag') current = /^object ([0-9a-f]{40})$/m.exec(header)?.[1] ?? '';
      else if (object.type === 'commit' && type === 'tree')
        current = /^tree ([0-9a-f]{40})$/m.exec(header)?.[1] ?? '';
      else return null;
    }
    return null;
  }

  async writeBlob(content: Buffer): Promise<string> {
    return this.writeObject('blob', content);
  }

  async readBlob(sha: string): Promise<Buffer> {
    const object = await this.readObject(sha);
    if (object?.type !== 'blob') throw new GitFailure(`${sha} is not a blob`);
    return object.content;
  }

  /** The entries of tree `sha` as stored (no sizes). */
  private async treeEntries(sha: string): Promise<Omit<TreeEntry, 'size'>[]> {
    const object = await this.readObject(sha);
    if (object?.type !== 'tree') throw new GitFailure(`${sha} is not a tree`);
    return parseTree(object.content);
  }

  /** As `git ls-tree -l [-r -t]`: a tree-ish's entries (recursively: trees before their contents). */
  async lsTree(treeish: string, recursive = false): Promise<TreeEntry[]> {
    const tree = await this.resolve(`${treeish}^{tree}`);
    if (!tree) throw new GitFailure(`not a tree: ${treeish}`);
    const list = async (sha: string, prefix: string): Promise<TreeEntry[]> => {
      const out: TreeEntry[] = [];
      for (const e of await this.treeEntries(sha)) {
        const path = `${prefix}${e.path}`;
        if (e.type === 'blob') {
          const size = (await this.readObject(e.sha))?.content.length ?? 0;
          out.push({ ...e, path, size });
        } else {
          out.push({ ...e, path });
        }
        if (recursive && e.type === 'tree') out.push(...(await list(e.sha, `${path}/`)));
      }
      return out;
    };
    return list(tree, '');
  }

  /** Writes a tree of `entries` (any order; stored in git's order: names, a tree's as `name/`). */
  async mktree(
    entries: readonly { mode: string; type: string; sha: string; name: string }[],
  ): Promise<string> {
    const key = (e: { type: string; name: string }): Buffer =>
      Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name, 'utf8');
    const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
    return this.writeObject(
      'tree',
      Buffer.concat(
        sorted.flatMap((e) => [
          Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`, 'utf8'),
          Buffer.from(e.sha, 'hex'),
        ]),
      ),
    );
  }

  async readCommit(sha: string): Promise<CommitObject> {
    const object = await this.readObject(sha);
    if (object?.type !== 'commit') throw new GitFailure(`${sha} is not a commit`);
    const raw = object.content.toString('utf8');
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

  /** Writes a commit as `git commit-tree` would; the message is stored as it is, as GitHub does. */
  async commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    author: Person,
    committer: Person,
  ): Promise<string> {
    const lines = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${ident(author)}`,
      `committer ${ident(committer)}`,
    ];
    return this.writeObject('commit', Buffer.from(`${lines.join('\n')}\n\n${message}`, 'utf8'));
  }

  /** Moves `ref` from `expected` to `sha` atomically; false when it no longer was at `expected`. */
  async updateRef(ref: string, sha: string, expected: string): Promise<boolean> {
    return (await this.run(['update-ref', ref, sha, expected])).code === 0;
  }

  /** Whether `ancestor` is `descendant` or reachable from it through parents. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const seen = new Set<string>();
    const queue = [descendant];
    for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(await this.readCommit(sha)).parents);
    }
    return false;
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
      for (const e of await this.treeEntries(dir.sha)) {
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
    let object = await this.readObject((await this.resolve(`${rev}^{tree}`)) ?? '');
    for (const part of path.split('/')) {
      if (object?.type !== 'tree') return null;
      object = await this.readObject(
        parseTree(object.content).find((e) => e.path === part)?.sha ?? '',
      );
    }
    return object?.type === 'blob' ? object.content : null;
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
  /** Served by the storage origin (asset bytes), not the API. */
  readonly storage?: true;
  /** The client had closed the connection before the answer was sent (it gave up). */
  readonly aborted?: true;
}

/** A request `stallNext` held: read, never answered. */
export interface StalledRequest {
  readonly method: string;
  /** As sent, with prefix and query. */
  readonly path: string;
  readonly operation?: string;
  /** The request body as received. */
  readonly body: Buffer;
  readonly storage?: true;
  readonly start: number;
  /** With `apply`: the status of the answer that was withheld (the request took effect). */
  withheld?: number;
  /** performance.now() when the connection closed; null while it is still held open. */
  closedAt: number | null;
  /** Who closed it: the client giving up, or `stop()`. */
  closedBy: 'client' | 'server' | null;
}

/** A commit on a branch, as `commitsOn` lists it. */
export interface BranchCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: Person;
  readonly committer: Person;
  /** Paths this commit changed against its first parent. */
  readonly files: readonly string[];
}

/** `make_latest` of the releases API. */
export type MakeLatest = 'true' | 'false' | 'legacy';

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
  /** As the API's `make_latest`; default 'true' (a published full release becomes latest). */
  readonly makeLatest?: MakeLatest;
  /** `created_at` (ISO 8601, seconds); default now. The legacy latest rule orders by it. */
  readonly createdAt?: string;
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
  /** `make_latest` given while a draft, applied when it is published. */
  makeLatest: MakeLatest | null;
}

interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  remaining: number;
  readonly message: string;
  readonly errors?: readonly Record<string, string>[];
  readonly headers: Readonly<Record<string, string>>;
}

/** A stall (`ms` null) or a slowdown of the next matching requests. */
interface Hold {
  readonly method: string;
  readonly path: RegExp;
  readonly ms: number | null;
  readonly apply: boolean;
  remaining: number;
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

/** The whole request body; rejects when the client goes away before sending all of it. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => reject(new Error('the client closed the connection')));
  });
}

/**
 * The latest release under the legacy rule: the newest published full release by creation date,
 * ties broken by the higher semantic version of its tag (tags that are no version rank below
 * those that are), then by the later one created.
 */
function legacyLatest(releases: Iterable<ReleaseState>): ReleaseState | undefined {
  let best: ReleaseState | undefined;
  for (const r of releases) {
    if (r.draft || r.prerelease) continue;
    if (!best || compareLegacy(r, best) > 0) best = r;
  }
  return best;
}

function compareLegacy(a: ReleaseState, b: ReleaseState): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  const va = semver.valid(a.tag);
  const vb = semver.valid(b.tag);
  if (va && vb && semver.compare(va, vb) !== 0) return semver.compare(va, vb);
  if (va && !vb) return 1;
  if (vb && !va) return -1;
  return a.id - b.id;
}

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
  immutableReleases: boolean;
  lockImmutableNotes: boolean;

  private readonly apiPrefix: string;
  private readonly uploadsPrefix: string;
  private origin = '';
  private storageOrigin = '';
  private readonly spec = openApi();
  private readonly server = createServer((req, res) => void this.handle(req, res, false));
  /** The second origin, like GitHub's object storage, that serves asset bytes. */
  private readonly storage = createServer((req, res) => void this.handle(req, res, true));
  private readonly storageSecret = randomBytes(16);
  private readonly releasesById = new Map<number, ReleaseState>();
  private latestId: number | null = null;
  private readonly faults: Fault[] = [];
  private readonly holds: Hold[] = [];
  /** Pending waits (latency, slowdowns, stalls); `stop()` ends them all. */
  private readonly waits = new Set<() => void>();
  private stopping = false;
  private readonly locks = new Map<string, Promise<void>>();
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
      'repos/get-branch': (c) => this.getBranch(c),
      'repos/get-content': (c) => this.getContent(c),
      'repos/list-releases': (c) => this.listReleases(c),
      'repos/get-release-by-tag': (c) => this.getReleaseByTag(c),
      'repos/get-latest-release': () => this.getLatestRelease(),
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

  /** The storage origin that asset downloads are redirected to (another port: another origin). */
  get storageUrl(): string {
    return this.storageOrigin;
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
    this.storageOrigin = await listen(this.storage);
  }

  /** Closes both origins at once, held (stalled) connections included, and removes the repository. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of [...this.waits]) wake();
    await Promise.all(
      [this.server, this.storage].map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
    await rm(this.gitDir, { recursive: true, force: true });
  }

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

  /** Runs `fn` alone among callers with the same `key` (a ref): reads and writes of it cannot interleave. */
  private async exclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    let release = (): void => undefined;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.locks.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.locks.get(key) === tail) this.locks.delete(key);
    }
  }

  // --- fault injection and seeding ---------------------------------------------------------

  /**
   * The next `count` requests matching `method` and `path` (relative to the API or uploads root)
   * fail with `status`, `message` and, for a validation failure, `errors`
   * (e.g. `[{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]`).
   */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    count = 1,
    opts: {
      message?: string;
      errors?: readonly Record<string, string>[];
      headers?: Record<string, string>;
    } = {},
  ): void {
    this.faults.push({
      method: method.toUpperCase(),
      path,
      status,
      remaining: count,
      message: opts.message ?? (status >= 500 ? 'Server Error' : 'Injected failure'),
      ...(opts.errors && { errors: opts.errors }),
      headers: opts.headers ?? {},
    });
  }

  /**
   * The next `count` requests matching `method` and `path` (relative to the API or uploads root;
   * on the storage origin, its path) are read and never answered: the connection stays open until
   * the client gives up or the server stops. Each is recorded in `stalled`. With `apply` the request
   * takes effect first (a release is created, a ref moves) and only its answer is withheld.
   */
  stallNext(method: string, path: RegExp, count = 1, opts: { apply?: boolean } = {}): void {
    this.holds.push({
      method: method.toUpperCase(),
      path,
      ms: null,
      apply: opts.apply ?? false,
      remaining: count,
    });
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
    this.holds.push({
      method: method.toUpperCase(),
      path,
      ms,
      apply: opts.apply ?? false,
      remaining: count,
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
    const head = await this.git.readRef(ref);
    const base = head ? (await this.git.readCommit(head)).tree : null;
    const changes: TreeChange[] = [];
    for (const [path, content] of Object.entries(files)) {
      const sha = content === null ? null : await this.git.writeBlob(Buffer.from(content));
      changes.push({ path, mode: '100644', type: 'blob', sha });
    }
    const tree = await this.git.buildTree(base, changes);
    const person = { name: 'Someone Else', email: 'someone@example.com', date: now() };
    const commit = await this.git.commitTree(tree, head ? [head] : [], message, person, person);
    const moved = await this.exclusive(ref, async () =>
      head
        ? this.git.updateRef(ref, commit, head)
        : (await this.git.run(['update-ref', ref, commit, ''])).code === 0,
    );
    if (!moved) throw new Error(`${branch} moved while committing on it`);
    return commit;
  }

  /**
   * The commits on `branch` newest first, following first parents from its head, down to (not
   * including) `since` when given; each with the paths it changed.
   */
  async commitsOn(
    branch = this.defaultBranch,
    opts: { since?: string } = {},
  ): Promise<BranchCommit[]> {
    const head = await this.branchHead(branch);
    if (!head) throw new Error(`no branch ${branch}`);
    const range = opts.since ? [head, `^${opts.since}`] : [head];
    const shas = (await this.git.text(['rev-list', '--first-parent', ...range]))
      .split('\n')
      .filter((line) => line !== '');
    const commits: BranchCommit[] = [];
    for (const sha of shas) {
      const c = await this.git.readCommit(sha);
      const files = await this.git.text([
        'diff-tree',
        '--no-commit-id',
        '--name-only',
        '-r',
        '--root',
        ...(c.parents[0] ? [c.parents[0]] : []),
        sha,
      ]);
      commits.push({
        sha,
        parents: c.parents,
        message: c.message,
        author: c.author,
        committer: c.committer,
        files: files.split('\n').filter((line) => line !== ''),
      });
    }
    return commits;
  }

  async branchHead(branch = this.defaultBranch): Promise<string | null> {
    return this.git.readRef(`refs/heads/${branch}`);
  }

  /**
   * Seeds a release (published unless `draft`) without a request, as if made earlier. A published
   * one is made latest as `makeLatest` says; a second published release of a tag is an error.
   */
  addRelease(seed: ReleaseSeed): Record<string, unknown> {
    const time = seed.createdAt ?? now();
    const draft = seed.draft ?? false;
    if (!draft && this.publishedFor(seed.tag)) {
      throw new Error(`a published release already holds ${seed.tag}; GitHub allows one`);
    }
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
      makeLatest: draft ? (seed.makeLatest ?? null) : null,
    };
    this.releasesById.set(release.id, release);
    if (!draft) this.applyMakeLatest(release, seed.makeLatest ?? 'true');
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

  /** The release for `tag` as the API would return it: the published one, else the newest draft. */
  release(tag: string): Record<string, unknown> | undefined {
    const found = this.releaseFor(tag);
    return found && this.releaseJson(found);
  }

  /** Every release, drafts included, newest first (as the list endpoint orders them); or those of `tag`. */
  releases(tag?: string): Record<string, unknown>[] {
    return this.sortedReleases()
      .filter((r) => tag === undefined || r.tag === tag)
      .map((r) => this.releaseJson(r));
  }

  /** The id of the release `GET /releases/latest` answers with, or null (it answers 404). */
  latestReleaseId(): number | null {
    return this.latestId;
  }

  /** The stored bytes of an asset, by asset name on the release for `tag` (as `release(tag)` picks it). */
  assetBytes(tag: string, name: string): Buffer | undefined {
    return this.releaseFor(tag)?.assets.find((a) => a.name === name)?.bytes;
  }

  private releaseFor(tag: string): ReleaseState | undefined {
    return this.publishedFor(tag) ?? this.sortedReleases().find((r) => r.tag === tag);
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
    const hold = this.holds.find(
      (h) => h.remaining > 0 && h.method === method && h.path.test(where.rel),
    );
    if (hold) hold.remaining--;
    const run = async (): Promise<{ reply: Reply; operation?: string }> => {
      try {
        return await this.dispatch(method, rawUrl, req.headers, raw, where);
      } catch (error) {
        return { reply: this.errorReply(error, undefined) };
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
  ): { host: 'storage' | 'web' | 'api' | 'uploads'; rel: string; operation?: string } {
    if (storage) return { host: 'storage', rel: pathname };
    let host: 'web' | 'api' | 'uploads' = 'web';
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
    where: { host: 'storage' | 'web' | 'api' | 'uploads'; rel: string },
  ): Promise<{ reply: Reply; operation?: string }> {
    const url = new URL(rawUrl, this.origin);
    const pathname = url.pathname;

    if (where.host === 'storage') return { reply: this.serveStorage(method, url, headers) };
    if (where.host === 'web') {
      // The web download URL of a published release's asset redirects to storage, as github.com does.
      if (pathname.startsWith(this.browserDownloads) && method === 'GET') {
        const [tag, name] = pathname
          .slice(this.browserDownloads.length)
          .split('/')
          .map(decodeSegment);
        const release = tag === undefined ? undefined : this.publishedFor(tag);
        const asset = release?.assets.find((a) => a.name === name);
        if (asset) return { reply: this.redirectToStorage(asset) };
      }
      return { reply: this.errorReply(notFound(), undefined) };
    }
    const uploads = where.host === 'uploads';
    const rel = where.rel;

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
          new HttpError(fault.status, fault.message, fault.errors, fault.headers),
          known?.route,
        ),
        ...(known && { operation: known.route.operation.operationId }),
      };
    }
    if (!known) {
      const host = uploads ? 'the uploads host' : 'the API';
      this.violations.push({
        kind: 'request',
        method,
        path: rawUrl,
        problems: [`no operation ${method} ${rel} on ${host}`],
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

  /** Where github.com serves a published release's assets to browsers. */
  private get browserDownloads(): string {
    return `/${this.owner}/${this.repo}/releases/download/`;
  }

  // --- storage (the second origin) -----------------------------------------------------------

  /** A signed storage URL for the asset, as GitHub's 302 gives one (pre-signed, so no token). */
  private redirectToStorage(asset: AssetState): Reply {
    const query = new URLSearchParams({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'releaseassetproduction/20240101/us-east-1/s3/aws4_request',
      'X-Amz-Date': now().replace(/[-:]/g, ''),
      'X-Amz-Expires': '300',
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': this.storageSignature(asset.id),
      'response-content-disposition': `attachment; filename=${asset.name}`,
      'response-content-type': 'application/octet-stream',
    });
    return {
      status: 302,
      headers: {
        location: `${this.storageOrigin}/github-production-release-asset/123456/${asset.id}?${query.toString()}`,
      },
    };
  }

  private storageSignature(assetId: number): string {
    return createHmac('sha256', this.storageSecret).update(String(assetId)).digest('hex');
  }

  /**
   * The storage origin, as S3 answers: a request carrying `Authorization` besides the signed query
   * is refused 400 (S3 echoes the header's value in the error, so a client printing that error
   * would print its token); a URL without a valid signature is 403; otherwise the bytes.
   */
  private serveStorage(method: string, url: URL, headers: IncomingHttpHeaders): Reply {
    const xml = (status: number, code: string, message: string, extra = ''): Reply => ({
      status,
      bytes: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>${randomBytes(8).toString('hex').toUpperCase()}</RequestId><HostId>${randomBytes(24).toString('base64')}</HostId></Error>`,
      ),
      headers: { 'content-type': 'application/xml', server: 'AmazonS3' },
    });
    if (method !== 'GET' && method !== 'HEAD') {
      return xml(
        405,
        'MethodNotAllowed',
        'The specified method is not allowed against this resource.',
      );
    }
    const authorization = headers['authorization'];
    if (authorization !== undefined) {
      return xml(
        400,
        'InvalidArgument',
        'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
        `<ArgumentName>Authorization</ArgumentName><ArgumentValue>${authorization.replace(/[<>&]/g, '')}</ArgumentValue>`,
      );
    }
    const id = Number(/^\/github-production-release-asset\/\d+\/(\d+)$/.exec(url.pathname)?.[1]);
    if (!id || url.searchParams.get('X-Amz-Signature') !== this.storageSignature(id)) {
      return xml(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    const found = this.findAsset(id);
    if (!found) return xml(404, 'NoSuchKey', 'The specified key does not exist.');
    return {
      status: 200,
      bytes: found.asset.bytes,
      headers: {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename=${found.asset.name}`,
        etag: `"${createHash('md5').update(found.asset.bytes).digest('hex')}"`,
        server: 'AmazonS3',
      },
    };
  }

  // --- JSON shapes ---------------------------------------------------------------------------

  private get repoApi(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  private get repoHtml(): string {
    return `${this.origin}/${this.owner}/${this.repo}`;
  }

  private userJson(
    login = 'github-actions[bot]',
    id = 41898282,
    type = login.endsWith('[bot]') ? 'Bot' : 'Organization',
  ): Record<string, unknown> {
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
      type,
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

  /** A commit as the commits API (not the git data API) shows it, e.g. inside a branch. */
  private restCommitJson(sha: string, c: CommitObject): Record<string, unknown> {
    const git = this.commitJson(sha, c);
    // The GitHub account behind a commit's e-mail address; null when none is known.
    const account = (person: Person): Record<string, unknown> | null =>
      person.email === BOT.email
        ? this.userJson()
        : person.email === WEB_FLOW.email
          ? this.userJson('web-flow', 19864447, 'User')
          : null;
    const url = (commit: string): string => `${this.repoApi}/commits/${commit}`;
    return {
      sha,
      node_id: git['node_id'],
      commit: {
        author: c.author,
        committer: c.committer,
        message: c.message,
        tree: git['tree'],
        url: git['url'],
        comment_count: 0,
        verification: git['verification'],
      },
      url: url(sha),
      html_url: git['html_url'],
      comments_url: `${url(sha)}/comments`,
      author: account(c.author),
      committer: account(c.committer),
      parents: c.parents.map((p) => ({
        sha: p,
        url: url(p),
        html_url: `${this.repoHtml}/commit/${p}`,
      })),
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
    const sha = await this.git.readRef(ref);
    if (!sha) throw notFound();
    return { status: 200, json: this.refJson(ref, sha) };
  }

  private async updateRef(c: Context): Promise<Reply> {
    const ref = `refs/${c.params['ref'] ?? ''}`;
    const sha = str(c.body, 'sha') ?? '';
    const force = isRecord(c.body) && c.body['force'] === true;
    if (!(await this.git.readRef(ref))) throw new HttpError(422, 'Reference does not exist');
    if ((await this.git.typeOf(sha)) !== 'commit')
      throw new HttpError(422, 'Object does not exist');
    const branch = ref.replace(/^refs\/heads\//, '');
    for (const entry of this.refHooks) {
      if (entry.remaining > 0) {
        entry.remaining--;
        await entry.hook({ branch, sha });
      }
    }
    // Read, check and move as one step per ref: two updates arriving at once get the answers they
    // would get one after the other (both succeed when both are fast forwards of what they find).
    await this.exclusive(ref, async () => {
      const current = await this.git.readRef(ref);
      if (!current) throw new HttpError(422, 'Reference does not exist');
      if (!force && !(await this.git.isAncestor(current, sha)))
        throw new HttpError(422, 'Update is not a fast forward');
      if (!(await this.git.updateRef(ref, sha, current)))
        throw new HttpError(422, 'Update is not a fast forward');
    });
    return { status: 200, json: this.refJson(ref, sha) };
  }

  /** A branch as `repos/get-branch` shows it: its head commit (with the tree) in the commits-API shape. */
  private async getBranch(c: Context): Promise<Reply> {
    const name = c.params['branch'] ?? '';
    const ref = `refs/heads/${name}`;
    const sha = await this.git.readRef(ref);
    if (!sha) throw new HttpError(404, 'Branch not found');
    const commit = await this.git.readCommit(sha);
    const self = `${this.repoApi}/branches/${name}`;
    return {
      status: 200,
      json: {
        name,
        commit: this.restCommitJson(sha, commit),
        _links: { self, html: `${this.repoHtml}/tree/${name}` },
        protected: false,
        protection: {
          enabled: false,
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: `${self}/protection`,
      },
    };
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
    // Like GitHub: only the published release is found by tag; drafts only show in the list.
    const release = this.publishedFor(c.params['tag'] ?? '');
    if (!release) throw notFound();
    return Promise.resolve({ status: 200, json: this.releaseJson(release) });
  }

  private getLatestRelease(): Promise<Reply> {
    const release = this.latestId === null ? undefined : this.releasesById.get(this.latestId);
    if (!release) throw notFound();
    return Promise.resolve({ status: 200, json: this.releaseJson(release) });
  }

  /** The one published release of `tag` (GitHub allows no second), other than `except`. */
  private publishedFor(tag: string, except?: ReleaseState): ReleaseState | undefined {
    for (const r of this.releasesById.values()) {
      if (r !== except && !r.draft && r.tag === tag) return r;
    }
    return undefined;
  }

  private tagTaken(): HttpError {
    return new HttpError(422, 'Validation Failed', [
      { resource: 'Release', code: 'already_exists', field: 'tag_name' },
    ]);
  }

  private publish(release: ReleaseState, time: string): void {
    release.draft = false;
    release.publishedAt = time;
    release.immutable = this.immutableReleases;
  }

  /**
   * `make_latest` on a published release. Drafts and pre-releases are never latest. 'true' makes it
   * latest; 'legacy' hands the choice to the legacy rule (see `legacyLatest`); 'false' leaves the
   * latest as it is (also when this release is it: GitHub offers no way to un-set the latest).
   */
  private applyMakeLatest(release: ReleaseState, makeLatest: MakeLatest): void {
    if (release.draft || release.prerelease) return;
    if (makeLatest === 'true') this.latestId = release.id;
    else if (makeLatest === 'legacy')
      this.latestId = legacyLatest(this.releasesById.values())?.id ?? null;
  }

  /** After the latest release was deleted, drafted again or made a pre-release: the legacy rule picks. */
  private relinquishLatest(release: ReleaseState): void {
    if (this.latestId !== release.id) return;
    if (this.releasesById.has(release.id) && !release.draft && !release.prerelease) return;
    this.latestId = legacyLatest(this.releasesById.values())?.id ?? null;
  }

  private createRelease(c: Context): Promise<Reply> {
    const body = isRecord(c.body) ? c.body : {};
    const tag = str(body, 'tag_name') ?? '';
    if (tag.trim() === '') {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'Release', code: 'missing_field', field: 'tag_name' },
      ]);
    }
    const draft = body['draft'] === true;
    // Drafts may share a tag; a published release may not share it with another published one.
    if (!draft && this.publishedFor(tag)) throw this.tagTaken();
    const makeLatest = str(body, 'make_latest') as MakeLatest | undefined;
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
      makeLatest: draft ? (makeLatest ?? null) : null,
    };
    if (!draft) this.publish(release, time);
    this.releasesById.set(release.id, release);
    if (!draft) this.applyMakeLatest(release, makeLatest ?? 'true');
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
    // Publishing a draft, or moving a published release to a tag, that another published release
    // holds is refused as creating it would be; drafts may share any tag.
    const published = body['draft'] === false || (body['draft'] !== true && !release.draft);
    if (published && this.publishedFor(tag ?? release.tag, release)) throw this.tagTaken();
    const makeLatest = str(body, 'make_latest') as MakeLatest | undefined;
    const time = now();
    if (tag !== undefined) release.tag = tag;
    const target = str(body, 'target_commitish');
    if (target !== undefined) release.target = target;
    if (has(body, 'name')) release.name = str(body, 'name') ?? null;
    if (has(body, 'body')) release.body = str(body, 'body') ?? null;
    if (typeof body['prerelease'] === 'boolean') release.prerelease = body['prerelease'];
    if (body['draft'] === false && release.draft) {
      this.publish(release, time);
      // A newly published release becomes latest unless told otherwise, now or while a draft.
      this.applyMakeLatest(release, makeLatest ?? release.makeLatest ?? 'true');
      release.makeLatest = null;
    } else if (makeLatest !== undefined) {
      if (release.draft) release.makeLatest = makeLatest;
      else this.applyMakeLatest(release, makeLatest);
    }
    if (body['draft'] === true && !release.draft) {
      release.draft = true;
      release.publishedAt = null;
    }
    this.relinquishLatest(release);
    release.updatedAt = time;
    return Promise.resolve({ status: 200, json: this.releaseJson(release) });
  }

  private deleteRelease(c: Context): Promise<Reply> {
    const release = this.releaseOr404(c);
    this.releasesById.delete(release.id);
    this.relinquishLatest(release);
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
      // GitHub redirects to its storage host with a pre-signed URL, which takes no token.
      return Promise.resolve(this.redirectToStorage(found.asset));
    }
    return Promise.resolve({ status: 200, json: this.assetJson(found.asset) });
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
