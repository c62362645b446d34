import { ProblemError } from '../../../platform/errors/index.js';

// The engine's refusals are problem+json errors already, so routes let them through as
// they are. Each has its own class because callers react differently: a conflict means
// "reload and show the new state", the others mean "this was never going to work".

/** 409: the client acted on a revision that is no longer current (someone else acted first). */
export class WorkflowConflictError extends ProblemError {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(409, 'workflow.stale_revision', { params: { expected, actual } });
  }
}

/** 403: this actor may not take this action on this instance or task. */
export class WorkflowForbiddenError extends ProblemError {
  constructor(readonly action: string) {
    super(403, 'workflow.not_allowed', { params: { action } });
  }
}

/** 409: the action exists but not in the current status (e.g. withdrawing after the decision). */
export class ActionUnavailableError extends ProblemError {
  constructor(
    readonly action: string,
    readonly instanceStatus: string,
  ) {
    super(409, 'workflow.action_unavailable', { params: { action, status: instanceStatus } });
  }
}

/** 404: no such task in this instance. */
export class TaskNotFoundError extends ProblemError {
  constructor(readonly taskId: string) {
    super(404, 'workflow.task_not_found', { params: { taskId } });
  }
}

/** 422: the action is allowed but its content breaks a rule (e.g. a key material in a shortfall). */
export class WorkflowRuleError extends ProblemError {
  constructor(code: string, params: Record<string, unknown> = {}) {
    super(422, code, { params });
  }
}
