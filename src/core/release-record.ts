import type { ErrorObject } from 'ajv';
import { CheckError } from './errors.js';
import { jsonSyntaxProblem } from './json-parser.js';
import { validate } from '../generated/release-info.validate.js';
import type { ReleaseRecord } from './types.js';

export const RECORD_SCHEMA = 'release-tracker/release-info@1';

/** The three files of a release, named from the tag's `v<version>` prefix. */
export function releaseFileNames(prefix: string): {
  releaseInfo: string;
  appCompose: string;
  dockerCompose: string;
} {
  return {
    releaseInfo: `${prefix}-release-info.json`,
    appCompose: `${prefix}-app-compose.json`,
    dockerCompose: `${prefix}-docker-compose.yml`,
  };
}

/** Matches `<prefix>-release-info.json`, the file that marks a recorded release in a directory. */
export const RELEASE_INFO_FILE = /^v(.+)-release-info\.json$/;

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => {
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra ? ` (${extra})` : ''}`;
    })
    .join('; ');
}

/** Checks a parsed record against the shipped JSON Schema; `source` names the file in errors. */
export function validateRecord(value: unknown, source: string): ReleaseRecord {
  if (!validate(value)) {
    throw new CheckError(
      `${source} does not match ${RECORD_SCHEMA}: ${formatErrors(validate.errors)}`,
    );
  }
  return value as unknown as ReleaseRecord;
}

export function parseRecord(text: string, source: string): ReleaseRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CheckError(`${source} is not valid JSON: ${jsonSyntaxProblem(text)}`);
  }
  return validateRecord(value, source);
}

/** Two-space indented JSON with a trailing newline; validated before it is written. */
export function serializeRecord(record: ReleaseRecord): string {
  // Validated as it will be read back: the parsed form of the exact text written.
  const text = `${JSON.stringify(record, null, 2)}\n`;
  validateRecord(JSON.parse(text), 'the generated release record');
  return text;
}
