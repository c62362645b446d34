/** Every command and log entry type the case page has words for (server: engine/commands.ts). */
export const actionTypes = [
  'create',
  'submit',
  'resubmit',
  'withdraw',
  'deemAccepted',
  'accept',
  'acceptWithShortfall',
  'acceptOnCommitment',
  'refuse',
  'requestCorrection',
  'claim',
  'release',
  'transfer',
  'returnTo',
  'countersign',
  'review',
  'decide',
  'deliver',
  'verifyCommitment',
  'supplyShortfall',
  'suspendClock',
  'resumeClock',
  'extendClock',
  'issueSupervisionOrder',
  'answerSupervisionOrder',
  'complete',
] as const;
export type ActionType = (typeof actionTypes)[number];

export const isKnownAction = (type: string): type is ActionType =>
  (actionTypes as readonly string[]).includes(type);
