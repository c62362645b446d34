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

/** 联合评审 (design and plan reviews) and 联合验收 (completion acceptance) held by the lead department. */
export const JOINT_REVIEW_KINDS = ['review', 'acceptance'] as const;
export const JOINT_REVIEW_VERDICTS = ['agree', 'agree_with_conditions', 'disagree'] as const;
export type JointReviewKind = (typeof JOINT_REVIEW_KINDS)[number];
export type JointReviewVerdict = (typeof JOINT_REVIEW_VERDICTS)[number];

/** 中介服务: work done outside government whose days do not count on the government clock. */
export const INTERMEDIARY_SERVICES = [
  'drawing_review', // 施工图审查
  'surveying', // 测绘（多测合一）
  'feasibility_study', // 可行性研究报告编制
  'environmental_assessment', // 环境影响评价文件编制
  'soil_water_plan', // 水土保持方案编制
  'energy_assessment', // 节能评估
  'fire_inspection', // 消防设施检测
  'other',
] as const;
export type IntermediaryService = (typeof INTERMEDIARY_SERVICES)[number];
