import type { MessageBundle } from '../../../platform/i18n/index.js';
import type { ApplicationNoProblem } from './application-no.js';

const problems: Record<`applicationNo.${ApplicationNoProblem}`, { 'zh-CN': string; 'en-US': string }> = {
  'applicationNo.length': {
    'zh-CN': '办件编号应为 23 位',
    'en-US': 'The application number must have 23 characters',
  },
  'applicationNo.charset': {
    'zh-CN': '办件编号只能包含数字，最后一位可为 X',
    'en-US': 'The application number may contain only digits, with X allowed last',
  },
  'applicationNo.region': {
    'zh-CN': '办件编号前 6 位不是有效的行政区划代码',
    'en-US': 'The first 6 digits of the application number are not a valid division code',
  },
  'applicationNo.date': {
    'zh-CN': '办件编号第 7–14 位不是有效日期',
    'en-US': 'Digits 7–14 of the application number are not a real date',
  },
  'applicationNo.sequence': {
    'zh-CN': '办件编号第 15–22 位的流水号无效',
    'en-US': 'The serial number in digits 15–22 of the application number is not valid',
  },
  'applicationNo.check_char': {
    'zh-CN': '办件编号校验位不正确，请核对是否输错或颠倒了数字',
    'en-US': 'The application number check character is wrong; check for a mistyped or swapped digit',
  },
};

export const numberingMessages: MessageBundle = {
  ...problems,
  'applicationNo.sequence_exhausted': {
    'zh-CN': '{region} 在 {date} 的办件编号已用完，请联系系统管理员',
    'en-US': 'No application numbers are left for {region} on {date}; contact a system administrator',
  },
};
