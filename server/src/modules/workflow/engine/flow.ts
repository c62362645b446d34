import type { Process } from './process.js';

/**
 * Where an instance stands in its process. Only one top-level node is worked at a time
 * (parallelism lives inside groups), so a node plus one cursor per branch says it all.
 */
export interface FlowPosition {
  /** A step or a group; null before submission, while a correction is awaited, and after the end. */
  node: string | null;
  /** Inside a group: each branch's active step, or null once that branch has reached the join. */
  branches: (string | null)[];
}

/** Steps a definition says to pass over in this instance (verification without a commitment). */
export type SkipStep = (stepId: string) => boolean;

export const OUTSIDE: FlowPosition = { node: null, branches: [] };

export function activeSteps(process: Process, flow: FlowPosition): string[] {
  if (flow.node === null) return [];
  if (!process.layout.groups.has(flow.node)) return [flow.node];
  return flow.branches.filter((s): s is string => s !== null);
}

function firstKept(branch: readonly string[], from: number, skip: SkipStep): string | null {
  return branch.slice(from).find((id) => !skip(id)) ?? null;
}

/** Enters a top-level node (undefined: the end), passing over skipped steps and emptied groups. */
export function enter(process: Process, nodeId: string | undefined, skip: SkipStep): FlowPosition {
  const { groups, next } = process.layout;
  for (let node = nodeId; node !== undefined; node = next.get(node)) {
    const group = groups.get(node);
    if (group) {
      const branches = group.branches.map((branch) => firstKept(branch, 0, skip));
      if (branches.some((s) => s !== null)) return { node, branches };
    } else if (!skip(node)) {
      return { node, branches: [] };
    }
  }
  return OUTSIDE;
}

/** The position once `stepId` is done: the branch moves on, and the join fires only when every branch is through. */
export function afterStep(
  process: Process,
  flow: FlowPosition,
  stepId: string,
  skip: SkipStep,
): FlowPosition {
  const { groups, slots, next } = process.layout;
  const slot = slots.get(stepId);
  if (!slot) return enter(process, next.get(stepId), skip);
  const branch = groups.get(slot.groupId)!.branches[slot.branch]!;
  const branches = flow.branches.map((active, b) =>
    b === slot.branch ? firstKept(branch, slot.position + 1, skip) : active,
  );
  return branches.some((s) => s !== null)
    ? { node: slot.groupId, branches }
    : enter(process, next.get(slot.groupId), skip);
}

/**
 * The position after a return to `target`. Inside the same group only the target's branch
 * is redone; from beyond the group the other branches have joined already, so the join
 * waits for the target's branch alone.
 */
export function returnTo(process: Process, flow: FlowPosition, target: string): FlowPosition {
  const slot = process.layout.slots.get(target);
  if (!slot) return { node: target, branches: [] };
  const group = process.layout.groups.get(slot.groupId)!;
  const branches = flow.node === slot.groupId ? [...flow.branches] : group.branches.map(() => null);
  branches[slot.branch] = target;
  return { node: slot.groupId, branches };
}
