import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // dist/ is rebuilt before any test runs when the sources changed since it was built.
    globalSetup: ['__tests__/setup/build.ts'],
    // End-to-end tests spawn the bundle, a registry and a git-backed API server.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
