import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

export function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' }) {
  const { t } = useTranslation();
  const { language, toggle } = useLanguage();
  return (
    <Button
      type={type}
      icon={<GlobalOutlined />}
      className="language-switch"
      onClick={() => void toggle()}
      // The label is written in the language it switches to.
      lang={language === 'zh-CN' ? 'en' : 'zh-CN'}
      title={t('lang.switchAria')}
      aria-label={t('lang.switchLabel')}
    >
      <span className="hide-narrow">{t('lang.switchLabel')}</span>
      <span className="narrow-only">{t('lang.switchShort')}</span>
    </Button>
  );
}
