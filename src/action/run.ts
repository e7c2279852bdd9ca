import * as core from '@actions/core';
import { resolve } from 'node:path';
import { uploadArtifact } from './artifact.js';
import { errorMessage } from '../core/errors.js';
import { generateRelease } from '../core/generate.js';
import { DRY_RUN_NOTE, type Generated, type RemoteSettings } from '../core/remote-plan.js';
import { createGitHub } from '../github/client.js';
import { writeReleaseFiles } from '../store/write.js';
import { prepareRelease } from '../workspace/prepare.js';
import { jobSummary } from '../core/release-notes.js';
import { createRegistryResolver } from '../registry/resolver.js';
import { recordRemotely, type RemoteResult } from './remote.js';
import { getSettings, type ActionSettings } from './settings.js';

/** A git commit id: SHA-1, or SHA-256 in repositories that use it. */
const COMMIT_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

async function generate(settings: ActionSettings): Promise<Generated> {
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
      settings.limits,
    ),
  );
  for (const warning of generated.warnings) core.warning(warning);
  return { record: generated.record, files: generated.files };
}

function setOutputs(generated: Generated, remote: RemoteResult | null): void {
  const { record, files } = generated;
  const [info, app, compose] = files;
  core.setOutput('version', record.version);
  core.setOutput('tag', record.tag);
  core.setOutput('release-info', info.path);
  core.setOutput('app-compose', app.path);
  core.setOutput('docker-compose', compose.path);
  core.setOutput('compose-hash', record.compose_hash);
  core.setOutput(
    'images',
    JSON.stringify(
      record.images.map(({ service, repository, tag, digest, reference, source }) => ({
        service,
        repository,
        tag,
        digest,
        reference,
        source,
      })),
    ),
  );
  core.setOutput('commit-sha', remote?.commitSha ?? '');
  core.setOutput('release-id', remote?.release ? String(remote.release.id) : '');
  core.setOutput('release-url', remote?.release?.html_url ?? '');
}

function remoteSettings(settings: ActionSettings): RemoteSettings {
  return {
    tag: settings.release.tag,
    version: settings.release.version,
    prerelease: settings.release.prerelease,
    commit: settings.commit,
    uploadAssets: settings.uploadAssets,
    createRelease: settings.createRelease,
    overwrite: settings.overwrite,
    dryRun: settings.dryRun,
    makeLatest: settings.makeLatest,
    releasesDir: settings.releasesDir,
  };
}

async function record(settings: ActionSettings): Promise<void> {
  const { github, release } = settings;
  const generated = await generate(settings);

  let remote: RemoteResult | null = null;
  const remoteSteps =
    !settings.dryRun && (settings.commit || settings.uploadAssets || settings.createRelease);
  if (remoteSteps) {
    // Writes are few (about eight); GitHub's secondary limits are still handled by the plugin.
    const gh = createGitHub(settings.token, {
      baseUrl: github.apiUrl,
      paceWrites: false,
      retries: settings.limits.github.retries,
      retryAfterBaseValue: settings.limits.github.retryBaseMs,
      timeoutMs: settings.limits.github.timeoutMs,
    });
    remote = await recordRemotely({
      gh,
      repo: { owner: github.owner, repo: github.repo },
      settings: remoteSettings(settings),
      generated,
      branch: settings.commitBranch,
      defaultBranch: github.defaultBranch,
      commitMessage: settings.commitMessage,
      ...(COMMIT_SHA.test(github.sha) && { targetCommitish: github.sha }),
      backoff: settings.limits.branchMoved,
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
    });
  }
  // What is recorded: this run's bytes, or those of the same release stored before (reused).
  const recorded: Generated = remote ? remote.plan : generated;

  const dir = resolve(settings.workspace, settings.releasesDir);
  const written = await writeReleaseFiles(dir, recorded.files);
  const notes = [...(remote?.notes ?? [])];
  if (settings.dryRun) notes.push(DRY_RUN_NOTE);

  const notices = [...notes];
  if (settings.uploadArtifact && !settings.dryRun) {
    const artifact = await uploadArtifact(`release-${release.tag}`, written, dir);
    if (!artifact.uploaded) {
      const note = `artifact release-${release.tag} not uploaded: ${artifact.reason ?? 'unknown reason'}`;
      notes.push(note);
      // No service is a fact of the runner; a service that failed deserves a warning. The files
      // are in the commit and on the release either way.
      if (artifact.available) core.warning(note);
      else notices.push(note);
    }
  }
  for (const note of notices) core.notice(note);

  setOutputs(recorded, remote);
  core.info(`compose hash ${recorded.record.compose_hash}`);
  if (process.env['GITHUB_STEP_SUMMARY']) {
    const base = `${github.serverUrl}/${github.owner}/${github.repo}`;
    const summaryNotes = remote?.reusedFrom
      ? [`${remote.reusedFrom} already recorded this release: reused`, ...notes]
      : notes;
    await core.summary
      .addRaw(
        jobSummary(
          recorded.record,
          {
            ...(remote?.release && { releaseUrl: remote.release.html_url }),
            ...(remote?.commitSha && { commitUrl: `${base}/commit/${remote.commitSha}` }),
          },
          summaryNotes,
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
