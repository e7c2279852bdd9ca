import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { booleanInput, input, optional } from '../workspace/action-inputs.js';
import { parseImageSpecs } from '../core/image-plan.js';
import { ACTION_NAMES } from '../core/input-names.js';
import type { MakeLatest } from '../core/remote-plan.js';
import { isRecord } from '../core/values.js';
import { parseTag } from '../core/version.js';
import type { RepoRef } from '../github/client.js';
import { resolveInside } from '../workspace/inside.js';
import { isInside, posixRelative } from '../workspace/paths.js';
import { creationTime, type GenerationSettings } from '../workspace/prepare.js';
import { timeLimits, type TimeLimits } from '../workspace/time-limits.js';
import type { RemoteRunSettings } from './remote.js';

/**
 * Every input of action.yml, read once, validated and typed, in the shapes their users take:
 * nothing after this reads inputs, and nothing copies them from one shape into another.
 */
export interface ActionSettings {
  readonly workspace: string;
  /** What to record and where its files are, as `prepareRelease` takes it. */
  readonly generation: GenerationSettings;
  /** The remote steps, as the plan and the executor take them. */
  readonly remote: RemoteRunSettings;
  /** `dry-run`: read what GitHub holds and show the plan; change nothing. */
  readonly dryRun: boolean;
  readonly github: GitHubAccess;
  readonly uploadArtifact: boolean;
  readonly limits: TimeLimits;
}

/** How the run reaches GitHub, or why it does not. */
export type GitHubAccess =
  | {
      readonly kind: 'api';
      readonly token: string;
      readonly apiUrl: string;
      readonly repo: RepoRef;
      /** `https://github.com/owner/repo`, for links. */
      readonly webUrl: string;
    }
  /** No remote step is on: commit, upload-assets and create-release are all false. */
  | { readonly kind: 'off' }
  /** A dry run without a token or repository to read GitHub with. */
  | { readonly kind: 'unread'; readonly why: string };

/** What the runner says about the run, from `GITHUB_*`. */
interface GitHubContext {
  readonly owner: string;
  readonly repo: string;
  /** The repository's web address, `GITHUB_SERVER_URL/owner/repo`. */
  readonly webUrl: string;
  readonly apiUrl: string;
  readonly sha: string;
  readonly ref: string;
  readonly runId: string;
  readonly runAttempt: string;
  /** The repository's default branch as the event payload names it; empty when it does not. */
  readonly defaultBranch: string;
}

const DEFAULT_COMMIT_MESSAGE = 'chore(release): record {tag} [skip ci]';

function githubContext(env: NodeJS.ProcessEnv): GitHubContext {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  return {
    owner,
    repo,
    webUrl: `${serverUrl}/${owner}/${repo}`,
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

/** A git commit id: SHA-1, or SHA-256 in repositories that use it. */
const COMMIT_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function githubAccess(
  github: GitHubContext,
  token: string,
  remoteSteps: boolean,
  dryRun: boolean,
): GitHubAccess {
  if (!remoteSteps) return { kind: 'off' };
  // Without a token or a repository a real run cannot go on; a dry run says GitHub was not read.
  const unread = (why: string, error: InputError): GitHubAccess => {
    if (!dryRun) throw error;
    return { kind: 'unread', why };
  };
  if (token === '') {
    return unread(
      'no token was given',
      new InputError('token', 'no token: set `token` or leave its default ${{ github.token }}'),
    );
  }
  if (github.owner === '' || github.repo === '') {
    return unread(
      'GITHUB_REPOSITORY is not set',
      new InputError('GITHUB_REPOSITORY', 'not set: run the action in a GitHub workflow'),
    );
  }
  return {
    kind: 'api',
    token,
    apiUrl: github.apiUrl,
    repo: { owner: github.owner, repo: github.repo },
    webUrl: github.webUrl,
  };
}

export function getSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const github = githubContext(env);
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const names = ACTION_NAMES;

  const refTag = github.ref.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : '';
  const tag = input('tag', refTag);
  if (tag === '') {
    throw new InputError(names.tag, 'no release tag given (push a tag, or set the input)');
  }
  const release = parseTag(tag, names.tag);

  const releasesDirInput = input('releases-dir', 'releases');
  if (!isInside(workspace, releasesDirInput) || posixRelative(workspace, releasesDirInput) === '') {
    throw new InputError(
      names.releasesDir,
      `"${releasesDirInput}" must be a directory inside the workspace`,
    );
  }
  // The record is written there: a link leading out of the workspace is refused.
  resolveInside(workspace, workspace, releasesDirInput, names.releasesDir);
  const releasesDir = posixRelative(workspace, releasesDirInput);
  const composeFile = optional('compose-file');
  const appComposeTemplate = optional('app-compose-template');
  const appName = optional('app-name');
  if (composeFile !== undefined && !isInside(workspace, composeFile)) {
    throw new InputError(names.compose, `"${composeFile}" is outside the workspace`);
  }
  const specs = parseImageSpecs(input('images'), names.images);
  const pinAll = booleanInput('pin-all-images', true);
  const uploadAssets = booleanInput('upload-assets', true);
  const createRelease = booleanInput('create-release', true);
  const commit = booleanInput('commit', true);
  const overwrite = booleanInput('overwrite', false);
  const uploadArtifact = booleanInput('upload-artifact', true);
  const dryRun = booleanInput('dry-run', false);
  const makeLatest = makeLatestInput();
  const commitSha = COMMIT_SHA.test(github.sha) ? github.sha : undefined;

  return {
    workspace,
    generation: {
      release: {
        version: release,
        specs,
        ...(appName !== undefined && { appName }),
        pinAll,
        releasesDir,
        createdAt: creationTime(env),
        repository: github.owner ? `${github.owner}/${github.repo}` : null,
        git: commitSha
          ? { commit: commitSha, ref: github.ref || `refs/tags/${release.tag}` }
          : null,
        workflow: github.runId
          ? {
              run_id: github.runId,
              run_attempt: github.runAttempt || '1',
              url: `${github.webUrl}/actions/runs/${github.runId}`,
            }
          : null,
        names,
      },
      sources: {
        root: workspace,
        workspace,
        boundary: 'the workspace',
        ...(composeFile !== undefined && { composeFile }),
        metadata: input('metadata'),
        ...(appComposeTemplate !== undefined && { template: appComposeTemplate }),
      },
      projectDir: workspace,
    },
    remote: {
      ...release,
      releasesDir,
      commit,
      uploadAssets,
      createRelease,
      overwrite,
      makeLatest,
      branch: input('commit-branch'),
      defaultBranch: github.defaultBranch,
      commitMessage: input('commit-message', DEFAULT_COMMIT_MESSAGE)
        .replaceAll('{tag}', release.tag)
        .replaceAll('{version}', release.version),
      ...(commitSha !== undefined && { targetCommitish: commitSha }),
    },
    dryRun,
    github: githubAccess(github, input('token'), commit || uploadAssets || createRelease, dryRun),
    uploadArtifact,
    limits: timeLimits(env),
  };
}
