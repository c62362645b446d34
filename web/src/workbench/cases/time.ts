import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// Business dates and the times staff read are Foshan's, wherever the browser's clock is set.
const ZONE = 'Asia/Shanghai';

/** An instant (ISO, UTC) as Asia/Shanghai wall-clock time: 2026-12-03 14:05. */
export function formatInstant(value: string | null | undefined): string {
  return value ? dayjs(value).tz(ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

/** Today's business date in Asia/Shanghai. */
export function todayInShanghai(): string {
  return dayjs().tz(ZONE).format('YYYY-MM-DD');
}
