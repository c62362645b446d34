import type { z } from 'zod';
import type { AuditActor } from '../../platform/audit/index.js';
import { businessDateOf } from '../../platform/calendar/index.js';
import { maskName } from '../../platform/crypto/index.js';
import { type AnyDb, type AnyTrx, newRowId } from '../../platform/db/index.js';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import { fileStoreOf } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { type PdfSpec, renderPdf } from '../../platform/pdf/index.js';
import { directoryRepository } from '../directory/index.js';
import { formatDocumentNo, issuerAbbreviation } from './document-no.js';
import { noticeRepository } from './repository.js';
import type { NoticeTable } from './tables.js';
import { chineseDate, draftNotice, type NoticeInput, type NoticeKind } from './templates/index.js';
import { newVerifyCode } from './verify-code.js';

export type IssueNotice = {
  [K in NoticeKind]: {
    applicationId: string;
    applicationNo: string;
    kind: K;
    input: NoticeInput<K>;
    /** The staff account deciding; null when the system issues (an online receipt). */
    issuedBy: string | null;
    /** The issuing department: its full name is printed as issuer. */
    departmentCode: string;
    /** The request's actor, when there is one; otherwise the staff account or the system is recorded. */
    actor?: AuditActor | null;
  };
}[NoticeKind];

export interface IssuedNotice {
  id: string;
  verifyCode: string;
  documentNo: string | null;
}

/** The issuing department's name and abbreviation, and the government that reviews its acts. */
async function departmentFacts(trx: AnyTrx, code: string) {
  const directory = directoryRepository(trx);
  const department = await directory.findDepartmentByCode(code);
  if (!department) throw new ProblemError(422, 'notice.unknown_department', { params: { code } });
  // 佛山市南海区人民政府: the names from the city down to the department's own division.
  const names: string[] = [];
  for (
    let d = await directory.findDivision(department.divisionCode);
    d;
    d = d.parentCode ? await directory.findDivision(d.parentCode) : undefined
  ) {
    if (d.level === 'town') continue;
    names.unshift(d.name);
    if (d.level !== 'district') break;
  }
  return {
    name: department.name,
    prefix: issuerAbbreviation(department),
    reconsiderationBody: `${names.join('')}人民政府`,
  };
}

function inputProblems(error: z.ZodError) {
  return invalidFields(
    error.issues.map((issue) => ({
      field: ['input', ...issue.path].join('.'),
      code: (issue as { params?: { i18n?: string } }).params?.i18n ?? 'validation.invalid',
    })),
  );
}

/**
 * Issues a notice inside the caller's transaction: numbers it, seals its content, stores it and
 * emits `notice.issued`. The PDF is rendered later, from exactly what is stored here.
 */
export async function issueNotice(trx: AnyTrx, ctx: AppContext, params: IssueNotice): Promise<IssuedNotice> {
  const now = new Date();
  const issuedOn = businessDateOf(now);
  const department = await departmentFacts(trx, params.departmentCode);
  const drafted = draftNotice(params.kind, params.input, {
    applicationNo: params.applicationNo,
    issuerName: department.name,
    issuedOn,
    reconsiderationBody: department.reconsiderationBody,
  });
  if (!drafted.ok) throw inputProblems(drafted.error);
  const { title, series, draft } = drafted;
  const year = Number(issuedOn.slice(0, 4));
  const documentNo = series
    ? formatDocumentNo(
        department.prefix,
        series,
        year,
        await noticeRepository(ctx.numbers.on(trx)).nextNumber(params.departmentCode, year, series),
      )
    : null;
  const verifyCode = newVerifyCode();
  const spec: PdfSpec = {
    title: `${department.name}\n${title}`,
    ...(documentNo ? { documentNo } : {}),
    applicationNo: params.applicationNo,
    recipient: draft.recipient.name,
    paragraphs: draft.paragraphs,
    ...(draft.fields ? { fields: draft.fields } : {}),
    issuer: department.name,
    date: chineseDate(issuedOn),
    verifyUrl: `${ctx.config.publicBaseUrl}/verify/${verifyCode}`,
    ...(draft.annexes ? { annexes: draft.annexes } : {}),
  };
  const row: NoticeTable = {
    id: newRowId(),
    verifyCode,
    applicationId: params.applicationId,
    applicationNo: params.applicationNo,
    kind: params.kind,
    title,
    documentNo,
    issuedBy: params.issuedBy,
    issuerName: department.name,
    departmentCode: params.departmentCode,
    recipientMasked:
      draft.recipient.kind === 'person' ? maskName(draft.recipient.name) : draft.recipient.name,
    issuedAt: now.toISOString(),
    contentEnc: ctx.cipher.encrypt(JSON.stringify(spec)),
    pdfSm3: null,
    pdfFileId: null,
  };
  await noticeRepository(trx).insert(row);
  await ctx.audit.recordInTrx(trx, {
    actor:
      params.actor ??
      (params.issuedBy ? { id: params.issuedBy, role: 'staff', label: department.name } : null),
    action: 'notice.issue',
    objectType: 'notice',
    objectId: row.id,
    detail: { kind: row.kind, applicationNo: row.applicationNo, documentNo },
  });
  await emitInTrx(trx, 'notice.issued', {
    noticeId: row.id,
    applicationId: row.applicationId,
    applicationNo: row.applicationNo,
    kind: row.kind,
    documentNo,
  });
  return { id: row.id, verifyCode, documentNo };
}

/** Keeps the first rendering: what the holder downloaded stays what the SM3 on record describes. */
async function archive(db: AnyDb | AnyTrx, ctx: AppContext, row: NoticeTable, bytes: Uint8Array) {
  const store = fileStoreOf(ctx);
  const keep = async (trx: AnyTrx) => {
    const file = await store.put(trx, {
      ownerAccountId: null,
      purpose: 'notice',
      fileName: `${row.documentNo ?? row.title}.pdf`,
      bytes,
    });
    if (await noticeRepository(trx).attachPdf(row.id, file.id, file.sm3)) return null;
    // Another process archived it first; its bytes are these same bytes.
    await store.removeRow(trx, file.id);
    return file.id;
  };
  const discarded = db.isTransaction ? await keep(db as AnyTrx) : await db.transaction().execute(keep);
  if (discarded) await store.discardBytes(discarded);
}

/** The notice as PDF: the archived copy, or rendered (and archived) from the sealed spec. */
export async function renderNotice(db: AnyDb | AnyTrx, ctx: AppContext, id: string): Promise<Uint8Array> {
  const row = await noticeRepository(db).findById(id);
  if (!row) throw notFound();
  if (row.pdfFileId) {
    const archived = await fileStoreOf(ctx).read(row.pdfFileId, db);
    if (archived) return archived.bytes;
  }
  const bytes = await renderPdf(JSON.parse(ctx.cipher.decrypt(row.contentEnc)) as PdfSpec);
  await archive(db, ctx, row, bytes);
  return bytes;
}

/** The notices of an application, oldest first. */
export async function noticesOf(db: AnyDb | AnyTrx, applicationId: string) {
  return noticeRepository(db).ofApplication(applicationId);
}
