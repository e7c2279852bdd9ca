/**
 * Docker credential helpers for tests: `docker-credential-<name>` shell scripts in a directory put
 * first on PATH, speaking the helper protocol (`get`, server URL on stdin, JSON on stdout). Each
 * logs the server URL it was asked for, so a test can tell whether, how often and for what it ran.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface HelperBin {
  /** PATH with the helpers' directory first. */
  readonly path: string;
  /** A helper that runs `body` (sh) after logging the server URL, which it has in `$url`. */
  write(name: string, body: string): void;
  /** A helper that is exactly this sh script: it need not read its input, and logs nothing. */
  writeScript(name: string, script: string): void;
  /** A helper that answers these credentials for every server URL. */
  answering(name: string, username: string, secret: string): void;
  /** A helper that holds nothing: Docker's "credentials not found" answer. */
  empty(name: string): void;
  /** The server URLs a helper was asked for, in order. */
  calls(name: string): string[];
  cleanup(): void;
}

/** A shell single-quoted string. */
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function helperBin(): HelperBin {
  const root = mkdtempSync(join(tmpdir(), 'rt-helpers-'));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  const log = (name: string): string => join(root, `${name}.log`);
  const writeScript = (name: string, script: string): void => {
    const file = join(bin, `docker-credential-${name}`);
    writeFileSync(file, script);
    chmodSync(file, 0o755);
  };
  const write = (name: string, body: string): void =>
    writeScript(
      name,
      [
        '#!/bin/sh',
        `[ "$1" = get ] || { echo "docker-credential-${name}: unexpected arguments: $*" >&2; exit 3; }`,
        'url=$(cat)',
        `printf '%s\\n' "$url" >> ${quote(log(name))}`,
        body,
        '',
      ].join('\n'),
    );
  return {
    path: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
    write,
    writeScript,
    answering: (name, username, secret) =>
      write(
        name,
        `printf '%s' ${quote(JSON.stringify({ ServerURL: 'x', Username: username, Secret: secret }))}`,
      ),
    empty: (name) => write(name, `echo 'credentials not found in native keychain'\nexit 1`),
    calls: (name) =>
      existsSync(log(name)) ? readFileSync(log(name), 'utf8').split('\n').slice(0, -1) : [],
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A DOCKER_CONFIG directory holding `config` as config.json. */
export function dockerConfigDir(parent: string, name: string, config: unknown): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2));
  return dir;
}
