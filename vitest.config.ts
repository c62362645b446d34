import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          root: 'server',
          include: ['src/**/*.test.ts'],
          globalSetup: ['src/test-support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // The web app's pure logic (drawing and measuring on maps); its screens are tested in e2e.
        test: { name: 'web', root: 'web', include: ['src/**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          root: 'e2e',
          include: ['**/*.e2e.test.ts'],
          globalSetup: ['./global-setup.ts'],
          setupFiles: ['./support/server-ready.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // Short form: vitest run --project reliability; full: npm run test:reliability (reliability/README.md).
        test: {
          name: 'reliability',
          root: 'reliability',
          include: ['**/*.test.ts'],
          globalSetup: ['../server/src/test-support/global-setup.ts', './global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // One process for all files: the server's modules are imported once, not once per file.
          isolate: false,
          // The full form's server restarts and two worlds at once starve a 2-core machine.
          fileParallelism: process.env.RELIABILITY !== 'full',
        },
      },
    ],
  },
});
