import { ClockCircleOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MatterGuide } from '../../api/catalogueTypes';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function Places({ guide }: { guide: MatterGuide }) {
  const { t } = useTranslation();
  return (
    <dl className="guide-dl">
      <dt>
        <EnvironmentOutlined aria-hidden="true" /> {t('guide.places')}
      </dt>
      <dd>
        {guide.places.length === 0 ? (
          t('common.none')
        ) : (
          <ul className="plain-list">
            {guide.places.map((place) => (
              <li key={place}>{place}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>
        <ClockCircleOutlined aria-hidden="true" /> {t('guide.hours')}
      </dt>
      <dd>{guide.openingHours}</dd>
    </dl>
  );
}

export function Contact({ guide }: { guide: MatterGuide }) {
  const { t } = useTranslation();
  return (
    <dl className="guide-dl">
      <dt>
        <PhoneOutlined aria-hidden="true" /> {t('guide.consultPhone')}
      </dt>
      <dd>
        <a href={telHref(guide.consultPhone)}>{guide.consultPhone}</a>
      </dd>
      <dt>
        <PhoneOutlined aria-hidden="true" /> {t('guide.complaintPhone')}
      </dt>
      <dd>
        <a href={telHref(guide.complaintPhone)}>{guide.complaintPhone}</a>
      </dd>
    </dl>
  );
}
