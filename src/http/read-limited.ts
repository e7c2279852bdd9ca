/**
 * Reading an answer with its byte limit enforced as it streams: the bytes are counted chunk by
 * chunk and the stream is cancelled the moment the limit is passed, so an endless body costs at
 * most the limit plus one chunk, never the whole body first.
 */

/** A body passed its limit; nothing of it is kept. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

/** A source of bytes: a fetch body (web stream), a Node stream such as stdin, or any iterable. */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/**
 * All of `source`, at most `limit` bytes; more throws `BodyTooLargeError` after cancelling the
 * source (for a fetch body this closes the connection).
 */
export async function readLimited(source: ByteSource | null, limit: number): Promise<Buffer> {
  if (source === null) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const take = (chunk: Uint8Array | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += bytes.length;
    if (total > limit) throw new BodyTooLargeError(limit);
    chunks.push(bytes);
  };
  if (isWebStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
      }
    } catch (error) {
      // Stop the transfer: an oversized (or failed) body is not read any further.
      await reader.cancel().catch(() => undefined);
      throw error;
    } finally {
      reader.releaseLock();
    }
  } else {
    // Leaving a for-await early calls the iterator's return(), which destroys a Node stream.
    for await (const chunk of source) take(chunk);
  }
  return Buffer.concat(chunks, total);
}

function isWebStream(source: ByteSource): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream<Uint8Array>).getReader === 'function';
}
