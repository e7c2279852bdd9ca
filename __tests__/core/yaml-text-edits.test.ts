import { describe, expect, it } from 'vitest';
import { parseDocument, Scalar, type ParsedNode, type YAMLMap } from 'yaml';
import {
  applyEdits,
  findPair,
  formatScalar,
  insertBlockFirst,
  removeBlockEntry,
  removeFlowPair,
  replaceScalarValue,
  type EditContext,
} from '../../src/core/yaml-text-edits.js';

// pinCompose (compose-pin.test.ts) runs these edits on real files; here, each one alone.
type Map_ = YAMLMap<ParsedNode, ParsedNode | null>;

function mapOf(text: string, ...path: string[]): { map: Map_; ctx: EditContext } {
  const doc = parseDocument(text);
  const map = doc.getIn(path, true) as Map_;
  const ctx: EditContext = {
    text,
    refuse: (reason) => {
      throw new Error(reason);
    },
  };
  return { map, ctx };
}

describe('formatScalar', () => {
  it.each<[string, Scalar['type'], string]>([
    ['acme/app:1@sha256:ab', Scalar.PLAIN, 'acme/app:1@sha256:ab'],
    ['acme/app:1', Scalar.QUOTE_SINGLE, "'acme/app:1'"],
    ['acme/app:1', Scalar.QUOTE_DOUBLE, '"acme/app:1"'],
    ["it's", Scalar.QUOTE_SINGLE, "'it''s'"],
    ['a\tb', Scalar.QUOTE_SINGLE, '"a\\tb"'],
    // Plain only where YAML 1.1 and 1.2 both read it back as this string.
    ['true', Scalar.PLAIN, '"true"'],
    ['1.10', Scalar.PLAIN, '"1.10"'],
    ['a: b', Scalar.PLAIN, '"a: b"'],
    ['ends:', Scalar.PLAIN, '"ends:"'],
  ])('%j as %s → %s', (value, style, expected) => {
    expect(formatScalar(value, style)).toBe(expected);
  });
});

describe('edits of YAML text', () => {
  it('replaces a value in its own quoting and keeps a comment after it', () => {
    const text = "a:\n  image: 'x' # pinned below\n";
    const { map, ctx } = mapOf(text, 'a');
    const value = findPair(map, 'image')?.pair.value as ParsedNode;
    expect(applyEdits(text, [replaceScalarValue(value, 'y@sha256:1', 'its "image"', ctx)])).toBe(
      "a:\n  image: 'y@sha256:1' # pinned below\n",
    );
  });

  it('removes an entry with its nested lines and deeper comments, keeping CRLF', () => {
    const text = 'a:\r\n  build:\r\n    context: .\r\n    # args: {}\r\n  image: x\r\n';
    const { map, ctx } = mapOf(text, 'a');
    const pair = findPair(map, 'build')?.pair;
    if (pair === undefined) throw new Error('no build');
    expect(applyEdits(text, [removeBlockEntry(pair, ctx)])).toBe('a:\r\n  image: x\r\n');
  });

  it('inserts a first entry at the indentation of the mapping, with its line break', () => {
    const text = 'x: &b {}\na:\r\n    <<: *b\r\n';
    const { map, ctx } = mapOf(text, 'a');
    expect(applyEdits(text, [insertBlockFirst(map, 'image: y', ctx)])).toBe(
      'x: &b {}\na:\r\n    image: y\r\n    <<: *b\r\n',
    );
  });

  it('removes a flow pair with its separator', () => {
    const text = 'a: { build: ., image: x }\n';
    const { map, ctx } = mapOf(text, 'a');
    expect(applyEdits(text, [removeFlowPair(map, 0, ctx)])).toBe('a: { image: x }\n');
    expect(applyEdits(text, [removeFlowPair(map, 1, ctx)])).toBe('a: { build: . }\n');
  });

  it('refuses an entry that does not start its own line', () => {
    const text = 'a: {\n  build: ., image: x }\n';
    const { map, ctx } = mapOf(text, 'a');
    const pair = findPair(map, 'image')?.pair;
    if (pair === undefined) throw new Error('no image');
    expect(() => removeBlockEntry(pair, ctx)).toThrow(/"image" key does not start its own line/);
  });

  it('applies edits from the end, and refuses overlapping ones', () => {
    expect(
      applyEdits('abcdef', [
        { start: 0, end: 1, text: 'A' },
        { start: 4, end: 6, text: 'EF!' },
      ]),
    ).toBe('AbcdEF!');
    expect(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, text: '' },
        { start: 2, end: 4, text: '' },
      ]),
    ).toThrow(/overlap/);
  });
});
