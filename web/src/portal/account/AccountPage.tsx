import { FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { QuickLink } from '../QuickLink';
import { ActingForCard } from './ActingForCard';
import { AgentsCard } from './AgentsCard';
import { ProfileCard } from './ProfileCard';
import { SecurityCard } from './SecurityCard';

/** Under RequireSession, so the session is loaded and belongs to a person or an organisation. */
export default function AccountPage() {
  const { t } = useTranslation();
  const session = useSession().data!;
  const { account, actingFor } = session;
  // An organisation manages its own agents; a person may do so while acting for one they represent.
  const agentsOf = account.kind === 'organization' ? { id: account.id, name: account.name } : actingFor;

  return (
    <div className="page page-medium">
      <Typography.Title level={1} className="page-title">
        {t('account.title')}
      </Typography.Title>
      <div className="card-stack">
        <QuickLink
          to="/my/applications"
          icon={<FileTextOutlined />}
          title={t('home.quickMyApplications')}
          description={t('home.quickMyApplicationsDesc')}
        />
        <QuickLink
          to="/my/licenses"
          icon={<SafetyCertificateOutlined />}
          title={t('wallet.title')}
          description={t('wallet.quickDesc')}
        />
        <ProfileCard />
        {account.kind === 'person' && <ActingForCard session={session} />}
        {agentsOf && <AgentsCard key={agentsOf.id} organization={agentsOf} />}
        <SecurityCard />
      </div>
    </div>
  );
}
