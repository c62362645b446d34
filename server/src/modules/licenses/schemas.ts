import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/validation/index.js';
import { LICENSE_FIELD_TYPES, licenseTypeDefinition } from './type-definition.js';
import { VERIFICATION_STATUSES } from './verification.js';

export const idParams = z.object({ id: z.uuid() });
export const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });
export const typeCodeParams = z.object({ code: z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/) });

export const licenseTypeView = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['license', 'shared_data']),
    departmentCode: z.string(),
    holderKinds: z.array(z.enum(['person', 'organization'])),
    matterCodes: z.array(z.string()),
    validity: z
      .object({ kind: z.enum(['years', 'permanent']), years: z.number().int().optional() })
      .nullable(),
    fields: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        type: z.enum(LICENSE_FIELD_TYPES),
        required: z.boolean(),
        unit: z.string().optional(),
      }),
    ),
    revision: z.number().int(),
  })
  .meta({ id: 'LicenseType' });

export const licenseTypeBody = z.object({
  definition: licenseTypeDefinition,
  /** The revision the change was made against; absent for a new type. */
  expectedRevision: z.number().int().min(1).optional(),
});

export const verification = z
  .object({
    status: z.enum(VERIFICATION_STATUSES),
    licenseNo: z.string(),
    typeName: z.string(),
    issuerName: z.string(),
    /** 张* for a person; an organisation's name, public anyway. */
    holder: z.string(),
    issuedAt: z.string(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    statusReason: z.string().nullable(),
    statusChangedAt: z.string().nullable(),
    copy: z.object({ purpose: z.string(), madeOn: z.string() }).nullable(),
  })
  .meta({ id: 'LicenseVerification' });

export const verifyByCodeBody = z.object({
  licenseNo: z.string().trim().min(1).max(40),
  verifyCode: z.string().trim().min(1).max(20),
});

const printedField = z.object({ label: z.string(), value: z.string() });

export const sharedView = verification
  .extend({ fields: z.array(printedField), expiresAt: z.string() })
  .meta({ id: 'SharedLicense' });

/** A licence as its holder and its issuing department list it: no personal data beyond the masked name. */
export const licenseItem = z
  .object({
    id: z.uuid(),
    licenseNo: z.string(),
    typeCode: z.string(),
    typeName: z.string(),
    applicationNo: z.string(),
    holder: z.string(),
    issuerName: z.string(),
    issuedAt: z.string(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    /** As verification would answer it, short of the integrity check (see /verify). */
    status: z.enum(['valid', 'suspended', 'revoked', 'expired']),
    statusReason: z.string().nullable(),
    revision: z.number().int(),
  })
  .meta({ id: 'LicenseItem' });

export const walletDetail = licenseItem
  .extend({
    fields: z.array(printedField),
    verifyCode: z.string(),
    verifyUrl: z.string(),
  })
  .meta({ id: 'WalletLicense' });

export const copyBody = z.object({
  /** 用途, printed on the copy: 银行开户, 招投标 … */
  purpose: text(30),
});

export const shareBody = z.object({ days: z.number().int().min(1).max(30).default(7) });
export const shareView = z.object({ token: z.string(), url: z.string(), expiresAt: z.string() });

export const departmentQuery = pageQuery.extend({
  status: z.enum(['valid', 'suspended', 'revoked']).optional(),
  /** The start of a licence or application number, or part of the holder's (masked) name. */
  q: z.string().trim().max(40).optional(),
});
export const departmentPage = pageOf(licenseItem);

export const STATUS_ACTIONS = ['revoke', 'suspend', 'reinstate'] as const;
export const statusActionParams = idParams.extend({ action: z.enum(STATUS_ACTIONS) });
export const statusChangeBody = z.object({
  reason: text(300),
  expectedRevision: z.number().int().min(1),
});

export const issuanceView = z
  .object({
    applicationNo: z.string(),
    licenseTypeCode: z.string(),
    departmentCode: z.string(),
    licenseNo: z.string(),
    status: z.enum(['pending', 'issued', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    approvedAt: z.string(),
    durationMs: z.number().int().nullable(),
  })
  .meta({ id: 'LicenseIssuance' });
export const issuanceQuery = z.object({ status: z.enum(['pending', 'issued', 'failed']).optional() });
