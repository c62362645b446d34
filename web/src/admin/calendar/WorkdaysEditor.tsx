import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDayLabel } from './holidayPeriods';

interface Props {
  year: number;
  value: string[];
  onChange: (next: string[]) => void;
}

/** Make-up working days (调休上班): weekend days that are worked. */
export function WorkdaysEditor({ year, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const day = useDayLabel();
  const [picked, setPicked] = useState<Dayjs | null>(null);

  return (
    <Card size="small" title={t('calendar.workdays')} className="block-gap">
      <div className="calendar-add">
        <div className="filter-field">
          <label htmlFor={id}>{t('calendar.workday')}</label>
          <DatePicker
            id={id}
            value={picked}
            onChange={setPicked}
            disabledDate={(d) => d.year() !== year}
            defaultPickerValue={dayjs(`${year}-01-01`)}
          />
        </div>
        <Button
          icon={<PlusOutlined />}
          disabled={!picked}
          onClick={() => {
            if (!picked) return;
            const date = picked.format('YYYY-MM-DD');
            if (!value.includes(date)) onChange([...value, date].sort());
            setPicked(null);
          }}
        >
          {t('calendar.addWorkday')}
        </Button>
      </div>
      <ul className="date-chips">
        {value.map((date) => (
          <li key={date}>
            <Tag
              closable
              closeIcon={<DeleteOutlined aria-label={t('calendar.removeDate', { date })} />}
              onClose={() => onChange(value.filter((d) => d !== date))}
            >
              {day(date)}
            </Tag>
          </li>
        ))}
      </ul>
    </Card>
  );
}
