import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseLabels } from '../../workbench/cases/labels';
import type { ProcessDefinition, StepDefinition, StepKind } from './api';
import { budgetDays, type FlowNode, flowOf } from './flow';

interface Props {
  definition: ProcessDefinition;
  promisedLimitDays: number;
  /** Problems the server found, by the id of the step or group they are about. */
  problems?: ReadonlyMap<string, readonly string[]>;
}

function Problems({ messages }: { messages: readonly string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <ul className="process-node-problems">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

function StepCard(props: {
  step: StepDefinition;
  promisedLimitDays: number;
  returnsTo: readonly string[];
  names: ReadonlyMap<string, string>;
  problems: readonly string[] | undefined;
}) {
  const { step, promisedLimitDays } = props;
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const kindKey = `cases.vocab.stepKind.${step.kind}`;
  const share = step.timeShare;
  const days = budgetDays(share, promisedLimitDays);
  return (
    <section
      className={`process-step${props.problems?.length ? ' process-step-invalid' : ''}`}
      aria-label={step.name}
    >
      <div className="process-step-head">
        <Tag color="blue">
          {i18n.exists(kindKey)
            ? t(`cases.vocab.stepKind.${step.kind as StepKind}`)
            : t('cases.vocab.unknown')}
        </Tag>
        <strong className="process-step-name">{step.name}</strong>
        <Typography.Text type="secondary" className="process-step-id">
          {t('processAdmin.step.id', { id: step.id })}
        </Typography.Text>
      </div>
      <dl className="process-step-facts">
        <dt>{t('processAdmin.step.assignee')}</dt>
        <dd>
          {labels.department(step.assignment.department)} · {labels.role(step.assignment.role)}
        </dd>
        <dt>{t('processAdmin.step.time')}</dt>
        <dd>
          {'fraction' in share
            ? t('processAdmin.timeShare.fraction', {
                percent: Math.round(share.fraction * 1000) / 10,
                days,
              })
            : t('processAdmin.timeShare.days', { days })}
        </dd>
        {props.returnsTo.length > 0 && (
          <>
            <dt>{t('processAdmin.step.returns')}</dt>
            <dd>{props.returnsTo.map((id) => props.names.get(id) ?? id).join(t('common.listSeparator'))}</dd>
          </>
        )}
      </dl>
      <Problems messages={props.problems} />
    </section>
  );
}

/** The process as it runs: steps in order, a parallel group's branches side by side. */
export function FlowView({ definition, promisedLimitDays, problems }: Props) {
  const { t } = useTranslation();
  const flow = flowOf(definition);
  const names = new Map(definition.steps.map((s) => [s.id, s.name]));
  const card = (step: StepDefinition) => (
    <StepCard
      key={step.id}
      step={step}
      promisedLimitDays={promisedLimitDays}
      returnsTo={flow.returns.get(step.id) ?? []}
      names={names}
      problems={problems?.get(step.id)}
    />
  );
  const node = (n: FlowNode) => {
    if (n.kind === 'step') return card(n.step);
    return (
      <section className="process-group" aria-label={n.group.name}>
        <div className="process-group-head">
          <strong>{n.group.name}</strong>
          <Typography.Text type="secondary">{t('processAdmin.group.hint')}</Typography.Text>
        </div>
        <Problems messages={problems?.get(n.group.id)} />
        <ol className="process-branches">
          {n.branches.map((branch, b) => (
            // Branches have no id of their own: their place in the group is what names them.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={b} className="process-branch">
              <div className="process-branch-label">{t('processAdmin.group.branch', { n: b + 1 })}</div>
              {branch.map(card)}
            </li>
          ))}
        </ol>
      </section>
    );
  };
  const key = (n: FlowNode) => (n.kind === 'step' ? n.step.id : n.group.id);

  return (
    <>
      <ol className="process-flow">
        {flow.nodes.map((n) => (
          <li key={key(n)} className="process-flow-item">
            {node(n)}
          </li>
        ))}
      </ol>
      {flow.detached.length > 0 && (
        <>
          <Typography.Title level={3} className="process-detached-title">
            {t('processAdmin.detached')}
          </Typography.Title>
          <div className="process-detached">
            {flow.detached.map((n) => (
              <div key={key(n)}>{node(n)}</div>
            ))}
          </div>
        </>
      )}
    </>
  );
}
