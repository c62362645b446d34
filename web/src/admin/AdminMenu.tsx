import {
  AppstoreOutlined,
  ArrowLeftOutlined,
  CalendarOutlined,
  CloudSyncOutlined,
  DeploymentUnitOutlined,
  MailOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../api/types';
import { mayOpen, sections } from '../workbench/sections';

const adminSections = sections.filter((section) => section.path.startsWith('/admin/'));
const icons: Record<string, React.ReactNode> = {
  '/admin/matters': <AppstoreOutlined />,
  '/admin/catalogue': <CloudSyncOutlined />,
  '/admin/calendar': <CalendarOutlined />,
  '/admin/mailbox': <MailOutlined />,
  '/admin/blueprint': <DeploymentUnitOutlined />,
};

export function AdminMenu(props: { roles: readonly Role[]; pathname: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const visible = adminSections.filter((section) => mayOpen(props.roles, section));
  const items: MenuProps['items'] = [
    ...visible.map((section) => ({
      key: section.path,
      icon: icons[section.path],
      label: <Link to={section.path}>{t(section.label)}</Link>,
    })),
    { type: 'divider' },
    {
      key: '/workbench',
      icon: <ArrowLeftOutlined />,
      label: <Link to="/workbench">{t('admin.menu.backToWorkbench')}</Link>,
    },
  ];
  const selected = visible.find((section) => props.pathname.startsWith(section.path))?.path;

  return (
    <nav aria-label={t('admin.menuLabel')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        onClick={props.onNavigate}
      />
    </nav>
  );
}
