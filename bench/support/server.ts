import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function buildServer(): void {
  execSync('npm run build -w server', { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Starts the compiled server the way `npm start` runs it, on a fresh data directory unless one
 * is given (a restart after a crash: that one is the caller's and stays on stop).
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { dataDir?: string; port?: number; waitForOutbox?: boolean } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'ow-bench-'));
  const port = options.port ?? 4100 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, ['server/dist/main.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      // A server that never settles must not outlive the run (it would hold its port and data).
      child.kill('SIGKILL');
      throw new Error('server did not start with an empty outbox in time');
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      // Started once the seed's own events (notifications, notices, licences) are delivered:
      // a scenario then measures its own work, not the demo's backlog. A restart after kill -9
      // asks only for a listening server: events the dead process had leased wait out their lease.
      const health = res.ok ? ((await res.json()) as { outboxPending: number }) : undefined;
      if (health && (options.waitForOutbox === false || health.outboxPending === 0)) break;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    process: child,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
