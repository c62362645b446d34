import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar/index.js';
import { replayClock } from './ledger.js';
import {
  type ClockEntry,
  MAX_APPROVER_LENGTH,
  MAX_LIMIT_DAYS,
  MAX_TEXT_LENGTH,
  type StatutoryClock,
  SUSPENSION_REASONS,
} from './model.js';

// The stored shape of a clock (a JSON column or an entries table read back). The zod
// schema checks the shape; `restoreClock` also replays the ledger rules.

const businessDate = z
  .string()
  .refine(isIsoDate, { params: { i18n: 'clock.invalid_date' } })
  .meta({ description: "Business date 'YYYY-MM-DD' (Asia/Shanghai)", example: '2025-09-26' });
const limit = z.number().int().min(0).max(MAX_LIMIT_DAYS);
const text = (max: number) => z.string().trim().min(1).max(max);

export const clockEntrySchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('suspend'),
      date: businessDate,
      reason: z.enum(SUSPENSION_REASONS),
      text: text(MAX_TEXT_LENGTH),
    }),
    z.object({
      type: z.literal('resume'),
      date: businessDate,
      note: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
    }),
    z.object({
      type: z.literal('extend'),
      date: businessDate,
      workingDays: z.number().int().min(1).max(MAX_LIMIT_DAYS),
      approvedBy: text(MAX_APPROVER_LENGTH),
      reason: text(MAX_TEXT_LENGTH),
    }),
    z.object({ type: z.literal('stop'), date: businessDate }),
  ])
  .meta({ id: 'ClockEntry' });

export const statutoryClockSchema = z
  .object({
    startDate: businessDate,
    legalLimitDays: limit,
    promisedLimitDays: limit,
    entries: z.array(clockEntrySchema),
  })
  .meta({ id: 'StatutoryClock' });

// Keeps the zod contract and the TypeScript model from drifting apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const clockEntrySchemaMatchesModel: Same<z.infer<typeof clockEntrySchema>, ClockEntry> = true;
export const clockSchemaMatchesModel: Same<
  z.infer<typeof statutoryClockSchema>,
  Omit<StatutoryClock, 'entries'> & { entries: ClockEntry[] }
> = true;

/**
 * A clock read back from storage, checked for shape and replayed against the ledger rules.
 * Stored clocks were valid when written, so a failure means corrupt data: it throws.
 */
export function restoreClock(value: unknown): StatutoryClock {
  const clock = statutoryClockSchema.parse(value);
  const replayed = replayClock(clock);
  if (!replayed.ok)
    throw new Error(
      `stored clock refused at entry ${replayed.index ?? '(start)'}: ${replayed.problem.code} (${replayed.problem.field})`,
    );
  return replayed.clock;
}
