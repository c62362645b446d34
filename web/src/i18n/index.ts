import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'onewindow.language';
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return languages.find((l) => l === value) ?? 'zh-CN';
  } catch {
    // Private browsing modes may refuse storage; Chinese is the default audience anyway.
    return 'zh-CN';
  }
}

/** Everything outside React (dayjs, <html lang>, storage) follows i18next from here. */
function applyLanguage(language: Language) {
  dayjs.locale(dayjsLocales[language]);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // See storedLanguage: the switch still works for this visit.
  }
}

export function currentLanguage(): Language {
  return languages.find((l) => l === i18n.language) ?? 'zh-CN';
}

i18n.on('languageChanged', () => applyLanguage(currentLanguage()));

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...languages],
  // Resources are bundled, so initialise synchronously and render the right language on first paint.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(currentLanguage());

export default i18n;
