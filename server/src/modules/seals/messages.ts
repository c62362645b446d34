import type { MessageBundle } from '../../platform/i18n/index.js';

export const sealMessages: MessageBundle = {
  'seal.unknown_owner': {
    'zh-CN': '未找到该部门或单位，无法为其制作印章',
    'en-US': 'No such department or organisation: no seal can be made for it',
  },
  'seal.key_exists': {
    'zh-CN': '该部门或单位已有启用中的印章密钥，如需更换请轮换密钥',
    'en-US': 'This department or organisation already has an active seal key: rotate it to replace it',
  },
  'seal.key_retired': {
    'zh-CN': '该印章密钥已停用，只能轮换启用中的密钥',
    'en-US': 'This seal key is retired: only the active key can be rotated',
  },
  'seal.unavailable': {
    'zh-CN': '电子印章暂不可用（{reason}），请稍后重试',
    'en-US': 'The electronic seal is unavailable ({reason}); try again later',
  },
};
