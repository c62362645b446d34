import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingSummary, ProjectDetail } from '../../api/projects';
import { LinkButton } from '../../shared/LinkButton';
import { ClockText } from '../../workbench/projects/ClockText';
import { FilingStatusTag } from '../../workbench/projects/FilingStatusTag';

/**
 * The project's stages in order: who leads each, its matters and their departments; a filed
 * stage's status and clock, the way to file the next one (open once the one before is closed).
 */
export function StageList({ project, filings }: { project: ProjectDetail; filings: FilingSummary[] }) {
  const { t } = useTranslation();
  const filingOf = (stage: string) => filings.find((f) => f.stage === stage);
  const next = project.stages.find((s) => !filingOf(s.stage));
  const earlierClosed = (index: number) =>
    project.stages.slice(0, index).every((s) => filingOf(s.stage)?.status === 'closed');
  return (
    <div className="card-stack">
      {project.stages.map((stage, index) => {
        const filing = filingOf(stage.stage);
        const title = t('projects.stages.numbered', { n: index + 1, name: stage.name });
        const action = filing ? (
          <LinkButton
            to={`/my/projects/${project.id}/filings/${filing.id}`}
            size="small"
            aria-label={t('projects.stages.followOf', { stage: stage.name })}
          >
            {t('projects.stages.follow')}
          </LinkButton>
        ) : stage === next && earlierClosed(index) ? (
          <LinkButton
            to={`/my/projects/${project.id}/stages/${stage.stage}`}
            type="primary"
            size="small"
            aria-label={t('projects.stages.fileOf', { stage: stage.name })}
          >
            {t('projects.stages.file')}
          </LinkButton>
        ) : (
          <Typography.Text type="secondary">{t('projects.stages.waiting')}</Typography.Text>
        );
        return (
          // The step to take sits in the card, not its header: a long stage name and a button
          // side by side do not fit a phone in English.
          <Card key={stage.stage} size="small" title={title} className="stage-card">
            <Typography.Paragraph className="stage-lead">
              {t('projects.stages.lead', { department: stage.leadDepartment?.name ?? t('common.none') })}
            </Typography.Paragraph>
            {filing && (
              <Typography.Paragraph className="filing-facts">
                <FilingStatusTag status={filing.status} />
                <span>
                  {t('projects.filing.decided', { decided: filing.decidedCount, count: filing.matterCount })}
                </span>
                <ClockText clock={filing.clock} />
              </Typography.Paragraph>
            )}
            <List
              size="small"
              dataSource={stage.matters}
              renderItem={(matter) => (
                <List.Item key={matter.code}>
                  <span className="stage-matter">
                    <span>{matter.name}</span>
                    <Typography.Text type="secondary">
                      {matter.department?.name} ·{' '}
                      {t('projects.promisedDays', { count: matter.promisedLimitDays })}
                    </Typography.Text>
                  </span>
                </List.Item>
              )}
            />
            <div className="stage-action">{action}</div>
          </Card>
        );
      })}
    </div>
  );
}
