import { describe, expect, it } from 'vitest';
import { type ProcessDefinition, parseProcess, workflowEngineMessages } from './index.js';

type Step = ProcessDefinition['steps'][number];

const step = (
  id: string,
  kind: Step['kind'],
  department = 'FS-ZJ',
  role: Step['assignment']['role'] = 'reviewer',
) => ({ id, kind, name: id, assignment: { department, role }, timeShare: { fraction: 0.2 } }) as Step;

/** intake → [a | b1 → b2] → decide → deliver, with returns inside a branch and from the decision. */
function base(): ProcessDefinition {
  return {
    steps: [
      step('intake', 'intake', '*', 'window_clerk'),
      step('a', 'review', 'FS-ZRZY'),
      step('b1', 'review'),
      step('b2', 'custom'),
      step('decide', 'decide', 'FS-ZRZY', 'approver'),
      step('deliver', 'deliver', '*', 'window_clerk'),
    ],
    parallelGroups: [{ id: 'joint', name: '并联', branches: [['a'], ['b1', 'b2']] }],
    transitions: [
      { from: 'intake', to: 'joint', kind: 'next' },
      { from: 'joint', to: 'decide', kind: 'next' },
      { from: 'decide', to: 'deliver', kind: 'next' },
      { from: 'b2', to: 'b1', kind: 'return' },
      { from: 'decide', to: 'a', kind: 'return' },
    ],
  };
}

function problemsOf(mutate: (d: ProcessDefinition) => void) {
  const definition = base();
  mutate(definition);
  const result = parseProcess(definition);
  return result.ok ? [] : result.problems;
}

const next = (from: string, to: string) => ({ from, to, kind: 'next' as const });
const back = (from: string, to: string) => ({ from, to, kind: 'return' as const });

describe('process definitions', () => {
  it('accepts a valid definition and compiles its layout', () => {
    const result = parseProcess(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.process.startStepId).toBe('intake');
    expect(result.process.decideStepId).toBe('decide');
    expect(result.process.layout.path).toEqual(['intake', 'joint', 'decide', 'deliver']);
  });

  it('answers schema problems as field problems with platform codes', () => {
    const result = parseProcess({ steps: [{ id: 'Bad Id' }], transitions: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'steps.0.id' }));
    for (const p of result.problems) expect(p.code).toMatch(/^validation\./);
  });

  const cases: [string, string, (d: ProcessDefinition) => void][] = [
    [
      'steps.1.id',
      'duplicate_id',
      (d) => {
        d.steps[1]!.id = 'intake';
      },
    ],
    [
      'parallelGroups.0.branches.0.0',
      'unknown_step',
      (d) => {
        d.parallelGroups[0]!.branches[0]![0] = 'zz';
      },
    ],
    [
      'parallelGroups.0.branches.0.0',
      'group_in_branch',
      (d) => {
        d.parallelGroups[0]!.branches[0]![0] = 'joint';
      },
    ],
    [
      'parallelGroups.0.branches.1.0',
      'step_in_two_branches',
      (d) => {
        d.parallelGroups[0]!.branches[1]![0] = 'a';
      },
    ],
    [
      'transitions.1.to',
      'unknown_node',
      (d) => {
        d.transitions[1]!.to = 'nowhere';
      },
    ],
    ['transitions.5', 'branch_leaves_group', (d) => void d.transitions.push(next('a', 'decide'))],
    ['transitions.5', 'branch_entered_directly', (d) => void d.transitions.push(next('deliver', 'b1'))],
    ['transitions.5', 'several_next', (d) => void d.transitions.push(next('intake', 'decide'))],
    ['transitions.5', 'return_needs_steps', (d) => void d.transitions.push(back('decide', 'joint'))],
    ['transitions', 'no_start', (d) => void d.transitions.push(next('deliver', 'intake'))],
    [
      'transitions',
      'several_starts',
      (d) => {
        d.transitions = d.transitions.filter((t) => t.to !== 'decide');
      },
    ],
    [
      'transitions',
      'no_end',
      (d) => {
        d.steps.push(step('extra', 'custom'));
        d.transitions.push(next('deliver', 'extra'), next('extra', 'deliver'));
      },
    ],
    [
      'steps.6.id',
      'unreachable',
      (d) => {
        d.steps.push(step('island', 'custom'), step('loop', 'custom'));
        d.transitions.push(next('island', 'loop'), next('loop', 'island'));
      },
    ],
    [
      'steps.0.kind',
      'start_kind',
      (d) => {
        d.steps[0]!.kind = 'review';
      },
    ],
    [
      'steps.2.kind',
      'intake_not_first',
      (d) => {
        d.steps[2]!.kind = 'pre_review';
      },
    ],
    [
      'steps',
      'decide_count',
      (d) => {
        d.steps[2]!.kind = 'decide';
      },
    ],
    [
      'steps.2.id',
      'decide_in_branch',
      (d) => {
        d.steps[4]!.kind = 'review';
        d.steps[2]!.kind = 'decide';
      },
    ],
    [
      'steps.6.kind',
      'before_decision',
      (d) => {
        d.steps.push(step('early', 'deliver'));
        d.transitions[1] = next('joint', 'early');
        d.transitions.push(next('early', 'decide'));
      },
    ],
    ['transitions.5', 'return_to_start', (d) => void d.transitions.push(back('decide', 'intake'))],
    ['transitions.5', 'return_not_earlier', (d) => void d.transitions.push(back('a', 'b1'))],
    ['transitions.5', 'return_across_decision', (d) => void d.transitions.push(back('deliver', 'decide'))],
    [
      'steps',
      'time_shares_exceed',
      (d) => {
        d.steps[3]!.timeShare = { fraction: 0.9 };
      },
    ],
  ];

  it.each(cases)('reports %s as workflow.definition.%s', (field, code, mutate) => {
    expect(problemsOf(mutate)).toContainEqual(
      expect.objectContaining({ field, code: `workflow.definition.${code}` }),
    );
  });

  it('has a zh-CN and an en-US message for every rule', () => {
    for (const [, code] of cases) {
      const message = workflowEngineMessages[`workflow.definition.${code}`];
      expect(message?.['zh-CN']).toBeTruthy();
      expect(message?.['en-US']).toBeTruthy();
    }
  });
});
