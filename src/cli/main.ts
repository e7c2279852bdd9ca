import { CheckError, InputError, errorMessage } from '../core/errors.js';
import { parseCommandLine } from './args.js';
import type { CliIO, Context } from './context.js';
import { commandHelp, globalHelp } from './help.js';

export type { CliIO } from './context.js';

type Handler = (ctx: Context) => number | Promise<number>;

/**
 * Each command's code is imported when it runs, so `list` never loads the YAML parser, the
 * generator or the registry client, and `--version` loads nothing (the bundle keeps each
 * import() as its own chunk in dist/cli/).
 */
const HANDLERS: Record<string, () => Promise<Handler>> = {
  generate: async () => (await import('./generate.js')).run,
  'compose-hash': async () => (await import('./compose-hash.js')).run,
  attest: async () => (await import('./attest.js')).run,
};

async function handlerFor(command: string): Promise<Handler> {
  const load = HANDLERS[command];
  if (load) return load();
  const { QUERIES } = await import('./queries.js');
  const query = QUERIES[command];
  if (!query) throw new Error(`no handler for ${command}`);
  return query;
}

/** Exit code of a thrown error: 2 for input that cannot be used, 1 for a failed check. */
function exitCodeOf(error: unknown): number {
  if (error instanceof CheckError) return 1;
  if (error instanceof InputError) return 2;
  return 1;
}

/** Runs one CLI invocation; returns the exit code (0 ok, 1 a check failed, 2 usage or input error; README: CLI). */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let json = argv.includes('--json');
  try {
    const { command, args, options } = parseCommandLine(argv);
    json = options['json'] === true;
    if (options['version']) {
      io.out(`${io.version}\n`);
      return 0;
    }
    if (options['help']) {
      io.out(command ? commandHelp(command) : globalHelp());
      return 0;
    }
    if (command === undefined) {
      io.err(globalHelp());
      return 2;
    }
    const dir = typeof options['dir'] === 'string' ? options['dir'] : 'releases';
    const handler = await handlerFor(command.name);
    return await handler({ io, dir, json, args, options });
  } catch (error) {
    const code = exitCodeOf(error);
    const message = errorMessage(error);
    if (json) io.out(`${JSON.stringify({ error: message, exit_code: code })}\n`);
    io.err(`error: ${message}\n`);
    return code;
  }
}
