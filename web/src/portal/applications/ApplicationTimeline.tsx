import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { type TimelineAction, type TimelineEntry, timelineActions } from '../../api/applicationTypes';
import { formatDateTime } from '../../shared/format';

const known = (action: string): action is TimelineAction =>
  (timelineActions as readonly string[]).includes(action);

const colors: Partial<Record<TimelineAction, string>> = {
  withdrawn: 'gray',
  refused: 'red',
  denied: 'red',
  revoked: 'red',
  correction_requested: 'orange',
  approved: 'green',
  completed: 'green',
  delivered: 'green',
};

/** Each step of the application with its time, oldest first, as the applicant would retell it. */
export function ApplicationTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline
      className="application-timeline"
      items={sorted.map((entry, i) => ({
        key: `${entry.at}-${entry.action}-${i}`,
        color: known(entry.action) ? (colors[entry.action] ?? 'blue') : 'blue',
        content: (
          <>
            <span className="timeline-action">
              {known(entry.action) ? t(`application.action.${entry.action}`) : t('application.actionUnknown')}
            </span>
            <time dateTime={entry.at} className="timeline-time">
              {formatDateTime(entry.at)}
            </time>
            {entry.note && <p className="timeline-note">{t('application.note', { note: entry.note })}</p>}
          </>
        ),
      }))}
    />
  );
}
