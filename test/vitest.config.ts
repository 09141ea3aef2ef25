import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // The end-to-end tests drive the built renderer; build it once (skipped when nothing changed).
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests open real encrypted databases in temporary folders; two cores, so keep forks modest.
    pool: 'forks',
    maxWorkers: 2,
  },
});
