import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../api/catalogueTypes';

type Choice = Audience | 'all';

export function AudienceSwitch(props: { value?: Audience; onChange: (value?: Audience) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented<Choice>
      className="audience-switch"
      aria-label={t('hall.audienceLabel')}
      block
      value={props.value ?? 'all'}
      onChange={(value) => props.onChange(value === 'all' ? undefined : value)}
      options={[
        { value: 'all', label: t('hall.audienceAll') },
        { value: 'person', label: t('hall.audiencePerson') },
        { value: 'organization', label: t('hall.audienceOrganization') },
      ]}
    />
  );
}
