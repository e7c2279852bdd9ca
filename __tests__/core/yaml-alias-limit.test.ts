import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompose } from '../../src/core/compose-load.js';
import { FIXTURES } from '../helpers/cli.js';

// The limits are checked as compose files are loaded (compose-load.ts), so they are tested there.
describe('YAML aliases, judged by what they expand to', () => {
  it("loads Sentry's self-hosted compose (over a hundred aliases)", () => {
    const text = readFileSync(
      join(FIXTURES, 'real-world/sentry-self-hosted/docker-compose.yml'),
      'utf8',
    );
    expect((text.match(/\*[a-z_-]+/g) ?? []).length).toBeGreaterThan(100);
    expect(loadCompose(text, 'docker-compose.yml').entries).toHaveLength(57);
  });

  it('loads an anchor that holds an alias, used by 150 services', () => {
    const text =
      'x-restart: &restart\n  restart: always\nx-base: &base\n  <<: *restart\n  init: true\nservices:\n' +
      Array.from(
        { length: 150 },
        (_, i) => `  s${i}:\n    <<: *base\n    image: acme/s${i}\n`,
      ).join('');
    expect(loadCompose(text, 'f').entries).toHaveLength(150);
  });

  it('refuses a bomb of 10^30 nodes at once, by counting, not expanding', () => {
    const levels = Array.from(
      { length: 30 },
      (_, i) => `x${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(',')}]`,
    );
    const text = ['x0: &a0 [lol]', ...levels, 'services:\n  app: {image: x, labels: *a30}'].join(
      '\n',
    );
    expect(() => loadCompose(text, 'f')).toThrow(
      /f is refused: its YAML aliases expand to \d+ of its \d+ nodes \(an alias bomb\?\)/,
    );
  });

  it('refuses a 100 MB input by its size, before reading it as YAML', () => {
    const text = `services:\n  app: {image: x}\n#${'x'.repeat(100 * 1024 * 1024)}\n`;
    expect(() => loadCompose(text, 'big.yml')).toThrow(/big\.yml is \d+ bytes; compose files over/);
  });
});
