import { Button, Form, Input, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePersonSearch } from '../../api/persons';
import type { PersonMatch } from '../../api/types';
import { useFormRules } from '../../shared/formRules';
import { QueryError } from '../../shared/QueryError';
import { TrustLevelTag } from '../../shared/TrustLevelTag';

/**
 * The ID number travels in history state, never in the URL, so it stays out of
 * browser history, proxies and server logs while "back" still restores the search.
 */
export default function PersonSearchPage() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const location = useLocation();
  const initial = (location.state as { idNumber?: string } | null)?.idNumber ?? '';
  const [idNumber, setIdNumber] = useState(initial);
  const search = usePersonSearch(idNumber);

  const columns: TableColumnsType<PersonMatch> = [
    { key: 'name', title: t('fields.name'), dataIndex: 'name' },
    { key: 'idNumber', title: t('fields.idNumber'), dataIndex: 'maskedIdNumber' },
    {
      key: 'trust',
      title: t('account.trustLevel'),
      dataIndex: 'trustLevel',
      render: (level: PersonMatch['trustLevel']) => <TrustLevelTag level={level} />,
      responsive: ['sm'],
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, person) => (
        <Link to={`/workbench/persons/${person.id}`} state={{ idNumber }}>
          {t('common.view')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('persons.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('persons.intro')}</Typography.Paragraph>
      <Form
        name="personSearch"
        layout="inline"
        colon={false}
        className="filter-bar"
        requiredMark={false}
        initialValues={{ idNumber: initial }}
        onFinish={(values: { idNumber: string }) => setIdNumber(values.idNumber.trim().toUpperCase())}
      >
        <Form.Item
          label={t('fields.idNumber')}
          name="idNumber"
          rules={[rules.required(t('fields.idNumber'))]}
        >
          <Input autoComplete="off" className="id-input" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={search.isFetching}>
            {t('common.search')}
          </Button>
        </Form.Item>
      </Form>
      {search.isError && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
      {search.data && (
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={search.data}
          pagination={false}
          locale={{ emptyText: t('persons.noResult') }}
        />
      )}
    </>
  );
}
