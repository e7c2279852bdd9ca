import { access } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseAppComposeTemplate } from '../core/app-compose.js';
import { defaultComposeFiles } from '../core/compose-pin.js';
import { InputError } from '../core/errors.js';
import { decodeUtf8, readInputFile, writeFileAtomic } from './files.js';
import type { GeneratedFile } from '../core/generate.js';
import { loadMetadata } from '../core/metadata.js';
import type { MetadataEntry } from '../core/types.js';

/** The files generation reads, located and read at the edge so the core works on text. */
export interface Sources {
  readonly composeFile: string;
  readonly composeText: string;
  readonly metadata: MetadataEntry[];
  readonly template?: Record<string, unknown>;
}

export interface SourceOptions {
  /** Directory relative paths are resolved against (the workspace, or the CLI's cwd). */
  readonly root: string;
  /** Given compose file, or undefined to search the defaults. */
  readonly composeFile?: string;
  /** Inline JSON or a path; empty for none. */
  readonly metadata: string;
  readonly template?: string;
  /** Names used in errors: the action's input names or the CLI's flags. */
  readonly names: { compose: string; metadata: string; template: string };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function locateCompose(
  root: string,
  given: string | undefined,
  input: string,
): Promise<string> {
  if (given !== undefined && given !== '') return given;
  for (const name of defaultComposeFiles) {
    if (await exists(join(root, name))) return name;
  }
  throw new InputError(
    input,
    `no compose file found in ${root} (looked for ${defaultComposeFiles.join(', ')})`,
  );
}

export async function loadSources(options: SourceOptions): Promise<Sources> {
  const { root, names } = options;
  const composeFile = await locateCompose(root, options.composeFile, names.compose);
  const composePath = resolve(root, composeFile);
  const composeText = decodeUtf8(
    await readInputFile(composePath, names.compose),
    names.compose,
    composeFile,
  );
  const metadata = await loadMetadata(options.metadata, root, names.metadata);
  let template: Record<string, unknown> | undefined;
  if (options.template !== undefined && options.template !== '') {
    const bytes = await readInputFile(resolve(root, options.template), names.template);
    const text = decodeUtf8(bytes, names.template, options.template);
    template = parseAppComposeTemplate(text, names.template);
  }
  return { composeFile, composeText, metadata, ...(template && { template }) };
}

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

/** Writes the generated files into `dir`, each atomically. */
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
