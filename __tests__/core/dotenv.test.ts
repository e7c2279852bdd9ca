import { describe, expect, it } from 'vitest';
import { composeVariables, DotenvError, parseDotenv } from '../../src/core/dotenv.js';

// The table is compose-go's dotenv tests and fixtures (compose-spec/compose-go, dotenv/ at
// e70e961c3a3acebf0800b882f1afb3dbf1fb74a2).
const none = (): undefined => undefined;
const parse = (text: string, env: Record<string, string> = {}): Record<string, string> =>
  Object.fromEntries(parseDotenv(text, (name) => env[name]));

function failure(text: string): DotenvError {
  try {
    parseDotenv(text, none);
  } catch (error) {
    expect(error).toBeInstanceOf(DotenvError);
    return error as DotenvError;
  }
  throw new Error(`${JSON.stringify(text)}: expected an error`);
}

describe('parseDotenv, as compose-go reads .env files', () => {
  it('plain.env', () => {
    const text =
      'OPTION_A=1\nOPTION_B=2\nOPTION_C= 3\nOPTION_D =4\nOPTION_E = 5\nOPTION_F = \nOPTION_G=\nOPTION_H = my string # Inline comment\n';
    expect(parse(text)).toEqual({
      OPTION_A: '1',
      OPTION_B: '2',
      OPTION_C: '3',
      OPTION_D: '4',
      OPTION_E: '5',
      OPTION_F: '',
      OPTION_G: '',
      OPTION_H: 'my string',
    });
  });

  it('quoted.env', () => {
    const text = [
      "OPTION_A='1'",
      "OPTION_B='2'",
      "OPTION_C=''",
      "OPTION_D='\\n'",
      'OPTION_E="1"',
      'OPTION_F="2"',
      'OPTION_G=""',
      'OPTION_H="\\n"',
      `OPTION_I = "echo 'asd'" # Inline comment`,
      "OPTION_J = 'first line\nsecond line\nthird line\nand so on'",
      "OPTION_K='Let\\'s go!'",
      'OPTION_Z = "last value"',
      '',
    ].join('\n');
    expect(parse(text)).toEqual({
      OPTION_A: '1',
      OPTION_B: '2',
      OPTION_C: '',
      OPTION_D: '\\n',
      OPTION_E: '1',
      OPTION_F: '2',
      OPTION_G: '',
      OPTION_H: '\n',
      OPTION_I: "echo 'asd'",
      OPTION_J: 'first line\nsecond line\nthird line\nand so on',
      OPTION_K: "Let's go!",
      OPTION_Z: 'last value',
    });
  });

  it('unquoted.env, special.env, exported.env, equals.env, a BOM', () => {
    expect(
      parse(
        'OPTION_A = "some quoted phrase"\nOPTION_B=first one with an unquoted phrase\nOPTION_D = then another one with an unquoted phrase special è char\n',
      ),
    ).toEqual({
      OPTION_A: 'some quoted phrase',
      OPTION_B: 'first one with an unquoted phrase',
      OPTION_D: 'then another one with an unquoted phrase special è char',
    });
    expect(parse('VAR.WITH.DOTS=dots\nVAR_WITH_UNDERSCORES=u\nVAR-WITH-DASHES=dashes\n')).toEqual({
      'VAR.WITH.DOTS': 'dots',
      VAR_WITH_UNDERSCORES: 'u',
      'VAR-WITH-DASHES': 'dashes',
    });
    expect(parse("export OPTION_A=2\nexport OPTION_B='\\n'\n")).toEqual({
      OPTION_A: '2',
      OPTION_B: '\\n',
    });
    expect(
      parse("export OPTION_A='postgres://localhost:5432/database?sslmode=disable'\n\n"),
    ).toEqual({ OPTION_A: 'postgres://localhost:5432/database?sslmode=disable' });
    expect(parse('\uFEFFOPTION_A=1\r\nOPTION_B=2\r\n')).toEqual({ OPTION_A: '1', OPTION_B: '2' });
  });

  it.each<[string, string, string]>([
    // TestParsing
    ['FOO=bar', 'FOO', 'bar'],
    ['FOO =bar', 'FOO', 'bar'],
    ['FOO= bar', 'FOO', 'bar'],
    ['FOO="bar"', 'FOO', 'bar'],
    ["FOO='bar'", 'FOO', 'bar'],
    ['FOO="escaped\\"bar"', 'FOO', 'escaped"bar'],
    ['FOO="\\"quoted\\""', 'FOO', '"quoted"'],
    [`FOO="'d'"`, 'FOO', "'d'"],
    ['OPTION_A: 1', 'OPTION_A', '1'],
    ['OPTION_A: Foo=bar', 'OPTION_A', 'Foo=bar'],
    ['OPTION_A=1:B', 'OPTION_A', '1:B'],
    ['export OPTION_A=2', 'OPTION_A', '2'],
    ["export OPTION_B='\\n'", 'OPTION_B', '\\n'],
    ['export exportFoo=2', 'exportFoo', '2'],
    ['exportFOO=2', 'exportFOO', '2'],
    ['export_FOO =2', 'export_FOO', '2'],
    ['export.FOO= 2', 'export.FOO', '2'],
    ['export\tOPTION_A=2', 'OPTION_A', '2'],
    ['  export OPTION_A=2', 'OPTION_A', '2'],
    ['\texport OPTION_A=2', 'OPTION_A', '2'],
    ['export OPTION_A="export A"', 'OPTION_A', 'export A'],
    ['FOO="bar\\nbaz"', 'FOO', 'bar\nbaz'],
    ['FOO=a\\tb', 'FOO', 'a\\tb'],
    ['FOO="a\\tb"', 'FOO', 'a\tb'],
    ['KEY="Z\\aZ\\bZ\\fZ\\nZ\\rZ\\tZ\\vZ\\\\Z\\0123Z"', 'KEY', 'Z\x07Z\bZ\fZ\nZ\rZ\tZ\vZ\\ZSZ'],
    ['FOO.BAR=foobar', 'FOO.BAR', 'foobar'],
    ['FOO=foobar=', 'FOO', 'foobar='],
    ['FOO=bar ', 'FOO', 'bar'],
    ['FOO=bar # this is foo', 'FOO', 'bar'],
    ['FOO=bar #this is foo', 'FOO', 'bar'],
    ['FOO=bar #', 'FOO', 'bar'],
    ['FOO=123#not-an-inline-comment', 'FOO', '123#not-an-inline-comment'],
    ['FOO="bar#baz"', 'FOO', 'bar#baz'],
    ['FOO="bar#baz"#', 'FOO', 'bar#baz'],
    ['FOO="bar#baz" # comment', 'FOO', 'bar#baz'],
    ["FOO='bar#baz' # comment", 'FOO', 'bar#baz'],
    ['FOO="bar#baz#bang" # comment', 'FOO', 'bar#baz#bang'],
    ['FOO="ba#r"', 'FOO', 'ba#r'],
    ["FOO='ba#r'", 'FOO', 'ba#r'],
    ['FOO="bar\\n\\ b\\az"', 'FOO', 'bar\n\\ b\x07z'],
    ['FOO="bar\\\\\\n\\ b\\az"', 'FOO', 'bar\\\n\\ b\x07z'],
    ['FOO="bar\\\\r\\ b\\az"', 'FOO', 'bar\\r\\ b\x07z'],
    ['FOO="bar\\nbaz\\\\"', 'FOO', 'bar\nbaz\\'],
    [' KEY =value', 'KEY', 'value'],
    ['   KEY=value', 'KEY', 'value'],
    ['\tKEY=value', 'KEY', 'value'],
    ['KEY="\\0123"', 'KEY', 'S'],
    ['KEY="\\x07"', 'KEY', '\\x07'],
    ['KEY="\\u12e4"', 'KEY', '\\u12e4'],
    ['KEY="\\U00101234"', 'KEY', '\\U00101234'],
    ['a[1]=c', 'a[1]', 'c'],
    [
      'árvíztűrő-TÜKÖRFÚRÓGÉP=ÁRVÍZTŰRŐ-tükörfúrógép',
      'árvíztűrő-TÜKÖRFÚRÓGÉP',
      'ÁRVÍZTŰRŐ-tükörfúrógép',
    ],
    ['TEST_URLS="a:3333\nb:443"', 'TEST_URLS', 'a:3333\nb:443'],
  ])('%j: %s is %j', (text, key, value) => {
    expect(parseDotenv(text, none).get(key)).toBe(value);
  });

  it.each<[string, Record<string, string>, Record<string, string>]>([
    // TestExpanding
    ['FOO=test\nBAR=$FOO', {}, { FOO: 'test', BAR: 'test' }],
    ['FOO=test\nBAR=${FOO}bar', {}, { FOO: 'test', BAR: 'testbar' }],
    ['BAR=$FOO', {}, { BAR: '' }],
    ['FOO=test\nBAR="quote $FOO"', {}, { FOO: 'test', BAR: 'quote test' }],
    ["BAR='quote $FOO'", {}, { BAR: 'quote $FOO' }],
    ['FOO="foo\\$BAR"', {}, { FOO: 'foo$BAR' }],
    ['FOO="foo\\${BAR}"', {}, { FOO: 'foo${BAR}' }],
    ['FOO=test\nBAR="foo\\${FOO} ${FOO}"', {}, { FOO: 'test', BAR: 'foo${FOO} test' }],
    // TestExpandingEnvironmentWithLookup, substitutions.env with and without OPTION_A set
    ['TEST=$ME', { ME: 'YES' }, { TEST: 'YES' }],
    [
      'OPTION_A=1\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B\nOPTION_D=${OPTION_A}_${OPTION_B}\nOPTION_E=${OPTION_NOT_DEFINED}\n',
      {},
      { OPTION_A: '1', OPTION_B: '1', OPTION_C: '1', OPTION_D: '1_1', OPTION_E: '' },
    ],
    [
      'OPTION_A=1\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B\nOPTION_D=${OPTION_A}_${OPTION_B}\n',
      { OPTION_A: '5' },
      { OPTION_A: '1', OPTION_B: '5', OPTION_C: '5', OPTION_D: '5_5' },
    ],
    // substitutions-default.env, and inherited variables
    [
      'OPTION_A=${OPTION_A:-1}\nOPTION_B=${OPTION_A}\n',
      { OPTION_A: '5' },
      { OPTION_A: '5', OPTION_B: '5' },
    ],
    ['OPTION_A=${OPTION_A:-1}\nOPTION_B=${OPTION_A}\n', {}, { OPTION_A: '1', OPTION_B: '1' }],
    [
      'foo=bar\nFROM_ENV\nbar=baz\n',
      { FROM_ENV: 'env' },
      { foo: 'bar', FROM_ENV: 'env', bar: 'baz' },
    ],
    ['VARIABLE_NOT_FOUND\n', {}, {}],
  ])('%j with %j', (text, env, expected) => {
    expect(parse(text, env)).toEqual(expected);
  });

  it.each(['\n', '\r\n', '\t\t ', '# Comment', '\t # comment', ''])('ignores %j', (text) => {
    expect(parse(text)).toEqual({});
  });

  it.each<[string, number, RegExp]>([
    ['lol$wut', 1, /^unexpected character in a variable name$/],
    ['%!(EXTRA string)=foo', 1, /^unexpected character in a variable name$/],
    [
      '# some comments\nfoo="\n  a\n  multine\n  value\n"\nINVALID LINE\nzot=qix',
      7,
      /cannot contain a space/,
    ],
    ['KEY="', 1, /^unterminated quoted value$/],
    ['KEY="value', 1, /^unterminated quoted value$/],
    ['KEY="value\\"', 1, /^unterminated quoted value$/],
    ['KEY="value\'', 1, /^unterminated quoted value$/],
    ["KEY='", 1, /^unterminated quoted value$/],
    ["KEY='value", 1, /^unterminated quoted value$/],
    ["KEY='value\\'", 1, /^unterminated quoted value$/],
    ['A=1\nKEY=\'value"', 2, /^unterminated quoted value$/],
    ['A=${B:?}', 1, /^required variable B is missing a value$/],
    ['A=${B', 1, /^invalid interpolation$/],
  ])('refuses %j at line %d', (text, line, reason) => {
    const error = failure(text);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`line ${line}: ${error.reason}`);
  });

  it('never quotes a value or a malformed name; a required variable is named, as Compose names it', () => {
    for (const text of ['TOKEN="ghp_SECRET', 'ghp SECRET=1', 'ghp$SECRET', 'A="${ghp_SECRET']) {
      expect(failure(text).message).not.toMatch(/ghp|SECRET/);
    }
    expect(failure('A=${NEEDED:?ghp_SECRET}').message).toBe(
      'line 1: required variable NEEDED is missing a value',
    );
  });
});

describe('composeVariables', () => {
  it('the environment wins over the .env file, whose values read the environment first', () => {
    const variables = composeVariables(
      { TAG: 'v2', HOME: '/root', UNSET: undefined },
      { text: 'TAG=v1\nREGISTRY=ghcr.io\nIMAGE=${REGISTRY}/app:${TAG}\n', file: '.env' },
    );
    expect(Object.fromEntries(variables)).toEqual({
      TAG: 'v2',
      HOME: '/root',
      REGISTRY: 'ghcr.io',
      IMAGE: 'ghcr.io/app:v2',
    });
  });

  it('without a .env file, the environment', () => {
    expect(Object.fromEntries(composeVariables({ A: '1' }))).toEqual({ A: '1' });
  });
});
