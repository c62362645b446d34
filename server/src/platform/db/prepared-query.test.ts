import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import { preparedQuery } from './prepared-query.js';

interface Tables {
  preparedRows: { id: number; ownerName: string; status: string; amountFen: number };
}

type Params = { owner: string; min: number; size: number };

/** One query, run both ways: prepared, and built with the values as Kysely would. */
const byOwnerQuery = (db: Kysely<Tables>, p: Params) =>
  db
    .selectFrom('preparedRows')
    .select(['id', 'ownerName', 'amountFen'])
    .where('ownerName', '=', p.owner)
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('amountFen', '>=', p.min), eb('ownerName', '=', p.owner)]))
    .orderBy('id')
    .limit(p.size);
const byOwner = preparedQuery(byOwnerQuery);

describe.each(databaseKinds())('preparedQuery on %s', (kind) => {
  let database: ScratchDatabase;
  const db = () => database.db as unknown as Kysely<Tables>;
  const owners = ['张三', '李四', "O'Brien", '%', '\\', ''];

  beforeAll(async () => {
    database = await openScratchDatabase(kind);
    await database.db.schema
      .createTable('prepared_rows')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('owner_name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('amount_fen', 'integer', (c) => c.notNull())
      .execute();
    await db()
      .insertInto('preparedRows')
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          id: i + 1,
          ownerName: owners[i % owners.length]!,
          status: i % 3 === 0 ? 'closed' : 'open',
          amountFen: (i * 37) % 1000,
        })),
      )
      .execute();
  });
  afterAll(() => database.discard());

  it('answers what the query built with the values answers, in and out of a transaction', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...owners), fc.string()),
        fc.integer({ min: -10, max: 1100 }),
        fc.integer({ min: 0, max: 50 }),
        async (owner, min, size) => {
          const params = { owner, min, size };
          const expected = await byOwnerQuery(db(), params).execute();
          expect(await byOwner.all(db(), params)).toEqual(expected);
          expect(await byOwner.first(db(), params)).toEqual(expected[0]);
          const inTrx = await db()
            .transaction()
            .execute((trx) => byOwner.all(trx, params));
          expect(inTrx).toEqual(expected);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses a parameter used other than as a whole value, before running anything', async () => {
    const inside = preparedQuery((d: Kysely<Tables>, p: { q: string }) =>
      d.selectFrom('preparedRows').selectAll().where('ownerName', 'like', `${p.q}%`),
    );
    await expect(inside.all(db(), { q: '张' })).rejects.toThrow(/part of a larger value/);
    const asName = preparedQuery((d: Kysely<Tables>, p: { column: string }) =>
      d.selectFrom('preparedRows').select(sql.ref(p.column).as('x')),
    );
    await expect(asName.all(db(), { column: 'id' })).rejects.toThrow(/in the SQL text/);
    const unused = preparedQuery((d: Kysely<Tables>, p: { id: number }) =>
      d.selectFrom('preparedRows').selectAll().where('id', '=', String(p.id).length),
    );
    await expect(unused.all(db(), { id: 1 })).rejects.toThrow(/not a value of the query/);
  });

  // Statements prepared by name are PostgreSQL's; SQLite keeps its own (database.ts).
  if (kind === 'postgres')
    it('is prepared once per PostgreSQL connection, unless it is to be planned for each run', async () => {
      const perRun = preparedQuery(
        (d: Kysely<Tables>, p: { owner: string }) =>
          d.selectFrom('preparedRows').select('amountFen').where('ownerName', '=', p.owner),
        { plannedPerRun: true },
      );
      // One connection throughout: prepared statements belong to the connection they were made on.
      const prepared = await db()
        .connection()
        .execute(async (conn) => {
          await byOwner.all(conn, { owner: '张三', min: 0, size: 5 });
          await byOwner.all(conn, { owner: '李四', min: 10, size: 5 });
          await perRun.all(conn, { owner: '张三' });
          const { rows } = await sql<{ statement: string }>`
            select statement from pg_prepared_statements where not from_sql`.execute(conn);
          return rows.map((r) => r.statement);
        });
      expect(prepared.filter((text) => text.includes('"amount_fen" >='))).toHaveLength(1);
      expect(prepared.some((text) => text.startsWith('select "amount_fen" from'))).toBe(false);
    });
});
