import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import { insertRow } from './insert-row.js';

interface Tables {
  rowPairs: { id: number; label: string | null; amountFen: number | null; camelCaseNote: string | null };
}

describe.each(databaseKinds())('insertRow on %s', (kind) => {
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
  });
  afterAll(() => database.discard());

  it('stores exactly what Kysely’s own insert stores, undefined columns left to their defaults', async () => {
    const optional = <T>(value: fc.Arbitrary<T>) =>
      fc.option(fc.option(value, { nil: null }), { nil: undefined });
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
});
