import { type Actor, ANY_DEPARTMENT, type InstanceState, type Process } from './engine/index.js';

/**
 * Object-level authorisation for staff: supervisors see every case; others the cases a
 * step of which their department works (window clerks every case taken in at a window,
 * 一窗受理), or that they acted on themselves.
 */
export function staffMaySee(process: Process, state: InstanceState, actor: Actor): boolean {
  if (actor.roles.includes('supervisor')) return true;
  if (actor.departmentCode === null) return false;
  if (state.tasks.some((t) => t.assigneeId === actor.id)) return true;
  return process.definition.steps.some(
    (s) =>
      s.assignment.department === actor.departmentCode ||
      (s.assignment.department === ANY_DEPARTMENT && actor.roles.includes(s.assignment.role)),
  );
}
