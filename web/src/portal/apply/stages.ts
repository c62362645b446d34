import type { FormStep } from '../../forms/formSteps';

/** Where the applicant is: a page of the form, the check of the answers, or the declaration. */
export type Stage = { kind: 'step'; index: number } | { kind: 'check' } | { kind: 'declaration' };

export const checkStage: Stage = { kind: 'check' };
export const declarationStage: Stage = { kind: 'declaration' };
export const stepStage = (index: number): Stage => ({ kind: 'step', index });

/** The `step` search parameter: 1-based page numbers, then 'check' and 'declaration'. */
export function parseStage(param: string | null, steps: readonly FormStep[]): Stage | null {
  if (param === 'check') return checkStage;
  if (param === 'declaration') return declarationStage;
  const n = Number(param);
  return Number.isInteger(n) && n >= 1 && n <= steps.length ? stepStage(n - 1) : null;
}

export function stageParam(stage: Stage): string {
  return stage.kind === 'step' ? String(stage.index + 1) : stage.kind;
}

/** Position in the whole flow: the form's pages, then the check (N), then the declaration (N + 1). */
export function stagePosition(stage: Stage, steps: readonly FormStep[]): number {
  if (stage.kind === 'step') return stage.index;
  return stage.kind === 'check' ? steps.length : steps.length + 1;
}

export function stageAt(position: number, steps: readonly FormStep[]): Stage {
  if (position < steps.length) return stepStage(position);
  return position === steps.length ? checkStage : declarationStage;
}

export const sameStage = (a: Stage, b: Stage) =>
  a.kind === b.kind && (a.kind !== 'step' || (b.kind === 'step' && a.index === b.index));
