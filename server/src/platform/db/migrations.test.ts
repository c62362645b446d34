import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresDatabase, databaseKinds } from '../../test-support/databases.js';
import { type Database, openDatabase } from './database.js';
import { type ModuleMigration, migrate } from './migrations.js';

const table = (name: string): ModuleMigration => ({
  name,
  up: async (db) => {
    await db.schema.createTable(`t_${name}`).addColumn('id', 'integer').execute();
  },
});

describe.each(databaseKinds())('migrations on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  async function open(): Promise<Database> {
    if (kind === 'postgres') {
      const pg = await createPostgresDatabase();
      const database = openDatabase({ databaseUrl: pg.url, dataDir: tmpdir() });
      cleanups.push(async () => {
        await database.close();
        await pg.drop();
      });
      return database;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'ow-migrate-'));
    const database = openDatabase({ dataDir: dir });
    cleanups.push(async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return database;
  }

  it('runs a new migration that sorts before ones the database already ran (an upgraded deployment)', async () => {
    const { db, dialect } = await open();
    // Release 1: two modules' migrations.
    expect(await migrate(db, dialect, [table('0100_a'), table('1100_b')])).toEqual(['0100_a', '1100_b']);
    // Release 2 adds one numbered between them (another module's), and one after.
    expect(
      await migrate(db, dialect, [table('0100_a'), table('1100_b'), table('0500_c'), table('1200_d')]),
    ).toEqual(['0500_c', '1200_d']);
    // Nothing runs twice.
    expect(
      await migrate(db, dialect, [table('0100_a'), table('1100_b'), table('0500_c'), table('1200_d')]),
    ).toEqual([]);
    await sql`select id from t_0500_c`.execute(db);
  });
});
