import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { errorCode, errorMessage, InputError } from '../core/errors.js';

/** True when `path` is `root` itself or inside it (no `..` escape, not another drive). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(root, path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A `/`-separated path relative to `root`, as recorded in release files. */
export function posixRelative(root: string, path: string): string {
  const rel = relative(resolve(root), resolve(root, path));
  return rel.split(/[\\/]/).filter(Boolean).join('/');
}

/**
 * The real path of `path` (relative to `root`, every symlink followed), which must exist inside
 * the real path of `root`: a symlink in the workspace that leads out of it is refused, with an
 * error naming `input`.
 */
export function realPathInside(root: string, path: string, input: string): string {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        throw new InputError(input, `"${path}" does not exist in the workspace`);
      }
      throw new InputError(input, `cannot read "${path}": ${errorMessage(error)}`);
    }
  };
  const target = real(resolve(root, path));
  if (!isInside(real(root), target)) {
    throw new InputError(
      input,
      `"${path}" is outside the workspace${isInside(root, path) ? ' (a symlink leads out of it)' : ''}`,
    );
  }
  return target;
}
