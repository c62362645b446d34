import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { FastifyBaseLogger } from 'fastify';
import { businessDateOf } from '../../platform/calendar/index.js';
import { maskName, sm3Hex } from '../../platform/crypto/index.js';
import type { AnyTrx } from '../../platform/db/index.js';
import { type DomainEvent, emitInTrx } from '../../platform/events/index.js';
import { fileStoreOf } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { applicationAnswers, findApplicationById } from '../applications/index.js';
import { directoryRepository } from '../directory/index.js';
import { identityKeys, identityRepository } from '../identity/index.js';
import { padesSign, signWithSeal } from '../seals/index.js';
import { certificateSpec, renderCertificate } from './certificate.js';
import { type LicenseContent, signedBytes } from './content.js';
import { addressWriter, dataProblems, mapLicenseData } from './data-mapping.js';
import { notifyHolder } from './holder-notices.js';
import { formatLicenseNo, newVerifyCode } from './license-no.js';
import { type LicenseType, licenseRepository } from './repository.js';
import type { HolderKind, LicenseIssuanceTable, LicenseTable } from './tables.js';
import type { IssuableType, LicenseData } from './type-definition.js';
import { validUntilOf } from './validity.js';

/** The payload of the workflow's `application.approved` event. */
export interface ApprovedEvent {
  applicationId: string;
  applicationNo: string;
  matterCode: string;
  /** The deciding department's code: it issues the licence. */
  department: string;
  opinion: string | null;
  legalBasis: string | null;
}

export const LICENSE_FILE_PURPOSE = 'license';

/** A licence that cannot be made from what the application holds: retrying changes nothing. */
export class LicenseDataError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

class AlreadyReserved extends Error {}

interface Holder {
  kind: HolderKind;
  accountId: string;
  name: string;
  id: string;
}

async function holderOf(
  ctx: AppContext,
  application: { submittedBy: string; organizationId: string | null },
) {
  const identity = identityRepository(ctx.db);
  if (application.organizationId) {
    const org = await identity.findOrganization(application.organizationId);
    if (!org) throw new LicenseDataError('license.holder_unknown');
    return {
      kind: 'organization',
      accountId: org.accountId,
      name: org.name,
      id: org.creditCode,
    } satisfies Holder;
  }
  const person = await identity.findPerson(application.submittedBy);
  if (!person) throw new LicenseDataError('license.holder_unknown');
  return {
    kind: 'person',
    accountId: person.accountId,
    name: person.name,
    id: ctx.cipher.decrypt(person.idNumberEnc),
  } satisfies Holder;
}

const isIssuable = (type: LicenseType): type is LicenseType & IssuableType => type.kind === 'license';

/**
 * 电子证照签发: each licence type a matter produces is issued once per approved application.
 * The outbox delivers `application.approved` at least once; the issuance row makes a
 * redelivery (or a second process) find the work done. A seal that cannot sign now fails the
 * delivery, which the outbox retries with back-off while health shows the backlog; data the
 * application cannot supply fails the issuance for good, recorded for the department.
 */
export function licenseIssuer(ctx: AppContext, log: FastifyBaseLogger) {
  const repo = licenseRepository(ctx.db);
  const store = fileStoreOf(ctx);

  /** Number, token and code for a licence, held by the issuance row so every retry prints the same. */
  async function reserve(event: ApprovedEvent, type: IssuableType, approvedAt: string) {
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const department = await directoryRepository(trx).findDepartmentByCode(event.department);
        if (!department) throw new LicenseDataError('license.department_unknown');
        const year = Number(businessDateOf(new Date(approvedAt)).slice(0, 4));
        const sequence = await licenseRepository(trx).nextNumber(type.prefix, department.divisionCode, year);
        const row: LicenseIssuanceTable = {
          applicationId: event.applicationId,
          licenseTypeCode: type.code,
          applicationNo: event.applicationNo,
          departmentCode: event.department,
          approvedAt,
          licenseNo: formatLicenseNo({
            prefix: type.prefix,
            region: department.divisionCode,
            year,
            sequence,
          }),
          verifyToken: randomBytes(16).toString('base64url'),
          verifyCodeEnc: ctx.cipher.encrypt(newVerifyCode()),
          status: 'pending',
          attempts: 0,
          lastError: null,
          lastAttemptAt: null,
          licenseId: null,
          durationMs: null,
        };
        // Another delivery reserved it meanwhile: roll the counter back with this transaction.
        if (!(await licenseRepository(trx).reserveIssuance(row))) throw new AlreadyReserved();
      });
    } catch (err) {
      if (!(err instanceof AlreadyReserved)) throw err;
    }
    return (await repo.findIssuance(event.applicationId, type.code))!;
  }

  async function contentOf(
    event: ApprovedEvent,
    type: IssuableType,
    issuance: LicenseIssuanceTable,
  ): Promise<{ content: LicenseContent; holder: Holder; departmentId: string }> {
    const application = await findApplicationById(ctx.db, event.applicationId);
    const answers = await applicationAnswers(ctx.db, ctx.cipher, event.applicationId);
    if (!application || !answers) throw new LicenseDataError('license.application_unknown');
    const department = (await directoryRepository(ctx.db).findDepartmentByCode(event.department))!;
    const holder = await holderOf(ctx, application);
    const data: LicenseData = await mapLicenseData(
      type.fields,
      answers,
      {
        holderName: holder.name,
        holderId: holder.id,
        applicationNo: event.applicationNo,
        matterName: application.matterName,
      },
      addressWriter(ctx.db),
    );
    const missing = dataProblems(type.fields, data);
    if (missing.length) throw new LicenseDataError(`license.data_invalid:${missing.join(',')}`);
    const validFrom = businessDateOf(new Date(issuance.approvedAt));
    const content: LicenseContent = {
      format: 'onewindow-license/1',
      licenseNo: issuance.licenseNo,
      type: { code: type.code, name: type.name },
      holder: { kind: holder.kind, name: holder.name, id: holder.id },
      issuer: { code: department.code, name: department.name },
      issuedAt: issuance.approvedAt,
      validFrom,
      validUntil: validUntilOf(type.validity, validFrom),
      applicationNo: event.applicationNo,
      data,
    };
    return { content, holder, departmentId: department.id };
  }

  async function issueOne(event: ApprovedEvent, type: IssuableType, approvedAt: string) {
    const found = await repo.findIssuance(event.applicationId, type.code);
    if (found && found.status !== 'pending') return;
    const issuance = found ?? (await reserve(event, type, approvedAt));
    if (issuance.status !== 'pending') return;
    const started = performance.now();
    const attempt = { attempts: issuance.attempts + 1, lastAttemptAt: new Date().toISOString() };
    let fileId: string | undefined;
    try {
      const { content, holder, departmentId } = await contentOf(event, type, issuance);
      const verifyCode = ctx.cipher.decrypt(issuance.verifyCodeEnc);
      const unsigned = await renderCertificate(
        certificateSpec(ctx, type, content, { verifyToken: issuance.verifyToken, verifyCode }),
      );
      // The PAdES signature goes in first; the SM2 seal then signs the very bytes the holder gets.
      const pdf = await padesSign(ctx, {
        departmentId,
        pdf: unsigned,
        reason: `${type.name}签发`,
        location: '佛山市',
      });
      const pdfSm3 = sm3Hex(Buffer.from(pdf));
      await ctx.db.transaction().execute(async (trx: AnyTrx) => {
        const file = await store.put(trx, {
          ownerAccountId: null,
          purpose: LICENSE_FILE_PURPOSE,
          fileName: `${type.name}-${content.licenseNo}.pdf`,
          bytes: pdf,
        });
        fileId = file.id;
        const seal = await signWithSeal(ctx, trx, {
          departmentId,
          data: signedBytes(content, pdfSm3),
          purpose: 'license.issue',
          actor: null,
        });
        const keys = identityKeys(ctx.cipher);
        const row: LicenseTable = {
          id: randomUUID(),
          licenseNo: content.licenseNo,
          typeCode: type.code,
          typeName: type.name,
          applicationId: event.applicationId,
          applicationNo: event.applicationNo,
          holderKind: holder.kind,
          holderAccountId: holder.accountId,
          holderNameMasked: holder.kind === 'person' ? maskName(holder.name) : holder.name,
          holderIdEnc: ctx.cipher.encrypt(holder.id),
          holderIdBidx: holder.kind === 'person' ? keys.idNumber(holder.id) : keys.creditCode(holder.id),
          departmentId,
          departmentCode: content.issuer.code,
          issuerName: content.issuer.name,
          issuedAt: content.issuedAt,
          validFrom: content.validFrom,
          validUntil: content.validUntil,
          dataEnc: ctx.cipher.encrypt(JSON.stringify(content)),
          pdfFileId: file.id,
          pdfSm3,
          sealKeyId: seal.keyId,
          sealAlgorithm: seal.algorithm,
          sealSignature: seal.signature,
          verifyToken: issuance.verifyToken,
          verifyCodeEnc: issuance.verifyCodeEnc,
          status: 'valid',
          statusReason: null,
          statusChangedAt: null,
          revision: 1,
        };
        await licenseRepository(trx).insert(row);
        const durationMs = Math.round(performance.now() - started);
        await licenseRepository(trx).updateIssuance(event.applicationId, type.code, {
          ...attempt,
          status: 'issued',
          lastError: null,
          licenseId: row.id,
          durationMs,
        });
        await ctx.audit.recordInTrx(trx, {
          actor: null,
          action: 'license.issue',
          objectType: 'license',
          objectId: row.id,
          detail: { licenseNo: row.licenseNo, type: type.code, applicationNo: event.applicationNo, pdfSm3 },
        });
        await emitInTrx(trx, 'license.issued', {
          licenseId: row.id,
          licenseNo: row.licenseNo,
          typeCode: type.code,
          typeName: type.name,
          applicationId: event.applicationId,
          applicationNo: event.applicationNo,
          holderKind: holder.kind,
          holderAccountId: holder.accountId,
        });
        await notifyHolder(trx, row, 'license.issued', { occurredAt: row.issuedAt });
        log.info({ licenseNo: row.licenseNo, durationMs }, 'licence issued');
      });
    } catch (err) {
      if (fileId) await store.discardBytes(fileId);
      // Another process issued it while this one worked (the licence's unique key refused the second).
      if ((await repo.findIssuance(event.applicationId, type.code))?.status === 'issued') return;
      const code = err instanceof LicenseDataError ? err.code : errorCode(err);
      await repo.updateIssuance(event.applicationId, type.code, {
        ...attempt,
        status: err instanceof LicenseDataError ? 'failed' : 'pending',
        lastError: code.slice(0, 500),
      });
      if (err instanceof LicenseDataError) {
        log.error({ applicationNo: event.applicationNo, type: type.code, code }, 'licence cannot be issued');
        return;
      }
      throw err;
    }
  }

  return {
    async onApproved(event: DomainEvent) {
      const payload = event.payload as ApprovedEvent;
      const types = (await repo.typesOfMatters([payload.matterCode])).filter(isIssuable);
      for (const type of types) await issueOne(payload, type, event.createdAt);
    },
  };
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : String(err);
}
