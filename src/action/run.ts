import * as core from '@actions/core';
import { resolve } from 'node:path';
import { uploadArtifact } from './artifact.js';
import { CheckError, errorMessage } from '../core/errors.js';
import { generateRelease } from '../core/generate.js';
import { reportPlan, type PlanReport } from '../core/plan-steps.js';
import type { Generated, PlanResult } from '../core/remote-plan.js';
import { jobSummary, type SummaryLinks } from '../core/release-notes.js';
import { createGitHub } from '../github/client.js';
import { createRegistryResolver } from '../registry/resolver.js';
import { writeReleaseFiles } from '../store/write.js';
import { prepareRelease } from '../workspace/prepare.js';
import { planRemotely, recordRemotely, type RemoteJob, type RemoteResult } from './remote.js';
import { getSettings, type ActionSettings, type GitHubAccess } from './settings.js';

/** What a dry run says after its plan, and a real run never needs to. */
const DRY_RUN_NOTE = 'dry run: nothing was committed, uploaded or published';

async function generate(settings: ActionSettings): Promise<Generated> {
  const request = await prepareRelease(settings.generation);
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

function remoteJob(
  settings: ActionSettings,
  github: Extract<GitHubAccess, { kind: 'api' }>,
  generated: Generated,
): RemoteJob {
  const { limits } = settings;
  // Writes are few (about eight); GitHub's secondary limits are still handled by the plugin.
  const gh = createGitHub(github.token, {
    baseUrl: github.apiUrl,
    paceWrites: false,
    retries: limits.github.retries,
    retryAfterBaseValue: limits.github.retryBaseMs,
    timeoutMs: limits.github.timeoutMs,
  });
  return {
    gh,
    repo: github.repo,
    settings: settings.remote,
    generated,
    backoff: limits.branchMoved,
    log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
  };
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

async function writeSummary(
  recorded: Generated,
  links: SummaryLinks,
  notes: readonly string[],
  plan?: PlanReport,
): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(jobSummary(recorded.record, links, notes, plan)).write();
}

/** The releases directory in the workspace, where what is recorded is written. */
function releasesDirOf(settings: ActionSettings): string {
  return resolve(settings.workspace, settings.generation.release.releasesDir);
}

/**
 * A real run: the remote steps carried out (when any is on), then the workspace, the artifact,
 * the outputs and the summary, all with what is recorded: this run's bytes, or those of the same
 * release stored before (reused).
 */
async function carryOut(settings: ActionSettings, generated: Generated): Promise<void> {
  const { github } = settings;
  const remote =
    github.kind === 'api' ? await recordRemotely(remoteJob(settings, github, generated)) : null;
  const recorded: Generated = remote ? remote.plan : generated;
  const dir = releasesDirOf(settings);
  const written = await writeReleaseFiles(dir, recorded.files);

  const notes = [...(remote?.notes ?? [])];
  const notices = [...notes];
  if (settings.uploadArtifact) {
    const tag = settings.remote.tag;
    const artifact = await uploadArtifact(`release-${tag}`, written, dir);
    if (!artifact.uploaded) {
      const note = `artifact release-${tag} not uploaded: ${artifact.reason ?? 'unknown reason'}`;
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
  const web = github.kind === 'api' ? github.webUrl : '';
  await writeSummary(
    recorded,
    {
      ...(remote?.release && { releaseUrl: remote.release.html_url }),
      ...(remote?.commitSha && { commitUrl: `${web}/commit/${remote.commitSha}` }),
    },
    remote?.reusedFrom
      ? [`${remote.reusedFrom} already recorded this release: reused`, ...notes]
      : notes,
  );
}

/** What a dry run found it would do, in words: `planned` is GitHub's answer when it was read. */
function dryRunReport(settings: ActionSettings, planned: PlanResult | null): PlanReport {
  const { github } = settings;
  if (github.kind === 'off') {
    return {
      headline: 'nothing remote to do: commit, upload-assets and create-release are all false',
      steps: [],
    };
  }
  if (github.kind === 'unread' || planned === null) {
    const why = github.kind === 'unread' ? github.why : 'GitHub was not asked';
    return {
      headline: `GitHub was not read (${why}), so what a real run would change there is not known`,
      steps: [],
    };
  }
  if (planned.kind === 'refuse') {
    return { headline: `a real run would be refused: ${planned.reason}`, steps: [] };
  }
  return reportPlan(planned, settings.remote);
}

/**
 * A dry run: the same look at GitHub and the same plan as a real run, shown (log and job summary)
 * instead of carried out. The workspace gets what a real run would record; nothing remote changes
 * and no artifact is uploaded. A plan that refuses fails the dry run as it would fail the run.
 */
async function dryRun(settings: ActionSettings, generated: Generated): Promise<void> {
  const { github } = settings;
  const planned =
    github.kind === 'api' ? await planRemotely(remoteJob(settings, github, generated)) : null;
  const plan = planned?.kind === 'act' ? planned : null;
  const recorded: Generated = plan ?? generated;
  await writeReleaseFiles(releasesDirOf(settings), recorded.files);

  const report = dryRunReport(settings, planned);
  core.info(`dry run: ${report.headline}`);
  for (const step of report.steps) core.info(`  would ${step}`);
  const notes = [...(plan?.notes ?? []), DRY_RUN_NOTE];
  for (const w of plan?.warnings ?? []) core.warning(w);
  for (const note of notes) core.notice(note);

  setOutputs(recorded, null);
  core.info(`compose hash ${recorded.record.compose_hash}`);
  await writeSummary(recorded, {}, notes, report);
  if (planned?.kind === 'refuse') {
    throw new CheckError(`${planned.reason} (dry run: nothing was changed)`);
  }
}

async function record(settings: ActionSettings): Promise<void> {
  const generated = await generate(settings);
  await (settings.dryRun ? dryRun(settings, generated) : carryOut(settings, generated));
}

/** The action's one failure point: every error ends here as a single `setFailed`. */
export async function run(): Promise<void> {
  try {
    await record(getSettings());
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
