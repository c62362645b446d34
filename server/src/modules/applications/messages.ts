import type { MessageBundle } from '../../platform/i18n/index.js';

export const applicationMessages: MessageBundle = {
  'application.idempotency_key_required': {
    'zh-CN': '提交申请须带 Idempotency-Key 请求头（UUID）',
    'en-US': 'Submitting requires an Idempotency-Key header (a UUID)',
  },
  'application.idempotency_mismatch': {
    'zh-CN': '同一 Idempotency-Key 已用于另一份不同的申请',
    'en-US': 'This Idempotency-Key was already used for a different application',
  },
  'application.version_outdated': {
    'zh-CN': '该事项的办事指南已更新，请刷新后按新表单填写',
    'en-US': 'The matter was updated; reload and fill in the new form',
  },
  'application.window_only': {
    'zh-CN': '该事项须到窗口办理，暂不支持网上申请',
    'en-US': 'This matter can only be applied for at a service window',
  },
  'application.wrong_audience': {
    'zh-CN': '该事项的服务对象不包括当前办事身份',
    'en-US': 'This matter is not offered to the kind of applicant you are acting as',
  },
  'application.staff_cannot_apply': {
    'zh-CN': '工作人员账号不能网上申请，请使用窗口受理',
    'en-US': 'Staff accounts cannot apply online; use window intake',
  },
  'application.declaration_required': {
    'zh-CN': '请阅读并勾选承诺声明',
    'en-US': 'Please read and accept the declaration',
  },
  'application.form_invalid': {
    'zh-CN': '申请表填写有误，请按提示修改',
    'en-US': 'Some answers in the form need correcting',
  },
  'application.cannot_withdraw': {
    'zh-CN': '该办件当前状态不能撤回',
    'en-US': 'This application can no longer be withdrawn',
  },
};
