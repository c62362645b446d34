import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';

export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = currentLanguage();
  const other: Language = language === 'zh-CN' ? 'en-US' : 'zh-CN';
  return {
    language,
    toggle: () => i18n.changeLanguage(other),
  };
}
