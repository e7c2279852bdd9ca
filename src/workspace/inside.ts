import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { errorCode } from '../core/errors.js';
import { InputError } from '../core/errors.js';

/**
 * The files that are published (the compose file, the app-compose template) and the directory the
 * record is written to must be the workspace's own: a symbolic link in a repository could point
 * at a runner's credentials, which would then be committed, uploaded and attested. Each is
 * resolved as the file system resolves it (every link followed) and must land inside the
 * workspace, itself resolved the same way.
 */

/** `path` with every symbolic link resolved; for a path not there yet, its nearest existing parent's. */
function realPath(path: string): string {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch (error) {
      const code = errorCode(error);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(at) === at) throw error;
      missing.push(basename(at));
    }
  }
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * `path` (relative to `base`, or absolute) resolved with its links, refused naming `input` unless
 * it lies inside `workspace`. Returns the resolved path. The message names the path as given and
 * the boundary, never where a link points.
 */
export function resolveInside(
  workspace: string,
  base: string,
  path: string,
  input: string,
  boundary = 'the workspace',
): string {
  const given = resolve(base, path);
  const root = realPath(resolve(workspace));
  if (!within(resolve(workspace), given) && !within(root, given)) {
    throw new InputError(input, `${path} is outside ${boundary}`);
  }
  const real = realPath(given);
  if (!within(root, real)) {
    throw new InputError(
      input,
      `${path} leads outside ${boundary} through a symbolic link; only files of ${boundary} are recorded and published`,
    );
  }
  return real;
}
