import { ProblemError } from '../../../platform/errors/index.js';
import { MAX_DAILY_SEQUENCE } from './application-no.js';

// How the daily sequence is taken (applicationRepository.nextSequence, on `ctx.numbers`).
//
// One counter row per (region, day), in the same database for every server process, moved
// on by one statement, the same on SQLite ≥ 3.35 and PostgreSQL:
//
//   INSERT INTO application_no_counters (region, day, last_value) VALUES ($1, $2, 1)
//   ON CONFLICT (region, day) DO UPDATE SET last_value = application_no_counters.last_value + 1
//   RETURNING last_value;
//
// then `formatApplicationNo({ region, date, sequence: last_value })` with the same date.
//
// - Several processes: the statement is atomic, and a second one for the same (region, day)
//   waits for the first and increments its committed value. No in-process counter, no
//   PostgreSQL SEQUENCE (one per region-day would be needed).
// - Never a duplicate: a UNIQUE index on applications.application_no is the last guard, and an
//   Idempotency-Key retry finds its application before taking a number.
// - Gaps: on SQLite the statement runs in the submission's transaction, so a rolled-back
//   submission gives its number back. On PostgreSQL it runs in a transaction of its own
//   (platform/db/number-source.ts): held until the submission's commit, the row made every
//   submission of the day wait for the one before it. There a submission that fails after
//   taking its number leaves that number unused.
// - The day is taken once per submission with `applicationDateOf(now)` and used for both
//   the counter key and the number; around midnight a submission keeps the day it took its
//   number with, so (region, day, sequence) stays unique. A new day is a new row and starts
//   again at 1.
// - Region is the accepting division (通办: where the application was accepted, not where
//   it is decided); for online submissions, the division of the department that pre-reviews.
// - Capacity: 99 999 999 per region per day, more than 1 000 submissions a second all day
//   (86.4 million); beyond it the submission is refused (503), never wrapped around.

/** The counter row key of a business date: (region, 'YYYYMMDD'). */
export function counterKey(region: string, date: string): { region: string; day: string } {
  return { region, day: date.replaceAll('-', '') };
}

/** 503: the region's numbers for the day are used up. */
export class SequenceExhaustedError extends ProblemError {
  constructor(
    readonly region: string,
    readonly date: string,
  ) {
    super(503, 'applicationNo.sequence_exhausted', { params: { region, date } });
  }
}

/** What the counter statement computes: the next sequence after `last` (null: none yet). */
export function nextSequence(last: number | null, region: string, date: string): number {
  const next = (last ?? 0) + 1;
  if (next > MAX_DAILY_SEQUENCE) throw new SequenceExhaustedError(region, date);
  return next;
}
