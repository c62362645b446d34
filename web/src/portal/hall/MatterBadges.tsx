import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnlineDepth } from '../../api/catalogueTypes';

interface Props {
  onlineDepth: OnlineDepth;
  visits: number;
  promisedLimitDays: number;
}

/** What an applicant weighs first: can it be done online, how often must I go, how long will it take. */
export function MatterBadges({ onlineDepth, visits, promisedLimitDays }: Props) {
  const { t } = useTranslation();
  return (
    <span className="tag-list">
      {onlineDepth === 'full_online' ? (
        <Tag color="green">{t('hall.fullOnline')}</Tag>
      ) : visits === 0 ? (
        <Tag color="green">{t('hall.zeroVisits')}</Tag>
      ) : (
        <Tag color="orange">{t('hall.visits', { count: visits })}</Tag>
      )}
      <Tag color="blue">
        {promisedLimitDays === 0 ? t('hall.immediate') : t('hall.promised', { count: promisedLimitDays })}
      </Tag>
    </span>
  );
}
