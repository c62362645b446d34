import type { WorkingCalendar } from '../../platform/calendar/index.js';
import { type AnyTrx, newRowId } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Role } from '../../platform/permissions/index.js';
import type { MatterGuide } from '../catalogue/index.js';
import { directoryRepository } from '../directory/index.js';
import { isOnCreditBlacklist } from '../identity/index.js';
import { type CaseChannel, caseService } from '../workflow/index.js';
import type { Applicant } from './applicant.js';
import { insertMaterialLinks, type ReusedMaterial } from './materials.js';
import { applicationDateOf, formatApplicationNo } from './numbering/index.js';
import { applicationRepository } from './repository.js';
import type { ApplicationMaterialTable, ApplicationTable } from './tables.js';
import { recordZeroSubmission } from './zero-submission.js';

export interface ApplicationToOpen {
  applicant: Applicant;
  channel: CaseChannel;
  /** The roles of the one who submits (the case's first action). */
  roles: Role[];
  version: { id: string; departmentId: string };
  guide: MatterGuide;
  matterCode: string;
  formData: Record<string, unknown>;
  materials: Omit<ApplicationMaterialTable, 'applicationId'>[];
  /** Materials taken from licences or shared data instead of asked for (零提交). */
  reused?: ReusedMaterial[];
  /** When it was received: now, except for the demo seed's history. */
  receivedAt?: Date;
  /** 通办: where the applicant collects the result (a service centre's name). */
  collectAt?: string | null;
}

/**
 * The writes of a new application, in the caller's transaction: its number (region of the
 * deciding department + date + daily sequence + check character), the row with its sealed
 * answers, its material links and what it took instead of asking (with the 零提交 counters),
 * and its case with the first task and events.
 */
export async function openApplication(
  trx: AnyTrx,
  ctx: AppContext,
  input: ApplicationToOpen,
  calendar: WorkingCalendar,
): Promise<ApplicationTable> {
  const { applicant, guide } = input;
  const reused = input.reused ?? [];
  const repo = applicationRepository(trx);
  const department = (await directoryRepository(trx).findDepartment(input.version.departmentId))!;
  const now = input.receivedAt ?? new Date();
  const day = applicationDateOf(now);
  const sequence = await applicationRepository(ctx.numbers.on(trx)).nextSequence(
    department.divisionCode,
    day.replace(/-/g, ''),
  );
  const row: ApplicationTable = {
    id: newRowId(),
    applicationNo: formatApplicationNo({ region: department.divisionCode, date: day, sequence }),
    matterCode: input.matterCode,
    matterVersionId: input.version.id,
    matterName: guide.name,
    regionCode: department.divisionCode,
    departmentId: department.id,
    submittedBy: applicant.accountId,
    organizationId: applicant.organizationId,
    applicantKind: applicant.kind,
    applicantName: applicant.name,
    formDataEnc: ctx.cipher.encrypt(JSON.stringify(input.formData)),
    status: 'submitted',
    submittedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    revision: 1,
    collectAt: input.collectAt ?? null,
    reusedMaterials: reused.length,
  };
  await repo.insert(row);
  await insertMaterialLinks(trx, row.id, input.materials);
  await recordZeroSubmission(trx, {
    applicationId: row.id,
    departmentId: department.id,
    day,
    reused,
    materialsHandedIn: new Set(input.materials.map((m) => m.materialId)).size,
  });
  // The case opens in the same transaction: its first task, its clock, its events.
  const state = await caseService(ctx).start(
    trx,
    {
      application: { ...row, applicantAccountId: applicant.accountId },
      guide,
      channel: input.channel,
      onCreditBlacklist: await isOnCreditBlacklist(
        trx,
        ctx.cipher,
        applicant.organizationId
          ? { organizationId: applicant.organizationId }
          : { personId: applicant.accountId },
      ),
      // At a window the applicant signs the form there: the submission is theirs.
      submittedBy: { id: applicant.accountId, roles: input.roles, departmentCode: null },
    },
    calendar,
    now,
  );
  row.status = state.status;
  return row;
}
