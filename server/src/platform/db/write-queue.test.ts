import path from 'node:path';
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import type { AnyTrx } from './database.js';
import { createWriteQueue, type WriteQueue } from './write-queue.js';

interface Row {
  n: number;
}

/** A fresh database with one table, and its write queue. */
function writeQueueFixture(kind: 'sqlite' | 'postgres') {
  const f = {} as { database: ScratchDatabase; queue: WriteQueue };
  beforeAll(async () => {
    f.database = await openScratchDatabase(kind);
    await f.database.db.schema.createTable('written').addColumn('n', 'integer').execute();
    f.queue = createWriteQueue(f.database.db, f.database.dialect);
  });
  afterAll(() => f.database.discard());
  beforeEach(async () => {
    await f.database.db.deleteFrom('written').execute();
  });
  return {
    f,
    insert: (n: number) => (trx: AnyTrx) => trx.insertInto('written').values({ n }).execute(),
    stored: async () =>
      ((await f.database.db.selectFrom('written').select('n').orderBy('n').execute()) as Row[]).map(
        (r) => r.n,
      ),
    /** What another connection sees: only what is committed. */
    committedCount: () => {
      const other = new SQLite(path.join(f.database.dataDir, 'onewindow.sqlite'), { readonly: true });
      try {
        return (other.prepare('select count(*) as c from written').get() as { c: number }).c;
      } finally {
        other.close();
      }
    },
  };
}

describe.each(databaseKinds())('write queue on %s', (kind) => {
  const { f, insert, stored } = writeQueueFixture(kind);

  it('answers every caller with its own outcome; a failure undoes only its own writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), async (fails) => {
        await f.database.db.deleteFrom('written').execute();
        const outcomes = await Promise.allSettled(
          fails.map((fail, n) =>
            f.queue.transaction(async (trx) => {
              await insert(n)(trx);
              if (fail) throw new Error(`refused ${n}`);
              return n * 10;
            }),
          ),
        );
        outcomes.forEach((outcome, n) => {
          if (fails[n])
            expect(outcome).toMatchObject({ status: 'rejected', reason: { message: `refused ${n}` } });
          else expect(outcome).toEqual({ status: 'fulfilled', value: n * 10 });
        });
        expect(await stored()).toEqual(fails.flatMap((fail, n) => (fail ? [] : [n])));
      }),
      { numRuns: 30 },
    );
  });
});

describe('write queue on sqlite: group commit', () => {
  const { f, insert, stored, committedCount } = writeQueueFixture('sqlite');

  it('shares one commit among writes that arrive together, answering after it', async () => {
    const committedBefore: number[] = [];
    const answered = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        f.queue.transaction(async (trx) => {
          committedBefore.push(committedCount());
          await insert(n)(trx);
          return n;
        }),
      ),
    );
    // One transaction held all four: nothing of the earlier ones was committed yet …
    expect(committedBefore).toEqual([0, 0, 0, 0]);
    // … and what was answered is committed, not just written.
    expect(answered).toEqual([1, 2, 3, 4]);
    expect(committedCount()).toBe(4);
  });

  it('refuses every caller of a batch whose transaction breaks, keeping nothing', async () => {
    // The first caller's writes are done when the second ends the shared transaction (as
    // an I/O error would): neither may be told its write is kept.
    const first = f.queue.transaction(insert(1));
    const breaking = f.queue.transaction(async (trx) => {
      await insert(2)(trx);
      await sql`rollback`.execute(trx);
    });
    await expect(first).rejects.toThrow();
    await expect(breaking).rejects.toThrow();
    expect(await stored()).toEqual([]);
    // The queue goes on working afterwards.
    await f.queue.transaction(insert(3));
    expect(await stored()).toEqual([3]);
  });
});
