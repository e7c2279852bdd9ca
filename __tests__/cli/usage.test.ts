// The command line in the tool's own words: per-command help, usage errors, and the exit codes of
// input that cannot be used.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('rt-cli-usage-')));
afterEach(() => cleanup());

/** Each command with options only it takes. */
const COMMANDS: [string, string[]][] = [
  [
    'generate',
    [
      '--compose',
      '--metadata',
      '--app-compose-template',
      '--app-name',
      '--no-pin-all',
      '--offline',
      '--overwrite',
    ],
  ],
  ['list', []],
  ['latest', []],
  ['info', []],
  ['images', []],
  ['app-compose', []],
  ['compose', []],
  ['verify', []],
  ['diff', []],
  ['find', []],
  ['compose-hash', []],
  [
    'attest',
    [
      '--url',
      '--quote',
      '--collateral',
      '--pccs',
      '--offline',
      '--at',
      '--allow-tcb',
      '--os-measurements',
      '--report-data',
      '--allow-unsigned',
    ],
  ],
];
const ALL_OWN = COMMANDS.flatMap(([, options]) => options);

describe('help', () => {
  it.each(COMMANDS)(
    '%s: help <command> and <command> --help show its usage, its options and an example',
    (command, own) => {
      const viaHelp = cli(['help', command], dir);
      const viaFlag = cli([command, '--help'], dir);
      expect(viaHelp.code).toBe(0);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
      const text = viaHelp.stdout;
      expect(text).toMatch(new RegExp(`^Usage: release-tracker ${command}\\b`));
      for (const option of [...own, '--dir', '--json']) expect(text).toContain(option);
      for (const other of ALL_OWN.filter((o) => !own.includes(o))) {
        expect(text).not.toMatch(new RegExp(`${other}\\b`));
      }
      expect(text).toMatch(new RegExp(`Examples?:\\n(  .*\\n)*  .*release-tracker ${command}\\b`));
      expect(text).toMatch(/Exit codes:/);
    },
  );

  it('the global help names every command and how to get its help', () => {
    const help = cli(['--help'], dir);
    expect(help.code).toBe(0);
    for (const [command] of COMMANDS)
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(help.stdout).toMatch(/release-tracker help <command>/);
    expect(cli(['help'], dir).stdout).toBe(help.stdout);
  });

  it('help for a command that does not exist is a usage error', () => {
    const run = cli(['help', 'nope'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: usage: unknown command "nope" (see release-tracker --help)\n');
  });
});

describe('usage errors, in the tool’s own words (exit 2, one line)', () => {
  it.each([
    [['list', '--bogus'], 'unknown option --bogus (see release-tracker help list)'],
    [['--bogus', 'list'], 'unknown option --bogus (see release-tracker --help)'],
    [['list', '-x'], 'unknown option -x (see release-tracker help list)'],
    [
      ['list', '--compose', 'x.yml'],
      'list takes no option --compose (an option of generate) (see release-tracker help list)',
    ],
    [
      ['find', '--quote', 'q.hex', 'a'],
      'find takes no option --quote (an option of attest) (see release-tracker help find)',
    ],
    [['list', '--dir'], '--dir needs a value: --dir DIR (see release-tracker help list)'],
    [
      ['list', '--dir', '--offline'],
      '--dir needs a value: --dir DIR (see release-tracker help list)',
    ],
    [['list', '--json=yes'], '--json takes no value (see release-tracker help list)'],
    [
      ['list', '--dir', 'a', '--dir', 'b'],
      '--dir is given more than once (see release-tracker help list)',
    ],
    [
      ['list', 'extra'],
      'expected release-tracker list (no arguments) (see release-tracker help list)',
    ],
    [
      ['diff', 'v1.0.0'],
      'expected release-tracker diff <from> <to> (see release-tracker help diff)',
    ],
    [
      ['generate'],
      'expected release-tracker generate <version> [[service=]image…] (see release-tracker help generate)',
    ],
    [
      ['attest'],
      'expected release-tracker attest <file|-> | --url URL (see release-tracker help attest)',
    ],
    [
      ['attest', 'a.json', '--url', 'https://x'],
      'expected release-tracker attest <file|-> | --url URL (see release-tracker help attest)',
    ],
    [['nope'], 'unknown command "nope" (see release-tracker --help)'],
  ])('%j', (args, message) => {
    const run = cli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: usage: ${message}\n`);
    expect(run.stdout).toBe('');
  });

  it('with --json, a usage error is still one JSON document on stdout', () => {
    const run = cli(['list', '--bogus', '--json'], dir);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: 'usage: unknown option --bogus (see release-tracker help list)',
      exit_code: 2,
    });
  });

  it('options may come before the command, and -- ends them', () => {
    const run = cli(['--json', '--dir', 'rel', 'list'], dir);
    expect(run.code).toBe(2); // the directory does not exist: the options were read
    expect(run.stderr).toMatch(/releases directory rel does not exist/);
    expect(cli(['compose-hash', '--', '--json'], dir).stderr).toMatch(
      /^error: --json: cannot read/,
    );
  });

  it('no command prints the help on stderr and exits 2', () => {
    const run = cli([], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^release-tracker — /);
  });
});

describe('compose-hash', () => {
  it('refuses a file that is not a JSON document, printing no hash (exit 2)', () => {
    writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  app:\n    image: nginx\n');
    writeFileSync(join(dir, 'list.json'), '["not", "a", "document"]');
    writeFileSync(
      join(dir, 'latin1.json'),
      Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
    );
    for (const [file, why] of [
      ['docker-compose.yml', /not valid JSON/],
      ['list.json', /not a JSON object/],
      ['latin1.json', /not valid UTF-8/],
    ] as const) {
      const run = cli(['compose-hash', file], dir);
      expect(run.code, file).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^error: ${file.replace('.', '\\.')}: ${why.source}`));
      expect(run.stderr).not.toMatch(/[0-9a-f]{64}/);
      const json = cli(['compose-hash', file, '--json'], dir);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout)).not.toHaveProperty('compose_hash');
    }
  });

  it('hashes a JSON document in any layout, saying whether it is canonical', () => {
    writeFileSync(join(dir, 'app.json'), '{ "name": "x", "runner": "docker-compose" }\n');
    const run = cli(['compose-hash', 'app.json', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ canonical: false });
  });

  it('a file that does not exist is an input error', () => {
    expect(cli(['compose-hash', 'missing.json'], dir).code).toBe(2);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('says npx only for a checkout, where it runs the checkout’s own bin (docs.test.ts runs it)', () => {
    // The package is not on the registry: elsewhere npx would fetch something else, or nothing.
    const quickStart = readme.slice(
      readme.indexOf('\n## Quick start\n'),
      readme.indexOf('\n## Use it'),
    );
    const paragraphs = readme.replace(quickStart, '').split(/\n\s*\n/);
    for (const paragraph of paragraphs.filter((p) => p.includes('npx release-tracker'))) {
      expect(paragraph).toMatch(/checkout/);
    }
    expect(quickStart).toMatch(/^npx release-tracker list/m);
  });

  it('gives only command lines the CLI accepts', () => {
    // Every `release-tracker <command> …` in a code block or inline code, up to a pipe or comment.
    const lines = [
      ...readme.matchAll(/(?:^|[`|(]\s*|&& )release-tracker ([a-z-]+(?: [^`|#)\n]*)?)/gm),
    ]
      .map((m) => (m[1] ?? '').trim())
      .filter((l) => !l.startsWith('-'));
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      const args = line
        .replace('<command>', 'list')
        .split(/\s+/)
        .filter((a) => a !== '…' && !a.endsWith('…]'));
      const run = cli([...args.filter((a) => !/^\[/.test(a)), '--help'], dir);
      expect(run.stderr, line).toBe('');
      expect(run.code, line).toBe(0);
    }
  });
});
