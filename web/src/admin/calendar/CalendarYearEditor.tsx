import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CalendarYear, type CalendarYearEntry, useSaveCalendarYear } from '../../api/calendar';
import type { Problem } from '../../api/types';
import { useFormRules } from '../../shared/formRules';
import { useFormProblem } from '../../shared/problem';
import { type Holiday, HolidaysEditor } from './HolidaysEditor';
import { WorkdaysEditor } from './WorkdaysEditor';

interface Props {
  year: number;
  data: CalendarYear | null;
  onDone: () => void;
}

/** Enter or correct a year from the State Council notice: periods of days off, make-up working days. */
export function CalendarYearEditor({ year, data, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const [form] = Form.useForm<{ notice: string }>();
  const problem = useFormProblem(form, ['notice']);
  const save = useSaveCalendarYear(year);
  const [holidays, setHolidays] = useState<Holiday[]>(
    data?.holidays.map((h) => ({ date: h.date, name: h.name ?? '' })) ?? [],
  );
  const [workdays, setWorkdays] = useState<string[]>(data?.workdays ?? []);
  const sent = useRef<CalendarYearEntry | null>(null);

  // The server names rows by index in what was sent; say which date instead.
  const describe = (p: Problem | null) =>
    (p?.errors ?? []).map((e) => {
      const [list, index] = e.field.split('.');
      const date =
        list === 'holidays'
          ? sent.current?.holidays[Number(index)]?.date
          : list === 'workdays'
            ? sent.current?.workdays[Number(index)]
            : undefined;
      return {
        key: `${e.field}-${e.code}`,
        text: date ? t('common.labelled', { label: date, text: e.message }) : e.message,
      };
    });

  return (
    <Form
      form={form}
      name="calendarYear"
      // No <form> element: Enter in the date pickers and the holiday name must not save the year.
      component={false}
      layout="vertical"
      requiredMark={false}
      initialValues={{ notice: data?.notice ?? '' }}
      onFinish={({ notice }) => {
        problem.clear();
        const entry: CalendarYearEntry = {
          notice: notice.trim(),
          holidays: [...holidays].sort((a, b) => a.date.localeCompare(b.date)),
          workdays: [...workdays].sort(),
        };
        sent.current = entry;
        save.mutate(entry, {
          onSuccess: () => {
            message.success(t('calendar.saved', { year }));
            onDone();
          },
          onError: problem.show,
        });
      }}
    >
      {problem.problem && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          title={problem.problem.title}
          description={
            <ul className="problem-lines">
              {describe(problem.problem).map((line) => (
                <li key={line.key}>{line.text}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form.Item
        name="notice"
        label={t('calendar.notice')}
        extra={t('calendar.noticeHelp')}
        rules={[rules.required(t('calendar.notice'))]}
      >
        <Input maxLength={200} />
      </Form.Item>

      <HolidaysEditor year={year} value={holidays} onChange={setHolidays} />
      <WorkdaysEditor year={year} value={workdays} onChange={setWorkdays} />

      <Space>
        <Button type="primary" onClick={() => form.submit()} loading={save.isPending}>
          {t('calendar.save')}
        </Button>
        <Button onClick={onDone}>{t('calendar.cancelEdit')}</Button>
      </Space>
    </Form>
  );
}
