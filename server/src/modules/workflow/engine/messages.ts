import type { MessageBundle } from '../../../platform/i18n/index.js';

/** Problem titles and field problems of the engine; the workflow module registers them. */
export const workflowEngineMessages: MessageBundle = {
  // Definition rules (answered as field problems).
  'workflow.definition.duplicate_id': {
    'zh-CN': '环节或并行组编号“{id}”重复',
    'en-US': 'The step or group id “{id}” is used twice',
  },
  'workflow.definition.unknown_step': {
    'zh-CN': '并行分支引用了不存在的环节“{id}”',
    'en-US': 'A parallel branch refers to a step “{id}” that does not exist',
  },
  'workflow.definition.unknown_node': {
    'zh-CN': '流转引用了不存在的环节或并行组“{id}”',
    'en-US': 'A transition refers to a step or group “{id}” that does not exist',
  },
  'workflow.definition.group_in_branch': {
    'zh-CN': '并行分支只能包含环节，不能嵌套并行组',
    'en-US': 'A parallel branch may contain steps only, not another group',
  },
  'workflow.definition.step_in_two_branches': {
    'zh-CN': '环节“{id}”同时出现在两个并行分支中',
    'en-US': 'The step “{id}” appears in two parallel branches',
  },
  'workflow.definition.return_needs_steps': {
    'zh-CN': '退回只能从环节退回到环节，不能指向并行组',
    'en-US': 'A return goes from a step to a step, never to or from a group',
  },
  'workflow.definition.branch_leaves_group': {
    'zh-CN': '并行分支内的环节不能流转到组外：各分支须在汇合处会合',
    'en-US': 'A step inside a parallel branch cannot lead out of its group: every branch must join',
  },
  'workflow.definition.branch_entered_directly': {
    'zh-CN': '不能直接流转到并行分支内的环节，须经由并行组进入',
    'en-US': 'A step inside a parallel branch can only be entered through its group',
  },
  'workflow.definition.several_next': {
    'zh-CN': '一个环节只能有一个下一环节；多个部门同时办理请使用并行组',
    'en-US': 'A step has one next step; use a parallel group for several departments at once',
  },
  'workflow.definition.no_start': {
    'zh-CN': '流程没有起始环节',
    'en-US': 'The process has no start step',
  },
  'workflow.definition.several_starts': {
    'zh-CN': '流程只能有一个起始环节，现有：{ids}',
    'en-US': 'The process must have exactly one start; it has: {ids}',
  },
  'workflow.definition.no_end': {
    'zh-CN': '流程没有结束环节（流转形成了循环）',
    'en-US': 'The process never ends (its transitions form a cycle)',
  },
  'workflow.definition.unreachable': {
    'zh-CN': '环节或并行组“{id}”无法到达',
    'en-US': 'The step or group “{id}” can never be reached',
  },
  'workflow.definition.start_kind': {
    'zh-CN': '起始环节须为受理或网上预审',
    'en-US': 'The start step must be intake or online pre-review',
  },
  'workflow.definition.intake_not_first': {
    'zh-CN': '受理和网上预审只能是起始环节',
    'en-US': 'Intake and pre-review can only be the start step',
  },
  'workflow.definition.decide_count': {
    'zh-CN': '流程须有且只有一个决定环节（现有 {count} 个）',
    'en-US': 'The process needs exactly one decision step (it has {count})',
  },
  'workflow.definition.decide_in_branch': {
    'zh-CN': '决定环节不能放在并行分支中',
    'en-US': 'The decision step cannot be inside a parallel branch',
  },
  'workflow.definition.before_decision': {
    'zh-CN': '送达和承诺核查环节须在决定环节之后',
    'en-US': 'Delivery and commitment verification must come after the decision',
  },
  'workflow.definition.return_to_start': {
    'zh-CN': '受理后不能退回到受理环节；请使用补正',
    'en-US': 'A case cannot return to intake once accepted; request a correction instead',
  },
  'workflow.definition.return_not_earlier': {
    'zh-CN': '只能退回到本分支或之前的环节',
    'en-US': 'A return may only go to an earlier step on the same branch or before it',
  },
  'workflow.definition.return_across_decision': {
    'zh-CN': '决定作出后不能退回到决定或之前的环节',
    'en-US': 'Once decided, a case cannot return to the decision or any step before it',
  },
  'workflow.definition.time_shares_exceed': {
    'zh-CN': '各环节时限占比合计 {total}，超过了承诺时限',
    'en-US': 'The steps’ shares of the limit add up to {total}, more than the whole limit',
  },

  // Refusals of an action.
  'workflow.stale_revision': {
    'zh-CN': '该办件已被他人处理，请刷新后再试',
    'en-US': 'Someone else acted on this case meanwhile; reload and try again',
  },
  'workflow.not_allowed': {
    'zh-CN': '您无权对该办件进行此操作',
    'en-US': 'You are not allowed to do this on this case',
  },
  'workflow.action_unavailable': {
    'zh-CN': '该办件当前状态下不能进行此操作',
    'en-US': 'This action is not possible in the case’s current state',
  },
  'workflow.task_not_found': {
    'zh-CN': '该办件中没有这项任务',
    'en-US': 'This case has no such task',
  },
  'workflow.shortfall_key_material': {
    'zh-CN': '“{material}”是关键材料，不能容缺受理',
    'en-US': '“{material}” is a key material: it cannot be missing at acceptance',
  },
  'workflow.due_date_past': {
    'zh-CN': '期限须晚于今天',
    'en-US': 'The due date must be after today',
  },
  'workflow.shortfall_outstanding': {
    'zh-CN': '容缺材料尚未补齐，暂不能作出准予决定',
    'en-US': 'The missing materials have not arrived: the case cannot be approved yet',
  },
  'workflow.denial_needs_basis': {
    'zh-CN': '不予许可须说明法律依据',
    'en-US': 'A denial must state its legal basis',
  },
  'workflow.tracking_number_required': {
    'zh-CN': '邮寄送达须填写快递单号',
    'en-US': 'Delivery by post needs a tracking number',
  },
  'workflow.return_target': {
    'zh-CN': '不能退回到该环节',
    'en-US': 'The case cannot be returned to that step',
  },
  'workflow.supervision_department': {
    'zh-CN': '部门“{department}”不参与该办件的办理',
    'en-US': 'The department “{department}” takes no part in this case',
  },
  'workflow.supervision_order_unknown': {
    'zh-CN': '没有待答复的该督办单',
    'en-US': 'There is no such supervision order awaiting an answer',
  },
};
