import type { GenerateRequest } from '../core/generate.js';
import type { ImageSpec } from '../core/image-plan.js';
import type { ReleaseRecord } from '../core/types.js';
import type { ReleaseVersion } from '../core/version.js';
import { repositoryName } from './local-git.js';
import { loadSources, type SourceNames } from './sources.js';

/**
 * One release to generate, as the action's inputs or the CLI's arguments give it. Both turn it
 * into a generation request through `prepareRelease`, so they record the same bytes.
 */
export interface ReleaseInputs {
  /** Relative input paths resolve against it: the workspace, or the CLI's working directory. */
  readonly cwd: string;
  /** The project's directory: its name is the app name of last resort. */
  readonly projectDir: string;
  /** What errors call each input: action input names or CLI flags. */
  readonly names: SourceNames;
  readonly version: ReleaseVersion;
  readonly specs: readonly ImageSpec[];
  /** Undefined: search the default compose file names. */
  readonly composeFile?: string;
  /** Inline JSON or a path; empty for none. */
  readonly metadata: string;
  readonly template?: string;
  readonly appName?: string;
  readonly pinAll: boolean;
  /** Repository-relative, `/`-separated. */
  readonly releasesDir: string;
  /** `owner/name`, when known. */
  readonly repository: string | null;
  readonly git: ReleaseRecord['git'];
  readonly workflow: ReleaseRecord['workflow'];
  /** `SOURCE_DATE_EPOCH` (seconds), for reproducible `created_at`; else now. */
  readonly sourceDateEpoch?: string;
}

/** `created_at`: `SOURCE_DATE_EPOCH` when it is a whole number of seconds, else now. */
function creationTime(sourceDateEpoch: string | undefined, now = new Date()): Date {
  return sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)
    ? new Date(Number(sourceDateEpoch) * 1000)
    : now;
}

/** Reads the input files and builds the request the pure generator takes. */
export async function prepareRelease(inputs: ReleaseInputs): Promise<GenerateRequest> {
  const sources = await loadSources({
    root: inputs.cwd,
    composeFile: inputs.composeFile,
    metadata: inputs.metadata,
    template: inputs.template,
    names: inputs.names,
  });
  return {
    version: inputs.version,
    composeText: sources.composeText,
    composeFile: sources.composeFile,
    variables: sources.variables,
    specs: inputs.specs,
    metadata: sources.metadata,
    ...(sources.template && { template: sources.template }),
    ...(inputs.appName !== undefined && { appName: inputs.appName }),
    defaultAppName: repositoryName(inputs.repository, inputs.projectDir),
    pinAll: inputs.pinAll,
    releasesDir: inputs.releasesDir,
    createdAt: creationTime(inputs.sourceDateEpoch),
    repository: inputs.repository,
    git: inputs.git,
    workflow: inputs.workflow,
  };
}
