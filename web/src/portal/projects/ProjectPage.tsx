import './projects.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProject, useProjectFilings, useProjectTimeline } from '../../api/projects';
import { formatDateTime, formatYuan } from '../../shared/format';
import { PageLoading } from '../../shared/PageLoading';
import { QueryError } from '../../shared/QueryError';
import { ProjectGantt } from '../../workbench/projects/ProjectGantt';
import { PlanningVerdict, PreOpinionList } from '../planning/PlanningParts';
import { LazySiteMap } from './SiteMapLazy';
import { StageList } from './StageList';
import { useArrivalFlag } from './useArrivalFlag';

/** One of my projects: what was registered, its red line, and its stages to file and follow. */
export default function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const registered = useArrivalFlag('registered');
  const project = useProject(id);
  const filings = useProjectFilings(id);
  const timeline = useProjectTimeline(id);
  const view = project.data;

  if (project.isError) return <QueryError error={project.error} onRetry={() => void project.refetch()} />;
  if (!view) return <PageLoading />;
  const number = (value: number) => value.toLocaleString(i18n.language);

  return (
    <div className="page page-medium">
      <Link to="/my/projects" className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('projects.mine.back')}
      </Link>
      {registered && (
        <Result
          status="success"
          className="project-result"
          title={t('projects.register.done')}
          subTitle={t('projects.register.doneNext')}
        />
      )}
      <Typography.Title level={1} className="page-title">
        {view.name}
      </Typography.Title>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        bordered
        size="small"
        className="block-gap"
        items={[
          { key: 'code', label: t('projects.fields.projectCode'), children: view.projectCode },
          {
            key: 'category',
            label: t('projects.fields.category'),
            children: `${view.category.name}（${t('projects.capDays', { count: view.category.capWorkingDays })}）`,
          },
          { key: 'owner', label: t('projects.fields.owner'), children: view.owner.name },
          {
            key: 'use',
            label: t('projects.fields.intendedUse'),
            children: t(`projects.uses.${view.intendedUse}`),
          },
          {
            key: 'investment',
            label: t('projects.fields.investment'),
            children: t('projects.units.yuanValue', { value: formatYuan(view.investmentFen, i18n.language) }),
          },
          {
            key: 'land',
            label: t('projects.fields.landArea'),
            children: t('projects.units.m2Value', { value: number(view.landAreaM2) }),
          },
          {
            key: 'floor',
            label: t('projects.fields.floorArea'),
            children: t('projects.units.m2Value', { value: number(view.floorAreaM2) }),
          },
          {
            key: 'siteArea',
            label: t('projects.fields.siteArea'),
            children: t('projects.units.m2Value', { value: number(Math.round(view.siteAreaM2)) }),
          },
          {
            key: 'contact',
            label: t('projects.fields.contact'),
            children: `${view.contact.name} ${view.contact.mobile}`,
          },
          {
            key: 'registered',
            label: t('projects.fields.registeredAt'),
            children: formatDateTime(view.registeredAt),
          },
        ]}
      />
      <Card title={t('projects.fields.site')} size="small" className="block-gap">
        <LazySiteMap site={view.site} label={t('projects.site.showMap')} />
      </Card>
      {view.planning && (
        <Card title={t('planning.inherited.title')} size="small" className="block-gap">
          <Link to={`/my/plannings/${view.planning.id}`}>{view.planning.name}</Link>
          <PlanningVerdict result={view.planning.result} checkId={view.planning.checkId} />
          <PreOpinionList preOpinions={view.planning.preOpinions} />
        </Card>
      )}
      <Typography.Title level={2} className="project-section">
        {t('projects.stages.title')}
      </Typography.Title>
      {filings.isError && <QueryError error={filings.error} onRetry={() => void filings.refetch()} />}
      <StageList project={view} filings={filings.data?.items ?? []} />
      {timeline.data?.stages.some((s) => s.clock) && <ProjectGantt timeline={timeline.data} />}
    </div>
  );
}
