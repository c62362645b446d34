import './admin.css';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../api/session';
import { StaffShell } from '../shared/StaffShell';
import { AdminMenu } from './AdminMenu';

/** The administration app (catalogue, calendar); under RequireSession for staff. */
export default function AdminLayout() {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const location = useLocation();
  return (
    <StaffShell
      title={t('admin.title')}
      homePath="/admin/matters"
      menu={(onNavigate) => (
        <AdminMenu roles={account.roles} pathname={location.pathname} onNavigate={onNavigate} />
      )}
    />
  );
}
