import { z } from 'zod';
import { text } from '../../../platform/validation/index.js';
import { ANY_DEPARTMENT, WORK_ROLES } from './vocabulary.js';

/**
 * A process definition: validated JSON stored once per matter version. This file is its
 * shape only; the rules across fields (reachability, joins, return targets) are in
 * definition-rules.ts and the compiled form the engine walks is in process.ts.
 */

export const STEP_KINDS = [
  'intake', // 受理 at a window
  'pre_review', // 网上预审 of an online application: the same intake decisions
  'review', // 审查
  'decide', // 决定
  'deliver', // 送达
  'verify_commitment', // 告知承诺 核查, run only when the application was accepted on a commitment
  'custom', // e.g. 现场勘查: completed with an opinion like a review
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export { ANY_DEPARTMENT, WORK_ROLES, type WorkRole } from './vocabulary.js';

const nodeId = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/);

export const departmentCodeSchema = z
  .string()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+){0,3}$/)
  .max(24)
  .meta({ example: 'FS-ZRZY' });

export const assignmentSchema = z.strictObject({
  department: z.union([z.literal(ANY_DEPARTMENT), departmentCodeSchema]),
  role: z.enum(WORK_ROLES),
});
export type Assignment = z.output<typeof assignmentSchema>;

/** A step's share of the limit: fixed working days, or a fraction of the promised limit. */
const timeShareSchema = z.union([
  z.strictObject({ workingDays: z.number().int().min(0).max(365) }),
  z.strictObject({ fraction: z.number().positive().max(1) }),
]);
export type TimeShare = z.output<typeof timeShareSchema>;

const stepSchema = z.strictObject({
  id: nodeId,
  kind: z.enum(STEP_KINDS),
  name: text(40),
  assignment: assignmentSchema,
  timeShare: timeShareSchema,
});
export type StepDefinition = z.output<typeof stepSchema>;

/** Several departments at once: every branch (a sequence of steps) starts together, the join waits for all. */
const parallelGroupSchema = z.strictObject({
  id: nodeId,
  name: text(40),
  branches: z.array(z.array(nodeId).min(1).max(10)).min(2).max(20),
});
export type ParallelGroup = z.output<typeof parallelGroupSchema>;

/**
 * `next` links the top-level nodes (steps outside branches, and groups) into one path;
 * `return` lets a step's task send the case back to an earlier step.
 */
const transitionSchema = z.strictObject({
  from: nodeId,
  to: nodeId,
  kind: z.enum(['next', 'return']),
});
export type Transition = z.output<typeof transitionSchema>;

export const processDefinitionSchema = z.strictObject({
  steps: z.array(stepSchema).min(1).max(100),
  parallelGroups: z.array(parallelGroupSchema).max(20).default([]),
  transitions: z.array(transitionSchema).max(400),
});
export type ProcessDefinition = z.output<typeof processDefinitionSchema>;
