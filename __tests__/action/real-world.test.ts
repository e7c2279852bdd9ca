import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runAction, useActionWorkspace, type ActionRun } from '../helpers/action.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { fakeDigest, REAL_WORLD } from '../helpers/real-world.js';
import type { Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

// Public stacks that write Compose in ways a record could silently leave services out of, run
// through the bundled action as the runner runs it, against the GitHub API test server: each is
// refused before anything changes, or recorded with every service accounted for. Their images are
// moved to a registry on loopback, so no look-up leaves the machine.
const support = registryTests('action real-world');
const { suite } = support;

let registry: Registry;
useRegistry({ auth: 'htpasswd' }, (started) => void (registry = started));

let server: GitHubServer;
let workspace: string;
useActionWorkspace((t) => ({ server, workspace } = t), {
  prefix: 'rt-action-real-',
  available: support.available,
});

/**
 * The case's files as the checked-out repository, with the images of `moved` (`host/path` or
 * Docker Hub `path` prefixes) moved to the registry on loopback.
 */
function useCase(name: string, moved: readonly [string, string][] = []): void {
  cpSync(join(REAL_WORLD, name), workspace, { recursive: true });
  for (const file of ['.env', 'metadata.json', 'compose.yaml', 'docker-compose.base.yml']) {
    const path = join(workspace, file);
    if (!existsSync(path)) continue;
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of moved) text = text.split(from).join(`${registry.host}/${to}`);
    writeFileSync(path, text);
  }
}

const run = (
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> =>
  runAction(
    server,
    workspace,
    { 'upload-artifact': 'false', ...inputs },
    { env: { DOCKER_CONFIG: registry.dockerConfig, ...env } },
  );

const lines = (r: ActionRun, command: string): string[] =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${command}::`))
    .map((l) => l.slice(command.length + 4));

function recorded(): { service: string; reference: string; source: string }[] {
  const text = readFileSync(join(workspace, 'releases/v1.0.0-release-info.json'), 'utf8');
  return (JSON.parse(text) as { images: { service: string; reference: string; source: string }[] })
    .images;
}

/** Refused naming the input, and nothing written, committed or released. */
async function expectRefused(r: ActionRun, message: RegExp): Promise<void> {
  expect(r.code, r.stdout).toBe(1);
  const [error, ...more] = lines(r, 'error');
  expect(more).toEqual([]);
  expect(error).toMatch(/^compose-file: /);
  expect(error?.slice('compose-file: '.length)).toMatch(message);
  expect(existsSync(join(workspace, 'releases'))).toBe(false);
  expect(server.releases()).toEqual([]);
  expect(await server.git.readFile('main', 'releases/v1.0.0-release-info.json')).toBeNull();
}

suite('the bundled action on stacks that write Compose in every way', () => {
  it('an override file beside the compose file found by default: refused, naming both', async () => {
    useCase('fastapi-template-override');
    await expectRefused(
      await run({ 'pin-all-images': 'false' }),
      /^compose\.override\.yml lies beside compose\.yml, and Docker Compose merges it over compose\.yml when it is given no file \("docker compose up"\), so recording compose\.yml alone would not be what Compose runs here; to record compose\.yml by itself/,
    );
  });

  it('include: refused, naming the file and the line', async () => {
    useCase('local-ai-packaged-include');
    await expectRefused(
      await run({ 'pin-all-images': 'false' }),
      /^docker-compose\.yml line 1: "include:" pulls services from other compose files, which the pinned file would leave out; .*docker compose -f docker-compose\.yml config --no-interpolate > compose\.release\.yml/,
    );
  });

  it('extends with file: refused, naming the service, the file and the line', async () => {
    useCase('dfir-iris-extends-file');
    await expectRefused(
      await run({ 'pin-all-images': 'false' }),
      /^docker-compose\.yml line 21: service "rabbitmq" extends a service of another file \("extends" with "file:"\)/,
    );
  });

  it.each([
    ['a service name that would forge a table row', '  "app|sha256:forged":\n    image: a\n'],
    ['a service name with a link', '  "[x](https://evil.example)":\n    image: a\n'],
    ['a NUL byte', '  app:\n    image: "a\\u0000"\n'.replace('\\u0000', '\u0000')],
  ])('%s: refused before anything remote, without repeating it', async (_what, services) => {
    writeFileSync(join(workspace, 'docker-compose.yml'), `services:\n${services}`);
    const refused = await run({ 'pin-all-images': 'false' });
    await expectRefused(
      refused,
      /^(the service named at line 2 of docker-compose\.yml is not a Compose service name|docker-compose\.yml holds a NUL byte at line 3, column 14)/,
    );
    expect(refused.stdout).not.toMatch(/forged|evil\.example/);
  });

  it("the action's own inputs and tokens are not variables a compose file can read", async () => {
    writeFileSync(
      join(workspace, 'docker-compose.yml'),
      'services:\n  app:\n    image: ghcr.io/acme/app:${INPUT_TOKEN:?}\n',
    );
    const refused = await run({ 'pin-all-images': 'true' });
    expect(refused.code).toBe(1);
    expect(lines(refused, 'error')).toEqual([
      'pin-all-images: service "app" in docker-compose.yml has image "ghcr.io/acme/app:${INPUT_TOKEN:?}", which cannot be interpolated: variable INPUT_TOKEN is required (":?" or "?") and has no value, so it cannot be pinned; bind it as app=name:tag (images), give this run the variables it needs (the environment, or the .env file beside the compose file), or turn pin-all-images off',
    ]);
    expect(refused.stdout).not.toContain(server.token);
  });

  it('a stack with interpolated images built with bake: every target pinned through its metadata', async () => {
    useCase('otel-demo-bake', [['ghcr.io/open-telemetry/demo', 'open-telemetry/demo']]);
    const ok = await run({
      'compose-file': 'compose.yaml',
      metadata: 'metadata.json',
      'pin-all-images': 'false',
    });
    expect(ok.code, ok.stdout).toBe(0);
    const images = recorded();
    expect(images).toHaveLength(16);
    for (const image of images) {
      expect(image).toMatchObject({
        reference: `${registry.host}/open-telemetry/demo:2.1.0-${image.service}@${fakeDigest('otel-demo-bake', image.service)}`,
        source: 'buildx-metadata',
      });
    }
    // No "matches no compose service"; the images nobody built are named as left unpinned.
    const warned = lines(ok, 'warning');
    expect(warned.filter((w) => /matches no compose service/.test(w))).toEqual([]);
    expect(warned.filter((w) => /keeps an unpinned image/.test(w))).toHaveLength(4);
    const pinned = readFileSync(join(workspace, 'releases/v1.0.0-docker-compose.yml'), 'utf8');
    expect(pinned).not.toMatch(/\$\{IMAGE_NAME\}/);
    expect(pinned).toContain(`    image: \${FLAGD_IMAGE}\n`);
    expect(ok.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    const committed = await server.git.readFile('main', 'releases/v1.0.0-docker-compose.yml');
    expect(committed?.toString()).toBe(pinned);
  });

  it('extends within the file: the extending service recorded through the one it extends', async () => {
    useCase('pycroft-bake-extends', [['agdsn/pycroft-', 'agdsn/pycroft-']]);
    const ok = await run(
      {
        'compose-file': 'docker-compose.base.yml',
        metadata: 'metadata.json',
        'pin-all-images': 'false',
      },
      { TAG: 'v1.0.0' },
    );
    expect(ok.code, ok.stdout).toBe(0);
    const dev = `${registry.host}/agdsn/pycroft-dev:v1.0.0@${fakeDigest('pycroft-bake-extends', 'dev-base')}`;
    expect(recorded().map((i) => [i.service, i.reference])).toEqual([
      [
        'base',
        `${registry.host}/agdsn/pycroft-base:v1.0.0@${fakeDigest('pycroft-bake-extends', 'base')}`,
      ],
      ['dev-base', dev],
      ['dev', dev],
    ]);
    expect(lines(ok, 'warning')).toEqual(
      expect.arrayContaining([
        'service "db" has only "build:" and no image: it is built from source where it is deployed, and not recorded (pin-all-images is off)',
      ]),
    );
  });
});
