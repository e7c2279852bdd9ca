import { JsonNumber } from './json-parser.js';

/** A parsed JSON object: not null, not an array, not a number kept as its lexeme. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof JsonNumber)
  );
}

/**
 * What a parsed value is, for error messages: its text when short, else its kind. With `yaml` it
 * speaks as compose files are written: mappings, sequences, and an empty value as nothing.
 */
export function describeValue(value: unknown, vocabulary: 'json' | 'yaml' = 'json'): string {
  const yaml = vocabulary === 'yaml';
  if (value === undefined) return yaml ? 'nothing' : 'missing';
  if (value === null) return yaml ? 'nothing' : 'null';
  if (Array.isArray(value)) return yaml ? 'a sequence' : 'an array';
  if (value instanceof Map) return 'a mapping';
  if (value instanceof JsonNumber) return `the number ${value.lexeme}`;
  if (yaml) return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
  switch (typeof value) {
    case 'string':
      return value.length <= 80 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 80))}…`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * What a parsed JSON value is, without a byte of it: for messages about files that may hold
 * anything (a metadata path, or a symlink, may lead to a secret).
 */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof JsonNumber || typeof value === 'number') return 'a number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
