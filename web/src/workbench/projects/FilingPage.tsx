import './projects.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFiling, useProjectTimeline } from '../../api/projects';
import { formatDateTime } from '../../shared/format';
import { PageLoading } from '../../shared/PageLoading';
import { QueryError } from '../../shared/QueryError';
import { ClockText } from './ClockText';
import { CoordinationActions } from './CoordinationActions';
import { CorrectionItems } from './CorrectionItems';
import { FilingMatters } from './FilingMatters';
import { FilingRecords } from './FilingRecords';
import { FilingStatusTag } from './FilingStatusTag';
import { ProjectGantt } from './ProjectGantt';

/**
 * A stage filing as the lead department coordinates it: every matter's status and clock (each
 * decided on its own case page), the items proposed for one combined correction, joint reviews,
 * intermediary services, closing the stage; the project's Gantt below.
 */
export default function FilingPage() {
  const { t } = useTranslation();
  const { filingId = '' } = useParams();
  const filing = useFiling(filingId);
  const view = filing.data;
  const timeline = useProjectTimeline(view?.projectId);

  if (filing.isError) return <QueryError error={filing.error} onRetry={() => void filing.refetch()} />;
  if (!view) return <PageLoading />;
  const proposals = view.matters.filter((m) => m.proposedCorrection.length > 0);

  return (
    <>
      <Link to="/workbench/projects" className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('projects.workbench.back')}
      </Link>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {view.projectName} · {view.stageName}
        </Typography.Title>
        <FilingStatusTag status={view.status} />
      </div>
      <Typography.Paragraph className="filing-facts">
        <span>{t('projects.filing.no', { no: view.filingNo })}</span>
        <span>
          {t('projects.fields.projectCode')}：{view.projectCode}
        </span>
        <span>{t('projects.stages.lead', { department: view.leadDepartment.name })}</span>
        <span>{t('projects.filing.submittedAt', { at: formatDateTime(view.submittedAt) })}</span>
        <span>
          {t('projects.filing.stageClock')} <ClockText clock={view.clock} />
        </span>
        <span>{t('projects.filing.decided', { decided: view.decidedCount, count: view.matterCount })}</span>
      </Typography.Paragraph>
      <CoordinationActions filing={view} />
      <Typography.Title level={2} className="project-section">
        {t('projects.filing.matters')}
      </Typography.Title>
      <FilingMatters matters={view.matters} caseLink={(no) => `/workbench/cases/${no}`} />
      {proposals.length > 0 && (
        <Card size="small" className="block-gap" title={t('projects.filing.proposed')}>
          <List
            size="small"
            dataSource={proposals}
            renderItem={(m) => (
              <List.Item key={m.matterCode}>
                <div className="filing-record">
                  <Typography.Text strong>
                    {m.department.name} · {m.matterName}
                  </Typography.Text>
                  <CorrectionItems items={m.proposedCorrection} />
                </div>
              </List.Item>
            )}
          />
        </Card>
      )}
      <FilingRecords filing={view} />
      {timeline.data && <ProjectGantt timeline={timeline.data} />}
    </>
  );
}
