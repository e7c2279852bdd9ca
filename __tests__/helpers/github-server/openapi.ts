/**
 * GitHub's REST API as its published OpenAPI description (@octokit/openapi) states it: the
 * operations, matched against request paths as GitHub routes them, and the checks of requests and
 * responses against their schemas (`validation.ts`).
 */
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import type { OpenApiSchema } from './schema.js';
import { Validation, type RequestCheck } from './validation.js';

export interface Parameter {
  readonly $ref?: string;
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: OpenApiSchema;
  readonly 'x-multi-segment'?: boolean;
}

export interface MediaType {
  readonly schema?: OpenApiSchema;
}

export interface ResponseObject {
  readonly $ref?: string;
  readonly content?: Readonly<Record<string, MediaType>>;
}

export interface RequestBody {
  readonly $ref?: string;
  readonly required?: boolean;
  readonly content?: Readonly<Record<string, MediaType>>;
}

export interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: RequestBody;
  readonly responses: Readonly<Record<string, ResponseObject>>;
  readonly servers?: readonly { readonly url: string }[];
  readonly externalDocs?: { readonly url: string };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, OpenApiSchema>>;
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
  /** The path item's and the operation's parameters, references resolved. */
  readonly parameters: readonly Parameter[];
  /** Served from the uploads host (`uploads.github.com`), not the API. */
  readonly uploads: boolean;
  readonly segments: readonly Segment[];
  readonly literals: number;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** A percent-encoded path segment decoded, or undefined when it is not valid percent-encoding. */
export function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** GitHub's REST API as its OpenAPI description states it; loaded once (the file is 13 MB). */
export class OpenApi {
  readonly routes: readonly Route[];
  private readonly validation: Validation;

  constructor(private readonly doc: OpenApiDocument) {
    this.validation = new Validation(doc);
    const routes: Route[] = [];
    for (const [template, item] of Object.entries(doc.paths)) {
      const shared = (item['parameters'] ?? []) as readonly Parameter[];
      for (const [method, value] of Object.entries(item)) {
        if (!HTTP_METHODS.includes(method)) continue;
        const operation = value as Operation;
        const parameters = [...shared, ...(operation.parameters ?? [])].map((p) =>
          p.$ref ? this.ref<Parameter>(p.$ref) : p,
        );
        const segments: Segment[] = template
          .split('/')
          .slice(1)
          .map((part) => {
            const name = /^\{([^}]+)\}$/.exec(part)?.[1];
            if (!name) return { literal: part };
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

  /** The object a local `$ref` (`#/components/...`) points at. */
  ref<T>(ref: string): T {
    let node: unknown = this.doc;
    for (const part of ref.replace(/^#\//, '').split('/')) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return node as T;
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

  /** GitHub routes by type too: `/releases/abc` is no release, `release_id` being an integer. */
  private pathTypesFit(route: Route, params: Record<string, string>): boolean {
    return route.parameters.every((p) => {
      if (p.in !== 'path') return true;
      const value = params[p.name];
      if (value === undefined || value === '') return false;
      const schema = p.schema?.$ref ? this.ref<OpenApiSchema>(p.schema.$ref) : p.schema;
      return schema?.type !== 'integer' || /^\d+$/.test(value);
    });
  }

  /** Problems GitHub would reject the request for, and the status it would answer. */
  checkRequest(
    route: Route,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
    body: Buffer,
    params: Readonly<Record<string, string>> = {},
  ): RequestCheck {
    const requestBody = route.operation.requestBody?.$ref
      ? this.ref<RequestBody>(route.operation.requestBody.$ref)
      : route.operation.requestBody;
    return this.validation.checkRequest(route, requestBody, params, query, headers, body);
  }

  /** Problems of a JSON response of this server against the documented schema for its status. */
  checkResponse(route: Route, status: number, json: unknown): string[] {
    const responses = route.operation.responses;
    const response = responses[String(status)] ?? responses['default'];
    if (!response) {
      return status < 300
        ? [`status ${status} is not documented (${Object.keys(responses).join(', ')})`]
        : [];
    }
    const resolved = response.$ref ? this.ref<ResponseObject>(response.$ref) : response;
    const schema = resolved.content?.['application/json']?.schema;
    return schema ? this.validation.checkResponse(schema, json) : [];
  }
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
