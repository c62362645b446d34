import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// Times and dates are Foshan's (Asia/Shanghai), wherever the device's clock is set: a
// deadline or a submission time must read the same for a citizen abroad as at the window.
const ZONE = 'Asia/Shanghai';

/** An instant (ISO, UTC) as Foshan wall-clock time: 2026-12-03 14:05. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).tz(ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

/** The Foshan business date of an instant. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).tz(ZONE).format('YYYY-MM-DD') : '—';
}

/** Today's business date in Foshan. */
export function todayInShanghai(): string {
  return dayjs().tz(ZONE).format('YYYY-MM-DD');
}

/** A business date ('YYYY-MM-DD') written out in the interface language: 2026年12月3日 / December 3, 2026. */
export function formatLongDate(value: string, language: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Money is kept in integer fen; people read yuan, without needless trailing zeros. */
export function formatYuan(fen: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(
    fen / 100,
  );
}
