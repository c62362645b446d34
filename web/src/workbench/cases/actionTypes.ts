/**
 * Every command and log entry type the case page has words for (server: engine/commands.ts),
 * in the order the action bar offers them: the decisions a clerk is usually there for first.
 */
export const actionTypes = [
  // Only ever in the log: the applicant's and the law's own.
  'create',
  'submit',
  'resubmit',
  'withdraw',
  'deemAccepted',
  'claim',
  'accept',
  'acceptWithShortfall',
  'acceptOnCommitment',
  'requestCorrection',
  'refuse',
  'review',
  'decide',
  'deliver',
  'verifyCommitment',
  'countersign',
  'returnTo',
  'transfer',
  'release',
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

/** Where an action stands in the action bar; one the interface does not know yet goes last. */
export const actionRank = (type: string) =>
  isKnownAction(type) ? actionTypes.indexOf(type) : actionTypes.length;
