import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import { insertIntoTables, insertRow, insertRows } from './insert-row.js';
import { updateRow } from './update-row.js';

interface Tables {
  rowPairs: { id: number; label: string | null; amountFen: number | null; camelCaseNote: string | null };
  guardedRows: { id: number; revision: number; label: string | null; amountFen: number | null };
}

/** A column's value as a caller may pass it: absent, null or a value. */
const optional = <T>(value: fc.Arbitrary<T>) =>
  fc.option(fc.option(value, { nil: null }), { nil: undefined });

describe.each(databaseKinds())('insertRow, insertRows, insertIntoTables and updateRow on %s', (kind) => {
  let database: ScratchDatabase;
  const db = () => database.db as unknown as Kysely<Tables>;

  beforeAll(async () => {
    database = await openScratchDatabase(kind);
    await database.db.schema
      .createTable('row_pairs')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.defaultTo('default label'))
      .addColumn('amount_fen', 'integer')
      .addColumn('camel_case_note', 'text')
      .execute();
    await database.db.schema
      .createTable('guarded_rows')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('amount_fen', 'integer')
      .execute();
  });
  afterAll(() => database.discard());

  it('stores exactly what Kysely’s own insert stores, undefined columns left to their defaults', async () => {
    let id = 0;
    await fc.assert(
      fc.asyncProperty(
        optional(fc.string()),
        optional(fc.integer({ min: -1e9, max: 1e9 })),
        optional(fc.string()),
        async (label, amountFen, camelCaseNote) => {
          const row = { label, amountFen, camelCaseNote };
          const viaKysely = ++id;
          const viaInsertRow = ++id;
          await db()
            .insertInto('rowPairs')
            .values({ id: viaKysely, ...row })
            .execute();
          await insertRow(db(), 'rowPairs', { id: viaInsertRow, ...row });
          const [a, b] = await Promise.all(
            [viaKysely, viaInsertRow].map((n) =>
              db().selectFrom('rowPairs').selectAll().where('id', '=', n).executeTakeFirstOrThrow(),
            ),
          );
          expect({ ...b, id: viaKysely }).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('inserts many rows as Kysely inserts them one by one, whatever columns each sets and however many', async () => {
    let id = 1_000_000;
    await fc.assert(
      fc.asyncProperty(
        // Runs of rows longer than one statement takes (100), and rows that set different columns.
        fc.array(fc.record({ label: optional(fc.string()), amountFen: optional(fc.integer()) }), {
          maxLength: 230,
        }),
        async (rows) => {
          const first = id + 1;
          const viaKysely = rows.map((row) => ({ id: ++id, ...row }));
          const viaInsertRows = rows.map((row) => ({ id: ++id, ...row }));
          for (const row of viaKysely) await db().insertInto('rowPairs').values(row).execute();
          await insertRows(db(), 'rowPairs', viaInsertRows);
          const stored = await db()
            .selectFrom('rowPairs')
            .selectAll()
            .where('id', '>=', first)
            .orderBy('id')
            .execute();
          expect(stored.slice(rows.length).map((r) => ({ ...r, id: r.id - rows.length }))).toEqual(
            stored.slice(0, rows.length),
          );
          expect(stored).toHaveLength(2 * rows.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('inserts into several tables at once what Kysely inserts into each', async () => {
    let id = 2_000_000;
    // The stored rows of `table` with these ids, without their ids.
    const stored = async (table: keyof Tables, ids: number[]) => {
      const rows = await db()
        .selectFrom(table)
        .selectAll()
        .where('id', 'in', [0, ...ids])
        .execute();
      const byId = new Map(rows.map(({ id, ...rest }) => [id, rest]));
      return ids.map((n) => byId.get(n));
    };
    await fc.assert(
      fc.asyncProperty(
        // Rows that set the same columns (one statement on PostgreSQL) or not (one table after another).
        fc.array(
          fc.record({ label: fc.option(fc.string(), { nil: null }), amountFen: optional(fc.integer()) }),
          { maxLength: 8 },
        ),
        fc.array(fc.record({ revision: fc.nat(), label: fc.option(fc.string(), { nil: null }) }), {
          maxLength: 8,
        }),
        async (pairs, guarded) => {
          const numbered = <T>(rows: T[]) => rows.map((row) => ({ id: ++id, ...row }));
          const [pairsA, guardedA, pairsB, guardedB] = [
            numbered(pairs),
            numbered(guarded),
            numbered(pairs),
            numbered(guarded),
          ];
          for (const row of pairsA) await db().insertInto('rowPairs').values(row).execute();
          for (const row of guardedA) await db().insertInto('guardedRows').values(row).execute();
          await insertIntoTables(db(), [
            { table: 'rowPairs', rows: pairsB },
            { table: 'guardedRows', rows: guardedB },
          ]);
          const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
          for (const [table, a, b] of [
            ['rowPairs', pairsA, pairsB],
            ['guardedRows', guardedA, guardedB],
          ] as const) {
            const viaKysely = await stored(table, ids(a));
            const viaInsertIntoTables = await stored(table, ids(b));
            expect(viaInsertIntoTables).toEqual(viaKysely);
            expect(viaInsertIntoTables.every(Boolean)).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('changes exactly what Kysely’s own update changes, and counts the rows it changed', async () => {
    let id = 0;
    await fc.assert(
      fc.asyncProperty(
        optional(fc.string()),
        optional(fc.integer({ min: -1e9, max: 1e9 })),
        fc.string(),
        fc.boolean(),
        async (label, amountFen, start, revisionMatches) => {
          const viaKysely = ++id;
          const viaUpdateRow = ++id;
          await db()
            .insertInto('guardedRows')
            .values(
              [viaKysely, viaUpdateRow].map((n) => ({ id: n, revision: 3, label: start, amountFen: 7 })),
            )
            .execute();
          const set = { label, amountFen, revision: 4 };
          const revision = revisionMatches ? 3 : 2;
          const result = await db()
            .updateTable('guardedRows')
            .set(set)
            .where('id', '=', viaKysely)
            .where('revision', '=', revision)
            .executeTakeFirst();
          const changed = await updateRow(db(), 'guardedRows', set, { id: viaUpdateRow, revision });
          expect(changed).toBe(Number(result.numUpdatedRows));
          expect(changed).toBe(revisionMatches ? 1 : 0);
          const [a, b] = await Promise.all(
            [viaKysely, viaUpdateRow].map((n) =>
              db().selectFrom('guardedRows').selectAll().where('id', '=', n).executeTakeFirstOrThrow(),
            ),
          );
          expect({ ...b, id: viaKysely }).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });
});
