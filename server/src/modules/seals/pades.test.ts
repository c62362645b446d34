import { X509Certificate } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesOf } from '../../platform/db/index.js';
import { embedFonts } from '../../platform/pdf/fonts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { type PdfsigRunner, pdfsigTrusting } from '../../test-support/pdfsig.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { directoryRepository } from '../directory/index.js';
import { caCertificatePem, drawSeal, padesSign, SealUnavailableError } from './index.js';
import { rotateSealKey } from './keys.js';
import { sealRepository } from './repository.js';

async function certificatePdf(departmentName: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedFonts(doc);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('食品经营许可证', { x: 200, y: 760, size: 24, font: bold });
  page.drawText(`发证机关：${departmentName}`, { x: 80, y: 300, size: 14, font: regular });
  drawSeal(page, { name: departmentName, centerX: 420, centerY: 300, radius: 60, font: bold });
  return doc.save();
}

/** Changes one byte of the signed range (outside /Contents, the only part the signature omits). */
function tamper(pdf: Uint8Array): Uint8Array {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('/Producer');
  expect(at).toBeGreaterThan(0);
  const target = copy.indexOf('(', at) + 1;
  copy[target] = (copy[target] ?? 0) ^ 0x01;
  return new Uint8Array(copy);
}

describe.each(databaseKinds())('PAdES signatures from the platform CA (%s)', (kind) => {
  let t: TestApp;
  let pdfsig: PdfsigRunner;
  let department: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    department = (await directoryRepository(t.ctx.db).departments()).find((d) => d.code === 'FS-SJ')!;
    pdfsig = pdfsigTrusting(await caCertificatePem(t.ctx));
  });
  afterAll(async () => {
    pdfsig?.close();
    await t?.close();
  });

  it('signs so that pdfsig reports the signature valid and the certificate trusted', async () => {
    const signed = await padesSign(t.ctx, {
      departmentId: department.id,
      pdf: await certificatePdf(department.name),
      reason: '电子证照签发',
      location: '佛山市',
    });
    const { output } = pdfsig.check(signed);
    expect(output).toContain('Signature Validation: Signature is Valid.');
    expect(output).toContain('Certificate Validation: Certificate is Trusted.');
    expect(output).toContain('ETSI.CAdES.detached');
    expect(output).toContain(department.name);
  });

  it('says invalid once one byte of the signed PDF changed', async () => {
    const signed = await padesSign(t.ctx, {
      departmentId: department.id,
      pdf: await certificatePdf(department.name),
      reason: '电子证照签发',
      location: '佛山市',
    });
    const { output } = pdfsig.check(tamper(signed));
    expect(output).not.toContain('Signature is Valid.');
    expect(output).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)\./);
  });
});
