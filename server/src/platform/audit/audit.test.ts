import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { tablesOf } from '../db/index.js';
import { type AuditTables, verifyAuditChain } from './index.js';

describe.each(databaseKinds())('tamper-evident audit chain on %s', (kind) => {
  let t: TestApp;
  const verify = () => verifyAuditChain(t.ctx.db, t.ctx.audit.publicKey);

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (let i = 0; i < 210; i++) {
      await t.ctx.audit.record({
        actor: null,
        action: 'test.event',
        objectType: 'test',
        objectId: String(i),
      });
    }
  });
  afterAll(() => t.close());

  it('verifies an untouched chain with signed checkpoints', async () => {
    const result = await verify();
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.checked).toBeGreaterThan(210);
    expect(result.checkpoints).toBeGreaterThanOrEqual(2);
  });

  it('commits the record with the state change or not at all', async () => {
    const before = (await verify()).lastSeq;
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await t.ctx.audit.recordInTrx(trx, { actor: null, action: 'test.rolled_back', objectType: 'test' });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect((await verify()).lastSeq).toBe(before);
  });

  const db = () => tablesOf<AuditTables>(t.ctx.db);
  const cases: [string, string, () => Promise<void>, () => Promise<void>][] = [
    [
      'an edited record',
      'hash_mismatch',
      async () => {
        // Whatever record 50 is (the seed writes some), its own action is put back after.
        const { action } = await db()
          .selectFrom('auditRecords')
          .select('action')
          .where('seq', '=', 50)
          .executeTakeFirstOrThrow();
        (globalThis as Record<string, unknown>).editedAction = action;
        await db().updateTable('auditRecords').set({ action: 'test.forged' }).where('seq', '=', 50).execute();
      },
      async () =>
        void (await db()
          .updateTable('auditRecords')
          .set({ action: (globalThis as Record<string, unknown>).editedAction as string })
          .where('seq', '=', 50)
          .execute()),
    ],
    [
      'a deleted record',
      'gap',
      async () => {
        const row = await db()
          .selectFrom('auditRecords')
          .selectAll()
          .where('seq', '=', 60)
          .executeTakeFirstOrThrow();
        (globalThis as Record<string, unknown>).deleted = row;
        await db().deleteFrom('auditRecords').where('seq', '=', 60).execute();
      },
      async () =>
        void (await db()
          .insertInto('auditRecords')
          .values((globalThis as Record<string, unknown>).deleted as never)
          .execute()),
    ],
    [
      'reordered records',
      'link_broken',
      async () => {
        await db().updateTable('auditRecords').set({ seq: -1 }).where('seq', '=', 70).execute();
        await db().updateTable('auditRecords').set({ seq: 70 }).where('seq', '=', 71).execute();
        await db().updateTable('auditRecords').set({ seq: 71 }).where('seq', '=', -1).execute();
      },
      async () => {
        await db().updateTable('auditRecords').set({ seq: -1 }).where('seq', '=', 70).execute();
        await db().updateTable('auditRecords').set({ seq: 70 }).where('seq', '=', 71).execute();
        await db().updateTable('auditRecords').set({ seq: 71 }).where('seq', '=', -1).execute();
      },
    ],
    [
      'a truncated tail',
      'head_mismatch',
      async () => {
        const max = (await verify()).lastSeq;
        const row = await db()
          .selectFrom('auditRecords')
          .selectAll()
          .where('seq', '=', max)
          .executeTakeFirstOrThrow();
        (globalThis as Record<string, unknown>).tail = row;
        await db().deleteFrom('auditRecords').where('seq', '=', max).execute();
      },
      async () =>
        void (await db()
          .insertInto('auditRecords')
          .values((globalThis as Record<string, unknown>).tail as never)
          .execute()),
    ],
  ];

  it.each(cases)('detects %s', async (_name, problem, tamper, undo) => {
    await tamper();
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.kind)).toContain(problem);
    await undo();
    expect((await verify()).ok).toBe(true);
  });

  it('detects an inserted record even when its own hash is recomputed', async () => {
    const row = await db()
      .selectFrom('auditRecords')
      .selectAll()
      .where('seq', '=', 80)
      .executeTakeFirstOrThrow();
    await db().updateTable('auditRecords').set({ seq: sql`seq + 1000000` }).where('seq', '>=', 81).execute();
    await db()
      .updateTable('auditRecords')
      .set({ seq: sql`seq - 1000000 + 1` })
      .where('seq', '>=', 1000081)
      .execute();
    const { recordHash } = await import('./chain.js');
    const forged = { ...row, seq: 81, id: crypto.randomUUID(), action: 'test.inserted', prevHash: row.hash };
    await db()
      .insertInto('auditRecords')
      .values({ ...forged, hash: recordHash(forged) })
      .execute();
    const result = await verify();
    expect(result.ok).toBe(false);
    // The forged record links and hashes correctly; the record it pushed down does not.
    expect(result.problems[0]).toEqual({ seq: 82, kind: 'hash_mismatch' });
  });
});
