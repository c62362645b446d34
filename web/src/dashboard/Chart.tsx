import { Card, Empty } from 'antd';
import type { EChartsOption } from 'echarts';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';

// Only the charts drawn here, so the dashboard's chunk stays small. SVG rather than canvas:
// its text is the page's text, in the page's fonts (canvas text would not load the bundled
// web font and show boxes on a machine without a Chinese font of its own).
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// The page's font stack as names (styles.css's --font-sans resolved): ECharts also measures its
// labels on a canvas, which does not understand var().
const FONT = getComputedStyle(document.body).fontFamily;

/** A chart in a card; `summary` says in words what it shows, for screen readers. */
export function ChartCard(props: {
  title: string;
  summary: string;
  option: EChartsOption;
  empty?: boolean;
  height?: number;
  extra?: ReactNode;
}) {
  return (
    <Card title={props.title} size="small" className="chart-card" extra={props.extra}>
      {props.empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        // A chart keeps the width it was drawn at until its resize observer redraws it: after
        // a phone is turned, or a window narrowed, that must not give the whole page a sideways scroll.
        <div role="img" aria-label={props.summary} style={{ overflow: 'hidden' }}>
          <ReactEChartsCore
            echarts={echarts}
            option={{ textStyle: { fontFamily: FONT }, animationDuration: 300, ...props.option }}
            opts={{ renderer: 'svg' }}
            style={{ height: props.height ?? 260, width: '100%' }}
            notMerge
          />
        </div>
      )}
    </Card>
  );
}

/** Bars for a few named counts; horizontal when the names are long. */
export function barOption(rows: { name: string; count: number }[], horizontal = false): EChartsOption {
  const names = rows.map((r) => r.name);
  const values = rows.map((r) => r.count);
  const category = { type: 'category' as const, data: names, axisLabel: { interval: 0, hideOverlap: true } };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar',
        data: values,
        barMaxWidth: 28,
        label: { show: true, position: horizontal ? 'right' : 'top' },
      },
    ],
  };
}

export function pieOption(rows: { name: string; count: number }[]): EChartsOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        data: rows.map((r) => ({ name: r.name, value: r.count })),
        // Names are in the legend: outside labels with names get cut off on a phone.
        label: { formatter: '{c}' },
      },
    ],
  };
}

/** A short list in words ("consultation 120, complaint 80"), the separator the language's own. */
export const summaryOf = (rows: { name: string; count: number }[], separator: string) =>
  rows.map((r) => `${r.name} ${r.count}`).join(separator);
