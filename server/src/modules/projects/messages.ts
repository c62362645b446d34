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
  'project.code_taken': {
    'zh-CN': '该投资项目代码已登记',
    'en-US': 'A project with this code is already registered',
  },
  'project.category_unknown': { 'zh-CN': '未知的项目分类', 'en-US': 'Unknown project category' },
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
