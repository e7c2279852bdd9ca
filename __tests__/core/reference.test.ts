import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  isSha256Digest,
  normalizeRepository,
  parseReference,
  pinnedReference,
} from '../../src/core/reference.js';

const D = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('parseReference: valid references', () => {
  it.each([
    // text, domain, path, name, tag, digest
    ['nginx', 'docker.io', 'library/nginx', 'nginx', undefined, undefined],
    ['nginx:1.27', 'docker.io', 'library/nginx', 'nginx', '1.27', undefined],
    ['library/nginx', 'docker.io', 'library/nginx', 'library/nginx', undefined, undefined],
    ['docker.io/nginx', 'docker.io', 'library/nginx', 'docker.io/nginx', undefined, undefined],
    [
      'index.docker.io/library/nginx',
      'docker.io',
      'library/nginx',
      'index.docker.io/library/nginx',
      undefined,
      undefined,
    ],
    [
      'registry-1.docker.io/acme/app:v1',
      'docker.io',
      'acme/app',
      'registry-1.docker.io/acme/app',
      'v1',
      undefined,
    ],
    ['xmregistry/app', 'docker.io', 'xmregistry/app', 'xmregistry/app', undefined, undefined],
    ['ghcr.io/a/b/c:tag', 'ghcr.io', 'a/b/c', 'ghcr.io/a/b/c', 'tag', undefined],
    ['localhost:5000/app:1', 'localhost:5000', 'app', 'localhost:5000/app', '1', undefined],
    ['localhost/app', 'localhost', 'app', 'localhost/app', undefined, undefined],
    ['127.0.0.1:5000/a', '127.0.0.1:5000', 'a', '127.0.0.1:5000/a', undefined, undefined],
    ['[::1]:5000/a', '[::1]:5000', 'a', '[::1]:5000/a', undefined, undefined],
    ['[2001:db8::1]/team/a:x', '[2001:db8::1]', 'team/a', '[2001:db8::1]/team/a', 'x', undefined],
    [
      'registry.example.com:8443/team/app',
      'registry.example.com:8443',
      'team/app',
      'registry.example.com:8443/team/app',
      undefined,
      undefined,
    ],
    [`nginx:1.27@${D}`, 'docker.io', 'library/nginx', 'nginx', '1.27', D],
    [`nginx@${D}`, 'docker.io', 'library/nginx', 'nginx', undefined, D],
    [`localhost:5000/app@${D}`, 'localhost:5000', 'app', 'localhost:5000/app', undefined, D],
    // An uppercase first component is read as a host, as Docker does.
    ['Registry/app', 'Registry', 'app', 'Registry/app', undefined, undefined],
    ['a.b-c--d/f_g', 'a.b-c--d', 'f_g', 'a.b-c--d/f_g', undefined, undefined],
    [
      'a/b.c_d__e---f:V_1.0-rc',
      'docker.io',
      'a/b.c_d__e---f',
      'a/b.c_d__e---f',
      'V_1.0-rc',
      undefined,
    ],
    ['  nginx:1.27  ', 'docker.io', 'library/nginx', 'nginx', '1.27', undefined],
    // Without a slash, `localhost:5000` is name `localhost` with tag `5000` (Docker's reading).
    ['localhost:5000', 'docker.io', 'library/localhost', 'localhost', '5000', undefined],
  ])('%s', (text, domain, path, name, tag, digest) => {
    const ref = parseReference(text);
    expect(ref.original).toBe(text.trim());
    expect(ref.domain).toBe(domain);
    expect(ref.path).toBe(path);
    expect(ref.repository).toBe(`${domain}/${path}`);
    expect(ref.name).toBe(name);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(digest);
    expect('tag' in ref).toBe(tag !== undefined);
    expect('digest' in ref).toBe(digest !== undefined);
  });

  it('accepts a 128-character tag and a name of exactly 255 characters', () => {
    const tag = `v${'1'.repeat(127)}`;
    expect(parseReference(`nginx:${tag}`).tag).toBe(tag);
    const path = `acme/${'a'.repeat(255 - 'docker.io/acme/'.length)}`;
    expect(parseReference(path).repository).toHaveLength(255);
  });
});

describe('parseReference: invalid references', () => {
  it.each([
    ['Nginx', 'repository name must be lowercase ("Nginx")'],
    ['acme/MyApp:1', 'repository name must be lowercase ("acme/MyApp")'],
    ['ghcr.io/Acme/app', 'repository name must be lowercase ("Acme/app")'],
    [`nginx@sha256:${'ABCDEF0123456789'.repeat(4)}`, 'has uppercase hex'],
    ['nginx@sha256:abc123', 'has 6 hex characters'],
    [`nginx@sha256:${'a'.repeat(65)}`, 'has 65 hex characters'],
    [`nginx@sha512:${'a'.repeat(128)}`, 'digest algorithm "sha512"'],
    [`nginx@md5:${'a'.repeat(32)}`, 'digest algorithm "md5"'],
    [`nginx@sha256:${'g'.repeat(64)}`, 'non-hex characters'],
    ['nginx@', 'digest "" is malformed'],
    ['nginx@latest', 'digest "latest" is malformed'],
    [`a@b@${D}`, `digest "b@${D}" is malformed`],
    ['a//b', 'empty path component in "a//b"'],
    ['a/b/', 'empty path component in "a/b/"'],
    ['/a', 'empty path component in "/a"'],
    ['nginx:', 'empty tag after ":"'],
    ['nginx:-1', 'tag "-1" is invalid'],
    ['nginx:a:b', 'tag "a:b" is invalid'],
    [`nginx:${'t'.repeat(129)}`, `tag "${'t'.repeat(129)}" is invalid`],
    ['ngi nx', 'whitespace is not allowed (at position 4)'],
    ['nginx\t:1', 'whitespace is not allowed (at position 6)'],
    ['', 'the reference is empty'],
    ['   ', 'the reference is empty'],
    [':1.0', 'the repository name is empty'],
    [`@${D}`, 'the repository name is empty'],
    ['-bad', 'path component "-bad" is invalid'],
    ['acme/bad-', 'path component "bad-" is invalid'],
    ['a..b', 'path component "a..b" is invalid'],
    ['a___b', 'path component "a___b" is invalid'],
    ['-host.io/app', 'registry host "-host.io" is not a valid host[:port]'],
    ['a_b.io/app', 'registry host "a_b.io" is not a valid host[:port]'],
    ['host.io:port/app', 'registry host "host.io:port" is not a valid host[:port]'],
    ['[::1/app', 'registry host "[::1" is not a valid host[:port]'],
    [`acme/${'a'.repeat(256)}`, 'repository name is 271 characters long; at most 255 allowed'],
    ['0123456789abcdef'.repeat(4), 'a bare 64-character hex string is an image ID'],
  ])('%j', (text, why) => {
    let caught: unknown;
    try {
      parseReference(text, 'images');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.input).toBe('images');
    expect(error.message).toContain(`images: invalid image reference "${text.trim()}": `);
    expect(error.message).toContain(why);
  });

  it('names the input it was given', () => {
    expect(() => parseReference('A', 'compose-file')).toThrow(/^compose-file: invalid image/);
  });

  it('explains the rule for a bad digest', () => {
    expect(() => parseReference('nginx@sha256:abc')).toThrow(
      'expected sha256: followed by 64 lowercase hex characters',
    );
  });
});

describe('isSha256Digest', () => {
  it.each([
    [D, true],
    [`sha256:${'f'.repeat(64)}`, true],
    [`sha256:${'F'.repeat(64)}`, false],
    [`sha256:${'f'.repeat(63)}`, false],
    [`sha256:${'f'.repeat(65)}`, false],
    [`sha512:${'f'.repeat(64)}`, false],
    [`SHA256:${'f'.repeat(64)}`, false],
    ['f'.repeat(64), false],
    [` ${D}`, false],
    [`${D}\n`, false],
    ['', false],
  ])('%j → %s', (digest, expected) => {
    expect(isSha256Digest(digest)).toBe(expected);
  });
});

describe('normalizeRepository', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx'],
    ['nginx:1.27', 'docker.io/library/nginx'],
    [`nginx:1.27@${D}`, 'docker.io/library/nginx'],
    ['xmregistry/app:v1.0.0', 'docker.io/xmregistry/app'],
    ['docker.io/xmregistry/app:latest', 'docker.io/xmregistry/app'],
    ['index.docker.io/xmregistry/app', 'docker.io/xmregistry/app'],
    ['ghcr.io/acme/app:v1', 'ghcr.io/acme/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeRepository(name)).toBe(expected);
  });

  it('refuses what parseReference refuses, naming the input', () => {
    expect(() => normalizeRepository('Acme', 'metadata')).toThrow(InputError);
    expect(() => normalizeRepository('Acme', 'metadata')).toThrow(/^metadata: /);
  });
});

describe('pinnedReference', () => {
  it.each([
    ['xmregistry/app', '1.0.0', `xmregistry/app:1.0.0@${D}`],
    ['nginx', undefined, `nginx@${D}`],
    ['localhost:5000/app', 'v1', `localhost:5000/app:v1@${D}`],
  ])('%s %s', (name, tag, expected) => {
    const pinned = pinnedReference(name, tag, D);
    expect(pinned).toBe(expected);
    // What we pin must parse back to the same parts.
    const ref = parseReference(pinned);
    expect(ref.name).toBe(name);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(D);
  });

  it.each(['1.0.0+build.5', '', '-rc', 'x'.repeat(129)])(
    'never writes a reference its own parser refuses (tag %j)',
    (tag) => {
      expect(() => pinnedReference('ghcr.io/acme/app', tag, D)).toThrow(/not a valid image tag/);
    },
  );
});
