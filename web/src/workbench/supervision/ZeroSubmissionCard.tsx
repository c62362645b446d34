import './supervision.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Statistic, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { todayInShanghai } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';

interface Figures {
  applications: number;
  applicationsWithReuse: number;
  materialsReused: number;
  materialsHandedIn: number;
  reuseRate: number;
}

interface DepartmentFigures extends Figures {
  departmentId: string;
  departmentCode: string;
  departmentName: string;
  shareOfReused: number;
}

/** GET /api/v1/supervision/zero-submission: counters kept with the submissions, summed for the period. */
interface ZeroSubmissionStatistics {
  from: string;
  to: string;
  total: Figures;
  departments: DepartmentFigures[];
}

const DAY = 'YYYY-MM-DD';

function useZeroSubmission(from: string, to: string) {
  return useQuery({
    queryKey: ['supervision', 'zero-submission', from, to],
    queryFn: () =>
      request<ZeroSubmissionStatistics>(
        'GET',
        `/supervision/zero-submission?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      ),
    placeholderData: keepPreviousData,
  });
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** 零提交: how many materials applications did not ask for, in total and per department. */
export function ZeroSubmissionCard() {
  const { t } = useTranslation();
  const periodId = useId();
  // Foshan's business days, which the counters are kept by, wherever the device's clock is set.
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => {
    const today = dayjs(todayInShanghai());
    return [today.subtract(29, 'day'), today];
  });
  const stats = useZeroSubmission(period[0].format(DAY), period[1].format(DAY));
  const total = stats.data?.total;

  const columns: TableColumnsType<DepartmentFigures> = [
    { key: 'department', title: t('zeroSubmission.supervision.department'), dataIndex: 'departmentName' },
    {
      key: 'reused',
      title: t('zeroSubmission.supervision.materialsReused'),
      dataIndex: 'materialsReused',
      align: 'right',
    },
    {
      key: 'applications',
      title: t('zeroSubmission.supervision.applications'),
      dataIndex: 'applications',
      align: 'right',
      responsive: ['md'],
    },
    {
      key: 'rate',
      title: t('zeroSubmission.supervision.reuseRate'),
      dataIndex: 'reuseRate',
      align: 'right',
      render: percent,
    },
    {
      key: 'share',
      title: t('zeroSubmission.supervision.shareOfReused'),
      dataIndex: 'shareOfReused',
      align: 'right',
      render: percent,
      responsive: ['sm'],
    },
  ];

  return (
    <Card className="zero-submission-card block-gap" title={t('zeroSubmission.supervision.title')}>
      <p className="zero-submission-intro">{t('zeroSubmission.supervision.intro')}</p>
      <div className="filter-field zero-submission-period">
        <label htmlFor={periodId}>{t('zeroSubmission.supervision.period')}</label>
        <DatePicker.RangePicker
          id={periodId}
          allowClear={false}
          value={period}
          disabledDate={(d) => d.format('YYYY-MM-DD') > todayInShanghai()}
          onChange={(range) => {
            if (range?.[0] && range[1]) setPeriod([range[0], range[1]]);
          }}
        />
      </div>
      {stats.isError && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      <div className="zero-submission-figures">
        <Statistic
          title={t('zeroSubmission.supervision.materialsReused')}
          value={total?.materialsReused ?? '–'}
        />
        <Statistic
          title={t('zeroSubmission.supervision.applicationsWithReuse')}
          value={total ? `${total.applicationsWithReuse} / ${total.applications}` : '–'}
        />
        <Statistic
          title={t('zeroSubmission.supervision.reuseRate')}
          value={total ? percent(total.reuseRate) : '–'}
        />
      </div>
      <Table<DepartmentFigures>
        size="small"
        rowKey="departmentId"
        columns={columns}
        dataSource={stats.data?.departments ?? []}
        loading={stats.isPending}
        pagination={false}
        locale={{ emptyText: t('zeroSubmission.supervision.empty') }}
      />
    </Card>
  );
}
