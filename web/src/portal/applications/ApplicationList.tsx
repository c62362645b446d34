import { Pagination, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApplications } from '../../api/applications';
import { formatDate } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { ApplicationNumber } from './ApplicationNumber';
import { ApplicationStatusTag } from './ApplicationStatusTag';

const pageSize = 10;

export function ApplicationList({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const list = useApplications({ page, pageSize });

  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.total === 0) {
    return (
      <div className="empty-block">
        <Typography.Paragraph>{t('myApplications.empty')}</Typography.Paragraph>
        <LinkButton to="/matters" type="primary">
          {t('myApplications.toHall')}
        </LinkButton>
      </div>
    );
  }

  return (
    <>
      <ul className="record-list" aria-busy={list.isFetching}>
        {list.data.items.map((item) => (
          <li key={item.applicationNo} className="record-item">
            <div className="record-head">
              <Link to={`/my/applications/${item.applicationNo}`} className="record-title">
                {item.matterName}
              </Link>
              <ApplicationStatusTag status={item.status} />
            </div>
            <dl className="record-facts">
              <dt>{t('myApplications.number')}</dt>
              <dd>
                <ApplicationNumber value={item.applicationNo} size="small" copyable={false} />
              </dd>
            </dl>
            <span className="record-meta">
              {t('myApplications.submittedOn', { date: formatDate(item.submittedAt) })}
            </span>
          </li>
        ))}
      </ul>
      {list.data.total > pageSize && (
        <nav aria-label={t('myApplications.pagination')} className="matter-pagination">
          <Pagination
            current={list.data.page}
            pageSize={pageSize}
            total={list.data.total}
            showSizeChanger={false}
            showLessItems
            onChange={onPage}
          />
        </nav>
      )}
    </>
  );
}
