import type { Kysely } from 'kysely';
import {
  type AnyDb,
  type AnyTrx,
  type Dialect,
  preparedQuery,
  tablesOf,
} from '../../../platform/db/index.js';
import { restoreClock } from '../clock/index.js';
import type { InstanceState, SupervisionOrder, Task } from '../engine/index.js';
import type { WorkflowInstanceTable, WorkflowTables, WorkflowTaskTable } from '../tables.js';

// A case's rows are read by every command on it, and a new case's definition by every
// submission: compiled once.
const instanceById = preparedQuery((db: Kysely<WorkflowTables>, p: { id: string }) =>
  db.selectFrom('workflowInstances').selectAll().where('id', '=', p.id),
);
const instanceByNo = preparedQuery((db: Kysely<WorkflowTables>, p: { applicationNo: string }) =>
  db.selectFrom('workflowInstances').selectAll().where('applicationNo', '=', p.applicationNo),
);
// PostgreSQL locks the case's row for the command's transaction; SQLite's single writer needs no lock.
const instanceByNoForUpdate = preparedQuery((db: Kysely<WorkflowTables>, p: { applicationNo: string }) =>
  db.selectFrom('workflowInstances').selectAll().where('applicationNo', '=', p.applicationNo).forUpdate(),
);
const tasksOf = preparedQuery((db: Kysely<WorkflowTables>, p: { instanceId: string }) =>
  db
    .selectFrom('workflowTasks')
    .selectAll()
    .where('instanceId', '=', p.instanceId)
    .orderBy('openedAt')
    .orderBy('id'),
);
const ordersOf = preparedQuery((db: Kysely<WorkflowTables>, p: { instanceId: string }) =>
  db
    .selectFrom('workflowSupervisionOrders')
    .selectAll()
    .where('instanceId', '=', p.instanceId)
    .orderBy('issuedAt'),
);
const actionsOf = preparedQuery((db: Kysely<WorkflowTables>, p: { instanceId: string }) =>
  db
    .selectFrom('workflowActions')
    .select(['revision', 'type', 'actorId', 'taskId', 'at', 'payload'])
    .where('instanceId', '=', p.instanceId)
    .orderBy('revision'),
);
const definitionFor = preparedQuery(
  (db: Kysely<WorkflowTables>, p: { matterVersionId: string; channel: 'online' }) =>
    db
      .selectFrom('workflowDefinitions')
      .selectAll()
      .where('matterVersionId', '=', p.matterVersionId)
      .where('channel', '=', p.channel),
);

/** The row part of a state: tasks and orders have tables of their own. */
type StoredState = Omit<InstanceState, 'tasks' | 'supervisionOrders'>;

export function stateColumn(state: InstanceState): string {
  const { tasks, supervisionOrders: _orders, ...rest } = state;
  return JSON.stringify({ ...(rest satisfies StoredState), taskOrder: tasks.map((t) => t.id) });
}

export function taskOf(row: WorkflowTaskTable): Task {
  return {
    id: row.id,
    stepId: row.stepId,
    kind: row.kind as Task['kind'],
    countersignFor: row.countersignFor,
    transferredFrom: row.transferredFrom,
    assignment: { department: row.department, role: row.role as Task['assignment']['role'] },
    assigneeId: row.assigneeId,
    status: row.status,
    revision: row.revision,
    budgetDays: row.budgetDays,
    stepOpenedAt: row.stepOpenedAt,
    openedAt: row.openedAt,
    closedAt: row.closedAt,
    result: row.result ? JSON.parse(row.result) : null,
  };
}

export function taskRow(instanceId: string, task: Task, dueOn: string): WorkflowTaskTable {
  return {
    id: task.id,
    instanceId,
    stepId: task.stepId,
    kind: task.kind,
    countersignFor: task.countersignFor,
    transferredFrom: task.transferredFrom,
    department: task.assignment.department,
    role: task.assignment.role,
    assigneeId: task.assigneeId,
    status: task.status,
    revision: task.revision,
    budgetDays: task.budgetDays,
    stepOpenedAt: task.stepOpenedAt,
    openedAt: task.openedAt,
    closedAt: task.closedAt,
    result: task.result ? JSON.stringify(task.result) : null,
    dueOn,
  };
}

export function workflowRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<WorkflowTables>(anyDb);
  return {
    db,
    findInstance: (id: string) => instanceById.first(db, { id }),
    findInstanceByNo: (applicationNo: string) => instanceByNo.first(db, { applicationNo }),
    /** The case a command changes, locked for its transaction on PostgreSQL. */
    findInstanceByNoForUpdate: (applicationNo: string, dialect: Dialect) =>
      (dialect === 'postgres' ? instanceByNoForUpdate : instanceByNo).first(db, { applicationNo }),
    findDefinition: (id: string) =>
      db.selectFrom('workflowDefinitions').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    findDefinitionFor: (matterVersionId: string, channel: string) =>
      definitionFor.first(db, { matterVersionId, channel: channel as 'online' }),

    /** The engine's state of a stored case: the row, its tasks and its orders; the clock re-checked by the ledger's rules. */
    async stateOf(row: WorkflowInstanceTable): Promise<InstanceState> {
      const [tasks, orders] = await Promise.all([
        tasksOf.all(db, { instanceId: row.id }),
        ordersOf.all(db, { instanceId: row.id }),
      ]);
      const { taskOrder, ...stored } = JSON.parse(row.state) as StoredState & { taskOrder: string[] };
      return {
        ...stored,
        clock: stored.clock ? restoreClock(stored.clock) : null,
        tasks: inCreationOrder(taskOrder, tasks.map(taskOf)),
        supervisionOrders: orders.map(
          (o): SupervisionOrder => ({
            id: o.id,
            department: o.department,
            text: o.text,
            dueOn: o.dueOn,
            issuedBy: o.issuedBy,
            issuedAt: o.issuedAt,
            answer:
              o.answerText !== null ? { text: o.answerText, by: o.answeredBy!, at: o.answeredAt! } : null,
          }),
        ),
      };
    },

    timeline: (instanceId: string) => actionsOf.all(db, { instanceId }),
  };
}

/** Tasks as the engine keeps them, in creation order: one action may create several in one instant. */
function inCreationOrder(taskOrder: readonly string[], tasks: Task[]): Task[] {
  const order = new Map(taskOrder.map((id, i) => [id, i]));
  return tasks.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
