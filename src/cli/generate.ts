// `generate`: loaded only for this command, since it brings the YAML parser, the generator and
// the registry client, which no query needs.
import { join, relative, resolve } from 'node:path';
import { CheckError, InputError } from '../core/errors.js';
import { generateRelease } from '../core/generate.js';
import { parseImageSpecs } from '../core/image-plan.js';
import { CLI_NAMES } from '../core/input-names.js';
import { releasesReadme, RELEASES_GITATTRIBUTES } from '../core/releases-dir.js';
import { differentRecord } from '../core/same-release.js';
import type { ReleaseRecord } from '../core/types.js';
import { parseTag } from '../core/version.js';
import { storedState } from '../store/releases.js';
import { createFileOnce, writeReleaseFiles } from '../store/write.js';
import { readLocalGit } from '../workspace/local-git.js';
import { resolveInside } from '../workspace/inside.js';
import { isInside, posixRelative } from '../workspace/paths.js';
import { creationTime, prepareRelease, type GenerationSettings } from '../workspace/prepare.js';
import { print, stringOption, warn, type Context } from './context.js';
import { imagesTable } from './records.js';
import { fields } from './table.js';

/** The generation settings from the command line, named as the CLI names them. */
async function settingsFrom(ctx: Context): Promise<{
  settings: GenerationSettings;
  dirAbs: string;
}> {
  const names = CLI_NAMES;
  const [versionArg, ...imageArgs] = ctx.args as [string, ...string[]];
  const version = parseTag(versionArg, names.tag);
  const specs = parseImageSpecs(imageArgs.join('\n'), names.images);
  const { io } = ctx;
  const local = await readLocalGit(io.cwd, version.tag);
  const root = local.topLevel ?? io.cwd;
  const dirAbs = resolve(io.cwd, ctx.dir);
  const boundary = local.topLevel ? 'the repository' : 'the current directory';
  if (!isInside(root, dirAbs)) {
    throw new InputError(
      names.releasesDir,
      `${ctx.dir} is outside ${boundary}: the record's paths are relative to it`,
    );
  }
  // The record is written there: a link leading out of the repository is refused.
  resolveInside(root, io.cwd, ctx.dir, names.releasesDir, boundary);
  const appName = stringOption(ctx, 'app-name');
  const composeFile = stringOption(ctx, 'compose');
  const template = stringOption(ctx, 'app-compose-template');
  const settings: GenerationSettings = {
    release: {
      version,
      specs,
      ...(appName !== undefined && { appName }),
      pinAll: !ctx.options['no-pin-all'],
      releasesDir: posixRelative(root, dirAbs),
      createdAt: creationTime(io.env),
      repository: io.env['GITHUB_REPOSITORY'] || local.repository,
      git: local.git,
      workflow: null,
      names,
    },
    sources: {
      root: io.cwd,
      workspace: root,
      boundary,
      ...(composeFile !== undefined && { composeFile }),
      metadata: stringOption(ctx, 'metadata') ?? '',
      ...(template !== undefined && { template }),
    },
    projectDir: root,
  };
  return { settings, dirAbs };
}

export async function run(ctx: Context): Promise<number> {
  const { io } = ctx;
  const { settings, dirAbs } = await settingsFrom(ctx);
  const { version, releasesDir, names } = settings.release;
  const request = await prepareRelease(settings);
  const progress = (message: string): void => {
    if (io.interactive) io.err(`${message}\n`);
  };
  const resolver =
    ctx.options['offline'] || !io.resolver
      ? undefined
      : await io.resolver(progress, (message) => warn(ctx, message));
  const generated = await generateRelease(request, resolver);
  for (const warning of generated.warnings) warn(ctx, warning);
  const shown = (path: string): string => relative(io.cwd, path);
  const paths = generated.files.map((f) => join(dirAbs, f.name));

  const stored = storedState(dirAbs, generated.record);
  if (stored.kind === 'same') {
    report(ctx, stored.stored.record, paths.map(shown), [], true);
    return 0;
  }
  if (stored.kind === 'different') {
    if (!ctx.options['overwrite']) {
      throw new CheckError(differentRecord(ctx.dir, version.prefix, stored.reason, names));
    }
    warn(
      ctx,
      `replacing the different record of ${version.prefix} in ${ctx.dir} (${names.overwrite})`,
    );
  }
  const written = (await writeReleaseFiles(dirAbs, generated.files)).map(shown);
  // The directory's README and .gitattributes, as the action commits them: created once, kept.
  const created: string[] = [];
  for (const [name, content] of [
    ['README.md', releasesReadme(releasesDir)],
    ['.gitattributes', RELEASES_GITATTRIBUTES],
  ] as const) {
    if (await createFileOnce(join(dirAbs, name), content)) created.push(shown(join(dirAbs, name)));
  }
  report(ctx, generated.record, written, created, false);
  return 0;
}

function report(
  ctx: Context,
  record: ReleaseRecord,
  files: readonly string[],
  created: readonly string[],
  unchanged: boolean,
): void {
  print(
    ctx,
    {
      version: record.version,
      tag: record.tag,
      compose_hash: record.compose_hash,
      unchanged,
      files,
      created,
      images: record.images,
    },
    () =>
      [
        unchanged
          ? `v${record.version} is already recorded in ${ctx.dir} as this same release (compose hash, image digests and files): nothing written`
          : `Recorded v${record.version} in ${ctx.dir}`,
        ...files.map((f) => `  ${f}`),
        ...created.map((f) => `  ${f} (created once; kept from now on)`),
        '',
        fields([['compose hash', record.compose_hash]]),
        '',
        imagesTable(record),
      ].join('\n'),
  );
}
