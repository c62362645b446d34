import { RightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLifeEvents } from '../../api/catalogue';
import type { Audience } from '../../api/catalogueTypes';

export function LifeEventList({ audience }: { audience?: Audience }) {
  const { t } = useTranslation();
  const events = useLifeEvents();
  const shown = events.data?.filter((event) => !audience || event.audience === audience) ?? [];
  // The hall works without life events; a failed load should not take the page's attention.
  if (shown.length === 0) return null;

  return (
    <section aria-labelledby="life-events-title" className="hall-section">
      <Typography.Title level={2} id="life-events-title" className="section-title">
        {t('hall.lifeEventsTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('hall.lifeEventsIntro')}</Typography.Paragraph>
      <ul className="life-event-grid">
        {shown.map((event) => (
          <li key={event.code}>
            <Link to={`/life-events/${event.code}`} className="life-event-card">
              <span className="life-event-name">{event.name}</span>
              <span className="life-event-meta">
                {t('hall.lifeEventMatters', { count: event.matters.length })}
              </span>
              <RightOutlined aria-hidden="true" className="life-event-arrow" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
