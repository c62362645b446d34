import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Clock } from '../../api/projects';

/** A clock in words: days used of the limit, and whether it is late or nearly so (红黄牌). */
export function ClockText({ clock }: { clock: Clock }) {
  const { t } = useTranslation();
  return (
    <span className="clock-text">
      <Typography.Text type={clock.late ? 'danger' : undefined}>
        {clock.limitDays === null
          ? t('projects.clock.used', { count: clock.workingDays })
          : t('projects.clock.usedOf', { count: clock.workingDays, limit: clock.limitDays })}
      </Typography.Text>
      {clock.late ? (
        <Tag color="red">{t('projects.clock.late')}</Tag>
      ) : clock.warning === 'yellow' ? (
        <Tag color="gold">{t('projects.clock.nearDue')}</Tag>
      ) : null}
      {clock.endedOn && (
        <Typography.Text type="secondary" className="clock-ended">
          {t('projects.clock.endedOn', { date: clock.endedOn })}
        </Typography.Text>
      )}
    </span>
  );
}
