import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ACTION_NAMES } from '../../src/core/input-names.js';
import { describe, expect, it } from 'vitest';
import { parseAppComposeTemplate } from '../../src/core/app-compose.js';
import { composeVariables } from '../../src/core/dotenv.js';
import { InputError } from '../../src/core/errors.js';
import { generateRelease, type GenerateRequest } from '../../src/core/generate.js';
import { parseImageSpecs } from '../../src/core/image-plan.js';
import { parseMetadataText } from '../../src/core/metadata.js';
import { parseTag } from '../../src/core/version.js';
import {
  CASES_COVERED,
  REAL_WORLD,
  RUNS,
  expectedCompose,
  fill,
  readCase,
  warningPattern,
  type RealWorldRun,
} from '../helpers/real-world.js';

/** What Compose interpolates with: the run's environment, and the .env file beside the compose file. */
function variables(run: RealWorldRun): ReadonlyMap<string, string> {
  const dotenv = join(dirname(run.compose), '.env');
  const file = existsSync(join(REAL_WORLD, run.case, dotenv)) ? dotenv : undefined;
  return composeVariables(
    run.env ?? {},
    file === undefined ? undefined : { text: readCase(run.case, file), file },
  );
}

function request(run: RealWorldRun): GenerateRequest {
  return {
    version: parseTag(run.version ?? 'v1.0.0'),
    composeText: readCase(run.case, run.compose),
    composeFile: run.compose,
    variables: variables(run),
    specs: parseImageSpecs((run.images ?? []).map((i) => fill(run.case, i)).join('\n')),
    metadata: run.metadata ? parseMetadataText(readCase(run.case, run.metadata)) : [],
    ...(run.template && {
      template: parseAppComposeTemplate(readCase(run.case, run.template), 'app-compose-template'),
    }),
    defaultAppName: 'app',
    pinAll: run.pinAll ?? true,
    releasesDir: 'releases',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    repository: 'acme/app',
    git: null,
    workflow: null,
    names: ACTION_NAMES,
  };
}

describe('real-world inputs through the core (offline)', () => {
  it('every fixture folder has at least one run', () => {
    const folders = readdirSync(REAL_WORLD, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toHaveLength(33);
    expect(CASES_COVERED).toEqual(folders);
  });

  // A compose file found by the default search is the workspace's concern (CLI and action tests).
  const core = RUNS.filter((r) => r.byDefault === undefined);

  it.each(core.filter((r) => r.refused === undefined).map((r) => [`${r.case}: ${r.title}`, r]))(
    '%s',
    async (_title, run) => {
      const generated = await generateRelease(request(run), undefined);
      const source = readCase(run.case, run.compose);
      const [, appCompose, compose] = generated.files;
      expect(compose.content.toString()).toBe(expectedCompose(run, source));
      expect(JSON.parse(appCompose.content.toString()).docker_compose_file).toBe(
        compose.content.toString(),
      );
      expect(generated.record.images.map((i) => [i.service, i.reference, i.source])).toEqual(
        (run.pinned ?? []).map(([s, ref, source]) => [s, fill(run.case, ref), source]),
      );
      // The recorded tag is the one in the pinned reference: never one nobody wrote or pushed.
      for (const image of generated.record.images) {
        const tag = /:([\w][\w.-]*)@/.exec(image.reference)?.[1] ?? null;
        expect(image.tag).toBe(tag);
      }
      const warnings = run.warnings ?? [];
      expect(generated.warnings).toHaveLength(warnings.length);
      warnings.forEach((w, i) =>
        expect(generated.warnings[i]).toMatch(warningPattern(w, ACTION_NAMES)),
      );
    },
  );

  it.each(core.filter((r) => r.refused !== undefined).map((r) => [`${r.case}: ${r.title}`, r]))(
    '%s',
    async (_title, run) => {
      const error = await generateRelease(request(run), undefined).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe(run.refused?.input);
      expect((error as InputError).reason).toMatch(run.refused?.message ?? /./);
    },
  );
});
