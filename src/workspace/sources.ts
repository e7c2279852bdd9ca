import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseAppComposeTemplate } from '../core/app-compose.js';
import {
  defaultComposeFiles,
  DOTENV_FILE,
  overrideComposeFiles,
} from '../core/compose-file-names.js';
import { composeVariables, DotenvError } from '../core/dotenv.js';
import { InputError } from '../core/errors.js';
import { parseMetadataText } from '../core/metadata.js';
import type { MetadataEntry } from '../core/types.js';
import { checkInputSize, decodeUtf8, readInputFile } from './files.js';
import { resolveInside } from './inside.js';
import { posixRelative } from './paths.js';

/** The files generation reads, located and read here so the core works on text. */
export interface Sources {
  readonly composeFile: string;
  readonly composeText: string;
  /** What Compose interpolates the compose file with: the environment, then its `.env` file. */
  readonly variables: ReadonlyMap<string, string>;
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
  /**
   * What the published files must lie in, links followed: the workspace, or the CLI's repository
   * (its current directory outside one); `boundary` says it in messages.
   */
  readonly workspace: string;
  readonly boundary: string;
  /** Given compose file, or undefined to search the defaults. */
  readonly composeFile?: string;
  /** Inline JSON or a path; empty for none. */
  readonly metadata: string;
  readonly template?: string;
  readonly names: SourceNames;
  /** The environment Compose would interpolate with; this process's by default. */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

/**
 * The environment a `docker compose` step of the workflow would see: this process's, less what
 * the runner gives a JavaScript action alone (its inputs, the token input among them, and the
 * runtime's tokens), which no compose file may read into a pinned image.
 */
export function composeEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) =>
        !name.startsWith('INPUT_') &&
        !/^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST|RESULTS|CACHE)_/.test(name),
    ),
  );
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** How to record one file when Compose, given none, would read several. */
function oneFileHint(found: string): string {
  return `to record ${found} by itself, as "docker compose -f ${found} up" runs it, give it as compose-file (--compose ${found}); to record what Compose runs from them all, write one file with "docker compose config --no-interpolate > compose.release.yml" and give that`;
}

/**
 * The compose file to read: the one given, else the first default name that exists. Found by
 * default, it must be all that Compose would read there: an override file beside it, which
 * `docker compose up` merges over it, is refused (and so is COMPOSE_FILE: `loadSources`).
 */
async function locateCompose(
  root: string,
  given: string | undefined,
  input: string,
): Promise<string> {
  if (given !== undefined && given !== '') return given;
  let found: string | undefined;
  for (const name of defaultComposeFiles) {
    if (await exists(join(root, name))) {
      found = name;
      break;
    }
  }
  if (found === undefined) {
    throw new InputError(
      input,
      `no compose file found in ${root} (looked for ${defaultComposeFiles.join(', ')})`,
    );
  }
  for (const override of overrideComposeFiles) {
    if (await isFile(join(root, override))) {
      throw new InputError(
        input,
        `${override} lies beside ${found}, and Docker Compose merges it over ${found} when it is given no file ("docker compose up"), so recording ${found} alone would not be what Compose runs here; ${oneFileHint(found)}`,
      );
    }
  }
  return found;
}

/**
 * The variables Compose interpolates `composePath` with: `environment`, then the `.env` file in
 * the compose file's directory when there is one (read here, parsed in the core).
 */
async function loadVariables(
  options: SourceOptions,
  composePath: string,
  environment: Readonly<Record<string, string | undefined>>,
  input: string,
): Promise<ReadonlyMap<string, string>> {
  const path = join(dirname(composePath), DOTENV_FILE);
  if (!(await isFile(path))) return composeVariables(environment);
  const file = posixRelative(options.root, path) || DOTENV_FILE;
  // Its values become the recorded image names: held to the rule of the published files.
  const real = resolveInside(options.workspace, options.root, file, input, options.boundary);
  const text = decodeUtf8(await readInputFile(real, input), input, file);
  try {
    return composeVariables(environment, { text, file });
  } catch (error) {
    if (error instanceof DotenvError) {
      throw new InputError(input, `${file} (the variables of the compose file) ${error.message}`);
    }
    throw error;
  }
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
  const environment = options.environment ?? composeEnvironment(process.env);
  const given = options.composeFile !== undefined && options.composeFile !== '';
  const composeFile = await locateCompose(root, options.composeFile, names.compose);
  const composePath = resolve(root, composeFile);
  const composeReal = resolveInside(
    options.workspace,
    root,
    composeFile,
    names.compose,
    options.boundary,
  );
  const composeText = decodeUtf8(
    await readInputFile(composeReal, names.compose),
    names.compose,
    composeFile,
  );
  // The .env Compose reads is the one beside the file as named (docker compose -f uses its
  // directory, not the link's target's).
  const variables = await loadVariables(options, composePath, environment, names.compose);
  if (!given && variables.get('COMPOSE_FILE')) {
    const where = environment['COMPOSE_FILE'] ? 'in the environment' : `in ${DOTENV_FILE}`;
    throw new InputError(
      names.compose,
      `COMPOSE_FILE is set ${where}, and Docker Compose reads the files it names instead of ${composeFile} when it is given none; ${oneFileHint(composeFile)}`,
    );
  }
  const metadata = await loadMetadata(options.metadata, root, names.metadata);
  let template: Record<string, unknown> | undefined;
  if (options.template !== undefined && options.template !== '') {
    const real = resolveInside(
      options.workspace,
      root,
      options.template,
      names.template,
      options.boundary,
    );
    const bytes = await readInputFile(real, names.template);
    const text = decodeUtf8(bytes, names.template, options.template);
    template = parseAppComposeTemplate(text, names.template, options.template);
  }
  return { composeFile, composeText, variables, metadata, ...(template && { template }) };
}
