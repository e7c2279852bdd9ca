import { describe, expect, it } from 'vitest';
import { InterpolationError, interpolate } from '../../src/core/compose-interpolation.js';

// The table is compose-go's template tests (compose-spec/compose-go, template/template_test.go at
// e70e961c3a3acebf0800b882f1afb3dbf1fb74a2), with its mapping: FOO=first, BAR='' and JSON.
const defaults: Record<string, string> = { FOO: 'first', BAR: '', JSON: '{"json":2}' };
const lookup = (name: string): string | undefined => defaults[name];
const value = (text: string, map = lookup): string => interpolate(text, map).value;

function failure(text: string): InterpolationError {
  try {
    interpolate(text, lookup);
  } catch (error) {
    expect(error).toBeInstanceOf(InterpolationError);
    return error as InterpolationError;
  }
  throw new Error(`${text}: expected an error`);
}

describe('interpolate, as compose-go substitutes', () => {
  it.each<[string, string]>([
    // TestEscaped, TestSubstituteNoMatch, TestUnescaped
    ['$${foo}', '${foo}'],
    ['foo', 'foo'],
    ['a $ string', 'a $ string'],
    ['^REGEX$', '^REGEX$'],
    ['$}', '$}'],
    ['$', '$'],
    // TestNonBraced, TestNoValueNoDefault, TestValueNoDefault
    ['$FOO-bar', 'first-bar'],
    ['This ${missing} var', 'This  var'],
    ['This ${BAR} var', 'This  var'],
    ['This $FOO var', 'This first var'],
    ['This ${FOO} var', 'This first var'],
    // TestNoValueWithDefault … TestNonAlphanumericDefault
    ['ok ${missing:-def}', 'ok def'],
    ['ok ${missing-def}', 'ok def'],
    ['${A:+${A},}B', 'B'],
    ['${A:-${B}}', ''],
    ['ok ${BAR:-def}', 'ok def'],
    ['ok ${FOO:-def}', 'ok first'],
    ['ok ${BAR-def}', 'ok '],
    ['ok ${UNSET_VAR:+presence_value}', 'ok '],
    ['ok ${UNSET_VAR+presence_value}', 'ok '],
    ['ok ${FOO:+presence_value}', 'ok presence_value'],
    ['ok ${FOO+presence_value}', 'ok presence_value'],
    ['ok ${BAR+presence_value}', 'ok presence_value'],
    ['ok ${BAR:+presence_value}', 'ok '],
    ['ok ${BAR:-/non:-alphanumeric}', 'ok /non:-alphanumeric'],
    // TestInterpolationExternalInterference
    ['-ok ${BAR:-defaultValue}', '-ok defaultValue'],
    ['+ok ${UNSET:-${BAR-defaultValue}}', '+ok '],
    ['-ok ${FOO:-defaultValue}', '-ok first'],
    [':-ok ${UNSET-defaultValue}', ':-ok defaultValue'],
    [':-ok ${BAR-defaultValue}', ':-ok '],
    [':?ok ${BAR-defaultValue}', ':?ok '],
    [':?ok ${BAR:-defaultValue}', ':?ok defaultValue'],
    [':+ok ${BAR:-defaultValue}', ':+ok defaultValue'],
    ['+ok ${BAR-defaultValue}', '+ok '],
    ['?ok ${BAR:-defaultValue}', '?ok defaultValue'],
    // TestDefaultsWithNestedExpansion
    ['ok ${UNSET_VAR-$FOO}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO}}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR:-$FOO}', 'ok first'],
    ['ok ${BAR:-${FOO}}', 'ok first'],
    ['ok ${BAR:-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR+$FOO}', 'ok first'],
    ['ok ${BAR+$FOO ${FOO:+second}}', 'ok first second'],
    // TestDefaultsForMandatoryVariables, TestPrecedence
    ['ok ${FOO:?err}', 'ok first'],
    ['ok ${FOO?err}', 'ok first'],
    ['ok ${BAR?err}', 'ok '],
    ['${UNSET_VAR-myerror?msg}', 'myerror?msg'],
    ['${FOO?bar-baz}', 'first'],
    ['${BAR:-default_value_for_empty_var}', 'default_value_for_empty_var'],
    ['${UNSET_VAR-default_value_for_unset_var}', 'default_value_for_unset_var'],
    // TestSubstituteWithReplacementFunc's last case
    ['ok ${SUBDOMAIN:-redis}.${FOO:?}', 'ok redis.first'],
    // TestNoValueWithCurlyBracesDefault, TestValueWithCurlyBracesDefault
    ['ok ${missing:-{"json":1}}', 'ok {"json":1}'],
    ['ok ${missing-{"json":1}}', 'ok {"json":1}'],
    ['ok ${JSON:-{"json":1}}', 'ok {"json":2}'],
    ['ok ${JSON-{"json":1}}', 'ok {"json":2}'],
    // Names are case-insensitive letters, digits and "_"; a default runs to the closing brace.
    ['${foo:-x}y}', 'xy}'],
    ['$_A1${FOO}', 'first'],
    ['${FOO}${BAR:-b}c${UNSET-d}', 'firstbcd'],
  ])('%j → %j', (template, expected) => {
    expect(value(template)).toBe(expected);
  });

  it.each(['${', '${}', '${ }', '${ foo}', '${foo }', '${foo!}', '${FOO:x}', '${FOO:-x'])(
    'refuses the invalid template %j',
    (template) => {
      const error = failure(template);
      expect(error.message).toBe('invalid interpolation');
      expect(error.variable).toBeUndefined();
    },
  );

  // TestMandatoryVariableErrors, …WithNestedExpansion
  it.each<[string, string]>([
    ['not ok ${UNSET_VAR:?Mandatory Variable Unset}', 'UNSET_VAR'],
    ['not ok ${BAR:?Mandatory Variable Empty}', 'BAR'],
    ['not ok ${UNSET_VAR:?}', 'UNSET_VAR'],
    ['not ok ${UNSET_VAR?Mandatory Variable Unset}', 'UNSET_VAR'],
    ['not ok ${UNSET_VAR?}', 'UNSET_VAR'],
    ['not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}', 'UNSET_VAR'],
    ['not ok ${UNSET_VAR?Mandatory Variable ${FOO}}', 'UNSET_VAR'],
    ['${UNSET_VAR?bar-baz}', 'UNSET_VAR'],
  ])('%j: required variable %s is missing a value', (template, variable) => {
    const error = failure(template);
    expect(error.message).toBe(`required variable ${variable} is missing a value`);
    expect(error.variable).toBe(variable);
  });

  it('a required variable that is set does not read its message (TestLazyRequiredMessageDoesNotWarn)', () => {
    const result = interpolate('${A?${B}}', (name) => (name === 'A' ? 'value' : undefined));
    expect(result).toEqual({ value: 'value', unset: [] });
  });

  it('names the variables read as empty, once, and only where no fallback applied', () => {
    expect(interpolate('$X ${X} ${Y:-y} ${Z-z} ${A:-${W}}', () => undefined).unset).toEqual([
      'X',
      'W',
    ]);
    // A fallback not taken is not read (TestLazyDefaultDoesNotWarn).
    expect(interpolate('${A:+${B},}c', () => undefined).unset).toEqual([]);
  });

  it('stops a default at the line end, as Compose reads one line', () => {
    expect(() => interpolate('${A:-x\n}', () => undefined)).toThrow(InterpolationError);
  });

  it('counts braces as compose-go does: "{" also passes over the character after it', () => {
    // `{}` hides its "}", so the default runs to the last "}" on the line.
    expect(value('${A:-{}}x}')).toBe('{}}x');
    expect(value('${A:-{x}}y}')).toBe('{x}y}');
  });
});
