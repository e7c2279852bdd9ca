import { isAbsolute, relative, resolve } from 'node:path';

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
