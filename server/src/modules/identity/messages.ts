import type { MessageBundle } from '../../platform/i18n/index.js';

export const identityMessages: MessageBundle = {
  'auth.invalid_credentials': {
    'zh-CN': '账号、密码或动态口令不正确',
    'en-US': 'Wrong account, password or one-time code',
  },
  'auth.totp_reused': {
    'zh-CN': '该动态口令已使用过，请等待验证器显示新的口令后再登录',
    'en-US': 'This one-time code has been used already; wait for your authenticator to show a new one',
  },
  'auth.locked': {
    'zh-CN': '登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试',
    'en-US': 'Too many failed attempts; the account is locked, try again in {minutes} minutes',
  },
  'auth.already_registered': {
    'zh-CN': '该证件号码已注册，请直接登录',
    'en-US': 'This number is already registered; please log in',
  },
  'auth.mobile_taken': {
    'zh-CN': '该手机号码已被其他账号使用',
    'en-US': 'This mobile number is used by another account',
  },
  'auth.name_mismatch': {
    'zh-CN': '姓名与该身份证号此前登记的姓名不一致',
    'en-US': 'The name does not match the one on record for this ID number',
  },
  'password.too_short': {
    'zh-CN': '密码至少需要 {minLength} 位',
    'en-US': 'The password needs at least {minLength} characters',
  },
  'password.too_simple': {
    'zh-CN': '密码需包含大写字母、小写字母、数字、符号中的至少 {minClasses} 类',
    'en-US': 'The password needs at least {minClasses} of: upper case, lower case, digits, symbols',
  },
  'password.wrong_current': { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is wrong' },
  'identity.not_verified': {
    'zh-CN': '实名核验未通过：人口信息库中未找到与姓名一致的有效记录',
    'en-US': 'Identity not verified: the population registry has no valid record with this name',
  },
  'identity.registry_unavailable': {
    'zh-CN': '人口信息库暂时无法访问，请稍后再试',
    'en-US': 'The population registry is unavailable; try again later',
  },
  'staff.username_taken': { 'zh-CN': '该用户名已存在', 'en-US': 'This username is taken' },
  'staff.unknown_department': { 'zh-CN': '部门不存在', 'en-US': 'Unknown department' },
  'staff.unknown_service_center': { 'zh-CN': '服务中心不存在', 'en-US': 'Unknown service centre' },
  'staff.separation_of_duties': {
    'zh-CN': '系统管理员、安全管理员、审计管理员不得由同一账号兼任（三员分立）',
    'en-US': 'System, security and audit administrator roles may not be combined in one account',
  },
  'staff.no_self_change': {
    'zh-CN': '不能修改自己的角色或状态',
    'en-US': 'You cannot change your own roles or status',
  },
  'org.agent_exists': {
    'zh-CN': '此人已是本单位经办人',
    'en-US': 'This person is already an agent of this organisation',
  },
  'org.agent_unknown': {
    'zh-CN': '未找到该身份证号对应的已注册个人账号，或姓名不一致',
    'en-US': 'No registered person with this ID number and name',
  },
};
