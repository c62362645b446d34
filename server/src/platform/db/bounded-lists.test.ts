import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import {
  cappedTotal,
  countAcrossRanges,
  type PageWindow,
  pageAcrossRanges,
  pageWindow,
  windowLimits,
} from './bounded-lists.js';
import { preparedQueryByShape } from './prepared-query.js';

interface Tables {
  listedRows: { id: string; bucket: string; dueOn: string; seq: number };
}

const BUCKETS = ['a', 'b', 'c', 'd'];
const rowArb = fc.record({
  bucket: fc.constantFrom(...BUCKETS),
  // Few days and few sequence numbers, so that ties on the leading order columns are common.
  dueOn: fc.constantFrom('2026-11-02', '2026-11-03', '2026-12-01'),
  seq: fc.integer({ min: 0, max: 3 }),
});

/** What changes the lists' SQL; the day and the page are values. */
interface Shape {
  buckets: string[];
  onlyEarly: boolean;
  limit: number;
  /** A page whose limits are written into the SQL, or null for bound ones. */
  window: PageWindow | null;
}
const ORDER = ['dueOn', 'seq', 'id'];

// `p.before` is read only where the shape uses it: a prepared query refuses a parameter it does not hold.
function rangesOf(db: Kysely<Tables>, shape: Shape, p: { before: string }) {
  return shape.buckets.map((bucket) => {
    const range = db.selectFrom('listedRows').where('bucket', '=', bucket);
    return shape.onlyEarly ? range.where('dueOn', '<', p.before) : range;
  });
}
const countOf = (db: Kysely<Tables>, shape: Shape, p: { before: string }) =>
  countAcrossRanges(db, rangesOf(db, shape, p), shape.limit);
const pageOf = (db: Kysely<Tables>, shape: Shape, p: { before: string } & PageWindow) =>
  pageAcrossRanges(
    db,
    rangesOf(db, shape, p).map((range) => range.select(['id', 'dueOn', 'seq'])),
    ORDER,
    windowLimits(shape.window, p),
  );
// The same lists compiled once per shape, as the routes run them.
const preparedCount = preparedQueryByShape(countOf);
const preparedPage = preparedQueryByShape(pageOf);

describe.each(databaseKinds())('bounded lists on %s', (kind) => {
  let database: ScratchDatabase;
  const db = () => database.db as unknown as Kysely<Tables>;

  beforeAll(async () => {
    database = await openScratchDatabase(kind);
    await database.db.schema
      .createTable('listed_rows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .execute();
    await database.db.schema
      .createIndex('listed_rows_order')
      .on('listed_rows')
      .columns(['bucket', 'due_on', 'seq', 'id'])
      .execute();
  });
  afterAll(() => database.discard());

  it('pages several ranges as one ordered list and counts them up to the limit, built or compiled once per shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 40 }),
        fc.subarray(BUCKETS, { minLength: 1 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        async (rows, buckets, onlyEarly, page, pageSize, limit, written) => {
          await db().deleteFrom('listedRows').execute();
          // Zero-padded ids sort the same in JavaScript and in any database collation.
          const stored = rows.map((row, i) => ({ id: `r${String(i).padStart(3, '0')}`, ...row }));
          if (stored.length) await db().insertInto('listedRows').values(stored).execute();

          const expected = stored
            .filter((r) => buckets.includes(r.bucket) && (!onlyEarly || r.dueOn < '2026-12-01'))
            .sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.seq - y.seq || x.id.localeCompare(y.id));
          const window = pageWindow(page, pageSize);
          const shape = { buckets, onlyEarly, limit, window: written ? window : null };
          const before = '2026-12-01';

          const expectedCount = {
            total: Math.min(expected.length, limit),
            totalCapped: expected.length > limit,
          };
          expect(cappedTotal(await countOf(db(), shape, { before }).executeTakeFirst(), limit)).toEqual(
            expectedCount,
          );
          expect(cappedTotal(await preparedCount.first(db(), shape, { before }), limit)).toEqual(
            expectedCount,
          );

          const expectedIds = expected.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id);
          const built = await pageOf(db(), shape, { before, ...window }).execute();
          expect(built.map((r) => r.id)).toEqual(expectedIds);
          const prepared = await preparedPage.all(db(), shape, { before, ...window });
          expect(prepared.map((r) => r.id)).toEqual(expectedIds);
        },
      ),
      { numRuns: 60 },
    );
  });
});
