import './dashboard.css';
import { Card, Grid, Progress, Statistic, Table, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ProjectItem,
  type ProjectStatistics,
  useProjectStatistics,
  useProjects,
  useProjectTimeline,
} from '../api/projects';
import { formatLongDate } from '../shared/format';
import { PageLoading } from '../shared/PageLoading';
import { QueryError } from '../shared/QueryError';
import { ProjectGantt } from '../workbench/projects/ProjectGantt';
import { ChartCard } from './Chart';

interface Row {
  name: string;
  average: number | null;
  limit: number | null;
}

/** Bars of average working days beside their limits, one pair per name. */
function againstLimits(
  rows: Row[],
  words: { average: string; limit: string },
  labelWidth: number,
): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      inverse: true,
      axisLabel: { width: labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        name: words.average,
        type: 'bar',
        barMaxWidth: 14,
        data: rows.map((r) => (r.average === null ? null : Math.round(r.average * 10) / 10)),
        label: { show: true, position: 'right' },
      },
      {
        name: words.limit,
        type: 'bar',
        barMaxWidth: 14,
        data: rows.map((r) => r.limit),
        itemStyle: { color: '#d9d9d9' },
      },
    ],
  };
}

function Body({ data }: { data: ProjectStatistics }) {
  const { t } = useTranslation();
  // On a phone the names give way to the bars.
  const labelWidth = Grid.useBreakpoint().md === false ? 90 : 180;
  const days = (value: number | null) => (value === null ? '—' : (Math.round(value * 10) / 10).toString());
  const words = { average: t('projects.stats.average'), limit: t('projects.stats.limit') };
  const categories: Row[] = data.byCategory.map((c) => ({
    name: c.name,
    average: c.averageWorkingDays,
    limit: c.capWorkingDays,
  }));
  const stagesRows = data.byStage.map((s) => ({
    name: s.name,
    average: s.averageWorkingDays,
    limit: s.averageLimitDays,
  }));
  const summary = (rows: Row[]) =>
    rows
      .map((r) =>
        t('projects.stats.rowSummary', { name: r.name, average: days(r.average), limit: days(r.limit) }),
      )
      .join(t('common.listSeparator'));
  const tiles = [
    { key: 'online', value: data.projectsOnline },
    { key: 'completed', value: data.projectsCompleted },
    { key: 'averageDays', value: days(data.averageWorkingDays) },
    { key: 'overCap', value: data.byCategory.reduce((n, c) => n + c.overCap, 0), tone: 'warn' },
    { key: 'supervisionOpen', value: data.supervisionOrders.open, tone: 'warn' },
    { key: 'supervisionTotal', value: data.supervisionOrders.total },
  ] as const;

  return (
    <>
      <div className="figure-grid block-gap">
        {tiles.map((tile) => (
          <Card
            key={tile.key}
            size="small"
            className={`figure figure-${'tone' in tile ? tile.tone : 'plain'}`}
          >
            <Statistic title={t(`projects.stats.figures.${tile.key}`)} value={tile.value} />
          </Card>
        ))}
      </div>
      <div className="chart-grid">
        <div className="chart-wide">
          <ChartCard
            title={t('projects.stats.byCategory')}
            summary={summary(categories)}
            empty={categories.length === 0}
            height={Math.max(240, categories.length * 44 + 40)}
            option={againstLimits(categories, words, labelWidth)}
          />
        </div>
        <div className="chart-wide">
          <ChartCard
            title={t('projects.stats.byStage')}
            summary={summary(stagesRows)}
            empty={stagesRows.length === 0}
            height={Math.max(200, stagesRows.length * 44 + 40)}
            option={againstLimits(stagesRows, words, labelWidth)}
          />
        </div>
      </div>
      <Typography.Title level={2} className="section-title">
        {t('projects.stats.categoryTable')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="code"
        className="block-gap"
        dataSource={data.byCategory}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { key: 'name', title: t('projects.fields.category'), dataIndex: 'name' },
          {
            key: 'projects',
            title: t('projects.stats.projects'),
            dataIndex: 'projects',
            width: 80,
            align: 'right',
          },
          {
            key: 'completed',
            title: t('projects.stats.completed'),
            dataIndex: 'completed',
            width: 80,
            align: 'right',
          },
          {
            key: 'average',
            title: t('projects.stats.averageOfCap'),
            width: 200,
            render: (_, c) =>
              c.averageWorkingDays === null ? (
                '—'
              ) : (
                <Progress
                  size="small"
                  percent={Math.min(100, Math.round((c.averageWorkingDays / c.capWorkingDays) * 100))}
                  status={c.averageWorkingDays > c.capWorkingDays ? 'exception' : 'normal'}
                  format={() => `${days(c.averageWorkingDays)} / ${c.capWorkingDays}`}
                  aria-label={t('projects.stats.averageOf', { name: c.name })}
                />
              ),
          },
          {
            key: 'overCap',
            title: t('projects.stats.overCap'),
            dataIndex: 'overCap',
            width: 80,
            align: 'right',
          },
        ]}
      />
      <Typography.Title level={2} className="section-title">
        {t('projects.stats.lateDepartments')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(r) => r.department.code}
        dataSource={data.lateDepartments}
        pagination={false}
        locale={{ emptyText: t('projects.stats.noneLate') }}
        columns={[
          { key: 'department', title: t('projects.filing.department'), render: (_, r) => r.department.name },
          {
            key: 'late',
            title: t('projects.stats.lateMatters'),
            dataIndex: 'lateMatters',
            width: 100,
            align: 'right',
          },
          {
            key: 'open',
            title: t('projects.stats.openMatters'),
            dataIndex: 'openMatters',
            width: 100,
            align: 'right',
          },
        ]}
      />
    </>
  );
}

function TimelineOf({ projectId }: { projectId: string }) {
  const timeline = useProjectTimeline(projectId);
  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return timeline.data ? <ProjectGantt timeline={timeline.data} /> : <PageLoading />;
}

/** Each project, newest first; a row opens to the project's Gantt and its working days against the cap. */
function ProjectTimelines() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const projects = useProjects({ page });
  const data = projects.data;
  return (
    <>
      <Typography.Title level={2} className="section-title">
        {t('projects.stats.projectTimes')}
      </Typography.Title>
      {projects.isError && <QueryError error={projects.error} onRetry={() => void projects.refetch()} />}
      <Table<ProjectItem>
        size="small"
        rowKey="id"
        loading={projects.isLoading}
        dataSource={data?.items}
        scroll={{ x: 640 }}
        expandable={{ expandedRowRender: (p) => <TimelineOf projectId={p.id} /> }}
        pagination={
          data && data.total > data.pageSize
            ? {
                current: data.page,
                pageSize: data.pageSize,
                total: data.total,
                showSizeChanger: false,
                onChange: setPage,
              }
            : false
        }
        columns={[
          { key: 'name', title: t('projects.fields.name'), dataIndex: 'name' },
          { key: 'code', title: t('projects.fields.projectCode'), dataIndex: 'projectCode', width: 210 },
          {
            key: 'category',
            title: t('projects.fields.category'),
            render: (_, p) => p.category.name,
            width: 220,
          },
        ]}
      />
    </>
  );
}

/** 工程建设项目统计: projects online and completed, working days by category and stage against caps, late departments, 督办. */
export default function ProjectsDashboardPage() {
  const { t, i18n } = useTranslation();
  const statistics = useProjectStatistics();
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('projects.menu.dashboard')}
      </Typography.Title>
      {statistics.isError && (
        <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} />
      )}
      {statistics.data ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('projects.stats.asOf', { date: formatLongDate(statistics.data.today, i18n.language) })}
          </Typography.Paragraph>
          <Body data={statistics.data} />
          <ProjectTimelines />
        </>
      ) : (
        !statistics.isError && <PageLoading />
      )}
    </>
  );
}
