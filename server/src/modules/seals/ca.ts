import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import forge from 'node-forge';
import type { AuditActor } from '../../platform/audit/index.js';
import type { AnyTrx } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { SigningMaterial } from './cades.js';
import { SealUnavailableError } from './errors.js';
import type { OwnerRef } from './owners.js';
import { activeSlotOf, sealRepository } from './repository.js';
import { markSealsBroken } from './status.js';
import type { SealCertificateTable } from './tables.js';

export const CA_COMMON_NAME = 'OneWindow 佛山一网通办电子印章根证书';
const ORGANIZATION = 'OneWindow 佛山一网通办';
const CA_SLOT = activeSlotOf('ca', null);
const CA_YEARS = 20;
const SIGNER_YEARS = 3;
// A signing certificate is replaced a month before it ends, so no signature is made so close
// to the end that a verifier's clock skew or a slow check turns it into an expired one.
const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

type Name = forge.pki.CertificateField[];

function nameOf(commonName: string): Name {
  return [
    { shortName: 'C', value: 'CN' },
    {
      shortName: 'O',
      value: ORGANIZATION,
      valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
    },
    {
      shortName: 'CN',
      value: commonName,
      valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
    },
  ];
}

/** The subject of a parsed certificate as input for another's issuer (forge parses UTF-8 as bytes). */
function issuerOf(certificate: forge.pki.Certificate): Name {
  return certificate.subject.attributes.map((a) =>
    (a.valueTagClass as unknown) === forge.asn1.Type.UTF8
      ? { ...a, value: forge.util.decodeUtf8(String(a.value)) }
      : a,
  );
}

function serialNumber(): string {
  const bytes = randomBytes(16);
  // Positive and without a leading zero byte: 16 random bytes as RFC 5280 asks for.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes.toString('hex');
}

interface Issued {
  certificatePem: string;
  privateKeyPem: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
}

function issue(params: {
  commonName: string;
  years: number;
  /** Absent: a self-signed root. */
  issuer?: { certificatePem: string; privateKeyPem: string };
}): Issued {
  // Node makes the RSA key in native code (forge's pure-JS generation takes seconds).
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKey);
  cert.serialNumber = serialNumber();
  const now = Date.now();
  // Backdated a few minutes: a verifier whose clock is a little behind still sees it valid.
  cert.validity.notBefore = new Date(now - 5 * 60 * 1000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setUTCFullYear(cert.validity.notAfter.getUTCFullYear() + params.years);
  cert.setSubject(nameOf(params.commonName));
  const issuerCertificate = params.issuer && forge.pki.certificateFromPem(params.issuer.certificatePem);
  cert.setIssuer(issuerCertificate ? issuerOf(issuerCertificate) : nameOf(params.commonName));
  const isCa = !params.issuer;
  cert.setExtensions([
    { name: 'basicConstraints', cA: isCa, critical: true },
    isCa
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    issuerCertificate
      ? {
          name: 'authorityKeyIdentifier',
          keyIdentifier: issuerCertificate.generateSubjectKeyIdentifier().getBytes(),
        }
      : { name: 'authorityKeyIdentifier', keyIdentifier: true },
  ]);
  cert.sign(
    forge.pki.privateKeyFromPem(params.issuer?.privateKeyPem ?? keys.privateKey),
    forge.md.sha256.create(),
  );
  return {
    certificatePem: forge.pki.certificateToPem(cert),
    privateKeyPem: keys.privateKey,
    serialNumber: cert.serialNumber,
    notBefore: cert.validity.notBefore,
    notAfter: cert.validity.notAfter,
  };
}

function unsealCertificateKey(ctx: AppContext, row: SealCertificateTable): string {
  try {
    return ctx.cipher.decrypt(row.privateKeyEnc);
  } catch {
    const detail =
      row.subjectType === 'ca'
        ? 'the platform CA key cannot be decrypted with this DATA_KEY'
        : `the PAdES key of ${row.subjectType} ${row.subjectId} cannot be decrypted with this DATA_KEY`;
    markSealsBroken(ctx, detail);
    throw new SealUnavailableError(row.subjectType === 'ca' ? 'ca_unavailable' : 'key_undecryptable', detail);
  }
}

async function store(
  ctx: AppContext,
  trx: AnyTrx,
  subject: { subjectType: SealCertificateTable['subjectType']; subjectId: string | null; slot: string },
  issued: Issued,
) {
  const row: SealCertificateTable = {
    id: randomUUID(),
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    activeSlot: subject.slot,
    serialNumber: issued.serialNumber,
    certificatePem: issued.certificatePem,
    privateKeyEnc: ctx.cipher.encrypt(issued.privateKeyPem),
    notBefore: issued.notBefore.toISOString(),
    notAfter: issued.notAfter.toISOString(),
    createdAt: new Date().toISOString(),
  };
  // Several processes may meet a missing certificate at once: one row wins, all use it.
  return (await sealRepository(trx).insertCertificateIfSlotFree(row)) ? row : undefined;
}

/** The root CA's row and key, created on first need (its creation audited). */
export async function ensureCa(ctx: AppContext, trx: AnyTrx) {
  const repo = sealRepository(trx);
  let row = await repo.activeCertificate(CA_SLOT);
  if (!row) {
    const created = await store(
      ctx,
      trx,
      { subjectType: 'ca', subjectId: null, slot: CA_SLOT },
      issue({ commonName: CA_COMMON_NAME, years: CA_YEARS }),
    );
    if (created) {
      await ctx.audit.recordInTrx(trx, {
        actor: null,
        action: 'seal.ca_create',
        objectType: 'seal_certificate',
        objectId: created.id,
        detail: { serialNumber: created.serialNumber, notAfter: created.notAfter },
      });
    }
    row = await repo.activeCertificate(CA_SLOT);
  }
  if (!row) throw new SealUnavailableError('ca_unavailable', 'the platform CA could not be created');
  return { row, privateKeyPem: unsealCertificateKey(ctx, row) };
}

/** The root CA certificate (PEM), created on first need: verifiers add it to their trust store. */
export async function caCertificatePem(ctx: AppContext): Promise<string> {
  const existing = await sealRepository(ctx.db).activeCertificate(CA_SLOT);
  if (existing) return existing.certificatePem;
  return ctx.db.transaction().execute(async (trx) => (await ensureCa(ctx, trx)).row.certificatePem);
}

/**
 * The owner's PAdES signing certificate and key, issued by the CA on first need and renewed
 * before it ends. Issuing uses the CA key: audited as such.
 */
export async function signingMaterial(
  ctx: AppContext,
  trx: AnyTrx,
  owner: OwnerRef & { name: string },
  actor: AuditActor | null,
): Promise<SigningMaterial & { certificateId: string; serialNumber: string }> {
  const repo = sealRepository(trx);
  const slot = activeSlotOf(owner.ownerType, owner.ownerId);
  let row = await repo.activeCertificate(slot);
  if (row && Date.parse(row.notAfter) - Date.now() < RENEW_BEFORE_MS) {
    await repo.releaseCertificateSlot(slot);
    row = undefined;
  }
  const ca = await ensureCa(ctx, trx);
  if (!row) {
    const created = await store(
      ctx,
      trx,
      { subjectType: owner.ownerType, subjectId: owner.ownerId, slot },
      issue({
        commonName: owner.name,
        years: SIGNER_YEARS,
        issuer: { certificatePem: ca.row.certificatePem, privateKeyPem: ca.privateKeyPem },
      }),
    );
    if (created) {
      await ctx.audit.recordInTrx(trx, {
        actor,
        action: 'seal.certificate_issue',
        objectType: 'seal_certificate',
        objectId: created.id,
        detail: {
          ownerType: owner.ownerType,
          ownerId: owner.ownerId,
          serialNumber: created.serialNumber,
          issuerSerialNumber: ca.row.serialNumber,
          notAfter: created.notAfter,
        },
      });
    }
    row = await repo.activeCertificate(slot);
    if (!row) throw new SealUnavailableError('ca_unavailable', `no signing certificate for ${slot}`);
  }
  return {
    certificateId: row.id,
    serialNumber: row.serialNumber,
    certificatePem: row.certificatePem,
    chainPems: [ca.row.certificatePem],
    privateKeyPem: unsealCertificateKey(ctx, row),
  };
}

/** Every active certificate's key decrypts (health); the failures' descriptions otherwise. */
export async function certificateProblems(ctx: AppContext): Promise<string[]> {
  const problems: string[] = [];
  for (const row of await sealRepository(ctx.db).activeCertificates()) {
    try {
      unsealCertificateKey(ctx, row);
    } catch (error) {
      problems.push(error instanceof SealUnavailableError ? error.detail : String(error));
    }
  }
  return problems;
}
