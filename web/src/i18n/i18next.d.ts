import 'i18next';
import type { zhCN } from './zh-CN';

// Typed keys: a misspelt or missing translation key fails the type check instead of showing the key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
