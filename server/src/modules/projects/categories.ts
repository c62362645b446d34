/**
 * Foshan's project categories (项目分类) as first configured: each category's stages, the
 * department leading each stage and the catalogue matters it contains, and the cap on the
 * whole approval in working days (佛山市工程建设项目审批制度改革实施方案: government-invested
 * ≤ 45, land sold with an attached plan and fit-out ≤ 15, small ≤ 20, industrial ≤ 30,
 * others ≤ 45). Matters are the catalogue's codes, departments the directory's codes.
 */
import type { Stage } from './vocabulary.js';

export interface CategoryStageSeed {
  stage: Stage;
  lead: string;
  matters: string[];
}

export interface CategorySeed {
  code: string;
  name: string;
  nameEn: string;
  investment: 'government' | 'social';
  capWorkingDays: number;
  stages: CategoryStageSeed[];
}

// Stage 1: the government's own projects are approved (可研批复, 节能审查) and need 用地预审;
// social projects on land bought at auction are filed (备案); projects on the approval
// list are 核准. 发改 leads the first, 自然资源 the others; then 自然资源 leads 工程建设许可
// and 住建 the last two stages.
const landPlanning = {
  government: {
    stage: 'land_planning',
    lead: 'FS-FG',
    matters: ['440600-FG-0003', '440600-FG-0004', '440600-ZRZY-0101', '440600-ZRZY-0102'],
  },
  // Land sold with its plan attached: no 用地预审 or 节能审查 of its own, only the approval and the permit.
  governmentOnPlannedLand: {
    stage: 'land_planning',
    lead: 'FS-FG',
    matters: ['440600-FG-0003', '440600-ZRZY-0102'],
  },
  filed: { stage: 'land_planning', lead: 'FS-ZRZY', matters: ['440600-FG-0001', '440600-ZRZY-0102'] },
  // A building on land bought at auction has its site and earthworks known from the start: its
  // 水土保持方案 (水利) is approved alongside the filing and the land-use permit, so its 10
  // promised days run in parallel with stage 1 instead of adding to stage 2.
  filedWithSoilPlan: {
    stage: 'land_planning',
    lead: 'FS-ZRZY',
    matters: ['440600-FG-0001', '440600-ZRZY-0102', '440600-SL-0001'],
  },
  approved: {
    stage: 'land_planning',
    lead: 'FS-ZRZY',
    matters: ['440600-FG-0002', '440600-ZRZY-0101', '440600-ZRZY-0102'],
  },
} satisfies Record<string, CategoryStageSeed>;

const engineering = {
  building: {
    stage: 'engineering_permit',
    lead: 'FS-ZRZY',
    matters: ['440600-ZRZY-0103', '440600-RF-0001', '440600-ST-0001', '440600-SL-0001'],
  },
  linear: {
    stage: 'engineering_permit',
    lead: 'FS-ZRZY',
    matters: ['440600-ZRZY-0103', '440600-ST-0001', '440600-SL-0001', '440600-SL-0002'],
  },
  // The building's 水土保持方案 approved at stage 1 (landPlanning.filedWithSoilPlan).
  buildingSoilPlanDone: {
    stage: 'engineering_permit',
    lead: 'FS-ZRZY',
    matters: ['440600-ZRZY-0103', '440600-RF-0001', '440600-ST-0001'],
  },
  light: { stage: 'engineering_permit', lead: 'FS-ZRZY', matters: ['440600-ZRZY-0103', '440600-ST-0002'] },
  planOnly: { stage: 'engineering_permit', lead: 'FS-ZRZY', matters: ['440600-ZRZY-0103'] },
} satisfies Record<string, CategoryStageSeed>;

const construction = {
  building: {
    stage: 'construction_permit',
    lead: 'FS-ZJ',
    matters: ['440600-ZJ-0201', '440600-ZJ-0202', '440600-ZJ-0203', '440600-CG-0001'],
  },
  road: {
    stage: 'construction_permit',
    lead: 'FS-ZJ',
    matters: ['440600-ZJ-0201', '440600-ZJ-0203', '440600-CG-0002', '440600-CG-0005'],
  },
  light: { stage: 'construction_permit', lead: 'FS-ZJ', matters: ['440600-ZJ-0201', '440600-ZJ-0203'] },
  fitOut: {
    stage: 'construction_permit',
    lead: 'FS-ZJ',
    matters: ['440600-ZJ-0201', '440600-ZJ-0202', '440600-ZJ-0203'],
  },
} satisfies Record<string, CategoryStageSeed>;

const completion = {
  building: {
    stage: 'completion_acceptance',
    lead: 'FS-ZJ',
    matters: [
      '440600-ZRZY-0104',
      '440600-ZJ-0204',
      '440600-RF-0003',
      '440600-ZJ-0206',
      '440600-ZJ-0207',
      '440600-SL-0004',
    ],
  },
  linear: {
    stage: 'completion_acceptance',
    lead: 'FS-ZJ',
    matters: ['440600-ZRZY-0104', '440600-ZJ-0206', '440600-ZJ-0207'],
  },
  light: {
    stage: 'completion_acceptance',
    lead: 'FS-ZJ',
    matters: ['440600-ZRZY-0104', '440600-ZJ-0205', '440600-ZJ-0206'],
  },
  fitOut: { stage: 'completion_acceptance', lead: 'FS-ZJ', matters: ['440600-ZJ-0204', '440600-ZJ-0206'] },
} satisfies Record<string, CategoryStageSeed>;

export const FOSHAN_PROJECT_CATEGORIES: CategorySeed[] = [
  {
    code: 'gov_building',
    name: '政府投资房屋建筑类',
    nameEn: 'Government-invested buildings',
    investment: 'government',
    capWorkingDays: 45,
    stages: [landPlanning.government, engineering.building, construction.building, completion.building],
  },
  {
    code: 'gov_road',
    name: '政府投资城市道路交通类',
    nameEn: 'Government-invested roads and transport',
    investment: 'government',
    capWorkingDays: 45,
    stages: [landPlanning.government, engineering.linear, construction.road, completion.linear],
  },
  {
    code: 'gov_planned_land_industry',
    name: '政府投资带方案出让用地的产业类',
    nameEn: 'Government-invested industry on land sold with an attached plan',
    investment: 'government',
    capWorkingDays: 15,
    stages: [
      landPlanning.governmentOnPlannedLand,
      engineering.planOnly,
      construction.light,
      completion.light,
    ],
  },
  {
    code: 'social_building',
    name: '社会投资房屋建筑类',
    nameEn: 'Privately invested buildings',
    investment: 'social',
    capWorkingDays: 45,
    stages: [
      landPlanning.filedWithSoilPlan,
      engineering.buildingSoilPlanDone,
      construction.building,
      completion.building,
    ],
  },
  {
    code: 'social_planned_land_industry',
    name: '社会投资带方案出让用地的产业类',
    nameEn: 'Privately invested industry on land sold with an attached plan',
    investment: 'social',
    capWorkingDays: 15,
    stages: [landPlanning.filed, engineering.planOnly, construction.light, completion.light],
  },
  {
    code: 'small',
    name: '社会投资小型工程',
    nameEn: 'Small privately invested works',
    investment: 'social',
    capWorkingDays: 20,
    stages: [landPlanning.filed, engineering.planOnly, construction.light, completion.light],
  },
  {
    code: 'industrial',
    name: '社会投资低风险工业厂房',
    nameEn: 'Low-risk industrial buildings',
    investment: 'social',
    capWorkingDays: 30,
    stages: [landPlanning.filed, engineering.light, construction.light, completion.light],
  },
  {
    code: 'linear',
    name: '线性工程类',
    nameEn: 'Linear works (pipelines, lines)',
    investment: 'social',
    capWorkingDays: 45,
    stages: [landPlanning.approved, engineering.linear, construction.road, completion.linear],
  },
  {
    code: 'fit_out',
    name: '装饰装修工程',
    nameEn: 'Interior fit-out works',
    investment: 'social',
    capWorkingDays: 15,
    stages: [construction.fitOut, completion.fitOut],
  },
  {
    code: 'other',
    name: '其他类',
    nameEn: 'Other projects',
    investment: 'social',
    capWorkingDays: 45,
    stages: [landPlanning.approved, engineering.building, construction.building, completion.building],
  },
];
