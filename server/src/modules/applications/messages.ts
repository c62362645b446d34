import type { MessageBundle } from '../../platform/i18n/index.js';

export const applicationMessages: MessageBundle = {
  'application.unknown_service_center': {
    'zh-CN': '所选的领取地点不是本市的政务服务中心',
    'en-US': 'The chosen collection point is not one of the city’s service centres',
  },
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
  'application.no_correction_open': {
    'zh-CN': '该办件当前没有待补正的通知，无需补正',
    'en-US': 'This application is not waiting for a correction',
  },
  'application.correction_empty': {
    'zh-CN': '请上传补正材料或填写补正说明',
    'en-US': 'Upload the corrected materials or write a note',
  },
  'application.cannot_withdraw': {
    'zh-CN': '该办件当前状态不能撤回',
    'en-US': 'This application can no longer be withdrawn',
  },
  'application.materials_invalid': {
    'zh-CN': '申请材料不齐全或有误，请按提示补充或修改',
    'en-US': 'Some materials are missing or need correcting',
  },
  'application.material_missing': {
    'zh-CN': '请上传“{material}”',
    'en-US': 'Upload “{material}”',
  },
  'application.unknown_material': {
    'zh-CN': '该事项没有这项需要上传的材料',
    'en-US': 'This matter has no such material to upload',
  },
  'application.material_repeated': {
    'zh-CN': '同一材料只能列出一次',
    'en-US': 'Each material may be listed only once',
  },
  'application.too_many_files': {
    'zh-CN': '“{material}”最多上传 {max} 个文件',
    'en-US': 'At most {max} files for “{material}”',
  },
  'application.file_not_found': {
    'zh-CN': '文件不存在或不属于您，请重新上传',
    'en-US': 'The file does not exist or is not yours; upload it again',
  },
  'application.file_repeated': {
    'zh-CN': '同一文件不能重复提交',
    'en-US': 'The same file cannot be handed in twice',
  },
  'application.file_too_large': {
    'zh-CN': '“{material}”的单个文件不得超过 {maxSizeMb} MB',
    'en-US': 'Each file for “{material}” may be at most {maxSizeMb} MB',
  },
  'application.material_missing.no_license': {
    'zh-CN': '未在您的电子证照中找到有效的证照，请上传“{material}”',
    'en-US': 'No valid electronic licence was found in your wallet: upload “{material}”',
  },
  'application.material_missing.license_inactive': {
    'zh-CN': '您的证照 {licenseNo} 已暂停、撤销或过期，不能自动获取，请上传“{material}”',
    'en-US':
      'Your licence {licenseNo} is suspended, revoked or expired and cannot be taken: upload “{material}”',
  },
  'application.material_missing.registry_unconfirmed': {
    'zh-CN': '未能从人口信息库获取，请上传“{material}”',
    'en-US': 'The population registry could not provide it: upload “{material}”',
  },
  'application.material_missing.other_holder': {
    'zh-CN': '“{material}”由其他当事人持有，不从您的电子证照中获取，请上传',
    'en-US': '“{material}” is held by another party and is not taken from your wallet: upload it',
  },
  'application.seal_not_organization': {
    'zh-CN': '只有以单位身份办事时才能以单位电子印章签署',
    'en-US': 'Only an organisation’s application can be signed with its electronic seal',
  },
  'application.seal_unavailable': {
    'zh-CN': '本单位尚未启用电子印章，请不勾选“以单位电子印章签署”后提交，或联系安全管理员为单位制作印章',
    'en-US':
      'Your organisation has no electronic seal yet: submit without the seal, or ask the security administrator for one',
  },
  'application.zero_submission_range': {
    'zh-CN': '统计期间有误：开始日期不能晚于结束日期，且不超过十年',
    'en-US': 'Invalid period: the start may not be after the end, and it may span at most ten years',
  },
};
