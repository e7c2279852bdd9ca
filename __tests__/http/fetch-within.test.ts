import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWithin } from '../../src/http/fetch-within.js';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/small') return res.end('hello');
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const write = (): void => {
        while (res.write(Buffer.alloc(64 * 1024, 32)));
        res.once('drain', write);
      };
      return write();
    }
    if (req.url === '/stall') return; // accepts, never answers
    if (req.url === '/slow-body') {
      res.writeHead(200);
      res.write('{');
      return; // headers and a byte, then nothing
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchWithin', () => {
  const limited = fetchWithin({ timeoutMs: 500, maxBytes: 1024 * 1024 });

  it('answers within its limits as fetch does', async () => {
    const answer = await limited(`${base}/small`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('hello');
  });

  it('refuses an endless body, naming the host and the request', async () => {
    await expect(limited(`${base}/endless`)).rejects.toThrow(
      /^127\.0\.0\.1:\d+ answered GET \/endless with more than 1048576 bytes; refused$/,
    );
  });

  it('fails a request that is never answered, and a body that never ends, in time', async () => {
    await expect(limited(`${base}/stall`)).rejects.toThrow(
      /^no answer from 127\.0\.0\.1:\d+ within 0\.5 s to GET \/stall$/,
    );
    await expect(limited(`${base}/slow-body`)).rejects.toThrow(/within 0\.5 s to GET \/slow-body/);
  });
});
