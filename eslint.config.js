import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Modules that reach outside the process: the core may use none of them.
const EFFECTS = [
  'fs',
  'fs/*',
  'node:fs',
  'node:fs/*',
  'child_process',
  'node:child_process',
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dns',
  'dgram',
  'node:http',
  'node:https',
  'node:http2',
  'node:net',
  'node:tls',
  'node:dns',
  'node:dgram',
  'node:os',
  'node:worker_threads',
  'undici',
  '@actions/*',
  '@octokit/*',
];
const ENTRIES = ['action', 'attest-action', 'cli'];
const EDGES = [...ENTRIES, 'attest', 'github', 'http', 'registry', 'store', 'workspace'];
const importsOf = (folders) =>
  folders.map((f) => `**/${f}/**`).concat(folders.map((f) => `../${f}/*`));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/', 'src/generated/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: it gets text and bytes and returns data. Reading files, the network, the
    // environment and the Actions toolkit belong to the folders at the edge (README: Layout).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: EFFECTS, message: 'src/core is pure: do this at the edge and pass data in.' },
            { group: importsOf(EDGES), message: 'src/core must not import from the edge folders.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: pass what it needs from the edge.' },
        { name: 'fetch', message: 'src/core is pure: no network.' },
      ],
    },
  },
  {
    // Effects below the entry points never reach back up into them.
    files: [
      'src/attest/**/*.ts',
      'src/github/**/*.ts',
      'src/http/**/*.ts',
      'src/registry/**/*.ts',
      'src/store/**/*.ts',
      'src/workspace/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: importsOf(ENTRIES),
              message: 'only the entry points import action/, attest-action/ and cli/.',
            },
          ],
        },
      ],
    },
  },
  // Each entry point (the action, the attest action, the CLI) stands alone: what two of them share
  // lives below them.
  ...ENTRIES.map((entry) => ({
    files: [`src/${entry}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: importsOf(ENTRIES.filter((other) => other !== entry)),
              message: 'an entry point never imports another: move what they share below them.',
            },
          ],
        },
      ],
    },
  })),
);
