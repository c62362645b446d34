import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { activePdf } from '../../test-support/hostile-files.js';
import { MATERIALS_GUIDE } from '../../test-support/materials-matter.js';
import { multipartBody, samplePdf, samplePng } from '../../test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { withMaterialIds } from './material-ids.js';
import type { MaterialInput } from './model.js';

const material = (name: string, extra: Partial<MaterialInput> = {}): MaterialInput => ({
  name,
  form: 'original',
  copies: 1,
  requirement: 'required',
  key: true,
  source: { kind: 'applicant' },
  ...extra,
});

const guide = MATERIALS_GUIDE;
const code = '440600-MZ-9301';

describe('material ids', () => {
  it('numbers new materials after the highest mN, keeps given ids, never repeats one', () => {
    const given = fc.option(fc.constantFrom('m1', 'm2', 'm7', 'photo'), { nil: undefined });
    fc.assert(
      fc.property(fc.uniqueArray(given, { maxLength: 8, selector: (x) => x ?? Math.random() }), (ids) => {
        const out = withMaterialIds({ ...guide, materials: ids.map((id) => material('x', { id })) });
        const result = out.materials.map((m) => m.id);
        expect(new Set(result).size).toBe(result.length);
        ids.forEach((id, i) => {
          if (id) expect(result[i]).toBe(id);
        });
      }),
    );
    expect(withMaterialIds(guide).materials.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });
});

describe.each(databaseKinds())('blank forms and filled samples on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let pdf: Buffer;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await login(t.app, 'sysadmin', { staff: true });
    pdf = await samplePdf('Temporary assistance application');
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/matters',
      headers: { cookie: admin },
      payload: { code, guide },
    });
  });
  afterAll(() => t.close());

  const upload = (cookie: string, fileName: string, bytes: Uint8Array, matter = code) => {
    const body = multipartBody(fileName, bytes, 'application/pdf');
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/matters/${matter}/material-files`,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
  };
  const saveDraft = (materials: MaterialInput[]) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/matters/${code}/draft`,
      headers: { cookie: admin },
      payload: { guide: { ...guide, materials } },
    });

  it('gives materials ids, and keeps limits as written', async () => {
    const res = await t.app.inject({ url: `/api/v1/admin/matters/${code}`, headers: { cookie: admin } });
    const materials = res.json().versions[0].guide.materials;
    expect(materials.map((m: { id: string }) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(materials[0]).toMatchObject({ maxFiles: 2, maxSizeMb: 1 });
    expect(materials[1].maxFiles).toBeUndefined();
  });

  it('takes a template and a sample by content, names them in a new version, and serves them once published', async () => {
    const template = await upload(admin, 'blank.pdf', pdf);
    expect(template.statusCode).toBe(201);
    expect(template.json()).toMatchObject({
      fileName: 'blank.pdf',
      mediaType: 'application/pdf',
      byteSize: pdf.length,
    });
    const sample = await upload(admin, '样例.png', await samplePng());
    expect(sample.json()).toMatchObject({ fileName: '样例.png', mediaType: 'image/png' });

    const [first, second] = guide.materials;
    const saved = await saveDraft([
      { ...first!, id: 'm1', templateFileId: template.json().fileId, sampleFileId: sample.json().fileId },
      { ...second!, id: 'm2' },
    ]);
    expect(saved.json()).toEqual({ version: 1 });
    // Not public before publication.
    expect((await t.app.inject({ url: `/api/v1/matters/${code}/materials/m1/template` })).statusCode).toBe(
      404,
    );
    // The maintainer may look at it in the editor meanwhile.
    const preview = await t.app.inject({
      url: `/api/v1/admin/matters/${code}/material-files/${template.json().fileId}`,
      headers: { cookie: admin },
    });
    expect(Buffer.compare(preview.rawPayload, pdf)).toBe(0);

    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/matters/${code}/publish`,
      headers: { cookie: admin },
    });
    const guideRes = (await t.app.inject({ url: `/api/v1/matters/${code}` })).json();
    expect(guideRes.guide.materials[0]).toMatchObject({ id: 'm1', templateFileId: template.json().fileId });

    const download = await t.app.inject({ url: `/api/v1/matters/${code}/materials/m1/template` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="download.pdf"; filename*=UTF-8''${encodeURIComponent('临时救助申请表（空白表格）.pdf')}`,
    );
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
    const sampleDownload = await t.app.inject({ url: `/api/v1/matters/${code}/materials/m1/sample` });
    expect(sampleDownload.headers['content-type']).toBe('image/png');
    expect(sampleDownload.headers['content-disposition']).toContain(
      encodeURIComponent('临时救助申请表（填写样例）.png'),
    );

    expect((await t.app.inject({ url: `/api/v1/matters/${code}/materials/m2/template` })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: `/api/v1/matters/${code}/materials/m9/sample` })).statusCode).toBe(404);
  });

  it('removes a template with a new version, leaving the published one until then', async () => {
    const [first, second] = guide.materials;
    expect(
      (
        await saveDraft([
          { ...first!, id: 'm1' },
          { ...second!, id: 'm2' },
        ])
      ).json(),
    ).toEqual({ version: 2 });
    expect((await t.app.inject({ url: `/api/v1/matters/${code}/materials/m1/template` })).statusCode).toBe(
      200,
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/matters/${code}/publish`,
      headers: { cookie: admin },
    });
    expect((await t.app.inject({ url: `/api/v1/matters/${code}/materials/m1/template` })).statusCode).toBe(
      404,
    );
  });

  it('refuses what is not a document by content, whatever its name, and what is too large', async () => {
    const fake = await upload(admin, '申请表.pdf', Buffer.from('MZ\x90\x00 this is an executable'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json()).toMatchObject({
      code: 'file.unsupported_type',
      errors: [{ field: 'file', code: 'file.unsupported_type' }],
    });
    expect(fake.json().title).toContain('PDF');
    const big = await upload(
      admin,
      'big.pdf',
      Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024 + 1)]),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({
      code: 'file.too_large',
      errors: [{ field: 'file', code: 'file.too_large' }],
    });
    // Everyone downloads a published form: one that would run a script when opened is refused.
    const scripted = await upload(admin, '申请表.pdf', await activePdf('javascript'));
    expect(scripted.statusCode).toBe(422);
    expect(scripted.json()).toMatchObject({
      code: 'upload.pdf_active_content',
      errors: [{ field: 'file', code: 'upload.pdf_active_content' }],
    });
    const english = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/matters/${code}/material-files`,
      headers: { cookie: admin, 'accept-language': 'en-US', 'content-type': 'application/json' },
      payload: { file: 'x' },
    });
    expect(english.statusCode).toBe(415);
    expect(english.json().title).toMatch(/^Unsupported file/);
  });

  it('lets a guide name only catalogue files that exist', async () => {
    const person = await login(t.app, '13800138001');
    const body = multipartBody('id.pdf', pdf);
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/matters/440600-MZ-9301/material-files',
      headers: { cookie: person, ...body.headers },
      payload: body.payload,
    });
    expect(own.statusCode).toBe(403);
    const [first] = guide.materials;
    const res = await saveDraft([{ ...first!, templateFileId: '00000000-0000-4000-8000-000000000000' }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        field: 'guide.materials.0.templateFileId',
        code: 'catalogue.unknown_file',
        message: '引用的文件不存在，请重新上传',
      },
    ]);
    const twice = await saveDraft([
      { ...first!, id: 'm1' },
      { ...first!, id: 'm1' },
    ]);
    expect(twice.json().errors[0]).toMatchObject({
      field: 'guide.materials.1.id',
      code: 'catalogue.duplicate_material',
    });
  });

  it('keeps other departments’ maintainers out, and records uploads in the audit log', async () => {
    const sec = await login(t.app, 'secadmin', { staff: true });
    const staff = (
      await t.app.inject({ url: '/api/v1/staff?q=reviewer.zj', headers: { cookie: sec } })
    ).json().items[0];
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/${staff.id}`,
      headers: { cookie: sec },
      payload: { roles: ['catalogue_maintainer'] },
    });
    const maintainer = await login(t.app, 'reviewer.zj', { staff: true });
    expect((await upload(maintainer, 'a.pdf', pdf)).statusCode).toBe(404);
    const mine = await upload(admin, 'draft.pdf', pdf);
    const peek = await t.app.inject({
      url: `/api/v1/admin/matters/${code}/material-files/${mine.json().fileId}`,
      headers: { cookie: maintainer },
    });
    expect(peek.statusCode).toBe(404);

    const auditor = await login(t.app, 'auditadmin', { staff: true });
    const records = (
      await t.app.inject({
        url: '/api/v1/audit/records?action=catalogue.material_file_upload',
        headers: { cookie: auditor },
      })
    ).json().items;
    expect(records.map((r: { objectId: string }) => r.objectId)).toContain(mine.json().fileId);
  });
});
