import type { CaseStep, CaseTask } from '../../api/workflowTypes';

/** One place on the case's path: a step, or several departments' steps worked at once (并联审查). */
export interface StepNode {
  key: string;
  steps: CaseStep[];
  parallel: boolean;
}

const BRANCH_KINDS = new Set(['review', 'custom']);

function firstOpened(tasks: readonly CaseTask[], stepId: string): string | undefined {
  return tasks
    .filter((task) => task.stepId === stepId)
    .map((task) => task.openedAt)
    .sort()[0];
}

/**
 * The case view lists steps in definition order without their parallel groups, so branches are
 * read off what is there: neighbouring review steps of different departments whose tasks opened
 * in the same instant (a group's branches start together), or that have not started yet.
 */
export function stepNodes(steps: readonly CaseStep[], tasks: readonly CaseTask[]): StepNode[] {
  const nodes: StepNode[] = [];
  for (const step of steps) {
    const last = nodes.at(-1);
    const previous = last?.steps.at(-1);
    const together =
      last &&
      previous &&
      BRANCH_KINDS.has(previous.kind) &&
      BRANCH_KINDS.has(step.kind) &&
      !last.steps.some((s) => s.department === step.department) &&
      firstOpened(tasks, previous.id) === firstOpened(tasks, step.id);
    if (together) {
      last.steps.push(step);
      last.parallel = true;
    } else nodes.push({ key: step.id, steps: [step], parallel: false });
  }
  return nodes;
}

export type StepState = 'wait' | 'process' | 'finish' | 'returned';

/** Where a step stands, from its latest task. */
export function stepState(tasks: readonly CaseTask[], stepId: string): StepState {
  const latest = tasks.filter((task) => task.stepId === stepId).at(-1);
  if (!latest) return 'wait';
  if (latest.status === 'open' || latest.status === 'claimed') return 'process';
  if (latest.status === 'completed') return 'finish';
  if (latest.status === 'returned') return 'returned';
  return 'wait';
}
