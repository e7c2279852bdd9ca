// The commands that read the releases directory. They never load the generator (see generate.ts);
// `verify` and `find` load the YAML parser, to read each record's own compose file
// (src/store/verify.ts), and `verify --registry` the registry client, when they run.
import { inspectAppCompose } from '../core/app-compose.js';
import { CheckError, InputError } from '../core/errors.js';
import type { ReleaseRecord } from '../core/types.js';
import {
  latestRelease,
  readableReleases,
  readRelease,
  recordedVersions,
  releaseFiles,
  requireReleasesDir,
  type StoredRelease,
} from '../store/releases.js';
import { diffReleases, findInReleases, type FindMatch } from '../store/query.js';
import { readInputFile } from '../workspace/files.js';
import { print, warn, type Context } from './context.js';
import { formatDiff } from './format-diff.js';
import { infoText, platformsText } from './records.js';
import { fields, table } from './table.js';

/** Every readable release; each unreadable record is named in a warning and skipped. */
function readReleases(ctx: Context): StoredRelease[] {
  return readableReleases(ctx.dir, (message) => warn(ctx, message));
}

function list(ctx: Context): number {
  const releases = readReleases(ctx);
  print(
    ctx,
    releases.map(({ record: r }) => ({
      version: r.version,
      tag: r.tag,
      created_at: r.created_at,
      images: r.images.length,
      compose_hash: r.compose_hash,
    })),
    () =>
      releases.length === 0
        ? `no releases in ${ctx.dir}`
        : table(
            ['VERSION', 'DATE', 'IMAGES', 'COMPOSE HASH'],
            releases.map(({ record: r }) => [
              r.version,
              r.created_at,
              String(r.images.length),
              r.compose_hash,
            ]),
          ),
  );
  return 0;
}

function latest(ctx: Context): number {
  const found = latestRelease(readReleases(ctx));
  if (!found) throw new CheckError(`no release in ${ctx.dir} that is not a pre-release`);
  print(ctx, found.record, () => infoText(found));
  return 0;
}

function info(ctx: Context): number {
  const stored = readRelease(ctx.dir, ctx.args[0] ?? '');
  print(ctx, stored.record, () => infoText(stored));
  return 0;
}

function images(ctx: Context): number {
  const { record } = readRelease(ctx.dir, ctx.args[0] ?? '');
  print(ctx, record.images, () =>
    table(
      ['SERVICE', 'REPOSITORY', 'TAG', 'DIGEST', 'PLATFORMS'],
      record.images.flatMap((i) => [
        [i.service, i.repository, i.tag ?? '-', i.digest, platformsText(i)],
        ...i.platforms.map((p) => ['', '', '', `  ${p.digest}`, p.platform]),
      ]),
    ),
  );
  return 0;
}

async function appCompose(ctx: Context): Promise<number> {
  const { record } = readRelease(ctx.dir, ctx.args[0] ?? '');
  const path = releaseFiles(ctx.dir, record.version).appCompose;
  let bytes: Buffer;
  try {
    bytes = await readInputFile(path, 'app-compose');
  } catch {
    throw new CheckError(`${path}: missing`);
  }
  const { hash, canonical } = inspectAppCompose(bytes);
  const ok = hash === record.compose_hash;
  print(ctx, { path, compose_hash: record.compose_hash, actual: hash, ok, canonical }, () =>
    fields([
      ['path', path],
      ['compose hash', record.compose_hash],
      ['verified', ok ? 'yes (sha256 of the file matches)' : `NO: the file hashes to ${hash}`],
    ]),
  );
  if (!ok) ctx.io.err(`error: ${path} does not match the recorded compose hash\n`);
  return ok ? 0 : 1;
}

function compose(ctx: Context): number {
  const { record } = readRelease(ctx.dir, ctx.args[0] ?? '');
  const path = releaseFiles(ctx.dir, record.version).dockerCompose;
  print(ctx, { path, sha256: record.files.docker_compose.sha256 }, () => path);
  return 0;
}

async function verify(ctx: Context): Promise<number> {
  requireReleasesDir(ctx.dir);
  const versions = ctx.args.length > 0 ? ctx.args : recordedVersions(ctx.dir);
  if (versions.length === 0) throw new CheckError(`no releases in ${ctx.dir} to verify`);
  const { verifyRelease } = await import('../store/verify.js');
  const withRegistry = Boolean(ctx.options['registry']);
  // The records read are kept only for the registry check: over thousands, they are memory.
  const records: ReleaseRecord[] = [];
  const results = versions.map((v) => {
    const { result, stored } = verifyRelease(ctx.dir, v);
    if (withRegistry && stored !== null) records.push(stored.record);
    return result;
  });
  const failed = results.filter((r) => !r.ok);
  const served = withRegistry ? await import('./verify-registry.js') : undefined;
  const registry = await served?.checkRegistry(ctx, records);
  const ok = failed.length === 0 && (registry?.ok ?? true);
  print(ctx, { ok, releases: results, ...(registry && { registry }) }, () =>
    [
      ...results.map((r) =>
        r.ok
          ? `ok    v${r.version}`
          : [`FAIL  v${r.version}`, ...r.problems.map((p) => `      ${p}`)].join('\n'),
      ),
      failed.length === 0
        ? `${results.length} release(s) verified`
        : `${failed.length} of ${results.length} release(s) failed verification`,
      ...(registry && served ? served.servedText(registry) : []),
    ].join('\n'),
  );
  return ok ? 0 : 1;
}

function diff(ctx: Context): number {
  const result = diffReleases(ctx.dir, ctx.args[0] ?? '', ctx.args[1] ?? '');
  print(ctx, result, () => formatDiff(result));
  return 0;
}

/**
 * The releases `find` may answer with: each that mentions the hash is checked against its own
 * files first, and one whose files say otherwise (an edited record) is skipped with a warning, as
 * an unreadable record is.
 */
async function findChecked(ctx: Context, wanted: string): Promise<FindMatch[]> {
  const releases = readReleases(ctx);
  const matches = findInReleases(releases, wanted);
  if (matches.length === 0) return matches;
  const { releaseProblems } = await import('../store/verify.js');
  const byVersion = new Map(releases.map((r) => [r.version, r]));
  const failed = new Set<string>();
  for (const version of new Set(matches.map((m) => m.version))) {
    const stored = byVersion.get(version);
    const problems = stored ? releaseProblems(ctx.dir, stored) : [];
    if (stored && problems.length > 0) {
      failed.add(version);
      warn(ctx, `skipped ${stored.file}: it does not match its files (${problems.join('; ')})`);
    }
  }
  return matches.filter((m) => !failed.has(m.version));
}

async function find(ctx: Context): Promise<number> {
  const wanted = (ctx.args[0] ?? '').toLowerCase().replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(wanted)) {
    throw new InputError(
      'sha256',
      `"${ctx.args[0]}" is not a sha256 (64 hex digits, optionally sha256:-prefixed)`,
    );
  }
  const matches = await findChecked(ctx, wanted);
  if (matches.length === 0) {
    // --json still prints its one document (an empty list); text output stays empty.
    if (ctx.json) print(ctx, matches, () => '');
    ctx.io.err(`no release in ${ctx.dir} has ${wanted}\n`);
    return 1;
  }
  print(ctx, matches, () =>
    table(
      ['VERSION', 'MATCH'],
      matches.map((m) => [`v${m.version}`, m.what]),
    ),
  );
  return 0;
}

export const QUERIES: Record<string, (ctx: Context) => number | Promise<number>> = {
  list,
  latest,
  info,
  images,
  'app-compose': appCompose,
  compose,
  verify,
  diff,
  find,
};
