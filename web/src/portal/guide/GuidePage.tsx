import '../catalogue.css';
import { Result, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMatter } from '../../api/catalogue';
import { isApiError } from '../../api/client';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { ApplyCallout } from './ApplyCallout';
import { BasicInfo } from './BasicInfo';
import { Fees } from './Fees';
import { GuideContents } from './GuideContents';
import { GuideHeader } from './GuideHeader';
import { GuideSection } from './GuideSection';
import { MaterialsList } from './MaterialsList';
import { Contact, Places } from './PlacesAndContact';
import { ProcessSteps } from './ProcessSteps';
import { PromiseCallout } from './PromiseCallout';
import { TextList } from './TextList';
import { TimeLimits } from './TimeLimits';

// The form renderer and its validator are the heaviest part; the guide text should not wait for them.
const SampleForm = lazy(() => import('./SampleForm'));

/** 办事指南: every guide element of the published version, in the order a guide is read. */
export default function GuidePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const matter = useMatter(code);

  if (matter.isPending) {
    return (
      <div className="page page-medium">
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  if (isApiError(matter.error, 404)) {
    return (
      <Result
        status="404"
        title={t('guide.notFound')}
        subTitle={t('guide.notFoundHint')}
        extra={
          <LinkButton to="/matters" type="primary">
            {t('guide.backToHall')}
          </LinkButton>
        }
      />
    );
  }
  if (matter.isError) {
    return (
      <div className="page page-medium">
        <QueryError error={matter.error} onRetry={() => void matter.refetch()} />
      </div>
    );
  }

  const { guide } = matter.data;
  return (
    <div className="page guide-page">
      <div className="guide-layout">
        <article className="guide-main">
          <GuideHeader matter={matter.data} />
          <PromiseCallout matter={matter.data} />
          <ApplyCallout matter={matter.data} />
          <GuideContents place="inline" />
          <GuideSection id="basic">
            <BasicInfo matter={matter.data} />
          </GuideSection>
          <GuideSection id="conditions">
            <TextList items={guide.conditions} empty={t('guide.conditionsEmpty')} />
          </GuideSection>
          <GuideSection id="materials">
            <MaterialsList matterCode={matter.data.code} materials={guide.materials} />
          </GuideSection>
          <GuideSection id="process">
            <ProcessSteps steps={guide.process} />
          </GuideSection>
          <GuideSection id="limits">
            <TimeLimits matter={matter.data} />
          </GuideSection>
          <GuideSection id="fees">
            <Fees fees={guide.fees} />
          </GuideSection>
          <GuideSection id="legalBasis">
            <TextList items={guide.legalBasis} empty={t('guide.legalBasisEmpty')} />
          </GuideSection>
          <GuideSection id="places">
            <Places guide={guide} />
          </GuideSection>
          <GuideSection id="contact">
            <Contact guide={guide} />
          </GuideSection>
          <GuideSection id="result">
            <Typography.Paragraph>{t('guide.resultValue', { result: guide.result })}</Typography.Paragraph>
          </GuideSection>
          <GuideSection id="form">
            <Suspense fallback={<Skeleton active />}>
              <SampleForm code={matter.data.code} />
            </Suspense>
          </GuideSection>
        </article>
        <aside className="guide-aside">
          <GuideContents place="aside" />
        </aside>
      </div>
    </div>
  );
}
