import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { NODES, tempDir } from '../helpers/cli.js';
import { dockerConfigDir, helperBin, type HelperBin } from '../helpers/credential-helpers.js';
import { start, type GitHubServer } from '../helpers/github-server.js';
import type { PushedManifest, Registry } from '../helpers/registry-server.js';
import { registryTests, useRegistry } from '../helpers/registry-suite.js';

// The bundled action on a self-hosted runner whose Docker config keeps registry credentials in a
// credential helper (credsStore) rather than in `auths`.
const support = registryTests('action helper');
const suite = support.suite;

let registry: Registry;
let image: PushedManifest;
let bin: HelperBin;
let server: GitHubServer;
let root: string;
let cleanup: () => void;
useRegistry({ auth: 'htpasswd' }, async (started) => {
  registry = started;
  image = await registry.pushImage('acme/app', '1.0.0');
  bin = helperBin();
  bin.answering('runner-store', registry.username, registry.password);
  server = await start({ owner: 'acme', repo: 'app' });
  ({ dir: root, cleanup } = tempDir('rt-action-helpers-'));
});
afterAll(async () => {
  await server?.stop();
  bin?.cleanup();
  cleanup?.();
});

suite('the bundled action with a credential helper', () => {
  it.each(NODES)('pins from the registry and masks the secret, on %s', async (node) => {
    const workspace = join(root, `workspace-${NODES.indexOf(node)}`);
    mkdirSync(workspace);
    writeFileSync(
      join(workspace, 'docker-compose.yml'),
      `services:\n  app:\n    image: ${registry.host}/acme/app:latest\n`,
    );
    const dockerConfig = dockerConfigDir(root, `docker-${NODES.indexOf(node)}`, {
      credsStore: 'runner-store',
    });
    const run = await runAction(
      server,
      workspace,
      { images: `app=${registry.host}/acme/app`, 'dry-run': 'true' },
      { node, env: { DOCKER_CONFIG: dockerConfig, PATH: bin.path, RUNNER_DEBUG: '1' } },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs['images'] ?? '[]')).toEqual([
      expect.objectContaining({
        service: 'app',
        digest: image.digest,
        reference: `${registry.host}/acme/app:1.0.0@${image.digest}`,
      }),
    ]);
    // The runner hides a masked value everywhere, and the mask command is never printed itself.
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l === `::add-mask::${registry.password}`)).toHaveLength(1);
    const shown = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [shown, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(registry.password);
    }
    expect(bin.calls('runner-store').at(-1)).toBe(registry.host);
  });
});
