import type { MessageBundle } from '../../platform/i18n/index.js';
import { THEMES, type Theme } from './model.js';

export const THEME_LABELS: Record<Theme, { 'zh-CN': string; 'en-US': string }> = {
  social_security: { 'zh-CN': '社保', 'en-US': 'Social insurance' },
  household: { 'zh-CN': '户籍', 'en-US': 'Household registration' },
  exit_entry: { 'zh-CN': '出入境', 'en-US': 'Exit and entry' },
  vehicles: { 'zh-CN': '车驾管', 'en-US': 'Vehicles and driving' },
  real_estate: { 'zh-CN': '不动产', 'en-US': 'Real estate' },
  housing_fund: { 'zh-CN': '公积金', 'en-US': 'Housing provident fund' },
  medical: { 'zh-CN': '医疗医保', 'en-US': 'Medical insurance' },
  education: { 'zh-CN': '教育入学', 'en-US': 'Education' },
  talent: { 'zh-CN': '人才', 'en-US': 'Talent' },
  sole_trader: { 'zh-CN': '个体户开业', 'en-US': 'Sole traders' },
  enterprise: { 'zh-CN': '企业开办', 'en-US': 'Starting a business' },
  construction: { 'zh-CN': '工程建设', 'en-US': 'Construction projects' },
  employment: { 'zh-CN': '就业创业', 'en-US': 'Employment' },
  civil_affairs: { 'zh-CN': '民政婚姻', 'en-US': 'Civil affairs and marriage' },
  health: { 'zh-CN': '卫生健康', 'en-US': 'Health' },
  transport: { 'zh-CN': '交通运输', 'en-US': 'Transport' },
  environment: { 'zh-CN': '生态环境', 'en-US': 'Environment' },
  market: { 'zh-CN': '市场监管', 'en-US': 'Market regulation' },
  culture: { 'zh-CN': '文化旅游', 'en-US': 'Culture and tourism' },
  agriculture: { 'zh-CN': '农业农村', 'en-US': 'Agriculture' },
  water: { 'zh-CN': '水务', 'en-US': 'Water' },
  appointment: { 'zh-CN': '预约', 'en-US': 'Appointments' },
};

export const catalogueMessages: MessageBundle = {
  ...Object.fromEntries(THEMES.map((t) => [`theme.${t}`, THEME_LABELS[t]])),
  'catalogue.code_taken': { 'zh-CN': '事项编码已存在', 'en-US': 'This matter code already exists' },
  'catalogue.unknown_department': { 'zh-CN': '实施部门不存在', 'en-US': 'Unknown implementing department' },
  'catalogue.not_your_department': {
    'zh-CN': '只能维护本部门的事项',
    'en-US': 'You may maintain only your own department’s matters',
  },
  'catalogue.no_draft': { 'zh-CN': '该事项没有待发布的草稿', 'en-US': 'This matter has no draft to publish' },
  'catalogue.not_published': {
    'zh-CN': '该事项当前没有已发布版本',
    'en-US': 'This matter has no published version',
  },
  'catalogue.promised_exceeds_legal': {
    'zh-CN': '承诺时限不得超过法定时限',
    'en-US': 'The promised limit may not exceed the legal limit',
  },
  'catalogue.bad_condition': {
    'zh-CN': '显示条件引用了不存在的字段“{field}”',
    'en-US': 'The condition refers to a field “{field}” that does not exist',
  },
  'catalogue.duplicate_field': {
    'zh-CN': '字段名“{field}”重复',
    'en-US': 'The field name “{field}” is used twice',
  },
  'catalogue.duplicate_material': {
    'zh-CN': '材料编号“{id}”重复',
    'en-US': 'The material id “{id}” is used twice',
  },
  'catalogue.unknown_file': {
    'zh-CN': '引用的文件不存在，请重新上传',
    'en-US': 'The referenced file does not exist; upload it again',
  },
  'catalogue.unknown_material': {
    'zh-CN': '该事项没有这项申请材料',
    'en-US': 'This matter has no such material',
  },
  'catalogue.no_material_file': {
    'zh-CN': '该材料没有提供此文件',
    'en-US': 'This material has no such file',
  },
  'catalogue.form_invalid': {
    'zh-CN': '表单填写有误，请按提示修改',
    'en-US': 'Some answers in the form need correcting',
  },
};
