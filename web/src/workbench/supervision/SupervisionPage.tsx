import '../cases/cases.css';
import { Select, Tabs, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { useSupervisedCases } from '../../api/workflow';
import type { SupervisionFilter } from '../../api/workflowTypes';
import { QueryError } from '../../shared/QueryError';
import { useListParams } from '../cases/caseLists';
import { useCaseLabels } from '../cases/labels';
import { SupervisionTable } from './SupervisionTable';
import { ZeroSubmissionCard } from './ZeroSubmissionCard';

const FILTERS: SupervisionFilter[] = ['red', 'yellow', 'intake'];

/** 督查督办: late and nearly late cases, and applications waiting too long for intake. */
export default function SupervisionPage() {
  const { t } = useTranslation();
  const departmentId = useId();
  const labels = useCaseLabels();
  // A head of department sees their own department only (the server sees to it); the filter is the supervisor's.
  const supervisor = useSession().data?.account.roles.includes('supervisor') ?? false;
  const { search, update } = useListParams();
  const warning = FILTERS.find((f) => f === search.get('warning')) ?? 'red';
  const department = (supervisor && search.get('department')) || undefined;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const list = useSupervisedCases({ warning, department, page, pageSize: 20 });

  const tabLabel = {
    red: t('cases.supervision.tabRed'),
    yellow: t('cases.supervision.tabYellow'),
    intake: t('cases.supervision.tabIntake'),
  };
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('cases.supervision.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.supervision.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={warning}
        onChange={(key) => update({ warning: key })}
        items={FILTERS.map((key) => ({ key, label: tabLabel[key] }))}
      />
      {supervisor && (
        <div className="filter-bar case-filters">
          <div className="filter-field">
            <label htmlFor={departmentId}>{t('cases.supervision.department')}</label>
            <Select
              id={departmentId}
              className="department-filter"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('cases.supervision.allDepartments')}
              value={department}
              onChange={(code?: string) => update({ department: code })}
              options={labels.departments.map((d) => ({
                value: d.code,
                label: t('staff.departmentOption', { name: d.name, division: d.divisionName }),
              }))}
            />
          </div>
        </div>
      )}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <SupervisionTable
        filter={warning}
        data={list.data}
        loading={list.isFetching && !list.data}
        onPage={(p) => update({ page: String(p) })}
      />
      <ZeroSubmissionCard />
    </>
  );
}
