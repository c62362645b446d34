import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import { countAcrossRanges, pageAcrossRanges } from './bounded-lists.js';

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

  it('pages several ranges as one ordered list and counts them up to the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 40 }),
        fc.subarray(BUCKETS, { minLength: 1 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 30 }),
        async (rows, buckets, onlyEarly, page, pageSize, limit) => {
          await db().deleteFrom('listedRows').execute();
          // Zero-padded ids sort the same in JavaScript and in any database collation.
          const stored = rows.map((row, i) => ({ id: `r${String(i).padStart(3, '0')}`, ...row }));
          if (stored.length) await db().insertInto('listedRows').values(stored).execute();

          const ranges = buckets.map((bucket) => {
            const range = db().selectFrom('listedRows').where('bucket', '=', bucket);
            return onlyEarly ? range.where('dueOn', '<', '2026-12-01') : range;
          });
          const expected = stored
            .filter((r) => buckets.includes(r.bucket) && (!onlyEarly || r.dueOn < '2026-12-01'))
            .sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.seq - y.seq || x.id.localeCompare(y.id));

          const count = await countAcrossRanges(database.db, ranges, limit);
          expect(count).toEqual({
            total: Math.min(expected.length, limit),
            totalCapped: expected.length > limit,
          });

          const pageIds = await pageAcrossRanges(
            database.db,
            ranges.map((range) => range.select(['id', 'dueOn', 'seq'])),
            ['dueOn', 'seq', 'id'],
            page,
            pageSize,
          ).execute();
          expect(pageIds.map((r) => r.id)).toEqual(
            expected.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
