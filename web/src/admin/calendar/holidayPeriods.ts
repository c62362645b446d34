import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface HolidayPeriod {
  name: string;
  from: string;
  to: string;
  days: number;
}

/** Consecutive days off with the same name, as the State Council notice states them: 春节 2月15日至23日. */
export function holidayPeriods(holidays: readonly { date: string; name: string | null }[]): HolidayPeriod[] {
  const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
  const periods: HolidayPeriod[] = [];
  for (const day of sorted) {
    const last = periods.at(-1);
    const name = day.name ?? '';
    if (last && last.name === name && dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === day.date) {
      last.to = day.date;
      last.days++;
    } else {
      periods.push({ name, from: day.date, to: day.date, days: 1 });
    }
  }
  return periods;
}

export const weekday = (date: string) => dayjs(date).format('ddd');

/** '2026-10-01（周四）' / '2026-10-01 (Thu)', in the interface language. */
export function useDayLabel() {
  const { t } = useTranslation();
  return (date: string) => t('common.withNote', { text: date, note: weekday(date) });
}
