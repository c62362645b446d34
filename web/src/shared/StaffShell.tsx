import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../api/session';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageLoading';
import { useLogoutAction } from './useLogoutAction';

interface Props {
  title: string;
  homePath: string;
  /** The navigation; `onNavigate` closes the overlay menu on a phone once a choice is made. */
  menu: (onNavigate: () => void) => ReactNode;
}

/**
 * The frame of the staff apps (workbench, administration): a side menu that becomes an overlay
 * on narrow screens, a header with the user and the way out. Placed under RequireSession for staff.
 */
export function StaffShell({ title, homePath, menu }: Props) {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const logout = useLogoutAction();
  const [collapsed, setCollapsed] = useState(false);
  const [narrow, setNarrow] = useState(false);

  return (
    <Layout className="workbench">
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        // antd's own zero-width trigger is a bare <span>; the header has a real button instead.
        trigger={null}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={setNarrow}
        theme="light"
        width={220}
        className={narrow ? 'workbench-sider workbench-sider-overlay' : 'workbench-sider'}
      >
        <Link to={homePath} className="workbench-brand">
          {title}
        </Link>
        {menu(() => narrow && setCollapsed(true))}
      </Layout.Sider>
      {narrow && !collapsed && (
        <button
          type="button"
          className="workbench-backdrop"
          aria-label={t('common.close')}
          onClick={() => setCollapsed(true)}
        />
      )}
      <Layout className="workbench-main">
        <Layout.Header className="workbench-header">
          <div className="workbench-header-start">
            {narrow && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('workbench.openMenu')}
                aria-expanded={!collapsed}
                onClick={() => setCollapsed((c) => !c)}
              />
            )}
            <Typography.Text strong className="workbench-user" ellipsis>
              {account.name}
            </Typography.Text>
          </div>
          <Space size={4}>
            <LanguageSwitch />
            <Button type="text" icon={<LogoutOutlined />} onClick={logout.run} loading={logout.pending}>
              {t('nav.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="workbench-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
