import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { businessDateOf } from '../../platform/calendar/index.js';
import { sm3Hex } from '../../platform/crypto/index.js';
import { forbidden, notFound, ProblemError, unauthenticated } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { assertCan, can, type Principal } from '../../platform/permissions/index.js';
import { padesSign } from '../seals/index.js';
import { certificateSpec, printedRows, renderCertificate, verifyUrlOf } from './certificate.js';
import type { LicenseContent } from './content.js';
import { notifyHolder } from './holder-notices.js';
import { type LicenseListItem, licenseRepository } from './repository.js';
import type { LicenseTable } from './tables.js';
import type { IssuableType } from './type-definition.js';
import { contentOf } from './verification.js';

/** Whose wallet the caller opens: their own as a person, the organisation's as its agent or account. */
export function walletOwnerOf(principal: Principal | null): string {
  if (!principal) throw unauthenticated();
  if (principal.kind === 'staff') throw forbidden();
  return principal.actingForOrgId ?? principal.accountId;
}

/** A licence of the caller's wallet; anyone else's answers as missing. */
export async function ownLicense(ctx: AppContext, principal: Principal | null, id: string) {
  const owner = walletOwnerOf(principal);
  const row = await licenseRepository(ctx.db).findById(id);
  if (!row || row.holderAccountId !== owner) throw notFound();
  return row;
}

type Listed = Pick<LicenseListItem, 'status' | 'validUntil'>;
const displayStatus = (row: Listed, today: string) =>
  row.status === 'valid' && row.validUntil !== null && row.validUntil < today
    ? ('expired' as const)
    : row.status;

export function itemOf(row: LicenseListItem, today = businessDateOf(new Date())) {
  return {
    id: row.id,
    licenseNo: row.licenseNo,
    typeCode: row.typeCode,
    typeName: row.typeName,
    applicationNo: row.applicationNo,
    holder: row.holderNameMasked,
    issuerName: row.issuerName,
    issuedAt: row.issuedAt,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    status: displayStatus(row, today),
    statusReason: row.status === 'valid' ? null : row.statusReason,
    revision: row.revision,
  };
}

async function issuedType(ctx: AppContext, row: LicenseTable): Promise<IssuableType> {
  const type = await licenseRepository(ctx.db).findType(row.typeCode);
  if (type?.kind !== 'license') throw new Error(`licence ${row.id}: type ${row.typeCode} is gone`);
  return type;
}

function sealedContent(ctx: AppContext, row: LicenseTable): LicenseContent {
  const content = contentOf(ctx, row);
  // The holder must not be handed data nobody can vouch for.
  if (!content) throw new ProblemError(409, 'license.tampered');
  return content;
}

/** The fields a licence prints, as its holder (or whoever they share it with) reads them. */
export async function printedFieldsOf(ctx: AppContext, row: LicenseTable) {
  return printedRows(await issuedType(ctx, row), sealedContent(ctx, row));
}

export async function walletDetailOf(ctx: AppContext, row: LicenseTable) {
  return {
    ...itemOf(row),
    fields: await printedFieldsOf(ctx, row),
    verifyCode: ctx.cipher.decrypt(row.verifyCodeEnc),
    verifyUrl: verifyUrlOf(ctx, row.verifyToken),
  };
}

/** A revoked or suspended licence is not handed on: no copies, no links. */
function inForce(row: LicenseTable) {
  if (row.status !== 'valid')
    throw new ProblemError(409, 'license.not_in_force', { params: { status: row.status } });
}

/**
 * A copy for one use (national e-licence rules: 用途 and date on every copy handed out). It is
 * the certificate drawn again with the watermark and sealed (PAdES) afresh: the original stays
 * as issued. Its digest is kept, so an uploaded copy verifies as this licence's copy.
 */
export async function makeCopy(ctx: AppContext, request: FastifyRequest, row: LicenseTable, purpose: string) {
  inForce(row);
  const content = sealedContent(ctx, row);
  const madeOn = businessDateOf(new Date());
  const spec = certificateSpec(ctx, await issuedType(ctx, row), content, {
    verifyToken: row.verifyToken,
    verifyCode: ctx.cipher.decrypt(row.verifyCodeEnc),
  });
  const pdf = await padesSign(ctx, {
    departmentId: row.departmentId,
    pdf: await renderCertificate({ ...spec, watermark: { purpose, date: madeOn } }),
    reason: `${row.typeName}复印件（${purpose}）`,
    location: '佛山市',
    actor: request.auditFacts().actor,
  });
  const sm3 = sm3Hex(Buffer.from(pdf));
  await ctx.db.transaction().execute(async (trx) => {
    const copy = {
      id: randomUUID(),
      licenseId: row.id,
      purpose,
      madeOn,
      madeBy: request.principal!.accountId,
      madeAt: new Date().toISOString(),
      sm3,
    };
    await licenseRepository(trx).insertCopy(copy);
    await ctx.audit.recordInTrx(trx, {
      ...request.auditFacts(),
      action: 'license.copy',
      objectType: 'license',
      objectId: row.id,
      detail: { licenseNo: row.licenseNo, purpose, sm3 },
    });
    await emitInTrx(trx, 'license.copied', { licenseId: row.id, copyId: copy.id, purpose });
  });
  return { pdf, fileName: `${row.typeName}-${row.licenseNo}-${purpose}.pdf` };
}

/** A verification link that works for `days` days, for whoever the holder gives it to. */
export async function shareLicense(
  ctx: AppContext,
  request: FastifyRequest,
  row: LicenseTable,
  days: number,
) {
  inForce(row);
  const token = randomBytes(16).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await licenseRepository(trx).insertShare({
      token,
      licenseId: row.id,
      createdBy: request.principal!.accountId,
      createdAt: now.toISOString(),
      expiresAt,
    });
    await ctx.audit.recordInTrx(trx, {
      ...request.auditFacts(),
      action: 'license.share',
      objectType: 'license',
      objectId: row.id,
      detail: { licenseNo: row.licenseNo, expiresAt },
    });
    await emitInTrx(trx, 'license.shared', { licenseId: row.id, expiresAt });
  });
  return { token, url: `${ctx.config.publicBaseUrl}/licenses/shared/${token}`, expiresAt };
}

/** The department whose licences a staff member sees, or null for all. */
export function departmentScope(principal: Principal | null): string | null {
  assertCan(principal, 'license.read');
  return can(principal, 'license.read_all') ? null : principal.departmentId;
}

type StatusAction = 'revoke' | 'suspend' | 'reinstate';
const TRANSITIONS: Record<StatusAction, { from: LicenseTable['status'][]; to: LicenseTable['status'] }> = {
  revoke: { from: ['valid', 'suspended'], to: 'revoked' },
  suspend: { from: ['valid'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'valid' },
};
const PAST = {
  revoke: 'revoked',
  suspend: 'suspended',
  reinstate: 'reinstated',
} as const satisfies Record<StatusAction, string>;

/**
 * 撤销 / 暂停 / 恢复, by those who decide in the issuing department, with the reason: one
 * transaction with its audit record and event, so verification answers the new status at once.
 */
export async function changeLicenseStatus(
  ctx: AppContext,
  request: FastifyRequest,
  params: { id: string; action: StatusAction; reason: string; expectedRevision: number },
) {
  const principal = request.principal;
  assertCan(principal, 'license.change_status');
  await ctx.db.transaction().execute(async (trx) => {
    const repo = licenseRepository(trx);
    const row = await repo.findById(params.id);
    if (!row || row.departmentId !== principal.departmentId) throw notFound();
    const transition = TRANSITIONS[params.action];
    if (!transition.from.includes(row.status))
      throw new ProblemError(409, `license.cannot_${params.action}`, { params: { status: row.status } });
    if (row.revision !== params.expectedRevision) throw new ProblemError(409, 'error.conflict');
    const at = new Date().toISOString();
    const changed = await repo.changeStatus(row.id, row.revision, {
      status: transition.to,
      statusReason: params.reason,
      statusChangedAt: at,
    });
    if (!changed) throw new ProblemError(409, 'error.conflict');
    await ctx.audit.recordInTrx(trx, {
      ...request.auditFacts(),
      action: `license.${params.action}`,
      objectType: 'license',
      objectId: row.id,
      detail: { licenseNo: row.licenseNo, from: row.status, to: transition.to, reason: params.reason },
    });
    await emitInTrx(trx, `license.${PAST[params.action]}`, {
      licenseId: row.id,
      licenseNo: row.licenseNo,
      holderAccountId: row.holderAccountId,
      reason: params.reason,
    });
    await notifyHolder(trx, row, `license.${PAST[params.action]}`, { reason: params.reason });
  });
}

/**
 * 告知承诺不实的，撤销: when the workflow revokes an approval, the licences it produced are
 * revoked with it, by the system, in one transaction each.
 */
export async function revokeLicensesOfApplication(
  ctx: AppContext,
  applicationId: string,
  opinion: string | null,
) {
  const reason = `行政许可已撤销${opinion ? `：${opinion}` : ''}`.slice(0, 300);
  for (const listed of await licenseRepository(ctx.db).ofApplication(applicationId)) {
    if (listed.status === 'revoked') continue;
    await ctx.db.transaction().execute(async (trx) => {
      const repo = licenseRepository(trx);
      const row = (await repo.findById(listed.id))!;
      if (row.status === 'revoked') return;
      const at = new Date().toISOString();
      if (
        !(await repo.changeStatus(row.id, row.revision, {
          status: 'revoked',
          statusReason: reason,
          statusChangedAt: at,
        }))
      )
        throw new ProblemError(409, 'error.conflict');
      await ctx.audit.recordInTrx(trx, {
        actor: null,
        action: 'license.revoke',
        objectType: 'license',
        objectId: row.id,
        detail: { licenseNo: row.licenseNo, from: row.status, to: 'revoked', reason },
      });
      await emitInTrx(trx, 'license.revoked', {
        licenseId: row.id,
        licenseNo: row.licenseNo,
        holderAccountId: row.holderAccountId,
        reason,
      });
      await notifyHolder(trx, row, 'license.revoked', { reason });
    });
  }
}
