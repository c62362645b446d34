import { randomUUID } from 'node:crypto';
import { publishMatter, testGuide } from '../../test-support/matters.js';
import type { TestApp } from '../../test-support/test-app.js';

// By default a matter of 佛山市自然资源局, whose demo staff (reviewer.zrzy, approver.zrzy, head.zrzy) rectify.
const guide = testGuide({
  name: '测绘资质证书补办',
  department: 'FS-ZRZY',
  audiences: ['person', 'organization'],
  themes: ['real_estate'],
  form: [{ name: 'reason', label: '补办原因', kind: 'text', required: true }],
});

/** Publishes a matter of the department and answers a function that files an application and sets its status. */
export async function evaluationFixture(t: TestApp, departmentCode = 'FS-ZRZY') {
  const code = `440600-${departmentCode.slice(3)}-9901`;
  const versionId = await publishMatter(t, code, { ...guide, department: departmentCode });
  const department = await t.ctx.db
    .selectFrom('departments')
    .select('id')
    .where('code', '=', departmentCode)
    .executeTakeFirstOrThrow();

  /** Submits through the API, then stands in for the workflow by writing the status it would reach. */
  async function application(cookie: string, status = 'completed'): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie, 'idempotency-key': randomUUID() },
      payload: { matterCode: code, versionId, formData: { reason: '遗失' }, declaration: true },
    });
    if (res.statusCode !== 201) throw new Error(`submit failed: ${res.body}`);
    const { applicationNo } = res.json();
    await t.ctx.db
      .updateTable('applications')
      .set({ status })
      .where('applicationNo', '=', applicationNo)
      .execute();
    return applicationNo;
  }

  return { application, departmentId: department.id as string };
}

export const goodRating = {
  level: 5,
  scores: { efficiency: 5, guideAccuracy: 4, convenience: 5, attitude: 5 },
};
export const badRating = {
  level: 2,
  scores: { efficiency: 2, guideAccuracy: 1, convenience: 2, attitude: 3 },
  reasons: ['multiple_visits', 'guide_inaccurate'],
  comment: '跑了三次才办好，联系电话 13800138001',
};
