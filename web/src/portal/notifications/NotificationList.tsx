import { App, Button, Pagination, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMarkAllRead, useNotifications } from '../../api/notifications';
import { QueryError } from '../../shared/QueryError';
import { NotificationEntry } from './NotificationEntry';

const pageSize = 10;

interface View {
  page: number;
  unreadOnly: boolean;
}

export function NotificationList({ page, unreadOnly, onChange }: View & { onChange: (next: View) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useNotifications({ page, pageSize, unread: unreadOnly });
  const markAll = useMarkAllRead();

  const toolbar = (
    <div className="notification-toolbar">
      <Segmented
        aria-label={t('notifications.filterLabel')}
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => onChange({ page: 1, unreadOnly: value === 'unread' })}
        options={[
          { value: 'all', label: t('notifications.all') },
          {
            value: 'unread',
            label: list.data?.unreadCount
              ? `${t('notifications.unread')} ${list.data.unreadCount}`
              : t('notifications.unread'),
          },
        ]}
      />
      <Button
        disabled={!list.data?.unreadCount}
        loading={markAll.isPending}
        onClick={() =>
          markAll.mutate(undefined, {
            onSuccess: ({ marked }) => message.success(t('notifications.markedAllRead', { count: marked })),
          })
        }
      >
        {t('notifications.markAllRead')}
      </Button>
    </div>
  );

  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <>
      {toolbar}
      {markAll.isError && <QueryError error={markAll.error} />}
      {list.data.total === 0 ? (
        <Typography.Paragraph className="notification-empty">
          {unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
        </Typography.Paragraph>
      ) : (
        <ul className="notification-list" aria-busy={list.isFetching}>
          {list.data.items.map((item) => (
            <NotificationEntry key={item.id} item={item} />
          ))}
        </ul>
      )}
      {list.data.total > pageSize && (
        <nav aria-label={t('notifications.pagination')} className="notification-pagination">
          <Pagination
            current={list.data.page}
            pageSize={pageSize}
            total={list.data.total}
            showSizeChanger={false}
            showLessItems
            onChange={(next) => onChange({ page: next, unreadOnly })}
          />
        </nav>
      )}
    </>
  );
}
