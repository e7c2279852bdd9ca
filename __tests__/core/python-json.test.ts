import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { JsonNumber, parseJsonPreservingNumbers } from '../../src/core/json-parser.js';
import { canonicalJson, compareCodePoints, pythonFloatRepr } from '../../src/core/python-json.js';

// Every expected string below was produced by CPython 3 with
// json.dumps(value, sort_keys=True, indent=4, separators=(",", ":"), ensure_ascii=False).

const fixtures = FIXTURES;
const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

describe('canonicalJson matches Python json.dumps', () => {
  it.each<[string, unknown, string]>([
    ['flat object, keys sorted', { b: 1, a: 2 }, '{\n    "a":2,\n    "b":1\n}'],
    [
      'nested objects and arrays, empty containers inside',
      { z: { y: [1, [2, []], {}], x: null }, a: [true, false] },
      '{\n    "a":[\n        true,\n        false\n    ],\n    "z":{\n        "x":null,\n        "y":[\n            1,\n            [\n                2,\n                []\n            ],\n            {}\n        ]\n    }\n}',
    ],
    [
      'strings that look like JSON separators',
      { k: 'a": "b', l: 'x","y', m: '{"n":1}' },
      '{\n    "k":"a\\": \\"b",\n    "l":"x\\",\\"y",\n    "m":"{\\"n\\":1}"\n}',
    ],
    [
      'non-ASCII written raw',
      { é: '中文', emoji: '😀' },
      '{\n    "emoji":"😀",\n    "é":"中文"\n}',
    ],
    [
      'keys sorted by code point (astral after U+FFFF)',
      { '\uffff': 1, '\u{1f600}': 2, '\ue000': 3, z: 4, Z: 5, é: 6, '': 7 },
      '{\n    "":7,\n    "Z":5,\n    "z":4,\n    "é":6,\n    "\ue000":3,\n    "\uffff":1,\n    "\u{1f600}":2\n}',
    ],
    [
      'control characters escaped, DEL and U+2028/2029 raw, slash raw',
      { s: '\x00\x01\x1f\x7f\b\f\n\r\t"\\/\u2028\u2029' },
      '{\n    "s":"\\u0000\\u0001\\u001f\x7f\\b\\f\\n\\r\\t\\"\\\\/\u2028\u2029"\n}',
    ],
    ['control character escapes use lowercase hex', ['\x1b\x0b'], '[\n    "\\u001b\\u000b"\n]'],
    ['empty object', {}, '{}'],
    ['empty array', [], '[]'],
    ['top-level string', 'abc', '"abc"'],
    ['top-level null', null, 'null'],
    ['top-level boolean', false, 'false'],
    [
      'integers',
      [0, -1, 2 ** 53, 1e21, -0],
      '[\n    0,\n    -1,\n    9007199254740992,\n    1000000000000000000000,\n    0\n]',
    ],
    ['bigint', [123456789012345678901234567890n], '[\n    123456789012345678901234567890\n]'],
    [
      'floats',
      [0.5, -1.25, 1e-7, 0.0001, 5e-324],
      '[\n    0.5,\n    -1.25,\n    1e-07,\n    0.0001,\n    5e-324\n]',
    ],
    [
      'key "__proto__" is an ordinary key',
      JSON.parse('{"__proto__":{"a":1}}'),
      '{\n    "__proto__":{\n        "a":1\n    }\n}',
    ],
    [
      'null-prototype object',
      Object.assign(Object.create(null) as object, { b: 1 }),
      '{\n    "b":1\n}',
    ],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('sorts astral keys unlike the default UTF-16 sort', () => {
    const keys = ['\u{1f600}', '\ue000'];
    expect([...keys].sort()).toEqual(['\u{1f600}', '\ue000']);
    expect([...keys].sort(compareCodePoints)).toEqual(['\ue000', '\u{1f600}']);
  });

  it.each<[string, string, number]>([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    ['\u{1f600}', '\uffff', 1],
    ['\u{1f600}', '\u{1f601}', -1],
    ['\u{10000}', '\u{1f600}', -1],
  ])('compareCodePoints(%j, %j) has sign %d', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });

  it.each<[string, unknown, RegExp]>([
    ['NaN', { a: NaN }, /\$\.a: NaN has no JSON representation/],
    ['Infinity', [Infinity], /\$\[0\]: Infinity/],
    ['undefined', { a: undefined }, /\$\.a: a undefined/],
    ['function', { f: () => 1 }, /\$\.f: a function/],
    ['symbol', [Symbol('x')], /a symbol/],
    ['Date', { d: new Date(0) }, /\$\.d: a Date/],
    ['Map', new Map(), /a Map/],
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested
    ['sparse array', [1, , 3], /\$\[1\]: a sparse array hole/],
    ['lone high surrogate in a value', { s: 'a\ud800' }, /\$\.s: string contains a lone surrogate/],
    ['lone low surrogate in a key', { '\udc00': 1 }, /lone surrogate/],
    ['out-of-range float lexeme', [new JsonNumber('1e400')], /out of range/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('refuses a circular structure', () => {
    const a: Record<string, unknown> = {};
    a['self'] = { back: a };
    expect(() => canonicalJson(a)).toThrow(/\$\.self\.back: circular reference/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe(
      '[\n    {\n        "x":1\n    },\n    {\n        "x":1\n    }\n]',
    );
  });
});

describe('pythonFloatRepr matches Python repr(float)', () => {
  it.each<[number, string]>([
    [0.5, '0.5'],
    [-1.25, '-1.25'],
    [1e-7, '1e-07'],
    [1.5e-5, '1.5e-05'],
    [1e-5, '1e-05'],
    [2.5e-7, '2.5e-07'],
    [0.0001, '0.0001'],
    [123.456, '123.456'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [1, '1.0'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [1e22, '1e+22'],
    [1e100, '1e+100'],
    [9007199254740992, '9007199254740992.0'],
    [123456789012345680, '1.2345678901234568e+17'],
    [0.1, '0.1'],
    [0.3, '0.3'],
    [2 / 3, '0.6666666666666666'],
    [-0, '-0.0'],
    [0, '0.0'],
  ])('%d → %s', (value, expected) => {
    expect(pythonFloatRepr(value)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %d', (value) => {
    expect(() => pythonFloatRepr(value)).toThrow(/no JSON representation/);
  });
});

describe('number lexemes re-serialise as Python prints what json.loads read', () => {
  it.each<[string, string]>([
    ['1.0', '1.0'],
    ['1E5', '100000.0'],
    ['-0', '0'],
    ['1e-7', '1e-07'],
    ['1e-07', '1e-07'],
    ['123456789012345678901234567890', '123456789012345678901234567890'],
    ['0.10', '0.1'],
    ['-0.0', '-0.0'],
    ['1e+16', '1e+16'],
    ['1e16', '1e+16'],
    ['2.50e-3', '0.0025'],
    ['-12', '-12'],
    ['1E+2', '100.0'],
  ])('%s → %s', (lexeme, expected) => {
    const parsed = parseJsonPreservingNumbers(lexeme);
    expect(parsed).toBeInstanceOf(JsonNumber);
    expect((parsed as JsonNumber).lexeme).toBe(lexeme);
    expect(canonicalJson(parsed)).toBe(expected);
  });
});

describe('documents', () => {
  it('a tricky compact document serialises to what Python wrote', () => {
    const input = readFileSync(join(fixtures, 'app-compose/tricky.input.json'), 'utf8');
    const expected = readFileSync(join(fixtures, 'app-compose/tricky.canonical.json'), 'utf8');
    expect(canonicalJson(parseJsonPreservingNumbers(input))).toBe(expected);
    expect(sha256(expected)).toBe(
      'ff48fe4e4d5d4dc1d816688f4284bad1e150af545e938d4fa0f340540a53bb48',
    );
    // The canonical form is a fixed point.
    expect(canonicalJson(parseJsonPreservingNumbers(expected))).toBe(expected);
  });

  // Hashes from __tests__/fixtures/dstack/README.md (the attested compose-hash events).
  it.each<[string, string]>([
    [
      'vector1-near-tee-rng-app-compose.json',
      '17285b1c7797e193c3e876621e9755cc0c07ee31225638978d55bb2d50f8f5f5',
    ],
    [
      'vector2-tee-solver-app-compose.json',
      '12a20aed7d6c68601e9f6e108a93b4199ae7231684307ffc4833c9cd08d45de7',
    ],
    [
      'vector3-rfdlp-tee-solver-prod8-app-compose.json',
      'e539ba88bb6f4270414cb5180bfda1962759e923e3a09c07b7bf51b60d1263df',
    ],
  ])('%s re-serialises to its own bytes and attested hash', (file, hash) => {
    const bytes = readFileSync(join(fixtures, 'dstack', file));
    expect(sha256(bytes)).toBe(hash);
    const out = Buffer.from(
      canonicalJson(parseJsonPreservingNumbers(bytes.toString('utf8'))),
      'utf8',
    );
    expect(out.equals(bytes)).toBe(true);
    expect(sha256(out)).toBe(hash);
  });

  it('vector 4 is not canonical; its canonical form is what Python gives', () => {
    const bytes = readFileSync(join(fixtures, 'dstack/vector4-dstack-simulator-app-compose.json'));
    expect(sha256(bytes)).toBe('65b4e574f16973956908b6359920593c3b7d9f36f38e81a47f996a0c0d5435bb');
    const out = canonicalJson(parseJsonPreservingNumbers(bytes.toString('utf8')));
    expect(Buffer.from(out).equals(bytes)).toBe(false);
    expect(sha256(out)).toBe('f662e349cc6286fc1b1b8cb7a4732de08ea085f6f6c2d6c1edb613acc0f06647');
  });
});
