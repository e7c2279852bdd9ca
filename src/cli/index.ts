#!/usr/bin/env node
import pkg from '../../package.json' with { type: 'json' };
import { createRegistryResolver } from '../registry/resolver.js';
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  resolver: createRegistryResolver,
  version: pkg.version,
});
