import { type DbKind, databaseKinds } from '../../server/src/test-support/databases.js';

/**
 * How hard the suite pushes. `vitest run --project reliability` runs the short form (CI's, about
 * a minute); `npm run test:reliability` the full one (RELIABILITY=full); RELIABILITY_ROUNDS
 * raises the crash rounds further (100).
 */
export const FULL = process.env.RELIABILITY === 'full';

export const SCALE = {
  crashRounds: Number(process.env.RELIABILITY_ROUNDS) || (FULL ? 20 : 2),
  /** Concurrent submitting clients while the server is killed. */
  crashClients: FULL ? 24 : 8,
  /** Races of two processes on one task, and on one work order. */
  races: FULL ? 20 : 2,
  /** Generated requests per route. */
  fuzzRuns: FULL ? 30 : 3,
  /** Submissions running while the backup is taken. */
  backupWriters: FULL ? 8 : 3,
};

/** The engines an in-process test file runs on: both in the full form, SQLite in the short one. */
export function kindsFor(): DbKind[] {
  return FULL ? databaseKinds() : databaseKinds().slice(0, 1);
}
