import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterDetail } from '../../api/catalogueTypes';
import { LinkButton } from '../../shared/LinkButton';

/** A matter that cannot be applied for online: where and when to go instead. */
export function WindowOnly({ matter }: { matter: MatterDetail }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t('apply.windowOnlyTitle')}
      subTitle={
        <>
          <p>{t('apply.windowOnly')}</p>
          <ul className="window-places">
            {matter.guide.places.map((place) => (
              <li key={place}>{place}</li>
            ))}
          </ul>
          <p>{t('apply.windowOnlyHours', { hours: matter.guide.openingHours })}</p>
        </>
      }
      extra={
        <LinkButton to={`/matters/${encodeURIComponent(matter.code)}`} type="primary">
          {t('apply.backToGuide')}
        </LinkButton>
      }
    />
  );
}
