import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { inspectAppCompose } from '../core/app-compose.js';
import { CheckError, InputError, errorMessage } from '../core/errors.js';
import { readInputFile } from '../workspace/files.js';
import { generateRelease, type DigestResolver } from '../core/generate.js';
import { parseImageSpecs } from '../core/image-plan.js';
import { readLocalGit } from '../workspace/local-git.js';
import { writeReleaseFiles } from '../store/write.js';
import { isInside, posixRelative } from '../workspace/paths.js';
import { prepareRelease } from '../workspace/prepare.js';
import {
  latestRelease,
  readAllReleases,
  readRelease,
  releaseFiles,
  recordedVersions,
  verifyRelease,
  FILE_CONCURRENCY,
  type StoredRelease,
} from '../store/releases.js';
import { mapLimit } from '../core/concurrency.js';
import { diffReleases, findInReleases } from '../store/query.js';
import { formatDiff } from './format-diff.js';
import type { ReleaseRecord } from '../core/types.js';
import { parseTag } from '../core/version.js';
import { HELP } from './help.js';
import { fields, table } from './table.js';

export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal, for progress lines. */
  readonly interactive: boolean;
  /** Builds the registry client; injected so the core never imports the network. */
  readonly resolver?: (
    progress: (message: string) => void,
    warn: (message: string) => void,
  ) => Promise<DigestResolver>;
  readonly version: string;
}

interface Context {
  readonly io: CliIO;
  readonly dir: string;
  readonly json: boolean;
  readonly args: string[];
  readonly flags: Record<string, string | boolean | undefined>;
}

class UsageError extends InputError {}

function usage(message: string): never {
  throw new UsageError('usage', `${message} (see release-tracker --help)`);
}

function expectArgs(ctx: Context, min: number, max: number, shape: string): void {
  if (ctx.args.length < min || ctx.args.length > max) usage(`expected ${shape}`);
}

function print(ctx: Context, json: unknown, text: () => string): void {
  ctx.io.out(ctx.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}

function platformsText(record: ReleaseRecord['images'][number]): string {
  return record.platforms.map((p) => p.platform).join(',') || '-';
}

function infoText(stored: StoredRelease): string {
  const r = stored.record;
  const lines = [
    fields([
      ['version', r.version],
      ['tag', r.tag],
      ['created', r.created_at],
      ['repository', r.repository ?? '-'],
      ['commit', r.git ? `${r.git.commit} (${r.git.ref})` : '-'],
      ['workflow', r.workflow ? r.workflow.url : '-'],
      ['compose hash', r.compose_hash],
      ['app-compose', r.files.app_compose.path],
      [
        'docker-compose',
        `${r.files.docker_compose.path} (sha256 ${r.files.docker_compose.sha256})`,
      ],
    ]),
    '',
    imagesTable(r),
  ];
  return lines.join('\n');
}

function imagesTable(r: ReleaseRecord): string {
  return table(
    ['SERVICE', 'REPOSITORY', 'TAG', 'DIGEST', 'PLATFORMS', 'SOURCE'],
    r.images.map((i) => [
      i.service,
      i.repository,
      i.tag ?? '-',
      i.digest,
      platformsText(i),
      i.source,
    ]),
  );
}

async function cmdGenerate(ctx: Context): Promise<number> {
  if (ctx.args.length < 1) usage('generate <version> [[service=]image…]');
  const [versionArg, ...imageArgs] = ctx.args as [string, ...string[]];
  const version = parseTag(versionArg, 'version');
  const specs = parseImageSpecs(imageArgs.join('\n'), 'images');
  const { io } = ctx;
  const flag = (name: string): string | undefined => {
    const value = ctx.flags[name];
    return typeof value === 'string' ? value : undefined;
  };
  const local = await readLocalGit(io.cwd, version.tag);
  const root = local.topLevel ?? io.cwd;
  const dirAbs = resolve(io.cwd, ctx.dir);
  if (!isInside(root, dirAbs)) {
    throw new InputError(
      '--dir',
      `${ctx.dir} is outside ${local.topLevel ? 'the repository' : 'the current directory'}: the record's paths are relative to it`,
    );
  }
  const appName = flag('app-name');
  const composeFile = flag('compose');
  const template = flag('app-compose-template');
  const request = await prepareRelease({
    cwd: io.cwd,
    projectDir: root,
    names: { compose: '--compose', metadata: '--metadata', template: '--app-compose-template' },
    version,
    specs,
    ...(composeFile !== undefined && { composeFile }),
    metadata: flag('metadata') ?? '',
    ...(template !== undefined && { template }),
    ...(appName !== undefined && { appName }),
    pinAll: !ctx.flags['no-pin-all'],
    releasesDir: posixRelative(root, dirAbs),
    repository: io.env['GITHUB_REPOSITORY'] || local.repository,
    git: local.git,
    workflow: null,
    sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'],
  });
  const progress = (message: string): void => {
    if (io.interactive) io.err(`${message}\n`);
  };
  const warn = (message: string): void => io.err(`warning: ${message}\n`);
  const resolver =
    ctx.flags['offline'] || !io.resolver ? undefined : await io.resolver(progress, warn);
  const generated = await generateRelease(request, resolver);
  for (const warning of generated.warnings) warn(warning);
  const written = (await writeReleaseFiles(dirAbs, generated.files)).map((f) =>
    relative(io.cwd, f),
  );
  const { record } = generated;
  print(
    ctx,
    {
      version: record.version,
      tag: record.tag,
      compose_hash: record.compose_hash,
      files: written,
      images: record.images,
    },
    () =>
      [
        `Recorded ${version.prefix} in ${ctx.dir}`,
        ...written.map((f) => `  ${f}`),
        '',
        fields([['compose hash', record.compose_hash]]),
        '',
        imagesTable(record),
      ].join('\n'),
  );
  return 0;
}

async function cmdList(ctx: Context): Promise<number> {
  expectArgs(ctx, 0, 0, 'list (no arguments)');
  const releases = await readAllReleases(ctx.dir);
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

async function cmdLatest(ctx: Context): Promise<number> {
  expectArgs(ctx, 0, 0, 'latest (no arguments)');
  const releases = await readAllReleases(ctx.dir);
  const latest = latestRelease(releases);
  if (!latest) throw new CheckError(`no release in ${ctx.dir} that is not a pre-release`);
  print(ctx, latest.record, () => infoText(latest));
  return 0;
}

async function cmdInfo(ctx: Context): Promise<number> {
  expectArgs(ctx, 1, 1, 'info <version>');
  const stored = await readRelease(ctx.dir, ctx.args[0] ?? '');
  print(ctx, stored.record, () => infoText(stored));
  return 0;
}

async function cmdImages(ctx: Context): Promise<number> {
  expectArgs(ctx, 1, 1, 'images <version>');
  const { record } = await readRelease(ctx.dir, ctx.args[0] ?? '');
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

async function cmdAppCompose(ctx: Context): Promise<number> {
  expectArgs(ctx, 1, 1, 'app-compose <version>');
  const { record } = await readRelease(ctx.dir, ctx.args[0] ?? '');
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

async function cmdCompose(ctx: Context): Promise<number> {
  expectArgs(ctx, 1, 1, 'compose <version>');
  const { record } = await readRelease(ctx.dir, ctx.args[0] ?? '');
  const path = releaseFiles(ctx.dir, record.version).dockerCompose;
  print(ctx, { path, sha256: record.files.docker_compose.sha256 }, () => path);
  return 0;
}

async function cmdVerify(ctx: Context): Promise<number> {
  const versions = ctx.args.length > 0 ? ctx.args : await recordedVersions(ctx.dir);
  if (versions.length === 0) throw new CheckError(`no releases in ${ctx.dir} to verify`);
  const results = await mapLimit(versions, FILE_CONCURRENCY, (v) => verifyRelease(ctx.dir, v));
  const failed = results.filter((r) => !r.ok);
  print(ctx, { ok: failed.length === 0, releases: results }, () =>
    [
      ...results.map((r) =>
        r.ok
          ? `ok    v${r.version}`
          : [`FAIL  v${r.version}`, ...r.problems.map((p) => `      ${p}`)].join('\n'),
      ),
      failed.length === 0
        ? `${results.length} release(s) verified`
        : `${failed.length} of ${results.length} release(s) failed verification`,
    ].join('\n'),
  );
  return failed.length === 0 ? 0 : 1;
}

async function cmdDiff(ctx: Context): Promise<number> {
  expectArgs(ctx, 2, 2, 'diff <from> <to>');
  const diff = await diffReleases(ctx.dir, ctx.args[0] ?? '', ctx.args[1] ?? '');
  print(ctx, diff, () => formatDiff(diff));
  return 0;
}

async function cmdFind(ctx: Context): Promise<number> {
  expectArgs(ctx, 1, 1, 'find <sha256>');
  const wanted = (ctx.args[0] ?? '').toLowerCase().replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(wanted)) {
    throw new InputError(
      'sha256',
      `"${ctx.args[0]}" is not a sha256 (64 hex digits, optionally sha256:-prefixed)`,
    );
  }
  const matches = findInReleases(await readAllReleases(ctx.dir), wanted);
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

async function cmdComposeHash(ctx: Context): Promise<number> {
  expectArgs(ctx, 1, 1, 'compose-hash <file>');
  const file = ctx.args[0] ?? '';
  const bytes = await readInputFile(resolve(ctx.io.cwd, file), 'file');
  const { hash, canonical, error } = inspectAppCompose(bytes);
  print(ctx, { file, compose_hash: hash, canonical, ...(error && { error }) }, () =>
    fields([
      ['file', file],
      ['compose hash', hash],
      [
        'layout',
        canonical
          ? 'canonical (sorted keys, 4-space indent, as Phala Cloud writes it)'
          : `not canonical${error ? `: ${error}` : ''} — the hash is of these exact bytes`,
      ],
    ]),
  );
  return 0;
}

const COMMANDS: Record<string, (ctx: Context) => Promise<number>> = {
  generate: cmdGenerate,
  list: cmdList,
  latest: cmdLatest,
  info: cmdInfo,
  images: cmdImages,
  'app-compose': cmdAppCompose,
  compose: cmdCompose,
  verify: cmdVerify,
  diff: cmdDiff,
  find: cmdFind,
  'compose-hash': cmdComposeHash,
};

/** Runs one CLI invocation; returns the exit code (0 ok, 1 a check failed, 2 usage or input error; README: CLI). */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let json = false;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        dir: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        compose: { type: 'string' },
        metadata: { type: 'string' },
        'app-compose-template': { type: 'string' },
        'app-name': { type: 'string' },
        'no-pin-all': { type: 'boolean' },
        offline: { type: 'boolean' },
      },
    }).valueOf() as { values: Record<string, string | boolean | undefined>; positionals: string[] };
    json = values['json'] === true;
    if (values['help']) {
      io.out(HELP);
      return 0;
    }
    if (values['version']) {
      io.out(`${io.version}\n`);
      return 0;
    }
    const [command, ...args] = positionals;
    if (command === undefined) {
      io.err(HELP);
      return 2;
    }
    const handler = COMMANDS[command];
    if (!handler) usage(`unknown command "${command}"`);
    const generateOnly = [
      'compose',
      'metadata',
      'app-compose-template',
      'app-name',
      'no-pin-all',
      'offline',
    ];
    if (command !== 'generate') {
      const stray = generateOnly.find((f) => values[f] !== undefined);
      if (stray) usage(`--${stray} is an option of generate only`);
    }
    const dir = typeof values['dir'] === 'string' ? values['dir'] : 'releases';
    return await handler({ io, dir, json, args, flags: values });
  } catch (error) {
    const code =
      error instanceof CheckError
        ? 1
        : error instanceof InputError || isParseArgsError(error)
          ? 2
          : 1;
    const message = errorMessage(error);
    if (json) io.out(`${JSON.stringify({ error: message, exit_code: code })}\n`);
    io.err(`error: ${message}\n`);
    return code;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
