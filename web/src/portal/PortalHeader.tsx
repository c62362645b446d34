import {
  BankFilled,
  BuildOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../api/session';
import { homeFor } from '../shared/homeFor';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { LinkButton } from '../shared/LinkButton';
import { useLogoutAction } from '../shared/useLogoutAction';
import { NotificationBell } from './notifications/NotificationBell';

export function PortalHeader() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogoutAction();
  const account = session.data?.account;

  return (
    <header className="portal-header">
      <div className="portal-header-inner">
        <Link to="/" className="portal-brand">
          <span className="portal-brand-mark" aria-hidden="true">
            <BankFilled />
          </span>
          <span className="portal-brand-name">{t('app.siteName')}</span>
        </Link>
        <Space size={2} className="portal-header-actions">
          {/* Phones reach it from the home page; their header row has no room left. */}
          <LinkButton to="/progress" type="text" icon={<FileSearchOutlined />} className="wide-only">
            {t('nav.progress')}
          </LinkButton>
          <LanguageSwitch />
          {account ? (
            <>
              {account.kind !== 'staff' && (
                <LinkButton
                  to="/my/applications"
                  type="text"
                  icon={<FileTextOutlined />}
                  // As with 退出登录: the text is hidden on narrow phones, the name stays.
                  aria-label={t('nav.myApplications')}
                >
                  <span className="hide-narrow">{t('nav.myApplications')}</span>
                </LinkButton>
              )}
              {account.kind !== 'staff' && (
                // Phones reach it from the account page: their header row has no room left.
                <LinkButton
                  to="/my/licenses"
                  type="text"
                  icon={<SafetyCertificateOutlined />}
                  className="wide-only"
                >
                  {t('nav.myLicenses')}
                </LinkButton>
              )}
              {(account.kind === 'organization' || session.data?.actingFor) && (
                // An owner organisation's construction projects; phones reach them from the home page.
                <LinkButton to="/my/projects" type="text" icon={<BuildOutlined />} className="wide-only">
                  {t('projects.menu.mine')}
                </LinkButton>
              )}
              {account.kind !== 'staff' && <NotificationBell />}
              <LinkButton
                to={homeFor(session.data!)}
                type="text"
                icon={<UserOutlined />}
                className="portal-user"
              >
                {account.name}
              </LinkButton>
              <Button
                type="text"
                icon={<LogoutOutlined />}
                onClick={logout.run}
                loading={logout.pending}
                // The text is hidden on narrow phones; the name must not depend on it.
                aria-label={t('nav.logout')}
              >
                <span className="hide-narrow">{t('nav.logout')}</span>
              </Button>
            </>
          ) : (
            !session.isPending && (
              <>
                <LinkButton to="/login" type="text">
                  {t('nav.login')}
                </LinkButton>
                <LinkButton to="/register" type="primary">
                  {t('nav.register')}
                </LinkButton>
              </>
            )
          )}
        </Space>
      </div>
    </header>
  );
}
