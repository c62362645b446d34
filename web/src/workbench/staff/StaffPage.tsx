import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffList } from '../../api/staff';
import type { Staff, TotpSecret } from '../../api/types';
import { QueryError } from '../../shared/QueryError';
import { SearchField } from '../../shared/SearchField';
import { CreateStaffModal } from './CreateStaffModal';
import { EditStaffModal } from './EditStaffModal';
import { StaffTable } from './StaffTable';
import { TotpSecretModal } from './TotpSecretModal';

export default function StaffPage() {
  const { t } = useTranslation();
  const [params, setParams] = useState({ page: 1, pageSize: 20, q: '' });
  const list = useStaffList(params);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Staff | null>(null);
  const [secret, setSecret] = useState<(TotpSecret & { name: string }) | null>(null);

  return (
    <>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('staff.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('staff.create')}
        </Button>
      </div>
      <div className="filter-bar">
        <SearchField
          label={t('staff.searchLabel')}
          placeholder={t('staff.searchPlaceholder')}
          onSearch={(q) => setParams((p) => ({ ...p, q, page: 1 }))}
        />
      </div>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <StaffTable
        data={list.data}
        loading={list.isFetching}
        onPage={(page, pageSize) => setParams((p) => ({ ...p, page, pageSize }))}
        onEdit={setEditing}
        onTotpReset={(staff, totp) => setSecret({ ...totp, name: staff.name })}
      />
      <CreateStaffModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={({ staff, ...totp }) => {
          setCreating(false);
          setSecret({ ...totp, name: staff.name });
        }}
      />
      <EditStaffModal staff={editing} onClose={() => setEditing(null)} />
      <TotpSecretModal secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
