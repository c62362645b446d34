import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { assertCan, type Principal } from '../../platform/permissions/index.js';
import { actorOf, caseService, staffMaySee } from '../workflow/index.js';
import { applicationRepository } from './repository.js';

/**
 * The application for a member of staff on its case (or a supervisor): the object-level
 * check of every staff route of this module. Anyone else gets 404, not a hint it exists.
 */
export function staffApplicationAccess(ctx: AppContext) {
  const cases = caseService(ctx);
  const repo = applicationRepository(ctx.db);
  return async (applicationNo: string, principal: Principal | null) => {
    assertCan(principal, 'workflow.work');
    const actor = await actorOf(ctx.db, principal);
    const found = await cases.load(ctx.db, applicationNo);
    const row = await repo.findByNo(applicationNo);
    if (!found || !row || !staffMaySee(found.process, found.state, actor)) throw notFound();
    return row;
  };
}
