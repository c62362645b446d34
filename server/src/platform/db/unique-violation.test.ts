import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { openScratchDatabase, type ScratchDatabase } from '../../test-support/scratch-database.js';
import { isUniqueViolation } from './unique-violation.js';

interface Tables {
  keyedRows: { id: number; key: string; note: string };
}

describe.each(databaseKinds())('isUniqueViolation on %s', (kind) => {
  let database: ScratchDatabase;
  const db = () => database.db as unknown as Kysely<Tables>;
  const refusal = (write: Promise<unknown>) =>
    write.then(
      () => null,
      (error: unknown) => error,
    );

  beforeAll(async () => {
    database = await openScratchDatabase(kind);
    await database.db.schema
      .createTable('keyed_rows')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('note', 'text', (c) => c.notNull())
      .execute();
    await db().insertInto('keyedRows').values({ id: 1, key: 'a', note: 'first' }).execute();
  });
  afterAll(() => database.discard());

  it('tells a duplicate primary key and a duplicate unique column from other refusals', async () => {
    const insert = (row: Partial<Tables['keyedRows']>) =>
      refusal(
        db()
          .insertInto('keyedRows')
          .values(row as Tables['keyedRows'])
          .execute(),
      );
    expect(isUniqueViolation(await insert({ id: 1, key: 'b', note: 'same id' }))).toBe(true);
    expect(isUniqueViolation(await insert({ id: 2, key: 'a', note: 'same key' }))).toBe(true);
    const missingNote = await insert({ id: 3, key: 'c' });
    expect(missingNote).toBeInstanceOf(Error);
    expect(isUniqueViolation(missingNote)).toBe(false);
    expect(isUniqueViolation(new Error('connection lost'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
