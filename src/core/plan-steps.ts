// The summary shows the steps as Markdown: names go in code spans.
import { inlineCode as code } from './markdown.js';
import type { RemotePlan, RemoteSettings } from './remote-plan.js';
import { listText } from './text.js';

/** A plan in words, for a dry run's log and job summary. */
export interface PlanReport {
  /** One line per change the plan makes, in the order they are made; empty when it makes none. */
  readonly steps: readonly string[];
  /** The plan in one sentence. */
  readonly headline: string;
}

/** What carrying out `plan` would change on GitHub, step by step. */
export function reportPlan(plan: RemotePlan, settings: RemoteSettings): PlanReport {
  const { tag } = settings;
  const steps: string[] = [];
  if (plan.commit) {
    steps.push(
      `commit ${listText(plan.commit.files.map((f) => code(f.path)))} to ${code(plan.commit.branch)}, in one commit`,
    );
  }
  const release = plan.release;
  if (release) {
    const target = release.target;
    const which =
      target.kind === 'create'
        ? 'the new draft'
        : `release ${tag} (id ${target.release.id}, ${
            target.role === 'published'
              ? 'published'
              : target.role === 'draft'
                ? 'a draft someone prepared, left a draft'
                : 'a draft an earlier run of the tracker left unfinished'
          })`;
    if (target.kind === 'create') steps.push(`create draft release ${tag}`);
    const uploads = release.assets.flatMap((a) =>
      a.kind === 'upload' && a.replace === null ? [code(a.name)] : [],
    );
    const replaced = release.assets.flatMap((a) =>
      a.kind === 'upload' && a.replace !== null ? [code(a.name)] : [],
    );
    if (replaced.length > 0) steps.push(`replace the assets ${listText(replaced)} of ${which}`);
    if (uploads.length > 0) steps.push(`upload ${listText(uploads)} to ${which}`);
    if (release.publish) {
      const latest =
        release.publish.makeLatest === 'true'
          ? 'marking it the latest release'
          : 'not marking it the latest release';
      steps.push(`publish release ${tag} with the release-tracker section in its notes, ${latest}`);
    } else if (release.body !== null) {
      steps.push(`write the release-tracker section into the notes of ${which}`);
    }
    if (release.deleteDrafts.length > 0) {
      steps.push(
        `delete the draft releases ${listText(release.deleteDrafts.map(String))} of ${tag}, which ` +
          'earlier tracker runs left and which can no longer be published',
      );
    }
  }
  const recorded = plan.reusedFrom
    ? `${tag} is already recorded on ${code(plan.reusedFrom)} as this same release`
    : null;
  const headline =
    steps.length === 0
      ? `nothing to do: ${recorded ?? `GitHub holds what this run would record for ${tag}`}`
      : `a real run would take ${steps.length} ${steps.length === 1 ? 'step' : 'steps'} on GitHub as it is now${recorded ? ` (${recorded}: its bytes are reused)` : ''}`;
  return { steps, headline };
}
