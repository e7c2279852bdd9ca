import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempDir } from '../helpers/cli.js';

// A path a user passes may lead to a file that is not what it claims (a mistyped path, or a
// symlink to a credentials file): a message names the file and what is wrong, never its bytes.
const NEAR = join(FIXTURES, 'dstack-attest/near-mpc/public_data.json');
const SECRET = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';

describe('errors about unreadable input files never quote them', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir('rt-secret-'));
    mkdirSync(join(dir, 'releases'));
    for (const name of [
      'doc.json',
      'collateral.json',
      'os.json',
      'metadata.json',
      'template.json',
    ]) {
      writeFileSync(join(dir, name), `${SECRET}\n`);
    }
    writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  app:\n    image: nginx:1.27\n');
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, 'docker/config.json'), `{"auths": ${SECRET}}`);
  });
  afterAll(() => cleanup());

  it.each([
    ['an attestation document', ['attest', 'doc.json'], 'doc.json'],
    ['an attestation document, --json', ['attest', 'doc.json', '--json'], 'doc.json'],
    ['collateral', ['attest', NEAR, '--collateral', 'collateral.json'], 'collateral.json'],
    ['OS measurements', ['attest', NEAR, '--os-measurements', 'os.json'], '--os-measurements'],
    [
      'buildx metadata',
      ['generate', 'v1.0.0', '--metadata', 'metadata.json', '--offline'],
      'metadata',
    ],
    [
      'an app-compose template',
      ['generate', 'v1.0.0', '--app-compose-template', 'template.json', '--offline'],
      'template',
    ],
  ])('%s', (_what, args, named) => {
    const run = cli(args, dir);
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toContain('ghp_');
    expect(run.stderr).toContain(named);
  });

  it('a Docker config that is not JSON', () => {
    const run = cli(['generate', 'v1.0.0', 'app=nginx:1.27'], dir, {
      DOCKER_CONFIG: join(dir, 'docker'),
    });
    expect(`${run.stdout}${run.stderr}`).not.toContain('ghp_');
    expect(run.stderr).toContain('config.json: not valid JSON');
  });
});
