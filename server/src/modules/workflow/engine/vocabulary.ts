import type { Role } from '../../../platform/permissions/roles.js';

// The engine's words, free of any server import: the web app reads them from here, so the
// lists cannot drift apart (state.ts and definition.ts re-export them).

export const INSTANCE_STATUSES = [
  'draft',
  'submitted',
  'pre_review', // submitted online: the department pre-reviews before accepting
  'correction_requested',
  'resubmitted',
  'accepted',
  'refused',
  'in_review',
  'decided',
  'delivered',
  'completed',
  'withdrawn',
  'revoked', // 告知承诺 found false: the approval is revoked
] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];

export const TASK_STATUSES = [
  'open',
  'claimed',
  'completed',
  'returned',
  'transferred',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const DELIVERY_CHANNELS = ['electronic', 'window', 'post'] as const;

/** Roles that work tasks; the public, supervisory and administrator roles never hold one. */
export const WORK_ROLES = [
  'window_clerk',
  'reviewer',
  'approver',
  'dept_head',
] as const satisfies readonly Role[];
export type WorkRole = (typeof WORK_ROLES)[number];

/** 一窗受理: a task for "any department" can be taken by a holder of its role at any centre. */
export const ANY_DEPARTMENT = '*';
