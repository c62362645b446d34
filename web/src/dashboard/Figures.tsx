import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { hotlineZh } from '../i18n/hotline.zh-CN';
import type { Dashboard } from './api';
import { useFigureNames } from './useFigureNames';

/** The headline figures of a period: how much came in, how it was disposed of, how well. */
export function Figures({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { percent, onTimeRate } = useFigureNames();
  const tiles: {
    key: keyof typeof hotlineZh.dashboard.figures;
    value: number | string;
    tone?: 'warn' | 'good';
  }[] = [
    { key: 'received', value: data.totals.received },
    { key: 'directAnswered', value: data.totals.directAnswered },
    { key: 'dispatched', value: data.totals.dispatched },
    { key: 'closed', value: data.totals.closed },
    { key: 'onTime', value: percent(onTimeRate(data)), tone: 'good' },
    { key: 'satisfaction', value: percent(data.satisfaction.rate), tone: 'good' },
    { key: 'returned', value: data.totals.returned, tone: 'warn' },
    { key: 'reopened', value: data.totals.reopened, tone: 'warn' },
    { key: 'supervised', value: data.totals.supervised, tone: 'warn' },
    { key: 'overdue', value: data.overdueByUnit.reduce((n, u) => n + u.overdue, 0), tone: 'warn' },
  ];
  return (
    <div className="figure-grid block-gap">
      {tiles.map((tile) => (
        <Card key={tile.key} size="small" className={`figure figure-${tile.tone ?? 'plain'}`}>
          <Statistic title={t(`dashboard.figures.${tile.key}`)} value={tile.value} />
        </Card>
      ))}
    </div>
  );
}
