import type { AnyDb } from '../../platform/db/index.js';
import { type PublishedMatter, publishedMatter } from '../catalogue/index.js';
import { directoryRepository } from '../directory/index.js';
import { projectRepository } from './repository.js';
import type { ProjectCategoryTable } from './tables.js';
import type { Stage } from './vocabulary.js';

export interface Department {
  id: string;
  code: string;
  name: string;
}

export interface CategoryConfig extends ProjectCategoryTable {
  stages: { stage: Stage; leadDepartment: Department | null; matterCodes: string[] }[];
}

export interface ResolvedStage {
  stage: Stage;
  leadDepartment: Department | null;
  matters: { matter: PublishedMatter; department: Department | null }[];
  unpublishedMatterCodes: string[];
}

export interface ResolvedCategory extends ProjectCategoryTable {
  stages: ResolvedStage[];
}

/** The categories' configuration, lead departments resolved from the directory. */
export async function categoryConfig(db: AnyDb): Promise<CategoryConfig[]> {
  const repo = projectRepository(db);
  const [categories, stages, stageMatters, departments] = await Promise.all([
    repo.categories(),
    repo.categoryStages(),
    repo.stageMatters(),
    directoryRepository(db).departments(),
  ]);
  return categories.map((category) => ({
    ...category,
    stages: stages
      .filter((s) => s.categoryCode === category.code)
      .map((s) => {
        const lead = departments.find((d) => d.code === s.leadDepartmentCode);
        return {
          stage: s.stage,
          leadDepartment: lead ? { id: lead.id, code: lead.code, name: lead.name } : null,
          matterCodes: stageMatters
            .filter((m) => m.categoryCode === category.code && m.stage === s.stage)
            .map((m) => m.matterCode),
        };
      }),
  }));
}

/**
 * The categories with their stages' matters as the catalogue publishes them now (with their
 * current department). A matter without a published version is listed apart, not dropped
 * silently. One catalogue read per distinct matter (a few dozen): for the views that show
 * matters and for a department's scope, not for every list.
 */
export async function withMatters(db: AnyDb, categories: CategoryConfig[]): Promise<ResolvedCategory[]> {
  const departments = await directoryRepository(db).departments();
  const codes = [...new Set(categories.flatMap((c) => c.stages.flatMap((s) => s.matterCodes)))];
  const published = new Map<string, PublishedMatter>();
  for (const code of codes) {
    const matter = await publishedMatter(db, code);
    if (matter) published.set(code, matter);
  }
  const departmentOf = (id: string) => {
    const d = departments.find((x) => x.id === id);
    return d ? { id: d.id, code: d.code, name: d.name } : null;
  };
  return categories.map((category) => ({
    ...category,
    stages: category.stages.map(({ matterCodes, ...s }) => ({
      ...s,
      matters: matterCodes.flatMap((code) => {
        const matter = published.get(code);
        return matter ? [{ matter, department: departmentOf(matter.departmentId) }] : [];
      }),
      unpublishedMatterCodes: matterCodes.filter((code) => !published.has(code)),
    })),
  }));
}

/** The categories a department takes part in: as a stage's lead, or as the department of one of its matters. */
export function categoriesInvolving(categories: ResolvedCategory[], departmentId: string): string[] {
  return categories
    .filter((c) =>
      c.stages.some(
        (s) =>
          s.leadDepartment?.id === departmentId || s.matters.some((m) => m.department?.id === departmentId),
      ),
    )
    .map((c) => c.code);
}
