import { openSuspensionOf } from '../clock/index.js';
import { emit, type InstanceActions, type InstanceContext, recordClock, today } from './action-kit.js';
import { isHeadOf, worksOn } from './guards.js';
import { leadDepartment } from './process.js';

// The clock's ledger entries (暂停计时 / 特别程序, 延期), recorded by the clock module's
// rules. The statuses that allow them are accepted and in_review (status-actions.ts): the
// clock runs from acceptance to the decision.

const suspended = ({ state }: InstanceContext) =>
  state.clock !== null && openSuspensionOf(state.clock) !== null;

export const clockActions: Pick<InstanceActions, 'suspendClock' | 'resumeClock' | 'extendClock'> = {
  suspendClock: {
    who: ({ state, actor }) => worksOn(state, actor),
    when: (ctx) => !suspended(ctx),
    effects: ({ state }, command, env) => [
      ...recordClock(state, {
        type: 'suspend',
        date: today(env),
        reason: command.reason,
        text: command.text,
      }),
      emit('application.clock_suspended', { reason: command.reason }),
    ],
  },
  resumeClock: {
    who: ({ state, actor }) => worksOn(state, actor),
    when: suspended,
    effects: ({ state }, command, env) => [
      ...recordClock(state, { type: 'resume', date: today(env), note: command.note }),
      emit('application.clock_resumed'),
    ],
  },
  extendClock: {
    // 延期 needs a head's approval: the head of the deciding department records it.
    who: ({ process, actor }) => isHeadOf(leadDepartment(process), actor),
    when: () => true,
    effects: ({ state, actor }, command, env) => [
      ...recordClock(state, {
        type: 'extend',
        date: today(env),
        workingDays: command.workingDays,
        approvedBy: actor.id,
        reason: command.reason,
      }),
      emit('application.clock_extended', { workingDays: command.workingDays }),
    ],
  },
};
