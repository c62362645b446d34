import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../bench/support/server.js';

/** The newest modification time of the server's sources that go into its build. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/**
 * The crash, process and backup tests run the compiled server as users do. It is built only
 * when older than its sources: in `npm test` the e2e set-up has usually just built it.
 */
export default function setup(): void {
  const main = path.join(ROOT, 'server/dist/main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newestSource(path.join(ROOT, 'server/src'))) return;
  process.stdout.write('reliability: building the server (server/dist is older than server/src)\n');
  execSync('npm run build -w server', { cwd: ROOT, stdio: 'inherit' });
}
