import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { applicationRepository } from './repository.js';

/** What other modules may know of an application (never its answers). */
export interface ApplicationSummary {
  id: string;
  applicationNo: string;
  matterCode: string;
  matterVersionId: string;
  matterName: string;
  regionCode: string;
  departmentId: string;
  submittedBy: string;
  organizationId: string | null;
  applicantKind: 'person' | 'organization';
  applicantName: string;
  status: string;
  submittedAt: string;
}

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
