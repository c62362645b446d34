import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { publishMatter, testGuide } from '../../test-support/matters.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { caseService, deemOverdueIntakes } from './index.js';
import { HOUSE_TRANSFER } from './workflow.fixture.js';

const { code, guide } = HOUSE_TRANSFER;

interface CaseAction {
  type: string;
  expectedRevision: number;
  taskId?: string;
  choices?: string[];
}

describe.each(databaseKinds())('the parallel-approval workflow on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let versionId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    versionId = await publishMatter(t, code, guide);
    cookies.zhangsan = await login(t.app, '13800138001');
    for (const u of [
      'reviewer.zrzy',
      'approver.zrzy',
      'reviewer.zj',
      'reviewer.sj',
      'supervisor',
      'head.zrzy',
    ])
      cookies[u] = await login(t.app, u, { staff: true });
  });
  afterAll(() => t.close());

  async function apply(): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: cookies.zhangsan!, 'idempotency-key': randomUUID() },
      payload: { matterCode: code, versionId, formData: { address: '禅城区季华五路1号' }, declaration: true },
    });
    expect(res.statusCode).toBe(201);
    return res.json().applicationNo;
  }
  const caseOf = (no: string, who: string) =>
    t.app.inject({ url: `/api/v1/workbench/cases/${no}`, headers: { cookie: cookies[who]! } });
  const actionOf = async (no: string, who: string, type: string): Promise<CaseAction> => {
    const view = (await caseOf(no, who)).json();
    const action = view.actions.find((a: CaseAction) => a.type === type);
    if (!action)
      throw new Error(`${who} may not ${type} now: ${view.actions.map((a: CaseAction) => a.type)}`);
    return action;
  };
  const act = (no: string, who: string, body: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/workbench/cases/${no}/commands`,
      headers: { cookie: cookies[who]! },
      payload: body,
    });
  const perform = async (no: string, who: string, type: string, extra: object = {}) => {
    const { choices: _choices, ...action } = await actionOf(no, who, type);
    const res = await act(no, who, { ...action, ...extra });
    expect(res.statusCode, res.body).toBe(200);
    // The answer is the case as it now stands, as a fresh read shows it.
    expect(res.json()).toEqual((await caseOf(no, who)).json());
    return res.json();
  };
  const applicantView = async (no: string) =>
    (
      await t.app.inject({ url: `/api/v1/applications/${no}`, headers: { cookie: cookies.zhangsan! } })
    ).json();

  it('runs pre-review, two departments in parallel, the decision and delivery; the applicant follows every step', async () => {
    const no = await apply();
    const pool = (
      await t.app.inject({
        url: '/api/v1/workbench/tasks?scope=pool',
        headers: { cookie: cookies['reviewer.zrzy']! },
      })
    ).json();
    expect(pool.items.find((i: { applicationNo: string }) => i.applicationNo === no)).toMatchObject({
      stepName: '网上预审',
      kind: 'pre_review',
    });

    const accepted = await perform(no, 'reviewer.zrzy', 'accept', { note: '材料齐全' });
    expect(accepted.status).toBe('accepted');
    expect(accepted.clock.promised.budgetDays).toBe(5);
    const open = accepted.tasks.filter((x: { status: string }) => x.status === 'open');
    expect(open.map((x: { department: string }) => x.department).sort()).toEqual(['FS-ZJ', 'FS-ZRZY']);

    // 住建 reviews first; the join still waits for 自然资源.
    await perform(no, 'reviewer.zj', 'review', { verdict: 'agree', opinion: '网签备案信息一致' });
    await expect(actionOf(no, 'approver.zrzy', 'decide')).rejects.toThrow();
    await perform(no, 'reviewer.zrzy', 'review', { verdict: 'agree', opinion: '权属清楚，同意登记' });

    const decided = await perform(no, 'approver.zrzy', 'decide', { outcome: 'approve', opinion: '准予登记' });
    expect(decided).toMatchObject({ status: 'decided', outcome: 'approved' });
    expect(decided.clock.stopped).toBe(true);
    await perform(no, 'reviewer.zrzy', 'deliver', { channel: 'electronic' });

    const mine = await applicantView(no);
    expect(mine.status).toBe('delivered');
    expect(mine.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submitted',
      'accepted',
      'approved',
      'delivered',
    ]);
    // The written notices, each a PDF with its verification code; the applicant is told on their channels.
    const notices = (
      await t.app.inject({
        url: `/api/v1/applications/${no}/notices`,
        headers: { cookie: cookies.zhangsan! },
      })
    ).json();
    // 不动产登记 is a 行政确认: its result notice is not a licensing decision.
    expect(notices.map((n: { kind: string }) => n.kind)).toEqual(['receipt', 'acceptance', 'result']);
    expect(notices[1].documentNo).toMatch(/受字〔\d{4}〕\d+号$/);
    const pdf = await t.app.inject({
      url: `/api/v1/applications/${no}/notices/${notices[1].id}`,
      headers: { cookie: cookies.zhangsan! },
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Another applicant cannot fetch it.
    const wangwu = await login(t.app, '13800138003');
    const theirs = await t.app.inject({
      url: `/api/v1/applications/${no}/notices/${notices[1].id}`,
      headers: { cookie: wangwu },
    });
    expect(theirs.statusCode).toBe(404);
    const verify = (await t.app.inject({ url: `/api/v1/notices/verify/${notices[1].verifyCode}` })).json();
    expect(verify).toMatchObject({ applicationNo: no, kind: 'acceptance' });
    const requested = await t.ctx.db
      .selectFrom('outboxEvents')
      .select('payload')
      .where('topic', '=', 'notification.requested')
      // Row ids are UUIDv7, in the order written: without it PostgreSQL answers in any order.
      .orderBy('id')
      .execute();
    const kinds = requested
      .map((r) => JSON.parse(r.payload))
      .filter((p) => p.params.applicationNo === no)
      .map((p) => p.kind);
    expect(kinds).toEqual([
      'application.submitted',
      'application.accepted',
      'application.decided',
      'application.delivered',
    ]);
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select('action')
      .where('objectId', '=', no)
      .where('action', 'not like', 'notice.%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'application.submit',
      'workflow.accept',
      'workflow.review',
      'workflow.review',
      'workflow.decide',
      'workflow.deliver',
    ]);
  });

  it('lets exactly one of two staff acting on the same task at once succeed', async () => {
    const no = await apply();
    const accept = await actionOf(no, 'reviewer.zrzy', 'accept');
    const { choices: _c, ...body } = accept;
    const results = await Promise.all([act(no, 'reviewer.zrzy', body), act(no, 'reviewer.zrzy', body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const tasks = (await caseOf(no, 'reviewer.zrzy')).json().tasks;
    expect(tasks.filter((x: { kind: string }) => x.kind === 'pre_review')).toHaveLength(1);
  });

  it('asks for correction with every item at once and takes the resubmission back to pre-review', async () => {
    const no = await apply();
    const res = await perform(no, 'reviewer.zrzy', 'requestCorrection', {
      items: [
        { material: '不动产权证书', problem: '复印件不清晰' },
        { material: null, problem: '房屋坐落与权属证书不一致' },
      ],
    });
    expect(res.status).toBe('correction_requested');
    expect((await applicantView(no)).status).toBe('correction_requested');
  });

  it('hides a case from staff of departments that take no part, and refuses the public', async () => {
    const no = await apply();
    expect((await caseOf(no, 'reviewer.sj')).statusCode).toBe(404);
    // A command as well, though it is what the department that may act would send: the same
    // answer as for a missing case, and the case stays as it was.
    const before = (await caseOf(no, 'reviewer.zrzy')).json();
    const { choices: _choices, ...accept } = await actionOf(no, 'reviewer.zrzy', 'accept');
    const hidden = await act(no, 'reviewer.sj', accept);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().type).toBe((await caseOf(no, 'reviewer.sj')).json().type);
    expect((await caseOf(no, 'reviewer.zrzy')).json()).toEqual(before);
    const file = (who: string) =>
      t.app.inject({ url: `/api/v1/workbench/applications/${no}`, headers: { cookie: cookies[who]! } });
    expect((await file('reviewer.sj')).statusCode).toBe(404);
    expect((await file('reviewer.zrzy')).json()).toMatchObject({
      applicant: { name: '张三', idNumber: '4406**********123X' },
      formData: { address: '禅城区季华五路1号' },
    });
    const reads = await t.ctx.db
      .selectFrom('auditRecords')
      .select(['action', 'actorLabel'])
      .where('objectId', '=', no)
      .where('action', '=', 'application.read')
      .execute();
    expect(reads).toEqual([{ action: 'application.read', actorLabel: 'reviewer.zrzy' }]);
    expect(
      (await t.app.inject({ url: `/api/v1/workbench/cases/${no}`, headers: { cookie: cookies.zhangsan! } }))
        .statusCode,
    ).toBe(403);
    const bad = await act(no, 'reviewer.zrzy', { type: 'refuse', taskId: 'x', expectedRevision: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('reason');
  });

  it('shows supervisors the overdue cases and lets them issue an order the department answers', async () => {
    const no = await apply();
    await perform(no, 'reviewer.zrzy', 'accept');
    // The case was accepted 30 working days ago: far beyond its 5-day promise.
    await t.ctx.db
      .updateTable('workflowInstances')
      .set({ promisedDueOn: '2020-01-02', warnFrom: '2020-01-01' })
      .where('applicationNo', '=', no)
      .execute();
    const red = (
      await t.app.inject({
        url: '/api/v1/supervision/cases?warning=red',
        headers: { cookie: cookies.supervisor! },
      })
    ).json();
    expect(red.items.map((i: { applicationNo: string }) => i.applicationNo)).toContain(no);
    const otherDept = (
      await t.app.inject({
        url: '/api/v1/supervision/cases?warning=red',
        headers: { cookie: cookies['reviewer.zrzy']! },
      })
    ).statusCode;
    expect(otherDept).toBe(403);

    const ordered = await perform(no, 'supervisor', 'issueSupervisionOrder', {
      department: 'FS-ZRZY',
      text: '该件已超承诺时限，请于3个工作日内办结并说明原因',
      dueOn: '2099-12-31',
    });
    expect(ordered.supervisionOrders).toHaveLength(1);
    const answered = await perform(no, 'head.zrzy', 'answerSupervisionOrder', {
      orderId: ordered.supervisionOrders[0].id,
      answer: '已安排专人加快办理，预计明日办结',
    });
    expect(answered.supervisionOrders[0].answer.text).toBe('已安排专人加快办理，预计明日办结');
  });

  it('accepts an application as the law does when no intake notice came within five working days (Art. 32)', async () => {
    const no = await apply();
    const cases = caseService(t.ctx);
    expect(await deemOverdueIntakes(t.ctx, cases)).not.toContain(no);
    const later = new Date(Date.now() + 20 * 86_400_000);
    expect(await deemOverdueIntakes(t.ctx, cases, later)).toContain(no);
    const view = (await caseOf(no, 'reviewer.zrzy')).json();
    expect(view).toMatchObject({ status: 'accepted', intake: { acceptance: 'deemed' } });
    // Accepted on the day of receipt: the clock starts then, not on the day the job ran.
    expect(view.clock.startDate).toBe(view.intake.receivedOn);
    // A second run (another process) finds nothing to do.
    expect(await deemOverdueIntakes(t.ctx, cases, later)).not.toContain(no);
  });

  it('takes in a walk-in at any window, accepts it with a shortfall, and lets the decision wait for the material', async () => {
    cookies['clerk.nanhai'] = await login(t.app, 'clerk.nanhai', { staff: true });
    cookies['clerk.chancheng'] = await login(t.app, 'clerk.chancheng', { staff: true });
    // 通办: 陈小明 will collect the result at 南海's centre, whoever decides.
    const nanhai = await t.ctx.db
      .selectFrom('serviceCenters')
      .select('id')
      .where('name', '=', '南海区行政服务中心')
      .executeTakeFirstOrThrow();
    const takeIn = (cookie: string, key: string, collectAt = nanhai.id) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/window/applications',
        headers: { cookie, 'idempotency-key': key },
        payload: {
          matterCode: code,
          versionId,
          formData: { address: '南海区桂城街道南海大道1号' },
          applicant: { name: '陈小明', idNumber: '440607198811114024', mobile: '13900139001' },
          collectAt,
        },
      });
    const persons = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('persons')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await persons();
    const unknownCentre = await takeIn(cookies['clerk.nanhai']!, randomUUID(), randomUUID());
    expect(unknownCentre.json().errors).toMatchObject([{ field: 'collectAt' }]);
    const noAnswers = await t.app.inject({
      method: 'POST',
      url: '/api/v1/window/applications',
      headers: { cookie: cookies['clerk.nanhai']!, 'idempotency-key': randomUUID() },
      payload: {
        matterCode: code,
        versionId,
        formData: {},
        applicant: { name: '陈小明', idNumber: '440607198811114024' },
      },
    });
    expect(noAnswers.json().errors).toMatchObject([{ field: 'formData.address' }]);
    const strangeFile = await t.app.inject({
      method: 'POST',
      url: '/api/v1/window/applications',
      headers: { cookie: cookies['clerk.nanhai']!, 'idempotency-key': randomUUID() },
      payload: {
        matterCode: code,
        versionId,
        formData: { address: '南海区桂城街道南海大道1号' },
        materials: [{ materialId: 'not-a-material', fileIds: [randomUUID()] }],
        applicant: { name: '陈小明', idNumber: '440607198811114024' },
      },
    });
    expect(strangeFile.json().errors).toMatchObject([{ field: 'materials.not-a-material' }]);
    // Bad input changed nothing: 陈小明 has no account yet.
    expect(await persons()).toBe(before);
    expect((await takeIn(cookies.zhangsan!, randomUUID())).statusCode).toBe(403);
    const key = randomUUID();
    const first = await takeIn(cookies['clerk.nanhai']!, key);
    expect(first.statusCode, first.body).toBe(201);
    expect((await takeIn(cookies['clerk.nanhai']!, key)).json().applicationNo).toBe(
      first.json().applicationNo,
    );
    const no = first.json().applicationNo;
    expect(first.json().status).toBe('submitted');
    const file = await t.app.inject({
      url: `/api/v1/workbench/applications/${no}`,
      headers: { cookie: cookies['clerk.nanhai']! },
    });
    expect(file.json().collectAt).toBe('南海区行政服务中心');
    const account = await t.ctx.db
      .selectFrom('accounts as a')
      .innerJoin('persons as p', 'p.accountId', 'a.id')
      .select(['a.trustLevel', 'a.status'])
      .where('p.name', '=', '陈小明')
      .executeTakeFirstOrThrow();
    expect(account).toEqual({ trustLevel: 4, status: 'unclaimed' });

    // 一窗受理: a clerk at another district's centre takes the intake decision.
    const accepted = await perform(no, 'clerk.chancheng', 'acceptWithShortfall', {
      missing: [{ material: '房屋测绘报告', key: false }],
      dueOn: '2099-12-31',
      commitmentRef: '容缺承诺书（现场签署）',
    });
    expect(accepted).toMatchObject({ status: 'accepted', intake: { acceptance: 'shortfall' } });
    const keyMissing = await act(no, 'clerk.chancheng', {
      type: 'acceptWithShortfall',
      taskId: accepted.tasks[0].id,
      expectedRevision: accepted.tasks[0].revision,
      missing: [{ material: '身份证明', key: true }],
      dueOn: '2099-12-31',
      commitmentRef: 'x',
    });
    expect(keyMissing.statusCode).toBe(409);

    await perform(no, 'reviewer.zj', 'review', { verdict: 'agree', opinion: '网签备案信息一致' });
    await perform(no, 'reviewer.zrzy', 'review', { verdict: 'agree', opinion: '同意，待补齐测绘报告后决定' });
    // The back office may review, but not approve until the missing material arrives.
    const early = await actionOf(no, 'approver.zrzy', 'decide');
    expect(early.choices).not.toContain('approve');
    const { choices: _c, ...earlyBody } = early;
    const refused = await act(no, 'approver.zrzy', { ...earlyBody, outcome: 'approve', opinion: '准予登记' });
    expect(refused.json().code).toBe('workflow.shortfall_outstanding');
    await perform(no, 'clerk.nanhai', 'supplyShortfall', { note: '申请人已到南海区中心补交测绘报告' });
    const decided = await perform(no, 'approver.zrzy', 'decide', { outcome: 'approve', opinion: '准予登记' });
    expect(decided.status).toBe('decided');
    // 通办: taken in at 南海, decided by the city, collected where the applicant chose.
    const delivered = await perform(no, 'reviewer.zrzy', 'deliver', {
      channel: 'window',
      place: '南海区行政服务中心',
    });
    expect(delivered.delivery).toMatchObject({ channel: 'window', place: '南海区行政服务中心' });
  });

  it('moves stored deadlines when an administrator corrects a year of the calendar', async () => {
    const no = await apply();
    await perform(no, 'reviewer.zrzy', 'accept');
    const due = async () =>
      (
        await t.ctx.db
          .selectFrom('workflowInstances')
          .select('promisedDueOn')
          .where('applicationNo', '=', no)
          .executeTakeFirstOrThrow()
      ).promisedDueOn!;
    const before = await due();
    const admin = await login(t.app, 'sysadmin', { staff: true });
    const year = Number(before.slice(0, 4));
    const current = (await t.app.inject({ url: `/api/v1/calendar/years/${year}` })).json();
    // A day off declared on the working day just before the deadline pushes it back by one.
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendar/years/${year}`,
      headers: { cookie: admin },
      payload: {
        notice: '测试：临时增加一天假期',
        holidays: [...current.holidays, { date: before, name: '临时假期' }],
        workdays: current.workdays,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    await t.ctx.outbox.drain();
    const after = await due();
    expect(after > before).toBe(true);
    const view = (await caseOf(no, 'reviewer.zrzy')).json();
    expect(view.clock.promised.deadline).toBe(after);
  });

  it('does not offer a shortfall acceptance to an applicant on the credit blacklist', async () => {
    cookies['clerk.city'] = await login(t.app, 'clerk.city', { staff: true });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/window/applications',
      headers: { cookie: cookies['clerk.city']!, 'idempotency-key': randomUUID() },
      payload: {
        matterCode: code,
        versionId,
        formData: { address: '顺德区大良街道德和路1号' },
        applicant: { name: '黄丽', idNumber: '440608199507085039' },
      },
    });
    const no = res.json().applicationNo;
    const view = (await caseOf(no, 'clerk.city')).json();
    const offered = view.actions.map((a: CaseAction) => a.type);
    expect(offered).toContain('accept');
    expect(offered).not.toContain('acceptWithShortfall');
    const task = view.tasks[0];
    const tried = await act(no, 'clerk.city', {
      type: 'acceptWithShortfall',
      taskId: task.id,
      expectedRevision: task.revision,
      missing: [{ material: '房屋测绘报告', key: false }],
      dueOn: '2099-12-31',
      commitmentRef: '容缺承诺书',
    });
    expect(tried.statusCode).toBe(409);
  });

  it('answers a licence with a 准予行政许可决定书 citing the Licensing Law', async () => {
    const licence = '440600-ZRZY-9002';
    const licenceVersion = await publishMatter(
      t,
      licence,
      testGuide({ ...guide, name: '测绘作业证核发', type: 'license', form: guide.form }),
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: cookies.zhangsan!, 'idempotency-key': randomUUID() },
      payload: {
        matterCode: licence,
        versionId: licenceVersion,
        formData: { address: '禅城区' },
        declaration: true,
      },
    });
    const no = res.json().applicationNo;
    await perform(no, 'reviewer.zrzy', 'accept');
    await perform(no, 'reviewer.zrzy', 'review', { verdict: 'agree', opinion: '符合条件' });
    await perform(no, 'approver.zrzy', 'decide', { outcome: 'approve', opinion: '准予许可' });
    const notices = (
      await t.app.inject({
        url: `/api/v1/applications/${no}/notices`,
        headers: { cookie: cookies.zhangsan! },
      })
    ).json();
    expect(notices.at(-1)).toMatchObject({ kind: 'approval', title: '准予行政许可决定书' });
  });

  it("lets an administrator set a published version's process before its first use, and never after", async () => {
    const matter = '440600-ZRZY-9003';
    const version = await publishMatter(
      t,
      matter,
      testGuide({ ...guide, name: '临时用地审批', type: 'license' }),
    );
    const admin = await login(t.app, 'sysadmin', { staff: true });
    const url = `/api/v1/admin/matters/${matter}/process?channel=online`;
    expect((await t.app.inject({ url, headers: { cookie: cookies['reviewer.zrzy']! } })).statusCode).toBe(
      403,
    );
    const generated = (await t.app.inject({ url, headers: { cookie: admin } })).json();
    expect(generated).toMatchObject({ matterVersionId: version, stored: false });
    // 市场监管 reviews alongside 自然资源 (并联), then 自然资源 decides.
    const definition = structuredClone(generated.definition);
    definition.steps.splice(2, 0, {
      id: 'joint_sj',
      kind: 'review',
      name: '市场监管审查',
      assignment: { department: 'FS-SJ', role: 'reviewer' },
      timeShare: { fraction: 0.5 },
    });
    definition.parallelGroups = [{ id: 'joint', name: '并联审查', branches: [['review'], ['joint_sj']] }];
    definition.transitions = [
      { from: 'pre_review', to: 'joint', kind: 'next' },
      { from: 'joint', to: 'decide', kind: 'next' },
      { from: 'decide', to: 'deliver', kind: 'next' },
    ];
    const put = (body: object) =>
      t.app.inject({ method: 'PUT', url, headers: { cookie: admin }, payload: body });
    const wrong = structuredClone(definition);
    wrong.steps[2].assignment.department = 'FS-XX';
    expect((await put(wrong)).json().errors).toMatchObject([{ field: 'steps.2.assignment.department' }]);
    expect((await put({ ...definition, transitions: [] })).statusCode).toBe(400);
    expect((await put(definition)).json()).toMatchObject({ stored: true });

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: cookies.zhangsan!, 'idempotency-key': randomUUID() },
      payload: { matterCode: matter, versionId: version, formData: { address: '禅城区' }, declaration: true },
    });
    const no = res.json().applicationNo;
    const accepted = await perform(no, 'reviewer.zrzy', 'accept');
    const open = accepted.tasks.filter((x: { status: string }) => x.status === 'open');
    expect(open.map((x: { department: string }) => x.department).sort()).toEqual(['FS-SJ', 'FS-ZRZY']);
    expect((await put(definition)).json().code).toBe('workflow.definition_in_use');
  });
});
