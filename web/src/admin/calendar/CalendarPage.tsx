import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Skeleton, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarYear, useCalendarYears } from '../../api/calendar';
import { QueryError } from '../../shared/QueryError';
import { CalendarYearEditor } from './CalendarYearEditor';
import { CalendarYearView } from './CalendarYearView';

// Business dates are Asia/Shanghai dates.
const thisYear = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);

/** 节假日安排: the working-day calendar every time limit is counted on. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const yearId = useId();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const known = useCalendarYears();
  const data = useCalendarYear(year);
  // Next year is the one usually waiting to be entered (the notice comes out in November or December),
  // and so is the year after the last one known.
  const last = Math.max(thisYear, ...(known.data ?? []));
  const years = [...new Set([...(known.data ?? []), thisYear, thisYear + 1, last + 1])].sort((a, b) => b - a);

  return (
    <>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('calendar.title')}
        </Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <div className="filter-bar">
        <div className="filter-field">
          <label htmlFor={yearId}>{t('calendar.year')}</label>
          <Select
            id={yearId}
            value={year}
            disabled={editing}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            className="year-select"
          />
        </div>
        {!editing && data.data && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('calendar.edit')}
          </Button>
        )}
      </div>
      {data.isPending && <Skeleton active />}
      {data.isError && <QueryError error={data.error} onRetry={() => void data.refetch()} />}
      {editing && data.isSuccess && (
        <CalendarYearEditor year={year} data={data.data} onDone={() => setEditing(false)} />
      )}
      {!editing && data.data && <CalendarYearView data={data.data} />}
      {!editing && data.data === null && (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.notEntered', { year })}
          action={
            <Button type="primary" onClick={() => setEditing(true)}>
              {t('calendar.enter', { year })}
            </Button>
          }
        />
      )}
    </>
  );
}
