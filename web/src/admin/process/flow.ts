import { layoutOf } from '../../../../server/src/modules/workflow/engine/layout.js';
import type { ParallelGroup, ProcessDefinition, StepDefinition, TimeShare } from './api';

/** One place on the process's path: a step, or a parallel group with its branches side by side. */
export type FlowNode =
  | { kind: 'step'; step: StepDefinition }
  | { kind: 'group'; group: ParallelGroup; branches: StepDefinition[][] };

export interface Flow {
  nodes: FlowNode[];
  /** Steps and groups the path never reaches (a text being edited): shown apart, never hidden. */
  detached: FlowNode[];
  /** Step id → the steps its task may send the case back to. */
  returns: ReadonlyMap<string, readonly string[]>;
}

/** The process in the order the engine walks it (its own layout, so the two cannot disagree). */
export function flowOf(definition: ProcessDefinition): Flow {
  const layout = layoutOf(definition);
  const nodeOf = (id: string): FlowNode | null => {
    const group = layout.groups.get(id);
    if (group)
      return {
        kind: 'group',
        group,
        branches: group.branches.map((branch) => branch.flatMap((stepId) => layout.steps.get(stepId) ?? [])),
      };
    const step = layout.steps.get(id);
    return step ? { kind: 'step', step } : null;
  };
  const nodes = layout.path.flatMap((id) => nodeOf(id) ?? []);
  const placed = new Set([...layout.path, ...layout.slots.keys()]);
  const detached = [...layout.groups.keys(), ...layout.steps.keys()]
    .filter((id) => !placed.has(id))
    .flatMap((id) => nodeOf(id) ?? []);
  return { nodes, detached, returns: layout.returns };
}

/** Working days a step gets: as budgetDays in server/src/modules/workflow/engine/process.ts counts them. */
export const budgetDays = (share: TimeShare, promisedLimitDays: number) =>
  'workingDays' in share ? share.workingDays : Math.max(1, Math.round(share.fraction * promisedLimitDays));
