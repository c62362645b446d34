import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { activePdf } from '../../test-support/hostile-files.js';
import { MATERIALS_MATTER, publishMaterialsMatter, uploadFor } from '../../test-support/materials-matter.js';
import { multipartBody, sampleOfd, samplePdf, samplePng } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';

const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

describe.each(databaseKinds())('uploads on %s', (kind) => {
  let t: TestApp;
  let zhangsan: string;
  let wangwu: string;
  let pdf: Buffer;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await publishMaterialsMatter(t);
    zhangsan = await login(t.app, '13800138001');
    wangwu = await login(t.app, '13800138003');
    pdf = await samplePdf();
  });
  afterAll(() => t.close());

  const discard = (cookie: string, id: string) =>
    t.app.inject({ method: 'DELETE', url: `/api/v1/uploads/${id}`, headers: { cookie } });

  it('takes PDF, JPEG, PNG and OFD by their content, keeping the Chinese file name', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['申请表.pdf', pdf, 'application/pdf'],
      ['照片.jpg', JPEG, 'image/jpeg'],
      ['扫描件.PNG', await samplePng(), 'image/png'],
      ['电子证明.ofd', sampleOfd(), 'application/ofd'],
    ];
    for (const [name, bytes, type] of cases) {
      const res = await uploadFor(t, zhangsan, 'm2', name, bytes);
      expect(res.statusCode, name).toBe(201);
      expect(res.json()).toMatchObject({ fileName: name, mediaType: type, byteSize: bytes.length });
      expect(res.json().sm3).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('refuses a file that only pretends to be a PDF, or is too big for its material', async () => {
    const fake = await uploadFor(t, zhangsan, 'm1', '申请表.pdf', Buffer.from('<html>not a pdf</html>'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json()).toMatchObject({ code: 'file.unsupported_type', errors: [{ field: 'file' }] });
    expect(fake.json().errors[0].message).toContain('仅接受 PDF、JPG、PNG 或 OFD');
    // m1 allows 1 MB per file.
    const big = await uploadFor(
      t,
      zhangsan,
      'm1',
      'big.pdf',
      Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().errors[0]).toMatchObject({
      field: 'file',
      code: 'file.too_large',
      message: '文件过大：单个文件不得超过 1 MB',
    });
  });

  it('refuses a PDF that would act on its own in a viewer, or whose content cannot be inspected', async () => {
    const lisi = await login(t.app, '13800138002');
    const upload = (bytes: Uint8Array, language = 'zh-CN') => {
      const body = multipartBody('申请表.pdf', bytes);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/uploads?matterCode=${MATERIALS_MATTER}&materialId=m2`,
        headers: { cookie: lisi, 'accept-language': language, ...body.headers },
        payload: body.payload,
      });
    };
    const refusal = async (bytes: Uint8Array) => {
      const res = await upload(bytes);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return [res.statusCode, res.json().errors[0].code];
    };
    for (const activity of ['javascript', 'escaped-javascript', 'launch', 'embedded-file'] as const)
      expect(await refusal(await activePdf(activity)), activity).toEqual([422, 'upload.pdf_active_content']);
    expect(await refusal(await activePdf('disguised-object-stream'))).toEqual([422, 'upload.pdf_unreadable']);
    const locked = await PDFDocument.load(pdf);
    locked.context.trailerInfo.Encrypt = locked.context.register(
      locked.context.obj({ Filter: 'Standard', V: 1, R: 2 }),
    );
    expect(await refusal(await locked.save())).toEqual([422, 'upload.pdf_encrypted']);
    const script = await activePdf('javascript');
    expect((await upload(script)).json().errors[0].message).toContain('含有脚本');
    expect((await upload(script, 'en-US')).json().errors[0].message).toContain('print it to PDF');
    // Nothing was kept of them; an opening view and a web link are no reason to refuse.
    const open = await t.app.inject({
      url: `/api/v1/uploads?matterCode=${MATERIALS_MATTER}`,
      headers: { cookie: lisi },
    });
    expect(open.json().items).toEqual([]);
    const linked = await upload(await activePdf('goto-and-link'));
    expect(linked.statusCode, linked.body).toBe(201);
  });

  it('holds to the material’s count, and counts again once a file is discarded', async () => {
    const first = await uploadFor(t, wangwu, 'm1', 'a.pdf', pdf);
    await uploadFor(t, wangwu, 'm1', 'b.pdf', pdf);
    const third = await uploadFor(t, wangwu, 'm1', 'c.pdf', pdf);
    expect(third.statusCode).toBe(422);
    expect(third.json().errors[0]).toMatchObject({
      field: 'file',
      code: 'upload.too_many_files',
      message: '“临时救助申请表”最多上传 2 个文件，请先删除不需要的文件',
    });
    // Another person's count is their own.
    expect((await uploadFor(t, zhangsan, 'm1', 'a.pdf', pdf)).statusCode).toBe(201);
    expect((await discard(wangwu, first.json().fileId)).statusCode).toBe(204);
    expect((await uploadFor(t, wangwu, 'm1', 'c.pdf', pdf)).statusCode).toBe(201);
    const open = await t.app.inject({
      url: `/api/v1/uploads?matterCode=${MATERIALS_MATTER}`,
      headers: { cookie: wangwu },
    });
    expect(
      open.json().items.map((f: { fileName: string; materialId: string }) => [f.materialId, f.fileName]),
    ).toEqual([
      ['m1', 'b.pdf'],
      ['m1', 'c.pdf'],
    ]);
  });

  it('takes files only for materials the applicant uploads, and only from someone signed in', async () => {
    const shared = await uploadFor(t, zhangsan, 'm3', 'id.pdf', pdf);
    expect(shared.statusCode).toBe(422);
    expect(shared.json().errors[0]).toMatchObject({ field: 'materialId', code: 'upload.unknown_material' });
    expect((await uploadFor(t, zhangsan, 'm9', 'x.pdf', pdf)).statusCode).toBe(422);
    expect((await uploadFor(t, '', 'm1', 'x.pdf', pdf)).statusCode).toBe(401);
  });

  it('gives a file back to its owner only; to anyone else it does not exist', async () => {
    const { fileId } = (await uploadFor(t, zhangsan, 'm2', '病历.pdf', pdf)).json();
    const mine = await t.app.inject({ url: `/api/v1/uploads/${fileId}`, headers: { cookie: zhangsan } });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.headers['content-disposition']).toContain(encodeURIComponent('病历.pdf'));
    expect(Buffer.compare(mine.rawPayload, pdf)).toBe(0);
    for (const cookie of [wangwu, await login(t.app, 'sysadmin', { staff: true })]) {
      expect((await t.app.inject({ url: `/api/v1/uploads/${fileId}`, headers: { cookie } })).statusCode).toBe(
        404,
      );
      expect((await discard(cookie, fileId)).statusCode).toBe(404);
    }
    expect((await t.app.inject({ url: `/api/v1/uploads/${fileId}` })).statusCode).toBe(401);
    const absent = '00000000-0000-4000-8000-000000000000';
    expect(
      (await t.app.inject({ url: `/api/v1/uploads/${absent}`, headers: { cookie: zhangsan } })).statusCode,
    ).toBe(404);
  });

  it('records each upload and discard in the audit log, without the file name', async () => {
    const auditor = await login(t.app, 'auditadmin', { staff: true });
    const records = (
      await t.app.inject({
        url: '/api/v1/audit/records?action=upload.&pageSize=100',
        headers: { cookie: auditor },
      })
    ).json().items as { action: string; detail: unknown }[];
    expect(records.some((r) => r.action === 'upload.create')).toBe(true);
    expect(records.some((r) => r.action === 'upload.discard')).toBe(true);
    expect(JSON.stringify(records)).not.toContain('病历');
  });
});
