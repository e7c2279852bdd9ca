#!/usr/bin/env node
import pkg from '../../package.json' with { type: 'json' };
import { runCli } from './main.js';

// `release-tracker list | head` closes the pipe early: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  stdin: () => process.stdin,
  // Imported only when generate or verify --registry asks a registry.
  resolver: async (progress, warn) => {
    const [{ createRegistryResolver }, { timeLimits }] = await Promise.all([
      import('../registry/resolver.js'),
      import('../workspace/time-limits.js'),
    ]);
    return createRegistryResolver(progress, warn, undefined, timeLimits(process.env));
  },
  version: pkg.version,
});
