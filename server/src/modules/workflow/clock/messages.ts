import type { MessageBundle } from '../../../platform/i18n/index.js';
import type { ClockProblemCode } from './ledger.js';
import type { SuspensionReason, WarningLevel } from './model.js';

export const SUSPENSION_REASON_LABELS: Record<SuspensionReason, { 'zh-CN': string; 'en-US': string }> = {
  expert_review: { 'zh-CN': '专家评审', 'en-US': 'Expert review' },
  hearing: { 'zh-CN': '听证', 'en-US': 'Hearing' },
  testing: { 'zh-CN': '检验检测', 'en-US': 'Testing and inspection' },
  correction: { 'zh-CN': '等待补正材料', 'en-US': 'Waiting for corrected materials' },
  other: { 'zh-CN': '其他特别程序', 'en-US': 'Other special procedure' },
};

export const WARNING_LABELS: Record<WarningLevel, { 'zh-CN': string; 'en-US': string }> = {
  none: { 'zh-CN': '正常', 'en-US': 'On time' },
  yellow: { 'zh-CN': '黄牌（即将到期）', 'en-US': 'Yellow (due soon)' },
  red: { 'zh-CN': '红牌（已超期）', 'en-US': 'Red (overdue)' },
};

const problems: Record<ClockProblemCode, { 'zh-CN': string; 'en-US': string }> = {
  'clock.invalid_date': {
    'zh-CN': '请输入有效日期，格式为 YYYY-MM-DD',
    'en-US': 'Enter a real date as YYYY-MM-DD',
  },
  'clock.invalid_limit': {
    'zh-CN': '时限应为 0 至 {max} 之间的整数个工作日',
    'en-US': 'A time limit must be a whole number of working days from 0 to {max}',
  },
  'clock.promised_exceeds_legal': {
    'zh-CN': '承诺时限（{promised} 个工作日）不能超过法定时限（{legal} 个工作日）',
    'en-US':
      'The promised limit ({promised} working days) cannot exceed the legal limit ({legal} working days)',
  },
  'clock.invalid_entry': {
    'zh-CN': '计时记录类型无效，只能是暂停、恢复或延期',
    'en-US': 'A clock entry must be a suspension, a resumption or an extension',
  },
  'clock.entry_before_start': {
    'zh-CN': '记录日期 {date} 早于受理日期 {start}',
    'en-US': 'The entry date {date} is before the acceptance date {start}',
  },
  'clock.entry_out_of_order': {
    'zh-CN': '记录日期 {date} 早于上一条记录的日期 {previous}，计时记录只能按时间顺序追加',
    'en-US':
      'The entry date {date} is before the previous entry ({previous}); entries can only be added in date order',
  },
  'clock.already_suspended': {
    'zh-CN': '办理时限已于 {since} 暂停计时，请先恢复计时',
    'en-US': 'The clock has been suspended since {since}; resume it first',
  },
  'clock.not_suspended': {
    'zh-CN': '办理时限没有处于暂停状态，无需恢复计时',
    'en-US': 'The clock is not suspended, so it cannot be resumed',
  },
  'clock.stopped': {
    'zh-CN': '办理时限已于 {since} 停止计时（已作出决定），不能再记录',
    'en-US': 'The clock stopped on {since} when the decision was taken; nothing more can be recorded',
  },
  'clock.invalid_reason': {
    'zh-CN': '请选择暂停计时的原因：专家评审、听证、检验检测、等待补正材料或其他特别程序',
    'en-US':
      'Choose why the clock stops: expert review, hearing, testing, waiting for corrections or another special procedure',
  },
  'clock.text_required': {
    'zh-CN': '请填写说明',
    'en-US': 'Enter an explanation',
  },
  'clock.text_too_long': {
    'zh-CN': '说明不能超过 {max} 个字',
    'en-US': 'The explanation can have at most {max} characters',
  },
  'clock.invalid_extension': {
    'zh-CN': '延期天数应为 1 至 {max} 之间的整数个工作日',
    'en-US': 'An extension must be a whole number of working days from 1 to {max}',
  },
  'clock.approver_required': {
    'zh-CN': '延期须注明批准的负责人',
    'en-US': 'An extension must name the head who approved it',
  },
};

export const clockMessages: MessageBundle = {
  ...problems,
  ...Object.fromEntries(
    Object.entries(SUSPENSION_REASON_LABELS).map(([reason, label]) => [`clock.reason.${reason}`, label]),
  ),
  ...Object.fromEntries(
    Object.entries(WARNING_LABELS).map(([level, label]) => [`clock.warning.${level}`, label]),
  ),
};
