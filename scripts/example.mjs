// npm run example: record two releases of examples/acme-app offline, then list, verify and diff them.
// Each step is printed as the command a user types in a checkout (`npx release-tracker …` runs the
// checkout's own bin) and run as that program, dist/cli/index.js.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cwd = fileURLToPath(new URL('../examples/acme-app/', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const project = relative(process.cwd(), cwd) || '.';
const releases = `${relative(root, cwd)}/releases`;
// A fixed clock makes the example's records reproducible.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };

function step(...args) {
  console.log(`\n$ npx release-tracker ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`Recording two releases of the sample project in ${project}/`);
console.log(`(the commands run there: every releases/... path below is ${releases}/...)`);
console.log(`\n$ cd ${project}`);
rmSync(new URL('releases/', `file://${cwd}`), { recursive: true, force: true });
for (const version of ['v1.0.0', 'v1.1.0']) {
  step(
    'generate',
    version,
    `app=ghcr.io/acme/app:${version}`,
    '--metadata',
    `metadata-${version}.json`,
    '--app-compose-template',
    'app-compose.json',
    '--offline',
  );
}
step('list');
step('verify');
step('diff', 'v1.0.0', 'v1.1.0');
console.log(`\nThe files are in ${releases}/ (from the repository's root).`);
