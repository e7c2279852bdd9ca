import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { errorCode, InputError } from '../core/errors.js';
import { isInside } from './paths.js';

/**
 * The files that are published (the compose file, the app-compose template) and the directory the
 * record is written to must be the workspace's own: a symbolic link in a repository could point
 * at a runner's credentials, which would then be committed, uploaded and attested. Each is
 * resolved as the file system resolves it (every link followed) and must land inside the
 * workspace, itself resolved the same way.
 */

/**
 * `path` with every symbolic link resolved, as a write to it would resolve them: for a path not
 * there yet, its nearest existing parent's real path and the rest; a link whose target is not
 * there yet (a write would create the target) resolved through its target.
 */
function realPath(path: string, depth = 0): string {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch (error) {
      const code = errorCode(error);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(at) === at) throw error;
      if (depth < 40 && isLink(at)) {
        return join(
          realPath(resolve(dirname(at), readlinkSync(at)), depth + 1),
          ...missing.reverse(),
        );
      }
      missing.push(basename(at));
    }
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
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
  if (!isInside(resolve(workspace), given) && !isInside(root, given)) {
    throw new InputError(input, `${path} is outside ${boundary}`);
  }
  const real = realPath(given);
  if (!isInside(root, real)) {
    throw new InputError(
      input,
      `${path} leads outside ${boundary} through a symbolic link; only files of ${boundary} are recorded and published`,
    );
  }
  return real;
}

/** `resolveInside` for a file or directory that must be there: a missing one is refused too. */
export function existingInside(workspace: string, path: string, input: string): string {
  const real = resolveInside(workspace, workspace, path, input);
  if (!existsSync(real)) throw new InputError(input, `${path} does not exist in the workspace`);
  return real;
}
