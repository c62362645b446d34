import './dashboard.css';
import { DatePicker, Progress, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hotlineDistricts } from '../portal/hotline/api';
import { formatLongDate, todayInShanghai } from '../shared/format';
import { PageLoading } from '../shared/PageLoading';
import { QueryError } from '../shared/QueryError';
import { FilterSelect } from '../workbench/hotline/FilterSelect';
import { type Dashboard, useHotlineDashboard } from './api';
import { barOption, ChartCard, pieOption, summaryOf } from './Chart';
import { Figures } from './Figures';
import { useFigureNames } from './useFigureNames';

function Charts({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const f = useFigureNames();
  const days = data.byDay.map((d) => ({ name: d.day.slice(5), count: d.count }));
  const hot = data.hotSubjects.map((s) => ({
    name: f.names.subject(s.subject),
    count: s.count,
    previous: s.previous,
  }));
  const satisfaction = f.satisfaction(data);
  const chart = (rows: { name: string; count: number }[]) => ({
    summary: summaryOf(rows, f.separator),
    empty: rows.every((r) => r.count === 0),
  });
  return (
    <div className="chart-grid">
      <div className="chart-wide">
        <ChartCard
          title={t('dashboard.charts.byDay')}
          {...chart(days)}
          option={{
            tooltip: { trigger: 'axis' },
            grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: days.map((d) => d.name), boundaryGap: false },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              { type: 'line', data: days.map((d) => d.count), areaStyle: { opacity: 0.15 }, smooth: true },
            ],
          }}
        />
      </div>
      <ChartCard
        title={t('dashboard.charts.byType')}
        {...chart(f.byType(data))}
        option={pieOption(f.byType(data))}
      />
      <ChartCard
        title={t('dashboard.charts.byChannel')}
        {...chart(f.byChannel(data))}
        option={pieOption(f.byChannel(data))}
      />
      <ChartCard
        title={t('dashboard.charts.byDistrict')}
        {...chart(f.byDistrict(data))}
        option={barOption(f.byDistrict(data))}
      />
      <ChartCard
        title={t('dashboard.charts.satisfaction')}
        {...chart(satisfaction)}
        option={pieOption(satisfaction)}
        extra={t('dashboard.charts.rate', { rate: f.percent(data.satisfaction.rate) })}
      />
      <div className="chart-wide">
        <ChartCard
          title={t('dashboard.charts.hotSubjects')}
          {...chart(hot)}
          height={Math.max(220, hot.length * 34)}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: hot.map((h) => h.name), inverse: true },
            series: [
              {
                name: t('dashboard.charts.thisPeriod'),
                type: 'bar',
                data: hot.map((h) => h.count),
                barMaxWidth: 14,
              },
              {
                name: t('dashboard.charts.previousPeriod'),
                type: 'bar',
                data: hot.map((h) => h.previous),
                barMaxWidth: 14,
              },
            ],
          }}
        />
      </div>
      <div className="chart-wide">
        <Typography.Title level={2} className="section-title">
          {t('dashboard.overdue.title')}
        </Typography.Title>
        <Table
          size="small"
          rowKey={(r) => r.unit.id}
          dataSource={data.overdueByUnit}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('dashboard.overdue.none') }}
          scroll={{ x: 480 }}
          columns={[
            { key: 'unit', title: t('dashboard.overdue.unit'), render: (_, r) => r.unit.name },
            { key: 'open', title: t('dashboard.overdue.open'), dataIndex: 'open', width: 90, align: 'right' },
            {
              key: 'overdue',
              title: t('dashboard.overdue.overdue'),
              dataIndex: 'overdue',
              width: 90,
              align: 'right',
            },
            {
              key: 'share',
              title: t('dashboard.overdue.share'),
              width: 160,
              render: (_, r) => (
                <Progress
                  percent={Math.round((r.overdue / r.open) * 100)}
                  size="small"
                  status="normal"
                  strokeColor={r.overdue > 0 ? '#cf1322' : undefined}
                  aria-label={t('dashboard.overdue.shareOf', { unit: r.unit.name })}
                />
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}

/** 12345 数据看板: volumes, hot subjects, satisfaction and late units over a period. */
export default function HotlineDashboardPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const rangeId = useId();
  const f = useFigureNames();
  const filter = {
    from: search.get('from') ?? undefined,
    to: search.get('to') ?? undefined,
    districtCode: search.get('district') ?? undefined,
  };
  const dashboard = useHotlineDashboard(filter);
  const data = dashboard.data;
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(change)) v ? next.set(k, v) : next.delete(k);
    setSearch(next, { replace: true });
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('dashboard.hotline.title')}
      </Typography.Title>
      <div className="filter-bar dashboard-filters">
        <div className="filter-field">
          <label htmlFor={rangeId}>{t('dashboard.hotline.period')}</label>
          <DatePicker.RangePicker
            id={{ start: rangeId }}
            allowClear
            value={data ? [dayjs(data.from), dayjs(data.to)] : null}
            disabledDate={(d) => d.format('YYYY-MM-DD') > todayInShanghai()}
            onChange={(range) =>
              set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
            }
          />
        </div>
        <FilterSelect
          label={t('hotline.fields.district')}
          placeholder={t('dashboard.hotline.allDistricts')}
          value={filter.districtCode}
          options={hotlineDistricts.map((code) => ({ value: code, label: f.names.district(code) }))}
          onChange={(district) => set({ district })}
        />
      </div>
      {dashboard.isError && <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {!data ? (
        !dashboard.isError && <PageLoading />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('dashboard.hotline.range', {
              from: formatLongDate(data.from, i18n.language),
              to: formatLongDate(data.to, i18n.language),
            })}
          </Typography.Paragraph>
          <Figures data={data} />
          <Charts data={data} />
        </>
      )}
    </>
  );
}
