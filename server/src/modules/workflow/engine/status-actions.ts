import type { CommandType } from './commands.js';
import type { InstanceStatus } from './state.js';

// The status → allowed-actions table, as data: the first gate of every action on the
// server and the legend of every button in the UI. Whether a given actor may take one
// of these now (their task, their department, the shortfall…) is available-actions.ts.

const TASK_WORK: readonly CommandType[] = ['claim', 'release', 'transfer'];
const INTAKE: readonly CommandType[] = [
  ...TASK_WORK,
  'accept',
  'acceptWithShortfall',
  'acceptOnCommitment',
  'refuse',
  'requestCorrection',
  'deemAccepted',
  'withdraw',
  'issueSupervisionOrder',
  'answerSupervisionOrder',
];
const REVIEW: readonly CommandType[] = [
  ...TASK_WORK,
  'countersign',
  'returnTo',
  'review',
  'decide',
  'supplyShortfall',
  'suspendClock',
  'resumeClock',
  'extendClock',
  'withdraw',
  'issueSupervisionOrder',
  'answerSupervisionOrder',
];
const AFTER_DECISION: readonly CommandType[] = [
  ...TASK_WORK,
  'countersign',
  'returnTo',
  'review',
  'deliver',
  'verifyCommitment',
  'complete',
  'issueSupervisionOrder',
  'answerSupervisionOrder',
];
/** A terminal status takes no action that changes it; an open supervision order must still be answered. */
const TERMINAL: readonly CommandType[] = ['answerSupervisionOrder'];

export const ACTIONS_BY_STATUS: Readonly<Record<InstanceStatus, readonly CommandType[]>> = {
  draft: ['submit', 'withdraw'],
  submitted: INTAKE,
  pre_review: INTAKE,
  resubmitted: INTAKE,
  correction_requested: ['resubmit', 'withdraw', 'answerSupervisionOrder'],
  accepted: REVIEW,
  in_review: REVIEW,
  decided: AFTER_DECISION,
  delivered: AFTER_DECISION,
  refused: TERMINAL,
  completed: TERMINAL,
  withdrawn: TERMINAL,
  revoked: TERMINAL,
};

export function statusAllows(status: InstanceStatus, action: CommandType): boolean {
  return ACTIONS_BY_STATUS[status].includes(action);
}
