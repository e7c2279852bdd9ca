import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from './commands.js';

const EXIT_CODES = `Exit codes:
  0  success
  1  a check failed (hash mismatch, schema error, attestation) or a release was not found
  2  usage or input error`;

function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

function optionLines(options: readonly OptionSpec[], indent: string): string[] {
  const width = Math.max(...options.map((o) => optionLabel(o).length));
  return options.map((o) => `${indent}${optionLabel(o).padEnd(width)}  ${o.help}`);
}

const usageOf = (spec: CommandSpec): string =>
  `release-tracker ${spec.name}${spec.args ? ` ${spec.args}` : ''}`;

/** The overview: every command, the global options, examples and exit codes. */
export function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.args}`.length));
  const lines = [
    'release-tracker — record, query and verify what each release shipped',
    '',
    'Usage: release-tracker <command> [arguments] [--dir DIR] [--json]',
    '       release-tracker help <command>   (or <command> --help): its options and an example',
    '',
    'Commands:',
  ];
  for (const spec of COMMANDS) {
    lines.push(`  ${`${spec.name} ${spec.args}`.padEnd(width)}  ${spec.summary}`);
    if (spec.options.length > 0) lines.push(...optionLines(spec.options, '      '));
  }
  lines.push(
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS, '  '),
    '',
    'Versions are accepted as 1.0.0 or v1.0.0.',
    '',
    'Examples:',
    ...COMMANDS.flatMap((c) => c.examples.slice(0, 1).map((e) => `  ${e}`)),
    '',
    EXIT_CODES,
    '',
  );
  return lines.join('\n');
}

/** One command: its usage, what it does, its own options, the global ones and examples. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [
    `Usage: ${usageOf(spec)} [options]`,
    '',
    `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.`,
  ];
  if (spec.details) lines.push('', spec.details);
  if (spec.options.length > 0) lines.push('', 'Options:', ...optionLines(spec.options, '  '));
  lines.push('', 'Global options:', ...optionLines(GLOBAL_OPTIONS, '  '));
  lines.push('', spec.examples.length > 1 ? 'Examples:' : 'Example:');
  lines.push(...spec.examples.map((e) => `  ${e}`), '', EXIT_CODES, '');
  return lines.join('\n');
}
