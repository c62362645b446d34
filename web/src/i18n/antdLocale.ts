import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Language } from './index';

export const antdLocales: Record<Language, Locale> = { 'zh-CN': zhCN, 'en-US': enUS };
