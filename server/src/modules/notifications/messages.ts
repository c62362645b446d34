import type { MessageBundle } from '../../platform/i18n/index.js';

export const notificationMessages: MessageBundle = {
  'email.invalid': {
    'zh-CN': '请输入有效的电子邮箱地址，例如 zhangsan@example.com',
    'en-US': 'Enter a valid e-mail address, such as zhangsan@example.com',
  },
  'notification.email_required': {
    'zh-CN': '开启邮件通知须先填写电子邮箱地址',
    'en-US': 'Enter an e-mail address to receive notifications by e-mail',
  },
};
