import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION } from './cli.js';
import type { GitHubServer } from './github-server.js';

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Parses `GITHUB_OUTPUT` as the runner does: `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

/**
 * Runs the bundled action as the runner does: `node dist/index.js` with `INPUT_*` (names upper-cased,
 * hyphens kept), `GITHUB_*`, and files for outputs and the step summary.
 */
export function runAction(
  server: GitHubServer | undefined,
  workspace: string,
  inputs: Record<string, string>,
  opts: { node?: string; env?: Record<string, string>; sha?: string } = {},
): Promise<ActionRun> {
  const outputFile = join(workspace, '..', `${Date.now()}-${Math.random()}-output`);
  const summaryFile = `${outputFile}-summary`;
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: server ? `${server.owner}/${server.repo}` : 'acme/app',
    GITHUB_REF: 'refs/tags/v1.0.0',
    GITHUB_SHA: opts.sha ?? 'a'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...(server && { GITHUB_API_URL: server.url, GITHUB_SERVER_URL: server.serverUrl }),
    ...(server && { INPUT_TOKEN: server.token }),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env,
  };
  return new Promise((resolve, reject) => {
    // Asynchronous: the API server runs in this process and must keep answering.
    const child = spawn(opts.node ?? process.execPath, [ACTION], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
  });
}
