import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { type BenchStore, copyStore, type DatabaseEngine, freshStore } from './store.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Its PostgreSQL database, when it runs on one. */
  databaseUrl?: string;
  process: ChildProcess;
  /** The most resident memory the process has had so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

let engine: DatabaseEngine = 'sqlite';

/** The database engine of the stores servers get when the caller names none (`--pg` runs the scenarios again on PostgreSQL). */
export function useEngine(next: DatabaseEngine): void {
  engine = next;
}

const demos = new Map<DatabaseEngine, Promise<BenchStore>>();

/**
 * A fresh store holding the demo: the run's first is seeded by a server of its own (half a
 * minute), every other one is a copy of that (a second or two).
 */
export async function demoStore(of: DatabaseEngine = engine): Promise<BenchStore> {
  let demo = demos.get(of);
  if (!demo) {
    demo = freshStore(of).then(async (store) => {
      await (await startServer({ SEED_DEMO: 'true' }, { store })).stop();
      return store;
    });
    demos.set(of, demo);
  }
  return copyStore(await demo);
}

/** Drops the demo stores the copies were made from. */
export async function dropDemoStores(): Promise<void> {
  for (const demo of demos.values()) await (await demo).drop();
  demos.clear();
}

const peaks: number[] = [];

/** The peak memory of every server stopped since the last call. */
export function takeServerPeaks(): number[] {
  return peaks.splice(0);
}

function peakRssMiB(pid: number | undefined): number {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Math.round(Number(kib) / 1024) : 0;
  } catch {
    return 0; // gone already, or not Linux
  }
}

/** A port nothing listens on now, chosen by the system: a fixed range once met this machine's NATS on 4222. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

export function buildServer(): void {
  execSync('npm run build -w server', { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Starts the compiled server the way `npm start` runs it, on a fresh store of the current
 * engine unless a store or data directory is given (a restart after a crash, a seeded
 * store: that one is the caller's and stays on stop).
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { dataDir?: string; store?: BenchStore; port?: number; waitForOutbox?: boolean } = {},
): Promise<RunningServer> {
  // Without a store: the demo (SEED_DEMO defaults to true) or, when asked for none, an empty one.
  const own =
    options.store || options.dataDir
      ? undefined
      : env.SEED_DEMO === 'false'
        ? await freshStore(engine)
        : await demoStore();
  const store = options.store ?? own;
  const dataDir = store?.dataDir ?? options.dataDir!;
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['server/dist/main.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // The bench's own DATABASE_URL names the PostgreSQL server, not this server's database.
      DATABASE_URL: store?.databaseUrl ?? '',
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // The demo's seed and its outbox take about a minute; on a shared machine it once took more
  // than two (2026-11-26), and a run must not fail for that.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) {
      await own?.drop();
      throw new Error(`server exited with ${child.exitCode}`);
    }
    if (Date.now() > deadline) {
      // A server that never settles must not outlive the run (it would hold its port and data).
      child.kill('SIGKILL');
      await own?.drop();
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
    databaseUrl: store?.databaseUrl,
    process: child,
    peakRssMiB: () => peakRssMiB(child.pid),
    async stop() {
      peaks.push(peakRssMiB(child.pid));
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await own?.drop();
    },
  };
}
