import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MatterDetail } from '../../api/catalogueTypes';
import { currentLanguage } from '../../i18n';
import { formatLongDate } from '../../shared/format';

/** The promise in the applicant's own terms: the date, not a count of working days. */
export function PromiseCallout({ matter }: { matter: MatterDetail }) {
  const { t } = useTranslation();
  const { promisedLimitDays: promised, legalLimitDays: legal } = matter.guide;
  const date = matter.promisedCompletionDate;

  let headline: string;
  if (promised === 0) headline = t('guide.promiseImmediate');
  else if (date) headline = t('guide.promise', { date: formatLongDate(date, currentLanguage()) });
  else headline = t('guide.promiseNoDate', { promised });

  return (
    <div className="promise-callout" role="note">
      <ClockCircleOutlined aria-hidden="true" className="promise-icon" />
      <div>
        <p className="promise-headline">{headline}</p>
        {promised > 0 && <p className="promise-detail">{t('guide.promiseDetail', { promised, legal })}</p>}
      </div>
    </div>
  );
}
