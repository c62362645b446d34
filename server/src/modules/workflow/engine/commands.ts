import { z } from 'zod';
import { text } from '../../../platform/validation/index.js';
import { MAX_LIMIT_DAYS, MAX_TEXT_LENGTH, SUSPENSION_REASONS } from '../clock/index.js';
import { assignmentSchema, departmentCodeSchema } from './definition.js';
import { DELIVERY_CHANNELS } from './state.js';

/**
 * What a client asks the engine to do: the request bodies of the next session's routes.
 * `expectedRevision` is the revision the client saw: the task's for task commands (so
 * parallel branches never block each other), the instance's for the others.
 */

const revision = z.number().int().min(0);
const id = z.string().min(1).max(64);
const note = text(500).optional();
const opinion = text(2000);
/** The texts of a clock entry: the clock module's limit. */
const clockText = text(MAX_TEXT_LENGTH);
const instance = { expectedRevision: revision };
const task = { taskId: id, expectedRevision: revision };

/** Where a transfer or countersignature sends work: a department pool, or one named person in it. */
export const workTargetSchema = assignmentSchema.extend({ assigneeId: id.optional() });

export const instanceCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit'), ...instance }),
  z.strictObject({ type: z.literal('resubmit'), ...instance, note }),
  z.strictObject({ type: z.literal('withdraw'), ...instance, reason: text(500) }),
  z.strictObject({ type: z.literal('deemAccepted'), ...instance }),
  z.strictObject({ type: z.literal('supplyShortfall'), ...instance, note }),
  // The clock's ledger entries, dated today; the clock module checks them again when recording.
  z.strictObject({
    type: z.literal('suspendClock'),
    ...instance,
    reason: z.enum(SUSPENSION_REASONS),
    text: clockText,
  }),
  z.strictObject({ type: z.literal('resumeClock'), ...instance, note: clockText.optional() }),
  z.strictObject({
    type: z.literal('extendClock'),
    ...instance,
    workingDays: z.number().int().min(1).max(MAX_LIMIT_DAYS),
    reason: clockText,
  }),
  z.strictObject({
    type: z.literal('issueSupervisionOrder'),
    ...instance,
    department: departmentCodeSchema,
    text: text(1000),
    dueOn: z.iso.date(),
  }),
  z.strictObject({ type: z.literal('answerSupervisionOrder'), ...instance, orderId: id, answer: text(1000) }),
  z.strictObject({ type: z.literal('complete'), ...instance }),
]);

export const taskCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('accept'), ...task, note }),
  z.strictObject({
    type: z.literal('acceptWithShortfall'),
    ...task,
    missing: z
      .array(z.strictObject({ material: text(200), key: z.boolean() }))
      .min(1)
      .max(50),
    dueOn: z.iso.date(),
    commitmentRef: text(200),
  }),
  z.strictObject({ type: z.literal('acceptOnCommitment'), ...task, commitmentRef: text(200) }),
  z.strictObject({ type: z.literal('refuse'), ...task, reason: text(2000) }),
  z.strictObject({
    type: z.literal('requestCorrection'),
    ...task,
    items: z
      .array(z.strictObject({ material: text(200).nullable(), problem: text(500) }))
      .min(1)
      .max(50),
  }),
  z.strictObject({ type: z.literal('claim'), ...task }),
  z.strictObject({ type: z.literal('release'), ...task }),
  z.strictObject({ type: z.literal('transfer'), ...task, to: workTargetSchema, reason: text(500) }),
  z.strictObject({ type: z.literal('returnTo'), ...task, stepId: id, reason: text(1000) }),
  z.strictObject({ type: z.literal('countersign'), ...task, with: workTargetSchema, note }),
  z.strictObject({ type: z.literal('review'), ...task, verdict: z.enum(['agree', 'disagree']), opinion }),
  z.strictObject({
    type: z.literal('decide'),
    ...task,
    outcome: z.enum(['approve', 'deny']),
    opinion,
    legalBasis: text(1000).optional(),
  }),
  z.strictObject({
    type: z.literal('deliver'),
    ...task,
    channel: z.enum(DELIVERY_CHANNELS),
    trackingNo: text(40).optional(),
    /** 通办: the centre (or address) where the applicant chose to collect the result. */
    place: text(100).optional(),
  }),
  z.strictObject({ type: z.literal('verifyCommitment'), ...task, truthful: z.boolean(), opinion }),
]);

export const commandSchema = z.union([instanceCommandSchema, taskCommandSchema]);

export type InstanceCommand = z.output<typeof instanceCommandSchema>;
export type TaskCommand = z.output<typeof taskCommandSchema>;
export type Command = InstanceCommand | TaskCommand;
export type CommandType = Command['type'];
export type WorkTarget = z.output<typeof workTargetSchema>;

export function isTaskCommand(command: Command): command is TaskCommand {
  return 'taskId' in command;
}
