import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../api/queryClient';
import { currentLanguage } from '../i18n';
import { antdLocales } from '../i18n/antdLocale';
import { theme } from './theme';

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = currentLanguage();

  useEffect(() => {
    // Directory and catalogue texts may be localised by the server (Accept-Language); fetch them again in the new language.
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: ['directory'] });
      void queryClient.invalidateQueries({ queryKey: ['catalogue'] });
    };
    i18n.on('languageChanged', refresh);
    return () => i18n.off('languageChanged', refresh);
  }, [i18n]);

  return (
    <QueryClientProvider client={queryClient}>
      {/* Tests and screen readers look buttons up by their exact text, so no "登 录" spacing. */}
      <ConfigProvider locale={antdLocales[language]} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
