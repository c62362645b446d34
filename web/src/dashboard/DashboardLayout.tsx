import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../api/session';
import { StaffShell } from '../shared/StaffShell';
import { DashboardMenu } from './DashboardMenu';

/** Oversight dashboards (数据看板); under RequireSession for staff. */
export default function DashboardLayout() {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const location = useLocation();
  return (
    <StaffShell
      title={t('dashboard.title')}
      homePath="/dashboard/hotline"
      menu={(onNavigate) => (
        <DashboardMenu roles={account.roles} pathname={location.pathname} onNavigate={onNavigate} />
      )}
    />
  );
}
