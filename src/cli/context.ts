import type { DigestResolver } from '../core/generate.js';
import type { ServedLookup } from '../core/served-digests.js';
import type { ByteSource } from '../http/read-limited.js';
import type { OptionValues } from './args.js';

export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal, for progress lines. */
  readonly interactive: boolean;
  /** Standard input, for `attest -` (read with its byte limit as it streams). */
  readonly stdin?: () => ByteSource;
  /** Builds the registry client (generate, verify --registry); injected so the core never imports the network. */
  readonly resolver?: (
    progress: (message: string) => void,
    warn: (message: string) => void,
  ) => Promise<DigestResolver & ServedLookup>;
  readonly version: string;
}

/** One invocation of one command. */
export interface Context {
  readonly io: CliIO;
  /** The releases directory as given (`--dir`, default `releases`). */
  readonly dir: string;
  readonly json: boolean;
  readonly args: readonly string[];
  readonly options: OptionValues;
}

/** Prints the JSON document with `--json`, else the text. */
export function print(ctx: Context, json: unknown, text: () => string): void {
  ctx.io.out(ctx.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}

export function warn(ctx: Context, message: string): void {
  ctx.io.err(`warning: ${message}\n`);
}

/** A string option's value, undefined when not given. */
export function stringOption(ctx: Context, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === 'string' ? value : undefined;
}
