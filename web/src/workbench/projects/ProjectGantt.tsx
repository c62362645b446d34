import { Grid, Progress, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import type { Clock, ProjectTimeline } from '../../api/projects';
import { ChartCard } from '../../dashboard/Chart';

const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (value: number) => new Date(value).toISOString().slice(0, 10);

interface Row {
  label: string;
  start: number;
  end: number;
  clock: { workingDays: number; limitDays: number | null; late: boolean } | null;
  kind: 'stage' | 'department' | 'intermediary';
  running: boolean;
}

const colorOf = (row: Row) =>
  row.kind === 'intermediary'
    ? '#bfbfbf'
    : row.clock?.late
      ? '#cf1322'
      : row.running
        ? row.kind === 'stage'
          ? '#0958d9'
          : '#69b1ff'
        : row.kind === 'stage'
          ? '#389e0d'
          : '#95de64';

/**
 * The project's Gantt: a bar per stage (its clock from submission to close) with a bar under it
 * per department's matter, and the intermediary services, whose days the government clock leaves
 * out; above it the whole project's working days against its category's cap.
 */
export function ProjectGantt({ timeline }: { timeline: ProjectTimeline }) {
  const { t } = useTranslation();
  // On a phone the names give way to the bars.
  const narrow = Grid.useBreakpoint().md === false;
  const today = ms(timeline.today);
  const span = (clock: Clock) =>
    clock.startedOn
      ? { start: ms(clock.startedOn), end: (clock.endedOn ? ms(clock.endedOn) : today) + DAY }
      : null;
  const rows: Row[] = [];
  for (const [index, stage] of timeline.stages.entries()) {
    const s = stage.clock && span(stage.clock);
    if (!s || !stage.clock) continue;
    rows.push({
      label: t('projects.stages.numbered', { n: index + 1, name: stage.name }),
      ...s,
      clock: stage.clock,
      kind: 'stage',
      running: stage.status !== 'closed',
    });
    for (const d of stage.departments) {
      const ds = span(d.clock);
      if (ds)
        rows.push({
          label: `${d.department.name} · ${d.matterName}`,
          ...ds,
          clock: d.clock,
          kind: 'department',
          running: !d.clock.endedOn,
        });
    }
    for (const i of stage.intermediaries)
      rows.push({
        label: t('projects.gantt.intermediary', {
          service: t(`projects.intermediary.services.${i.service as 'other'}`),
        }),
        start: ms(i.startedOn),
        end: (i.endedOn ? ms(i.endedOn) : today) + DAY,
        clock: null,
        kind: 'intermediary',
        running: !i.endedOn,
      });
  }
  const min = Math.min(...rows.map((r) => r.start), today) - DAY;
  const max = Math.max(...rows.map((r) => r.end), today) + DAY;
  // Ticks on whole days, at most about six of them.
  const interval = Math.max(1, Math.ceil((max - min) / DAY / 6)) * DAY;
  const percent = Math.round((timeline.workingDays / timeline.capWorkingDays) * 100);
  const days = (r: Row) =>
    r.clock
      ? r.clock.limitDays === null
        ? t('projects.clock.used', { count: r.clock.workingDays })
        : t('projects.clock.usedOf', { count: r.clock.workingDays, limit: r.clock.limitDays })
      : t('projects.gantt.offClock');
  const option: EChartsOption = {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const r = rows[(p as { dataIndex: number }).dataIndex]!;
        return `${r.label}<br/>${dateOf(r.start)} – ${r.running ? t('projects.gantt.now') : dateOf(r.end - DAY)}<br/>${days(r)}`;
      },
    },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min,
      max,
      interval,
      axisLabel: { formatter: (v: number) => dateOf(v).slice(5), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: {
        width: narrow ? 110 : 220,
        overflow: 'truncate',
        fontWeight: 'normal',
        formatter: (label: string) => label,
      },
    },
    series: [
      // The invisible part of each bar: from the axis to the day it started.
      {
        type: 'bar',
        stack: 'gantt',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rows.map((r) => r.start),
      },
      {
        type: 'bar',
        stack: 'gantt',
        barMaxWidth: 16,
        data: rows.map((r) => ({ value: r.end - r.start, itemStyle: { color: colorOf(r) } })),
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p) => {
            const r = rows[p.dataIndex]!;
            return r.clock ? `${r.clock.workingDays}` : '';
          },
        },
      },
    ],
  };
  return (
    <div className="project-gantt">
      <div className="gantt-total">
        <Typography.Text strong>
          {t('projects.gantt.total', { count: timeline.workingDays, cap: timeline.capWorkingDays })}
        </Typography.Text>
        <Progress
          percent={Math.min(100, percent)}
          status={timeline.late ? 'exception' : 'normal'}
          format={() => `${percent}%`}
          aria-label={t('projects.gantt.totalLabel')}
        />
      </div>
      <ChartCard
        title={t('projects.gantt.title')}
        summary={rows.map((r) => `${r.label} ${days(r)}`).join(t('common.listSeparator'))}
        empty={rows.length === 0}
        height={Math.max(160, rows.length * 30 + 40)}
        option={option}
      />
    </div>
  );
}
