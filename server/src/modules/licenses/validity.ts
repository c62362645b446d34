import { addCalendarDays } from '../../platform/calendar/index.js';
import type { Validity } from './type-definition.js';

/** The last day a licence is valid: N years from the first day, less one day (5 years from 2026-11-26: 2031-11-25). */
export function validUntilOf(validity: Validity, validFrom: string): string | null {
  if (validity.kind === 'permanent') return null;
  const [y, m, d] = validFrom.split('-').map(Number) as [number, number, number];
  // 29 February plus whole years lands on 1 March in a common year; the day before is 28 February.
  const anniversary = new Date(Date.UTC(y + validity.years, m - 1, d)).toISOString().slice(0, 10);
  return addCalendarDays(anniversary, -1);
}

export function chineseDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const validityText = (validFrom: string, validUntil: string | null) =>
  validUntil ? `${chineseDate(validFrom)}至${chineseDate(validUntil)}` : '长期';
