import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditRecords } from '../../api/audit';
import type { AuditFilter } from '../../api/types';
import { QueryError } from '../../shared/QueryError';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { ChainVerification } from './ChainVerification';

export default function AuditPage() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [filter, setFilter] = useState<AuditFilter>({});
  const records = useAuditRecords({ ...paging, ...filter });

  return (
    <>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('audit.title')}
        </Typography.Title>
      </div>
      <ChainVerification />
      <AuditFilterBar
        onSearch={(next) => {
          setFilter(next);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      {records.isError && <QueryError error={records.error} onRetry={() => void records.refetch()} />}
      <AuditTable
        data={records.data}
        loading={records.isFetching}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
      />
    </>
  );
}
