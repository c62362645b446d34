import type { MessageBundle } from '../../platform/i18n/index.js';

export const licenseMessages: MessageBundle = {
  'license.not_found': {
    'zh-CN': '未找到该证照，请核对证照编号和核验码',
    'en-US': 'No such licence: check the licence number and the verification code',
  },
  'license.pdf_only': {
    'zh-CN': '请上传证照的 PDF 文件',
    'en-US': 'Upload the licence as a PDF file',
  },
  'license.pdf_unknown': {
    'zh-CN': '该 PDF 不是本平台签发的电子证照，无法核验',
    'en-US': 'This PDF is not an electronic licence issued here and cannot be verified',
  },
  'license.share_expired': {
    'zh-CN': '该分享链接已过期，请向持证人索取新的链接',
    'en-US': 'This shared link has expired: ask the holder for a new one',
  },
  'license.tampered': {
    'zh-CN': '该证照数据校验未通过，已暂停使用，请联系发证机关',
    'en-US':
      'This licence’s data fails its integrity check and cannot be used: contact the issuing department',
  },
  'license.not_in_force': {
    'zh-CN': '该证照已被暂停或撤销，不能下载或分享',
    'en-US': 'This licence is suspended or revoked: it cannot be downloaded or shared',
  },
  'license.cannot_revoke': {
    'zh-CN': '该证照已撤销',
    'en-US': 'This licence is already revoked',
  },
  'license.cannot_suspend': {
    'zh-CN': '只有有效的证照可以暂停（当前状态：{status}）',
    'en-US': 'Only a valid licence can be suspended (now: {status})',
  },
  'license.cannot_reinstate': {
    'zh-CN': '只有已暂停的证照可以恢复（当前状态：{status}）',
    'en-US': 'Only a suspended licence can be reinstated (now: {status})',
  },
  'license.type.unknown_department': {
    'zh-CN': '未找到该发证部门',
    'en-US': 'No such issuing department',
  },
  'license.type.name_taken': {
    'zh-CN': '已有同名的证照类型',
    'en-US': 'A licence type of that name exists already',
  },
  'license.type.kind_fixed': {
    'zh-CN': '证照类型与共享数据来源不能互相转换',
    'en-US': 'A licence type cannot become a shared-data source or the other way round',
  },
  'license.type.code_mismatch': {
    'zh-CN': '证照类型代码与地址中的不一致',
    'en-US': 'The licence type code differs from the one in the address',
  },
  'license.type.source_invalid': {
    'zh-CN': '数据来源应为表单字段路径、$holder.name 等平台数据，或以 = 开头的固定文字',
    'en-US':
      'A source is a form field path, a platform fact such as $holder.name, or fixed text starting with =',
  },
  'license.type.prefix_alphabet': {
    'zh-CN': '编号前缀不能使用字母 I、O、S、V、Z',
    'en-US': 'The number prefix may not use the letters I, O, S, V or Z',
  },
  'license.type.key_twice': {
    'zh-CN': '字段标识重复',
    'en-US': 'This field key is used twice',
  },
  'license.type.unknown_field': {
    'zh-CN': '版式中引用了未定义的字段',
    'en-US': 'The layout names a field that is not defined',
  },
};
