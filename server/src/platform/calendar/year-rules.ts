import type { FieldProblem } from '../errors/index.js';
import { dayNumber, isWeekend, yearOfDay } from './dates.js';

/**
 * The rules an administrator's entry of one year must satisfy, as field problems
 * (dates are already well-formed): every date inside the year, none twice, none both a
 * holiday and a make-up working day, and make-up working days on a Saturday or Sunday
 * (a weekday is a working day anyway: listing one is a typing error).
 */
export function checkYearEntries(
  year: number,
  holidays: readonly { date: string }[],
  workdays: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const holidayDates = new Set<string>();
  holidays.forEach(({ date }, i) => {
    const field = `holidays.${i}.date`;
    if (yearOfDay(dayNumber(date)) !== year)
      problems.push({ field, code: 'calendar.date_outside_year', params: { year } });
    else if (holidayDates.has(date))
      problems.push({ field, code: 'calendar.duplicate_date', params: { date } });
    holidayDates.add(date);
  });
  const workdayDates = new Set<string>();
  workdays.forEach((date, i) => {
    const field = `workdays.${i}`;
    const day = dayNumber(date);
    if (yearOfDay(day) !== year)
      problems.push({ field, code: 'calendar.date_outside_year', params: { year } });
    else if (workdayDates.has(date))
      problems.push({ field, code: 'calendar.duplicate_date', params: { date } });
    else if (holidayDates.has(date))
      problems.push({ field, code: 'calendar.holiday_and_workday', params: { date } });
    else if (!isWeekend(day))
      problems.push({ field, code: 'calendar.workday_not_weekend', params: { date } });
    workdayDates.add(date);
  });
  return problems;
}
