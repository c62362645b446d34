import type { z } from 'zod';
import type { FieldProblem } from '../../../platform/errors/index.js';
import { type ProcessDefinition, processDefinitionSchema, type StepDefinition } from './definition.js';
import { definitionProblems } from './definition-rules.js';
import { type Layout, layoutOf } from './layout.js';

/** A definition that passed every rule, with the indices the engine walks. */
export interface Process {
  definition: ProcessDefinition;
  layout: Layout;
  startStepId: string;
  decideStepId: string;
}

export type ParseResult = { ok: true; process: Process } | { ok: false; problems: FieldProblem[] };

// The platform's validation.* messages cover these zod codes; anything else is generic.
const ZOD_CODES = new Set(['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value']);

function schemaProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || '(root)',
    code: ZOD_CODES.has(issue.code) ? `validation.${issue.code}` : 'validation.invalid',
    params:
      'minimum' in issue ? { minimum: issue.minimum } : 'maximum' in issue ? { maximum: issue.maximum } : {},
  }));
}

/** Validates stored or uploaded JSON; answers every problem at once, as field problems. */
export function parseProcess(input: unknown): ParseResult {
  const parsed = processDefinitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = definitionProblems(parsed.data);
  if (problems.length) return { ok: false, problems };
  const layout = layoutOf(parsed.data);
  return {
    ok: true,
    process: {
      definition: parsed.data,
      layout,
      startStepId: layout.starts[0]!,
      decideStepId: parsed.data.steps.find((s) => s.kind === 'decide')!.id,
    },
  };
}

export function stepOf(process: Process, stepId: string): StepDefinition {
  const step = process.layout.steps.get(stepId);
  if (!step) throw new Error(`step ${stepId} is not in the process`);
  return step;
}

/** The department that decides: it answers for the case as a whole (办结, extensions). */
export function leadDepartment(process: Process): string {
  return stepOf(process, process.decideStepId).assignment.department;
}

export function returnTargets(process: Process, stepId: string): readonly string[] {
  return process.layout.returns.get(stepId) ?? [];
}

/** Every department named by a step: the ones a supervision order may be addressed to. */
export function departmentsOf(process: Process): Set<string> {
  return new Set(process.definition.steps.map((s) => s.assignment.department));
}

/** Working days a step's task gets: fixed, or its fraction of the promised limit (at least one day). */
export function budgetDays(step: StepDefinition, promisedLimitDays: number): number {
  const share = step.timeShare;
  return 'workingDays' in share
    ? share.workingDays
    : Math.max(1, Math.round(share.fraction * promisedLimitDays));
}
