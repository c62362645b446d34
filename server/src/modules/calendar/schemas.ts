import { z } from 'zod';
import { isIsoDate } from '../../platform/calendar/index.js';
import { text } from '../../platform/validation/index.js';

/** A business date (Asia/Shanghai calendar date) as 'YYYY-MM-DD'. */
export const isoDate = z
  .string()
  .transform((value, ctx) => {
    if (isIsoDate(value)) return value;
    ctx.addIssue({ code: 'custom', params: { i18n: 'calendar.invalid_date' } });
    return z.NEVER;
  })
  .meta({ description: 'Calendar date YYYY-MM-DD (Asia/Shanghai)', example: '2025-09-26' });

const date = z
  .string()
  .meta({ description: 'Calendar date YYYY-MM-DD (Asia/Shanghai)', example: '2025-10-10' });
const source = z.enum(['package', 'administrator']);

export const deadlineQuery = z.object({
  start: isoDate,
  workingDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .meta({ description: 'Working days to add; the start day is not counted' }),
});

export const workingDaysQuery = z.object({ from: isoDate, to: isoDate });

/** The years an answer relied on, so a notice can cite its legal basis. */
const basis = z.array(z.object({ year: z.number().int(), source, notice: z.string().nullable() }));

export const deadlineResponse = z
  .object({
    start: date,
    workingDays: z.number().int(),
    deadline: date,
    calendarDays: z.number().int().meta({ description: 'Calendar days from start to deadline' }),
    basis,
  })
  .meta({ id: 'WorkingDayDeadline' });

export const workingDaysResponse = z
  .object({
    from: date,
    to: date,
    workingDays: z.number().int().meta({ description: 'Working days after `from` up to and including `to`' }),
    calendarDays: z.number().int(),
    basis,
  })
  .meta({ id: 'WorkingDayCount' });

export const yearParams = z.object({ year: z.coerce.number().int().min(1900).max(2999) });

export const calendarYearResponse = z
  .object({
    year: z.number().int(),
    source,
    notice: z.string().nullable(),
    holidays: z.array(z.object({ date, name: z.string().nullable() })),
    workdays: z.array(date).meta({ description: 'Make-up working days (调休上班)' }),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'CalendarYear' });

export const calendarYearList = z.object({
  items: z.array(
    z.object({
      year: z.number().int(),
      source,
      notice: z.string().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
});

export const putYearBody = z.object({
  notice: text(200).meta({ description: 'The State Council notice: title and/or document number' }),
  // At least one holiday: every notice has some, and a year without any would be the
  // "Monday to Friday" guess this calendar exists to prevent.
  holidays: z
    .array(z.object({ date: isoDate, name: text(50) }))
    .min(1)
    .max(366)
    .meta({ description: 'Days off, including weekend days inside a holiday period' }),
  workdays: z.array(isoDate).max(120).meta({ description: 'Make-up working days (Saturdays or Sundays)' }),
});
export type PutYearBody = z.infer<typeof putYearBody>;
