import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { freePort, ROOT, type RunningServer, startServer } from '../../bench/support/server.js';
import type { Installation } from './store.js';

export interface ServerProcess {
  readonly url: string;
  /** kill -9: no shutdown hook, no flush, whatever was in flight is cut. */
  kill(): Promise<void>;
  /** Starts it again on the same data directory, database and port. */
  restart(): Promise<void>;
  /** SIGTERM: the graceful shutdown `npm start` gets. */
  stop(): Promise<void>;
}

function exited(server: RunningServer): boolean {
  return server.process.exitCode !== null || server.process.signalCode !== null;
}

/** A compiled server process (`node server/dist/main.js serve`) on a prepared store. */
export async function serverOn(
  store: Installation,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const environment = { SEED_DEMO: 'false', DATABASE_URL: store.databaseUrl ?? '', ...store.env, ...env };
  const start = () => startServer(environment, { dataDir: store.dataDir, port, waitForOutbox: false });
  let running = await start();
  return {
    get url() {
      return running.url;
    },
    async kill() {
      if (exited(running)) return;
      const gone = once(running.process, 'exit');
      running.process.kill('SIGKILL');
      await gone;
    },
    async restart() {
      running = await start();
    },
    async stop() {
      if (!exited(running)) await running.stop();
    },
  };
}

/** Runs the compiled CLI (`node server/dist/main.js <command>`) on a store; answers its exit code and output. */
export async function cli(store: Installation, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['server/dist/main.js', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: store.dataDir,
        DATABASE_URL: store.databaseUrl ?? '',
        LOG_LEVEL: 'warn',
        ...store.env,
      },
    });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
