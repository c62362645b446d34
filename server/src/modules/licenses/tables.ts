import type { LicenseTypeDefinition } from './type-definition.js';

export type LicenseStatus = 'valid' | 'suspended' | 'revoked';
export type HolderKind = 'person' | 'organization';

/** 证照目录: one kind of licence, or a data source held elsewhere (居民身份证), with its definition. */
export interface LicenseTypeTable {
  code: string;
  name: string;
  kind: LicenseTypeDefinition['kind'];
  departmentCode: string;
  /** JSON of the LicenseTypeDefinition (fields, validity, layout, matters). */
  definition: string;
  revision: number;
  updatedAt: string;
}

/** Which matters' approval issues which licence type; the reverse lookup of the definitions. */
export interface LicenseTypeMatterTable {
  licenseTypeCode: string;
  matterCode: string;
}

export interface LicenseTable {
  id: string;
  licenseNo: string;
  typeCode: string;
  typeName: string;
  applicationId: string;
  applicationNo: string;
  holderKind: HolderKind;
  /** The person's account, or the organisation's: whose wallet it is in. */
  holderAccountId: string;
  /** 张* for a person, the organisation's name (public anyway): what verification shows. */
  holderNameMasked: string;
  /** ID number or credit code, SM4-sealed; the blind index finds a holder's licences by it. */
  holderIdEnc: string;
  holderIdBidx: string;
  departmentId: string;
  departmentCode: string;
  issuerName: string;
  issuedAt: string;
  validFrom: string;
  /** null: permanent (长期). */
  validUntil: string | null;
  /** The canonical licence data (JSON), SM4-sealed: it holds names, ID numbers and addresses. */
  dataEnc: string;
  pdfFileId: string;
  /** SM3 of the issued (PAdES-signed) PDF, which the seal signature covers. */
  pdfSm3: string;
  sealKeyId: string;
  sealAlgorithm: string;
  /** SM2 over the canonical signed content (see signed-content.ts), hex. */
  sealSignature: string;
  /** The unguessable token of the QR code's verification link. */
  verifyToken: string;
  /** 核验码 printed on the certificate, asked with the number; SM4-sealed (the holder’s wallet shows it). */
  verifyCodeEnc: string;
  status: LicenseStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  revision: number;
}

export type IssuanceStatus = 'pending' | 'issued' | 'failed';

/**
 * One licence to issue for an approved application: the number and codes are reserved on
 * the first attempt, so a retry prints the same number and no number is ever skipped.
 */
export interface LicenseIssuanceTable {
  applicationId: string;
  licenseTypeCode: string;
  applicationNo: string;
  departmentCode: string;
  approvedAt: string;
  licenseNo: string;
  verifyToken: string;
  verifyCodeEnc: string;
  status: IssuanceStatus;
  attempts: number;
  /** Stable code of the last failure (seal.unavailable, license.data_invalid, …), for staff and health. */
  lastError: string | null;
  lastAttemptAt: string | null;
  licenseId: string | null;
  /** Time the successful attempt took, from reading the application to the commit. */
  durationMs: number | null;
}

export interface LicenseNoCounterTable {
  prefix: string;
  region: string;
  year: number;
  lastValue: number;
}

/** A time-limited verification link a holder handed to someone. */
export interface LicenseShareTable {
  token: string;
  licenseId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

/** A watermarked copy a holder downloaded for a purpose: its digest makes an uploaded copy recognisable. */
export interface LicenseCopyTable {
  id: string;
  licenseId: string;
  purpose: string;
  madeOn: string;
  madeBy: string;
  madeAt: string;
  sm3: string;
}

/** That the holder was told a licence is about to expire, once per last day of validity. */
export interface LicenseExpiryNoticeTable {
  licenseId: string;
  validUntil: string;
  notifiedAt: string;
}

export interface LicenseTables {
  licenseTypes: LicenseTypeTable;
  licenseTypeMatters: LicenseTypeMatterTable;
  licenses: LicenseTable;
  licenseIssuances: LicenseIssuanceTable;
  licenseNoCounters: LicenseNoCounterTable;
  licenseShares: LicenseShareTable;
  licenseCopies: LicenseCopyTable;
  licenseExpiryNotices: LicenseExpiryNoticeTable;
}
