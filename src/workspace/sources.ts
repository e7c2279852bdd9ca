import { access } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { parseAppComposeTemplate } from '../core/app-compose.js';
import { defaultComposeFiles } from '../core/compose-pin.js';
import { InputError } from '../core/errors.js';
import { parseMetadataText } from '../core/metadata.js';
import type { MetadataEntry } from '../core/types.js';
import { checkInputSize, decodeUtf8, readInputFile } from './files.js';

/** The files generation reads, located and read here so the core works on text. */
export interface Sources {
  readonly composeFile: string;
  readonly composeText: string;
  readonly metadata: MetadataEntry[];
  readonly template?: Record<string, unknown>;
}

/** Names used in errors: the action's input names or the CLI's flags. */
export interface SourceNames {
  readonly compose: string;
  readonly metadata: string;
  readonly template: string;
}

export interface SourceOptions {
  /** Directory relative paths are resolved against (the workspace, or the CLI's cwd). */
  readonly root: string;
  /** Given compose file, or undefined to search the defaults. */
  readonly composeFile?: string;
  /** Inline JSON or a path; empty for none. */
  readonly metadata: string;
  readonly template?: string;
  readonly names: SourceNames;
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

/**
 * The `metadata` input: empty → no entries; inline JSON (starts with `{` or `[`); otherwise a
 * path, relative to `cwd`, of a file holding the JSON (e.g. one written by `--metadata-file`).
 */
export async function loadMetadata(
  value: string,
  cwd: string,
  input = 'metadata',
): Promise<MetadataEntry[]> {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    checkInputSize(trimmed, input);
    return parseMetadataText(trimmed, input);
  }
  const path = isAbsolute(trimmed) ? trimmed : resolve(cwd, trimmed);
  const bytes = await readInputFile(path, input);
  return parseMetadataText(bytes.toString('utf8'), input, `metadata file ${trimmed}`);
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
