import { ANY_DEPARTMENT, WORK_ROLES } from './definition.js';
import { type Actor, type InstanceState, isActive, type Task } from './state.js';

// Who may act. Pure predicates over the actor and the state; the permission matrix of
// routes (can this role call this endpoint at all) stays in the module's permissions.ts.

export function isSystem(actor: Actor): boolean {
  return actor.roles.includes('system');
}

export function isApplicant(state: InstanceState, actor: Actor): boolean {
  return !isSystem(actor) && actor.id === state.applicant.accountId;
}

/** '*' is 一窗受理: any staff department qualifies. */
function inDepartment(department: string, actor: Actor): boolean {
  return department === ANY_DEPARTMENT ? actor.departmentCode !== null : actor.departmentCode === department;
}

export function isStaffOf(department: string, actor: Actor): boolean {
  return (
    inDepartment(department, actor) && actor.roles.some((r) => (WORK_ROLES as readonly string[]).includes(r))
  );
}

export function isHeadOf(department: string, actor: Actor): boolean {
  return inDepartment(department, actor) && actor.roles.includes('dept_head');
}

/** May take the task from the pool: a named person only, otherwise the department's role holders. */
export function canTake(task: Task, actor: Actor): boolean {
  if (task.assigneeId !== null) return task.assigneeId === actor.id;
  return inDepartment(task.assignment.department, actor) && actor.roles.includes(task.assignment.role);
}

/** May work the task now: its claimant, or (while open) anyone who could claim it, which claims it implicitly. */
export function holds(task: Task, actor: Actor): boolean {
  if (task.status === 'claimed') return task.assigneeId === actor.id;
  return task.status === 'open' && canTake(task, actor);
}

/** Has a hand in the case now: a claimed task, or headship of a department with an open one. */
export function worksOn(state: InstanceState, actor: Actor): boolean {
  return state.tasks.some(
    (t) =>
      isActive(t) &&
      ((t.status === 'claimed' && t.assigneeId === actor.id) || isHeadOf(t.assignment.department, actor)),
  );
}
