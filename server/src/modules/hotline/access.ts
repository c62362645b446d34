import { businessDateOf } from '../../platform/calendar/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { assertCan, can, type Principal } from '../../platform/permissions/index.js';
import { workingCalendar } from '../calendar/index.js';
import type { Actor, Clock } from './machine.js';
import { hotlineRepository } from './repository.js';
import { currentSettings } from './settings.js';

/** A principal as the machine's actor: the centre, a supervisor, and/or a unit's staff. */
export function actorOf(principal: Principal): Actor {
  return {
    centre: can(principal, 'hotline.dispatch'),
    supervisor: can(principal, 'hotline.supervise'),
    unitId: can(principal, 'hotline.handle') ? principal.departmentId : null,
  };
}

/** The unit whose orders the caller sees, or null for every order (centre, supervisors). */
export function ticketScope(principal: Principal | null): string | null {
  assertCan(principal, 'hotline.read');
  if (can(principal, 'hotline.read_all')) return null;
  // A unit's staff without a department see nothing: no department matches '-'.
  return principal.departmentId ?? '-';
}

/** An order the caller may see; one of another unit answers exactly like a missing one. */
export async function visibleTicket(db: AnyDb, principal: Principal | null, ticketNo: string) {
  const scope = ticketScope(principal);
  const repo = hotlineRepository(db);
  const row = await repo.findByNo(ticketNo);
  if (!row || (scope !== null && !(await repo.unitOn(row.id, scope)))) throw notFound();
  return row;
}

/** Now, on the working-day calendar, with the centre's settings: read before a transaction. */
export async function clockNow(ctx: { db: AnyDb }, at = new Date()): Promise<Clock> {
  const [calendar, settings] = await Promise.all([workingCalendar(ctx), currentSettings(ctx.db)]);
  return { at: at.toISOString(), today: businessDateOf(at), calendar, settings };
}
