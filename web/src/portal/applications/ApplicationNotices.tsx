import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { noticePdfUrl, useApplicationNotices } from '../../api/notices';
import { formatDateTime } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';

/** 受理通知书, 决定书 …: each written notice of the application, to download and to verify. */
export function ApplicationNotices({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const notices = useApplicationNotices(applicationNo);
  if (notices.isError) return <QueryError error={notices.error} onRetry={() => void notices.refetch()} />;
  return (
    <List
      className="application-notices"
      loading={notices.isPending}
      locale={{ emptyText: t('applicationDetail.noticesEmpty') }}
      dataSource={notices.data ?? []}
      renderItem={(notice) => (
        <List.Item
          actions={[
            <a key="pdf" href={noticePdfUrl(applicationNo, notice.id)} download>
              {t('applicationDetail.noticeDownload')}
            </a>,
            <Link key="verify" to={`/verify/${notice.verifyCode}`}>
              {t('applicationDetail.noticeVerify')}
            </Link>,
          ]}
        >
          <List.Item.Meta
            title={notice.title}
            description={
              <Typography.Text type="secondary">
                {[notice.documentNo, notice.issuerName, formatDateTime(notice.issuedAt)]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
