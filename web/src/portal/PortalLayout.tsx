import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageLoading } from '../shared/PageLoading';
import { PortalHeader } from './PortalHeader';

export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <div className="portal">
      <PortalHeader />
      <main className="portal-main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="portal-footer">{t('app.footer')}</footer>
    </div>
  );
}
