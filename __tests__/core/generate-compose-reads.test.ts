import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCompose } from '../../src/core/compose-load.js';
import { generateRelease, type GenerateRequest } from '../../src/core/generate.js';
import { parseImageSpecs } from '../../src/core/image-plan.js';
import { ACTION_NAMES } from '../../src/core/input-names.js';
import { parseTag } from '../../src/core/version.js';

// Every reader of a compose file starts from loadCompose: counting its calls counts the reads.
vi.mock('../../src/core/compose-load.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/compose-load.js')>();
  return { ...actual, loadCompose: vi.fn(actual.loadCompose) };
});

const D = `sha256:${'ab'.repeat(32)}`;

function request(composeText: string, images: string): GenerateRequest {
  return {
    version: parseTag('v1.0.0'),
    composeText,
    composeFile: 'docker-compose.yml',
    specs: parseImageSpecs(images),
    metadata: [],
    defaultAppName: 'app',
    pinAll: false,
    releasesDir: 'releases',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    repository: 'acme/app',
    git: null,
    workflow: null,
    names: ACTION_NAMES,
  };
}

const texts = (): unknown[] => vi.mocked(loadCompose).mock.calls.map(([text]) => text);

describe('generateRelease reads each compose text once', () => {
  beforeEach(() => {
    vi.mocked(loadCompose).mockClear();
  });

  it('with nothing to pin: the source only, reused as the pinned file', async () => {
    const compose = `services:\n  app:\n    image: acme/app:1@${D}\n`;
    const generated = await generateRelease(request(compose, ''), undefined);
    expect(generated.files[2].content.toString()).toBe(compose);
    expect(texts()).toEqual([compose]);
  });

  it('with an image pinned in place: the source, then the pinned file', async () => {
    const compose = 'services:\n  app:\n    build: .\n    image: acme/app:1\n';
    const generated = await generateRelease(request(compose, `app=acme/app:1@${D}`), undefined);
    const pinned = generated.files[2].content.toString();
    expect(pinned).toBe(`services:\n  app:\n    image: acme/app:1@${D}\n`);
    expect(texts()).toEqual([compose, pinned]);
  });
});
