import './mailbox.css';
import { Alert, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DevMail, type DevMailChannel, useDevMailbox } from '../../api/notifications';
import { formatDateTime } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';

type Filter = DevMailChannel | 'all';

/** 开发邮箱: what the local senders "sent", for the system administrator of a deployment without real ones. */
export default function DevMailboxPage() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [filter, setFilter] = useState<Filter>('all');
  const mailbox = useDevMailbox({ ...paging, channel: filter === 'all' ? undefined : filter });

  const columns: TableColumnsType<DevMail> = [
    { key: 'at', title: t('mailbox.at'), dataIndex: 'createdAt', render: formatDateTime, width: 150 },
    {
      key: 'channel',
      title: t('mailbox.channel'),
      dataIndex: 'channel',
      render: (channel: DevMailChannel) => (
        <Tag color={channel === 'sms' ? 'green' : 'blue'}>{t(`mailbox.channels.${channel}`)}</Tag>
      ),
      width: 90,
    },
    { key: 'to', title: t('mailbox.to'), dataIndex: 'to', width: 170 },
    {
      key: 'message',
      title: t('mailbox.body'),
      render: (_, mail) => (
        <div className="dev-mail">
          {mail.subject && <strong>{mail.subject}</strong>}
          <div className="dev-mail-body">{mail.body}</div>
        </div>
      ),
    },
  ];

  return (
    <>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('mailbox.title')}
        </Typography.Title>
      </div>
      <Typography.Paragraph>{t('mailbox.intro')}</Typography.Paragraph>
      {mailbox.isError && <QueryError error={mailbox.error} onRetry={() => void mailbox.refetch()} />}
      {mailbox.data === null ? (
        <Alert type="info" showIcon title={t('mailbox.disabled')} description={t('mailbox.disabledHint')} />
      ) : (
        <>
          <Segmented<Filter>
            aria-label={t('mailbox.filterLabel')}
            className="block-gap"
            value={filter}
            onChange={(next) => {
              setFilter(next);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={[
              { value: 'all', label: t('mailbox.all') },
              { value: 'email', label: t('mailbox.channels.email') },
              { value: 'sms', label: t('mailbox.channels.sms') },
            ]}
          />
          <Table
            className="dev-mailbox-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={mailbox.data?.items}
            loading={mailbox.isFetching}
            locale={{ emptyText: t('mailbox.empty') }}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: mailbox.data?.page ?? 1,
              pageSize: mailbox.data?.pageSize ?? 20,
              total: mailbox.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (page, pageSize) => setPaging({ page, pageSize }),
            }}
          />
        </>
      )}
    </>
  );
}
