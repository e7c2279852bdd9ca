// Whether dist/ is the build of the sources as they are now: a fingerprint of the build's inputs
// and outputs, kept in .tmp/ (never committed). `npm run build` writes it; the test setup and the
// bench rebuild when it no longer matches, so they never run a stale bundle.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, '.tmp', 'build-stamp');
const INPUTS = [
  'src',
  'schema',
  'scripts/build.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
const OUTPUTS = ['dist'];

function files(path) {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [abs];
  return readdirSync(abs, { recursive: true })
    .map((name) => join(abs, name))
    .filter((p) => statSync(p).isFile());
}

function fingerprint(paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(files).sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const current = () => `${fingerprint(INPUTS)} ${fingerprint(OUTPUTS)}\n`;

export function writeBuildStamp() {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  writeFileSync(STAMP, current());
}

export function isBuildFresh() {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === current();
}

/** Builds unless dist/ is already the build of the current sources. */
export function ensureFreshBuild() {
  if (isBuildFresh()) return false;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return true;
}
