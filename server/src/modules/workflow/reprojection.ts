import { businessDateOf } from '../../platform/calendar/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { freshWorkingCalendar } from '../calendar/index.js';
import type { CaseService } from './case-service.js';
import { isActive, TERMINAL_STATUSES } from './engine/index.js';
import { listsChangedBy, recordListChanges } from './store/list-changes.js';
import { projectCase, taskDue } from './store/projections.js';
import { workflowRepository } from './store/repository.js';

const PAGE = 200;

/**
 * Recomputes the stored deadlines (case columns and task due dates) of every running case
 * with the calendar as it is now: after an administrator corrects a year, inboxes and
 * supervision lists sort and warn by the corrected days. The clocks themselves store no
 * dates to correct. Idempotent, so the outbox may deliver the event twice.
 */
export async function reprojectRunningCases(ctx: AppContext, cases: CaseService): Promise<number> {
  const calendar = await freshWorkingCalendar(ctx);
  const today = businessDateOf(new Date());
  const { db } = workflowRepository(ctx.db);
  let done = 0;
  for (let after: string | null = null; ; ) {
    let query = db
      .selectFrom('workflowInstances')
      .select(['id', 'applicationNo'])
      .where('status', 'not in', [...TERMINAL_STATUSES]);
    if (after) query = query.where('id', '>', after);
    const page = await query.orderBy('id').limit(PAGE).execute();
    if (page.length === 0) return done;
    for (const { applicationNo } of page) {
      const found = (await cases.load(ctx.db, applicationNo))!;
      await ctx.db.transaction().execute(async (trx) => {
        const w = workflowRepository(trx).db;
        await w
          .updateTable('workflowInstances')
          .set(projectCase(found.state, calendar, today))
          .where('id', '=', found.state.id)
          .where('revision', '=', found.state.revision)
          .execute();
        for (const task of found.state.tasks.filter(isActive)) {
          await w
            .updateTable('workflowTasks')
            .set({ dueOn: taskDue(task, found.state, calendar, today) })
            .where('id', '=', task.id)
            .where('revision', '=', task.revision)
            .execute();
        }
        await recordListChanges(w, listsChangedBy(found.row.departmentCode, found.state, found.state));
      });
      done++;
    }
    after = page.at(-1)!.id;
  }
}
