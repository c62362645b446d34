import { randomUUID, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedFonts } from '../../platform/pdf/fonts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { type PdfsigRunner, pdfsigTrusting } from '../../test-support/pdfsig.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { directoryRepository } from '../directory/index.js';
import { caCertificatePem, drawSeal, padesSign, SealUnavailableError } from './index.js';
import { rotateSealKey } from './keys.js';
import { activeSlotOf, sealRepository } from './repository.js';

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

  const signWith = async (owner: { departmentId: string } | { organizationId: string }) =>
    padesSign(t.ctx, {
      ...owner,
      pdf: await certificatePdf(department.name),
      reason: '电子证照签发',
      location: '佛山市',
    });
  it('signs so that pdfsig reports the signature valid and the certificate trusted', async () => {
    const signed = await signWith({ departmentId: department.id });
    const { output } = pdfsig.check(signed);
    expect(output).toContain('Signature Validation: Signature is Valid.');
    expect(output).toContain('Certificate Validation: Certificate is Trusted.');
    expect(output).toContain('ETSI.CAdES.detached');
    expect(output).toContain(department.name);
  });

  it('says invalid once one byte of the signed PDF changed', async () => {
    const signed = await signWith({ departmentId: department.id });
    const { output } = pdfsig.check(tamper(signed));
    expect(output).not.toContain('Signature is Valid.');
    expect(output).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)\./);
  });

  /** The CMS in /Contents and the signer's certificate, the first one it carries. */
  const signerCertificate = (pdf: Uint8Array) => {
    const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? '';
    const cms = Buffer.from(hex, 'hex');
    // ContentInfo → [0] SignedData → certificates [0] (after version, digest algorithms, content).
    // /Contents is zero-padded to its reserved size: parse the CMS and leave the padding.
    const fromDer = forge.asn1.fromDer as unknown as (der: string, options: object) => forge.asn1.Asn1;
    const contentInfo = fromDer(cms.toString('binary'), { parseAllBytes: false });
    const signedData = (contentInfo.value[1] as forge.asn1.Asn1).value[0] as forge.asn1.Asn1;
    const certificates = signedData.value[3] as forge.asn1.Asn1;
    const first = forge.asn1.toDer(certificates.value[0] as forge.asn1.Asn1).getBytes();
    return { cms, certificate: new X509Certificate(Buffer.from(first, 'binary')) };
  };

  it('embeds a CAdES signature with signing-certificate-v2 by a certificate the platform CA issued', async () => {
    const { cms, certificate } = signerCertificate(await signWith({ departmentId: department.id }));
    const ca = new X509Certificate(await caCertificatePem(t.ctx));
    expect(certificate.subject).toContain(department.name);
    expect(certificate.checkIssued(ca)).toBe(true);
    expect(certificate.verify(ca.publicKey)).toBe(true);
    expect(certificate.ca).toBe(false);
    // id-aa-signingCertificateV2 (1.2.840.113549.1.9.16.2.47) is among the signed attributes.
    expect(cms.includes(Buffer.from('060b2a864886f70d010910022f', 'hex'))).toBe(true);
  });

  it('records each use of the CA and the signing key in the audit log', async () => {
    const before = await t.ctx.db
      .selectFrom('auditRecords')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'seal.pades_sign')
      .executeTakeFirstOrThrow();
    await signWith({ departmentId: department.id });
    const records = await t.ctx.db
      .selectFrom('auditRecords')
      .selectAll()
      .where('action', 'in', ['seal.pades_sign', 'seal.certificate_issue', 'seal.ca_create'])
      .orderBy('seq')
      .execute();
    expect(records.filter((r) => r.action === 'seal.pades_sign')).toHaveLength(Number(before.n) + 1);
    expect(records.filter((r) => r.action === 'seal.ca_create')).toHaveLength(1);
    const certificate = await sealRepository(t.ctx.db).activeCertificate(
      activeSlotOf('department', department.id),
    );
    expect(
      records.filter((r) => r.action === 'seal.certificate_issue' && r.objectId === certificate?.id),
    ).toHaveLength(1);
    expect(JSON.parse(records.at(-1)!.detail!)).toMatchObject({
      ownerId: department.id,
      reason: '电子证照签发',
    });
  });

  it('signs an organisation’s declarations with its own certificate', async () => {
    const org = (await t.ctx.db
      .selectFrom('organizations')
      .select(['accountId', 'name'])
      .executeTakeFirstOrThrow()) as { accountId: string; name: string };
    const signed = await signWith({ organizationId: org.accountId });
    expect(signerCertificate(signed).certificate.subject).toContain(org.name);
    expect(pdfsig.check(signed).output).toContain('Signature Validation: Signature is Valid.');
  });

  it('gets a new certificate when the seal key rotates; what the old one signed stays valid', async () => {
    const first = await signWith({ departmentId: department.id });
    const key = await sealRepository(t.ctx.db).activeKey('department', department.id);
    await t.ctx.db.transaction().execute((trx) => rotateSealKey(t.ctx, trx, { keyId: key!.id, actor: null }));
    const second = await signWith({ departmentId: department.id });
    expect(signerCertificate(second).certificate.serialNumber).not.toBe(
      signerCertificate(first).certificate.serialNumber,
    );
    for (const pdf of [first, second]) {
      const { output } = pdfsig.check(pdf);
      expect(output).toContain('Signature Validation: Signature is Valid.');
      expect(output).toContain('Certificate Validation: Certificate is Trusted.');
    }
  });

  it('is untrusted where the platform CA is not trusted, though the signature itself is intact', async () => {
    const stranger = pdfsigTrusting(undefined);
    try {
      const { output } = stranger.check(await signWith({ departmentId: department.id }));
      expect(output).toContain('Signature Validation: Signature is Valid.');
      expect(output).toContain("Certificate Validation: Certificate issuer isn't Trusted.");
    } finally {
      stranger.close();
    }
  });

  it('refuses an unknown owner, and answers a retryable error for one without a seal key', async () => {
    const pdf = await certificatePdf(department.name);
    await expect(
      padesSign(t.ctx, { departmentId: randomUUID(), pdf, reason: 'x', location: 'y' }),
    ).rejects.toMatchObject({ status: 422, code: 'seal.unknown_owner' });
    const departmentId = randomUUID();
    await t.ctx.db
      .insertInto('departments')
      .values({ id: departmentId, code: 'FS-NOSEAL', name: '佛山市未制章局', divisionCode: '440600' })
      .execute();
    const error = await padesSign(t.ctx, { departmentId, pdf, reason: 'x', location: 'y' }).catch((e) => e);
    expect(error).toBeInstanceOf(SealUnavailableError);
    expect(error).toMatchObject({ reason: 'no_active_key', retryable: true });
  });
});
