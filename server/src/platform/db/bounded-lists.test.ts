import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import { boundedList, countAcrossRanges, pageAcrossRanges } from './bounded-lists.js';

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
}
type Params = { before: string };
const ORDER = ['dueOn', 'seq', 'id'];

// `p.before` is read only where the shape uses it: a prepared query refuses a parameter it does not hold.
function rangesOf(db: Kysely<Tables>, shape: Shape, p: Params) {
  return shape.buckets.map((bucket) => {
    const range = db.selectFrom('listedRows').where('bucket', '=', bucket);
    return shape.onlyEarly ? range.where('dueOn', '<', p.before) : range;
  });
}
const pageIds = (
  db: Kysely<Tables>,
  shape: Shape,
  p: Params,
  limits: Parameters<typeof pageAcrossRanges>[3],
) =>
  pageAcrossRanges(
    db,
    rangesOf(db, shape, p).map((range) => range.select(['id', 'dueOn', 'seq'])),
    ORDER,
    limits,
  );

// The same lists compiled once per shape, as the routes run them: one per count limit.
const listOf = (limit: number) => boundedList({ ranges: rangesOf, page: pageIds, countLimit: limit });
const lists = new Map<number, ReturnType<typeof listOf>>();
function listCountingTo(limit: number) {
  const list = lists.get(limit) ?? listOf(limit);
  lists.set(limit, list);
  return list;
}

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

  it('pages several ranges as one ordered list and counts them up to the limit, built or compiled once per shape with written or bound limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 60 }),
        fc.subarray(BUCKETS, { minLength: 1 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        // Sizes a list writes into its SQL for the first pages (10, 20) and sizes it binds.
        fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constantFrom(10, 20)),
        fc.integer({ min: 1, max: 30 }),
        async (rows, buckets, onlyEarly, page, pageSize, limit) => {
          await db().deleteFrom('listedRows').execute();
          // Zero-padded ids sort the same in JavaScript and in any database collation.
          const stored = rows.map((row, i) => ({ id: `r${String(i).padStart(3, '0')}`, ...row }));
          if (stored.length) await db().insertInto('listedRows').values(stored).execute();

          const expected = stored
            .filter((r) => buckets.includes(r.bucket) && (!onlyEarly || r.dueOn < '2026-12-01'))
            .sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.seq - y.seq || x.id.localeCompare(y.id));
          const shape = { buckets, onlyEarly };
          const params = { before: '2026-12-01' };
          const total = Math.min(expected.length, limit);
          const expectedIds = expected.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id);

          // Built with the values, as Kysely would.
          const counted = await countAcrossRanges(
            db(),
            rangesOf(db(), shape, params),
            limit,
          ).executeTakeFirst();
          expect(Math.min(Number(counted?.n), limit)).toBe(total);
          const window = { reach: page * pageSize, skip: (page - 1) * pageSize, size: pageSize };
          const built = await pageIds(db(), shape, params, window).execute();
          expect(built.map((r) => r.id)).toEqual(expectedIds);

          // Compiled once per shape, the limits written in or bound.
          const read = await listCountingTo(limit).read(db(), shape, params, page, pageSize);
          expect(read.total).toBe(total);
          expect(read.totalCapped).toBe(expected.length > limit);
          expect(read.rows.map((r) => r.id)).toEqual(expectedIds);
        },
      ),
      { numRuns: 60 },
    );
  });
});
