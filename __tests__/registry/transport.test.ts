import { describe, expect, it } from 'vitest';
import { describeStatus, registryErrorDetail } from '../../src/registry/errors.js';
import { contentType, isMediaType, isPlatformPart } from '../../src/registry/manifest.js';
import { backoffMs, retryAfterMs, WaitBudget } from '../../src/http/retry.js';
import { credentialsMayFollow } from '../../src/registry/transport.js';

describe('credentials after a redirect (Docker’s rule, a little stricter)', () => {
  it.each([
    ['https://auth.example.com/token', 'https://auth.example.com/v2/token', true],
    ['https://example.com/token', 'https://auth.example.com/token', true],
    ['https://EXAMPLE.com/token', 'https://a.b.example.com/token', true],
    ['https://auth.example.com/token', 'https://example.com/token', false],
    ['https://example.com/token', 'https://badexample.com/token', false],
    ['https://example.com/token', 'https://example.com.evil.io/token', false],
    ['https://example.com/token', 'http://example.com/token', false],
    ['https://example.com/token', 'https://example.com:8443/token', false],
    ['http://127.0.0.1:5000/token', 'http://127.0.0.1:5000/other', true],
    ['http://127.0.0.1:5000/token', 'http://127.0.0.1:5001/token', false],
    ['http://localhost:5000/token', 'https://localhost:5000/token', true],
    ['https://10.0.0.1/token', 'https://10.0.0.1:444/token', false],
    ['http://[::1]:5000/token', 'http://[::1]:5000/v2/token', true],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(credentialsMayFollow(new URL(from), new URL(to))).toBe(expected);
  });
});

describe('retries', () => {
  it.each([
    ['0', 0],
    ['30', 30_000],
    [' 2 ', 2_000],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 5_000],
    ['Thu, 01 Jan 1970 00:00:01 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
    ['', undefined],
  ])('Retry-After %j → %s ms (at 5 s past the epoch)', (header, expected) => {
    expect(retryAfterMs(header, 5_000)).toBe(expected);
  });

  it('backs off exponentially, within the jitter', () => {
    expect([1, 2, 3].map((n) => backoffMs(500, n, 0.5))).toEqual([500, 1000, 2000]);
    expect(backoffMs(500, 1, 0)).toBe(400);
    expect(backoffMs(500, 1, 0.999_999)).toBe(600);
  });

  it('shares one budget of waiting, refusing a wait that no longer fits', () => {
    const budget = new WaitBudget(2_500);
    expect([1_000, 1_000, 1_000, 500, 1].map((ms) => budget.take(ms))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});

describe('strings a registry sends', () => {
  it.each([
    ['linux', true],
    ['amd64', true],
    ['arm64', true],
    ['v8', true],
    ['ppc64le', true],
    ['windows', true],
    ['wasip1', true],
    ['loong64', true],
    ['386', true],
    ['unknown', true],
    ['', false],
    ['Linux', false],
    ['linux amd64', false],
    ['amd64|x', false],
    ['<b>', false],
    ['[x](https://evil)', false],
    ['-linux', false],
    ['linux-', false],
    ['a'.repeat(33), false],
  ])('platform part %j: %s', (text, expected) => {
    expect(isPlatformPart(text)).toBe(expected);
  });

  it.each([
    ['application/vnd.oci.image.index.v1+json', true],
    ['application/vnd.docker.distribution.manifest.v1+prettyjws', true],
    ['text/html', true],
    ['application', false],
    ['text/html<script>', false],
    ['a/b c', false],
    ['/json', false],
  ])('media type %j: %s', (text, expected) => {
    expect(isMediaType(text)).toBe(expected);
  });

  it.each([
    [
      'application/vnd.oci.image.manifest.v1+json; charset=utf-8',
      'application/vnd.oci.image.manifest.v1+json',
    ],
    ['Application/VND.OCI.Image.Index.v1+JSON', 'application/vnd.oci.image.index.v1+json'],
    ['text/html<img src=x>', ''],
    ['', ''],
  ])('Content-Type %j names %j', (header, expected) => {
    expect(contentType(new Headers(header ? { 'Content-Type': header } : {}))).toBe(expected);
  });
});

describe('registry error bodies', () => {
  const body = (doc: unknown) => Buffer.from(JSON.stringify(doc));
  it.each([
    [
      { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] },
      'MANIFEST_UNKNOWN: manifest unknown',
    ],
    [
      { errors: [{ code: 'DENIED' }, { message: 'just a message' }, 7, { detail: {} }] },
      'DENIED; just a message',
    ],
    [
      {
        errors: [1, 2, 3]
          .map((n) => ({ code: `C${n}`, message: `m${n}` }))
          .concat([{ code: 'C4', message: 'm4' }]),
      },
      'C1: m1; C2: m2; C3: m3 (and 1 more)',
    ],
    [{ errors: [{ code: 'X'.repeat(100), message: 'y' }] }, `${'X'.repeat(39)}…: y`],
    [{ errors: [] }, undefined],
    [{ errors: 'nope' }, undefined],
    [{ message: 'not the OCI shape' }, undefined],
    [[1, 2], undefined],
  ])('%j → %j', (doc, expected) => {
    expect(registryErrorDetail(body(doc))).toBe(expected);
  });

  it('reads nothing from a body that is not JSON', () => {
    expect(registryErrorDetail(Buffer.from('<html>'))).toBeUndefined();
  });

  it('says the status, its reason and the registry’s words', () => {
    const answer = {
      status: 400,
      statusText: 'Bad\u001b Request',
      headers: new Headers(),
      body: body({ errors: [{ code: 'NAME_INVALID', message: 'invalid repository name' }] }),
    };
    expect(describeStatus(answer)).toBe(
      'HTTP 400 Bad Request: NAME_INVALID: invalid repository name',
    );
    expect(describeStatus({ ...answer, statusText: '', body: Buffer.alloc(0) })).toBe('HTTP 400');
  });
});
