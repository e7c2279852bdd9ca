import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { uploadArtifact } from './artifact.js';
import { CheckError, errorMessage } from './errors.js';
import { generateRelease, sha256Hex, type GeneratedFile } from './generate.js';
import { createGitHub, type GitHub, type RepoRef } from './github.js';
import { commitFiles, getDefaultBranch, readBranchFiles } from './github-commit.js';
import {
  findRelease,
  publishRelease,
  updateReleaseNotes,
  uploadAssets,
  ensureRelease,
} from './github-release.js';
import { repositoryName } from './local-git.js';
import { loadSources, writeReleaseFiles } from './release-files.js';
import { jobSummary, releaseNotesSection } from './release-notes.js';
import { parseRecord, sameRelease } from './release-record.js';
import { releasesReadme } from './releases-readme.js';
import { createRegistryResolver } from './resolver.js';
import { getSettings, type ActionSettings } from './settings.js';
import type { ReleaseRecord } from './types.js';

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  yml: 'application/yaml',
};

interface Recorded {
  readonly record: ReleaseRecord;
  readonly files: readonly GeneratedFile[];
  /** The branch already held this release: its bytes are reused and nothing is committed. */
  readonly reused: boolean;
}

/**
 * The branch may already hold a record for this tag. The same release (compose hash and image
 * digests) is a re-run: its stored bytes win. A different one needs `overwrite`.
 */
function reconcile(
  settings: ActionSettings,
  branch: string,
  generated: Recorded,
  stored: Map<string, Buffer | null>,
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
  const storedApp = stored.get(app.path);
  const storedCompose = stored.get(compose.path);
  const intact =
    previous !== undefined &&
    storedApp != null &&
    storedCompose != null &&
    sha256Hex(storedApp) === previous.compose_hash &&
    sha256Hex(storedCompose) === previous.files.docker_compose.sha256;
  if (previous && intact && sameRelease(previous, generated.record)) {
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
      ? `compose hash ${previous.compose_hash}, this run ${generated.record.compose_hash}`
      : 'its files are incomplete or do not match their recorded hashes';
    throw new CheckError(
      `${branch} already records a different ${settings.release.tag} (${what}); set overwrite: true to replace it`,
    );
  }
  core.warning(
    `replacing the different record of ${settings.release.tag} on ${branch} (overwrite)`,
  );
  return generated;
}

async function record(settings: ActionSettings): Promise<void> {
  const { github, release } = settings;
  const repo: RepoRef = { owner: github.owner, repo: github.repo };
  const sources = await loadSources({
    root: settings.workspace,
    composeFile: settings.composeFile,
    metadata: settings.metadata,
    template: settings.appComposeTemplate,
    names: { compose: 'compose-file', metadata: 'metadata', template: 'app-compose-template' },
  });
  const resolver = await createRegistryResolver((message) => core.info(message));
  const generated = await generateRelease(
    {
      version: release,
      composeText: sources.composeText,
      composeFile: sources.composeFile,
      specs: settings.specs,
      metadata: sources.metadata,
      ...(sources.template && { template: sources.template }),
      ...(settings.appName !== undefined && { appName: settings.appName }),
      defaultAppName: repositoryName(
        github.owner ? `${github.owner}/${github.repo}` : null,
        settings.workspace,
      ),
      pinAll: settings.pinAllImages,
      releasesDir: settings.releasesDir,
      createdAt: new Date(),
      repository: github.owner ? `${github.owner}/${github.repo}` : null,
      git: /^[0-9a-f]{40}$/.test(github.sha)
        ? { commit: github.sha, ref: github.ref || `refs/tags/${release.tag}` }
        : null,
      workflow: github.runId
        ? {
            run_id: github.runId,
            run_attempt: github.runAttempt || '1',
            url: `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${github.runId}`,
          }
        : null,
    },
    resolver,
  );
  for (const warning of generated.warnings) core.warning(warning);

  const notes: string[] = [];
  let recorded: Recorded = { record: generated.record, files: generated.files, reused: false };
  let gh: GitHub | undefined;
  let branch = '';
  let existingRelease: Awaited<ReturnType<typeof findRelease>> = null;

  const remote =
    !settings.dryRun && (settings.commit || settings.uploadAssets || settings.createRelease);
  if (remote) {
    gh = createGitHub(settings.token, { baseUrl: github.apiUrl });
    const client = gh;
    // Check: read what the branch and the release hold before changing anything.
    const branchState = settings.commit
      ? (async () => {
          branch = settings.commitBranch || (await getDefaultBranch(client, repo));
          return readBranchFiles(
            client,
            repo,
            branch,
            generated.files.map((f) => f.path),
          );
        })()
      : Promise.resolve(undefined);
    const [state, found] = await Promise.all([branchState, findRelease(client, repo, release.tag)]);
    existingRelease = found;
    if (state) recorded = reconcile(settings, branch, recorded, state.files);
  }

  const dir = resolve(settings.workspace, settings.releasesDir);
  const written = await writeReleaseFiles(dir, recorded.files);
  const [infoFile, appFile, composeFile] = recorded.files;

  let commitSha = '';
  let releaseId = '';
  let releaseUrl = '';
  if (gh) {
    if (settings.commit && !recorded.reused) {
      const result = await commitFiles(gh, repo, {
        branch,
        message: settings.commitMessage,
        files: recorded.files.map((f) => ({ path: f.path, content: f.content })),
        createOnly: [
          {
            path: `${settings.releasesDir}/README.md`,
            content: Buffer.from(releasesReadme(settings.releasesDir)),
          },
        ],
      });
      commitSha = result.sha ?? '';
      core.info(
        commitSha ? `committed ${commitSha} to ${branch}` : `${branch} already holds these files`,
      );
    }
    if (settings.createRelease || settings.uploadAssets) {
      let target = existingRelease;
      let created = false;
      if (!target && settings.createRelease) {
        ({ release: target, created } = await ensureRelease(gh, repo, {
          tag: release.tag,
          create: true,
          ...(/^[0-9a-f]{40}$/.test(github.sha) && { targetCommitish: github.sha }),
          name: release.tag,
        }));
      }
      if (!target) {
        notes.push(
          `no release exists for ${release.tag} and create-release is false: nothing attached`,
        );
        core.notice(notes[notes.length - 1] ?? '');
      } else {
        if (settings.uploadAssets) {
          await uploadAssets(
            gh,
            repo,
            target,
            recorded.files.map((f) => ({
              name: f.name,
              content: f.content,
              contentType:
                CONTENT_TYPES[f.name.split('.').pop() ?? ''] ?? 'application/octet-stream',
            })),
            { overwrite: settings.overwrite },
          );
        }
        await updateReleaseNotes(gh, repo, target, releaseNotesSection(recorded.record));
        if (created) await publishRelease(gh, repo, target);
        releaseId = String(target.id);
        releaseUrl = target.html_url;
      }
    }
  } else if (settings.dryRun) {
    notes.push('dry run: nothing was committed, uploaded or published');
    core.notice(notes[0] ?? '');
  }

  if (settings.uploadArtifact && !settings.dryRun) {
    const artifact = await uploadArtifact(`release-${release.tag}`, written, dir);
    if (!artifact.uploaded) {
      notes.push(
        `artifact release-${release.tag} not uploaded: ${artifact.reason ?? 'unknown reason'}`,
      );
      core.notice(notes[notes.length - 1] ?? '');
    }
  }

  const rec = recorded.record;
  core.setOutput('version', rec.version);
  core.setOutput('tag', rec.tag);
  core.setOutput('release-info', infoFile?.path ?? '');
  core.setOutput('app-compose', appFile?.path ?? '');
  core.setOutput('docker-compose', composeFile?.path ?? '');
  core.setOutput('compose-hash', rec.compose_hash);
  core.setOutput(
    'images',
    JSON.stringify(
      rec.images.map(({ service, repository, tag, digest, reference }) => ({
        service,
        repository,
        tag,
        digest,
        reference,
      })),
    ),
  );
  core.setOutput('commit-sha', commitSha);
  core.setOutput('release-id', releaseId);
  core.setOutput('release-url', releaseUrl);

  core.info(`compose hash ${rec.compose_hash}`);
  if (process.env['GITHUB_STEP_SUMMARY']) {
    const commitUrl = commitSha
      ? `${github.serverUrl}/${github.owner}/${github.repo}/commit/${commitSha}`
      : undefined;
    await core.summary
      .addRaw(
        jobSummary(
          rec,
          { ...(releaseUrl && { releaseUrl }), ...(commitUrl && { commitUrl }) },
          recorded.reused ? [`${branch} already recorded this release: reused`, ...notes] : notes,
        ),
      )
      .write();
  }
  void join;
}

/** The action's one failure point: every error ends here as a single `setFailed`. */
export async function run(): Promise<void> {
  try {
    await record(getSettings());
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
