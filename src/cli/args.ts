import { InputError } from '../core/errors.js';
import {
  COMMANDS,
  GLOBAL_OPTIONS,
  findCommand,
  type CommandSpec,
  type OptionSpec,
} from './commands.js';

/** A command line the tool cannot act on; exit 2, in the tool's own words. */
export class UsageError extends InputError {
  constructor(message: string, command?: string) {
    const hint = command ? `see release-tracker help ${command}` : 'see release-tracker --help';
    super('usage', `${message} (${hint})`);
  }
}

export type OptionValues = Readonly<Record<string, string | boolean>>;

export interface CommandLine {
  /** The command named, undefined when none was. */
  readonly command: CommandSpec | undefined;
  /** Arguments after the command. */
  readonly args: readonly string[];
  readonly options: OptionValues;
}

const ALL_OPTIONS: readonly OptionSpec[] = [
  ...GLOBAL_OPTIONS,
  ...COMMANDS.flatMap((c) => c.options),
];

function lookup(token: string): OptionSpec | undefined {
  if (token.startsWith('--')) return ALL_OPTIONS.find((o) => o.name === token.slice(2));
  return ALL_OPTIONS.find((o) => o.short !== undefined && o.short === token.slice(1));
}

/**
 * Reads `argv`: options anywhere (`--name value`, `--name=value`, `-h`, `-V`), `--` ends them, a
 * lone `-` is an argument (stdin). The first argument names the command; `help <command>` asks
 * for that command's help. Every option is checked against the command that takes it.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const seen: OptionSpec[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    const eq = token.startsWith('--') ? token.indexOf('=') : -1;
    const name = eq >= 0 ? token.slice(0, eq) : token;
    const option = lookup(name);
    if (!option) throw new UsageError(`unknown option ${name}`, commandNamed(positionals));
    if (option.name in options) {
      throw new UsageError(`--${option.name} is given more than once`, commandNamed(positionals));
    }
    if (option.value === undefined) {
      if (eq >= 0)
        throw new UsageError(`--${option.name} takes no value`, commandNamed(positionals));
      options[option.name] = true;
    } else {
      const value = eq >= 0 ? token.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) {
        throw new UsageError(
          `--${option.name} needs a value: --${option.name} ${option.value}`,
          commandNamed(positionals),
        );
      }
      options[option.name] = value;
    }
    seen.push(option);
  }

  let [name, ...args] = positionals;
  if (name === 'help') {
    // `help <command>` is `<command> --help`.
    if (args.length > 1) throw new UsageError('help takes one command name');
    [name, args] = [args[0], []];
    if (name === undefined)
      return { command: undefined, args: [], options: { ...options, help: true } };
    options['help'] = true;
  }
  const command = name === undefined ? undefined : findCommand(name);
  if (name !== undefined && command === undefined) {
    throw new UsageError(`unknown command "${name}"`);
  }
  if (command) {
    for (const option of seen) {
      // By name: two commands may each define an option of the same name (`--offline`).
      const takes = (c: CommandSpec): boolean => c.options.some((o) => o.name === option.name);
      if (GLOBAL_OPTIONS.includes(option) || takes(command)) continue;
      const owners = COMMANDS.filter(takes).map((c) => c.name);
      throw new UsageError(
        `${command.name} takes no option --${option.name} (an option of ${owners.join(', ')})`,
        command.name,
      );
    }
    if (!options['help'] && !options['version']) {
      if (args.length < command.minArgs || args.length > command.maxArgs) {
        throw new UsageError(
          `expected release-tracker ${command.name}${command.args ? ` ${command.args}` : ' (no arguments)'}`,
          command.name,
        );
      }
    }
  }
  return { command, args, options };
}

/** The command the arguments so far name, for the hint of an early error. */
function commandNamed(positionals: readonly string[]): string | undefined {
  const first = positionals[0] === 'help' ? positionals[1] : positionals[0];
  return first !== undefined && findCommand(first) ? first : undefined;
}
