import { Card, Steps, type StepsProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import type { CaseStep, CaseTask, WorkflowCase } from '../../api/workflowTypes';
import { useCaseLabels } from './labels';
import { type StepState, stepNodes, stepState } from './stepNodes';

const antdStatus: Record<StepState, 'wait' | 'process' | 'finish' | 'error'> = {
  wait: 'wait',
  process: 'process',
  finish: 'finish',
  returned: 'wait',
};

const GOOD = new Set(['agree', 'approve', 'truthful']);
const BAD = new Set(['disagree', 'deny', 'false']);

function TaskLine({ task, steps }: { task: CaseTask; steps: readonly CaseStep[] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const me = useSession().data?.account.id;
  const active = task.status === 'open' || task.status === 'claimed';
  return (
    <li className="step-task">
      <span>
        {labels.department(task.department)} · {labels.role(task.role)}
      </span>{' '}
      <Tag color={active ? 'processing' : task.status === 'completed' ? 'success' : 'default'}>
        {t(`cases.vocab.taskStatus.${task.status}`)}
      </Tag>
      {active && task.assigneeId && (
        <Tag>{task.assigneeId === me ? t('cases.page.assignedToMe') : t('cases.page.assignedToOther')}</Tag>
      )}
      {active && <span className="mono">{t('cases.page.due', { date: task.dueOn })}</span>}
      {task.result && (
        <Tag
          color={
            GOOD.has(task.result.outcome ?? '')
              ? 'green'
              : BAD.has(task.result.outcome ?? '')
                ? 'red'
                : 'default'
          }
        >
          {labels.taskResult(task.result, steps)}
        </Tag>
      )}
      {task.result?.opinion && (
        <Typography.Paragraph className="step-opinion">
          {t('cases.page.opinion', { text: task.result.opinion })}
        </Typography.Paragraph>
      )}
    </li>
  );
}

function StepTasks(props: { step: CaseStep; steps: readonly CaseStep[]; tasks: readonly CaseTask[] }) {
  const { step, steps, tasks } = props;
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const own = tasks.filter((task) => task.stepId === step.id && task.status !== 'cancelled');
  if (own.length === 0)
    return (
      <Typography.Text type="secondary">
        {labels.department(step.department)} · {t('cases.page.notStarted')}
      </Typography.Text>
    );
  return (
    <ul className="step-tasks">
      {own.map((task) => (
        <TaskLine key={task.id} task={task} steps={steps} />
      ))}
    </ul>
  );
}

/** The case's path: each step with who works it and how far they are; joint reviews side by side. */
export function StepsPanel({ view }: { view: WorkflowCase }) {
  const { t } = useTranslation();
  const items: StepsProps['items'] = stepNodes(view.steps, view.tasks).map((node) => {
    const states = node.steps.map((step) => stepState(view.tasks, step.id));
    const state: StepState = states.includes('process')
      ? 'process'
      : states.every((s) => s === 'finish')
        ? 'finish'
        : 'wait';
    if (!node.parallel) {
      const [step] = node.steps;
      return {
        key: node.key,
        status: antdStatus[state],
        title: step!.name,
        content: <StepTasks step={step!} steps={view.steps} tasks={view.tasks} />,
      };
    }
    return {
      key: node.key,
      status: antdStatus[state],
      title: t('cases.page.parallel'),
      subTitle: t('cases.page.parallelHint'),
      content: (
        <ul className="step-branches">
          {node.steps.map((step) => (
            <li key={step.id} className="step-branch">
              <div className="step-branch-name">{step.name}</div>
              <StepTasks step={step} steps={view.steps} tasks={view.tasks} />
            </li>
          ))}
        </ul>
      ),
    };
  });
  return (
    <Card title={t('cases.page.stepsTitle')} className="block-gap">
      <Steps orientation="vertical" size="small" items={items} />
    </Card>
  );
}
