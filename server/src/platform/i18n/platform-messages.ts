import type { MessageBundle } from './i18n.js';

export const platformMessages: MessageBundle = {
  'validation.failed': {
    'zh-CN': '提交的内容有误，请按提示修改',
    'en-US': 'Some of the submitted data is invalid',
  },
  'validation.required': { 'zh-CN': '此项为必填项', 'en-US': 'This field is required' },
  'validation.invalid_type': { 'zh-CN': '格式不正确', 'en-US': 'Wrong type' },
  'validation.too_small': {
    'zh-CN': '长度或数值过小（至少 {minimum}）',
    'en-US': 'Too short or too small (minimum {minimum})',
  },
  'validation.too_big': {
    'zh-CN': '长度或数值过大（至多 {maximum}）',
    'en-US': 'Too long or too large (maximum {maximum})',
  },
  'validation.invalid_format': { 'zh-CN': '格式不正确', 'en-US': 'Invalid format' },
  'validation.invalid_value': {
    'zh-CN': '取值不在允许范围内',
    'en-US': 'Value is not one of the allowed options',
  },
  'validation.unrecognized_keys': {
    'zh-CN': '包含不允许的字段',
    'en-US': 'Contains fields that are not allowed',
  },
  'validation.invalid': { 'zh-CN': '内容无效', 'en-US': 'Invalid value' },
  'validation.nul_character': {
    'zh-CN': '不能包含空字符（U+0000）',
    'en-US': 'Must not contain the NUL character (U+0000)',
  },
  'idNumber.length': { 'zh-CN': '身份证号应为 18 位', 'en-US': 'The ID number must have 18 characters' },
  'idNumber.charset': {
    'zh-CN': '身份证号只能包含数字，最后一位可为 X',
    'en-US': 'The ID number may contain only digits, with X allowed last',
  },
  'idNumber.region': {
    'zh-CN': '身份证号的地址码不存在',
    'en-US': 'The ID number has an unknown region code',
  },
  'idNumber.birth_date': {
    'zh-CN': '身份证号中的出生日期无效',
    'en-US': 'The birth date in the ID number is not a real date',
  },
  'idNumber.check_char': {
    'zh-CN': '身份证号校验位不正确，请核对',
    'en-US': 'The ID number check character is wrong; please check it',
  },
  'creditCode.length': {
    'zh-CN': '统一社会信用代码应为 18 位',
    'en-US': 'The credit code must have 18 characters',
  },
  'creditCode.charset': {
    'zh-CN': '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）',
    'en-US': 'The credit code contains characters it cannot have (I, O, Z, S, V are never used)',
  },
  'creditCode.region': {
    'zh-CN': '统一社会信用代码第 3–8 位应为行政区划码',
    'en-US': 'Characters 3–8 of the credit code must be a division code',
  },
  'creditCode.check_char': {
    'zh-CN': '统一社会信用代码校验位不正确，请核对',
    'en-US': 'The credit code check character is wrong; please check it',
  },
  'mobile.invalid': {
    'zh-CN': '请输入 11 位中国大陆手机号码',
    'en-US': 'Enter an 11-digit mainland China mobile number',
  },
  'error.not_found': { 'zh-CN': '未找到该资源', 'en-US': 'Not found' },
  'error.unauthenticated': { 'zh-CN': '请先登录', 'en-US': 'Please log in first' },
  'error.forbidden': { 'zh-CN': '您无权进行此操作', 'en-US': 'You are not allowed to do this' },
  'error.rate_limited': {
    'zh-CN': '请求过于频繁，请 {seconds} 秒后再试',
    'en-US': 'Too many requests; try again in {seconds} seconds',
  },
  'error.conflict': {
    'zh-CN': '数据已被修改，请刷新后重试',
    'en-US': 'The data changed meanwhile; reload and try again',
  },
  'error.internal': {
    'zh-CN': '系统繁忙，请稍后再试',
    'en-US': 'Something went wrong on our side; please try again later',
  },
  'error.bad_request': { 'zh-CN': '请求无法处理', 'en-US': 'The request could not be processed' },
  'error.bad_url': {
    'zh-CN': '网址无法识别：其中的百分号编码有误',
    'en-US': 'The address could not be read: it holds a malformed percent-encoding',
  },
  'error.unsupported_media_type': { 'zh-CN': '不支持的内容类型', 'en-US': 'Unsupported content type' },
  'error.payload_too_large': { 'zh-CN': '提交的内容过大', 'en-US': 'The request is too large' },
};
