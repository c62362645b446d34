import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one worker fewer than the cores: on a 2-core machine one, and the whole
// suite then ran one file at a time with a core mostly idle.
const workers = Math.max(2, availableParallelism() - 1);

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
          maxWorkers: workers,
          // A worker imports the server's modules once for all its files, not once per file
          // (two fifths less CPU time for the server tests). Safe because the server is built for
          // several apps in one process: caches are keyed by database or by ids unique across
          // databases, and case listeners are registered once per process.
          isolate: false,
        },
      },
      {
        // The web app's pure logic (drawing and measuring on maps); its screens are tested in e2e.
        test: { name: 'web', root: 'web', include: ['src/**/*.test.ts'], maxWorkers: workers },
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
          // One worker runs every file, its modules imported once: 0.8 s between files instead of 2.2
          // on a slow machine. Chromium is launched per file all the same.
          isolate: false,
          // Its own group, run after the others: Vitest runs the projects of one group in one
          // pool, which must then have one number of workers.
          sequence: { groupOrder: 1 },
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
          maxWorkers: workers,
          // A worker imports the server's modules once for all its files, not once per file.
          isolate: false,
          // The full form's server restarts and two worlds at once starve a 2-core machine.
          fileParallelism: process.env.RELIABILITY !== 'full',
        },
      },
    ],
  },
});
