import type { Command } from '../../modules/workflow/index.js';

/**
 * What happened to a demo case, step by step. `day` counts working days after receipt;
 * `by` names who acted: the holder of an open task of that kind, the applicant, the
 * system (Art. 32), or the deciding department's reviewer (办结).
 */
export interface Step {
  day: number;
  by: 'task' | 'applicant' | 'system' | 'lead';
  /**
   * For 'task': the kind of open task whose holder acts — on every open task of the kind
   * for task commands (joint reviews), once for case commands (the lead department's).
   */
  kind?: 'pre_review' | 'intake' | 'review' | 'decide' | 'deliver';
  command: DistributiveOmit<Command, 'expectedRevision' | 'taskId'>;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface Script {
  name: string;
  channel: 'online' | 'window';
  /** Working days before today the application came in: [min, max]. */
  receivedDaysAgo: [number, number];
  steps: Step[];
}

const accept = (day: number, kind: 'pre_review' | 'intake' = 'pre_review'): Step => ({
  day,
  by: 'task',
  kind,
  command: { type: 'accept', note: '材料齐全，符合法定形式，予以受理' },
});
const review = (day: number): Step => ({
  day,
  by: 'task',
  kind: 'review',
  command: { type: 'review', verdict: 'agree', opinion: '经审查，申请材料真实完整，符合条件，同意' },
});
const approve = (day: number): Step => ({
  day,
  by: 'task',
  kind: 'decide',
  command: { type: 'decide', outcome: 'approve', opinion: '符合条件，准予办理' },
});
const deliver = (day: number): Step => ({
  day,
  by: 'task',
  kind: 'deliver',
  command: { type: 'deliver', channel: 'electronic' },
});

/** The mix of the 200 demo cases: every status, with overdue, suspended and shortfall work among them. */
export const SCRIPTS: { script: Script; count: number }[] = [
  {
    count: 24,
    script: { name: 'awaiting pre-review', channel: 'online', receivedDaysAgo: [0, 3], steps: [] },
  },
  {
    count: 12,
    script: {
      name: 'correction requested',
      channel: 'online',
      receivedDaysAgo: [2, 15],
      steps: [
        {
          day: 1,
          by: 'task',
          kind: 'pre_review',
          command: {
            type: 'requestCorrection',
            items: [
              { material: '居民身份证', problem: '身份证复印件不清晰，请上传原件彩色扫描件' },
              { material: null, problem: '申请表联系电话与实名信息不一致，请核对后重新填写' },
            ],
          },
        },
      ],
    },
  },
  {
    count: 8,
    script: {
      name: 'refused at intake',
      channel: 'online',
      receivedDaysAgo: [2, 30],
      steps: [
        {
          day: 1,
          by: 'task',
          kind: 'pre_review',
          command: { type: 'refuse', reason: '申请事项依法不属于本部门职权范围，请向户籍所在地主管部门申请' },
        },
      ],
    },
  },
  {
    count: 34,
    script: { name: 'in review', channel: 'online', receivedDaysAgo: [2, 25], steps: [accept(1)] },
  },
  {
    count: 6,
    script: {
      name: 'taken in at a window, awaiting intake',
      channel: 'window',
      receivedDaysAgo: [0, 2],
      steps: [],
    },
  },
  {
    count: 16,
    script: {
      name: 'taken in at a window, in review',
      channel: 'window',
      receivedDaysAgo: [1, 20],
      steps: [accept(0, 'intake')],
    },
  },
  {
    count: 10,
    script: {
      name: 'suspended for expert review',
      channel: 'online',
      receivedDaysAgo: [4, 20],
      steps: [
        accept(1),
        { day: 2, by: 'task', kind: 'review', command: { type: 'claim' } },
        {
          day: 2,
          by: 'task',
          kind: 'review',
          command: {
            type: 'suspendClock',
            reason: 'expert_review',
            text: '需组织专家评审，评审期间暂停计时',
          },
        },
      ],
    },
  },
  {
    count: 12,
    script: {
      name: 'accepted with a shortfall at a window',
      channel: 'window',
      receivedDaysAgo: [1, 12],
      steps: [
        {
          day: 0,
          by: 'task',
          kind: 'intake',
          command: {
            type: 'acceptWithShortfall',
            missing: [{ material: '户口簿复印件', key: false }],
            dueOn: '2099-12-31',
            commitmentRef: '容缺受理承诺书（窗口现场签署）',
          },
        },
      ],
    },
  },
  {
    count: 10,
    script: {
      name: 'deemed accepted (Art. 32)',
      channel: 'online',
      receivedDaysAgo: [8, 12],
      steps: [{ day: 6, by: 'system', command: { type: 'deemAccepted' } }],
    },
  },
  {
    count: 14,
    script: {
      name: 'approved',
      channel: 'online',
      receivedDaysAgo: [4, 20],
      steps: [accept(1), review(2), approve(3)],
    },
  },
  {
    count: 8,
    script: {
      name: 'denied',
      channel: 'online',
      receivedDaysAgo: [4, 30],
      steps: [
        accept(1),
        review(2),
        {
          day: 3,
          by: 'task',
          kind: 'decide',
          command: {
            type: 'decide',
            outcome: 'deny',
            opinion: '经审查，申请人不符合申领条件',
            legalBasis: '依据该事项办事指南所列设定依据的申请条件',
          },
        },
      ],
    },
  },
  {
    count: 20,
    script: {
      name: 'delivered',
      channel: 'online',
      receivedDaysAgo: [5, 35],
      steps: [accept(1), review(2), approve(3), deliver(4)],
    },
  },
  {
    count: 18,
    script: {
      name: 'completed',
      channel: 'online',
      receivedDaysAgo: [6, 40],
      steps: [
        accept(1),
        review(2),
        approve(3),
        deliver(4),
        { day: 5, by: 'lead', command: { type: 'complete' } },
      ],
    },
  },
  {
    count: 8,
    script: {
      name: 'withdrawn',
      channel: 'online',
      receivedDaysAgo: [2, 20],
      steps: [{ day: 1, by: 'applicant', command: { type: 'withdraw', reason: '个人原因，暂不办理' } }],
    },
  },
];
