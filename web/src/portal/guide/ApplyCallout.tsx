import { EnvironmentOutlined, FormOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterDetail } from '../../api/catalogueTypes';
import { useSession } from '../../api/session';
import { LinkButton } from '../../shared/LinkButton';

/** The way in: 在线申请 for matters that can be applied for online, otherwise where to go. */
export function ApplyCallout({ matter }: { matter: MatterDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const { guide } = matter;

  if (guide.onlineDepth === 'window') {
    return (
      <section className="apply-callout apply-callout-window" aria-labelledby="apply-callout-title">
        <h2 id="apply-callout-title" className="apply-callout-title">
          <EnvironmentOutlined aria-hidden="true" /> {t('apply.windowOnlyTitle')}
        </h2>
        <p className="apply-callout-text">{t('apply.windowOnly')}</p>
        <ul className="plain-list apply-callout-places">
          {guide.places.map((place) => (
            <li key={place}>{place}</li>
          ))}
        </ul>
        <p className="apply-callout-text">{t('apply.windowOnlyHours', { hours: guide.openingHours })}</p>
      </section>
    );
  }

  const account = session.data?.account;
  if (account?.kind === 'staff') {
    return <Typography.Paragraph type="secondary">{t('apply.staffCannotApply')}</Typography.Paragraph>;
  }
  return (
    <section className="apply-callout" aria-label={t('apply.start')}>
      <LinkButton
        to={`/apply/${encodeURIComponent(matter.code)}`}
        type="primary"
        size="large"
        icon={<FormOutlined />}
        className="apply-callout-button"
      >
        {t('apply.start')}
      </LinkButton>
      <p className="apply-callout-text">
        {t('apply.startHint')}
        {guide.onlineDepth === 'online_once' &&
          guide.visits > 0 &&
          ` ${t('apply.onlineOnce', { count: guide.visits })}`}
        {!session.isPending && !account && ` ${t('apply.loginFirst')}`}
      </p>
    </section>
  );
}
