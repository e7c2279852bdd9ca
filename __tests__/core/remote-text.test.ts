import { describe, expect, it } from 'vitest';
import { remoteText } from '../../src/core/remote-text.js';

describe('remoteText: what a server said, safe to put in a message', () => {
  it.each([
    ['manifest invalid', 40, 'manifest invalid'],
    ['  spaced\t\tout\r\nlines  ', 40, 'spaced out lines'],
    ['\u001b[31mred\u001b[0m', 40, '[31mred[0m'],
    ['bell\u0007 nul\u0000 del\u007f c1\u0085\u009b', 40, 'bell nul del c1'],
    ['abc\u202edcba\u2066x\u2069', 40, 'abcdcbax'],
    ['line\u2028separator', 40, 'line separator'],
    ['exactly ten', 11, 'exactly ten'],
    ['one too many', 11, 'one too ma…'],
    ['😀😀😀😀', 3, '😀😀…'],
    ['', 10, ''],
  ])('%j (at most %i) → %j', (text, max, expected) => {
    const shown = remoteText(text, max);
    expect(shown).toBe(expected);
    expect([...shown].length).toBeLessThanOrEqual(max);
  });
});
