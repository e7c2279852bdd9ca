import * as core from '@actions/core';
import { InputError } from '../core/errors.js';

/**
 * An action's inputs, as both actions read them. The runner fills action.yml defaults, but `node`
 * run by hand or by a test may not: the same defaults apply here so both behave alike.
 */
export function input(name: string, fallback = ''): string {
  const value = core.getInput(name);
  return value === '' ? fallback : value;
}

/** An input, undefined when empty. */
export function optional(name: string): string | undefined {
  const value = input(name);
  return value === '' ? undefined : value;
}

/** YAML 1.2 core-schema booleans, as @actions/core accepts them, with an error naming the input. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = input(name, String(fallback));
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `"${value}" is not a boolean (true or false)`);
}
