import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompose, lineOf } from '../../src/core/compose-load.js';
import { InputError } from '../../src/core/errors.js';
import { FIXTURES } from '../helpers/cli.js';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'compose', name), 'utf8');

describe('loadCompose', () => {
  const bomb = fixture('bomb.yml');
  const refusals: [string, string, RegExp][] = [
    [
      'not YAML',
      'services:\n  app:\n    image: "unterminated\n',
      /^compose\.yml is not valid YAML at line 4, column 1: a missing character/,
    ],
    [
      'bad indentation',
      'services:\n  app:\n    image: a\n   build: .\n',
      /^compose\.yml is not valid YAML at line 4, column \d+: /,
    ],
    [
      'a duplicate key',
      'services:\n  a:\n    image: x\n  a:\n    image: y\n',
      /^compose\.yml is not valid YAML at line 4, column 3: a mapping key that appears twice$/,
    ],
    [
      'multiple documents',
      'services:\n  a: {image: x}\n---\nservices:\n  b: {image: y}\n',
      /^compose\.yml is not valid YAML at line 3, column 1: more than one YAML document/,
    ],
    [
      'an alias to no anchor',
      'services:\n  a:\n    image: x\n    labels: *nowhere\n',
      /^compose\.yml is not valid YAML at line 4, column 13: an alias names no anchor defined before it$/,
    ],
    [
      'an anchor that contains an alias to itself',
      'x: &a [1, *a]\nservices: {a: {image: x}}\n',
      /^compose\.yml is not valid YAML at line 1, column 11: an anchor contains an alias to itself$/,
    ],
    [
      'a NUL byte (go-yaml refuses it)',
      'services:\n  app:\n    image: "a\u0000b"\n',
      /^compose\.yml holds a NUL byte at line 3, column 14, which YAML does not allow/,
    ],
    [
      'a control character',
      'services:\n  app:\n    image: a\u001bb\n',
      /^compose\.yml holds a control character \(U\+001B\) at line 3, column 13/,
    ],
    [
      'a C1 control character',
      'services:\n  app:\n    image: a\u0090b\n',
      /holds a control character \(U\+0090\) at line 3/,
    ],
    ['an empty file', '# nothing here\n', /compose\.yml is empty/],
    [
      'a top-level sequence',
      '- services\n',
      /top level of compose\.yml is a sequence, not a mapping/,
    ],
    ['a top-level string', 'hello\n', /top level of compose\.yml is a string, not a mapping/],
    ['no services', 'version: "3.8"\nvolumes: {}\n', /compose\.yml has no "services" mapping/],
    [
      'services as a list',
      'services:\n  - app\n',
      /"services" in compose\.yml is a sequence, not a mapping/,
    ],
    ['services empty', 'services: {}\n', /"services" in compose\.yml is empty/],
    ['services null', 'services:\n', /"services" in compose\.yml is nothing, not a mapping/],
    [
      'a service that is a string',
      'services:\n  app: nginx\n',
      /service "app" in compose\.yml is a string, not a mapping/,
    ],
    [
      'a service that is null',
      'services:\n  app:\n',
      /service "app" in compose\.yml is nothing, not a mapping/,
    ],
    [
      'a service named by a mapping',
      'services:\n  ? {a: 1}\n  : {image: x}\n',
      /must be named by plain strings/,
    ],
    ...['a|b', 'a\\nb', '<img src=x>', '[x](http://e)', '-x', '.x', '_x', 'a b', 'ä'].map(
      (name): [string, string, RegExp] => [
        `the service name ${name}`,
        `services:\n  ok:\n    image: x\n  ${JSON.stringify(name)}:\n    image: y\n`,
        /^the service named at line 4 of compose\.yml is not a Compose service name \(letters, digits, "_", "\." and "-", starting with a letter or digit\); Docker Compose refuses it$/,
      ],
    ),
    [
      'a name used twice',
      'services:\n  1: {image: a}\n  "1": {image: b}\n',
      /service "1" appears twice in compose\.yml/,
    ],
    [
      'deep nesting',
      `services: ${'['.repeat(100000)}${']'.repeat(100000)}\n`,
      /compose\.yml (is not valid YAML|cannot be read)/,
    ],
    [
      'a billion-laughs alias bomb',
      bomb,
      /compose\.yml is refused: its YAML aliases expand to \d+ of its \d+ nodes \(an alias bomb\?\)/,
    ],
    [
      'an alias bomb through merge keys',
      `x-a: &a {${Array.from({ length: 9 }, (_, i) => `k${i}: [lol]`).join(', ')}}\n` +
        'x-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n' +
        'x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n' +
        'x-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' +
        'services:\n  app:\n    <<: *a\n    image: x\n    labels: *d\n',
      /alias bomb/,
    ],
    [
      'an input over 10 MiB',
      `services:\n  app: {image: x}\n#${'x'.repeat(10 * 1024 * 1024)}\n`,
      /compose\.yml is \d+ bytes/,
    ],
  ];

  it.each(refusals)('refuses %s, naming the file', (_what, text, message) => {
    const run = (): unknown => loadCompose(text, 'compose.yml');
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).input).toBe('compose-file');
      expect((error as InputError).message).toMatch(/^compose-file: /);
      expect((error as InputError).reason).toMatch(message);
    }
  });

  it('accepts a few ordinary aliases', () => {
    const text =
      'x: &e {A: 1}\nservices:\n' +
      ['a', 'b', 'c'].map((n) => `  ${n}:\n    image: ${n}\n    environment: *e\n`).join('');
    expect(loadCompose(text, 'f').entries.map((e) => e.name)).toEqual(['a', 'b', 'c']);
  });

  // A compose file may be a symlink to a secret, and the yaml library's messages quote the text.
  it.each([
    ['a token', 'ghp_SECRET0123456789'],
    [
      'a passwd file',
      'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n',
    ],
    ['an unterminated flow sequence', 'ghp_SECRET: [\n'],
    ['a duplicate key', 'services:\n  ghp_SECRET: {image: a}\n  ghp_SECRET: {image: b}\n'],
    ['a bad escape', 'services:\n  a:\n    image: "ghp_\\qSECRET"\n'],
    ['an unknown alias', 'services:\n  a: *ghp_SECRET\n'],
    ['a bad block scalar header', 'services:\n  a: |ghp_SECRET\n    x\n'],
    ['a service named by a secret', 'services:\n  "ghp SECRET": {image: a}\n'],
  ])('never quotes the file: %s', (_what, text) => {
    let message = '';
    try {
      loadCompose(text, 'compose.yml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^compose-file: /);
    for (const secret of ['ghp', 'SECRET', 'root:x', 'daemon'])
      expect(message).not.toContain(secret);
  });

  it('lineOf: the line of a key, else of the nearest key before it', () => {
    const loaded = loadCompose(
      'x-base: &base\n  build: .\nservices:\n  app:\n    <<: *base\n    image: a\n  10:\n    image: b\n',
      'f',
    );
    expect(lineOf(loaded, ['services', 'app', 'image'])).toBe(6);
    // `build` comes from the anchor: the service's own line.
    expect(lineOf(loaded, ['services', 'app', 'build'])).toBe(4);
    expect(lineOf(loaded, ['services', 10, 'image'])).toBe(8);
    expect(lineOf(loaded, ['include'])).toBe(1);
  });

  it('reads a service written as a number by its name', () => {
    expect(loadCompose('services:\n  10: {image: a}\n', 'f').entries).toEqual([
      { name: '10', key: 10, data: new Map([['image', 'a']]) },
    ]);
  });
});
