import type { FieldProblem } from '../../../platform/errors/index.js';
import type { ProcessDefinition, StepKind } from './definition.js';
import { isEarlier, type Layout, layoutOf, rankOf } from './layout.js';

const INTAKE_KINDS: readonly StepKind[] = ['intake', 'pre_review'];
const AFTER_DECISION_KINDS: readonly StepKind[] = ['deliver', 'verify_commitment'];

/** Ids are unique; every reference names a step or group of the right sort. */
function referenceProblems(definition: ProcessDefinition, layout: Layout): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const claim = (id: string, field: string) => {
    if (seen.has(id)) problems.push({ field, code: 'workflow.definition.duplicate_id', params: { id } });
    seen.add(id);
  };
  definition.steps.forEach((s, i) => {
    claim(s.id, `steps.${i}.id`);
  });
  definition.parallelGroups.forEach((g, i) => {
    claim(g.id, `parallelGroups.${i}.id`);
  });

  const placed = new Set<string>();
  definition.parallelGroups.forEach((g, gi) => {
    g.branches.forEach((branch, b) => {
      branch.forEach((id, p) => {
        const field = `parallelGroups.${gi}.branches.${b}.${p}`;
        if (layout.groups.has(id)) problems.push({ field, code: 'workflow.definition.group_in_branch' });
        else if (!layout.steps.has(id))
          problems.push({ field, code: 'workflow.definition.unknown_step', params: { id } });
        else if (placed.has(id))
          problems.push({ field, code: 'workflow.definition.step_in_two_branches', params: { id } });
        placed.add(id);
      });
    });
  });

  const hasNext = new Set<string>();
  definition.transitions.forEach((t, i) => {
    const field = `transitions.${i}`;
    for (const end of ['from', 'to'] as const) {
      const id = t[end];
      if (!layout.steps.has(id) && !layout.groups.has(id))
        problems.push({ field: `${field}.${end}`, code: 'workflow.definition.unknown_node', params: { id } });
    }
    if (t.kind === 'return') {
      if (layout.groups.has(t.from) || layout.groups.has(t.to))
        problems.push({ field, code: 'workflow.definition.return_needs_steps' });
      return;
    }
    // Inside a group the branch order is the flow: a `next` out of a branch would never join.
    if (layout.slots.has(t.from)) problems.push({ field, code: 'workflow.definition.branch_leaves_group' });
    if (layout.slots.has(t.to)) problems.push({ field, code: 'workflow.definition.branch_entered_directly' });
    // Parallel work goes through groups, so a node forking on its own is a mistake.
    if (hasNext.has(t.from)) problems.push({ field, code: 'workflow.definition.several_next' });
    hasNext.add(t.from);
  });
  return problems;
}

function fieldOf(definition: ProcessDefinition, id: string, key = 'id'): string {
  const s = definition.steps.findIndex((x) => x.id === id);
  if (s >= 0) return `steps.${s}.${key}`;
  return `parallelGroups.${definition.parallelGroups.findIndex((x) => x.id === id)}.id`;
}

/** One start, a path that ends, and nothing off that path. */
function shapeProblems(definition: ProcessDefinition, layout: Layout): FieldProblem[] {
  if (layout.starts.length === 0) return [{ field: 'transitions', code: 'workflow.definition.no_start' }];
  if (layout.starts.length > 1)
    return [
      {
        field: 'transitions',
        code: 'workflow.definition.several_starts',
        params: { ids: layout.starts.join(', ') },
      },
    ];
  const problems: FieldProblem[] = [];
  if (layout.cyclic) problems.push({ field: 'transitions', code: 'workflow.definition.no_end' });
  for (const id of [...layout.groups.keys(), ...layout.steps.keys()]) {
    if (layout.slots.has(id) || layout.path.includes(id)) continue;
    problems.push({
      field: fieldOf(definition, id),
      code: 'workflow.definition.unreachable',
      params: { id },
    });
  }
  return problems;
}

/** The intake decision comes first, one decision follows, delivery and verification come after it. */
function kindProblems(definition: ProcessDefinition, layout: Layout): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const start = layout.starts[0]!;
  const startStep = layout.steps.get(start);
  if (!startStep || !INTAKE_KINDS.includes(startStep.kind))
    problems.push({ field: fieldOf(definition, start, 'kind'), code: 'workflow.definition.start_kind' });
  const decides = definition.steps.filter((s) => s.kind === 'decide');
  if (decides.length !== 1)
    problems.push({
      field: 'steps',
      code: 'workflow.definition.decide_count',
      params: { count: decides.length },
    });
  const decide = decides[0];
  if (decide && layout.slots.has(decide.id))
    problems.push({ field: fieldOf(definition, decide.id), code: 'workflow.definition.decide_in_branch' });
  const decideRank = decide ? rankOf(layout, decide.id).top : -1;
  for (const step of definition.steps) {
    if (step.id !== start && INTAKE_KINDS.includes(step.kind))
      problems.push({
        field: fieldOf(definition, step.id, 'kind'),
        code: 'workflow.definition.intake_not_first',
      });
    if (AFTER_DECISION_KINDS.includes(step.kind) && rankOf(layout, step.id).top < decideRank)
      problems.push({
        field: fieldOf(definition, step.id, 'kind'),
        code: 'workflow.definition.before_decision',
      });
  }
  return problems;
}

function returnProblems(definition: ProcessDefinition, layout: Layout): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const decide = definition.steps.find((s) => s.kind === 'decide');
  const decideRank = decide ? rankOf(layout, decide.id).top : -1;
  definition.transitions.forEach((t, i) => {
    if (t.kind !== 'return') return;
    const field = `transitions.${i}`;
    // Intake decisions are formal notices; after acceptance the case never goes back to them.
    if (t.to === layout.starts[0]) problems.push({ field, code: 'workflow.definition.return_to_start' });
    else if (!isEarlier(layout, t.to, t.from))
      problems.push({ field, code: 'workflow.definition.return_not_earlier' });
    // A decision once made is final: correcting it is a new procedure, not a return.
    else if (rankOf(layout, t.from).top > decideRank && rankOf(layout, t.to).top <= decideRank)
      problems.push({ field, code: 'workflow.definition.return_across_decision' });
  });
  return problems;
}

/** Fractions of the promised limit along the path (the longest branch of a group counts). */
function timeProblems(layout: Layout): FieldProblem[] {
  const fraction = (id: string) => {
    const share = layout.steps.get(id)?.timeShare;
    return share && 'fraction' in share ? share.fraction : 0;
  };
  let total = 0;
  for (const node of layout.path) {
    const group = layout.groups.get(node);
    total += group
      ? Math.max(...group.branches.map((branch) => branch.reduce((sum, id) => sum + fraction(id), 0)))
      : fraction(node);
  }
  return total > 1 + 1e-9
    ? [
        {
          field: 'steps',
          code: 'workflow.definition.time_shares_exceed',
          params: { total: total.toFixed(2) },
        },
      ]
    : [];
}

/**
 * Rules across fields that the schema cannot state. Each stage assumes the previous ones
 * passed (order and kinds mean nothing on a graph with dangling references), so the first
 * failing stage's problems are the answer.
 */
export function definitionProblems(definition: ProcessDefinition): FieldProblem[] {
  const layout = layoutOf(definition);
  for (const stage of [referenceProblems, shapeProblems, kindProblems, returnProblems]) {
    const problems = stage(definition, layout);
    if (problems.length) return problems;
  }
  return timeProblems(layout);
}
