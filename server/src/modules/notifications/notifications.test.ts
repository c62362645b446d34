import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { type NotificationRequest, requestNotification } from './index.js';
import { devMailbox } from './senders/dev-mailbox.js';

interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

// A real SMTP server on a free port; `refuse` makes it answer every message with a temporary failure.
async function startSmtp() {
  const received: ReceivedMail[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!state.refuse) return callback();
      const error = Object.assign(new Error('mailbox unavailable, try later'), { responseCode: 451 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          ...parseMail(Buffer.concat(chunks).toString('latin1')),
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME for one text part: RFC 2047 words in the subject, base64 or quoted-printable body. */
function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const utf8 = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');
  const qp = (s: string) =>
    s
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  const subject = header('Subject')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?(.*?)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : utf8(qp(data.replace(/_/g, ' '))),
    );
  expect(header('Content-Type').toLowerCase()).toContain('charset=utf-8');
  const body = raw.slice(split + 4).replace(/\r\n\.\r\n$/, '');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? utf8(qp(body))
        : utf8(body);
  return { subject, text: text.replace(/\r\n/g, '\n') };
}

describe.each(databaseKinds())('notifications on %s', (kind) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let zhangsan: string;
  let lisi: string;
  let zhangsanId: string;

  const notify = (request: NotificationRequest) =>
    t.ctx.db.transaction().execute((trx) => requestNotification(trx, request));
  const count = async (table: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const sms = () => t.ctx.db.selectFrom('devMailbox').selectAll().where('channel', '=', 'sms').execute();
  const list = (cookie: string, query = '') =>
    t.app.inject({ url: `/api/v1/notifications${query}`, headers: { cookie } });
  /** Hands an event to the outbox again, as a crash before its acknowledgement or a retry would. */
  const redeliver = (eventId: string) =>
    t.ctx.db
      .updateTable('outboxEvents')
      .set({ processedAt: null, availableAt: new Date(0).toISOString() })
      .where('id', '=', eventId)
      .execute();
  const putPreferences = (cookie: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      headers: { cookie, ...headers },
      payload,
    });
  const setEmail = (cookie: string, email: string | null, extra: object = {}) =>
    putPreferences(cookie, {
      email,
      emailEnabled: email !== null,
      smsEnabled: true,
      language: null,
      ...extra,
    });
  const outboxRow = (id: string) =>
    t.ctx.db.selectFrom('outboxEvents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(kind, {}, { SMTP_URL: smtp.url, SMS_PROVIDER: 'dev' });
    await t.ctx.outbox.drain();
    zhangsan = await login(t.app, '13800138001');
    lisi = await login(t.app, '13800138002');
    zhangsanId = (await t.app.inject({ url: '/api/v1/accounts/me', headers: { cookie: zhangsan } })).json()
      .id;
    expect((await setEmail(zhangsan, 'ZhangSan@Example.com')).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers in the app, by text message and by e-mail, in Chinese', async () => {
    await notify({
      accountId: zhangsanId,
      kind: 'application.correction_requested',
      params: {
        applicationNo: '44060020261201000000018',
        matterName: '社会保障卡补领',
        reason: '身份证复印件不清晰',
        dueOn: '2026-12-08',
      },
      link: '/my/applications/44060020261201000000018',
    });
    await t.ctx.outbox.drain();

    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(['zhangsan@example.com']);
    expect(mail.subject).toBe('【佛山一网通办】申请材料需补正');
    expect(mail.text).toContain(
      '您申请的“社会保障卡补领”（办件编号44060020261201000000018）需补正材料：身份证复印件不清晰。请于2026年12月8日前登录补正。',
    );
    expect(mail.text).toContain(
      `登录佛山一网通办查看详情：${t.ctx.config.publicBaseUrl}/my/applications/44060020261201000000018`,
    );
    const [text] = await sms();
    expect(t.ctx.cipher.decrypt(text!.recipientEnc)).toBe('13800138001');
    expect(text!.body).toMatch(/^【佛山一网通办】您申请的“社会保障卡补领”/);

    const page = (await list(zhangsan)).json();
    expect(page.unreadCount).toBe(1);
    expect(page.items[0]).toMatchObject({
      kind: 'application.correction_requested',
      title: '申请材料需补正',
      link: '/my/applications/44060020261201000000018',
      readAt: null,
    });
  });

  it('sends once when the outbox hands over the same event twice', async () => {
    const before = {
      mails: smtp.received.length,
      sms: (await sms()).length,
      inApp: await count('notifications'),
    };
    const eventId = await notify({
      accountId: zhangsanId,
      kind: 'application.accepted',
      params: { applicationNo: '44060020261201000000026', matterName: '社会保障卡补领' },
    });
    await t.ctx.outbox.drain();
    await redeliver(eventId);
    expect(await t.ctx.outbox.drain()).toBeGreaterThan(0);
    expect(smtp.received.length).toBe(before.mails + 1);
    expect((await sms()).length).toBe(before.sms + 1);
    expect(await count('notifications')).toBe(before.inApp + 1);
  });

  it('retries a refused e-mail through the outbox without repeating the other channels', async () => {
    const before = {
      mails: smtp.received.length,
      sms: (await sms()).length,
      inApp: await count('notifications'),
    };
    smtp.state.refuse = true;
    const eventId = await notify({
      accountId: zhangsanId,
      kind: 'application.decided',
      params: { applicationNo: '44060020261201000000034', matterName: '社会保障卡补领', outcome: 'approved' },
    });
    await t.ctx.outbox.drain();
    const failed = await outboxRow(eventId);
    expect(failed).toMatchObject({ processedAt: null, attempts: 1 });
    expect(failed.lastError).toContain('email');
    const email = await t.ctx.db
      .selectFrom('notificationDeliveries')
      .selectAll()
      .where('eventId', '=', eventId)
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow();
    expect(email).toMatchObject({ status: 'failed', attempts: 1 });
    expect(email.lastError).toContain('451');

    smtp.state.refuse = false;
    await redeliver(eventId);
    await t.ctx.outbox.drain();
    expect(smtp.received.length).toBe(before.mails + 1);
    expect(smtp.received.at(-1)!.subject).toBe('【佛山一网通办】审批通过');
    expect((await sms()).length).toBe(before.sms + 1);
    expect(await count('notifications')).toBe(before.inApp + 1);
    const done = await outboxRow(eventId);
    expect(done.processedAt).not.toBeNull();
  });

  it('writes in the language the account chose', async () => {
    await setEmail(zhangsan, 'zhangsan@example.com', { language: 'en-US' });
    await notify({
      accountId: zhangsanId,
      kind: 'application.refused',
      params: {
        applicationNo: '44060020261201000000042',
        matterName: '社会保障卡补领',
        reason: '不属于本部门职权范围',
      },
    });
    await t.ctx.outbox.drain();
    expect(smtp.received.at(-1)!.subject).toBe('[Foshan OneWindow] Application not accepted');
    expect((await sms()).at(-1)!.body).toMatch(/^\[Foshan OneWindow\] Your application for “社会保障卡补领”/);
    await setEmail(zhangsan, 'zhangsan@example.com');
  });

  it('lets only the addressee read and mark a notification', async () => {
    const page = (await list(zhangsan)).json();
    const id = page.items[0].id;
    const theirs = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${id}/read`,
      headers: { cookie: lisi },
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.headers['content-type']).toContain('application/problem+json');
    expect((await list(lisi)).json()).toMatchObject({ total: 0, unreadCount: 0 });
    expect((await list(zhangsan)).json().unreadCount).toBe(page.unreadCount);

    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${id}/read`,
      headers: { cookie: zhangsan },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await list(zhangsan)).json().unreadCount).toBe(page.unreadCount - 1);
    expect(
      (await list(zhangsan, '?unread=true')).json().items.map((n: { id: string }) => n.id),
    ).not.toContain(id);

    const all = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: { cookie: zhangsan },
    });
    expect(all.json()).toEqual({ marked: page.unreadCount - 1 });
    expect((await list(zhangsan)).json().unreadCount).toBe(0);
    expect((await t.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });

  it('paginates on the server', async () => {
    const page1 = (await list(zhangsan, '?page=1&pageSize=2')).json();
    const page2 = (await list(zhangsan, '?page=2&pageSize=2')).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBe(4);
    expect(page2.items.map((n: { id: string }) => n.id)).not.toContain(page1.items[0].id);
  });

  it('refuses bad preferences field by field and keeps the old ones', async () => {
    const bad = await setEmail(zhangsan, 'zhangsan@', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toEqual([
      {
        field: 'email',
        code: 'email.invalid',
        message: '请输入有效的电子邮箱地址，例如 zhangsan@example.com',
      },
    ]);
    const missing = await putPreferences(
      zhangsan,
      { email: null, emailEnabled: true, smsEnabled: true, language: null },
      { 'accept-language': 'en-US' },
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      {
        field: 'email',
        code: 'notification.email_required',
        message: 'Enter an e-mail address to receive notifications by e-mail',
      },
    ]);
    const kept = await t.app.inject({
      url: '/api/v1/notifications/preferences',
      headers: { cookie: zhangsan },
    });
    expect(kept.json()).toEqual({
      email: 'zhangsan@example.com',
      emailEnabled: true,
      smsEnabled: true,
      language: null,
      maskedMobile: '138****8001',
      smsAvailable: true,
    });
  });

  it('stores the e-mail address sealed and audits the change without it', async () => {
    const row = await t.ctx.db
      .selectFrom('notificationPreferences')
      .selectAll()
      .where('accountId', '=', zhangsanId)
      .executeTakeFirstOrThrow();
    expect(row.emailEnc).not.toContain('@');
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .selectAll()
      .where('action', '=', 'notification.update_preferences')
      .where('objectId', '=', zhangsanId)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.map((a) => a.detail).join()).not.toContain('example.com');
  });

  it('stops text messages and e-mails the account switched off', async () => {
    await setEmail(zhangsan, 'zhangsan@example.com', { emailEnabled: false, smsEnabled: false });
    const before = { mails: smtp.received.length, sms: (await sms()).length };
    await notify({
      accountId: zhangsanId,
      kind: 'application.withdrawn',
      params: { applicationNo: '44060020261201000000059', matterName: '社会保障卡补领' },
    });
    await t.ctx.outbox.drain();
    expect(smtp.received.length).toBe(before.mails);
    expect((await sms()).length).toBe(before.sms);
    expect((await list(zhangsan)).json().items[0].title).toBe('申请已撤回');
    await setEmail(zhangsan, 'zhangsan@example.com');
  });

  it('drops what cannot be delivered instead of retrying it for ever', async () => {
    const eventId = await notify({
      accountId: '00000000-0000-4000-8000-000000000000',
      kind: 'application.submitted',
      params: { applicationNo: '44060020261201000000067', matterName: '社会保障卡补领' },
    });
    await t.ctx.outbox.drain();
    const row = await outboxRow(eventId);
    expect(row.processedAt).not.toBeNull();
    await expect(
      notify({
        accountId: zhangsanId,
        kind: 'application.refused',
        params: { applicationNo: '44060020261201000000067', matterName: '社会保障卡补领' },
      }),
    ).rejects.toThrow(/reason/);
  });

  it('shows the development mailbox to the system administrator only, addresses masked', async () => {
    await devMailbox(t.ctx.db, t.ctx.writes, t.ctx.cipher).mail.send({
      to: { name: '张三', address: 'zhangsan@example.com' },
      subject: '【佛山一网通办】测试',
      text: '正文',
    });
    const admin = await login(t.app, 'sysadmin', { staff: true });
    const res = await t.app.inject({ url: '/api/v1/dev-mailbox?pageSize=100', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items[0]).toMatchObject({
      channel: 'email',
      to: 'z***@example.com',
      subject: '【佛山一网通办】测试',
    });
    expect(page.items.find((m: { channel: string }) => m.channel === 'sms').to).toBe('138****8001');
    const smsOnly = await t.app.inject({
      url: '/api/v1/dev-mailbox?channel=sms',
      headers: { cookie: admin },
    });
    expect(smsOnly.json().total).toBe((await sms()).length);
    expect(
      (await t.app.inject({ url: '/api/v1/dev-mailbox', headers: { cookie: zhangsan } })).statusCode,
    ).toBe(403);
  });
});

describe.each(databaseKinds())('notifications with real senders only on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {}, { SMTP_URL: 'smtp://127.0.0.1:1', SMS_PROVIDER: 'none' });
  });
  afterAll(() => t.close());

  it('has no development mailbox and no text messages', async () => {
    const admin = await login(t.app, 'sysadmin', { staff: true });
    expect((await t.app.inject({ url: '/api/v1/dev-mailbox', headers: { cookie: admin } })).statusCode).toBe(
      404,
    );
    const person = await login(t.app, '13800138001');
    const prefs = await t.app.inject({
      url: '/api/v1/notifications/preferences',
      headers: { cookie: person },
    });
    expect(prefs.json()).toMatchObject({ smsAvailable: false, maskedMobile: '138****8001' });
  });
});
