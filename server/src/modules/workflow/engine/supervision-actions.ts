import { emit, type InstanceActions, today } from './action-kit.js';
import { ANY_DEPARTMENT } from './definition.js';
import { WorkflowForbiddenError, WorkflowRuleError } from './errors.js';
import { isStaffOf } from './guards.js';
import { departmentsOf } from './process.js';
import type { Actor, InstanceState } from './state.js';

// 督办: a supervisor orders a department to act on a case; the department must answer.

const unansweredFor = (state: InstanceState, actor: Actor) =>
  state.supervisionOrders.filter((o) => o.answer === null && isStaffOf(o.department, actor));

export const supervisionActions: Pick<InstanceActions, 'issueSupervisionOrder' | 'answerSupervisionOrder'> = {
  issueSupervisionOrder: {
    who: ({ actor }) => actor.roles.includes('supervisor'),
    when: () => true,
    effects: ({ process, actor }, command, env) => {
      const departments = departmentsOf(process);
      if (!departments.has(command.department) && !departments.has(ANY_DEPARTMENT))
        throw new WorkflowRuleError('workflow.supervision_department', { department: command.department });
      if (command.dueOn <= today(env)) throw new WorkflowRuleError('workflow.due_date_past');
      const order = {
        id: env.newId(),
        department: command.department,
        text: command.text,
        dueOn: command.dueOn,
        issuedBy: actor.id,
        issuedAt: env.at,
        answer: null,
      };
      return [
        { type: 'supervision.issued', order },
        emit('supervision_order.issued', { orderId: order.id, department: order.department }),
      ];
    },
  },
  answerSupervisionOrder: {
    who: ({ state, actor }) => state.supervisionOrders.some((o) => isStaffOf(o.department, actor)),
    when: ({ state, actor }) => unansweredFor(state, actor).length > 0,
    choices: ({ state, actor }) => unansweredFor(state, actor).map((o) => o.id),
    effects: ({ state, actor }, command, env) => {
      const order = state.supervisionOrders.find((o) => o.id === command.orderId && o.answer === null);
      if (!order)
        throw new WorkflowRuleError('workflow.supervision_order_unknown', { orderId: command.orderId });
      if (!isStaffOf(order.department, actor)) throw new WorkflowForbiddenError('answerSupervisionOrder');
      return [
        {
          type: 'supervision.answered',
          orderId: order.id,
          answer: { text: command.answer, by: actor.id, at: env.at },
        },
        emit('supervision_order.answered', { orderId: order.id }),
      ];
    },
  },
};
