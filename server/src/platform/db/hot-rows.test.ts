import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import type { AnyDb, AnyTrx } from './database.js';
import { hotRowWriter, rowAppender } from './hot-rows.js';
import { createWriteQueue, type WriteQueue } from './write-queue.js';

// What each writer was called with, in the order the calls came.
let calls: { kind: string; items: number[] }[] = [];
const seen = (db: AnyDb | AnyTrx) => db.selectFrom('counted').select(['k', 'n']).orderBy('k').execute();
// A log the writes append to, as the outbox and the unchained audit records are.
const appendToLog = rowAppender<{ logged: { id: string; n: number } }, 'logged'>('logged');
let logId = 0;
const log = (n: number) => ({ id: String(++logId).padStart(8, '0'), n });
const logged = async (db: AnyDb | AnyTrx) =>
  (await db.selectFrom('logged').select('n').orderBy('id').execute()).map((r) => r.n);

// A day's counter: the items summed into one row, as the modules' counters are.
const addToCounter = hotRowWriter<number>('a counter', async (trx, items) => {
  calls.push({ kind: 'counter', items });
  const n = items.reduce((a, b) => a + b, 0);
  await trx
    .insertInto('counted')
    .values({ k: 'day', n })
    .onConflict((oc) => oc.column('k').doUpdateSet((eb) => ({ n: eb('counted.n', '+', n) })))
    .execute();
});
// A second kind, after the first at the commit, refusing a negative item as a failing write would.
const moveHead = hotRowWriter<number>('b head', async (trx, items) => {
  calls.push({ kind: 'head', items });
  if (items.some((i) => i < 0)) throw new Error('refused');
  await trx
    .insertInto('counted')
    .values({ k: 'head', n: items.length })
    .onConflict((oc) => oc.column('k').doUpdateSet((eb) => ({ n: eb('counted.n', '+', items.length) })))
    .execute();
});

async function createTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('counted')
    .addColumn('k', 'text', (c) => c.primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('logged')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
}

describe.each(databaseKinds())('hot rows on %s', (kind) => {
  let database: ScratchDatabase;
  let queue: WriteQueue;

  beforeAll(async () => {
    database = await openScratchDatabase(kind);
    await createTables(database.db);
    queue = createWriteQueue(database.db, database.dialect);
  });
  afterAll(() => database.discard());
  beforeEach(async () => {
    calls = [];
    await database.db.deleteFrom('counted').execute();
    await database.db.deleteFrom('logged').execute();
  });

  it('writes at once outside the write queue, on either engine', async () => {
    await database.db.transaction().execute(async (trx) => {
      await moveHead(trx, 1);
      await addToCounter(trx, 2);
      expect(await seen(trx)).toEqual([
        { k: 'day', n: 2 },
        { k: 'head', n: 1 },
      ]);
    });
    expect(calls).toEqual([
      { kind: 'head', items: [1] },
      { kind: 'counter', items: [2] },
    ]);
  });

  it('in the write queue: written at the end of each write, merged, the kinds in the order of their names', async () => {
    await queue.transaction(async (trx) => {
      await moveHead(trx, 1);
      await addToCounter(trx, 2);
      await moveHead(trx, 3);
      await addToCounter(trx, 4);
      // What the write itself sees before its end.
      expect(await seen(trx)).toEqual([]);
    });
    expect(await seen(database.db)).toEqual([
      { k: 'day', n: 6 },
      { k: 'head', n: 2 },
    ]);
    expect(calls).toEqual([
      { kind: 'counter', items: [2, 4] },
      { kind: 'head', items: [1, 3] },
    ]);
  });

  it('appends rows at once outside the queue; in it at the end of the write, in their order, before the hot rows', async () => {
    await database.db.transaction().execute(async (trx) => {
      await appendToLog(trx, log(1));
      expect(await logged(trx)).toEqual([1]);
    });
    // What the log holds when the counter is written, at the end of the write.
    let loggedAtCounter: number[] = [];
    const countAfterLog = hotRowWriter<number>('a counter after the log', async (trx) => {
      loggedAtCounter = await logged(trx);
    });
    await queue.transaction(async (trx) => {
      await appendToLog(trx, log(2));
      await countAfterLog(trx, 0);
      await appendToLog(trx, log(3));
      expect(await logged(trx)).toEqual([1]);
    });
    expect(loggedAtCounter).toEqual([1, 2, 3]);
    expect(await logged(database.db)).toEqual([1, 2, 3]);
  });

  it('commits a transaction whole or not at all, the hot writes with it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 4 }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (transactions) => {
          await database.db.deleteFrom('counted').execute();
          await database.db.deleteFrom('logged').execute();
          const outcomes = await Promise.allSettled(
            transactions.map((items, t) =>
              queue.transaction(async (trx) => {
                for (const [i, item] of items.entries()) {
                  // Ids in the order of the transactions and of their items: the log's order.
                  await appendToLog(trx, { id: `${String(t).padStart(3, '0')}-${i}`, n: item });
                  await addToCounter(trx, item);
                  await moveHead(trx, item);
                }
              }),
            ),
          );
          // A transaction with a refused item is refused whole; the others all count.
          const committed = transactions.filter((items) => items.every((i) => i >= 0));
          expect(outcomes.map((o) => o.status)).toEqual(
            transactions.map((items) => (items.every((i) => i >= 0) ? 'fulfilled' : 'rejected')),
          );
          const day = committed.flat().reduce((a, b) => a + b, 0);
          const head = committed.flat().length;
          // Each committed transaction's rows, in its order; none of a refused one's.
          expect(await logged(database.db)).toEqual(committed.flat());
          const rows = await seen(database.db);
          expect(rows).toEqual([
            ...(committed.some((items) => items.length) ? [{ k: 'day', n: day }] : []),
            ...(head ? [{ k: 'head', n: head }] : []),
          ]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('hot rows of writes sharing a commit on SQLite', () => {
  let database: ScratchDatabase;
  let queue: WriteQueue;
  beforeAll(async () => {
    database = await openScratchDatabase('sqlite');
    await createTables(database.db);
    queue = createWriteQueue(database.db, database.dialect);
  });
  afterAll(() => database.discard());

  it('on SQLite, writes sharing a commit each write their rows at their own end, and a failed one none', async () => {
    // Queued together, they share one transaction: the first sees its own rows only after its end,
    // the second sees the first's, and the third, which fails after appending, leaves nothing.
    const seenBySecond: number[][] = [];
    const writes = [
      queue.transaction(async (trx) => {
        await appendToLog(trx, log(1));
        await addToCounter(trx, 1);
      }),
      queue.transaction(async (trx) => {
        seenBySecond.push(
          await logged(trx),
          (await seen(trx)).map((r) => r.n),
        );
        await appendToLog(trx, log(2));
      }),
      queue.transaction(async (trx) => {
        await appendToLog(trx, log(3));
        await addToCounter(trx, 5);
        throw new Error('refused');
      }),
    ];
    const outcomes = await Promise.allSettled(writes);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(seenBySecond).toEqual([[1], [1]]);
    expect(await logged(database.db)).toEqual([1, 2]);
    expect(await seen(database.db)).toEqual([{ k: 'day', n: 1 }]);
  });
});
