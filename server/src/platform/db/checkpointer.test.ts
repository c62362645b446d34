import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { WRITER_CHECKPOINT_PAGES } from './checkpointer.js';
import { openDatabase } from './database.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'ow-checkpoint-'));
  dirs.push(dir);
  return dir;
}

async function until(condition: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('checkpoints from a worker thread (SQLite)', () => {
  it('copies committed pages into the database file although the writer never reaches its own threshold', async () => {
    const dataDir = freshDir();
    const file = path.join(dataDir, 'onewindow.sqlite');
    const database = openDatabase({ dataDir });
    await database.db.schema.createTable('blobs').addColumn('body', 'text').execute();
    const before = statSync(file).size;
    // About 500 pages of 4 KiB: far below the writer's threshold, so only the worker moves them.
    const body = 'x'.repeat(4000);
    for (let i = 0; i < 500; i++) await database.db.insertInto('blobs').values({ body }).execute();
    expect(500 * 4096).toBeLessThan(WRITER_CHECKPOINT_PAGES * 4096);
    await until(() => statSync(file).size >= before + 500 * 4000);
    await database.close();

    const reopened = openDatabase({ dataDir });
    const { rows } = await sql<{ n: number }>`select count(*) as n from blobs`.execute(reopened.db);
    expect(rows[0]!.n).toBe(500);
    await reopened.close();
  });
});
