import { describe, expect, it } from 'vitest';
import { isHttpsOrLoopback, isLoopbackHost } from '../../src/http/hosts.js';

describe('loopback hosts (plain HTTP as Docker allows it)', () => {
  it.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['LOCALHOST:5000', true],
    ['127.0.0.1', true],
    ['127.0.0.1:5000', true],
    ['127.10.20.30:1', true],
    ['[::1]:5000', true],
    ['[::1]', true],
    ['127.0.0.256', false],
    ['128.0.0.1:5000', false],
    ['localhost.example.com', false],
    ['registry-1.docker.io', false],
    ['ghcr.io', false],
    ['[::2]:5000', false],
  ])('%s: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it.each([
    ['https://pccs.phala.network/x', true],
    ['http://127.0.0.1:8080/x', true],
    ['http://localhost/x', true],
    ['http://example.com/x', false],
    ['ftp://127.0.0.1/x', false],
    ['file:///etc/passwd', false],
  ])('may follow %s: %s', (url, expected) => {
    expect(isHttpsOrLoopback(new URL(url))).toBe(expected);
  });
});
