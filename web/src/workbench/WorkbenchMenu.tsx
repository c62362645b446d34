import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BuildOutlined,
  CalendarOutlined,
  CloudSyncOutlined,
  CommentOutlined,
  DeploymentUnitOutlined,
  DiffOutlined,
  DislikeOutlined,
  FundOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  InboxOutlined,
  MailOutlined,
  PhoneOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../api/types';
import { mayOpen, sections } from './sections';

const icons: Record<(typeof sections)[number]['path'], React.ReactNode> = {
  '/workbench/inbox': <InboxOutlined />,
  '/workbench/window': <SolutionOutlined />,
  '/workbench/supervision': <AlertOutlined />,
  '/workbench/staff': <TeamOutlined />,
  '/workbench/audit': <AuditOutlined />,
  '/workbench/persons': <IdcardOutlined />,
  '/workbench/licenses': <SafetyCertificateOutlined />,
  '/workbench/rectifications': <DislikeOutlined />,
  '/workbench/projects': <BuildOutlined />,
  '/workbench/hotline/call': <PhoneOutlined />,
  '/workbench/hotline/orders': <ScheduleOutlined />,
  '/workbench/hotline/unit': <ProfileOutlined />,
  '/workbench/blueprint': <GlobalOutlined />,
  '/workbench/conflicts': <DiffOutlined />,
  '/workbench/plannings': <CommentOutlined />,
  '/dashboard/hotline': <BarChartOutlined />,
  '/dashboard/live': <ThunderboltOutlined />,
  '/dashboard/projects': <FundOutlined />,
  '/admin/matters': <AppstoreOutlined />,
  '/admin/catalogue': <CloudSyncOutlined />,
  '/admin/calendar': <CalendarOutlined />,
  '/admin/mailbox': <MailOutlined />,
  '/admin/blueprint': <DeploymentUnitOutlined />,
};

export function WorkbenchMenu(props: { roles: readonly Role[]; pathname: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const visible = sections.filter((section) => mayOpen(props.roles, section));
  const items: MenuProps['items'] = [
    {
      key: '/workbench',
      icon: <HomeOutlined />,
      label: <Link to="/workbench">{t('workbench.menu.home')}</Link>,
    },
    ...visible.map((section) => ({
      key: section.path,
      icon: icons[section.path],
      label: <Link to={section.path}>{t(section.label)}</Link>,
    })),
  ];
  const selected = visible.find((section) => props.pathname.startsWith(section.path))?.path ?? '/workbench';

  return (
    <nav aria-label={t('workbench.menuLabel')}>
      <Menu mode="inline" items={items} selectedKeys={[selected]} onClick={props.onNavigate} />
    </nav>
  );
}
