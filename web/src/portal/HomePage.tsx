import './catalogue.css';
import {
  AimOutlined,
  AppstoreOutlined,
  BankOutlined,
  BuildOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  LoginOutlined,
  PhoneOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../api/session';
import { homeFor } from '../shared/homeFor';
import { LinkButton } from '../shared/LinkButton';
import { HallSearchBox } from './hall/HallSearchBox';
import { QuickLink } from './QuickLink';
import { ServiceCenterList } from './ServiceCenterList';

export default function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();

  return (
    <>
      <section className="hero">
        <div className="hero-inner">
          <Typography.Title level={1} className="hero-title">
            {t('home.heroTitle')}
          </Typography.Title>
          <Typography.Paragraph className="hero-intro">{t('home.heroIntro')}</Typography.Paragraph>
          <div className="hero-search">
            <HallSearchBox
              inverse
              onSearch={(q) => navigate(q ? `/matters?q=${encodeURIComponent(q)}` : '/matters')}
            />
          </div>
          {session.data && (
            // A default ghost button is white on the blue hero; a primary one was blue on blue.
            <LinkButton to={homeFor(session.data)} size="large" ghost>
              {t('home.welcomeBack', { name: session.data.account.name })}
            </LinkButton>
          )}
        </div>
      </section>
      <div className="page">
        <div className="quick-links">
          <QuickLink
            to="/matters"
            icon={<AppstoreOutlined />}
            title={t('hall.homeHallLink')}
            description={t('hall.homeHallHint')}
          />
          {session.data && session.data.account.kind !== 'staff' && (
            <QuickLink
              to="/my/applications"
              icon={<FileTextOutlined />}
              title={t('home.quickMyApplications')}
              description={t('home.quickMyApplicationsDesc')}
            />
          )}
          {(session.data?.account.kind === 'organization' || session.data?.actingFor) && (
            <QuickLink
              to="/my/projects"
              icon={<BuildOutlined />}
              title={t('projects.mine.homeLink')}
              description={t('projects.mine.homeLinkDesc')}
            />
          )}
          {(session.data?.account.kind === 'organization' || session.data?.actingFor) && (
            <QuickLink
              to="/my/plannings"
              icon={<AimOutlined />}
              title={t('planning.homeLink')}
              description={t('planning.homeLinkDesc')}
            />
          )}
          {session.data?.account.kind !== 'staff' && session.data?.account.kind !== 'organization' && (
            <QuickLink
              to="/my/hotline"
              icon={<PhoneOutlined />}
              title={t('myHotline.homeLink')}
              description={t('myHotline.homeLinkDesc')}
            />
          )}
          <QuickLink
            to="/progress"
            icon={<FileSearchOutlined />}
            title={t('progress.homeLink')}
            description={t('progress.homeLinkDesc')}
          />
          {!session.data && (
            <>
              <QuickLink
                to="/register?kind=person"
                icon={<UserAddOutlined />}
                title={t('home.quickPerson')}
                description={t('home.quickPersonDesc')}
              />
              <QuickLink
                to="/register?kind=organization"
                icon={<BankOutlined />}
                title={t('home.quickOrg')}
                description={t('home.quickOrgDesc')}
              />
              <QuickLink
                to="/login"
                icon={<LoginOutlined />}
                title={t('home.quickLogin')}
                description={t('home.quickLoginDesc')}
              />
            </>
          )}
        </div>
        <ServiceCenterList />
      </div>
    </>
  );
}
