import { ArrowLeftOutlined, BarChartOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../api/types';
import { mayOpen, sections } from '../workbench/sections';

const dashboardSections = sections.filter((section) => section.path.startsWith('/dashboard/'));
const icons: Record<string, React.ReactNode> = {
  '/dashboard/hotline': <BarChartOutlined />,
  '/dashboard/live': <ThunderboltOutlined />,
};

export function DashboardMenu(props: { roles: readonly Role[]; pathname: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const visible = dashboardSections.filter((section) => mayOpen(props.roles, section));
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
      label: <Link to="/workbench">{t('dashboard.backToWorkbench')}</Link>,
    },
  ];
  const selected = visible.find((section) => props.pathname.startsWith(section.path))?.path;
  return (
    <nav aria-label={t('dashboard.menuLabel')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        onClick={props.onNavigate}
      />
    </nav>
  );
}
