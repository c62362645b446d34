import type { WorkingCalendar } from '../../platform/calendar/index.js';
import { projectClock, type WarningLevel } from './clock/index.js';
import { type Actor, availableActions, type InstanceState, type Process, taskDueOn } from './engine/index.js';
import type { CaseView } from './schemas.js';
import type { workflowRepository } from './store/repository.js';
import type { WorkflowInstanceTable } from './tables.js';

const warningOf = (level: WarningLevel) => level as 'none' | 'yellow' | 'red';

/** A task's warning from its due date (projection rule 8 on the task's budget). */
export function taskWarning(
  dueOn: string,
  budgetDays: number,
  calendar: WorkingCalendar,
  today: string,
): 'none' | 'yellow' | 'red' {
  if (today > dueOn) return calendar.countWorkingDays(dueOn, today) > 0 ? 'red' : 'none';
  return calendar.countWorkingDays(today, dueOn) <= Math.max(Math.floor(budgetDays / 5), 2)
    ? 'yellow'
    : 'none';
}

export async function caseViewOf(
  repo: ReturnType<typeof workflowRepository>,
  row: WorkflowInstanceTable,
  process: Process,
  state: InstanceState,
  actor: Actor,
  calendar: WorkingCalendar,
  today: string,
): Promise<CaseView> {
  const stepName = (id: string) => process.layout.steps.get(id)?.name ?? id;
  const clock = state.clock && projectClock(state.clock, calendar, today);
  const limit = (p: NonNullable<typeof clock>['legal']) => ({ ...p, warning: warningOf(p.warning) });
  return {
    applicationNo: row.applicationNo,
    matterCode: row.matterCode,
    matterName: row.matterName,
    channel: row.channel,
    departmentCode: row.departmentCode,
    status: state.status,
    outcome: state.outcome,
    revision: state.revision,
    intake: { ...state.intake },
    intakeDueOn: row.intakeDueOn,
    clock:
      state.clock && clock
        ? {
            startDate: state.clock.startDate,
            legal: limit(clock.legal),
            promised: limit(clock.promised),
            suspended: clock.suspended,
            stopped: clock.stopped,
            entries: state.clock.entries.map((e) => ({ ...e })),
          }
        : null,
    steps: process.definition.steps.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      department: s.assignment.department,
    })),
    tasks: state.tasks.map((t) => ({
      id: t.id,
      stepId: t.stepId,
      stepName: stepName(t.stepId),
      kind: t.kind,
      department: t.assignment.department,
      role: t.assignment.role,
      assigneeId: t.assigneeId,
      status: t.status,
      revision: t.revision,
      openedAt: t.openedAt,
      closedAt: t.closedAt,
      dueOn: taskDueOn(t, state.clock, calendar, today),
      result: t.result,
    })),
    supervisionOrders: state.supervisionOrders.map((o) => ({
      id: o.id,
      department: o.department,
      text: o.text,
      dueOn: o.dueOn,
      issuedAt: o.issuedAt,
      answer: o.answer && { text: o.answer.text, at: o.answer.at },
    })),
    delivery: state.delivery ? { ...state.delivery } : null,
    timeline: (await repo.timeline(row.id)).map((a) => ({ ...a, payload: JSON.parse(a.payload) })),
    actions: availableActions(process, state, actor).map(({ choices, ...a }) => ({
      ...a,
      ...(choices ? { choices: [...choices] } : {}),
    })),
  };
}
