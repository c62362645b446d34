import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { MATERIALS_MATTER, publishMaterialsMatter, uploadFor } from '../../test-support/materials-matter.js';
import { samplePdf, samplePng } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { materialsOf } from './index.js';

describe.each(databaseKinds())('materials of an application on %s', (kind) => {
  let t: TestApp;
  let zhangsan: string;
  let wangwu: string;
  let versionId: string;
  let pdf: Buffer;
  beforeAll(async () => {
    t = await createTestApp(kind);
    versionId = await publishMaterialsMatter(t);
    zhangsan = await login(t.app, '13800138001');
    wangwu = await login(t.app, '13800138003');
    pdf = await samplePdf();
  });
  afterAll(() => t.close());

  const upload = async (cookie: string, materialId: string, name = 'file.pdf', bytes: Uint8Array = pdf) =>
    (await uploadFor(t, cookie, materialId, name, bytes)).json().fileId as string;
  const submit = (cookie: string, materials: { materialId: string; fileIds: string[] }[]) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie, 'idempotency-key': randomUUID() },
      payload: {
        matterCode: MATERIALS_MATTER,
        versionId,
        formData: { reason: '火灾' },
        materials,
        declaration: true,
      },
    });
  const problems = (res: { json(): { errors: { field: string; code: string; message: string }[] } }) =>
    res.json().errors.map((e) => [e.field, e.code, e.message]);

  it('names each required material still missing, and leaves out conditional and shared ones', async () => {
    const res = await submit(zhangsan, []);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('application.materials_invalid');
    expect(problems(res)).toEqual([
      ['materials.m1', 'application.material_missing', '请上传“临时救助申请表”'],
    ]);
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: zhangsan, 'idempotency-key': randomUUID(), 'accept-language': 'en-US' },
      payload: { matterCode: MATERIALS_MATTER, versionId, formData: { reason: 'fire' }, declaration: true },
    });
    expect(english.json().errors[0].message).toBe('Upload “临时救助申请表”');
  });

  it('refuses someone else’s file as if it did not exist, and files for unknown or shared materials', async () => {
    const his = await upload(wangwu, 'm1');
    const mine = await upload(zhangsan, 'm1');
    const res = await submit(zhangsan, [
      { materialId: 'm1', fileIds: [mine, his] },
      { materialId: 'm3', fileIds: [mine] },
      { materialId: 'm7', fileIds: [] },
    ]);
    expect(res.statusCode).toBe(422);
    expect(problems(res)).toEqual([
      ['materials.m1.fileIds.1', 'application.file_not_found', '文件不存在或不属于您，请重新上传'],
      ['materials.m3', 'application.unknown_material', '该事项没有这项需要上传的材料'],
      ['materials.m7', 'application.unknown_material', '该事项没有这项需要上传的材料'],
    ]);
    const absent = await submit(zhangsan, [{ materialId: 'm1', fileIds: [randomUUID()] }]);
    expect(problems(absent)[0]?.[1]).toBe('application.file_not_found');
  });

  it('holds to the material’s limits when attaching', async () => {
    const files = [await upload(wangwu, 'm2'), await upload(wangwu, 'm2'), await upload(wangwu, 'm2')];
    // m1 allows two files of at most 1 MB; these went up under m2, which allows 10 MB.
    const large = await upload(wangwu, 'm2', 'large.pdf', Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]));
    const res = await submit(wangwu, [
      { materialId: 'm1', fileIds: [...files, large] },
      { materialId: 'm2', fileIds: [files[0]!] },
    ]);
    expect(problems(res)).toEqual([
      ['materials.m1.fileIds', 'application.too_many_files', '“临时救助申请表”最多上传 2 个文件'],
      ['materials.m1.fileIds.3', 'application.file_too_large', '“临时救助申请表”的单个文件不得超过 1 MB'],
      ['materials.m2.fileIds.0', 'application.file_repeated', '同一文件不能重复提交'],
    ]);
  });

  it('links the files in the submission and shows them to the applicant, who alone downloads them', async () => {
    const form = await upload(zhangsan, 'm1', '临时救助申请表.pdf');
    const bill = await upload(zhangsan, 'm2', '票据.png', await samplePng());
    const res = await submit(zhangsan, [
      { materialId: 'm1', fileIds: [form] },
      { materialId: 'm2', fileIds: [bill] },
    ]);
    expect(res.statusCode).toBe(201);
    const { applicationNo } = res.json();
    const detail = (
      await t.app.inject({ url: `/api/v1/applications/${applicationNo}`, headers: { cookie: zhangsan } })
    ).json();
    expect(detail.materials).toEqual([
      {
        materialId: 'm1',
        materialName: '临时救助申请表',
        fileId: form,
        fileName: '临时救助申请表.pdf',
        mediaType: 'application/pdf',
        byteSize: pdf.length,
      },
      expect.objectContaining({
        materialId: 'm2',
        materialName: '医疗费用票据',
        fileId: bill,
        mediaType: 'image/png',
      }),
    ]);
    const url = `/api/v1/applications/${applicationNo}/materials/${form}`;
    const download = await t.app.inject({ url, headers: { cookie: zhangsan } });
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
    expect((await t.app.inject({ url, headers: { cookie: wangwu } })).statusCode).toBe(404);
    const notHeld = await upload(zhangsan, 'm2');
    const other = `/api/v1/applications/${applicationNo}/materials/${notHeld}`;
    expect((await t.app.inject({ url: other, headers: { cookie: zhangsan } })).statusCode).toBe(404);

    // Handed in: it can no longer be discarded and no longer counts against the material.
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/uploads/${form}`,
          headers: { cookie: zhangsan },
        })
      ).statusCode,
    ).toBe(409);
    const rows = await materialsOf(
      t.ctx.db,
      (
        await t.ctx.db
          .selectFrom('applications')
          .select('id')
          .where('applicationNo', '=', applicationNo)
          .executeTakeFirstOrThrow()
      ).id,
    );
    expect(rows.map((r) => [r.materialId, r.fileName, r.sm3.length])).toEqual([
      ['m1', '临时救助申请表.pdf', 64],
      ['m2', '票据.png', 64],
    ]);
  });

  it('keeps materials with a draft, checked as the applicant’s own, and shows their files again', async () => {
    const form = await upload(zhangsan, 'm1', '草稿附件.pdf');
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/application-drafts',
      headers: { cookie: zhangsan },
      payload: {
        matterCode: MATERIALS_MATTER,
        versionId,
        formData: {},
        materials: [{ materialId: 'm1', fileIds: [form] }],
      },
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({
      materials: [{ materialId: 'm1', fileIds: [form] }],
      files: [{ fileId: form, fileName: '草稿附件.pdf', mediaType: 'application/pdf' }],
    });
    const his = await upload(wangwu, 'm1');
    const stolen = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/application-drafts/${saved.json().id}`,
      headers: { cookie: zhangsan },
      payload: { formData: {}, materials: [{ materialId: 'm1', fileIds: [his] }] },
    });
    expect(stolen.statusCode).toBe(422);
    expect(problems(stolen)).toEqual([
      ['materials.m1.fileIds.0', 'application.file_not_found', '文件不存在或不属于您，请重新上传'],
    ]);
    const again = await t.app.inject({
      url: `/api/v1/application-drafts/${saved.json().id}`,
      headers: { cookie: zhangsan },
    });
    expect(again.json().files.map((f: { fileId: string }) => f.fileId)).toEqual([form]);
  });
});
