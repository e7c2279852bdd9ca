import type { RequestLimits } from '../core/time-limits.js';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { attestSettings, ACTION_NAMES, type AttestSettings } from '../attest/settings.js';
import { errorMessage, InputError } from '../core/errors.js';
import { booleanInput, input, optional } from '../workspace/action-inputs.js';
import { existingInside } from '../workspace/inside.js';
import { timeLimits } from '../workspace/time-limits.js';

/** Every input of attest/action.yml, read once, validated and typed; nothing after this reads inputs. */
export interface AttestActionSettings {
  /** The workspace's real path. */
  readonly workspace: string;
  /** The run, its files resolved to their real paths inside the workspace. */
  readonly attest: AttestSettings;
  /** The releases directory as the input names it, for messages. */
  readonly releasesDir: string;
  /** Where the report is written. */
  readonly runnerTemp: string;
  /** Each request's time limit and retries. */
  readonly limits: RequestLimits;
}

function workspaceOf(env: NodeJS.ProcessEnv): string {
  const given = env['GITHUB_WORKSPACE'] || process.cwd();
  try {
    return realpathSync(given);
  } catch (error) {
    throw new InputError('GITHUB_WORKSPACE', `cannot read ${given}: ${errorMessage(error)}`);
  }
}

export function getAttestActionSettings(
  env: NodeJS.ProcessEnv = process.env,
  nowSeconds = Math.floor(Date.now() / 1000),
): AttestActionSettings {
  const workspace = workspaceOf(env);
  const file = optional('file');
  if (file === '-') {
    throw new InputError(
      'file',
      'must name a file in the workspace ("-", standard input, is the CLI’s)',
    );
  }
  const releasesDir = input('releases-dir', 'releases');
  const settings = attestSettings(
    {
      file,
      url: optional('url'),
      collateral: optional('collateral'),
      pccs: optional('pccs-url'),
      at: optional('at'),
      allowTcb: optional('allow-tcb'),
      osMeasurements: optional('os-measurements'),
      reportData: optional('report-data'),
      allowUnsigned: booleanInput('allow-unsigned', false),
      releasesDir,
    },
    ACTION_NAMES,
    workspace,
    nowSeconds,
  );
  // Every file is the checked-out repository's: followed through symlinks, it must stay inside.
  const real = (name: string, input: string): string => existingInside(workspace, name, input);
  const inside = <T extends { path: string; name: string }>(given: T | null, input: string) =>
    given === null ? null : { ...given, path: real(given.name, input) };
  const { document } = settings;
  return {
    workspace,
    attest: {
      ...settings,
      document:
        document.kind === 'file'
          ? { ...document, path: real(document.name, ACTION_NAMES.file) }
          : document,
      collateralFile: inside(settings.collateralFile, ACTION_NAMES.collateral),
      osMeasurementsFile: inside(settings.osMeasurementsFile, ACTION_NAMES.osMeasurements),
      releasesDir: real(releasesDir, ACTION_NAMES.releasesDir),
    },
    releasesDir,
    runnerTemp: env['RUNNER_TEMP'] || tmpdir(),
    limits: timeLimits(env).attest,
  };
}
