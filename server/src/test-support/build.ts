import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The newest modification time of the files under `dir` that go into a build (tests do not). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

const PARTS = {
  web: {
    output: 'web/dist/index.html',
    sources: ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts'],
    command: 'npm run build -w web',
  },
  // Emitted only, not type-checked (the same files in a third of the time): checking types is
  // `npm run typecheck`'s job, which `npm test` runs first.
  server: {
    output: 'server/dist/main.js',
    sources: ['server/src'],
    command: 'npm run build -w server -- --noCheck',
  },
} as const;

/**
 * Builds the parts of OneWindow older than their sources, as `npm run build` would: the browser
 * and reliability tests run the compiled server (and the browser tests the built web app) as
 * users do. In `npm test` the browser tests' set-up builds both; the reliability set-up then
 * finds the server built.
 */
export function ensureBuilt(...parts: (keyof typeof PARTS)[]): void {
  for (const name of parts) {
    const { output, sources, command } = PARTS[name];
    const built = path.join(ROOT, output);
    const newest = Math.max(
      ...sources.map((s) => {
        const source = path.join(ROOT, s);
        if (!existsSync(source)) return 0;
        return statSync(source).isDirectory() ? newestSource(source) : statSync(source).mtimeMs;
      }),
    );
    if (existsSync(built) && statSync(built).mtimeMs >= newest) continue;
    process.stdout.write(`building ${name} (${output} is older than its sources)\n`);
    execSync(command, { cwd: ROOT, stdio: 'inherit' });
  }
}
