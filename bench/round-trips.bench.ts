// Run by `npm run bench` (through vitest, which loads the TypeScript test server): a full run of
// the bundled action against the GitHub API test server at 100 ms per request, counted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runAction } from '../__tests__/helpers/action.js';
import { digestOf, tempDir } from '../__tests__/helpers/cli.js';
import { sequentialRoundTrips, start } from '../__tests__/helpers/github-server.js';

const LATENCY_MS = 100;

it('counts the sequential GitHub API round trips of a full run', async () => {
  const node = process.env['NODE24_BIN'] || process.execPath;
  const server = await start({ owner: 'acme', repo: 'app', latencyMs: LATENCY_MS });
  const { dir, cleanup } = tempDir('rt-bench-');
  try {
    const workspace = join(dir, 'workspace');
    mkdirSync(workspace);
    writeFileSync(
      join(workspace, 'docker-compose.yml'),
      `services:\n  app:\n    build: .\n    image: ghcr.io/acme/app:latest\n  proxy:\n    image: nginx:1.27@${digestOf(11)}\n`,
    );
    const inputs = { images: `app=ghcr.io/acme/app@${digestOf(1)}`, 'pin-all-images': 'false' };
    const scenarios: [string, Parameters<typeof runAction>[3]][] = [
      ['first run (commit, create, upload, publish)', { node }],
      ['re-run (nothing to change)', { node, env: { GITHUB_RUN_ATTEMPT: '2' } }],
      [
        'first run without an event payload (default branch asked of the API)',
        { node, tag: 'v1.0.1', event: false },
      ],
    ];
    for (const [scenario, options] of scenarios) {
      server.clearRequests();
      const started = performance.now();
      const run = await runAction(server, workspace, inputs, options);
      const wall = performance.now() - started;
      expect(run.code).toBe(0);
      const trips = sequentialRoundTrips(server.requests);
      const apiTime =
        Math.max(...server.requests.map((r) => r.end)) -
        Math.min(...server.requests.map((r) => r.start));
      console.log(
        `[bench] ${scenario}: ${trips} sequential round trips, ${server.requests.length} requests, ` +
          `${apiTime.toFixed(0)} ms in the API at ${LATENCY_MS} ms/request, ${wall.toFixed(0)} ms wall`,
      );
      console.log(
        `[bench]   ${server.requests.map((r) => `${r.method} ${r.operation ?? r.path}`).join(' | ')}`,
      );
    }
  } finally {
    await server.stop();
    cleanup();
  }
});
