import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDateOf } from '../../platform/calendar/index.js';
import { DEMO_ORGANIZATION } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { workingCalendar } from '../calendar/index.js';
import { badRating, evaluationFixture, goodRating } from './evaluation.fixture.js';

describe.each(databaseKinds())('好差评 by the applicant on %s', (kind) => {
  let t: TestApp;
  let zhangsan: string;
  let wangwu: string;
  let fixture: Awaited<ReturnType<typeof evaluationFixture>>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    fixture = await evaluationFixture(t);
    zhangsan = await login(t.app, '13800138001');
    wangwu = await login(t.app, '13800138003');
  });
  afterAll(() => t.close());

  const url = (no: string) => `/api/v1/applications/${no}/evaluation`;
  const evaluate = (cookie: string, no: string, payload: object) =>
    t.app.inject({ method: 'POST', url: url(no), headers: { cookie }, payload });
  const read = (cookie: string, no: string) => t.app.inject({ url: url(no), headers: { cookie } });
  const count = async (table: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const outbox = async (topic: string) =>
    (await t.ctx.db.selectFrom('outboxEvents').select('payload').where('topic', '=', topic).execute()).map(
      (e) => JSON.parse(e.payload),
    );

  it('waits until the service happened: decided, delivered, completed or refused', async () => {
    for (const status of ['submitted', 'accepted', 'in_review', 'withdrawn']) {
      const no = await fixture.application(zhangsan, status);
      expect((await read(zhangsan, no)).json()).toEqual({ evaluable: false, evaluation: null });
      const res = await evaluate(zhangsan, no, goodRating);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('evaluation.not_evaluable');
    }
    for (const status of ['decided', 'delivered', 'completed', 'refused']) {
      const no = await fixture.application(zhangsan, status);
      expect((await read(zhangsan, no)).json()).toEqual({ evaluable: true, evaluation: null });
    }
    expect(await count('evaluations')).toBe(0);
  });

  it("answers another person's application as missing, and refuses staff and the anonymous", async () => {
    const no = await fixture.application(zhangsan);
    expect((await read(wangwu, no)).statusCode).toBe(404);
    expect((await evaluate(wangwu, no, goodRating)).statusCode).toBe(404);
    const reviewer = await login(t.app, 'reviewer.zrzy', { staff: true });
    const staff = await evaluate(reviewer, no, goodRating);
    expect(staff.statusCode).toBe(403);
    expect(staff.json().code).toBe('evaluation.applicant_only');
    expect((await t.app.inject({ url: url(no) })).statusCode).toBe(401);
    expect(await count('evaluations')).toBe(0);
  });

  it('refuses an incomplete rating field by field, in the language asked for, and stores nothing', async () => {
    const no = await fixture.application(zhangsan);
    const fieldsOf = async (payload: object, lang = 'zh-CN') => {
      const res = await t.app.inject({
        method: 'POST',
        url: url(no),
        headers: { cookie: zhangsan, 'accept-language': lang },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res
        .json()
        .errors.map((e: { field: string; code: string; message: string }) => [e.field, e.code, e.message]);
    };
    expect(await fieldsOf({ ...badRating, reasons: [] })).toEqual([
      ['reasons', 'evaluation.reason_required', '差评请至少选择一项原因'],
    ]);
    expect(await fieldsOf({ ...goodRating, reasons: ['overdue'] }, 'en-US')).toEqual([
      [
        'reasons',
        'evaluation.reasons_only_when_bad',
        'Reasons are given only with “dissatisfied” or “very dissatisfied”',
      ],
    ]);
    expect((await fieldsOf({ ...badRating, reasons: ['other'], comment: undefined }))[0].slice(0, 2)).toEqual(
      ['comment', 'evaluation.comment_required_for_other'],
    );
    expect((await fieldsOf({ ...goodRating, level: 6 }))[0][0]).toBe('level');
    expect((await fieldsOf({ ...goodRating, scores: { ...goodRating.scores, attitude: 0 } }))[0][0]).toBe(
      'scores.attitude',
    );
    expect((await fieldsOf({ ...badRating, reasons: ['rude'] }))[0][0]).toBe('reasons.0');
    expect((await fieldsOf({ ...goodRating, channel: '12345' }))[0][0]).toBe('channel');
    expect(await count('evaluations')).toBe(0);
  });

  it('records one good rating with its indicators apart, its audit record and its event, once', async () => {
    const no = await fixture.application(zhangsan);
    const res = await evaluate(zhangsan, no, { ...goodRating, comment: '很快就办好了', channel: 'app' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      applicationNo: no,
      level: 5,
      rating: 'good',
      scores: { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, attitude: 5 },
      reasons: [],
      comment: '很快就办好了',
      channel: 'app',
      realName: true,
      followUp: null,
      rectification: null,
    });
    const evaluation = await t.ctx.db
      .selectFrom('evaluations')
      .selectAll()
      .where('applicationNo', '=', no)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(evaluation)).not.toContain('很快就办好了');
    expect(
      (
        await t.ctx.db
          .selectFrom('evaluationScores')
          .selectAll()
          .where('evaluationId', '=', evaluation.id)
          .execute()
      )
        .map((s) => [s.indicator, s.score])
        .sort(),
    ).toEqual([
      ['attitude', 5],
      ['convenience', 5],
      ['efficiency', 5],
      ['guideAccuracy', 4],
      ['overall', 5],
    ]);
    const audit = await t.ctx.db.selectFrom('auditRecords').selectAll().where('objectId', '=', no).execute();
    expect(audit.map((a) => a.action)).toContain('evaluation.record');
    expect((await outbox('evaluation.recorded')).find((e) => e.applicationNo === no)).toMatchObject({
      level: 5,
      rating: 'good',
      realName: true,
    });
    expect(await outbox('evaluation.bad_rating_opened')).toEqual([]);

    const again = await evaluate(zhangsan, no, goodRating);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('evaluation.already_evaluated');
    expect((await read(zhangsan, no)).json()).toMatchObject({ evaluable: false, evaluation: { level: 5 } });
  });

  it('keeps one evaluation when two are sent at the same moment', async () => {
    const no = await fixture.application(zhangsan);
    const answers = await Promise.all([
      evaluate(zhangsan, no, goodRating),
      evaluate(zhangsan, no, badRating),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const rows = await t.ctx.db
      .selectFrom('evaluations')
      .select('id')
      .where('applicationNo', '=', no)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('opens a rectification for the department when a real-name applicant rates badly, due in 5 working days', async () => {
    const no = await fixture.application(zhangsan, 'refused');
    const res = await evaluate(zhangsan, no, badRating);
    expect(res.statusCode).toBe(201);
    const calendar = await workingCalendar(t.ctx);
    const deadline = calendar.addWorkingDays(businessDateOf(new Date()), 5);
    expect(res.json()).toMatchObject({
      rating: 'bad',
      reasons: ['guide_inaccurate', 'multiple_visits'],
      rectification: { status: 'open', deadline },
    });
    const rectification = await t.ctx.db
      .selectFrom('rectifications')
      .selectAll()
      .where('applicationNo', '=', no)
      .executeTakeFirstOrThrow();
    expect(rectification).toMatchObject({ departmentId: fixture.departmentId, status: 'open', deadline });
    expect(calendar.countWorkingDays(businessDateOf(new Date()), deadline)).toBe(5);
    expect((await outbox('evaluation.bad_rating_opened')).find((e) => e.applicationNo === no)).toEqual({
      rectificationId: rectification.id,
      evaluationId: rectification.evaluationId,
      applicationNo: no,
      departmentId: fixture.departmentId,
      deadline,
    });
  });

  it('records a bad rating from an organisation’s own login without opening a rectification', async () => {
    const org = await login(t.app, DEMO_ORGANIZATION.creditCode);
    const no = await fixture.application(org);
    const res = await evaluate(org, no, badRating);
    expect(res.json()).toMatchObject({ rating: 'bad', realName: false, rectification: null });
    expect(
      await t.ctx.db.selectFrom('rectifications').select('id').where('applicationNo', '=', no).execute(),
    ).toEqual([]);
  });

  it('takes one 追评, and only after the evaluation', async () => {
    const no = await fixture.application(zhangsan);
    const followUp = (comment: string, cookie = zhangsan) =>
      t.app.inject({
        method: 'POST',
        url: `${url(no)}/follow-up`,
        headers: { cookie },
        payload: { comment },
      });
    expect((await followUp('还没评价')).json().code).toBe('evaluation.not_evaluated');
    await evaluate(zhangsan, no, goodRating);
    expect((await followUp('证书已收到', wangwu)).statusCode).toBe(404);
    const first = await followUp('证书已收到，谢谢');
    expect(first.statusCode).toBe(200);
    expect(first.json().followUp).toMatchObject({ comment: '证书已收到，谢谢' });
    const second = await followUp('再补充一句');
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('evaluation.follow_up_taken');
    expect((await read(zhangsan, no)).json().evaluation.followUp.comment).toBe('证书已收到，谢谢');
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select('action')
      .where('objectId', '=', no)
      .execute();
    expect(audit.map((a) => a.action).filter((a) => a === 'evaluation.follow_up')).toHaveLength(1);
    expect((await outbox('evaluation.followed_up')).filter((e) => e.applicationNo === no)).toHaveLength(1);
    const raw = await t.ctx.db
      .selectFrom('evaluations')
      .selectAll()
      .where('applicationNo', '=', no)
      .execute();
    expect(JSON.stringify(raw)).not.toContain('证书已收到');
  });
});
