import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishMaterialsMatter, uploadFor } from '../server/src/test-support/materials-matter.js';
import { samplePdf, samplePng } from '../server/src/test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../server/src/test-support/test-app.js';
import { changed, stateOf } from './support/changes.js';
import {
  activePdf,
  HTML_PAGE,
  jpegZipPolyglot,
  pdfHtmlPolyglot,
  SVG_WITH_SCRIPT,
  WINDOWS_EXE,
  zipBomb,
} from './support/hostile-files.js';
import { expectProblem } from './support/problems.js';
import { kindsFor } from './support/scale.js';

/** Files the sealed store holds on disk (whatever the database says). */
const filesOnDisk = (t: TestApp): number =>
  readdirSync(path.join(t.ctx.config.dataDir, 'files'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile(),
  ).length;

describe.each(kindsFor())('hostile uploads on %s', (kind) => {
  let t: TestApp;
  let zhangsan: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await publishMaterialsMatter(t);
    zhangsan = await login(t.app, '13800138001');
    // One accepted upload first, so the files directory exists for the counts below.
    expect((await uploadFor(t, zhangsan, 'm2', 'first.pdf', await samplePdf())).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  /** Uploads for material m1 (≤ 1 MB, ≤ 2 files) or m2 (10 MB); answers the answer and what changed. */
  async function attempt(name: string, bytes: Uint8Array, material = 'm2') {
    const [state, files] = [await stateOf(t.ctx), filesOnDisk(t)];
    const res = await uploadFor(t, zhangsan, material, name, bytes);
    const answer = { status: res.statusCode, type: res.headers['content-type'] as string, body: res.json() };
    return { answer, changed: changed(state, await stateOf(t.ctx)), newFiles: filesOnDisk(t) - files };
  }

  it.each([
    ['a Windows executable named .pdf', 'invoice.pdf', WINDOWS_EXE, 415, 'file.unsupported_type'],
    ['an HTML page named .jpg', 'photo.jpg', HTML_PAGE, 415, 'file.unsupported_type'],
    ['an SVG with script named .svg', 'seal.svg', SVG_WITH_SCRIPT, 415, 'file.unsupported_type'],
    ['an SVG with script named .png', 'seal.png', SVG_WITH_SCRIPT, 415, 'file.unsupported_type'],
    ['a zip bomb (64 MiB of zeros) that is no OFD', 'scan.ofd', zipBomb(false), 415, 'file.unsupported_type'],
    ['a zip bomb carrying OFD.xml', 'bomb.ofd', zipBomb(true), 415, 'file.unsupported_type'],
    ['an empty file', 'empty.pdf', Buffer.alloc(0), 400, 'file.empty'],
  ])('refuses %s with problem+json and stores nothing', async (_what, name, bytes, status, code) => {
    const { answer, changed: tables, newFiles } = await attempt(name, bytes);
    expectProblem(answer, status);
    expect(answer.body).toMatchObject({ code, errors: [{ field: 'file', code }] });
    expect(tables).toEqual([]);
    expect(newFiles).toBe(0);
  });

  it('refuses a file over its material’s limit (413) before storing anything', async () => {
    const big = Buffer.concat([await samplePdf(), Buffer.alloc(1024 * 1024)]);
    const { answer, changed: tables, newFiles } = await attempt('big.pdf', big, 'm1');
    expectProblem(answer, 413);
    expect(answer.body).toMatchObject({
      code: 'file.too_large',
      errors: [{ field: 'file', code: 'file.too_large' }],
    });
    expect([tables, newFiles]).toEqual([[], 0]);
  });

  it('names a file by its content, not its extension or declared type, and keeps no path in its name', async () => {
    const png = await attempt('../../etc/扫描件.pdf', await samplePng());
    expect(png.answer).toMatchObject({
      status: 201,
      body: { mediaType: 'image/png', fileName: '扫描件.pdf' },
    });
    const control = await attempt('a\u0000b\u001b.pdf', await samplePdf());
    expect(control.answer.body).toMatchObject({ mediaType: 'application/pdf', fileName: 'ab.pdf' });
    for (const { answer } of [png, control]) await discard(answer.body.fileId);
  });

  const discard = (fileId: string) =>
    t.app.inject({ method: 'DELETE', url: `/api/v1/uploads/${fileId}`, headers: { cookie: zhangsan } });

  /** Neutralised: kept as the type its content says, and served so no browser renders it as a page. */
  async function expectServedInert(fileId: string, mediaType: string, bytes: Uint8Array) {
    const res = await t.app.inject({ url: `/api/v1/uploads/${fileId}`, headers: { cookie: zhangsan } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(mediaType);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(Buffer.compare(res.rawPayload, Buffer.from(bytes))).toBe(0);
    // The material takes five open files: make room for the next test.
    expect((await discard(fileId)).statusCode).toBe(204);
  }

  it('neutralises polyglots: a PDF that is also HTML stays a PDF, a JPEG carrying a ZIP stays a JPEG', async () => {
    const pdfHtml = await pdfHtmlPolyglot();
    const asPdf = await attempt('page.html', pdfHtml);
    expect(asPdf.answer).toMatchObject({ status: 201, body: { mediaType: 'application/pdf' } });
    await expectServedInert(asPdf.answer.body.fileId, 'application/pdf', pdfHtml);
    const jpegZip = jpegZipPolyglot();
    const asJpeg = await attempt('photo.ofd', jpegZip);
    expect(asJpeg.answer).toMatchObject({ status: 201, body: { mediaType: 'image/jpeg' } });
    await expectServedInert(asJpeg.answer.body.fileId, 'image/jpeg', jpegZip);
  });

  it.each([
    ['runs JavaScript on opening and from a page', 'javascript'],
    ['runs JavaScript under names spelt in #xx escapes', 'escaped-javascript'],
    ['launches a program', 'launch'],
    ['carries an embedded file', 'embedded-file'],
  ] as const)('refuses a PDF that %s (422 problem+json), storing nothing', async (_what, activity) => {
    const active = await activePdf(activity);
    const { answer, changed: tables, newFiles } = await attempt('申请表.pdf', active);
    expectProblem(answer, 422);
    expect(answer.body).toMatchObject({
      code: 'upload.pdf_active_content',
      errors: [{ field: 'file', code: 'upload.pdf_active_content' }],
    });
    expect([tables, newFiles]).toEqual([[], 0]);
  });
});
