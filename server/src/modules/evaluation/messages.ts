import type { MessageBundle } from '../../platform/i18n/index.js';

export const evaluationMessages: MessageBundle = {
  'evaluation.applicant_only': {
    'zh-CN': '只有申请人可以评价本办件',
    'en-US': 'Only the applicant can evaluate this application',
  },
  'evaluation.not_evaluable': {
    'zh-CN': '办件办结后才能评价',
    'en-US': 'An application can be evaluated once it has been dealt with',
  },
  'evaluation.already_evaluated': {
    'zh-CN': '本办件已评价过，每个办件只能评价一次',
    'en-US': 'This application has been evaluated already; each can be evaluated once',
  },
  'evaluation.reason_required': {
    'zh-CN': '差评请至少选择一项原因',
    'en-US': 'Choose at least one reason for a poor rating',
  },
  'evaluation.reasons_only_when_bad': {
    'zh-CN': '只有“不满意”或“非常不满意”时才需选择原因',
    'en-US': 'Reasons are given only with “dissatisfied” or “very dissatisfied”',
  },
  'evaluation.comment_required_for_other': {
    'zh-CN': '选择“其他”原因时请写明具体情况',
    'en-US': 'Describe what happened when you choose “other”',
  },
  'evaluation.not_evaluated': {
    'zh-CN': '本办件尚未评价',
    'en-US': 'This application has not been evaluated yet',
  },
  'evaluation.follow_up_taken': {
    'zh-CN': '已追评过，每个评价只能追评一次',
    'en-US': 'An additional comment has been added already; only one is allowed',
  },
  'evaluation.range_reversed': {
    'zh-CN': '开始日期不能晚于结束日期',
    'en-US': 'The start date cannot be after the end date',
  },
  'evaluation.own_department_only': {
    'zh-CN': '只能查看本部门的评价指标',
    'en-US': 'You may see only your own department’s figures',
  },
  'rectification.closed': {
    'zh-CN': '该整改已办结，不能再修改',
    'en-US': 'This rectification is closed and can no longer be changed',
  },
  'rectification.incomplete': {
    'zh-CN': '办结前须登记整改情况和回访结果',
    'en-US': 'Record the rectification and the call-back before closing',
  },
  'rectification.call_back_date': {
    'zh-CN': '回访日期应在评价日期（{from}）与今天之间',
    'en-US': 'The call-back date must be between the evaluation date ({from}) and today',
  },
};
