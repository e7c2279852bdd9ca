import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getPublic, type PublicRetry } from '../../src/http/get-public.js';
import { failure } from '../helpers/failure.js';

// A GET of a public URL (an attestation document, a PCCS): no credentials, redirects checked by
// hand, and transient failures tried again while a stall is not.

let server: Server | undefined;
const seen: IncomingMessage[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  seen.length = 0;
  server = createServer((req, res) => {
    seen.push(req);
    handler(req, res, seen.length);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

const waits: number[] = [];
const retry: PublicRetry = {
  retries: 2,
  baseMs: 100,
  maxRetryAfterMs: 10_000,
  sleep: async (ms) => void waits.push(ms),
};
const limits = { timeoutMs: 500, maxBytes: 1024 };
const get = (url: string, r: PublicRetry = retry) => {
  waits.length = 0;
  return getPublic(new URL(url), limits, 'application/json', fetch, r);
};

describe('getPublic retries what a second try can fix, and nothing else', () => {
  it('a 503 twice, then the document', async () => {
    const base = await serve((_req, res, n) => {
      res.statusCode = n < 3 ? 503 : 200;
      res.end(n < 3 ? '' : '{"ok":true}');
    });
    const response = await get(`${base}/prpc/Info`);
    expect(await response.text()).toBe('{"ok":true}');
    expect(seen).toHaveLength(3);
    expect(waits.map((w) => Math.round(w / 100))).toEqual([1, 2]);
  });

  it('a 503 every time: three tries, then the status, naming the host', async () => {
    const base = await serve((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    const error = await failure(get(`${base}/prpc/Info`));
    expect(error.message).toMatch(/^127\.0\.0\.1:\d+ answered GET \/prpc\/Info with HTTP 503$/);
    expect(seen).toHaveLength(3);
  });

  it('waits what Retry-After asks, and gives up at once when it asks too much', async () => {
    let base = await serve((_req, res, n) => {
      res.writeHead(n === 1 ? 429 : 200, n === 1 ? { 'retry-after': '3' } : {});
      res.end('{}');
    });
    await get(`${base}/a`);
    expect(waits).toEqual([3000]);
    server?.close();
    base = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    });
    await expect(get(`${base}/a`)).rejects.toThrow(/answered GET \/a with HTTP 429$/);
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a refused connection is tried again, then named', async () => {
    const base = await serve(() => undefined);
    const port = (server?.address() as AddressInfo).port;
    server?.close();
    server = undefined;
    const error = await failure(get(`${base}/x`));
    expect(error.message).toMatch(
      new RegExp(`^127\\.0\\.0\\.1:${port} unreachable for GET /x: connect ECONNREFUSED`),
    );
    expect(waits).toHaveLength(2);
  });

  it('a server that never answers is not tried again: it fails in one time limit', async () => {
    const base = await serve(() => undefined);
    const error = await failure(get(`${base}/stall`));
    expect(error.message).toMatch(/^no answer from 127\.0\.0\.1:\d+ within 0\.5 s to GET \/stall$/);
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a 404 is an answer: not tried again', async () => {
    const base = await serve((_req, res) => {
      res.statusCode = 404;
      res.end();
    });
    await expect(get(`${base}/missing`)).rejects.toThrow(/with HTTP 404$/);
    expect(seen).toHaveLength(1);
  });

  it('sends no credentials, and follows a redirect only to https or loopback', async () => {
    const base = await serve((req, res, n) => {
      if (n === 1) {
        res.writeHead(302, { location: 'http://example.com/elsewhere' });
        return res.end();
      }
      res.end('{}');
    });
    await expect(get(`${base}/doc`)).rejects.toThrow(
      /redirected to http:\/\/example\.com: only https:\/\/ \(or http:\/\/ to a loopback host\) is followed$/,
    );
    expect(seen[0]?.headers['authorization']).toBeUndefined();
    expect(seen[0]?.headers['cookie']).toBeUndefined();
  });
});
