/**
 * Small loopback servers that answer the way an attacker's (or a broken) registry would: a body
 * that never ends, token realms that redirect, any answer a test scripts. Each records what it
 * was asked, headers and bodies included, so a test can prove what was (not) sent.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLI, type Run } from './cli.js';

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface TestServer {
  /** `127.0.0.1:PORT` */
  readonly host: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly requests: readonly SeenRequest[];
  stop(): Promise<void>;
}

export type Handler = (req: SeenRequest, res: http.ServerResponse) => void;

/** A server on a free loopback port; `handler` answers each request once its body has arrived. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(seen);
      handler(seen, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Most an endless body sends before it gives up: far past any limit, short of hurting the machine. */
export const ENDLESS_CAP_BYTES = 1024 * 1024 * 1024;

/**
 * Writes 64 KiB chunks for as long as the client reads them (up to ENDLESS_CAP_BYTES); returns
 * a counter of the bytes written so far.
 */
export function endlessBody(res: http.ServerResponse, sent: { bytes: number }): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const write = (): void => {
    while (sent.bytes < ENDLESS_CAP_BYTES) {
      sent.bytes += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    res.end();
  };
  write();
}

/**
 * A registry without auth whose manifests answer `HEAD` with no digest (so a client must `GET`
 * and hash the body) and `GET` with a body that never ends.
 */
export async function startEndlessRegistry(): Promise<TestServer & { sent: { bytes: number } }> {
  const sent = { bytes: 0 };
  const server = await startServer((req, res) => {
    if (!req.path.includes('/manifests/')) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json' });
    if (req.method === 'HEAD') return void res.end();
    endlessBody(res, sent);
  });
  return { ...server, sent };
}

export interface MeasuredRun extends Run {
  /** The CLI process's peak resident memory, in bytes (`process.resourceUsage().maxRSS`). */
  readonly peakRssBytes: number;
}

/** Node reports the process's own peak memory as it exits, on a line of its own on stderr. */
const RSS_HOOK =
  'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>writeSync(2,`\\nrt-peak-rss-kib=${process.resourceUsage().maxRSS}\\n`))';

/**
 * Runs the built CLI without blocking this process (so servers here keep answering), and reports
 * its peak memory. The measuring line is taken out of `stderr`.
 */
export function cliMeasured(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', RSS_HOOK, CLI, ...args], {
      cwd,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      const m = /\nrt-peak-rss-kib=(\d+)\n$/.exec(stderr);
      if (!m?.[1]) return reject(new Error(`no peak memory reported; stderr: ${stderr}`));
      resolve({
        code,
        stdout,
        stderr: stderr.slice(0, m.index),
        peakRssBytes: Number(m[1]) * 1024,
      });
    });
  });
}
