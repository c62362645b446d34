/** The four approval stages in order (审批阶段); labels live in the messages. */
export const STAGES = [
  'land_planning', // 立项用地规划许可
  'engineering_permit', // 工程建设许可
  'construction_permit', // 施工许可
  'completion_acceptance', // 竣工验收
] as const;
export type Stage = (typeof STAGES)[number];

/** What the site is meant for (用地用途), after the national land-use classification's top groups. */
export const INTENDED_USES = [
  'residential',
  'commercial',
  'industrial',
  'warehouse',
  'public_service',
  'transport',
  'utilities',
  'mixed',
  'other',
] as const;
export type IntendedUse = (typeof INTENDED_USES)[number];
