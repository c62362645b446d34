import './evaluation.css';
import { Checkbox, Segmented, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { rectificationStatuses, useRectifications } from '../../api/evaluation';
import { QueryError } from '../../shared/QueryError';
import { RectificationTable } from './RectificationTable';
import { useRectificationParams } from './useRectificationParams';

/** 差评整改: the department's poor ratings to rectify, call back and close; every department for supervisors. */
export default function RectificationListPage() {
  const { t } = useTranslation();
  const statusId = useId();
  const { params, update } = useRectificationParams();
  const list = useRectifications(params);

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('rectification.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('rectification.intro')}</Typography.Paragraph>
      <div className="filter-bar rectification-filters">
        <div className="filter-field">
          <span id={statusId}>{t('rectification.statusFilter')}</span>
          <Segmented
            aria-labelledby={statusId}
            value={params.status ?? ''}
            onChange={(status) => update({ status: String(status) })}
            options={[
              { value: '', label: t('rectification.all') },
              ...rectificationStatuses.map((s) => ({ value: s, label: t(`rectification.status.${s}`) })),
            ]}
          />
        </div>
        <Checkbox
          checked={params.overdue === 'true'}
          onChange={(e) => update({ overdue: e.target.checked ? 'true' : '' })}
        >
          {t('rectification.overdueOnly')}
        </Checkbox>
      </div>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <RectificationTable
        data={list.data}
        loading={list.isFetching && !list.data}
        onPage={(page, pageSize) => update({ page: String(page), pageSize: String(pageSize) })}
      />
    </>
  );
}
