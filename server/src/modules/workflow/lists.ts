import type { Kysely } from 'kysely';
import { boundedList, pageAcrossRanges } from '../../platform/db/index.js';
import { type Actor, ANY_DEPARTMENT, WORK_ROLES } from './engine/index.js';
import { keptPages } from './list-cache.js';
import { assigneeKey, casesKey, poolKey } from './store/list-changes.js';
import type { WorkflowTables } from './tables.js';

// The inbox and the supervision lists are the pages staff reload all day. Each is one query (a
// page with its bounded count) whose SQL depends only on a few choices — the caller's roles,
// the filters asked for — so each shape is compiled once; building them per request with
// Kysely took a third of an inbox request's time (profiled 2026-11-27). Parameters are read
// only where a shape uses them: a prepared query refuses a parameter it does not hold.

type Db = Kysely<WorkflowTables>;

/** What changes the inbox's SQL. */
interface InboxShape {
  scope: 'mine' | 'pool';
  /** The caller's work roles: one index range per department and role. */
  roles: string[];
  search: boolean;
  red: boolean;
}

interface InboxParams {
  actorId: string;
  department: string;
  day: string;
  /** The search as an application number's start and as part of a matter's name (LIKE patterns). */
  numberStart: string;
  nameContains: string;
}

/**
 * The tasks alone are filtered, counted and ordered (their index holds the pool by department,
 * role and deadline); only the page's rows are joined to their cases, whose state is large:
 * sorting a whole pool with it took a second at a million applications. The pool is one index
 * range per department and role, "mine" one per status: the page is read range by range in
 * deadline order, and the count stops at COUNT_LIMIT.
 */
function inboxRanges(db: Db, shape: InboxShape, p: InboxParams) {
  const ranges =
    shape.scope === 'mine'
      ? (['open', 'claimed'] as const).map((status) =>
          db
            .selectFrom('workflowTasks as t')
            .where('t.assigneeId', '=', p.actorId)
            .where('t.status', '=', status),
        )
      : [p.department, ANY_DEPARTMENT].flatMap((department) =>
          (shape.roles.length ? shape.roles : ['-']).map((role) =>
            db
              .selectFrom('workflowTasks as t')
              .where('t.status', '=', 'open')
              .where('t.department', '=', department)
              .where('t.role', '=', role)
              .where((eb) => eb.or([eb('t.assigneeId', 'is', null), eb('t.assigneeId', '=', p.actorId)])),
          ),
        );
  return ranges.map((range) => {
    let query = range;
    if (shape.search)
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('workflowInstances as i')
            .select('i.id')
            .whereRef('i.id', '=', 't.instanceId')
            .where((w) =>
              w.or([w('i.applicationNo', 'like', p.numberStart), w('i.matterName', 'like', p.nameContains)]),
            ),
        ),
      );
    return shape.red ? query.where('t.dueOn', '<', p.day) : query;
  });
}

const inbox = boundedList({
  ranges: inboxRanges,
  page: (db: Db, shape: InboxShape, p: InboxParams, limits) =>
    db
      .selectFrom('workflowTasks as t')
      .innerJoin('workflowInstances as i', 'i.id', 't.instanceId')
      .where(
        't.id',
        'in',
        pageAcrossRanges(
          db,
          inboxRanges(db, shape, p).map((range) => range.select(['t.id', 't.dueOn', 't.openedAt'])),
          ['dueOn', 'openedAt', 'id'],
          limits,
        ),
      )
      .select([
        't.id as taskId',
        't.revision as taskRevision',
        't.stepId',
        't.kind',
        't.status',
        't.department',
        't.assigneeId',
        't.openedAt',
        't.dueOn',
        't.budgetDays',
        'i.applicationNo',
        'i.matterCode',
        'i.matterName',
        'i.status as caseStatus',
        'i.definitionId',
      ])
      .orderBy('t.dueOn')
      .orderBy('t.openedAt')
      .orderBy('t.id'),
});

/** What changes the supervision list's SQL. */
interface SupervisionShape {
  warning: 'red' | 'yellow' | 'intake';
  department: boolean;
}

interface SupervisionParams {
  department: string | null | undefined;
  day: string;
}

const RUNNING = ['accepted', 'in_review'] as const;
const AWAITING_INTAKE = ['submitted', 'pre_review', 'resubmitted'] as const;

/** The order of a list: by the intake deadline, or by the promised one and within a day the case warned longest first. */
function supervisionOrder(shape: SupervisionShape) {
  return shape.warning === 'intake'
    ? (['intakeDueOn', 'applicationNo'] as const)
    : (['promisedDueOn', 'warnFrom', 'applicationNo'] as const);
}

/** One index range per status (by department when one is chosen), each in deadline order, as its index holds them. */
function supervisionRanges(db: Db, shape: SupervisionShape, p: SupervisionParams) {
  return (shape.warning === 'intake' ? AWAITING_INTAKE : RUNNING).map((status) => {
    let range = db.selectFrom('workflowInstances as i').where('i.status', '=', status);
    if (shape.department) range = range.where('i.departmentCode', '=', p.department!);
    if (shape.warning === 'intake') return range;
    range = range.where('i.suspended', '=', 0);
    return shape.warning === 'red'
      ? range.where('i.promisedDueOn', '<', p.day)
      : range.where('i.warnFrom', '<=', p.day).where('i.promisedDueOn', '>=', p.day);
  });
}

// The page is chosen on the index alone; its open orders are counted for its rows only.
const supervision = boundedList({
  ranges: supervisionRanges,
  page: (db: Db, shape: SupervisionShape, p: SupervisionParams, limits) => {
    const order = supervisionOrder(shape);
    const pageOfCases = pageAcrossRanges(
      db,
      supervisionRanges(db, shape, p).map((range) =>
        range.select(['i.id', ...order.map((column) => `i.${column}` as const)]),
      ),
      [...order],
      limits,
    );
    const rows = db
      .selectFrom('workflowInstances as i')
      .where('i.id', 'in', pageOfCases)
      .select((eb) => [
        'i.applicationNo',
        'i.matterName',
        'i.departmentCode',
        'i.status',
        'i.promisedDueOn',
        'i.intakeDueOn',
        eb
          .selectFrom('workflowSupervisionOrders as o')
          .select((o) => o.fn.countAll<number>().as('c'))
          .whereRef('o.instanceId', '=', 'i.id')
          .where('o.answeredAt', 'is', null)
          .as('openOrders'),
      ]);
    return order.reduce((q, column) => q.orderBy(`i.${column}`), rows);
  },
});

type InboxQuery = { scope: 'mine' | 'pool'; q?: string; warning?: string; page: number; pageSize: number };
type SupervisionQuery = {
  warning: 'red' | 'yellow' | 'intake';
  department: string | null | undefined;
  page: number;
  pageSize: number;
};

/** The inbox and the supervision lists of one database, their pages kept while they hold (list-cache.ts). */
export function workLists(db: Db, pagesKept: number) {
  const inboxPages = keptPages<Awaited<ReturnType<typeof inbox.read>>>(db, pagesKept);
  const supervisionPages = keptPages<Awaited<ReturnType<typeof supervision.read>>>(db, pagesKept);
  return {
    /** One page of a staff member's tasks (`mine`) or of their department's pool, by due date, with the count. */
    inbox(actor: Actor, query: InboxQuery, day: string) {
      const shape: InboxShape = {
        scope: query.scope,
        roles: actor.roles.filter((r) => (WORK_ROLES as readonly string[]).includes(r)),
        search: Boolean(query.q),
        red: query.warning === 'red',
      };
      const params: InboxParams = {
        actorId: actor.id,
        department: actor.departmentCode ?? '-',
        day,
        numberStart: `${query.q}%`,
        nameContains: `%${query.q}%`,
      };
      const lists =
        shape.scope === 'mine'
          ? [assigneeKey(actor.id)]
          : [poolKey(params.department), poolKey(ANY_DEPARTMENT)];
      return inboxPages(lists, JSON.stringify([shape, params, query.page, query.pageSize]), () =>
        inbox.read(db, shape, params, query.page, query.pageSize),
      );
    },

    /** One page of the overdue, due-soon or awaiting-intake cases (of one department when given), with the count. */
    supervisedCases(query: SupervisionQuery, day: string) {
      const shape: SupervisionShape = { warning: query.warning, department: Boolean(query.department) };
      const params: SupervisionParams = { department: query.department, day };
      return supervisionPages(
        [casesKey(query.department)],
        JSON.stringify([shape, params, query.page, query.pageSize]),
        () => supervision.read(db, shape, params, query.page, query.pageSize),
      );
    },
  };
}
