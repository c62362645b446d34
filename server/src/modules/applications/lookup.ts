import type { FieldCipher } from '../../platform/crypto/index.js';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { applicationRepository } from './repository.js';
import type { ApplicationTable } from './tables.js';

/** What other modules may know of an application (never its answers). */
export type ApplicationSummary = Pick<
  ApplicationTable,
  | 'id'
  | 'applicationNo'
  | 'matterCode'
  | 'matterVersionId'
  | 'matterName'
  | 'regionCode'
  | 'departmentId'
  | 'submittedBy'
  | 'organizationId'
  | 'applicantKind'
  | 'applicantName'
  | 'status'
  | 'submittedAt'
>;

const summaryOf = (row: ApplicationSummary): ApplicationSummary => ({
  id: row.id,
  applicationNo: row.applicationNo,
  matterCode: row.matterCode,
  matterVersionId: row.matterVersionId,
  matterName: row.matterName,
  regionCode: row.regionCode,
  departmentId: row.departmentId,
  submittedBy: row.submittedBy,
  organizationId: row.organizationId,
  applicantKind: row.applicantKind,
  applicantName: row.applicantName,
  status: row.status,
  submittedAt: row.submittedAt,
});

export async function findApplicationByNo(db: AnyDb | AnyTrx, applicationNo: string) {
  const row = await applicationRepository(db).findByNo(applicationNo);
  return row ? summaryOf(row) : undefined;
}

export async function findApplicationById(db: AnyDb | AnyTrx, id: string) {
  const row = await applicationRepository(db).findById(id);
  return row ? summaryOf(row) : undefined;
}

/**
 * The answers of an application, unsealed: for the module that issues its result (a licence
 * carries them), never for lists or other people.
 */
export async function applicationAnswers(
  db: AnyDb | AnyTrx,
  cipher: FieldCipher,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const row = await applicationRepository(db).findById(id);
  return row ? (JSON.parse(cipher.decrypt(row.formDataEnc)) as Record<string, unknown>) : undefined;
}
