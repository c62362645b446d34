import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type NotificationItem, useMarkRead } from '../../api/notifications';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';

export function NotificationEntry({ item }: { item: NotificationItem }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const unread = item.readAt === null;

  return (
    <li className={unread ? 'notification-item notification-unread' : 'notification-item'}>
      <div className="notification-head">
        <span className="notification-title">{item.title}</span>
        {unread && <Tag color="blue">{t('notifications.unreadTag')}</Tag>}
      </div>
      <p className="notification-body">{item.body}</p>
      <div className="notification-foot">
        <time dateTime={item.createdAt} className="notification-meta">
          {formatDateTime(item.createdAt)}
        </time>
        <span className="notification-actions">
          {item.link && (
            <LinkButton
              to={item.link}
              size="small"
              type="link"
              aria-label={t('notifications.openLabel', { title: item.title })}
              // Opening is reading: marked on the way, without holding up the navigation.
              onClickCapture={() => unread && markRead.mutate(item.id)}
            >
              {t('notifications.open')}
            </LinkButton>
          )}
          {unread && (
            <Button
              size="small"
              loading={markRead.isPending}
              aria-label={t('notifications.markReadLabel', { title: item.title })}
              onClick={() => markRead.mutate(item.id)}
            >
              {t('notifications.markRead')}
            </Button>
          )}
        </span>
      </div>
    </li>
  );
}
