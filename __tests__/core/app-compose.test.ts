import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import {
  buildAppCompose,
  composeHash,
  inspectAppCompose,
  parseAppComposeTemplate,
  serializeAppCompose,
  validateAppCompose,
} from '../../src/core/app-compose.js';
import { JsonNumber, parseJsonPreservingNumbers } from '../../src/core/json-parser.js';
import { InputError } from '../../src/core/errors.js';

const dstack = join(FIXTURES, 'dstack');
const readVector = (file: string): Buffer => readFileSync(join(dstack, file));
const parseVector = (file: string): Record<string, unknown> =>
  parseJsonPreservingNumbers(readVector(file).toString('utf8')) as Record<string, unknown>;
const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

// From __tests__/fixtures/dstack/README.md: the compose-hash events the CVMs measured.
const VECTOR1: [string, string] = [
  'vector1-near-tee-rng-app-compose.json',
  '17285b1c7797e193c3e876621e9755cc0c07ee31225638978d55bb2d50f8f5f5',
];
const VECTOR2: [string, string] = [
  'vector2-tee-solver-app-compose.json',
  '12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7',
];
const VECTOR3: [string, string] = [
  'vector3-rfdlp-tee-solver-prod8-app-compose.json',
  'e539ba88bb6f4270414cb5180bfda1962759e923e3a09c07b7bf51b60d1263df',
];
const CANONICAL_VECTORS = [VECTOR1, VECTOR2, VECTOR3];
const VECTOR4: [string, string] = [
  'vector4-dstack-simulator-app-compose.json',
  '65b4e574f16973956908b6359920593c3b7d9f36f38e81a47f996a0c0d5435bb',
];

const COMPOSE = `services:\n  app:\n    image: acme/app:1.0.0@sha256:${'a'.repeat(64)}\n`;

describe('buildAppCompose', () => {
  it('without a template gives the documented defaults, written as Python would', () => {
    const doc = buildAppCompose({ defaultName: 'app', composeText: COMPOSE });
    expect(Object.keys(doc).sort()).toEqual([
      'allowed_envs',
      'docker_compose_file',
      'gateway_enabled',
      'key_provider_id',
      'kms_enabled',
      'local_key_provider_enabled',
      'manifest_version',
      'name',
      'no_instance_id',
      'public_logs',
      'public_sysinfo',
      'public_tcbinfo',
      'runner',
      'secure_time',
    ]);
    // Produced by CPython json.dumps(doc, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False).
    const expected = [
      '{',
      '    "allowed_envs":[],',
      `    "docker_compose_file":"services:\\n  app:\\n    image: acme/app:1.0.0@sha256:${'a'.repeat(64)}\\n",`,
      '    "gateway_enabled":true,',
      '    "key_provider_id":"",',
      '    "kms_enabled":true,',
      '    "local_key_provider_enabled":false,',
      '    "manifest_version":2,',
      '    "name":"app",',
      '    "no_instance_id":false,',
      '    "public_logs":true,',
      '    "public_sysinfo":true,',
      '    "public_tcbinfo":true,',
      '    "runner":"docker-compose",',
      '    "secure_time":false',
      '}',
    ].join('\n');
    expect(serializeAppCompose(doc)).toBe(expected);
    expect(composeHash(serializeAppCompose(doc))).toBe(
      '4fa8f26902221d89ab56fa3aa39428102375d5f39904271938f6506a70e5806c',
    );
    expect(() => validateAppCompose(doc)).not.toThrow();
  });

  it.each<[string, Record<string, unknown> | undefined, string | undefined, string]>([
    ['defaults, no app name', undefined, undefined, 'repo'],
    ['defaults, app name', undefined, 'given', 'given'],
    ['defaults, empty app name counts as none', undefined, '', 'repo'],
    [
      'template name kept',
      { runner: 'docker-compose', manifest_version: 2, name: 'tpl' },
      undefined,
      'tpl',
    ],
    [
      'app name replaces the template name',
      { runner: 'docker-compose', manifest_version: 2, name: 'tpl' },
      'given',
      'given',
    ],
    [
      'template without name takes the default',
      { runner: 'docker-compose', manifest_version: 2 },
      undefined,
      'repo',
    ],
    [
      'template without name takes the app name',
      { runner: 'docker-compose', manifest_version: 2 },
      'given',
      'given',
    ],
    [
      'empty template name is kept as given',
      { runner: 'docker-compose', manifest_version: 2, name: '' },
      undefined,
      '',
    ],
  ])('name: %s', (_name, template, appName, expected) => {
    const doc = buildAppCompose({
      defaultName: 'repo',
      composeText: COMPOSE,
      ...(template && { template }),
      ...(appName !== undefined && { appName }),
    });
    expect(doc['name']).toBe(expected);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'minimal template gets only name and compose',
      { runner: 'docker-compose', manifest_version: 2 },
      ['docker_compose_file', 'name'],
    ],
    [
      'unknown and legacy keys are kept, nothing is added',
      {
        manifest_version: 2,
        runner: 'docker-compose',
        name: 'x',
        custom_key: { nested: [1] },
        salt: 'abc',
        bash_script: null,
        docker_config: { registry: null },
        default_gateway_domain: 'example.org',
      },
      ['docker_compose_file'],
    ],
    [
      'an existing docker_compose_file is replaced, not duplicated',
      { runner: 'docker-compose', manifest_version: 2, name: 'x', docker_compose_file: 'old' },
      [],
    ],
  ])('template keys: %s', (_name, template, addedKeys) => {
    const before = JSON.stringify(template);
    const doc = buildAppCompose({ template, defaultName: 'repo', composeText: COMPOSE });
    expect(Object.keys(doc).sort()).toEqual(
      [...new Set([...Object.keys(template), ...addedKeys])].sort(),
    );
    expect(doc['docker_compose_file']).toBe(COMPOSE);
    for (const key of Object.keys(template)) {
      if (key !== 'docker_compose_file' && key !== 'name') expect(doc[key]).toBe(template[key]);
    }
    // The template itself is not modified.
    expect(JSON.stringify(template)).toBe(before);
    expect(doc).not.toBe(template);
  });

  it('does not add a default such as public_tcbinfo or secure_time to a template', () => {
    const doc = buildAppCompose({
      template: { runner: 'docker-compose', manifest_version: 2, name: 'x', kms_enabled: true },
      defaultName: 'repo',
      composeText: COMPOSE,
    });
    expect(doc).toEqual({
      runner: 'docker-compose',
      manifest_version: 2,
      name: 'x',
      kms_enabled: true,
      docker_compose_file: COMPOSE,
    });
  });

  it('keeps a "__proto__" key of a parsed template as data', () => {
    const template = parseAppComposeTemplate(
      '{"runner":"docker-compose","manifest_version":2,"__proto__":{"a":1}}',
    );
    const doc = buildAppCompose({ template, defaultName: 'repo', composeText: COMPOSE });
    expect(Object.keys(doc).sort()).toEqual([
      '__proto__',
      'docker_compose_file',
      'manifest_version',
      'name',
      'runner',
    ]);
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
  });

  // The real attested documents used as their own templates: every setting is theirs, the compose
  // text is theirs, so the result must be their exact bytes and attested hash.
  it.each(CANONICAL_VECTORS)(
    'rebuilding %s from its own settings reproduces its bytes',
    (file, hash) => {
      const bytes = readVector(file);
      const template = parseAppComposeTemplate(bytes.toString('utf8'));
      const composeText = template['docker_compose_file'];
      expect(typeof composeText).toBe('string');
      for (const appName of [undefined, template['name'] as string]) {
        const doc = buildAppCompose({
          template,
          defaultName: 'something-else',
          composeText: composeText as string,
          ...(appName !== undefined && { appName }),
        });
        validateAppCompose(doc);
        const text = serializeAppCompose(doc);
        expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
        expect(composeHash(text)).toBe(hash);
      }
    },
  );

  it('a different compose text or app name changes the compose hash of a rebuilt vector', () => {
    const [file, hash] = VECTOR2;
    const template = parseVector(file);
    const composeText = template['docker_compose_file'] as string;
    const other = buildAppCompose({ template, defaultName: 'x', composeText: composeText + '\n' });
    const renamed = buildAppCompose({
      template,
      defaultName: 'x',
      composeText,
      appName: 'renamed',
    });
    expect(composeHash(serializeAppCompose(other))).not.toBe(hash);
    expect(composeHash(serializeAppCompose(renamed))).not.toBe(hash);
  });
});

describe('validateAppCompose', () => {
  it.each([...CANONICAL_VECTORS, VECTOR4])('accepts the real document %s unchanged', (file) => {
    const doc = parseVector(file);
    const before = serializeAppCompose(doc);
    expect(() => validateAppCompose(doc)).not.toThrow();
    expect(serializeAppCompose(doc)).toBe(before);
  });

  const base = (): Record<string, unknown> => ({
    manifest_version: 2,
    name: 'app',
    runner: 'docker-compose',
    docker_compose_file: COMPOSE,
  });

  /** The base document with `patch` applied; an undefined value removes the key. */
  const patched = (patch: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries({ ...base(), ...patch }).filter(([, v]) => v !== undefined));

  it.each<[string, Record<string, unknown>]>([
    ['the minimal document', {}],
    [
      'legacy and null fields',
      {
        bash_script: null,
        docker_config: { password: '' },
        features: ['kms', 'tproxy-net'],
        tproxy_enabled: true,
        salt: 'x',
        pre_launch_script: 'echo',
      },
    ],
    ['manifest_version 1', { manifest_version: 1 }],
    ['manifest_version as parsed number', { manifest_version: new JsonNumber('2') }],
    ['manifest_version as a string', { manifest_version: '3' }],
    [
      'all booleans',
      {
        kms_enabled: false,
        gateway_enabled: true,
        tproxy_enabled: false,
        public_logs: true,
        public_sysinfo: false,
        public_tcbinfo: true,
        local_key_provider_enabled: false,
        no_instance_id: true,
        secure_time: true,
      },
    ],
    ['allowed_envs names', { allowed_envs: ['A', '_b', 'c_1', 'NEAR_NETWORK_ID'] }],
    ['empty allowed_envs', { allowed_envs: [] }],
    [
      'bash runner with a script',
      { runner: 'bash', bash_script: 'echo hi', docker_compose_file: null },
    ],
    [
      'nerdctl-compose with manifest "3" and a snapshotter',
      { runner: 'nerdctl-compose', manifest_version: '3', snapshotter: 'stargz' },
    ],
    [
      'nerdctl-compose with a null snapshotter',
      { runner: 'nerdctl-compose', manifest_version: '3', snapshotter: null },
    ],
    ['key_provider values', { key_provider: 'kms', key_provider_id: '' }],
    ['key_provider null', { key_provider: null }],
    [
      'unknown keys of any type',
      { whatever: [1, { x: null }], storage_fs: 'ext4', swap_size: '1G' },
    ],
    [
      'docker_compose_file absent for bash',
      { runner: 'bash', bash_script: '', docker_compose_file: undefined },
    ],
  ])('accepts %s', (_name, patch) => {
    const doc = patched(patch);
    expect(() => validateAppCompose(doc)).not.toThrow();
  });

  it.each<[string, unknown, string]>([
    ['an array', [], 'app-compose-template: must be a JSON object, not an array'],
    ['null', null, 'app-compose-template: must be a JSON object, not null'],
    ['a string', 'x', 'app-compose-template: must be a JSON object, not "x"'],
    [
      'a parsed number',
      new JsonNumber('1'),
      'app-compose-template: must be a JSON object, not the number 1',
    ],
  ])('refuses %s', (_name, doc, message) => {
    expect(() => validateAppCompose(doc)).toThrow(
      new InputError('app-compose-template', message.replace(/^[^:]+: /, '')),
    );
    expect(() => validateAppCompose(doc)).toThrow(message);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'missing runner',
      { runner: undefined },
      'runner is missing; dstack requires one of "docker-compose", "nerdctl-compose", "bash"',
    ],
    [
      'unknown runner',
      { runner: 'podman' },
      'runner "podman" is not supported by dstack; use one of "docker-compose", "nerdctl-compose", "bash"',
    ],
    ['non-string runner', { runner: 1 }, 'runner 1 is not supported by dstack'],
    [
      'nerdctl-compose with numeric manifest 2',
      { runner: 'nerdctl-compose' },
      'runner "nerdctl-compose" requires manifest_version "3" or later',
    ],
    [
      'snapshotter with docker-compose',
      { snapshotter: 'stargz' },
      'snapshotter is only supported by the "nerdctl-compose" runner',
    ],
    [
      'null snapshotter with docker-compose',
      { snapshotter: null },
      'snapshotter is only supported by the "nerdctl-compose" runner',
    ],
    [
      'unknown snapshotter',
      { runner: 'nerdctl-compose', manifest_version: '3', snapshotter: 'zfs' },
      'snapshotter "zfs" is not one of "overlayfs", "stargz"',
    ],
    [
      'compose runner without compose file',
      { docker_compose_file: undefined },
      'docker_compose_file must be a string for runner "docker-compose", not missing',
    ],
    [
      'compose runner with null compose file',
      { docker_compose_file: null },
      'docker_compose_file must be a string for runner "docker-compose", not null',
    ],
    [
      'bash runner with a non-string compose file',
      { runner: 'bash', bash_script: 'x', docker_compose_file: 3 },
      'docker_compose_file must be a string, not 3',
    ],
    [
      'bash runner without script',
      { runner: 'bash' },
      'bash_script must be a string for runner "bash", not missing',
    ],
    [
      'bash runner with null script',
      { runner: 'bash', bash_script: null },
      'bash_script must be a string for runner "bash", not null',
    ],
    ['missing name', { name: undefined }, 'name is missing (dstack requires the app name)'],
    ['non-string name', { name: 5 }, 'name must be a string, not 5'],
    [
      'missing manifest_version',
      { manifest_version: undefined },
      'manifest_version is missing (dstack requires it; use 2)',
    ],
    [
      'float manifest_version',
      { manifest_version: new JsonNumber('2.0') },
      'manifest_version 2.0 must be 1 or 2, or a positive integer string such as "3"',
    ],
    [
      'fractional manifest_version',
      { manifest_version: 2.5 },
      'manifest_version 2.5 must be 1 or 2',
    ],
    [
      'numeric manifest_version 3',
      { manifest_version: 3 },
      'manifest_version 3 must be 1 or 2, or a positive integer string',
    ],
    ['zero manifest_version', { manifest_version: 0 }, 'manifest_version 0 must be'],
    [
      'non-canonical string manifest_version',
      { manifest_version: '03' },
      'manifest_version "03" must be',
    ],
    [
      'boolean manifest_version',
      { manifest_version: true },
      'manifest_version must be 1 or 2, or a positive integer string such as "3", not true',
    ],
    ['string boolean', { kms_enabled: 'true' }, 'kms_enabled must be true or false, not "true"'],
    ['null boolean', { public_logs: null }, 'public_logs must be true or false, not null'],
    ['number boolean', { tproxy_enabled: 1 }, 'tproxy_enabled must be true or false, not 1'],
    [
      'secure_time as object',
      { secure_time: {} },
      'secure_time must be true or false, not an object',
    ],
    [
      'allowed_envs not an array',
      { allowed_envs: 'A,B' },
      'allowed_envs must be an array of variable names, not "A,B"',
    ],
    [
      'allowed_envs null',
      { allowed_envs: null },
      'allowed_envs must be an array of variable names, not null',
    ],
    [
      'allowed_envs bad name',
      { allowed_envs: ['A', 'B', '1BAD'] },
      'allowed_envs[2] "1BAD" is not a valid environment variable name',
    ],
    [
      'allowed_envs name with a dash',
      { allowed_envs: ['MY-VAR'] },
      'allowed_envs[0] "MY-VAR" is not a valid environment variable name',
    ],
    [
      'allowed_envs name with =value',
      { allowed_envs: ['A=1'] },
      'allowed_envs[0] "A=1" is not a valid environment variable name',
    ],
    [
      'allowed_envs empty name',
      { allowed_envs: [''] },
      'allowed_envs[0] "" is not a valid environment variable name',
    ],
    ['allowed_envs non-string', { allowed_envs: [1] }, 'allowed_envs[0] must be a string, not 1'],
    [
      'allowed_envs too long',
      { allowed_envs: ['A'.repeat(256)] },
      'allowed_envs[0] is longer than 255 characters',
    ],
    [
      'features not an array',
      { features: 'kms' },
      'features must be an array of strings, not "kms"',
    ],
    ['features with a number', { features: ['kms', 2] }, 'features[1] must be a string, not 2'],
    [
      'unknown key_provider',
      { key_provider: 'hsm' },
      'key_provider "hsm" is not one of "none", "kms", "local", "tpm"',
    ],
    [
      'key_provider_id not a string',
      { key_provider_id: null },
      'key_provider_id must be a hex string, not null',
    ],
  ])('refuses %s', (_name, patch, message) => {
    const doc = patched(patch);
    expect(() => validateAppCompose(doc, 'my-input')).toThrow(InputError);
    expect(() => validateAppCompose(doc, 'my-input')).toThrow(`my-input: ${message}`);
  });

  it('accepts allowed_envs names of exactly 255 characters', () => {
    expect(() => validateAppCompose({ ...base(), allowed_envs: ['A'.repeat(255)] })).not.toThrow();
  });
});

describe('parseAppComposeTemplate', () => {
  it('keeps number lexemes, so a template round-trips byte for byte', () => {
    const text = '{\n    "manifest_version":2,\n    "runner":"docker-compose",\n    "x":1.0\n}';
    const template = parseAppComposeTemplate(text);
    expect(template['manifest_version']).toEqual(new JsonNumber('2'));
    expect(serializeAppCompose(template)).toBe(text);
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'without name or compose file',
      '{"runner":"docker-compose","manifest_version":2}',
      { runner: 'docker-compose', manifest_version: new JsonNumber('2') },
    ],
    [
      'with a null compose file (it is replaced)',
      '{"runner":"docker-compose","manifest_version":2,"docker_compose_file":null}',
      {
        runner: 'docker-compose',
        manifest_version: new JsonNumber('2'),
        docker_compose_file: null,
      },
    ],
    [
      'with unknown keys',
      '{"runner":"docker-compose","manifest_version":"2","my_setting":[1]}',
      { runner: 'docker-compose', manifest_version: '2', my_setting: [new JsonNumber('1')] },
    ],
  ])('accepts a template %s', (_name, text, expected) => {
    expect(parseAppComposeTemplate(text)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    [
      'invalid JSON, with its position',
      '{"runner":"docker-compose",}',
      'tpl.json: not valid JSON: unexpected character, expected a property name in double quotes at line 1 column 28 (char 27)',
    ],
    [
      'duplicate keys',
      '{"name":"a","name":"b"}',
      'tpl.json: not valid JSON: duplicate key in an object at line 1 column 13 (char 12)',
    ],
    ['an array', '[]', 'tpl.json: must be a JSON object, not an array'],
    ['a string', '"x"', 'tpl.json: must be a JSON object, not a string'],
    ['null', 'null', 'tpl.json: must be a JSON object, not null'],
    ['a template without runner', '{"manifest_version":2}', 'tpl.json: runner is missing'],
    [
      'a template without manifest_version',
      '{"runner":"docker-compose"}',
      'tpl.json: manifest_version is missing',
    ],
    [
      'a bad allowed_envs entry',
      '{"runner":"docker-compose","manifest_version":2,"allowed_envs":["OK","1BAD"]}',
      'tpl.json: allowed_envs[1] "1BAD" is not a valid environment variable name',
    ],
    [
      'a null name',
      '{"runner":"docker-compose","manifest_version":2,"name":null}',
      'tpl.json: name must be a string, not null',
    ],
    [
      'env values',
      '{"runner":"docker-compose","manifest_version":2,"env":{"A":"secret"}}',
      'tpl.json: "env" would publish environment values in the hashed app-compose document',
    ],
    [
      'environment values',
      '{"runner":"docker-compose","manifest_version":2,"environment":["A=1"]}',
      'tpl.json: "environment" would publish environment values',
    ],
    [
      'encrypted_env',
      '{"runner":"docker-compose","manifest_version":2,"encrypted_env":"00"}',
      'tpl.json: "encrypted_env" would publish',
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseAppComposeTemplate(text, 'tpl.json')).toThrow(InputError);
    expect(() => parseAppComposeTemplate(text, 'tpl.json')).toThrow(message);
  });

  it('names the default input', () => {
    expect(() => parseAppComposeTemplate('[]')).toThrow(
      'app-compose-template: must be a JSON object',
    );
  });
});

describe('composeHash', () => {
  it.each<[string, string | Uint8Array, string]>([
    ['empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'bytes of "abc"',
      new Uint8Array([0x61, 0x62, 0x63]),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
  ])('%s', (_name, input, expected) => {
    expect(composeHash(input)).toBe(expected);
  });

  it('hashes strings as UTF-8', () => {
    expect(composeHash('é 😀')).toBe(composeHash(Buffer.from('é 😀', 'utf8')));
    expect(composeHash('é')).not.toBe(composeHash(Buffer.from('é', 'latin1')));
  });

  it('refuses text with a lone surrogate', () => {
    expect(() => composeHash('a\ud800')).toThrow(/lone surrogate/);
  });
});

describe('inspectAppCompose', () => {
  it.each(CANONICAL_VECTORS)('%s is canonical with its attested hash', (file, hash) => {
    const result = inspectAppCompose(readVector(file));
    expect(result.hash).toBe(hash);
    expect(result.canonical).toBe(true);
    expect(result.error).toBeUndefined();
    expect(result.document?.['docker_compose_file']).toBe(parseVector(file)['docker_compose_file']);
  });

  it('vector 4 is parsed but not canonical; the hash is of its raw bytes', () => {
    const [file, hash] = VECTOR4;
    const result = inspectAppCompose(readVector(file));
    expect(result.hash).toBe(hash);
    expect(result.canonical).toBe(false);
    expect(result.document?.['name']).toBe('guest-agent');
    expect(result.error).toBeUndefined();
  });

  it('a canonical vector with a trailing newline is no longer canonical and hashes differently', () => {
    const [file, hash] = VECTOR1;
    const bytes = Buffer.concat([readVector(file), Buffer.from('\n')]);
    const result = inspectAppCompose(bytes);
    expect(result.canonical).toBe(false);
    expect(result.hash).toBe(sha256(bytes));
    expect(result.hash).not.toBe(hash);
    expect(result.document).toBeDefined();
  });

  it.each<[string, Uint8Array, boolean, string]>([
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), false, 'not valid UTF-8'],
    [
      'invalid JSON',
      Buffer.from('{"a":}'),
      false,
      'not valid JSON: unexpected character, expected a JSON value at line 1 column 6 (char 5)',
    ],
    [
      'a byte order mark',
      Buffer.from('\ufeff{}'),
      false,
      'not valid JSON: unexpected byte order mark',
    ],
    ['a JSON array', Buffer.from('[]'), true, 'not a JSON object'],
    ['a compact object', Buffer.from('{"a":1}'), false, ''],
    ['a canonical object', Buffer.from('{\n    "a":1\n}'), true, ''],
    ['an empty object', Buffer.from('{}'), true, ''],
    ['an out-of-range float', Buffer.from('{"a":1e400}'), false, ''],
  ])('%s', (_name, bytes, canonical, error) => {
    const result = inspectAppCompose(bytes);
    expect(result.hash).toBe(sha256(bytes));
    expect(result.canonical).toBe(canonical);
    if (error === '') {
      expect(result.error).toBeUndefined();
      expect(result.document).toBeDefined();
    } else {
      expect(result.error).toContain(error);
      expect(result.document).toBeUndefined();
    }
  });
});
