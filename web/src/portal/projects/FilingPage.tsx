import './projects.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFiling, useFilingCommand, useProjectTimeline } from '../../api/projects';
import type { Problem } from '../../api/types';
import { PageLoading } from '../../shared/PageLoading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { ClockText } from '../../workbench/projects/ClockText';
import { CorrectionItems } from '../../workbench/projects/CorrectionItems';
import { FilingMatters } from '../../workbench/projects/FilingMatters';
import { FilingRecords } from '../../workbench/projects/FilingRecords';
import { FilingStatusTag } from '../../workbench/projects/FilingStatusTag';
import { IntermediaryAction } from '../../workbench/projects/IntermediaryAction';
import { ProjectGantt } from '../../workbench/projects/ProjectGantt';
import { useArrivalFlag } from './useArrivalFlag';

/** A stage as filed, followed by its applicant: every department's matter and clock, corrections to answer, the licences. */
export default function FilingPage() {
  const { t } = useTranslation();
  const { id = '', filingId = '' } = useParams();
  const filed = useArrivalFlag('filed');
  const filing = useFiling(filingId);
  const timeline = useProjectTimeline(id);
  const resubmit = useFilingCommand(filingId, 'resubmit');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const view = filing.data;

  if (filing.isError) return <QueryError error={filing.error} onRetry={() => void filing.refetch()} />;
  if (!view) return <PageLoading />;
  const open = view.corrections.find((c) => !c.answeredAt);
  const matterName = (code: string) => view.matters.find((m) => m.matterCode === code)?.matterName ?? code;

  return (
    <div className="page page-medium">
      <Link to={`/my/projects/${id}`} className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {view.projectName}
      </Link>
      {filed && (
        <Result
          status="success"
          className="project-result"
          title={t('projects.filing.filedTitle')}
          subTitle={t('projects.filing.filedText', { no: view.filingNo, count: view.matterCount })}
        />
      )}
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {view.stageName}
        </Typography.Title>
        <FilingStatusTag status={view.status} />
      </div>
      <Typography.Paragraph className="filing-facts">
        <span>{t('projects.filing.no', { no: view.filingNo })}</span>
        <span>{t('projects.stages.lead', { department: view.leadDepartment.name })}</span>
        <span>
          {t('projects.filing.stageClock')} <ClockText clock={view.clock} />
        </span>
        <span>{t('projects.filing.decided', { decided: view.decidedCount, count: view.matterCount })}</span>
      </Typography.Paragraph>
      {view.actions.includes('resubmit') && open && (
        <Card
          size="small"
          className="block-gap correction-card"
          title={t('projects.filing.correctionToAnswer')}
        >
          <CorrectionItems items={open.items} matterName={matterName} />
          <label htmlFor="resubmit-note">{t('projects.filing.resubmitNote')}</label>
          <Input.TextArea
            id="resubmit-note"
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <ProblemAlert problem={problem} />
          <Button
            type="primary"
            className="block-gap"
            loading={resubmit.isPending}
            onClick={() => {
              setProblem(null);
              resubmit
                .mutateAsync({ expectedRevision: view.revision, note: note.trim() || undefined })
                .catch((error: unknown) => setProblem(problemOf(error)));
            }}
          >
            {t('projects.filing.resubmit')}
          </Button>
        </Card>
      )}
      {view.status === 'closed' && (
        <Alert type="success" showIcon className="block-gap" title={t('projects.filing.closedNote')} />
      )}
      <Typography.Title level={2} className="project-section">
        {t('projects.filing.matters')}
      </Typography.Title>
      <FilingMatters matters={view.matters} caseLink={(no) => `/my/applications/${no}`} />
      {view.status === 'closed' && view.matters.some((m) => m.licences.length) && (
        <Typography.Paragraph className="block-gap">
          <Link to="/my/licenses">{t('projects.filing.toWallet')}</Link>
        </Typography.Paragraph>
      )}
      <FilingRecords filing={view} />
      {view.actions.includes('recordIntermediary') && (
        <div className="filing-actions">
          <IntermediaryAction filing={view} />
        </div>
      )}
      {timeline.data && <ProjectGantt timeline={timeline.data} />}
    </div>
  );
}
