// `verify --registry`: loaded only with that flag, since it brings the registry client. Asks each
// image's registry, with generate's credentials and time limits, whether every recorded digest
// is still served; progress goes to stderr as each answer arrives.
import { errorMessage } from '../core/errors.js';
import { parseReference } from '../core/reference.js';
import {
  distinctLookups,
  foldServed,
  lookupKey,
  recordedDigests,
  type Answer,
  type RecordedDigest,
  type ServedReport,
} from '../core/served-digests.js';
import type { ReleaseRecord } from '../core/types.js';
import { warn, type Context } from './context.js';

/**
 * The registry check of the records `verify` read; those it could not read are left out, as its
 * own results name them.
 */
export async function checkRegistry(
  ctx: Context,
  records: readonly ReleaseRecord[],
): Promise<ServedReport> {
  const digests = recordedDigests(records);
  const lookups = distinctLookups(digests);
  if (lookups.length === 0) return foldServed(digests, new Map());
  const { io } = ctx;
  if (!io.resolver) throw new Error('the CLI was started without a registry client');
  const registries = new Set(lookups.map((d) => d.repository.split('/')[0]));
  io.err(
    `registry: asking ${registries.size} registr${registries.size === 1 ? 'y' : 'ies'} about ${lookups.length} digest(s) of ${records.length} release(s)\n`,
  );
  const client = await io.resolver(
    (message) => {
      if (io.interactive) io.err(`${message}\n`);
    },
    (message) => warn(ctx, message),
  );
  const answers = new Map<string, Answer>();
  let done = 0;
  await Promise.all(
    lookups.map(async (d) => {
      let answer: Answer;
      try {
        const ref = parseReference(`${d.repository}@${d.digest}`, 'record');
        answer = { served: await client.isServed(ref, d.digest) };
      } catch (error) {
        answer = { error: errorMessage(error) };
      }
      answers.set(lookupKey(d), answer);
      done++;
      const outcome = 'error' in answer ? 'not checked' : answer.served ? 'served' : 'GONE';
      io.err(`registry: [${done}/${lookups.length}] ${lookupKey(d)} ${outcome}\n`);
    }),
  );
  return foldServed(digests, answers);
}

const where = (d: RecordedDigest): string =>
  `v${d.version} ${d.service} ${d.repository}@${d.digest}${d.platform !== null ? ` (${d.platform} manifest)` : ''}`;

/** The report as `verify` prints it, after the files' lines. */
export function servedText(report: ServedReport): string[] {
  const lines = [
    ...report.gone.map((d) => `GONE  ${where(d)}`),
    ...report.notChecked.map((d) => `NOT CHECKED  ${where(d)}: ${d.error}`),
  ];
  if (report.gone.length > 0) {
    lines.push(
      `registry: ${report.gone.length} of ${report.checked} recorded digest(s) no longer served`,
    );
  }
  if (report.notChecked.length > 0) {
    lines.push(
      `registry: ${report.notChecked.length} of ${report.checked} recorded digest(s) could not be checked; that says nothing about whether they are deleted`,
    );
  }
  if (report.ok) {
    lines.push(`registry: all ${report.checked} recorded digest(s) still served`);
  }
  return lines;
}
