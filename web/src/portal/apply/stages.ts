import type { FormStep } from '../../forms/formSteps';

/**
 * Where the applicant is: a page of the form, the materials to upload, the check of the answers,
 * or the declaration.
 */
export type Stage =
  | { kind: 'step'; index: number }
  | { kind: 'materials' }
  | { kind: 'check' }
  | { kind: 'declaration' };

/** The pages of one application: the form's steps, then 上传材料 when the matter asks for files. */
export interface Flow {
  steps: readonly FormStep[];
  materials: boolean;
}

export const materialsStage: Stage = { kind: 'materials' };
export const checkStage: Stage = { kind: 'check' };
export const declarationStage: Stage = { kind: 'declaration' };
export const stepStage = (index: number): Stage => ({ kind: 'step', index });

/** The `step` search parameter: 1-based page numbers, then 'materials', 'check' and 'declaration'. */
export function parseStage(param: string | null, flow: Flow): Stage | null {
  if (param === 'check') return checkStage;
  if (param === 'declaration') return declarationStage;
  if (param === 'materials') return flow.materials ? materialsStage : null;
  const n = Number(param);
  return Number.isInteger(n) && n >= 1 && n <= flow.steps.length ? stepStage(n - 1) : null;
}

export function stageParam(stage: Stage): string {
  return stage.kind === 'step' ? String(stage.index + 1) : stage.kind;
}

const materialsCount = (flow: Flow) => (flow.materials ? 1 : 0);

/** How many pages the whole flow has. */
export const stageCount = (flow: Flow) => flow.steps.length + materialsCount(flow) + 2;

/** Position in the whole flow: the form's pages, the materials (if any), the check, the declaration. */
export function stagePosition(stage: Stage, flow: Flow): number {
  const n = flow.steps.length;
  if (stage.kind === 'step') return stage.index;
  if (stage.kind === 'materials') return n;
  return stage.kind === 'check' ? n + materialsCount(flow) : n + materialsCount(flow) + 1;
}

export function stageAt(position: number, flow: Flow): Stage {
  const n = flow.steps.length;
  if (position < n) return stepStage(position);
  if (flow.materials && position === n) return materialsStage;
  return position === n + materialsCount(flow) ? checkStage : declarationStage;
}

export const sameStage = (a: Stage, b: Stage) =>
  a.kind === b.kind && (a.kind !== 'step' || (b.kind === 'step' && a.index === b.index));
