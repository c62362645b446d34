import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { publishMatter, testGuide } from '../../test-support/matters.js';
import { login, type TestApp } from '../../test-support/test-app.js';

/** 食品经营许可（新办）as the seeded catalogue has it, cut to the fields its licence prints. */
export const FOOD_MATTER = '440600-SJ-0101';
const FOOD_GUIDE = testGuide({
  name: '食品经营许可（新办）',
  type: 'license',
  department: 'FS-SJ',
  audiences: ['organization', 'person'],
  form: [
    { name: 'orgName', label: '经营者名称', kind: 'text', required: true },
    { name: 'creditCode', label: '统一社会信用代码', kind: 'creditCode', required: true },
    { name: 'legalRepName', label: '法定代表人（负责人）姓名', kind: 'text', required: true },
    { name: 'premises', label: '经营场所', kind: 'address', required: true },
    {
      name: 'operatorType',
      label: '主体业态',
      kind: 'radio',
      required: true,
      options: ['食品销售经营者', '餐饮服务经营者', '单位食堂'],
    },
    {
      name: 'cateringItems',
      label: '餐饮服务经营项目',
      kind: 'checkboxes',
      options: ['热食类食品制售', '冷食类食品制售', '自制饮品制售'],
      visibleIf: { field: 'operatorType', equals: '餐饮服务经营者' },
      required: true,
    },
    { name: 'safetyManager', label: '食品安全管理人员', kind: 'text', required: true },
  ],
});

export const FOOD_ANSWERS = {
  orgName: '佛山市示例科技有限公司',
  creditCode: '91440604MA4W12345N',
  legalRepName: '李四',
  premises: { division: ['440600', '440604'], detail: '季华五路18号' },
  operatorType: '餐饮服务经营者',
  cateringItems: ['热食类食品制售', '自制饮品制售'],
  safetyManager: '王五',
};

interface CaseAction {
  type: string;
  expectedRevision: number;
  taskId?: string;
  choices?: string[];
}

/** The food-business matter published, and a way to drive its applications through approval. */
export async function foodLicensing(t: TestApp) {
  const versionId = await publishMatter(t, FOOD_MATTER, FOOD_GUIDE);
  const staff: Record<string, string> = {};
  for (const u of ['reviewer.sj', 'approver.sj']) staff[u] = await login(t.app, u, { staff: true });

  async function perform(no: string, who: string, type: string, extra: object) {
    const view = await t.app.inject({
      url: `/api/v1/workbench/cases/${no}`,
      headers: { cookie: staff[who]! },
    });
    const action = view.json().actions.find((a: CaseAction) => a.type === type) as CaseAction | undefined;
    if (!action) throw new Error(`${who} may not ${type} ${no} now`);
    const { choices: _choices, ...command } = action;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workbench/cases/${no}/commands`,
      headers: { cookie: staff[who]! },
      payload: { ...command, ...extra },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  /** Submits as the given applicant; answers the application number. */
  async function apply(cookie: string, formData: object = FOOD_ANSWERS): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie, 'idempotency-key': randomUUID() },
      payload: { matterCode: FOOD_MATTER, versionId, formData, declaration: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().applicationNo;
  }

  /** 网上预审, review and the decision to approve, by the market regulator's staff. */
  async function approve(no: string) {
    await perform(no, 'reviewer.sj', 'accept', { note: '材料齐全' });
    await perform(no, 'reviewer.sj', 'review', { verdict: 'agree', opinion: '符合条件' });
    await perform(no, 'approver.sj', 'decide', { outcome: 'approve', opinion: '准予许可' });
  }

  return { apply, approve, staff };
}
