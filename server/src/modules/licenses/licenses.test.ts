import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitInTrx } from '../../platform/events/index.js';
import { fileStoreOf } from '../../platform/files/index.js';
import { pdfText } from '../../platform/pdf/index.js';
import { databaseKinds } from '../../test-support/databases.js';
import { scanQrCode } from '../../test-support/pdf-qr.js';
import { pdfsigTrusting } from '../../test-support/pdfsig.js';
import { multipartBody, samplePdf } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { caCertificatePem, ensureSealKeys } from '../seals/index.js';
import { notifyExpiringLicences } from './expiry-notices.js';
import { FOSHAN_LICENSE_TYPES } from './foshan-license-types.js';
import { parseLicenseNo } from './license-no.js';
import { FOOD_ANSWERS, FOOD_MATTER, foodLicensing } from './licenses.fixture.js';
import { licenseTypesOfMatters } from './types-service.js';

const ORG = '91440604MA4W12345N';

interface Item {
  id: string;
  licenseNo: string;
  applicationNo: string;
  status: string;
  revision: number;
}

describe.each(databaseKinds())('electronic licences on %s', (kind) => {
  let t: TestApp;
  let food: Awaited<ReturnType<typeof foodLicensing>>;
  const cookies: Record<string, string> = {};
  let issued: Item;

  beforeAll(async () => {
    t = await createTestApp(kind);
    food = await foodLicensing(t);
    cookies.org = await login(t.app, ORG);
    cookies.zhangsan = await login(t.app, '13800138001');
    for (const u of ['approver.sj', 'reviewer.sj', 'approver.zrzy', 'supervisor', 'sysadmin'])
      cookies[u] = await login(t.app, u, { staff: true });
    const no = await food.apply(cookies.org!);
    await food.approve(no);
    await t.ctx.outbox.drain();
    const wallet = (await get('/api/v1/my/licenses', 'org')).json() as Item[];
    issued = wallet.find((l) => l.applicationNo === no)!;
  }, 120_000);
  afterAll(() => t.close());

  const get = (url: string, who?: string) =>
    t.app.inject({ url, headers: who ? { cookie: cookies[who]! } : {} });
  const post = (url: string, payload: object, who?: string) =>
    t.app.inject({ method: 'POST', url, payload, headers: who ? { cookie: cookies[who]! } : {} });
  const row = (id: string) =>
    t.ctx.db.selectFrom('licenses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const count = async (table: string, where: Record<string, string>) => {
    let q = t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    for (const [k, v] of Object.entries(where)) q = q.where(k, '=', v);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const verifyToken = async (id: string) =>
    (await get(`/api/v1/licenses/verify/${(await row(id)).verifyToken}`)).json();
  const uploadPdf = (bytes: Uint8Array) => {
    const body = multipartBody('licence.pdf', bytes);
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/licenses/verify/pdf',
      headers: body.headers,
      payload: body.payload,
    });
  };
  const storedPdf = async (id: string) => (await fileStoreOf(t.ctx).read((await row(id)).pdfFileId))!.bytes;

  it('names the licence types several matters issue, each type once, none for no matter', async () => {
    const two = FOSHAN_LICENSE_TYPES.filter((type) => type.kind === 'license').slice(0, 2);
    const codes = two.flatMap((type) => type.matterCodes);
    const types = await licenseTypesOfMatters(t.ctx.db, [...codes, ...codes, '440600-XX-0000']);
    expect(types.map((type) => type.code).sort()).toEqual(two.map((type) => type.code).sort());
    expect(await licenseTypesOfMatters(t.ctx.db, [])).toEqual([]);
  });

  it('issues the licence of an approved application: numbered, sealed twice, in the holder’s wallet', async () => {
    expect(issued).toMatchObject({ status: 'valid' });
    expect(parseLicenseNo(issued.licenseNo)).toMatchObject({ ok: true });
    expect(issued.licenseNo).toMatch(/^JY440600\d{10}.$/);
    const licence = await row(issued.id);
    // Personal data sealed at rest; the seal's SM2 signature and the PDF's digest on record.
    expect(licence.holderIdEnc).not.toContain(ORG);
    expect(licence.dataEnc).not.toContain('季华五路');
    expect(licence).toMatchObject({ sealAlgorithm: 'SM2-SM3', validUntil: expect.any(String) });
    const issuance = await t.ctx.db
      .selectFrom('licenseIssuances')
      .selectAll()
      .where('licenseId', '=', issued.id)
      .executeTakeFirstOrThrow();
    expect(issuance).toMatchObject({ status: 'issued', attempts: 1, lastError: null });
    expect(issuance.durationMs).toBeGreaterThan(0);
    expect(await count('auditRecords', { action: 'license.issue', objectId: issued.id })).toBe(1);

    const detail = (await get(`/api/v1/my/licenses/${issued.id}`, 'org')).json();
    expect(detail.fields).toEqual(
      expect.arrayContaining([
        { label: '名称', value: FOOD_ANSWERS.orgName },
        { label: '经营场所', value: '佛山市禅城区季华五路18号' },
        { label: '经营项目', value: '热食类食品制售、自制饮品制售' },
      ]),
    );
    expect(detail.verifyCode).toMatch(/^[0-9A-HJ-NP-RT-UW-Y]{8}$/);

    const pdf = await storedPdf(issued.id);
    const text = (await pdfText(pdf)).join('\n');
    for (const printed of ['食品经营许可证', issued.licenseNo, '佛山市市场监督管理局', '热食类食品制售'])
      expect(text).toContain(printed);
    // Scanned off the page, its QR code leads to the licence's own verification page.
    expect(scanQrCode(pdf)).toBe(detail.verifyUrl);
    // poppler's pdfsig checks the embedded PAdES signature as any reader trusting the platform CA would.
    const pdfsig = pdfsigTrusting(await caCertificatePem(t.ctx));
    try {
      const { output } = pdfsig.check(pdf);
      expect(output).toContain('Signature Validation: Signature is Valid.');
      expect(output).toContain('Certificate Validation: Certificate is Trusted.');
      expect(output).toContain('佛山市市场监督管理局');
    } finally {
      pdfsig.close();
    }
  });

  it('issues once however often the approval is delivered', async () => {
    const licence = await row(issued.id);
    await t.ctx.db.transaction().execute((trx) =>
      emitInTrx(trx, 'application.approved', {
        applicationId: licence.applicationId,
        applicationNo: licence.applicationNo,
        matterCode: FOOD_MATTER,
        department: 'FS-SJ',
        opinion: '准予许可',
        legalBasis: null,
      }),
    );
    await t.ctx.outbox.drain();
    expect(await count('licenses', { applicationId: licence.applicationId })).toBe(1);
  });

  it('verifies by QR code, by number and code, and by the PDF: valid, with the issuer and the masked holder', async () => {
    const byToken = await verifyToken(issued.id);
    expect(byToken).toMatchObject({
      status: 'valid',
      licenseNo: issued.licenseNo,
      typeName: '食品经营许可证',
      issuerName: '佛山市市场监督管理局',
      holder: FOOD_ANSWERS.orgName,
      copy: null,
    });
    const { verifyCode } = (await get(`/api/v1/my/licenses/${issued.id}`, 'org')).json();
    // As people type it: lower case, spaces, a dash in the code.
    const spaced = `${issued.licenseNo.slice(0, 8)} ${issued.licenseNo.slice(8)}`.toLowerCase();
    const byCode = await post('/api/v1/licenses/verify', {
      licenseNo: spaced,
      verifyCode: `${verifyCode.slice(0, 4)}-${verifyCode.slice(4).toLowerCase()}`,
    });
    expect(byCode.statusCode, byCode.body).toBe(200);
    expect(byCode.json().status).toBe('valid');
    const wrongCode = await post('/api/v1/licenses/verify', {
      licenseNo: issued.licenseNo,
      verifyCode: 'AAAAAAAA',
    });
    const unknown = await post('/api/v1/licenses/verify', { licenseNo: 'JY4406002026999999A', verifyCode });
    expect([wrongCode.statusCode, unknown.statusCode]).toEqual([404, 404]);
    expect(wrongCode.json().code).toBe(unknown.json().code);
    expect((await get('/api/v1/licenses/verify/AAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);

    const upload = await uploadPdf(await storedPdf(issued.id));
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json()).toMatchObject({ status: 'valid', licenseNo: issued.licenseNo });
  });

  it('answers tampered for one changed byte of the PDF or of the licence data', async () => {
    const pdf = Buffer.from(await storedPdf(issued.id));
    const changed = Buffer.from(pdf);
    const at = Math.floor(changed.length / 2);
    changed[at] = changed[at]! ^ 0x01;
    const upload = await uploadPdf(changed);
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json()).toMatchObject({ status: 'tampered', licenseNo: issued.licenseNo });
    // A PDF that is no licence of ours is not "tampered": it is unknown.
    expect((await uploadPdf(await samplePdf())).statusCode).toBe(404);

    const original = await row(issued.id);
    const setData = (dataEnc: string) =>
      t.ctx.db.updateTable('licenses').set({ dataEnc }).where('id', '=', issued.id).execute();
    try {
      // Someone with the database key changes one character of the data: the seal no longer covers it.
      const content = t.ctx.cipher.decrypt(original.dataEnc);
      await setData(t.ctx.cipher.encrypt(content.replace('自制饮品制售', '自制饮品制作')));
      expect((await verifyToken(issued.id)).status).toBe('tampered');
      // Someone without it changes one byte of the sealed column: it no longer opens.
      const flipped =
        original.dataEnc.slice(0, 40) +
        (original.dataEnc[40] === 'a' ? 'b' : 'a') +
        original.dataEnc.slice(41);
      await setData(flipped);
      expect((await verifyToken(issued.id)).status).toBe('tampered');
      // A column changed on its own (a longer validity) disagrees with what was sealed.
      await setData(original.dataEnc);
      await t.ctx.db
        .updateTable('licenses')
        .set({ validUntil: '2099-12-31' })
        .where('id', '=', issued.id)
        .execute();
      expect((await verifyToken(issued.id)).status).toBe('tampered');
    } finally {
      await t.ctx.db
        .updateTable('licenses')
        .set({ dataEnc: original.dataEnc, validUntil: original.validUntil })
        .where('id', '=', issued.id)
        .execute();
    }
    expect((await verifyToken(issued.id)).status).toBe('valid');
  });

  it('lets the issuing department suspend, reinstate and revoke with a reason; verification follows at once', async () => {
    const url = (action: string) => `/api/v1/licenses/${issued.id}/${action}`;
    const body = (revision: number) => ({ reason: '经营场所不符合食品安全要求', expectedRevision: revision });
    // Another department's approver does not find it; a reviewer may not decide; the public may not either.
    expect((await post(url('suspend'), body(1), 'approver.zrzy')).statusCode).toBe(404);
    expect((await post(url('suspend'), body(1), 'reviewer.sj')).statusCode).toBe(403);
    expect((await post(url('suspend'), body(1), 'zhangsan')).statusCode).toBe(403);
    expect((await post(url('suspend'), body(1))).statusCode).toBe(401);
    const noReason = await post(url('suspend'), { reason: ' ', expectedRevision: 1 }, 'approver.sj');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');

    const revision = (await row(issued.id)).revision;
    expect((await post(url('reinstate'), body(revision), 'approver.sj')).statusCode).toBe(409);
    const suspended = await post(url('suspend'), body(revision), 'approver.sj');
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(await verifyToken(issued.id)).toMatchObject({
      status: 'suspended',
      statusReason: '经营场所不符合食品安全要求',
    });
    // A second decision made on the same reading loses.
    expect((await post(url('revoke'), body(revision), 'approver.sj')).statusCode).toBe(409);
    expect((await post(url('reinstate'), body(revision + 1), 'approver.sj')).statusCode).toBe(200);
    expect((await verifyToken(issued.id)).status).toBe('valid');
    expect(await count('auditRecords', { action: 'license.suspend', objectId: issued.id })).toBe(1);
    expect(await count('outboxEvents', { topic: 'license.reinstated' })).toBe(1);

    // A licence to revoke for good: another approved application.
    const no = await food.apply(cookies.org!);
    await food.approve(no);
    await t.ctx.outbox.drain();
    const other = ((await get('/api/v1/my/licenses', 'org')).json() as Item[]).find(
      (l) => l.applicationNo === no,
    )!;
    const revoked = await post(
      `/api/v1/licenses/${other.id}/revoke`,
      { reason: '以欺骗手段取得许可', expectedRevision: 1 },
      'approver.sj',
    );
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', statusReason: '以欺骗手段取得许可' });
    expect(await verifyToken(other.id)).toMatchObject({
      status: 'revoked',
      statusReason: '以欺骗手段取得许可',
    });
    expect(
      (
        await post(
          `/api/v1/licenses/${other.id}/revoke`,
          { reason: '再次撤销', expectedRevision: 2 },
          'approver.sj',
        )
      ).statusCode,
    ).toBe(409);
    // What is revoked is not handed on.
    expect(
      (await post(`/api/v1/my/licenses/${other.id}/copies`, { purpose: '投标' }, 'org')).statusCode,
    ).toBe(409);
    expect((await post(`/api/v1/my/licenses/${other.id}/shares`, { days: 1 }, 'org')).statusCode).toBe(409);
    const listed = (await get('/api/v1/licenses?status=revoked', 'approver.sj')).json();
    expect(listed.items.map((l: Item) => l.id)).toEqual([other.id]);
    expect((await get('/api/v1/licenses', 'approver.zrzy')).json().total).toBe(0);
    // Found by the start of its number (in any case), of its application's number, or by the holder's name.
    const found = async (q: string) =>
      ((await get(`/api/v1/licenses?q=${encodeURIComponent(q)}`, 'approver.sj')).json().items as Item[]).map(
        (l) => l.id,
      );
    expect(await found(issued.licenseNo.toLowerCase())).toEqual([issued.id]);
    expect(await found(no)).toEqual([other.id]);
    expect((await found('示例科技')).sort()).toEqual([issued.id, other.id].sort());
    expect(await found('JY9')).toEqual([]);
    expect((await get(`/api/v1/licenses?q=${issued.licenseNo}`, 'approver.zrzy')).json().total).toBe(0);
  });

  it('tells the holder, in its own language, of each licence issued, suspended, reinstated and revoked', async () => {
    await t.ctx.outbox.drain();
    const notices = async () =>
      (
        (await get('/api/v1/notifications?pageSize=50', 'org')).json().items as {
          kind: string;
          title: string;
          body: string;
          link: string;
        }[]
      ).filter((n) => n.kind.startsWith('license.'));
    const zh = await notices();
    expect(zh.map((n) => n.kind).sort()).toEqual([
      'license.issued',
      'license.issued',
      'license.reinstated',
      'license.revoked',
      'license.suspended',
    ]);
    const suspended = zh.find((n) => n.kind === 'license.suspended')!;
    expect(suspended).toMatchObject({ title: '电子证照已暂停', link: '/my/licenses' });
    expect(suspended.body).toBe(
      `您的电子证照“食品经营许可证”（证照编号${issued.licenseNo}）已被佛山市市场监督管理局暂停使用，原因：经营场所不符合食品安全要求。暂停期间不能用于办事和出示。`,
    );
    expect(zh.find((n) => n.kind === 'license.revoked')!.body).toContain('以欺骗手段取得许可');
    // Nobody else hears of it.
    const others = (await get('/api/v1/notifications?pageSize=50', 'zhangsan')).json().items;
    expect(others.filter((n: { kind: string }) => n.kind.startsWith('license.'))).toEqual([]);

    // The organisation reads English: the next change reaches it in English.
    const prefs = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      headers: { cookie: cookies.org! },
      payload: { email: null, emailEnabled: false, smsEnabled: false, language: 'en-US' },
    });
    expect(prefs.statusCode, prefs.body).toBe(200);
    const { revision } = await row(issued.id);
    for (const [action, expected] of [
      ['suspend', revision],
      ['reinstate', revision + 1],
    ] as const)
      expect(
        (
          await post(
            `/api/v1/licenses/${issued.id}/${action}`,
            { reason: 'Inspection', expectedRevision: expected },
            'approver.sj',
          )
        ).statusCode,
      ).toBe(200);
    await t.ctx.outbox.drain();
    const en = (await notices()).filter((n) => !zh.some((z) => z.body === n.body));
    expect(en.map((n) => n.title).sort()).toEqual([
      'Electronic licence reinstated',
      'Electronic licence suspended',
    ]);
    expect(en.find((n) => n.kind === 'license.suspended')!.body).toBe(
      `Your electronic licence “食品经营许可证” (no. ${issued.licenseNo}) has been suspended by 佛山市市场监督管理局. Reason: Inspection. It cannot be used or shown while suspended.`,
    );
  });

  it('tells the holder once when a licence is about to expire, and again for a renewed validity', async () => {
    const { validUntil } = await row(issued.id);
    const setLastDay = (day: string | null) =>
      t.ctx.db.updateTable('licenses').set({ validUntil: day }).where('id', '=', issued.id).execute();
    const expiring = async () =>
      (
        await t.ctx.db
          .selectFrom('outboxEvents')
          .select('payload')
          .where('topic', '=', 'notification.requested')
          .execute()
      ).filter((e) => String(e.payload).includes('license.expiring')).length;
    const now = new Date('2026-11-26T02:00:00Z');
    try {
      // Forty days out: not yet; twenty days out: once, however often the look runs.
      await setLastDay('2027-01-05');
      expect(await notifyExpiringLicences(t.ctx, now)).toBe(0);
      await setLastDay('2026-12-16');
      expect(await notifyExpiringLicences(t.ctx, now)).toBe(1);
      expect(await notifyExpiringLicences(t.ctx, now)).toBe(0);
      expect(await expiring()).toBe(1);
      // Renewed to a new last day that comes round again: told again.
      await setLastDay('2026-12-20');
      expect(await notifyExpiringLicences(t.ctx, now)).toBe(1);
      // One past its last day is not told.
      await setLastDay('2026-11-25');
      expect(await notifyExpiringLicences(t.ctx, now)).toBe(0);
      await t.ctx.outbox.drain();
      const told = (await get('/api/v1/notifications?pageSize=50', 'org'))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'license.expiring');
      // The organisation reads English (set in the test before).
      expect(told.map((n: { body: string }) => n.body)).toContain(
        `Your electronic licence “食品经营许可证” (no. ${issued.licenseNo}) expires on December 16, 2026. Apply for a renewal in time if you still need it.`,
      );
    } finally {
      await setLastDay(validUntil);
    }
  });

  it('shows the wallet to the holder only: the organisation and its agents, nobody else', async () => {
    const mine = `/api/v1/my/licenses/${issued.id}`;
    expect((await get(mine, 'org')).statusCode).toBe(200);
    expect((await get(mine, 'zhangsan')).statusCode).toBe(404);
    expect((await get(`/api/v1/my/licenses/${randomUUID()}`, 'org')).statusCode).toBe(404);
    expect((await get(mine, 'approver.sj')).statusCode).toBe(403);
    expect((await get(mine)).statusCode).toBe(401);
    expect((await get('/api/v1/my/licenses', 'zhangsan')).json()).toEqual([]);

    // 王五 is the company's agent: acting for it, he holds its wallet; as himself, his own (empty) one.
    const wangwu = await login(t.app, '13800138003');
    const orgId = (await row(issued.id)).holderAccountId;
    const asHimself = await t.app.inject({ url: '/api/v1/my/licenses', headers: { cookie: wangwu } });
    expect(asHimself.json()).toEqual([]);
    const switched = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/acting-for',
      headers: { cookie: wangwu },
      payload: { organizationId: orgId },
    });
    expect(switched.statusCode).toBe(200);
    const asAgent = await t.app.inject({ url: '/api/v1/my/licenses', headers: { cookie: wangwu } });
    expect(asAgent.json().map((l: Item) => l.id)).toContain(issued.id);
  });

  it('hands the holder a copy watermarked with its use and date; the copy verifies as such, the original stays as issued', async () => {
    const before = await storedPdf(issued.id);
    const res = await post(`/api/v1/my/licenses/${issued.id}/copies`, { purpose: '银行开户' }, 'org');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const copy = res.rawPayload;
    const text = (await pdfText(copy)).join('\n');
    expect(text).toContain('仅供银行开户使用');
    expect(text).toContain('仅用于：银行开户');
    const checked = (await uploadPdf(copy)).json();
    expect(checked).toMatchObject({ status: 'valid', copy: { purpose: '银行开户' } });
    expect(Buffer.compare(Buffer.from(before), Buffer.from(await storedPdf(issued.id)))).toBe(0);
    expect(await count('auditRecords', { action: 'license.copy', objectId: issued.id })).toBe(1);

    expect((await post(`/api/v1/my/licenses/${issued.id}/copies`, { purpose: '' }, 'org')).statusCode).toBe(
      400,
    );
    expect(
      (await post(`/api/v1/my/licenses/${issued.id}/copies`, { purpose: '盗用' }, 'zhangsan')).statusCode,
    ).toBe(404);
  });

  it('shares a verification link that shows the licence until it expires', async () => {
    const res = await post(`/api/v1/my/licenses/${issued.id}/shares`, { days: 3 }, 'org');
    expect(res.statusCode, res.body).toBe(201);
    const { token, url, expiresAt } = res.json();
    expect(url).toMatch(new RegExp(`/licenses/shared/${token}$`));
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(2.9 * 86_400_000);
    const shared = (await get(`/api/v1/licenses/shared/${token}`)).json();
    expect(shared).toMatchObject({ status: 'valid', licenseNo: issued.licenseNo });
    expect(shared.fields).toContainEqual({ label: '主体业态', value: '餐饮服务经营者' });
    expect((await post(`/api/v1/my/licenses/${issued.id}/shares`, { days: 31 }, 'org')).statusCode).toBe(400);

    await t.ctx.db
      .updateTable('licenseShares')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('token', '=', token)
      .execute();
    expect((await get(`/api/v1/licenses/shared/${token}`)).statusCode).toBe(410);
  });

  it('answers expired after the validity, and revoked once the approval itself is revoked', async () => {
    const no = await food.apply(cookies.org!);
    const application = await t.ctx.db
      .selectFrom('applications')
      .select('id')
      .where('applicationNo', '=', no)
      .executeTakeFirstOrThrow();
    const event = {
      applicationId: application.id,
      applicationNo: no,
      matterCode: FOOD_MATTER,
      department: 'FS-SJ',
      opinion: '准予许可',
      legalBasis: null,
    };
    // Approved in 2019 (as a migrated history would replay it): five years ran out in 2024.
    await t.ctx.db
      .transaction()
      .execute((trx) => emitInTrx(trx, 'application.approved', event, '2019-03-01T02:00:00.000Z'));
    await t.ctx.outbox.drain();
    const old = ((await get('/api/v1/my/licenses', 'org')).json() as Item[]).find(
      (l) => l.applicationNo === no,
    )!;
    expect(old).toMatchObject({ status: 'expired', validFrom: '2019-03-01', validUntil: '2024-02-29' });
    expect(old.licenseNo).toMatch(/^JY4406002019000001.$/);
    expect((await verifyToken(old.id)).status).toBe('expired');

    // 告知承诺不实: the workflow revokes the approval, and its licence goes with it.
    await t.ctx.db
      .transaction()
      .execute((trx) => emitInTrx(trx, 'application.revoked', { ...event, opinion: '承诺内容与实际不符' }));
    await t.ctx.outbox.drain();
    expect(await verifyToken(old.id)).toMatchObject({
      status: 'revoked',
      statusReason: '行政许可已撤销：承诺内容与实际不符',
    });
  });

  it('keeps an issuance the seal cannot sign pending, visibly, and issues it once the seal is fixed', async () => {
    const department = await t.ctx.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'FS-SJ')
      .executeTakeFirstOrThrow();
    // The security administrator's key is gone (retired without a successor).
    await t.ctx.db
      .updateTable('sealKeys')
      .set({ activeSlot: null, retiredAt: new Date().toISOString() })
      .where('ownerId', '=', department.id)
      .where('activeSlot', 'is not', null)
      .execute();
    const no = await food.apply(cookies.org!);
    await food.approve(no);
    await t.ctx.outbox.drain();
    const pending = (await get('/api/v1/licenses/issuances?status=pending', 'approver.sj')).json();
    expect(pending).toEqual([
      expect.objectContaining({
        applicationNo: no,
        status: 'pending',
        attempts: 1,
        lastError: 'seal.unavailable',
      }),
    ]);
    expect((await get('/api/v1/licenses/issuances?status=pending', 'approver.zrzy')).json()).toEqual([]);
    const event = await t.ctx.db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('topic', '=', 'application.approved')
      .where('processedAt', 'is', null)
      .executeTakeFirstOrThrow();
    expect(event.lastError).toContain('seal.unavailable');
    expect(await t.ctx.outbox.pending()).toBeGreaterThan(0);
    // What the retired key signed still verifies.
    expect((await verifyToken(issued.id)).status).toBe('valid');

    await ensureSealKeys(t.ctx, [{ departmentId: department.id }]);
    await t.ctx.db
      .updateTable('outboxEvents')
      .set({ availableAt: new Date().toISOString() })
      .where('id', '=', event.id)
      .execute();
    await t.ctx.outbox.drain();
    const done = (await get('/api/v1/licenses/issuances?status=issued', 'approver.sj')).json();
    expect(done.find((i: { applicationNo: string }) => i.applicationNo === no)).toMatchObject({
      attempts: 2,
    });
    const wallet = (await get('/api/v1/my/licenses', 'org')).json() as Item[];
    expect(wallet.find((l) => l.applicationNo === no)).toMatchObject({ status: 'valid' });
  });

  it('keeps the licence catalogue: seeded types and shared-data sources, definitions checked before they are kept', async () => {
    const types = (await get('/api/v1/license-types')).json();
    expect(types.filter((x: { kind: string }) => x.kind === 'license').length).toBeGreaterThanOrEqual(10);
    expect(types.find((x: { name: string }) => x.name === '居民身份证')).toMatchObject({
      kind: 'shared_data',
      departmentCode: 'FS-GA',
    });
    const food = types.find((x: { code: string }) => x.code === 'FOOD_BUSINESS_PERMIT');
    expect(food).toMatchObject({ matterCodes: [FOOD_MATTER], validity: { kind: 'years', years: 5 } });

    const put = (code: string, body: object, who = 'sysadmin') =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/admin/license-types/${code}`,
        payload: body,
        headers: { cookie: cookies[who]! },
      });
    const definition = {
      kind: 'license',
      code: 'TEST_PERMIT',
      name: '测试许可证',
      prefix: 'TQ',
      departmentCode: 'FS-SJ',
      holderKinds: ['organization'],
      matterCodes: ['440600-SJ-9999'],
      validity: { kind: 'years', years: 3 },
      fields: [{ key: 'holderName', label: '名称', type: 'text', from: ['$holder.name'] }],
      layout: { fields: ['holderName'], seal: { x: 148, y: 62 } },
    };
    const bad = await put('TEST_PERMIT', {
      definition: { ...definition, prefix: 'TO', layout: { fields: ['nope'], seal: { x: 148, y: 62 } } },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['definition.layout.fields.0', 'definition.prefix']);
    expect(
      (await put('TEST_PERMIT', { definition: { ...definition, departmentCode: 'FS-NOPE' } })).statusCode,
    ).toBe(400);
    expect((await put('TEST_PERMIT', { definition }, 'approver.sj')).statusCode).toBe(403);
    const created = await put('TEST_PERMIT', { definition });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ revision: 1, matterCodes: ['440600-SJ-9999'] });
    const changed = await put('TEST_PERMIT', {
      definition: { ...definition, name: '测试许可证（新版）' },
      expectedRevision: 1,
    });
    expect(changed.json()).toMatchObject({ revision: 2, name: '测试许可证（新版）' });
    expect((await put('TEST_PERMIT', { definition, expectedRevision: 1 })).statusCode).toBe(409);
    expect(
      (
        await put('TEST_PERMIT', {
          definition: { ...definition, name: '食品经营许可证' },
          expectedRevision: 2,
        })
      ).statusCode,
    ).toBe(409);
  });
});
