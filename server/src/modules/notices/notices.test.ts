import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDateOf } from '../../platform/calendar/index.js';
import { sm3Hex } from '../../platform/crypto/index.js';
import { ProblemError } from '../../platform/errors/index.js';
import { pdfText } from '../../platform/pdf/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type IssueNotice, issueNotice, noticesOf, renderNotice } from './index.js';
import { EXAMPLE_INPUTS } from './notices.fixture.js';

const year = Number(businessDateOf(new Date()).slice(0, 4));
const MARKET = { departmentCode: 'FS-SJ' };

describe.each(databaseKinds())('notices on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const application = () => ({ applicationId: randomUUID(), applicationNo: '44060020261120000000174' });
  const issue = (params: Partial<IssueNotice> = {}) =>
    t.ctx.db.transaction().execute((trx) =>
      issueNotice(trx, t.ctx, {
        ...application(),
        ...MARKET,
        kind: 'acceptance',
        input: EXAMPLE_INPUTS.acceptance,
        issuedBy: null,
        ...params,
      } as IssueNotice),
    );
  const count = async (table: string, where?: [string, string]) => {
    let q = t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (where) q = q.where(where[0], '=', where[1]);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const row = (id: string) =>
    t.ctx.db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const verify = (code: string) => t.app.inject({ url: `/api/v1/notices/verify/${code}` });

  it('leaves nothing behind when the caller’s transaction rolls back', async () => {
    const before = await Promise.all([
      count('notices'),
      count('outboxEvents', ['topic', 'notice.issued']),
      count('auditRecords', ['action', 'notice.issue']),
    ]);
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await issueNotice(trx, t.ctx, {
          ...application(),
          ...MARKET,
          kind: 'refusal',
          input: EXAMPLE_INPUTS.refusal,
          issuedBy: null,
        });
        throw new Error('the decision failed after the notice');
      }),
    ).rejects.toThrow('the decision failed');
    const after = await Promise.all([
      count('notices'),
      count('outboxEvents', ['topic', 'notice.issued']),
      count('auditRecords', ['action', 'notice.issue']),
    ]);
    expect(after).toEqual(before);
    // Its number: given back on SQLite; on PostgreSQL, taken outside the caller's transaction
    // (platform/db/number-source.ts), it stays unused and the next notice has the one after.
    const next = await issue({ kind: 'refusal', input: EXAMPLE_INPUTS.refusal });
    expect(next.documentNo).toBe(`佛市监不受字〔${year}〕${kind === 'sqlite' ? 1 : 2}号`);
  });

  it('numbers each department’s series per year, and a receipt not at all', async () => {
    await t.ctx.db
      .insertInto('noticeNoCounters')
      .values({ departmentCode: 'FS-SJ', year: year - 1, series: '受', lastValue: 40 })
      .execute();
    expect((await issue()).documentNo).toBe(`佛市监受字〔${year}〕1号`);
    expect((await issue()).documentNo).toBe(`佛市监受字〔${year}〕2号`);
    expect((await issue({ departmentCode: 'NH-SJ' })).documentNo).toBe(`南市监受字〔${year}〕1号`);
    expect((await issue({ kind: 'denial', input: EXAMPLE_INPUTS.denial })).documentNo).toBe(
      `佛市监不许字〔${year}〕1号`,
    );
    expect((await issue()).documentNo).toBe(`佛市监受字〔${year}〕3号`);
    expect((await issue({ kind: 'receipt', input: EXAMPLE_INPUTS.receipt })).documentNo).toBeNull();
    const lastYear = await t.ctx.db
      .selectFrom('noticeNoCounters')
      .select('lastValue')
      .where('departmentCode', '=', 'FS-SJ')
      .where('year', '=', year - 1)
      .executeTakeFirstOrThrow();
    expect(lastYear.lastValue).toBe(40);
  });

  it('hands out distinct numbers to notices issued at the same time', async () => {
    const shunde = { departmentCode: 'SD-SJ' };
    const issued = await Promise.all(Array.from({ length: 5 }, () => issue(shunde)));
    expect(issued.map((n) => n.documentNo).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `顺市监受字〔${year}〕${n}号`),
    );
  });

  it('stores the content sealed, with its audit record and its event', async () => {
    const { id } = await issue({ issuedBy: randomUUID() });
    const stored = await row(id);
    expect(stored.contentEnc).not.toContain('张三');
    expect(stored.contentEnc).not.toContain('44060419900101123X');
    const spec = JSON.parse(t.ctx.cipher.decrypt(stored.contentEnc));
    expect(spec).toMatchObject({
      recipient: '张三',
      documentNo: stored.documentNo,
      issuer: '佛山市市场监督管理局',
    });
    expect(spec.verifyUrl).toBe(`${t.ctx.config.publicBaseUrl}/verify/${stored.verifyCode}`);
    expect(stored.recipientMasked).toBe('张*');
    expect(await count('auditRecords', ['objectId', id])).toBe(1);
    const events = await t.ctx.db
      .selectFrom('outboxEvents')
      .select('payload')
      .where('topic', '=', 'notice.issued')
      .execute();
    const payloads = events.map((e) => JSON.parse(e.payload)).filter((p) => p.noticeId === id);
    expect(payloads).toEqual([
      {
        noticeId: id,
        applicationId: stored.applicationId,
        applicationNo: stored.applicationNo,
        kind: 'acceptance',
        documentNo: stored.documentNo,
      },
    ]);
  });

  it('refuses bad input with field errors and an unknown department, storing nothing', async () => {
    const before = await count('notices');
    const bad = await issue({ kind: 'correction', input: { ...EXAMPLE_INPUTS.correction, items: [] } }).catch(
      (e) => e,
    );
    expect(bad).toBeInstanceOf(ProblemError);
    expect(bad.options.fields.map((f: { field: string }) => f.field)).toEqual(['input.items']);
    const unknown = await issue({ departmentCode: 'XX-NONE' }).catch((e) => e);
    expect([unknown.status, unknown.code]).toEqual([422, 'notice.unknown_department']);
    expect(await count('notices')).toBe(before);
  });

  it('renders the PDF once, archives it and keeps the SM3 of exactly those bytes', async () => {
    const { id, documentNo } = await issue();
    expect((await row(id)).pdfSm3).toBeNull();
    await t.ctx.outbox.drain();
    const stored = await row(id);
    expect(stored.pdfSm3).toMatch(/^[0-9a-f]{64}$/);
    const bytes = await renderNotice(t.ctx.db, t.ctx, id);
    expect(sm3Hex(Buffer.from(bytes))).toBe(stored.pdfSm3);
    expect(Buffer.from(await renderNotice(t.ctx.db, t.ctx, id)).equals(Buffer.from(bytes))).toBe(true);
    expect(await count('storedFiles', ['id', stored.pdfFileId!])).toBe(1);
    const text = (await pdfText(bytes)).join('');
    expect(text).toContain(documentNo!);
    expect(text).toContain('受理通知书');
    await expect(renderNotice(t.ctx.db, t.ctx, randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it('lists an application’s notices in the order issued', async () => {
    const applicationId = randomUUID();
    await issue({ applicationId, kind: 'receipt', input: EXAMPLE_INPUTS.receipt });
    await issue({ applicationId, kind: 'correction', input: EXAMPLE_INPUTS.correction });
    await issue({ applicationId });
    const list = await noticesOf(t.ctx.db, applicationId);
    expect(list.map((n) => n.kind)).toEqual(['receipt', 'correction', 'acceptance']);
    expect(list.map((n) => n.title)).toEqual(['收件回执', '一次性告知补正材料通知书', '受理通知书']);
  });

  it('verifies publicly with masked facts and the SM3, never the document', async () => {
    const { id, verifyCode, documentNo } = await issue();
    const res = await verify(verifyCode);
    expect(res.statusCode).toBe(200);
    const bytes = await renderNotice(t.ctx.db, t.ctx, id);
    expect(res.json()).toEqual({
      kind: 'acceptance',
      title: '受理通知书',
      documentNo,
      applicationNo: '44060020261120000000174',
      issuerName: '佛山市市场监督管理局',
      issuedAt: (await row(id)).issuedAt,
      recipient: '张*',
      pdfSm3: sm3Hex(Buffer.from(bytes)),
    });
    expect(res.body).not.toContain('张三');
    expect(res.body).not.toContain('44060419900101123X');
    expect((await verify(verifyCode.toUpperCase())).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/notices/verify/${verifyCode}/pdf` })).statusCode).toBe(404);
  });

  it('shows an organisation’s or a department’s name as it is, and answers 404 for an unknown code', async () => {
    const company = await issue({ kind: 'approval', input: EXAMPLE_INPUTS.approval });
    expect((await verify(company.verifyCode)).json().recipient).toBe('佛山市禅城区好味道餐饮有限公司');
    const order = await issue({
      kind: 'supervision',
      input: EXAMPLE_INPUTS.supervision,
      departmentCode: 'FS-ZSJ',
    });
    expect(order.documentNo).toBe(`佛政数督字〔${year}〕1号`);
    expect((await verify(order.verifyCode)).json().recipient).toBe('佛山市市场监督管理局');
    const unknown = await verify('a'.repeat(26));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect((await verify('not-a-code')).statusCode).toBe(404);
  });

  it('names the district government for reconsideration of a district department', async () => {
    const { id } = await issue({
      kind: 'denial',
      input: EXAMPLE_INPUTS.denial,
      departmentCode: 'NH-SJ',
    });
    const text = (await pdfText(await renderNotice(t.ctx.db, t.ctx, id))).join('').replace(/\n/g, '');
    expect(text).toContain('六十日内向佛山市南海区人民政府申请行政复议');
  });
});
