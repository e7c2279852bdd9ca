// Bundles the action and the CLI with ncc, each into one ESM file users run without node_modules.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--target', 'es2022'];
rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  [...ncc, 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt'],
  {
    stdio: 'inherit',
  },
);
execFileSync(process.execPath, [...ncc, 'src/cli/index.ts', '-o', 'dist/cli'], {
  stdio: 'inherit',
});
chmodSync('dist/cli/index.js', 0o755);
