import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseMetadataText } from '../../src/core/metadata.js';
import { loadMetadata } from '../../src/workspace/sources.js';
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
