import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../api/session';
import { StaffShell } from '../shared/StaffShell';
import { WorkbenchMenu } from './WorkbenchMenu';

/** Under RequireSession for staff, so the session is loaded. */
export default function WorkbenchLayout() {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const location = useLocation();
  return (
    <StaffShell
      title={t('workbench.title')}
      homePath="/workbench"
      menu={(onNavigate) => (
        <WorkbenchMenu roles={account.roles} pathname={location.pathname} onNavigate={onNavigate} />
      )}
    />
  );
}
