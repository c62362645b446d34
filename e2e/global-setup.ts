import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../server/src/test-support/build.js';
import { BROWSER_TEST_PACKAGES, ensureDebianPackages } from '../server/src/test-support/debian-packages.js';
import { chromiumFeaturesOff } from './support/chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Chromium's features the browser tests turn off (support/chromium.ts). */
    chromiumFeaturesOff: string[];
  }
}

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Starts OneWindow the way `npm start` does (built first where older than its sources), on a
 * fresh SQLite data directory. The demo seed (about a minute) is not waited for here: Vitest
 * runs every project's set-up before any test, so waiting would hold the other projects' tests
 * too. The browser tests wait for it instead (support/server-ready.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureDebianPackages(BROWSER_TEST_PACKAGES);
  ensureBuilt('web', 'server');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ow-e2e-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, ['server/dist/main.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let stopping = false;
  // A server that dies while seeding leaves the browser tests waiting: say why at once.
  server.once('exit', (code) => {
    if (!stopping)
      process.stderr.write(`e2e: the OneWindow server exited with ${code} before the tests ended\n`);
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('chromiumFeaturesOff', await chromiumFeaturesOff());
  return async () => {
    stopping = true;
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
