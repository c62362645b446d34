import { timingSafeEqual } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { businessDateOf } from '../../platform/calendar/index.js';
import { sm3Hex } from '../../platform/crypto/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { fileMeta } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { verifySealSignature } from '../seals/index.js';
import { columnsMatch, type LicenseContent, signedBytes } from './content.js';
import { parseLicenseNo } from './license-no.js';
import { licenseRepository } from './repository.js';
import type { LicenseCopyTable, LicenseTable } from './tables.js';

export const VERIFICATION_STATUSES = ['valid', 'suspended', 'revoked', 'expired', 'tampered'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export interface Verification {
  status: VerificationStatus;
  licenseNo: string;
  typeName: string;
  issuerName: string;
  holder: string;
  issuedAt: string;
  validFrom: string;
  validUntil: string | null;
  /** Why the department revoked or suspended it, and since when. */
  statusReason: string | null;
  statusChangedAt: string | null;
  /** The document checked was a holder's watermarked copy, made for this purpose on this day. */
  copy: { purpose: string; madeOn: string } | null;
}

/** The sealed content, or null when it no longer decrypts (a changed byte breaks its MAC). */
export function contentOf(ctx: AppContext, row: Pick<LicenseTable, 'dataEnc'>): LicenseContent | null {
  try {
    return JSON.parse(ctx.cipher.decrypt(row.dataEnc)) as LicenseContent;
  } catch {
    return null;
  }
}

/**
 * Whether a licence is what was issued: its sealed content decrypts, the columns agree with it,
 * the department's seal signature covers it and the PDF's digest, and the stored PDF is that PDF.
 */
async function intact(ctx: AppContext, row: LicenseTable): Promise<boolean> {
  const content = contentOf(ctx, row);
  if (!content || !columnsMatch(row, content)) return false;
  const signed = await verifySealSignature(ctx, {
    keyId: row.sealKeyId,
    data: signedBytes(content, row.pdfSm3),
    signature: row.sealSignature,
  });
  if (!signed) return false;
  return (await fileMeta(ctx.db, row.pdfFileId))?.sm3 === row.pdfSm3;
}

export async function verifyLicense(
  ctx: AppContext,
  row: LicenseTable,
  copy: Pick<LicenseCopyTable, 'purpose' | 'madeOn'> | null = null,
): Promise<Verification> {
  const today = businessDateOf(new Date());
  const status: VerificationStatus = !(await intact(ctx, row))
    ? 'tampered'
    : row.status !== 'valid'
      ? row.status
      : row.validUntil !== null && row.validUntil < today
        ? 'expired'
        : 'valid';
  return {
    status,
    licenseNo: row.licenseNo,
    typeName: row.typeName,
    issuerName: row.issuerName,
    holder: row.holderNameMasked,
    issuedAt: row.issuedAt,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    statusReason: row.status === 'valid' ? null : row.statusReason,
    statusChangedAt: row.status === 'valid' ? null : row.statusChangedAt,
    copy: copy && { purpose: copy.purpose, madeOn: copy.madeOn },
  };
}

/** The licence number a PDF names in its metadata (our certificates set it as the subject). */
async function claimedNumber(bytes: Uint8Array): Promise<string | null> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    const parsed = parseLicenseNo(doc.getSubject() ?? '');
    return parsed.ok ? parsed.value : null;
  } catch {
    return null;
  }
}

/**
 * An uploaded PDF: the original as issued, or a copy a holder downloaded, found by digest;
 * any other PDF that names a licence is that licence tampered with. Undefined: not ours.
 */
export async function verifyPdf(ctx: AppContext, bytes: Uint8Array): Promise<Verification | undefined> {
  const repo = licenseRepository(ctx.db);
  const sm3 = sm3Hex(Buffer.from(bytes));
  const original = await repo.findByPdfSm3(sm3);
  if (original) return verifyLicense(ctx, original);
  const copy = await repo.findCopyBySm3(sm3);
  if (copy) return verifyLicense(ctx, (await repo.findById(copy.licenseId))!, copy);
  const claimed = await claimedNumber(bytes);
  const row = claimed ? await repo.findByNo(claimed) : undefined;
  if (!row) return undefined;
  return { ...(await verifyLicense(ctx, row)), status: 'tampered' };
}

/** By number and 核验码; a wrong code answers like an unknown number. */
export async function findByNumberAndCode(ctx: AppContext, db: AnyDb, licenseNo: string, code: string) {
  const parsed = parseLicenseNo(licenseNo);
  if (!parsed.ok) return undefined;
  const row = await licenseRepository(db).findByNo(parsed.value);
  if (!row) return undefined;
  let expected: string;
  try {
    expected = ctx.cipher.decrypt(row.verifyCodeEnc);
  } catch {
    return undefined;
  }
  const [a, b] = [Buffer.from(expected), Buffer.from(code)];
  return a.length === b.length && timingSafeEqual(a, b) ? row : undefined;
}
