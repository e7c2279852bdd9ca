import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../core/generate.js';

/**
 * Writes through a temporary file in the same directory, then renames, so a reader never sees a
 * half-written release file and a crash leaves the old file in place.
 */
async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(tmp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
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
