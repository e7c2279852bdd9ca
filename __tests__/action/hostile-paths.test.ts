import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, useActionWorkspace, type ActionRun } from '../helpers/action.js';
import type { GitHubServer } from '../helpers/github-server.js';

// Symbolic links in a checked-out repository, through the bundled action: a compose file, a
// template or a releases directory that leads out of the workspace (to a runner's credentials, to
// another checkout) is refused before anything is read from or written to GitHub, and nothing of
// the file it leads to is printed.

const SECRET = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const DIGEST = `sha256:${'a'.repeat(64)}`;

let server: GitHubServer;
let outside: string;
let workspace: string;
useActionWorkspace(
  (t) => ({ server, workspace } = t),
  { prefix: 'rt-hostile-paths-' },
  (ws) => {
    // The runner's own files, beside the workspace.
    outside = join(ws, '..', 'runner');
    mkdirSync(outside);
    writeFileSync(join(outside, 'credentials.yml'), `services:\n  app:\n    image: ${SECRET}\n`);
    writeFileSync(join(outside, 'credentials.json'), `{"name": "${SECRET}"}`);
    writeFileSync(
      join(ws, 'compose.yaml'),
      `services:\n  app:\n    image: ghcr.io/acme/app:1.0.0@${DIGEST}\n`,
    );
  },
);

const errors = (r: ActionRun): string[] =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .map((l) => l.slice('::error::'.length));

async function refused(inputs: Record<string, string>): Promise<string[]> {
  const r = await runAction(server, workspace, { 'pin-all-images': 'false', ...inputs });
  expect(r.code).toBe(1);
  expect(`${r.stdout}${r.stderr}${r.summary}`).not.toContain('ghp_');
  // Nothing asked of GitHub, nothing written anywhere.
  expect(server.requests).toEqual([]);
  expect(existsSync(join(workspace, 'releases'))).toBe(false);
  expect(readdirSync(outside).sort()).toEqual(['credentials.json', 'credentials.yml']);
  return errors(r);
}

describe('links out of the workspace are refused before anything remote', () => {
  it('a default compose file that is a link to a file outside', async () => {
    symlinkSync(join(outside, 'credentials.yml'), join(workspace, 'docker-compose.yml'));
    expect(await refused({})).toEqual([
      'compose-file: docker-compose.yml leads outside the workspace through a symbolic link; only files of the workspace are recorded and published',
    ]);
  });

  it('a compose-file given through a linked directory', async () => {
    symlinkSync(outside, join(workspace, 'deploy'));
    expect(await refused({ 'compose-file': 'deploy/credentials.yml' })).toEqual([
      'compose-file: deploy/credentials.yml leads outside the workspace through a symbolic link; only files of the workspace are recorded and published',
    ]);
  });

  it('an app-compose template given by an absolute path outside', async () => {
    const template = join(outside, 'credentials.json');
    expect(
      await refused({ 'compose-file': 'compose.yaml', 'app-compose-template': template }),
    ).toEqual([`app-compose-template: ${template} is outside the workspace`]);
  });

  it('an app-compose template that is a link out', async () => {
    symlinkSync(join(outside, 'credentials.json'), join(workspace, 'app.json'));
    expect(
      await refused({ 'compose-file': 'compose.yaml', 'app-compose-template': 'app.json' }),
    ).toEqual([
      'app-compose-template: app.json leads outside the workspace through a symbolic link; only files of the workspace are recorded and published',
    ]);
  });

  it('a releases directory that is a link to a directory outside', async () => {
    symlinkSync(outside, join(workspace, 'records'));
    expect(await refused({ 'compose-file': 'compose.yaml', 'releases-dir': 'records' })).toEqual([
      'releases-dir: records leads outside the workspace through a symbolic link; only files of the workspace are recorded and published',
    ]);
  });
});

describe('links inside the workspace are the workspace', () => {
  it('records a compose file that links to another file of the workspace', async () => {
    mkdirSync(join(workspace, 'deploy'));
    writeFileSync(
      join(workspace, 'deploy/prod.yaml'),
      `services:\n  app:\n    image: ghcr.io/acme/app:1.0.0@${DIGEST}\n`,
    );
    symlinkSync('deploy/prod.yaml', join(workspace, 'docker-compose.yml'));
    const r = await runAction(server, workspace, {
      'pin-all-images': 'false',
      commit: 'false',
      'upload-assets': 'false',
      'create-release': 'false',
      'upload-artifact': 'false',
    });
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['images']).toContain(DIGEST);
  });
});
