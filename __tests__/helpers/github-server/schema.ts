/**
 * OpenAPI 3.0 Schema Objects, as GitHub's description writes them, turned into the JSON Schema
 * (draft-07) that ajv validates: `nullable` becomes a `null` type (or a `null` alternative), a
 * boolean `exclusiveMinimum` becomes draft-07's number, `$ref`s into `#/components/schemas` become
 * references to schemas registered under their own ids, and the keywords that only annotate
 * (description, example, readOnly, discriminator, `x-…`) are left out.
 */

export interface OpenApiSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, OpenApiSchema>>;
  readonly additionalProperties?: boolean | OpenApiSchema;
  readonly items?: OpenApiSchema;
  readonly allOf?: readonly OpenApiSchema[];
  readonly anyOf?: readonly OpenApiSchema[];
  readonly oneOf?: readonly OpenApiSchema[];
  readonly not?: OpenApiSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: boolean;
  readonly exclusiveMaximum?: boolean;
}

export type JsonSchema = Record<string, unknown>;

const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

/** The id a component schema is registered under. */
export function componentId(name: string): string {
  return `https://api.github.com/components/schemas/${encodeURIComponent(name)}`;
}

/** Validation keywords that mean the same in both, copied as they are. */
const SAME = [
  'type',
  'enum',
  'format',
  'required',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'minimum',
  'maximum',
] as const;

/**
 * `schema` as JSON Schema; the names of the component schemas it refers to are added to `refs`,
 * for the caller to register before compiling.
 */
export function toJsonSchema(schema: OpenApiSchema, refs: Set<string>): JsonSchema {
  if (schema.$ref !== undefined) {
    const name = COMPONENT_SCHEMA.exec(schema.$ref)?.[1];
    if (name === undefined) throw new Error(`unsupported schema $ref ${schema.$ref}`);
    refs.add(decodeURIComponent(name));
    // OpenAPI 3.0 ignores whatever stands beside a $ref.
    return { $ref: componentId(decodeURIComponent(name)) };
  }
  const source = schema as Readonly<Record<string, unknown>>;
  const out: JsonSchema = {};
  for (const key of SAME) if (source[key] !== undefined) out[key] = source[key];
  // OpenAPI 3.0 takes draft-04's boolean form; draft-07 wants the bound itself.
  if (schema.exclusiveMinimum === true && schema.minimum !== undefined) {
    out['exclusiveMinimum'] = schema.minimum;
    delete out['minimum'];
  }
  if (schema.exclusiveMaximum === true && schema.maximum !== undefined) {
    out['exclusiveMaximum'] = schema.maximum;
    delete out['maximum'];
  }
  if (schema.properties) {
    out['properties'] = Object.fromEntries(
      Object.entries(schema.properties).map(([name, s]) => [name, toJsonSchema(s, refs)]),
    );
  }
  if (typeof schema.additionalProperties === 'boolean') {
    out['additionalProperties'] = schema.additionalProperties;
  } else if (schema.additionalProperties) {
    out['additionalProperties'] = toJsonSchema(schema.additionalProperties, refs);
  }
  if (schema.items) out['items'] = toJsonSchema(schema.items, refs);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (list) out[key] = list.map((s) => toJsonSchema(s, refs));
  }
  if (schema.not) out['not'] = toJsonSchema(schema.not, refs);
  return schema.nullable === true ? nullable(out) : out;
}

/**
 * `nullable: true` adds null to what the schema allows: to its type (and its enum, which GitHub's
 * description means to allow null too); a schema made of alternatives gets null as one more.
 */
function nullable(schema: JsonSchema): JsonSchema {
  const combined = ['allOf', 'anyOf', 'oneOf', 'not'].some((k) => k in schema);
  if (combined) return { anyOf: [{ type: 'null' }, schema] };
  if (typeof schema['type'] !== 'string') return schema; // no type: null is allowed already
  const out: JsonSchema = { ...schema, type: [schema['type'], 'null'] };
  const values = schema['enum'];
  if (Array.isArray(values) && !values.includes(null)) out['enum'] = [...values, null];
  return out;
}
