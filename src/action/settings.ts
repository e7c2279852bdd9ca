import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { parseImageSpecs, type ImageSpec } from '../core/image-plan.js';
import { isInside, posixRelative } from '../workspace/paths.js';
import { timeLimits, type TimeLimits } from '../workspace/time-limits.js';
import { parseTag, type ReleaseVersion } from '../core/version.js';
import type { MakeLatest } from '../core/remote-plan.js';
import { isRecord } from '../core/values.js';

/** Every input of action.yml, read once, validated and typed; nothing after this reads inputs. */
export interface ActionSettings {
  readonly workspace: string;
  readonly release: ReleaseVersion;
  readonly specs: readonly ImageSpec[];
  /** Raw `metadata` input: JSON or a workspace-relative path; empty for none. */
  readonly metadata: string;
  readonly composeFile?: string;
  readonly appComposeTemplate?: string;
  readonly appName?: string;
  /** Workspace-relative, `/`-separated. */
  readonly releasesDir: string;
  readonly pinAllImages: boolean;
  readonly uploadAssets: boolean;
  readonly createRelease: boolean;
  readonly commit: boolean;
  /** Empty: the repository's default branch. */
  readonly commitBranch: string;
  /** With `{tag}` and `{version}` already replaced. */
  readonly commitMessage: string;
  readonly uploadArtifact: boolean;
  readonly overwrite: boolean;
  readonly dryRun: boolean;
  readonly makeLatest: MakeLatest;
  readonly token: string;
  readonly github: GitHubContext;
  readonly limits: TimeLimits;
}

/** What the runner says about the run, from `GITHUB_*`. */
export interface GitHubContext {
  readonly owner: string;
  readonly repo: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly sha: string;
  readonly ref: string;
  readonly runId: string;
  readonly runAttempt: string;
  /** The repository's default branch as the event payload names it; empty when it does not. */
  readonly defaultBranch: string;
}

const DEFAULT_COMMIT_MESSAGE = 'chore(release): record {tag} [skip ci]';

// The runner fills action.yml defaults, but `node dist/index.js` run by hand or by a test may not:
// the same defaults apply here so both behave alike.
function input(name: string, fallback = ''): string {
  const value = core.getInput(name);
  return value === '' ? fallback : value;
}

/** YAML 1.2 core-schema booleans, as @actions/core accepts them, with an error naming the input. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = input(name, String(fallback));
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `"${value}" is not a boolean (true or false)`);
}

function optional(name: string): string | undefined {
  const value = input(name);
  return value === '' ? undefined : value;
}

function githubContext(env: NodeJS.ProcessEnv): GitHubContext {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  return {
    owner,
    repo,
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId: env['GITHUB_RUN_ID'] ?? '',
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '',
    defaultBranch: eventDefaultBranch(env['GITHUB_EVENT_PATH']),
  };
}

/**
 * `repository.default_branch` of the webhook payload the runner saved, which saves asking the API.
 * A payload that cannot be read only costs that request.
 */
function eventDefaultBranch(path: string | undefined): string {
  if (!path) return '';
  try {
    const event: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const repository = isRecord(event) ? event['repository'] : undefined;
    const branch = isRecord(repository) ? repository['default_branch'] : undefined;
    return typeof branch === 'string' ? branch : '';
  } catch {
    return '';
  }
}

const MAKE_LATEST: readonly MakeLatest[] = ['auto', 'true', 'false'];

function makeLatestInput(): MakeLatest {
  const value = input('make-latest', 'auto');
  const found = MAKE_LATEST.find((m) => m === value.toLowerCase());
  if (!found) {
    throw new InputError('make-latest', `"${value}" is not one of auto, true or false`);
  }
  return found;
}

export function getSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const github = githubContext(env);
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();

  const refTag = github.ref.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : '';
  const release = parseTag(input('tag', refTag), 'tag');

  const releasesDirInput = input('releases-dir', 'releases');
  if (!isInside(workspace, releasesDirInput) || posixRelative(workspace, releasesDirInput) === '') {
    throw new InputError(
      'releases-dir',
      `"${releasesDirInput}" must be a directory inside the workspace`,
    );
  }
  const composeFile = optional('compose-file');
  const appComposeTemplate = optional('app-compose-template');
  const appName = optional('app-name');
  if (composeFile !== undefined && !isInside(workspace, composeFile)) {
    throw new InputError('compose-file', `"${composeFile}" is outside the workspace`);
  }

  const settings: ActionSettings = {
    workspace,
    release,
    specs: parseImageSpecs(input('images'), 'images'),
    metadata: input('metadata'),
    ...(composeFile !== undefined && { composeFile }),
    ...(appComposeTemplate !== undefined && { appComposeTemplate }),
    ...(appName !== undefined && { appName }),
    releasesDir: posixRelative(workspace, releasesDirInput),
    pinAllImages: booleanInput('pin-all-images', true),
    uploadAssets: booleanInput('upload-assets', true),
    createRelease: booleanInput('create-release', true),
    commit: booleanInput('commit', true),
    commitBranch: input('commit-branch'),
    commitMessage: input('commit-message', DEFAULT_COMMIT_MESSAGE)
      .replaceAll('{tag}', release.tag)
      .replaceAll('{version}', release.version),
    uploadArtifact: booleanInput('upload-artifact', true),
    overwrite: booleanInput('overwrite', false),
    dryRun: booleanInput('dry-run', false),
    makeLatest: makeLatestInput(),
    token: input('token'),
    github,
    limits: timeLimits(env),
  };
  const remote = settings.commit || settings.uploadAssets || settings.createRelease;
  if (!settings.dryRun && remote) {
    if (settings.token === '') {
      throw new InputError(
        'token',
        'no token: set `token` or leave its default ${{ github.token }}',
      );
    }
    if (github.owner === '' || github.repo === '') {
      throw new InputError('GITHUB_REPOSITORY', 'not set: run the action in a GitHub workflow');
    }
  }
  return settings;
}
