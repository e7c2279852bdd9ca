import { describe, expect, it } from 'vitest';
import { defaultComposeFiles, overrideComposeFiles } from '../../src/core/compose-file-names.js';

describe('defaultComposeFiles', () => {
  it('follows the documented order', () => {
    expect(defaultComposeFiles).toEqual([
      'docker-compose.yml',
      'compose.yaml',
      'compose.yml',
      'docker-compose.yaml',
    ]);
  });
});

describe('overrideComposeFiles', () => {
  it("are Docker Compose's, in its order of preference", () => {
    expect(overrideComposeFiles).toEqual([
      'compose.override.yml',
      'compose.override.yaml',
      'docker-compose.override.yml',
      'docker-compose.override.yaml',
    ]);
  });
});
