import { InputError } from '../core/errors.js';
import type { GenerateRequest, ReleaseRequest } from '../core/generate.js';
import { repositoryName } from './local-git.js';
import { loadSources, type SourceOptions } from './sources.js';

/**
 * One release to generate, as the action's settings or the CLI's flags give it: what to record,
 * and where its input files are. Both front ends build it once and hand it to `prepareRelease`,
 * so they record the same bytes.
 */
export interface GenerationSettings {
  readonly release: ReleaseRequest;
  /** Where the compose file, metadata and template are read; errors name them by `release.names`. */
  readonly sources: Omit<SourceOptions, 'names'>;
  /** The project's directory: its name is the app name of last resort. */
  readonly projectDir: string;
}

/**
 * `created_at`: `SOURCE_DATE_EPOCH` (whole seconds since 1970, reproducible-builds.org) when it
 * is set, else now. A value that is set but no such number is refused, as that specification asks.
 */
export function creationTime(env: NodeJS.ProcessEnv, now = new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return now;
  const seconds = /^\d{1,12}$/.test(epoch) ? Number(epoch) : NaN;
  if (!Number.isSafeInteger(seconds) || seconds * 1000 > 8.64e15) {
    throw new InputError('SOURCE_DATE_EPOCH', `"${epoch}" is not a number of seconds since 1970`);
  }
  return new Date(seconds * 1000);
}

/** Reads the input files and builds the request the pure generator takes. */
export async function prepareRelease(settings: GenerationSettings): Promise<GenerateRequest> {
  const { release } = settings;
  const sources = await loadSources({ ...settings.sources, names: release.names });
  return {
    ...release,
    ...sources,
    defaultAppName: repositoryName(release.repository, settings.projectDir),
  };
}
