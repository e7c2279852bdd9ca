/**
 * Requests and this server's responses checked against GitHub's OpenAPI description with ajv.
 * A validator is compiled the first time an operation needs it (and each component schema once,
 * shared by all that refer to it), so a test file pays only for the operations it uses; the one
 * that words every problem only when a value did not fit (rarely: a test's refusal). Problems
 * are worded as GitHub words its validation failures (`"tag_name" wasn't supplied.`,
 * `For 'draft', "false" is not a boolean.`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenApiDocument, Parameter, RequestBody, Route } from './openapi.js';
import { componentId, toJsonSchema, type JsonSchema, type OpenApiSchema } from './schema.js';

/** What GitHub would answer a request with: 200 when it takes it, else 400 or 422 and why. */
export interface RequestCheck {
  readonly status: number;
  readonly problems: string[];
  /** The parsed JSON body, when there was one. */
  readonly json?: unknown;
}

export class Validation {
  /** Answers only whether a value fits: the cheap compile every operation pays for. */
  private readonly quick: Compiler;
  /** Names every problem; compiled only for the schemas that something failed. */
  private readonly detailed: Compiler;

  constructor(doc: OpenApiDocument) {
    this.quick = new Compiler(doc, false);
    this.detailed = new Compiler(doc, true);
  }

  checkRequest(
    route: Route,
    requestBody: RequestBody | undefined,
    params: Readonly<Record<string, string>>,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
    body: Buffer,
  ): RequestCheck {
    const problems: string[] = [];
    for (const p of route.parameters) problems.push(...this.parameterProblems(p, params, query));
    const result = (json?: unknown): RequestCheck => ({
      status: problems.length > 0 ? 422 : 200,
      problems,
      ...(json !== undefined && { json }),
    });
    if (!requestBody?.content) return result();
    if (body.length === 0) {
      if (requestBody.required) problems.push('a request body is required.');
      return result();
    }
    const media = requestBody.content['application/json'];
    if (media) {
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
      if (media.schema) problems.push(...this.problems(media.schema, json, bodyPlace));
      return result(json);
    }
    // A binary upload: GitHub needs the length and the media type of the data.
    if (headers['content-length'] === undefined) problems.push('Content-Length is required.');
    else if (Number(headers['content-length']) !== body.length)
      problems.push('Content-Length does not match the body.');
    if (!headers['content-type']) problems.push('Content-Type is required.');
    return result();
  }

  /** Problems of a JSON response against `schema`, the documented one for its status. */
  checkResponse(schema: OpenApiSchema, json: unknown): string[] {
    return this.problems(schema, json, bodyPlace);
  }

  /** A path or query parameter, whose value comes as text, against its schema. */
  private parameterProblems(
    p: Parameter,
    params: Readonly<Record<string, string>>,
    query: URLSearchParams,
  ): string[] {
    if (p.in !== 'query' && p.in !== 'path') return [];
    const label = `${p.in} parameter "${p.name}"`;
    const value = p.in === 'query' ? query.get(p.name) : (params[p.name] ?? null);
    if (value === null) return p.required && p.in === 'query' ? [`${label} wasn't supplied.`] : [];
    if (!p.schema) return [];
    return this.problems(p.schema, parameterValue(p.schema, value), () => label);
  }

  private problems(schema: OpenApiSchema, value: unknown, place: Place): string[] {
    if (this.quick.validator(schema)(value)) return [];
    const validate = this.detailed.validator(schema);
    return validate(value) ? [] : wordErrors(validate.errors ?? [], place);
  }
}

/** One ajv instance and the validators it compiled, each on first use. */
class Compiler {
  private ajvInstance: Ajv | undefined;
  private readonly registered = new Set<string>();
  private readonly validators = new WeakMap<OpenApiSchema, ValidateFunction>();

  constructor(
    private readonly doc: OpenApiDocument,
    private readonly detailed: boolean,
  ) {}

  /** The compiled validator of `schema`, compiled on first use with the components it needs. */
  validator(schema: OpenApiSchema): ValidateFunction {
    let validate = this.validators.get(schema);
    if (!validate) {
      const refs = new Set<string>();
      const json = toJsonSchema(schema, refs);
      this.register(refs);
      validate = this.ajv.compile(json);
      this.validators.set(schema, validate);
    }
    return validate;
  }

  private get ajv(): Ajv {
    if (!this.ajvInstance) {
      this.ajvInstance = new Ajv({
        // Every problem, with the value and schema at fault, to word them; or just the verdict.
        allErrors: this.detailed,
        verbose: this.detailed,
        // Unknown keywords and formats are errors: the conversion must have handled them all.
        strict: true,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        // Each component compiled once, as its own function, whoever refers to it.
        inlineRefs: false,
        // The description's patterns are ECMA-262 ones, not all valid in Unicode mode.
        unicodeRegExp: false,
        // The conversion writes draft-07 by construction; checking each against the
        // meta-schema would only slow the first request of each operation down.
        validateSchema: false,
        code: { optimize: false },
      });
      addFormats.default(this.ajvInstance);
    }
    return this.ajvInstance;
  }

  /** Adds the component schemas `names` (and those they refer to) to ajv, each once. */
  private register(names: Iterable<string>): void {
    const pending = [...names];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (this.registered.has(name)) continue;
      const component = this.doc.components.schemas[name];
      if (!component) throw new Error(`the description has no component schema ${name}`);
      this.registered.add(name);
      const refs = new Set<string>();
      const json = toJsonSchema(component, refs);
      // A component that is only a reference keeps it beside its own id, not instead of it.
      const schema: JsonSchema = '$ref' in json ? { allOf: [json] } : json;
      this.ajv.addSchema({ ...schema, $id: componentId(name) });
      pending.push(...refs);
    }
  }
}

/** Parameters arrive as text: a number or boolean is what the text reads as, when it does. */
function parameterValue(schema: OpenApiSchema, text: string): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(text))
    return Number(text);
  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** How a place in the checked value is named: a JSON pointer's path (`tree/0/mode`) to words. */
type Place = (path: string) => string;

const bodyPlace: Place = (path) => (path === '' ? 'the body' : `'${path}'`);

/**
 * ajv's errors as GitHub words them. An alternative that fits none of its shapes is one problem:
 * the failures of each shape, which ajv reports before it, are dropped.
 */
function wordErrors(errors: readonly ErrorObject[], place: Place): string[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      const at = error.instancePath;
      for (let i = kept.length - 1; i >= 0; i--) {
        const earlier = kept[i];
        if (
          earlier &&
          earlier.parentSchema !== error.parentSchema &&
          (earlier.instancePath === at || earlier.instancePath.startsWith(`${at}/`))
        ) {
          kept.splice(i, 1);
        }
      }
    }
    kept.push(error);
  }
  return [...new Set(kept.map((e) => word(e, place)))];
}

function word(error: ErrorObject, place: Place): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('/');
  const where = place(path);
  const inside = (key: unknown): string => (path === '' ? String(key) : `${path}/${String(key)}`);
  const value = short(error.data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `"${inside(params['missingProperty'])}" wasn't supplied.`;
    case 'additionalProperties':
      return `"${inside(params['additionalProperty'])}" is not a permitted key.`;
    case 'type': {
      if (error.data === null) return `For ${where}, null is not allowed.`;
      const types = String(params['type'])
        .split(',')
        .filter((t) => t !== 'null');
      const named = types.map((t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`).join(' or ');
      return `For ${where}, ${value} is not ${named}.`;
    }
    case 'enum':
      return `For ${where}, ${value} is not a member of ${JSON.stringify(params['allowedValues'])}.`;
    case 'format':
      return `For ${where}, ${value} is not a valid ${String(params['format'])}.`;
    case 'pattern':
      return `For ${where}, ${value} does not match ${String(params['pattern'])}.`;
    case 'anyOf':
      return `${where}: ${value} fits none of the allowed shapes.`;
    case 'oneOf':
      return params['passingSchemas'] === null
        ? `${where}: ${value} fits none of the allowed shapes.`
        : `${where}: ${value} fits more than one of the allowed shapes.`;
    case 'minLength':
      return `${where} is shorter than ${String(params['limit'])}.`;
    case 'maxLength':
      return `${where} is longer than ${String(params['limit'])}.`;
    case 'minItems':
      return `${where} needs at least ${String(params['limit'])} items.`;
    case 'maxItems':
      return `${where} takes at most ${String(params['limit'])} items.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${where} is below ${String(params['limit'])}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${where} is above ${String(params['limit'])}.`;
    default:
      return `${where}: ${error.message ?? error.keyword}.`;
  }
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
