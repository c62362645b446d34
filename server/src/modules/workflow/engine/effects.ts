import type { ClockEntry, StatutoryClock } from '../clock/index.js';
import type { CommandType } from './commands.js';
import type { FlowPosition } from './flow.js';
import type {
  Delivery,
  InstanceState,
  InstanceStatus,
  Intake,
  Outcome,
  SupervisionOrder,
  Task,
} from './state.js';

/** One entry of the action log (OpenCRVS-style): who did what, when, at which revision. */
export interface ActionRecord {
  id: string;
  type: CommandType | 'create';
  revision: number;
  actorId: string;
  at: string;
  taskId: string | null;
  /** The command without its envelope (type, taskId, expectedRevision). */
  payload: Record<string, unknown>;
}

/** A domain event for the outbox, e.g. 'application.accepted'. */
export interface DomainEvent {
  name: string;
  payload: Record<string, unknown>;
}

export type TaskChanges = Partial<Pick<Task, 'status' | 'assigneeId' | 'closedAt' | 'result'>>;

/**
 * Everything a transition changes, in order. The state is the fold of its effects (see
 * `evolve`), and a repository writes them in one transaction: each kind maps to a row
 * insert or update (see the README's table sketch), `event.emitted` to the outbox.
 */
export type Effect =
  | { type: 'instance.created'; state: InstanceState }
  | { type: 'action.recorded'; action: ActionRecord }
  | { type: 'status.changed'; from: InstanceStatus; to: InstanceStatus; outcome: Outcome | null }
  | { type: 'flow.moved'; flow: FlowPosition }
  | { type: 'task.created'; task: Task }
  | { type: 'task.changed'; taskId: string; revision: number; changes: TaskChanges }
  | { type: 'intake.changed'; changes: Partial<Intake> }
  /** The clock as started (an empty ledger). */
  | { type: 'clock.started'; clock: StatutoryClock }
  /** One ledger entry (suspend, resume, extend, stop), as the clock module recorded it. */
  | { type: 'clock.recorded'; entry: ClockEntry }
  | { type: 'supervision.issued'; order: SupervisionOrder }
  | { type: 'supervision.answered'; orderId: string; answer: NonNullable<SupervisionOrder['answer']> }
  | { type: 'delivery.recorded'; delivery: Delivery }
  | { type: 'event.emitted'; event: DomainEvent };

/** Applies one effect. Never mutates `state`: callers (and the race tests) keep the old state. */
export function evolve(state: InstanceState, effect: Effect): InstanceState {
  switch (effect.type) {
    case 'instance.created':
      return effect.state;
    case 'action.recorded':
      return { ...state, revision: effect.action.revision, updatedAt: effect.action.at };
    case 'status.changed':
      return { ...state, status: effect.to, outcome: effect.outcome };
    case 'flow.moved':
      return { ...state, flow: effect.flow };
    case 'task.created':
      return { ...state, tasks: [...state.tasks, effect.task] };
    case 'task.changed':
      return {
        ...state,
        tasks: state.tasks.map((t) =>
          t.id === effect.taskId ? { ...t, ...effect.changes, revision: effect.revision } : t,
        ),
      };
    case 'intake.changed':
      return { ...state, intake: { ...state.intake, ...effect.changes } };
    case 'clock.started':
      return { ...state, clock: effect.clock };
    case 'clock.recorded':
      if (!state.clock) throw new Error('clock.recorded before clock.started');
      return { ...state, clock: { ...state.clock, entries: [...state.clock.entries, effect.entry] } };
    case 'supervision.issued':
      return { ...state, supervisionOrders: [...state.supervisionOrders, effect.order] };
    case 'supervision.answered':
      return {
        ...state,
        supervisionOrders: state.supervisionOrders.map((o) =>
          o.id === effect.orderId ? { ...o, answer: effect.answer } : o,
        ),
      };
    case 'delivery.recorded':
      return { ...state, delivery: effect.delivery };
    case 'event.emitted':
      return state;
  }
}

/** Rebuilds an instance from its full effect log (the first effect creates it). */
export function replay(effects: readonly Effect[]): InstanceState {
  const [first, ...rest] = effects;
  if (first?.type !== 'instance.created') throw new Error('an effect log starts with instance.created');
  return rest.reduce(evolve, first.state);
}
