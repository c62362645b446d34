// A project plan's parts as the agent, the departments asked and the project that inherits it
// all see them: the plan check's verdict with its report, the stages and matters, the
// departments' pre-opinions.
import './planning.css';
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CheckOutcome, checkReportUrl, type Planning, type PreOpinion } from '../../api/blueprint';
import { formatDateTime } from '../../shared/format';

const ALERT = { pass: 'success', conditional: 'warning', conflict: 'error' } as const;
/** A verdict's tag colour in lists. */
export const RESULT_COLOR = { pass: 'green', conditional: 'gold', conflict: 'red' } as const;

export function PlanningVerdict(props: { result: CheckOutcome; checkId: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={ALERT[props.result]}
      showIcon
      className="block-gap"
      title={t(`blueprint.result.outcome.${props.result}`)}
      description={
        <>
          <div>{t(`blueprint.result.explain.${props.result}`)}</div>
          <a href={checkReportUrl(props.checkId)} target="_blank" rel="noreferrer">
            <FilePdfOutlined aria-hidden="true" /> {t('planning.detail.report')}
          </a>
        </>
      }
    />
  );
}

function StageMatters(props: { stages: Planning['stages'] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      bordered
      className="block-gap"
      dataSource={props.stages}
      renderItem={(s, i) => (
        <List.Item key={s.stage} className="planning-item">
          <Typography.Text strong>
            {i + 1}. {s.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('planning.stages.lead', { name: s.leadDepartment })} ·{' '}
            {t('planning.stages.matters', { count: s.matters.length })}
          </Typography.Text>
          <span className="planning-matters">
            {s.matters.map((code) => (
              <Tag key={code}>{code}</Tag>
            ))}
          </span>
        </List.Item>
      )}
    />
  );
}

export function PreOpinionList(props: { preOpinions: Omit<PreOpinion, 'id'>[] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      bordered
      className="block-gap"
      locale={{ emptyText: t('planning.preOpinions.none') }}
      dataSource={props.preOpinions}
      renderItem={(p) => (
        <List.Item key={p.department.code} className="planning-item">
          <span className="planning-item-head">
            <Typography.Text strong>{p.department.name}</Typography.Text>
            <Tag color={p.status === 'answered' ? 'green' : 'gold'}>
              {t(`planning.preOpinions.status.${p.status}`)}
            </Tag>
          </span>
          <Typography.Text type="secondary">
            {t('planning.preOpinions.reason', { reason: p.reason })}
          </Typography.Text>
          {p.status === 'answered' ? (
            <>
              <Typography.Paragraph className="planning-opinion">{p.opinion}</Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('planning.preOpinions.answeredAt', { time: formatDateTime(p.answeredAt) })}
              </Typography.Text>
            </>
          ) : (
            <Typography.Text type="secondary">
              {t('planning.preOpinions.dueOn', { date: p.dueOn })}
            </Typography.Text>
          )}
        </List.Item>
      )}
    />
  );
}

/** A plan's departments' pre-opinions, then its stages and matters, each under its heading. */
export function PlanningSections({ planning }: { planning: Planning }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2} className="planning-section">
        {t('planning.preOpinions.title')}
      </Typography.Title>
      <PreOpinionList preOpinions={planning.preOpinions} />
      <Typography.Title level={2} className="planning-section">
        {t('planning.stages.title')}
      </Typography.Title>
      <StageMatters stages={planning.stages} />
    </>
  );
}
