import { Descriptions, Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../api/calendar';
import { formatDateTime } from '../../shared/format';
import { holidayPeriods, useDayLabel } from './holidayPeriods';

export function CalendarYearView({ data }: { data: CalendarYear }) {
  const { t } = useTranslation();
  const periods = holidayPeriods(data.holidays);
  const day = useDayLabel();
  const range = (from: string, to: string) => (from === to ? day(from) : `${day(from)} — ${day(to)}`);

  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: '10em' } }}
        className="block-gap"
        items={[
          {
            key: 'source',
            label: t('calendar.source'),
            children:
              data.source === 'administrator' ? (
                <Tag color="blue">{t('calendar.sourceAdministrator')}</Tag>
              ) : (
                <Tag>{t('calendar.sourcePackage')}</Tag>
              ),
          },
          { key: 'notice', label: t('calendar.notice'), children: data.notice ?? t('common.none') },
          { key: 'updatedAt', label: t('calendar.updatedAt'), children: formatDateTime(data.updatedAt) },
        ]}
      />
      <h2 className="calendar-heading">
        {t('calendar.holidays')}{' '}
        <span className="section-stats">{t('calendar.holidaysCount', { count: data.holidays.length })}</span>
      </h2>
      <Table
        rowKey="from"
        size="small"
        pagination={false}
        dataSource={periods}
        className="block-gap"
        columns={[
          { key: 'name', title: t('calendar.holidayName'), dataIndex: 'name' },
          { key: 'range', title: t('calendar.date'), render: (_, p) => range(p.from, p.to) },
          { key: 'days', title: t('calendar.days'), dataIndex: 'days' },
        ]}
      />
      <h2 className="calendar-heading">
        {t('calendar.workdays')}{' '}
        <span className="section-stats">{t('calendar.workdaysCount', { count: data.workdays.length })}</span>
      </h2>
      {data.workdays.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noWorkdays')} />
      ) : (
        <ul className="date-chips">
          {data.workdays.map((date) => (
            <li key={date}>
              <Tag>{day(date)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
