import type { WorkingCalendar } from '../../../platform/calendar/index.js';
import { type AnyTrx, insertRow, rowAppender, updateRow } from '../../../platform/db/index.js';
import { emitInTrx } from '../../../platform/events/index.js';
import { type Effect, type InstanceState, isActive, WorkflowConflictError } from '../engine/index.js';
import type { CaseChannel, WorkflowInstanceTable, WorkflowTables } from '../tables.js';
import { listsChangedBy, recordListChanges } from './list-changes.js';
import { type CaseProjection, projectCase, taskDue } from './projections.js';
import { stateColumn, taskRow, workflowRepository } from './repository.js';

// The action log is read only after the commit (the case's timeline): its rows go with the
// transaction's other appended rows.
const appendAction = rowAppender<WorkflowTables, 'workflowActions'>('workflowActions');

/** What a case row carries besides the engine's state: the application it belongs to. */
export interface CaseFacts {
  channel: CaseChannel;
  applicationNo: string;
  matterCode: string;
  matterName: string;
  departmentCode: string;
}

/** The outcome of one action, as listeners in other modules see it (same transaction). */
export interface CaseChange {
  applicationId: string;
  applicationNo: string;
  before: InstanceState | null;
  after: InstanceState;
  effects: readonly Effect[];
  /** The case's deadlines as written with the change (e.g. the promised date for the acceptance notice). */
  projection: CaseProjection;
  facts: CaseFacts;
}

/**
 * Writes one transition in the caller's transaction: the instance row (guarded by its
 * revision: a concurrent writer makes this throw WorkflowConflictError, and the whole
 * transaction rolls back), task rows, the action log, supervision orders, the events, and
 * the revisions of the work lists it changes.
 */
export async function writeTransition(
  trx: AnyTrx,
  facts: CaseFacts,
  before: InstanceState | null,
  after: InstanceState,
  effects: readonly Effect[],
  calendar: WorkingCalendar,
  today: string,
): Promise<CaseProjection> {
  const { db } = workflowRepository(trx);
  const projection = projectCase(after, calendar, today);
  const columns = {
    status: after.status,
    outcome: after.outcome,
    revision: after.revision,
    state: stateColumn(after),
    ...projection,
    updatedAt: after.updatedAt,
  } satisfies Partial<WorkflowInstanceTable>;
  if (before === null) {
    await insertRow(db, 'workflowInstances', {
      id: after.id,
      definitionId: after.definitionId,
      ...facts,
      applicantAccountId: after.applicant.accountId,
      createdAt: after.createdAt,
      ...columns,
    });
  } else {
    const updated = await updateRow(db, 'workflowInstances', columns, {
      id: after.id,
      revision: before.revision,
    });
    if (updated !== 1) throw new WorkflowConflictError(before.revision, -1);
  }
  const taskById = new Map(after.tasks.map((t) => [t.id, t]));
  for (const effect of effects) {
    switch (effect.type) {
      case 'action.recorded': {
        const { action } = effect;
        await appendAction(trx, {
          id: action.id,
          instanceId: after.id,
          revision: action.revision,
          type: action.type,
          actorId: action.actorId,
          taskId: action.taskId,
          at: action.at,
          payload: JSON.stringify(action.payload),
        });
        break;
      }
      case 'task.created': {
        const task = taskById.get(effect.task.id)!;
        await insertRow(db, 'workflowTasks', taskRow(after.id, task, taskDue(task, after, calendar, today)));
        break;
      }
      case 'task.changed': {
        const task = taskById.get(effect.taskId)!;
        const { id: _id, ...row } = taskRow(after.id, task, taskDue(task, after, calendar, today));
        await updateRow(db, 'workflowTasks', row, { id: task.id });
        break;
      }
      case 'supervision.issued':
        await db
          .insertInto('workflowSupervisionOrders')
          .values({
            id: effect.order.id,
            instanceId: after.id,
            department: effect.order.department,
            text: effect.order.text,
            dueOn: effect.order.dueOn,
            issuedBy: effect.order.issuedBy,
            issuedAt: effect.order.issuedAt,
            answerText: null,
            answeredBy: null,
            answeredAt: null,
          })
          .execute();
        break;
      case 'supervision.answered':
        await db
          .updateTable('workflowSupervisionOrders')
          .set({ answerText: effect.answer.text, answeredBy: effect.answer.by, answeredAt: effect.answer.at })
          .where('id', '=', effect.orderId)
          .execute();
        break;
      case 'event.emitted':
        await emitInTrx(trx, effect.event.name, {
          applicationId: after.id,
          applicationNo: facts.applicationNo,
          matterCode: facts.matterCode,
          department: facts.departmentCode,
          ...effect.event.payload,
        });
        break;
      default:
        // The rest change the instance's own columns, written above from the new state.
        break;
    }
  }
  // A suspension or resumption moves every open task's due date with the case's clock.
  if (effects.some((e) => e.type === 'clock.recorded')) {
    for (const task of after.tasks.filter(isActive)) {
      await db
        .updateTable('workflowTasks')
        .set({ dueOn: taskDue(task, after, calendar, today) })
        .where('id', '=', task.id)
        .execute();
    }
  }
  await recordListChanges(db, listsChangedBy(facts.departmentCode, before, after));
  return projection;
}
