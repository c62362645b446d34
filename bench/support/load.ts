import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { watchWaits } from './database-waits.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  /** autocannon has no p95: p97.5 stands in for it, a little stricter. */
  p97_5: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** On PostgreSQL, when the load named its database: what its sessions waited on meanwhile. */
  waits?: string;
}

/** One request of a prepared sequence: each is sent once, in order, whatever connection is free. */
export interface LoadItem {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  url: string;
  paths: string[];
  connections?: number;
  seconds?: number;
  /** Seconds of the same load before the measured ones, not counted (default 3; none for `items`). */
  warmupSeconds?: number;
  headers?: Record<string, string>;
  /** Instead of GETs of `paths`: POSTs of one body, each with a fresh Idempotency-Key. */
  post?: { path: string; body: unknown };
  /** Instead of `paths`: these requests, each once; the run ends when all are answered (`seconds` is ignored). */
  items?: LoadItem[];
  /** The server's PostgreSQL database: its sessions' waits are sampled during the load. */
  databaseUrl?: string;
}

/**
 * Waits until the server answers the baseline route quickly again: requests a slow row left
 * queued (the load generator's connections are gone, the server still works them off) must
 * not be measured against the next row.
 */
async function settled(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${url}/api/hello`);
    if (performance.now() - started < 20) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs autocannon in its own process, so the load generator does not share the server's event loop. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  await settled(options.url);
  // Through a file: a prepared sequence of thousands of requests is more than one argument may hold.
  const dir = mkdtempSync(path.join(tmpdir(), 'ow-load-'));
  const file = path.join(dir, 'options.json');
  writeFileSync(file, JSON.stringify(options));
  const waits = await watchWaits(options.databaseUrl);
  const result = await new Promise<LoadResult>((resolve, reject) => {
    const worker = spawn(process.execPath, [path.join(import.meta.dirname, 'load-worker.mjs'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    worker.stdout.on('data', (chunk) => {
      out += chunk;
    });
    worker.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadResult)
        : reject(new Error(`load worker exited with ${code}`)),
    );
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
  const waited = await waits.stop();
  return waited ? { ...result, waits: waited } : result;
}
