import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterDetail } from '../../api/catalogueTypes';

export function TimeLimits({ matter }: { matter: MatterDetail }) {
  const { t } = useTranslation();
  const days = (count: number) => (count === 0 ? t('guide.immediate') : t('guide.workingDays', { count }));
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 2 }}
      className="guide-facts"
      items={[
        { key: 'legal', label: t('guide.legalLimit'), children: days(matter.guide.legalLimitDays) },
        { key: 'promised', label: t('guide.promisedLimit'), children: days(matter.guide.promisedLimitDays) },
      ]}
    />
  );
}
