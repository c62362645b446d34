import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { newRowId, tablesOf } from '../db/index.js';
import { type AuditTables, createAuditLog, verifyAuditChain } from './index.js';

// In PostgreSQL's write queue a record is committed unchained and chained right after the
// commit (audit-log.ts); on SQLite and outside the queue it is chained in the transaction.
// Either way the caller is answered with its records on the chain.
describe.each(databaseKinds())('audit records of the write queue on %s', (kind) => {
  let t: TestApp;
  const db = () => tablesOf<AuditTables>(t.ctx.db);
  const verify = () => verifyAuditChain(t.ctx.db, t.ctx.audit.publicKey);
  const onChain = async (tag: string) =>
    (await db().selectFrom('auditRecords').select('objectId').where('objectType', '=', tag).execute()).length;
  const unchained = async (tag?: string) => {
    let q = db().selectFrom('auditUnchained').select('id');
    if (tag) q = q.where('objectType', '=', tag);
    return (await q.execute()).length;
  };
  /** What a process that died between its commit and the chaining leaves behind. */
  const leaveUnchained = (tag: string, count: number) =>
    db()
      .insertInto('auditUnchained')
      .values(
        Array.from({ length: count }, (_, i) => ({
          id: newRowId(),
          at: new Date().toISOString(),
          actorId: null,
          actorRole: null,
          actorLabel: null,
          action: 'test.left',
          objectType: tag,
          objectId: String(i),
          outcome: 'success',
          sourceIp: null,
          requestId: null,
          detail: null,
        })),
      )
      .execute();

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('answers each transaction with its records on the chain, and a refused one leaves none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ records: fc.integer({ min: 0, max: 3 }), fails: fc.boolean() }), {
          minLength: 1,
          maxLength: 15,
        }),
        async (transactions) => {
          const tags = transactions.map(() => `test-${randomUUID()}`);
          const seenWhenAnswered = await Promise.all(
            transactions.map(async ({ records, fails }, i) => {
              const tag = tags[i]!;
              try {
                await t.ctx.writes.transaction(async (trx) => {
                  for (let r = 0; r < records; r++)
                    await t.ctx.audit.recordInTrx(trx, {
                      actor: null,
                      action: 'test.write',
                      objectType: tag,
                    });
                  if (fails) throw new Error('refused');
                });
              } catch {
                // a refused one is checked below like the others
              }
              return onChain(tag);
            }),
          );
          expect(seenWhenAnswered).toEqual(transactions.map((tx) => (tx.fails ? 0 : tx.records)));
          for (const tag of tags) expect(await unchained(tag)).toBe(0);
        },
      ),
      { numRuns: 15 },
    );
    const result = await verify();
    expect(result).toMatchObject({ ok: true, unchained: 0, problems: [] });
  });

  it('chains what a process committed and did not live to chain', async () => {
    const tag = `test-${randomUUID()}`;
    await leaveUnchained(tag, 3);
    const before = await verify();
    expect(before).toMatchObject({ ok: true, unchained: 3 });
    await t.ctx.audit.chainCommitted();
    expect(await onChain(tag)).toBe(3);
    expect(await verify()).toMatchObject({ ok: true, unchained: 0, lastSeq: before.lastSeq + 3 });
  });

  it('takes each record once when two processes chain at once', async () => {
    const tag = `test-${randomUUID()}`;
    // More than one chaining transaction takes (500), so each process chains in several.
    await leaveUnchained(tag, 1234);
    const other = createAuditLog(t.ctx.db, t.ctx.dialect, t.ctx.config.keys.auditSigningKey);
    await Promise.all([t.ctx.audit.chainCommitted(), other.chainCommitted(), t.ctx.audit.chainCommitted()]);
    expect(await onChain(tag)).toBe(1234);
    expect(await unchained()).toBe(0);
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  });
});
