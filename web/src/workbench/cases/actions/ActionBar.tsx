import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction, WorkflowCase } from '../../../api/workflowTypes';
import { actionRank } from '../actionTypes';
import { useCaseLabels } from '../labels';
import { ActionModal } from './ActionModal';
import { useRunCommand } from './useRunCommand';

// The decisions a clerk is most often there for stand out.
const PRIMARY = new Set([
  'accept',
  'review',
  'decide',
  'deliver',
  'verifyCommitment',
  'answerSupervisionOrder',
]);
const DANGER = new Set(['refuse']);

interface Group {
  key: string;
  title: string;
  actions: CaseAction[];
}

/** Only what the server says this person may do now: one group per open task, one for the case. */
export function ActionBar({ view }: { view: WorkflowCase }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const runner = useRunCommand(view.applicationNo);
  const [active, setActive] = useState<CaseAction | null>(null);
  const { message } = App.useApp();

  const claim = async (action: CaseAction) => {
    const result = await runner.run(action);
    if (!result.ok && !result.stale) void message.error(result.problem.detail ?? result.problem.title);
  };

  const groups: Group[] = [];
  for (const action of [...view.actions].sort((a, b) => actionRank(a.type) - actionRank(b.type))) {
    const key = action.taskId ?? 'case';
    let group = groups.find((g) => g.key === key);
    if (!group) {
      const task = view.tasks.find((x) => x.id === action.taskId);
      group = {
        key,
        title: task
          ? t('cases.page.taskGroup', { step: task.stepName, department: labels.department(task.department) })
          : t('cases.page.caseGroup'),
        actions: [],
      };
      groups.push(group);
    }
    group.actions.push(action);
  }

  return (
    <Card title={t('cases.page.actionsTitle')} className="block-gap case-actions" size="small">
      {groups.length === 0 && <Typography.Text type="secondary">{t('cases.page.noActions')}</Typography.Text>}
      {groups.map((group) => (
        <section key={group.key} className="action-group" aria-label={group.title}>
          {(groups.length > 1 || group.key !== 'case') && (
            <Typography.Title level={3} className="panel-subtitle">
              {group.title}
            </Typography.Title>
          )}
          <Space wrap>
            {group.actions.map((action) => (
              <Button
                key={action.type}
                type={PRIMARY.has(action.type) ? 'primary' : 'default'}
                danger={DANGER.has(action.type)}
                loading={action.type === 'claim' && runner.pending}
                // Claiming asks nothing and undoes easily (放回待办池): it needs no dialog.
                onClick={() => (action.type === 'claim' ? void claim(action) : setActive(action))}
              >
                {labels.action(action.type)}
              </Button>
            ))}
          </Space>
        </section>
      ))}
      {active && <ActionModal action={active} view={view} runner={runner} onClose={() => setActive(null)} />}
    </Card>
  );
}
