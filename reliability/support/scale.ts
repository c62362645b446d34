import { type DbKind, databaseKinds } from '../../server/src/test-support/databases.js';

/**
 * How hard the suite pushes. `npm test` (CI) runs the short form; `npm run test:reliability`
 * the full one (RELIABILITY=full); RELIABILITY_ROUNDS raises the crash rounds further (100).
 */
export const FULL = process.env.RELIABILITY === 'full';

export const SCALE = {
  crashRounds: Number(process.env.RELIABILITY_ROUNDS) || (FULL ? 20 : 3),
  /** Concurrent submitting clients while the server is killed. */
  crashClients: FULL ? 24 : 12,
  /** Races of two processes on one task, and on one work order. */
  races: FULL ? 20 : 3,
  /** Generated requests per route and kind of generation. */
  fuzzRuns: FULL ? 60 : 6,
  /** Submissions running while the backup is taken. */
  backupWriters: FULL ? 8 : 4,
};

/**
 * The engines a test file runs on: both in the full form; in the short form SQLite, or for
 * what is about several processes, PostgreSQL (SQLite when it is unreachable outside CI).
 */
export function kindsFor(what: 'in-process' | 'processes'): DbKind[] {
  const all = databaseKinds();
  if (FULL) return what === 'processes' ? all.slice().reverse() : all;
  return what === 'processes' ? all.slice(-1) : all.slice(0, 1);
}
