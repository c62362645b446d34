import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { PageLoading } from '../shared/PageLoading';
import { useLogoutAction } from '../shared/useLogoutAction';
import { WorkbenchMenu } from './WorkbenchMenu';

/** Under RequireSession for staff, so the session is loaded. */
export default function WorkbenchLayout() {
  const { t } = useTranslation();
  const account = useSession().data!.account;
  const logout = useLogoutAction();
  const location = useLocation();
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
        <Link to="/workbench" className="workbench-brand">
          {t('workbench.title')}
        </Link>
        <WorkbenchMenu
          roles={account.roles}
          pathname={location.pathname}
          // On a phone the menu covers the page; get it out of the way once a choice is made.
          onNavigate={() => narrow && setCollapsed(true)}
        />
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
