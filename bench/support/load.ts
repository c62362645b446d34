import { spawn } from 'node:child_process';
import path from 'node:path';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  paths: string[];
  connections?: number;
  seconds?: number;
  headers?: Record<string, string>;
  /** Instead of GETs of `paths`: POSTs of one body, each with a fresh Idempotency-Key. */
  post?: { path: string; body: unknown };
}

/** Runs autocannon in its own process, so the load generator does not share the server's event loop. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = spawn(
      process.execPath,
      [path.join(import.meta.dirname, 'load-worker.mjs'), JSON.stringify(options)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    worker.stdout.on('data', (chunk) => {
      out += chunk;
    });
    worker.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadResult)
        : reject(new Error(`load worker exited with ${code}`)),
    );
  });
}
