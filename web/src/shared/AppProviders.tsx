import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ConfigOptions as MessageConfigOptions } from 'antd/es/message/interface';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../api/queryClient';
import { currentLanguage } from '../i18n';
import { antdLocales } from '../i18n/antdLocale';
import { theme } from './theme';

/**
 * Toasts open below the sticky header (56 px on phones, 64 px in the workbench), so they never
 * hide its links, and take no tap or hover: a tap reaches what lies beneath, and antd, which
 * pauses a toast while the pointer rests on it, cannot keep one over a button for good.
 */
const TOASTS = { top: 72, styles: { root: { pointerEvents: 'none' } } } satisfies MessageConfigOptions;

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
        <AntApp message={TOASTS}>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
