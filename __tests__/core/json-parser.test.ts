import { describe, expect, it } from 'vitest';
import {
  JsonNumber,
  JsonSyntaxError,
  parseJsonPreservingNumbers,
} from '../../src/core/json-parser.js';
import { canonicalJson } from '../../src/core/python-json.js';

describe('JsonNumber', () => {
  it.each<[string, boolean, number]>([
    ['2', true, 2],
    ['2.0', false, 2],
    ['-3e2', false, -300],
  ])('JsonNumber(%s): integer %s, value %d', (lexeme, isInteger, value) => {
    const n = new JsonNumber(lexeme);
    expect(n.isInteger).toBe(isInteger);
    expect(Number(n)).toBe(value);
    expect(JSON.stringify({ n })).toBe(`{"n":${value}}`);
  });

  it.each(['01', '1.', '+1', 'NaN', ''])('JsonNumber refuses %j', (lexeme) => {
    expect(() => new JsonNumber(lexeme)).toThrow(/not a JSON number/);
  });
});

describe('parseJsonPreservingNumbers', () => {
  it.each<[string, string, unknown]>([
    [
      'object with whitespace',
      ' {\n\t"a" : [ 1 , true , null ] ,\r\n "b":{} } ',
      { a: [new JsonNumber('1'), true, null], b: {} },
    ],
    ['escapes', '"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u4E2D"', '" \\ / \b \f \n \r \t é 中'],
    ['surrogate pair escape', '"\\ud83d\\ude00"', '😀'],
    ['raw astral character', '"😀"', '😀'],
    ['empty containers', '[[],{}]', [[], {}]],
    ['negative float', '-0.5e-3', new JsonNumber('-0.5e-3')],
  ])('parses %s', (_name, text, expected) => {
    expect(parseJsonPreservingNumbers(text)).toEqual(expected);
  });

  it('keeps "__proto__" as an own key without touching the prototype', () => {
    const value = parseJsonPreservingNumbers('{"__proto__":{"polluted":true}}') as Record<
      string,
      unknown
    >;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });

  // Positions follow Python's json errors: 0-based char, 1-based line and column.
  it.each<[string, string, RegExp, number, number, number]>([
    ['trailing comma in object', '{"a":1,}', /expected a property name/, 7, 1, 8],
    ['trailing comma in array', '[1,]', /expected a JSON value/, 3, 1, 4],
    ['missing colon', '{"a" 1}', /expected ':'/, 5, 1, 6],
    ['single quotes', "{'a':1}", /expected a property name/, 1, 1, 2],
    ['leading zero', '01', /invalid number/, 0, 1, 1],
    ['bare decimal point', '[1.]', /invalid number/, 1, 1, 2],
    ['NaN', 'NaN', /expected a JSON value/, 0, 1, 1],
    ['Infinity', '[-Infinity]', /invalid number/, 1, 1, 2],
    ['raw control character', '"a\x01"', /invalid control character in string/, 2, 1, 3],
    ['lone high surrogate escape', '"\\ud800"', /lone surrogate escape/, 1, 1, 2],
    ['high surrogate then non-low escape', '"\\ud800\\u0041"', /lone surrogate escape/, 1, 1, 2],
    ['lone low surrogate escape', '"x\\udc00"', /lone surrogate escape/, 2, 1, 3],
    ['raw lone surrogate', '"a\ud800b"', /lone surrogate in string/, 2, 1, 3],
    ['duplicate key', '{\n  "a": 1,\n  "a": 2\n}', /^duplicate key in an object$/, 14, 3, 3],
    ['empty input', '', /unexpected end of input/, 0, 1, 1],
    ['only whitespace', ' \n ', /unexpected end of input/, 3, 2, 2],
    ['data after the value', '[1] x', /unexpected data after the JSON value/, 4, 1, 5],
    ['byte order mark', '\ufeff{}', /byte order mark/, 0, 1, 1],
    ['unterminated string', '{"a":"abc', /unterminated string/, 5, 1, 6],
    ['invalid escape', '"\\x"', /invalid escape/, 1, 1, 2],
    ['short \\u escape', '"\\u12"', /invalid \\u escape/, 1, 1, 2],
    ['unclosed array', '[1', /expected ',' or '\]'/, 2, 1, 3],
    ['unclosed object', '{"a":1', /expected ',' or '}'/, 6, 1, 7],
    ['comment', '{} // c', /unexpected data/, 3, 1, 4],
    ['misspelt literal', '[tru]', /expected a JSON value/, 1, 1, 2],
  ])('refuses %s', (_name, text, reason, position, line, column) => {
    let error: unknown;
    try {
      parseJsonPreservingNumbers(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    const e = error as JsonSyntaxError;
    expect(e.reason).toMatch(reason);
    expect([e.position, e.line, e.column]).toEqual([position, line, column]);
    expect(e.message).toBe(`${e.reason} at line ${line} column ${column} (char ${position})`);
  });

  it('refuses nesting deeper than 512 levels and accepts 512', () => {
    expect(() => parseJsonPreservingNumbers('['.repeat(513) + ']'.repeat(513))).toThrow(
      /nesting deeper than 512/,
    );
    const ok = parseJsonPreservingNumbers('['.repeat(512) + ']'.repeat(512));
    expect(canonicalJson(ok).split('\n')).toHaveLength(2 * 511 + 1);
  });

  // The text may be any file a user names (a symlink to a token, /etc/passwd): say where, never what.
  it.each([
    ['a bare token', 'ghp_SECRET123'],
    ['a passwd line', 'root:x:0:0:root:/root:/bin/bash'],
    ['a duplicated secret key', '{"ghp_SECRET":1,"ghp_SECRET":2}'],
    ['a secret after valid JSON', '{} ghp_SECRET'],
    ['a secret in place of a value', '{"a": ghp_SECRET}'],
  ])('never quotes the text: %s', (_name, text) => {
    let message = '';
    try {
      parseJsonPreservingNumbers(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/ at line \d+ column \d+ \(char \d+\)$/);
    for (const secret of ['ghp', 'SECRET', 'root', '"g"', '"r"'])
      expect(message).not.toContain(secret);
  });
});
