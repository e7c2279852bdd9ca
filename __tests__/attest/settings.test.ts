import { describe, expect, it } from 'vitest';
import {
  attestSettings,
  CLI_NAMES,
  DEFAULT_PCCS_URL,
  parseReportData,
  parseTime,
} from '../../src/attest/settings.js';
import { InputError } from '../../src/core/errors.js';

const settings = (inputs: Record<string, string | boolean>) =>
  attestSettings({ releasesDir: 'releases', ...inputs }, CLI_NAMES, '/work', 1000);

describe('attest settings', () => {
  it('a file, the default PCCS, now, nothing else asked', () => {
    expect(settings({ file: 'doc.json' })).toMatchObject({
      document: { kind: 'file', path: '/work/doc.json', name: 'doc.json' },
      pccs: new URL(DEFAULT_PCCS_URL),
      at: 1000,
      allowTcb: [],
      reportData: null,
      allowUnsigned: false,
    });
    expect(settings({ file: '-' }).document).toEqual({ kind: 'stdin' });
    expect(settings({ file: 'd', offline: true }).pccs).toBeNull();
  });

  it.each<[string, Record<string, string | boolean>, RegExp]>([
    ['neither a file nor --url', {}, /^--url: give exactly one of <file\|-> and --url$/],
    ['both', { file: 'a', url: 'https://x' }, /^--url: give exactly one/],
    [
      '--url over plain http off loopback',
      { url: 'http://example.com/prpc/Info' },
      /^--url: must be https:\/\//,
    ],
    [
      '--url with credentials',
      { url: 'https://u:p@example.com/' },
      /^--url: must not carry credentials/,
    ],
    ['--url that is not one', { url: 'nope' }, /^--url: "nope" is not a URL/],
    [
      '--offline with --url',
      { url: 'https://x', offline: true },
      /^--offline: never fetches, and --url/,
    ],
    [
      '--offline with --pccs',
      { file: 'a', pccs: 'https://p', offline: true },
      /^--offline: never fetches/,
    ],
    [
      '--pccs over plain http',
      { file: 'a', pccs: 'http://pccs.example' },
      /^--pccs: must be https/,
    ],
    [
      '--allow-tcb Revoked',
      { file: 'a', allowTcb: 'OutOfDate,Revoked' },
      /^--allow-tcb: Revoked is never accepted$/,
    ],
    [
      '--allow-tcb unknown',
      { file: 'a', allowTcb: 'Fine' },
      /^--allow-tcb: unknown TCB status "Fine"/,
    ],
    ['--at garbage', { file: 'a', at: 'yesterday' }, /^--at: "yesterday" is neither RFC 3339/],
    [
      '--report-data too long',
      { file: 'a', reportData: 'ab'.repeat(65) },
      /^--report-data: is 65 bytes; REPORTDATA holds 64$/,
    ],
    ['--report-data not hex', { file: 'a', reportData: 'xyz' }, /^--report-data: must be hex/],
  ])('refuses %s, naming the flag', (_name, inputs, message) => {
    expect(() => settings(inputs)).toThrow(InputError);
    expect(() => settings(inputs)).toThrow(message);
  });

  it.each<[string, number]>([
    ['1786622400', 1786622400],
    ['2026-08-13T12:00:00Z', 1786622400],
    ['2026-08-13T14:00:00+02:00', 1786622400],
    ['2026-08-13t12:00:00.750z', 1786622400],
  ])('--at %s', (text, seconds) => {
    expect(parseTime(text, '--at')).toBe(seconds);
  });

  it('--report-data is zero-padded to 64 bytes, 0x allowed', () => {
    expect(parseReportData('0xABcd', 'r')).toBe(`abcd${'0'.repeat(124)}`);
  });

  it('--allow-tcb takes a list', () => {
    expect(settings({ file: 'a', allowTcb: 'OutOfDate, SWHardeningNeeded' }).allowTcb).toEqual([
      'OutOfDate',
      'SWHardeningNeeded',
    ]);
  });
});
