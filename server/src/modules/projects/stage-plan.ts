/**
 * A stage as a project meets it: the category's matters as published now, their merged form
 * (一张表单) and material set, and what the site's area assessments and the 告知承诺 list take
 * off that set.
 */
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { licenseTypesOfMatters } from '../licenses/index.js';
import { type CategoryConfig, type ResolvedStage, withMatters } from './category-directory.js';
import {
  type AreaAssessment,
  assessmentsCovering,
  type MaterialReduction,
  reduceMaterials,
} from './reductions.js';
import { mergeStageForm, type StageForm } from './stage-form.js';
import type { Stage } from './vocabulary.js';

/** The stage's matters as published now and their merged form; undefined if the category has no such stage. */
export async function mergedStage(db: AnyDb | AnyTrx, config: CategoryConfig, stage: Stage) {
  if (!config.stages.some((s) => s.stage === stage)) return undefined;
  const [category] = await withMatters(db as AnyDb, [
    { ...config, stages: config.stages.filter((s) => s.stage === stage) },
  ]);
  const resolved: ResolvedStage = category!.stages[0]!;
  const merged: StageForm = mergeStageForm(
    resolved.matters.map(({ matter }) => ({
      matterCode: matter.code,
      fields: matter.guide.form,
      materials: matter.guide.materials,
    })),
  );
  return { resolved, merged };
}

export interface StagePlan {
  resolved: ResolvedStage;
  merged: StageForm;
  areas: AreaAssessment[];
  reductions: MaterialReduction[];
}

/** The stage for a site: merged form and materials, with the area assessments covering the site. */
export async function stagePlan(
  db: AnyDb | AnyTrx,
  config: CategoryConfig,
  stage: Stage,
  site: AreaAssessment['bbox'],
): Promise<StagePlan | undefined> {
  const found = await mergedStage(db, config, stage);
  if (!found) return undefined;
  const areas = assessmentsCovering(site);
  const issuers = new Map<string, { code: string; name: string }>();
  for (const { matter } of found.resolved.matters)
    for (const type of await licenseTypesOfMatters(db, [matter.code]))
      issuers.set(type.name, { code: matter.code, name: matter.guide.name });
  return { ...found, areas, reductions: reduceMaterials(found.merged.materials, areas, issuers) };
}

/** The figures of what one form, the area assessments and every allowed commitment save. */
export function reductionFigures(plan: StagePlan) {
  const covered = plan.reductions.filter((r) => r.coveredBy).length;
  const commitment = plan.reductions.filter((r) => r.commitmentAllowed).length;
  const { savings } = plan.merged;
  return {
    fieldsSeparately: savings.fieldsSeparately,
    fieldsMerged: savings.fieldsMerged,
    materialsSeparately: savings.materialsSeparately,
    materialsMerged: savings.materialsMerged,
    materialsCoveredByArea: covered,
    materialsCommitmentAllowed: commitment,
    materialsAtLeast: savings.materialsMerged - covered - commitment,
  };
}

/**
 * The merged answers split back to each matter: every merged field's value goes to each
 * matter field it stands for, under that matter's own name.
 */
export function answersByMatter(
  fieldSources: StageForm['fieldSources'],
  formData: Record<string, unknown>,
): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [merged, sources] of Object.entries(fieldSources)) {
    if (!(merged in formData)) continue;
    for (const { matterCode, name } of sources) {
      const answers = out.get(matterCode) ?? {};
      answers[name] = formData[merged];
      out.set(matterCode, answers);
    }
  }
  return out;
}

/** A matter's field path (`landArea`, `owners.0.name`) as the merged form names it. */
export function mergedFieldOf(
  fieldSources: StageForm['fieldSources'],
  matterCode: string,
  path: string,
): string {
  const [top, ...rest] = path.split('.');
  const merged = Object.entries(fieldSources).find(([, sources]) =>
    sources.some((s) => s.matterCode === matterCode && s.name === top),
  );
  return [merged ? merged[0] : top, ...rest].join('.');
}
