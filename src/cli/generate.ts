// `generate`: loaded only for this command, since it brings the YAML parser, the generator and
// the registry client, which no query needs.
import { join, relative, resolve } from 'node:path';
import { CheckError, InputError } from '../core/errors.js';
import { generateRelease } from '../core/generate.js';
import { parseImageSpecs } from '../core/image-plan.js';
import { releasesReadme, RELEASES_GITATTRIBUTES } from '../core/releases-dir.js';
import type { ReleaseRecord } from '../core/types.js';
import { parseTag } from '../core/version.js';
import { storedState } from '../store/releases.js';
import { createFileOnce, writeReleaseFiles } from '../store/write.js';
import { readLocalGit } from '../workspace/local-git.js';
import { isInside, posixRelative } from '../workspace/paths.js';
import { prepareRelease } from '../workspace/prepare.js';
import { print, stringOption, warn, type Context } from './context.js';
import { imagesTable } from './records.js';
import { fields } from './table.js';

export async function run(ctx: Context): Promise<number> {
  const [versionArg, ...imageArgs] = ctx.args as [string, ...string[]];
  const version = parseTag(versionArg, 'version');
  const specs = parseImageSpecs(imageArgs.join('\n'), 'images');
  const { io } = ctx;
  const local = await readLocalGit(io.cwd, version.tag);
  const root = local.topLevel ?? io.cwd;
  const dirAbs = resolve(io.cwd, ctx.dir);
  if (!isInside(root, dirAbs)) {
    throw new InputError(
      '--dir',
      `${ctx.dir} is outside ${local.topLevel ? 'the repository' : 'the current directory'}: the record's paths are relative to it`,
    );
  }
  const releasesDir = posixRelative(root, dirAbs);
  const appName = stringOption(ctx, 'app-name');
  const composeFile = stringOption(ctx, 'compose');
  const template = stringOption(ctx, 'app-compose-template');
  const request = await prepareRelease({
    cwd: io.cwd,
    projectDir: root,
    names: { compose: '--compose', metadata: '--metadata', template: '--app-compose-template' },
    version,
    specs,
    ...(composeFile !== undefined && { composeFile }),
    metadata: stringOption(ctx, 'metadata') ?? '',
    ...(template !== undefined && { template }),
    ...(appName !== undefined && { appName }),
    pinAll: !ctx.options['no-pin-all'],
    releasesDir,
    repository: io.env['GITHUB_REPOSITORY'] || local.repository,
    git: local.git,
    workflow: null,
    sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'],
  });
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
      throw new CheckError(
        `${shown(paths[0] as string)} already records a different ${version.prefix} (${stored.reason}); pass --overwrite to replace it`,
      );
    }
    warn(ctx, `replacing the different record of ${version.prefix} in ${ctx.dir} (--overwrite)`);
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
