import { z } from 'zod';
import { boundedPageOf, pageQuery } from '../../platform/validation/index.js';
import {
  INSTANCE_STATUSES,
  instanceCommandSchema,
  TASK_STATUSES,
  taskCommandSchema,
} from './engine/index.js';

export const WARNINGS = ['none', 'yellow', 'red'] as const;
const warning = z.enum(WARNINGS);

/** One discriminated union (not a union of two): a bad body gets field errors, not one error at the root. */
export const commandBody = z.discriminatedUnion('type', [
  ...instanceCommandSchema.options,
  ...taskCommandSchema.options,
]);

export const applicationNoParams = z.object({ applicationNo: z.string().regex(/^\d{22}[\dX]$/) });

export const inboxQuery = pageQuery.extend({
  /** mine: claimed by or named for me; pool: open for my department and roles. */
  scope: z.enum(['mine', 'pool']).default('pool'),
  warning: warning.optional(),
  q: z.string().max(40).optional(),
});

export const inboxItem = z.object({
  taskId: z.string(),
  taskRevision: z.number().int(),
  applicationNo: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  stepId: z.string(),
  stepName: z.string(),
  kind: z.string(),
  status: z.enum(TASK_STATUSES),
  department: z.string(),
  assigneeId: z.string().nullable(),
  caseStatus: z.enum(INSTANCE_STATUSES),
  openedAt: z.string(),
  dueOn: z.string(),
  warning,
});
export const inboxPage = boundedPageOf(inboxItem);

const limitView = z.object({
  limitDays: z.number().int(),
  budgetDays: z.number().int(),
  deadline: z.string(),
  remainingWorkingDays: z.number().int(),
  overdueWorkingDays: z.number().int(),
  warning,
});

export const caseView = z
  .object({
    applicationNo: z.string(),
    matterCode: z.string(),
    matterName: z.string(),
    channel: z.enum(['online', 'window']),
    departmentCode: z.string(),
    status: z.enum(INSTANCE_STATUSES),
    outcome: z.enum(['approved', 'denied']).nullable(),
    revision: z.number().int(),
    intake: z.record(z.string(), z.unknown()),
    intakeDueOn: z.string().nullable(),
    clock: z
      .object({
        startDate: z.string(),
        legal: limitView,
        promised: limitView,
        suspended: z.boolean(),
        stopped: z.boolean(),
        entries: z.array(z.record(z.string(), z.unknown())),
      })
      .nullable(),
    steps: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), department: z.string() })),
    tasks: z.array(
      z.object({
        id: z.string(),
        stepId: z.string(),
        stepName: z.string(),
        kind: z.string(),
        department: z.string(),
        role: z.string(),
        assigneeId: z.string().nullable(),
        status: z.enum(TASK_STATUSES),
        revision: z.number().int(),
        openedAt: z.string(),
        closedAt: z.string().nullable(),
        dueOn: z.string(),
        result: z
          .object({ action: z.string(), outcome: z.string().nullable(), opinion: z.string().nullable() })
          .nullable(),
      }),
    ),
    supervisionOrders: z.array(
      z.object({
        id: z.string(),
        department: z.string(),
        text: z.string(),
        dueOn: z.string(),
        issuedAt: z.string(),
        answer: z.object({ text: z.string(), at: z.string() }).nullable(),
      }),
    ),
    delivery: z.record(z.string(), z.unknown()).nullable(),
    timeline: z.array(
      z.object({
        revision: z.number().int(),
        type: z.string(),
        actorId: z.string(),
        taskId: z.string().nullable(),
        at: z.string(),
        payload: z.record(z.string(), z.unknown()),
      }),
    ),
    actions: z.array(
      z.object({
        type: z.string(),
        expectedRevision: z.number().int(),
        taskId: z.string().optional(),
        choices: z.array(z.string()).optional(),
      }),
    ),
  })
  .meta({ id: 'WorkflowCase' });
export type CaseView = z.output<typeof caseView>;

export const supervisionQuery = pageQuery.extend({
  department: z.string().max(24).optional(),
  /** red: overdue; yellow: due soon; intake: an online application waiting for its intake notice. */
  warning: z.enum(['red', 'yellow', 'intake']).default('red'),
});

export const supervisionItem = z.object({
  applicationNo: z.string(),
  matterName: z.string(),
  departmentCode: z.string(),
  status: z.enum(INSTANCE_STATUSES),
  promisedDueOn: z.string().nullable(),
  intakeDueOn: z.string().nullable(),
  warning,
  openOrders: z.number().int(),
});
export const supervisionPage = boundedPageOf(supervisionItem);
