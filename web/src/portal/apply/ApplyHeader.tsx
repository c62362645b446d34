import { Typography } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';

interface Props {
  matterCode: string;
  matterName: string;
  position: number;
  total: number;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The matter as a caption, where the applicant is, and the page's question as the heading. */
export function ApplyHeader(props: Props) {
  const { t } = useTranslation();
  const session = useSession().data;
  const account = session?.account;
  const applicant = session?.actingFor
    ? t('apply.applicantFor', { org: session.actingFor.name, name: account?.name })
    : account && t('apply.applicantAs', { name: account.name });

  return (
    <header className="apply-header">
      <Link to={`/matters/${encodeURIComponent(props.matterCode)}`} className="apply-back">
        {t('apply.backToGuide')}
      </Link>
      <p className="apply-caption">
        <span className="apply-matter">{props.matterName}</span>
        <span className="apply-progress">
          {t('apply.progress', { current: props.position + 1, total: props.total })}
        </span>
      </p>
      <Typography.Title level={1} className="page-title apply-title" tabIndex={-1} ref={props.headingRef}>
        {props.title}
      </Typography.Title>
      {applicant && <p className="apply-applicant">{applicant}</p>}
    </header>
  );
}
