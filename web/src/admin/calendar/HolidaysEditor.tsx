import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Input, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holidayPeriods } from './holidayPeriods';

export interface Holiday {
  date: string;
  name: string;
}

interface Props {
  year: number;
  value: Holiday[];
  onChange: (next: Holiday[]) => void;
}

/** Days off, entered as the notice states them: a name and a period (春节 2月15日至23日). */
export function HolidaysEditor({ year, value, onChange }: Props) {
  const { t } = useTranslation();
  const ids = { name: useId(), range: useId() };
  const [name, setName] = useState('');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);

  const add = () => {
    if (!range || !name.trim()) return;
    const dates: string[] = [];
    for (let d = range[0]; !d.isAfter(range[1], 'day'); d = d.add(1, 'day'))
      dates.push(d.format('YYYY-MM-DD'));
    onChange([
      ...value.filter((h) => !dates.includes(h.date)),
      ...dates.map((date) => ({ date, name: name.trim() })),
    ]);
    setRange(null);
    setName('');
  };

  return (
    <Card size="small" title={t('calendar.holidays')} className="block-gap">
      <div className="calendar-add">
        <div className="filter-field">
          <label htmlFor={ids.name}>{t('calendar.holidayName')}</label>
          <Input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="calendar-name-input"
          />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.range}>{t('calendar.holidayRange')}</label>
          <DatePicker.RangePicker
            id={{ start: ids.range }}
            value={range}
            onChange={(next) => setRange(next?.[0] && next[1] ? [next[0], next[1]] : null)}
            disabledDate={(d) => d.year() !== year}
            defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
          />
        </div>
        <Button icon={<PlusOutlined />} disabled={!range || !name.trim()} onClick={add}>
          {t('calendar.addHoliday')}
        </Button>
      </div>
      <Table
        rowKey="from"
        size="small"
        pagination={false}
        dataSource={holidayPeriods(value)}
        locale={{ emptyText: t('calendar.emptyHolidays') }}
        columns={[
          { key: 'name', title: t('calendar.holidayName'), dataIndex: 'name' },
          {
            key: 'range',
            title: t('calendar.date'),
            render: (_, p) => (p.from === p.to ? p.from : `${p.from} — ${p.to}`),
          },
          { key: 'days', title: t('calendar.days'), dataIndex: 'days' },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, p) => (
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('calendar.removePeriod', { name: p.name, from: p.from })}
                onClick={() => onChange(value.filter((h) => h.date < p.from || h.date > p.to))}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
