import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * SQLite in WAL mode copies the log back into the database file (a checkpoint) on the
 * connection whose commit crosses the threshold, and better-sqlite3 does that on the event
 * loop: measured under submission load, a commit took 4.5 ms on average with those
 * checkpoints and 1.2 ms without, and no request is answered meanwhile. A second connection
 * in a worker thread checkpoints instead, PASSIVE so it never waits for the writer.
 *
 * The writer keeps a threshold of its own, higher than SQLite's 1,000 pages. The log starts
 * over only when a write begins with every frame copied back, which a steady stream of
 * writes may never let the worker see; the writer's checkpoint then has the few frames the
 * worker has not copied yet left to do, and the log starts over. It is also what remains
 * should the worker stop.
 */
export const WRITER_CHECKPOINT_PAGES = 4_000;

// Soon again while there is a backlog, at rest otherwise.
const BUSY_MS = 20;
const IDLE_MS = 250;

// A string, not a file: the same code runs from the compiled server, tsx and the test runner.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
let timer;
function step() {
  let delay = ${IDLE_MS};
  try {
    // Frames copied this round mean the writer is busy: more will follow soon.
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    if (row && row.checkpointed > 0) delay = ${BUSY_MS};
  } catch {
    // Busy or locked: the next round tries again; the writer's threshold is the fallback.
  }
  timer = setTimeout(step, delay);
}
step();
parentPort.on('message', () => {
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing the database file from a worker thread. */
export function startCheckpointer(file: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver } });
  // The process may end without stopping it (a CLI command, a crash): it must not keep it alive.
  worker.unref();
  worker.on('error', () => undefined);
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  return {
    async stop() {
      // Held again while it stops: otherwise a process with nothing else to do ends here,
      // before the rest of what awaited the close (a CLI command's output) has run.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
