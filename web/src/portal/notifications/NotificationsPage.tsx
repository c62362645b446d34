import './notifications.css';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotificationList } from './NotificationList';
import { PreferencesForm } from './PreferencesForm';

/** 我的消息 and 通知设置; the tab, the filter and the page live in the URL. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const settings = params.get('tab') === 'settings';
  const unreadOnly = params.get('show') === 'unread';
  const page = Math.max(1, Number(params.get('page')) || 1);

  return (
    <div className="page page-medium">
      <Typography.Title level={1} className="page-title">
        {t('notifications.title')}
      </Typography.Title>
      <Tabs
        activeKey={settings ? 'settings' : 'messages'}
        onChange={(key) => setParams(key === 'settings' ? { tab: key } : {})}
        items={[
          {
            key: 'messages',
            label: t('notifications.tabMessages'),
            children: (
              <NotificationList
                page={page}
                unreadOnly={unreadOnly}
                onChange={(next) =>
                  setParams({
                    ...(next.unreadOnly ? { show: 'unread' } : {}),
                    ...(next.page > 1 ? { page: String(next.page) } : {}),
                  })
                }
              />
            ),
          },
          { key: 'settings', label: t('notifications.tabSettings'), children: <PreferencesForm /> },
        ]}
      />
    </div>
  );
}
