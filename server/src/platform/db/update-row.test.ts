import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import { updateRow } from './update-row.js';

interface Tables {
  guardedRows: { id: number; revision: number; label: string | null; amountFen: number | null };
}

describe.each(databaseKinds())('updateRow on %s', (kind) => {
  let database: ScratchDatabase;
  const db = () => database.db as unknown as Kysely<Tables>;

  beforeAll(async () => {
    database = await openScratchDatabase(kind);
    await database.db.schema
      .createTable('guarded_rows')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('amount_fen', 'integer')
      .execute();
  });
  afterAll(() => database.discard());

  it('changes exactly what Kysely’s own update changes, and counts the rows it changed', async () => {
    const optional = <T>(value: fc.Arbitrary<T>) =>
      fc.option(fc.option(value, { nil: null }), { nil: undefined });
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
