import type { MessageBundle } from '../../platform/i18n/index.js';

type Labels = Record<string, [zh: string, en: string]>;
const labels = (prefix: string, entries: Labels): MessageBundle =>
  Object.fromEntries(
    Object.entries(entries).map(([code, [zh, en]]) => [`${prefix}.${code}`, { 'zh-CN': zh, 'en-US': en }]),
  );

export const projectMessages: MessageBundle = {
  ...labels('project.stage', {
    land_planning: ['立项用地规划许可', 'Project approval and land-use planning permit'],
    engineering_permit: ['工程建设许可', 'Construction engineering permit'],
    construction_permit: ['施工许可', 'Construction permit'],
    completion_acceptance: ['竣工验收', 'Completion acceptance'],
  }),
  ...labels('project.code', {
    format: [
      '投资项目代码格式应为“年份-行政区划-行业-类型-流水号”，如 2020-440604-47-01-123456',
      'The project code must read year-division-industry-type-serial, e.g. 2020-440604-47-01-123456',
    ],
    year: ['投资项目代码的年份无效', 'The year in the project code is not valid'],
    division: [
      '投资项目代码的行政区划应为广东省、佛山市或佛山市辖区',
      'The division in the project code must be Guangdong, Foshan or one of its districts',
    ],
    industry: ['投资项目代码的行业代码应在 01–97 之间', 'The industry in the project code must be 01–97'],
    type: [
      '投资项目代码的类型应为 01（审批）、02（核准）或 03（备案）',
      'The type in the project code must be 01 (approval), 02 (authorisation) or 03 (filing)',
    ],
    serial: ['投资项目代码的流水号不能全为 0', 'The serial number in the project code cannot be all zeros'],
  }),
  ...labels('project.site', {
    ring_too_short: ['红线边界至少需要 4 个坐标点', 'A boundary needs at least 4 positions'],
    ring_not_closed: [
      '红线边界未闭合：首尾坐标应相同',
      'The boundary is not closed: first and last positions must match',
    ],
    ring_degenerate: ['红线边界不构成有效面积', 'The boundary does not enclose an area'],
    outside_foshan: ['坐标点超出佛山市范围', 'The position is outside Foshan'],
    self_intersecting: ['红线边界自相交', 'The boundary crosses itself'],
    hole_outside: ['内环（挖空部分）应位于外环之内', 'A hole must lie inside its outer boundary'],
    parts_overlap: ['多个地块相互重叠或相接', 'The parcels overlap or touch each other'],
    too_many_positions: [
      '红线坐标点过多（最多 2000 个）',
      'Too many positions in the red line (at most 2,000)',
    ],
  }),
  ...labels('project', {
    form_invalid: ['阶段表单填写有误，请按提示修改', 'The stage form has problems; please correct them'],
    materials_invalid: ['阶段申请材料不完整或有误', 'The stage materials are incomplete or not valid'],
    stage_not_open: [
      '该阶段暂不能申报：上一阶段尚未办结，或本阶段已申报',
      'This stage cannot be filed now: the previous stage is not closed, or this one is already filed',
    ],
    stage_matters_unpublished: [
      '该阶段有事项尚未在事项目录中发布，暂不能申报',
      'A matter of this stage is not published in the catalogue yet',
    ],
    commitment_not_allowed: ['该材料不适用告知承诺制', 'This material cannot be replaced by a commitment'],
    material_not_asked: [
      '该材料不在本阶段须提交的材料之列（或已由区域评估、告知承诺替代）',
      'This material is not asked for this stage (or an area assessment or a commitment replaces it)',
    ],
    matter_not_ready: [
      '事项 {matterCode} 当前状态不允许此操作',
      'Matter {matterCode} does not allow this now',
    ],
    matter_not_in_stage: ['该事项不属于本阶段', 'This matter is not part of the stage'],
    not_matter_department: [
      '只有负责该事项预审的部门可以提出补正内容',
      'Only the department reviewing this matter’s intake can propose its correction items',
    ],
    not_lead_department: ['只有本阶段的牵头部门可以办理', 'Only the stage’s lead department can do this'],
    not_owner: ['只有项目单位可以办理', 'Only the project owner can do this'],
    not_owner_or_lead: [
      '只有项目单位或牵头部门可以记录中介服务',
      'Only the project owner or the lead department can record intermediary services',
    ],
    no_correction_items: ['各部门尚未提出补正内容', 'No department has proposed correction items yet'],
    no_correction_open: ['本阶段没有待答复的补正', 'The stage has no correction to answer'],
    filing_revision: [
      '本阶段申报已被他人更新，请刷新后重试',
      'Someone else changed this stage filing; reload and try again',
    ],
    stage_closed: ['本阶段已办结', 'The stage is closed'],
    joint_review_date: [
      '评审日期应在申报之后且不晚于今天',
      'The review date must lie between the filing and today',
    ],
    department_not_in_stage: ['该部门未参与本阶段审批', 'This department takes no part in the stage'],
    date_in_future: ['日期不能晚于今天', 'The date cannot be after today'],
    end_before_start: ['结束日期不能早于开始日期', 'The end cannot be before the start'],
    intermediary_ended: ['该中介服务已结束', 'This intermediary service has already ended'],
    stage_matters_open: [
      '本阶段尚有事项未办结，不能办结阶段',
      'Some matters of the stage are not decided yet; the stage cannot be closed',
    ],
    matter_open: ['办件 {applicationNo} 尚未作出决定', 'Application {applicationNo} is not decided yet'],
  }),
  ...labels('project.intermediary', {
    drawing_review: ['施工图审查', 'Construction drawing review'],
    surveying: ['测绘（多测合一）', 'Surveying'],
    feasibility_study: ['可行性研究报告编制', 'Feasibility study'],
    environmental_assessment: ['环境影响评价文件编制', 'Environmental impact assessment'],
    soil_water_plan: ['水土保持方案编制', 'Soil and water conservation plan'],
    energy_assessment: ['节能评估', 'Energy assessment'],
    fire_inspection: ['消防设施检测', 'Fire-protection inspection'],
    other: ['其他中介服务', 'Other intermediary service'],
  }),
  'project.code_taken': {
    'zh-CN': '该投资项目代码已登记',
    'en-US': 'A project with this code is already registered',
  },
  'project.category_unknown': { 'zh-CN': '未知的项目分类', 'en-US': 'Unknown project category' },
  'project.planning_unknown': {
    'zh-CN': '找不到该项目策划，或无权使用：只能引用本单位发起的策划',
    'en-US':
      'No such project planning, or not yours to use: only your organisation’s plannings can be referenced',
  },
  'project.planning_category_mismatch': {
    'zh-CN': '项目分类与所引用策划的项目分类不一致',
    'en-US': 'The project category differs from the category of the referenced planning',
  },
  'project.owner_not_represented': {
    'zh-CN': '您只能为当前代办的单位登记项目',
    'en-US': 'You can register projects only for the organisation you act for',
  },
  'project.idempotency_key_required': {
    'zh-CN': '请求须带 Idempotency-Key 请求头（8–100 位字母、数字、- 或 _）',
    'en-US': 'The request needs an Idempotency-Key header (8–100 letters, digits, - or _)',
  },
  'project.idempotency_mismatch': {
    'zh-CN': '该 Idempotency-Key 已用于另一份登记内容',
    'en-US': 'This Idempotency-Key was already used with a different registration',
  },
};
