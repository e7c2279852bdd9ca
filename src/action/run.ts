import * as core from '@actions/core';
import { resolve } from 'node:path';
import { uploadArtifact } from './artifact.js';
import { CheckError, errorMessage } from '../core/errors.js';
import { generateRelease, type GeneratedFile } from '../core/generate.js';
import { createGitHub, type GitHub, type RepoRef } from '../github/client.js';
import { commitFiles, getDefaultBranch, readBranchFiles } from '../github/commit.js';
import {
  checkAssets,
  ensureRelease,
  findRelease,
  publishRelease,
  readAssets,
  updateReleaseNotes,
  uploadAssets,
  type AssetFile,
  type Release,
} from '../github/release.js';
import { writeReleaseFiles } from '../store/write.js';
import { prepareRelease } from '../workspace/prepare.js';
import { jobSummary, releaseNotesSection } from '../core/release-notes.js';
import { parseRecord, sameRelease } from '../core/release-record.js';
import { fileProblems } from '../store/releases.js';
import { releasesReadme } from '../core/releases-dir.js';
import { createRegistryResolver } from '../registry/resolver.js';
import { getSettings, type ActionSettings } from './settings.js';
import type { ReleaseRecord } from '../core/types.js';

/** What is recorded: generated now, or the branch's identical record from an earlier run. */
interface Recorded {
  readonly record: ReleaseRecord;
  /** release-info, app-compose, docker-compose. */
  readonly files: readonly GeneratedFile[];
  /** The branch already held this release: its bytes are reused and nothing is committed. */
  readonly reused: boolean;
}

/** A git commit id: SHA-1, or SHA-256 in repositories that use it. */
const COMMIT_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

async function generate(settings: ActionSettings): Promise<Recorded> {
  const { github, release } = settings;
  const request = await prepareRelease({
    cwd: settings.workspace,
    projectDir: settings.workspace,
    names: { compose: 'compose-file', metadata: 'metadata', template: 'app-compose-template' },
    version: release,
    specs: settings.specs,
    ...(settings.composeFile !== undefined && { composeFile: settings.composeFile }),
    metadata: settings.metadata,
    ...(settings.appComposeTemplate !== undefined && { template: settings.appComposeTemplate }),
    ...(settings.appName !== undefined && { appName: settings.appName }),
    pinAll: settings.pinAllImages,
    releasesDir: settings.releasesDir,
    repository: github.owner ? `${github.owner}/${github.repo}` : null,
    git: COMMIT_SHA.test(github.sha)
      ? { commit: github.sha, ref: github.ref || `refs/tags/${release.tag}` }
      : null,
    workflow: github.runId
      ? {
          run_id: github.runId,
          run_attempt: github.runAttempt || '1',
          url: `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${github.runId}`,
        }
      : null,
  });
  const generated = await generateRelease(
    request,
    await createRegistryResolver(
      (message) => core.debug(message),
      (message) => core.warning(message),
      (secret) => core.setSecret(secret),
    ),
  );
  for (const warning of generated.warnings) core.warning(warning);
  return { record: generated.record, files: generated.files, reused: false };
}

/**
 * The branch (or, when nothing is committed, the release) may already hold a record for this tag.
 * The same release (compose hash and image digests, files intact) is a re-run: its stored bytes
 * win. A different one needs `overwrite`. `stored` is keyed by the files' repository paths.
 */
function reconcile(
  settings: ActionSettings,
  branch: string,
  generated: Recorded,
  stored: ReadonlyMap<string, Buffer | null>,
): Recorded {
  const [info, app, compose] = generated.files;
  const storedInfo = info && stored.get(info.path);
  if (!info || !app || !compose || !storedInfo) return generated;
  let previous: ReleaseRecord | undefined;
  try {
    previous = parseRecord(storedInfo.toString('utf8'), `${branch}:${info.path}`);
  } catch (error) {
    core.warning(`the record on ${branch} is unreadable: ${errorMessage(error)}`);
  }
  const storedApp = stored.get(app.path) ?? null;
  const storedCompose = stored.get(compose.path) ?? null;
  if (
    previous &&
    storedApp &&
    storedCompose &&
    fileProblems(
      previous,
      { path: app.path, bytes: storedApp },
      { path: compose.path, bytes: storedCompose },
    ).length === 0 &&
    sameRelease(previous, generated.record)
  ) {
    core.info(
      `${branch} already records ${settings.release.tag} with the same digests: reusing it`,
    );
    return {
      record: previous,
      files: [
        { ...info, content: storedInfo },
        { ...app, content: storedApp },
        { ...compose, content: storedCompose },
      ],
      reused: true,
    };
  }
  if (!settings.overwrite) {
    const what = previous
      ? `compose hash ${previous.compose_hash}; this run's is ${generated.record.compose_hash}`
      : 'its files are unreadable or do not match their recorded hashes';
    throw new CheckError(
      `${branch} already records a different ${settings.release.tag} (${what}); set overwrite: true to replace it`,
    );
  }
  core.warning(
    `replacing the different record of ${settings.release.tag} on ${branch} (overwrite)`,
  );
  return generated;
}

const assetFiles = (files: readonly GeneratedFile[]): AssetFile[] =>
  files.map((f) => ({
    name: f.name,
    content: f.content,
    contentType: f.name.endsWith('.json') ? 'application/json' : 'application/yaml',
  }));

interface RemoteResult {
  commitSha: string;
  branch: string;
  release?: Release;
  notes: string[];
}

/** Check everything remote first, then commit, then the release (README: Re-runs and safety). */
async function recordRemotely(
  settings: ActionSettings,
  gh: GitHub,
  generated: Recorded,
): Promise<{ recorded: Recorded; finish: () => Promise<RemoteResult> }> {
  const { github, release } = settings;
  const repo: RepoRef = { owner: github.owner, repo: github.repo };
  const paths = generated.files.map((f) => f.path);
  const readmePath = `${settings.releasesDir}/README.md`;
  const withRelease = settings.createRelease || settings.uploadAssets;

  // Check: what the branch and the release hold, read in parallel before anything changes.
  const [branch, found] = await Promise.all([
    settings.commit
      ? (async () => {
          const name = settings.commitBranch || (await getDefaultBranch(gh, repo));
          // The README's presence is read now too, so the commit needs no second look.
          return { name, state: await readBranchFiles(gh, repo, name, [...paths, readmePath]) };
        })()
      : undefined,
    withRelease ? findRelease(gh, repo, release.tag) : null,
  ]);
  let recorded = generated;
  if (branch) recorded = reconcile(settings, branch.name, generated, branch.state.files);
  else if (found && settings.uploadAssets) {
    // Nothing is committed: the release's own assets are the record a re-run must match.
    const assets = await readAssets(
      gh,
      repo,
      found,
      generated.files.map((f) => f.name),
    );
    const byPath = new Map(generated.files.map((f) => [f.path, assets.get(f.name) ?? null]));
    recorded = reconcile(settings, `release ${release.tag}`, generated, byPath);
  }
  if (found && settings.uploadAssets) {
    await checkAssets(gh, repo, found, assetFiles(recorded.files), {
      overwrite: settings.overwrite,
    });
  }

  const finish = async (): Promise<RemoteResult> => {
    const result: RemoteResult = { commitSha: '', branch: branch?.name ?? '', notes: [] };
    if (branch && !recorded.reused) {
      const commit = await commitFiles(gh, repo, {
        branch: branch.name,
        message: settings.commitMessage,
        files: recorded.files.map((f) => ({ path: f.path, content: f.content })),
        head: branch.state,
        onMoved: (files) => {
          // The branch moved under us: someone else may have recorded this tag meanwhile.
          const [info] = recorded.files;
          const theirs = info && files.get(info.path);
          if (theirs && !theirs.equals(info.content) && !settings.overwrite) {
            throw new CheckError(
              `${branch.name} moved while committing and now records a different ${release.tag} (a concurrent run?); set overwrite: true to replace it`,
            );
          }
        },
        createOnly: [
          {
            path: readmePath,
            content: Buffer.from(releasesReadme(settings.releasesDir)),
          },
        ],
      });
      result.commitSha = commit.sha ?? '';
      core.info(
        commit.sha
          ? `committed ${commit.sha} to ${branch.name}`
          : `${branch.name} already holds these files`,
      );
    }
    if (!withRelease) return result;
    const section = releaseNotesSection(recorded.record);
    let target = found;
    let created = false;
    if (!target && settings.createRelease) {
      ({ release: target, created } = await ensureRelease(gh, repo, {
        tag: release.tag,
        create: true,
        existing: null,
        name: release.tag,
        body: section,
        prerelease: release.prerelease,
        ...(COMMIT_SHA.test(github.sha) && { targetCommitish: github.sha }),
      }));
    }
    if (!target) {
      result.notes.push(
        `no release exists for ${release.tag} and create-release is false: nothing attached`,
      );
      return result;
    }
    if (settings.uploadAssets) {
      const uploaded = await uploadAssets(gh, repo, target, assetFiles(recorded.files), {
        overwrite: settings.overwrite,
      });
      for (const a of uploaded) core.info(`asset ${a.name}: ${a.action}`);
    }
    if (!created) target = (await updateReleaseNotes(gh, repo, target, section)).release;
    // Published only now, after the uploads, so a repository with immutable releases works.
    if (created) target = await publishRelease(gh, repo, target);
    result.release = target;
    return result;
  };
  return { recorded, finish };
}

function setOutputs(
  record: ReleaseRecord,
  files: readonly GeneratedFile[],
  remote: RemoteResult,
): void {
  const [info, app, compose] = files;
  core.setOutput('version', record.version);
  core.setOutput('tag', record.tag);
  core.setOutput('release-info', info?.path ?? '');
  core.setOutput('app-compose', app?.path ?? '');
  core.setOutput('docker-compose', compose?.path ?? '');
  core.setOutput('compose-hash', record.compose_hash);
  core.setOutput(
    'images',
    JSON.stringify(
      record.images.map(({ service, repository, tag, digest, reference }) => ({
        service,
        repository,
        tag,
        digest,
        reference,
      })),
    ),
  );
  core.setOutput('commit-sha', remote.commitSha);
  core.setOutput('release-id', remote.release ? String(remote.release.id) : '');
  core.setOutput('release-url', remote.release?.html_url ?? '');
}

async function record(settings: ActionSettings): Promise<void> {
  const { github, release } = settings;
  let recorded = await generate(settings);

  const remoteSteps =
    !settings.dryRun && (settings.commit || settings.uploadAssets || settings.createRelease);
  let finish: (() => Promise<RemoteResult>) | undefined;
  if (remoteSteps) {
    // Writes are few (about eight); GitHub's secondary limits are still handled by the plugin.
    const gh = createGitHub(settings.token, { baseUrl: github.apiUrl, paceWrites: false });
    ({ recorded, finish } = await recordRemotely(settings, gh, recorded));
  }

  const dir = resolve(settings.workspace, settings.releasesDir);
  const written = await writeReleaseFiles(dir, recorded.files);
  const remote: RemoteResult = finish ? await finish() : { commitSha: '', branch: '', notes: [] };
  if (settings.dryRun) remote.notes.push('dry run: nothing was committed, uploaded or published');

  const notices = [...remote.notes];
  if (settings.uploadArtifact && !settings.dryRun) {
    const artifact = await uploadArtifact(`release-${release.tag}`, written, dir);
    if (!artifact.uploaded) {
      const note = `artifact release-${release.tag} not uploaded: ${artifact.reason ?? 'unknown reason'}`;
      remote.notes.push(note);
      // No service is a fact of the runner; a service that failed deserves a warning. The files
      // are in the commit and on the release either way.
      if (artifact.available) core.warning(note);
      else notices.push(note);
    }
  }
  for (const note of notices) core.notice(note);

  setOutputs(recorded.record, recorded.files, remote);
  core.info(`compose hash ${recorded.record.compose_hash}`);
  if (process.env['GITHUB_STEP_SUMMARY']) {
    const base = `${github.serverUrl}/${github.owner}/${github.repo}`;
    const notes = recorded.reused
      ? [`${remote.branch} already recorded this release: reused`, ...remote.notes]
      : remote.notes;
    await core.summary
      .addRaw(
        jobSummary(
          recorded.record,
          {
            ...(remote.release && { releaseUrl: remote.release.html_url }),
            ...(remote.commitSha && { commitUrl: `${base}/commit/${remote.commitSha}` }),
          },
          notes,
        ),
      )
      .write();
  }
}

/** The action's one failure point: every error ends here as a single `setFailed`. */
export async function run(): Promise<void> {
  try {
    await record(getSettings());
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
