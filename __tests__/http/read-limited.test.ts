import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readLimited } from '../../src/http/read-limited.js';

/** A web stream of `chunks` chunks of `size` bytes (endless when chunks is Infinity), counting pulls. */
function stream(
  chunks: number,
  size: number,
): { body: ReadableStream<Uint8Array>; pulls: () => number; cancelled: () => boolean } {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, pulls: () => pulled, cancelled: () => cancelled };
}

describe('readLimited', () => {
  it('reads a body within its limit whole', async () => {
    const { body } = stream(4, 1000);
    expect((await readLimited(body, 4000)).length).toBe(4000);
  });

  it('stops an endless body at its limit and cancels it', async () => {
    const s = stream(Infinity, 64 * 1024);
    await expect(readLimited(s.body, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    // The limit plus one chunk was pulled, not the body.
    expect(s.pulls()).toBeLessThanOrEqual(1024 / 64 + 2);
    expect(s.cancelled()).toBe(true);
  });

  it('reads Node streams (stdin) with the same limit', async () => {
    const ok = Readable.from([Buffer.from('ab'), 'cd']);
    expect((await readLimited(ok, 4)).toString()).toBe('abcd');
    let produced = 0;
    const endless = new Readable({
      read() {
        produced++;
        this.push(Buffer.alloc(1024));
      },
    });
    await expect(readLimited(endless, 10 * 1024)).rejects.toThrow('more than 10240 bytes');
    expect(produced).toBeLessThan(64);
    expect(endless.destroyed).toBe(true);
  });

  it('reads nothing from no body', async () => {
    expect((await readLimited(null, 0)).length).toBe(0);
  });
});
