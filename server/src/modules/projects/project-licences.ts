import type { FieldCipher } from '../../platform/crypto/index.js';
import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import {
  type Applicant,
  type LicenceBelongs,
  type MaterialSourcing,
  materialSourcing,
  sourcingIn,
  type UploadReason,
} from '../applications/index.js';
import { licenseTypesOfMatters } from '../licenses/index.js';
import { type CategoryConfig, categoryConfig } from './category-directory.js';
import { projectRepository } from './repository.js';
import type { StagePlan } from './stage-plan.js';
import type { ProjectTables } from './tables.js';

/**
 * Which of the owner's licences a stage of this project may take instead of asking (零提交):
 * of a type the stages issue (备案证, 建设用地规划许可证, 施工许可证…) only those this project's
 * own filings were issued; a company building several projects holds one of each per project,
 * and another project's permit is not this one's. Other types (营业执照) as usual.
 */
export async function projectLicences(
  db: AnyDb | AnyTrx,
  categories: CategoryConfig[],
  projectId: string,
): Promise<LicenceBelongs> {
  const matterCodes = [...new Set(categories.flatMap((c) => c.stages.flatMap((s) => s.matterCodes)))];
  const perProject = new Set((await licenseTypesOfMatters(db, matterCodes)).map((t) => t.code));
  const own = new Set(
    (
      await tablesOf<ProjectTables>(db)
        .selectFrom('projectFilingMatters as m')
        .innerJoin('projectFilings as f', 'f.id', 'm.filingId')
        .select('m.applicationNo')
        .where('f.projectId', '=', projectId)
        .execute()
    ).map((r) => r.applicationNo),
  );
  return (typeCode, licence) =>
    !perProject.has(typeCode) || (licence.applicationNo !== null && own.has(licence.applicationNo));
}

/**
 * The licence scope of a project its owner's agent files for (a file uploaded for a stage's
 * material); anyone else meets a project that is not there.
 */
export async function ownProjectLicences(
  db: AnyDb,
  principal: Principal,
  projectId: string,
): Promise<LicenceBelongs> {
  const project = await projectRepository(db).findById(projectId);
  if (!project || project.ownerOrganizationId !== principal.actingForOrgId) throw notFound();
  return projectLicences(db, await categoryConfig(db), projectId);
}

/** How the owner hands a stage's material in now, as the requirements show it. */
export interface StageSourcing {
  kind: 'applicant' | 'reused' | 'upload' | 'department';
  /** The licence taken instead (零提交). */
  licenseNo: string | null;
  /** Why a material the platform knows the source of is uploaded all the same. */
  reason: UploadReason | null;
}

/** Each merged material's sourcing for this applicant, by identity: as its first matter sources it. */
export async function stageSourcing(
  db: AnyDb,
  cipher: FieldCipher,
  applicant: Applicant,
  plan: StagePlan,
  belongs: LicenceBelongs,
): Promise<Map<string, StageSourcing>> {
  const byMatter = new Map<string, MaterialSourcing>();
  for (const { matter } of plan.resolved.matters)
    byMatter.set(matter.code, await materialSourcing(db, cipher, applicant, matter.guide, belongs));
  const out = new Map<string, StageSourcing>();
  for (const m of plan.merged.materials) {
    const [first] = m.sources;
    const s = sourcingIn(byMatter.get(first!.matterCode)!, { id: first!.materialId });
    out.set(m.identity, {
      kind: s.kind,
      licenseNo: s.kind === 'reused' && s.reuse.kind === 'license' ? s.reuse.license.licenseNo : null,
      reason: s.kind === 'upload' ? s.reason : null,
    });
  }
  return out;
}
