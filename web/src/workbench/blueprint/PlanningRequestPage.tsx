import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAnswerPreOpinion, usePlanning } from '../../api/blueprint';
import { useSession } from '../../api/session';
import { PlanningSections, PlanningVerdict } from '../../portal/planning/PlanningParts';
import { useFormRules } from '../../shared/formRules';
import { PageLoading } from '../../shared/PageLoading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';

const ANSWERING_ROLES = ['reviewer', 'approver', 'dept_head'] as const;

/** One plan as a department asked sees it, with its pre-opinion form while it is still to answer. */
export default function PlanningRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const account = useSession().data?.account;
  const planning = usePlanning(id);
  const [sent, setSent] = useState(false);
  const view = planning.data;

  if (planning.isError) return <QueryError error={planning.error} onRetry={() => void planning.refetch()} />;
  if (!view) return <PageLoading />;
  const ours = view.preOpinions.find((o) => o.department.name === account?.departmentName);
  const mayAnswer = account?.roles.some((r) => (ANSWERING_ROLES as readonly string[]).includes(r));

  return (
    <>
      <Link to="/workbench/plannings" className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('planning.requests.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {view.name}
      </Typography.Title>
      <PlanningVerdict result={view.result} checkId={view.checkId} />
      {sent && <Alert type="success" showIcon className="block-gap" title={t('planning.requests.done')} />}
      {mayAnswer &&
        (ours ? (
          ours.status === 'pending' && (
            <Card title={t('planning.requests.opinion')} className="block-gap">
              <Typography.Paragraph type="secondary">
                {t('planning.preOpinions.reason', { reason: ours.reason })} ·{' '}
                {t('planning.preOpinions.dueOn', { date: ours.dueOn })}
              </Typography.Paragraph>
              <OpinionForm id={view.id} onDone={() => setSent(true)} />
            </Card>
          )
        ) : (
          <Alert type="info" showIcon className="block-gap" title={t('planning.requests.notAsked')} />
        ))}
      <PlanningSections planning={view} />
    </>
  );
}

function OpinionForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<{ opinion: string }>();
  const answer = useAnswerPreOpinion(id);
  const { problem, show, clear } = useFormProblem(form, ['opinion']);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => {
        clear();
        answer.mutate(values.opinion.trim(), { onSuccess: onDone, onError: show });
      }}
    >
      <Form.Item
        name="opinion"
        label={t('planning.requests.opinion')}
        extra={t('planning.requests.opinionHint')}
        rules={[rules.required(t('planning.requests.opinion'))]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <ProblemAlert problem={problem} />
      <Button type="primary" htmlType="submit" loading={answer.isPending}>
        {t('planning.requests.submit')}
      </Button>
    </Form>
  );
}
