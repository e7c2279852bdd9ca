/**
 * An allow-list of OS images: what dstack-mr measures an OS image to for a VM configuration (CPU
 * count, memory, …), one entry per image and shape: a JSON array of
 * `{"name", "mrtd", "rtmr0", "rtmr1", "rtmr2"}` (hex).
 */
import { jsonSyntaxProblem } from '../json-parser.js';
import { InputError } from '../errors.js';
import { isRecord } from '../values.js';
import { hexField } from './hex.js';

export interface OsMeasurement {
  readonly name: string;
  readonly mrtd: string;
  readonly rtmr0: string;
  readonly rtmr1: string;
  readonly rtmr2: string;
}

export const OS_REGISTERS = ['mrtd', 'rtmr0', 'rtmr1', 'rtmr2'] as const;

/** Reads the file's text; `where` names it in errors (`--os-measurements`). */
export function readOsMeasurements(text: string, where: string): OsMeasurement[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(where, `not JSON: ${jsonSyntaxProblem(text)}`);
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw new InputError(
      where,
      'must be a non-empty JSON array of {"name", "mrtd", "rtmr0", "rtmr1", "rtmr2"}',
    );
  }
  return value.map((entry: unknown, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(entry)) throw new InputError(at, 'is not an object');
    if (typeof entry.name !== 'string' || entry.name === '') {
      throw new InputError(`${at}.name`, 'must be a non-empty string');
    }
    const out: Record<string, string> = { name: entry.name };
    for (const key of OS_REGISTERS) out[key] = hexField(entry[key], `${at}.${key}`, 48);
    return out as unknown as OsMeasurement;
  });
}
