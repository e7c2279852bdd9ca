import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { errorCode } from '../core/errors.js';
import type { GeneratedFile } from '../core/generate.js';

type FileHandle = Awaited<ReturnType<typeof open>>;

/** Writes `data` through an open handle, flushed to disk, and closes it. */
async function writeAndClose(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `data` to a new temporary file beside `path`, flushed; returns its name. */
async function writeTemporary(path: string, data: string | Uint8Array): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeAndClose(await open(tmp, 'wx', 0o644), data);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return tmp;
}

/**
 * Writes through a temporary file in the same directory, then renames, so a reader never sees a
 * half-written release file and a crash leaves the old file in place.
 */
async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = await writeTemporary(path, data);
  try {
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Creates `path` only when nothing is there, never replacing what is (a user may have edited it):
 * the complete temporary file is hard-linked into place, which fails when the name exists.
 * Returns whether it created the file.
 */
export async function createFileOnce(path: string, data: string | Uint8Array): Promise<boolean> {
  const tmp = await writeTemporary(path, data);
  try {
    await link(tmp, path);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code ?? '')) throw error;
    return createExclusive(path, data);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** What a file system without hard links answers. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** The fallback where hard links are not supported: an exclusive create, written in place. */
async function createExclusive(path: string, data: string | Uint8Array): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  await writeAndClose(handle, data);
  return true;
}

/** Writes the generated files into `dir`, each atomically; returns their paths. */
export async function writeReleaseFiles(
  dir: string,
  files: readonly GeneratedFile[],
): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFileAtomic(path, file.content);
    written.push(path);
  }
  return written;
}
