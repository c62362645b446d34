import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../api/types';
import { caseKey, useCaseCommand } from '../../../api/workflow';
import type { CaseAction } from '../../../api/workflowTypes';
import { problemOf } from '../../../shared/problem';
import { useCaseLabels } from '../labels';

export type RunResult =
  | { ok: true }
  | { ok: false; stale: true }
  | { ok: false; stale: false; problem: Problem };

/**
 * Sends one of the case's actions with the revision and task the server offered it with. When
 * the case moved on meanwhile (409 stale revision, or the action is no longer there), the case is
 * reloaded so the buttons show what can be done now.
 */
export function useRunCommand(applicationNo: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCaseLabels();
  const client = useQueryClient();
  const command = useCaseCommand(applicationNo);

  const run = async (action: CaseAction, fields: Record<string, unknown> = {}): Promise<RunResult> => {
    const { choices: _choices, ...envelope } = action;
    try {
      await command.mutateAsync({ ...envelope, ...fields });
      void message.success(t('cases.form.done', { action: labels.action(action.type) }));
      return { ok: true };
    } catch (error) {
      const problem = problemOf(error);
      const moved = problem.status === 409 || problem.status === 403 || problem.status === 404;
      if (moved) void client.invalidateQueries({ queryKey: caseKey(applicationNo) });
      if (problem.code === 'workflow.stale_revision') {
        void message.warning(t('cases.form.stale', { title: problem.title }));
        return { ok: false, stale: true };
      }
      return { ok: false, stale: false, problem };
    }
  };

  return { run, pending: command.isPending };
}
