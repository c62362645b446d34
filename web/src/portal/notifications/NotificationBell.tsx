import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../../api/notifications';
import { LinkButton } from '../../shared/LinkButton';

/** The header's way to 我的消息, with the unread count it polls for. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data ?? 0;
  return (
    <LinkButton
      to="/my/notifications"
      type="text"
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined />
        </Badge>
      }
    />
  );
}
