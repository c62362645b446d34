import { ProblemError } from '../../../platform/errors/index.js';
import { MAX_DAILY_SEQUENCE } from './application-no.js';

// How the daily sequence will be allocated (persistence comes with the applications
// repository; nothing here touches a database yet).
//
// One counter row per (region, day), in the same database for every server process:
//
//   CREATE TABLE application_no_counters (
//     region     CHAR(6) NOT NULL,              -- GB/T 2260 code of the accepting division
//     day        CHAR(8) NOT NULL,              -- YYYYMMDD, Asia/Shanghai
//     last_value INTEGER NOT NULL CHECK (last_value BETWEEN 1 AND 99999999),
//     PRIMARY KEY (region, day)
//   );
//
// Inside the submission's own transaction (the one that writes the application, its
// tasks and clocks, the audit record and the outbox event), one statement, the same on
// SQLite ≥ 3.35 and PostgreSQL:
//
//   INSERT INTO application_no_counters (region, day, last_value) VALUES ($1, $2, 1)
//   ON CONFLICT (region, day) DO UPDATE SET last_value = application_no_counters.last_value + 1
//   RETURNING last_value;
//
// then `formatApplicationNo({ region, date, sequence: last_value })` with the same date.
//
// - Several processes: the statement is atomic. PostgreSQL holds the row lock until
//   commit, so a second transaction for the same (region, day) waits and then increments
//   the committed value (READ COMMITTED re-reads it); SQLite has one writer at a time
//   anyway. No in-process counter, no PostgreSQL SEQUENCE (not transactional, and one per
//   region-day would be needed).
// - No gaps, no duplicates: a rolled-back submission rolls its increment back; numbers
//   are handed out only by committed applications. A UNIQUE index on
//   applications.application_no is the last guard. An Idempotency-Key retry finds its
//   application before allocating, so it never consumes a number.
// - Short locks: allocate as the last write before the application row, after validation
//   and file checks, so the row lock lives for the few remaining statements and the commit.
//   A serialization failure (if a caller uses SERIALIZABLE) retries the whole transaction.
// - The day is taken once per submission with `applicationDateOf(now)` and used for both
//   the counter key and the number; around midnight a transaction keeps the day it started
//   allocating with, so (region, day, sequence) stays unique. A new day is a new row and
//   starts again at 1.
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
