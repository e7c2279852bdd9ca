import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseMetadataText } from '../../src/core/metadata.js';
import { composeEnvironment, loadMetadata, loadSources } from '../../src/workspace/sources.js';
import { FIXTURES } from '../helpers/cli.js';

const METADATA = join(FIXTURES, 'metadata');

async function fixtureText(name: string): Promise<string> {
  return readFile(join(METADATA, name), 'utf8');
}

async function rejected(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

type LoadOptions = Partial<Parameters<typeof loadSources>[0]>;

/** loadSources as the action calls it, with `dir` as the workspace and its root. */
function loadIn(dir: string, over: LoadOptions) {
  return loadSources({
    root: dir,
    workspace: dir,
    boundary: 'the workspace',
    metadata: '',
    names: { compose: 'compose-file', metadata: 'metadata', template: 'app-compose-template' },
    environment: {},
    ...over,
  });
}

describe('loadMetadata', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'metadata-test-'));
    await writeFile(join(dir, 'bake.json'), await fixtureText('bake.json'));
    await writeFile(join(dir, 'broken.json'), await fixtureText('truncated.json'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['', '   ', '\n\t\n'])('empty value %j gives no entries', async (value) => {
    expect(await loadMetadata(value, dir)).toEqual([]);
  });

  it('parses inline JSON (object and array, with surrounding whitespace)', async () => {
    const bakeText = await fixtureText('bake.json');
    expect(await loadMetadata(`\n  ${bakeText}\n`, dir)).toEqual(parseMetadataText(bakeText));
    const arrayText = await fixtureText('array.json');
    expect(await loadMetadata(arrayText, dir)).toEqual(parseMetadataText(arrayText));
  });

  it('reads a path relative to cwd', async () => {
    expect(await loadMetadata('bake.json', dir)).toEqual(
      parseMetadataText(await fixtureText('bake.json')),
    );
  });

  it('reads an absolute path', async () => {
    const path = join(METADATA, 'build-push.json');
    expect(await loadMetadata(path, '/')).toEqual(
      parseMetadataText(await fixtureText('build-push.json')),
    );
  });

  it('refuses a missing file, naming the path and the input', async () => {
    const error = await rejected(loadMetadata('missing.json', dir, 'metadata'));
    expect(error.input).toBe('metadata');
    expect(error.message).toContain(join(dir, 'missing.json'));
  });

  it('refuses a directory', async () => {
    const error = await rejected(loadMetadata('.', dir));
    expect(error.message).toContain('not a regular file');
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    const error = await rejected(loadMetadata('broken.json', dir, 'metadata'));
    expect(error.message).toContain('metadata file broken.json is not valid JSON');
  });

  it('refuses inline text that is not JSON', async () => {
    const error = await rejected(loadMetadata('{"containerimage.digest":', dir));
    expect(error.message).toContain('metadata is not valid JSON');
  });
});

describe('loadSources: what Compose would read', () => {
  let dir: string;
  const load = (over: LoadOptions = {}) => loadIn(dir, over);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sources-test-'));
    await writeFile(
      join(dir, 'compose.yml'),
      'services:\n  app:\n    image: ${REGISTRY}/app:${TAG:-1}\n',
    );
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    'compose.override.yml',
    'compose.override.yaml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml',
  ])('refuses %s beside a compose file found by default, naming both', async (override) => {
    await writeFile(join(dir, override), 'services:\n  app:\n    ports: ["80:80"]\n');
    const error = await rejected(load());
    expect(error.input).toBe('compose-file');
    expect(error.reason).toBe(
      `${override} lies beside compose.yml, and Docker Compose merges it over compose.yml when it is given no file ("docker compose up"), so recording compose.yml alone would not be what Compose runs here; to record compose.yml by itself, as "docker compose -f compose.yml up" runs it, give it as compose-file (--compose compose.yml); to record what Compose runs from them all, write one file with "docker compose config --no-interpolate > compose.release.yml" and give that`,
    );
    // Given explicitly, the file is recorded by itself, as `docker compose -f` runs it.
    expect((await load({ composeFile: 'compose.yml' })).composeFile).toBe('compose.yml');
  });

  it('refuses COMPOSE_FILE, from the environment or the .env file, when the file is found by default', async () => {
    expect((await rejected(load({ environment: { COMPOSE_FILE: 'a.yml:b.yml' } }))).reason).toMatch(
      /^COMPOSE_FILE is set in the environment, and Docker Compose reads the files it names instead of compose\.yml/,
    );
    await writeFile(join(dir, '.env'), 'COMPOSE_FILE=a.yml:b.yml\n');
    expect((await rejected(load())).reason).toMatch(/^COMPOSE_FILE is set in \.env, /);
    expect((await load({ composeFile: 'compose.yml' })).composeFile).toBe('compose.yml');
  });

  it('gives the variables Compose interpolates with: the environment over the .env beside the compose file', async () => {
    await mkdir(join(dir, 'deploy'));
    await writeFile(join(dir, 'deploy', 'compose.yml'), 'services:\n  app:\n    image: a\n');
    await writeFile(
      join(dir, 'deploy', '.env'),
      'REGISTRY=ghcr.io\nTAG=2\nIMAGE=${REGISTRY}/app:${TAG}\n',
    );
    await writeFile(join(dir, '.env'), 'OTHER=1\n');
    const sources = await load({ composeFile: 'deploy/compose.yml', environment: { TAG: '3' } });
    expect(Object.fromEntries(sources.variables)).toEqual({
      TAG: '3',
      REGISTRY: 'ghcr.io',
      IMAGE: 'ghcr.io/app:3',
    });
  });

  it('refuses a .env file Compose cannot read, naming it and the line, never its content', async () => {
    await writeFile(join(dir, '.env'), 'TOKEN=ghp_SECRET\nBROKEN="ghp_SECRET\n');
    const error = await rejected(load());
    expect(error.input).toBe('compose-file');
    expect(error.reason).toBe(
      '.env (the variables of the compose file) line 2: unterminated quoted value',
    );
  });

  it('names the template file and its position when it is not JSON, never its content', async () => {
    await writeFile(join(dir, 'app.json'), '{"name": ghp_SECRET}');
    const error = await rejected(load({ composeFile: 'compose.yml', template: 'app.json' }));
    expect(error.input).toBe('app-compose-template');
    expect(error.reason).toBe(
      'app.json is not valid JSON: unexpected character, expected a JSON value at line 1 column 10 (char 9)',
    );
  });

  it('names the metadata file and its position when it is not JSON, never its content (a symlink to a secret)', async () => {
    await writeFile(join(dir, 'token'), 'ghp_SECRET0123456789\n');
    await symlink(join(dir, 'token'), join(dir, 'metadata.json'));
    const error = await rejected(load({ composeFile: 'compose.yml', metadata: 'metadata.json' }));
    expect(error.reason).toBe(
      'metadata file metadata.json is not valid JSON: unexpected character, expected a JSON value at line 1 column 1 (char 0)',
    );
    await writeFile(join(dir, 'token'), '"ghp_SECRET0123456789"\n');
    expect(
      (await rejected(load({ composeFile: 'compose.yml', metadata: 'metadata.json' }))).reason,
    ).toBe(
      'metadata file metadata.json must be a JSON object (build-push-action or bake-action metadata), not a string',
    );
  });
});

describe('composeEnvironment', () => {
  it("is this process's environment less the action's own inputs and runtime tokens", () => {
    expect(
      composeEnvironment({
        TAG: 'v1',
        HOME: '/root',
        INPUT_TOKEN: 'ghs_secret',
        'INPUT_COMPOSE-FILE': 'x.yml',
        ACTIONS_RUNTIME_TOKEN: 'secret',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret',
        ACTIONS_RESULTS_URL: 'https://results',
        ACTIONS_STEP_DEBUG: 'true',
      }),
    ).toEqual({ TAG: 'v1', HOME: '/root', ACTIONS_STEP_DEBUG: 'true' });
  });
});

describe("loadSources: only the workspace's own files are published", () => {
  let top: string;
  let dir: string;
  const load = (over: LoadOptions = {}) => loadIn(dir, over);

  beforeEach(async () => {
    top = await mkdtemp(join(tmpdir(), 'sources-inside-'));
    dir = join(top, 'workspace');
    await mkdir(join(dir, 'deploy'), { recursive: true });
    // What a link in a repository could point at: a runner's credentials.
    await writeFile(join(top, 'secret.yml'), 'services:\n  app:\n    image: ghp_SECRET\n');
    await writeFile(join(top, 'secret.json'), '{"name": "ghp_SECRET"}');
    await writeFile(join(top, 'secret.env'), 'TAG=ghp_SECRET\n');
    await writeFile(
      join(top, 'metadata.json'),
      JSON.stringify({
        'image.name': 'nginx:1.27',
        'containerimage.digest': `sha256:${'a'.repeat(64)}`,
      }),
    );
    await writeFile(join(dir, 'deploy/compose.yml'), 'services:\n  app:\n    image: nginx:1.27\n');
  });
  afterEach(async () => {
    await rm(top, { recursive: true, force: true });
  });

  const refusal = async (promise: Promise<unknown>): Promise<string> => {
    const error = await rejected(promise);
    expect(error.message).not.toContain('ghp_');
    return error.message;
  };

  it('refuses a default compose file that is a link out of the workspace', async () => {
    await symlink(join(top, 'secret.yml'), join(dir, 'docker-compose.yml'));
    expect(await refusal(load())).toBe(
      'compose-file: docker-compose.yml leads outside the workspace through a symbolic link; only files of the workspace are recorded and published',
    );
  });

  it('refuses a given compose file under a linked directory that leads out', async () => {
    await symlink(top, join(dir, 'up'));
    expect(await refusal(load({ composeFile: 'up/secret.yml' }))).toMatch(
      /^compose-file: up\/secret\.yml leads outside the workspace through a symbolic link/,
    );
  });

  it('reads a compose file that links to another file of the workspace', async () => {
    await symlink('deploy/compose.yml', join(dir, 'compose.yaml'));
    const sources = await load();
    expect(sources.composeFile).toBe('compose.yaml');
    expect(sources.composeText).toContain('nginx:1.27');
  });

  it('refuses a template given by an absolute path outside, or through a link', async () => {
    await writeFile(join(dir, 'docker-compose.yml'), 'services:\n  app:\n    image: nginx:1.27\n');
    expect(await refusal(load({ template: join(top, 'secret.json') }))).toBe(
      `app-compose-template: ${join(top, 'secret.json')} is outside the workspace`,
    );
    await symlink(join(top, 'secret.json'), join(dir, 'app.json'));
    expect(await refusal(load({ template: 'app.json' }))).toMatch(
      /^app-compose-template: app\.json leads outside the workspace through a symbolic link/,
    );
  });

  it('refuses an .env beside the compose file that is a link out (its values become image names)', async () => {
    await writeFile(
      join(dir, 'docker-compose.yml'),
      'services:\n  app:\n    image: nginx:${TAG}\n',
    );
    await symlink(join(top, 'secret.env'), join(dir, '.env'));
    expect(await refusal(load())).toMatch(
      /^compose-file: \.env leads outside the workspace through a symbolic link/,
    );
  });

  it('reads buildx metadata from anywhere (build tools write it under RUNNER_TEMP)', async () => {
    await writeFile(join(dir, 'docker-compose.yml'), 'services:\n  app:\n    image: nginx:1.27\n');
    const sources = await load({ metadata: join(top, 'metadata.json') });
    expect(sources.metadata.map((m) => m.digest)).toEqual([`sha256:${'a'.repeat(64)}`]);
  });
});
