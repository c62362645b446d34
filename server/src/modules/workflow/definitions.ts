import type { MatterGuide } from '../catalogue/index.js';
import { ANY_DEPARTMENT, type ProcessDefinition, type StepDefinition } from './engine/index.js';
import type { CaseChannel } from './tables.js';

/**
 * 并联审批: departments that review a matter alongside the deciding one. Each joins the
 * lead's review as a branch of one parallel group; the decision waits for all of them.
 */
export const JOINT_REVIEWS: Readonly<Record<string, readonly { department: string; name: string }[]>> = {
  // 二手房过户: 不动产登记 with 住建's 存量房网签备案核验 at the same time.
  '440600-ZRZY-0001': [{ department: 'FS-ZJ', name: '网签备案核验' }],
  // 一手房办证: 住建 checks the 商品房 sale's filing.
  '440600-ZRZY-0002': [{ department: 'FS-ZJ', name: '商品房备案核验' }],
  // 用地预审与选址: 发改's project filing is checked alongside.
  '440600-ZRZY-0101': [{ department: 'FS-FG', name: '项目立项核验' }],
  // 临时占用城市道路: 城市道路管理条例 Art. 31 wants the traffic police's consent as well.
  '440600-CG-0004': [{ department: 'FS-GA', name: '交通安全审查' }],
  // 施工许可: 自然资源's 工程规划 and 人防 review at once.
  '440600-ZJ-0201': [
    { department: 'FS-ZRZY', name: '规划条件核验' },
    { department: 'FS-RF', name: '人防审查' },
  ],
};

const INTAKE_DAYS = { workingDays: 5 } as const;

function step(
  id: string,
  kind: StepDefinition['kind'],
  name: string,
  department: string,
  role: StepDefinition['assignment']['role'],
  timeShare: StepDefinition['timeShare'],
): StepDefinition {
  return { id, kind, name, assignment: { department, role }, timeShare };
}

/**
 * The process a matter version runs when no administrator stored one: intake (online: the
 * department's 网上预审; at a window: any centre's clerk, 一窗受理), review — joint when
 * other departments take part — decision, delivery, and for 告知承诺 matters the later
 * verification of the commitment. Shares of the promised limit: review half, decision
 * three tenths, delivery a fifth.
 */
export function defaultDefinition(
  matterCode: string,
  guide: Pick<MatterGuide, 'department' | 'commitment'>,
  channel: CaseChannel,
): ProcessDefinition {
  const lead = guide.department;
  const joint = JOINT_REVIEWS[matterCode] ?? [];
  const start =
    channel === 'online'
      ? step('pre_review', 'pre_review', '网上预审', lead, 'reviewer', INTAKE_DAYS)
      : step('intake', 'intake', '窗口受理', ANY_DEPARTMENT, 'window_clerk', INTAKE_DAYS);
  const review = step('review', 'review', '审查', lead, 'reviewer', { fraction: 0.5 });
  const partners = joint.map((p, i) =>
    step(`joint_${i + 1}`, 'review', p.name, p.department, 'reviewer', { fraction: 0.5 }),
  );
  const steps = [
    start,
    review,
    ...partners,
    step('decide', 'decide', '决定', lead, 'approver', { fraction: 0.3 }),
    step('deliver', 'deliver', '送达', lead, 'reviewer', { fraction: 0.2 }),
    ...(guide.commitment
      ? [step('verify', 'verify_commitment', '承诺核查', lead, 'reviewer', { workingDays: 20 })]
      : []),
  ];
  const reviewNode = partners.length ? 'joint_review' : 'review';
  const next = (from: string, to: string) => ({ from, to, kind: 'next' as const });
  return {
    steps,
    parallelGroups: partners.length
      ? [{ id: 'joint_review', name: '并联审查', branches: [['review'], ...partners.map((p) => [p.id])] }]
      : [],
    transitions: [
      next(start.id, reviewNode),
      next(reviewNode, 'decide'),
      next('decide', 'deliver'),
      ...(guide.commitment ? [next('deliver', 'verify')] : []),
      // Without a group the decider may send the case back to the review.
      ...(partners.length ? [] : [{ from: 'decide', to: 'review', kind: 'return' as const }]),
    ],
  };
}
