import type { ParallelGroup, ProcessDefinition, StepDefinition } from './definition.js';

/** Where a step sits inside a parallel group. */
export interface BranchSlot {
  groupId: string;
  branch: number;
  position: number;
}

/**
 * The indices both the validator and the engine read. Built from a definition that passed
 * the schema but perhaps not the rules, so it never throws: the first of duplicate ids or
 * `next` transitions wins, and the rules report the rest.
 */
export interface Layout {
  steps: ReadonlyMap<string, StepDefinition>;
  groups: ReadonlyMap<string, ParallelGroup>;
  slots: ReadonlyMap<string, BranchSlot>;
  next: ReadonlyMap<string, string>;
  returns: ReadonlyMap<string, readonly string[]>;
  /** Top-level nodes (groups and steps outside branches) that no `next` leads to. */
  starts: readonly string[];
  /** The top-level path from the first start, stopped before a node would repeat. */
  path: readonly string[];
  /** True when that path runs into a cycle instead of ending. */
  cyclic: boolean;
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function layoutOf(definition: ProcessDefinition): Layout {
  const steps = firstById(definition.steps);
  const groups = firstById(definition.parallelGroups);
  const slots = new Map<string, BranchSlot>();
  for (const group of groups.values())
    group.branches.forEach((branch, b) => {
      branch.forEach((stepId, position) => {
        if (!slots.has(stepId)) slots.set(stepId, { groupId: group.id, branch: b, position });
      });
    });

  const next = new Map<string, string>();
  const returns = new Map<string, string[]>();
  for (const t of definition.transitions) {
    if (t.kind === 'next') {
      if (!next.has(t.from)) next.set(t.from, t.to);
    } else {
      returns.set(t.from, [...(returns.get(t.from) ?? []), t.to]);
    }
  }

  const topLevel = [...groups.keys(), ...[...steps.keys()].filter((id) => !slots.has(id))];
  const targets = new Set(next.values());
  const starts = topLevel.filter((id) => !targets.has(id));

  const path: string[] = [];
  let cyclic = false;
  for (let node = starts[0]; node !== undefined; node = next.get(node)) {
    if (path.includes(node)) {
      cyclic = true;
      break;
    }
    path.push(node);
  }
  return { steps, groups, slots, next, returns, starts, path, cyclic };
}

/**
 * A step's place in the order of the process: the index of its top-level node on the path,
 * then (inside a group) its branch and position. Comparable only within one branch or
 * across top-level nodes.
 */
export function rankOf(layout: Layout, stepId: string): { top: number; slot: BranchSlot | null } {
  const slot = layout.slots.get(stepId) ?? null;
  return { top: layout.path.indexOf(slot ? slot.groupId : stepId), slot };
}

/** Does `target` come before `from` on every way through the process? */
export function isEarlier(layout: Layout, target: string, from: string): boolean {
  const t = rankOf(layout, target);
  const f = rankOf(layout, from);
  if (t.top !== f.top) return t.top < f.top;
  // Same group: only an earlier step of the same branch comes before; other branches run alongside.
  return !!t.slot && !!f.slot && t.slot.branch === f.slot.branch && t.slot.position < f.slot.position;
}
