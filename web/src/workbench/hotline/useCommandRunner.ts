import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/types';
import type { CommandType } from '../../portal/hotline/api';
import { problemOf } from '../../shared/problem';
import { type TicketDetail, ticketKey, useTicketCommand } from './api';

export type RunResult =
  | { ok: true }
  | { ok: false; reloaded: true }
  | { ok: false; reloaded: false; problem: Problem };

/**
 * Sends a command with the revision the page shows. When the order moved on meanwhile
 * (409: someone acted first, or the step is no longer open; 403/404: it left this unit),
 * the order is reloaded and the person told so: the buttons then show what can be done now.
 */
export function useCommandRunner(view: TicketDetail) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const command = useTicketCommand(view.ticketNo);

  const run = async (type: CommandType, fields: Record<string, unknown> = {}): Promise<RunResult> => {
    try {
      await command.mutateAsync({ type, expectedRevision: view.revision, ...fields });
      void message.success(t('hotline.command.done', { action: t(`hotline.commands.${type}`) }));
      return { ok: true };
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 409 || problem.status === 403 || problem.status === 404) {
        await client.invalidateQueries({ queryKey: ticketKey(view.ticketNo) });
        void message.warning(t('hotline.command.stale', { title: problem.detail ?? problem.title }), 6);
        return { ok: false, reloaded: true };
      }
      return { ok: false, reloaded: false, problem };
    }
  };

  return { run, pending: command.isPending };
}
