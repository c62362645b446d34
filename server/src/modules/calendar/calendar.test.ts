import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, login, type TestApp } from '../../test-support/test-app.js';
import { workingCalendar } from './index.js';

// A made-up arrangement for 2027 (the real notice is not out yet): test data only.
const entry2027 = {
  notice: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
    { date: '2027-01-03', name: '元旦' },
    ...['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map(
      (date) => ({ date, name: '春节' }),
    ),
  ],
  workdays: ['2027-02-13', '2027-02-20'],
};

describe.each(databaseKinds())('the working-day calendar API on %s', (kind) => {
  let t: TestApp;
  let sysadmin: string;
  beforeAll(async () => {
    // Without the demo's provisional 2027: these tests are about entering it.
    t = await createTestApp(kind, {}, {}, { provisionalCalendar: false });
    sysadmin = await login(t.app, 'sysadmin', { staff: true });
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const put = (year: number, payload: object, cookie?: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendar/years/${year}`,
      payload,
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    });

  it('computes the deadline of the issue’s example over the National Day holidays', async () => {
    const res = await get('/api/v1/calendar/deadline?start=2025-09-26&workingDays=5');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      start: '2025-09-26',
      workingDays: 5,
      deadline: '2025-10-10',
      calendarDays: 14,
      basis: [{ year: 2025, source: 'package', notice: null }],
    });
    const zero = await get('/api/v1/calendar/deadline?start=2025-10-01&workingDays=0');
    expect(zero.json()).toMatchObject({ deadline: '2025-10-01', calendarDays: 0 });
    const makeUp = await get('/api/v1/calendar/deadline?start=2026-02-13&workingDays=2');
    expect(makeUp.json().deadline).toBe('2026-02-24');
  });

  it('counts working days between two dates', async () => {
    const res = await get('/api/v1/calendar/working-days?from=2025-09-26&to=2025-10-10');
    expect(res.json()).toMatchObject({
      from: '2025-09-26',
      to: '2025-10-10',
      workingDays: 5,
      calendarDays: 14,
    });
    const across = await get('/api/v1/calendar/working-days?from=2025-12-31&to=2026-01-05');
    expect(across.json()).toMatchObject({
      workingDays: 2,
      basis: [expect.objectContaining({ year: 2025 }), expect.objectContaining({ year: 2026 })],
    });
    const backwards = await get('/api/v1/calendar/working-days?from=2025-10-10&to=2025-09-26');
    expect(backwards.json()).toMatchObject({ workingDays: 0, calendarDays: 0, basis: [] });
  });

  it('refuses malformed input with field errors', async () => {
    const res = await get('/api/v1/calendar/deadline?start=2025-02-30&workingDays=-1');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = Object.fromEntries(
      (res.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
    );
    expect(fields).toMatchObject({ start: 'calendar.invalid_date', workingDays: 'validation.too_small' });
    const missing = await get('/api/v1/calendar/working-days?from=2025-01-01');
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ field: 'to', code: 'validation.required' }),
    ]);
  });

  it('answers a calculation needing an unknown year with a localised 422 naming the year', async () => {
    const zh = await get('/api/v1/calendar/deadline?start=2026-12-25&workingDays=10');
    expect(zh.statusCode).toBe(422);
    expect(zh.headers['content-type']).toContain('application/problem+json');
    expect(zh.json()).toMatchObject({
      status: 422,
      code: 'calendar.year_unknown',
      title: expect.stringContaining('2027 年的法定节假日'),
    });
    const en = await get('/api/v1/calendar/working-days?from=2003-12-01&to=2004-01-10', {
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(en.statusCode).toBe(422);
    expect(en.json().title).toContain('public holidays and make-up working days of 2003 are not known');
  });

  it('shows a year’s holidays with names, its make-up days and their source', async () => {
    const res = await get('/api/v1/calendar/years/2025');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2025, source: 'package', notice: null, updatedAt: null });
    expect(body.holidays).toHaveLength(28);
    expect(body.holidays[0]).toEqual({ date: '2025-01-01', name: '元旦' });
    expect(body.holidays).toContainEqual({ date: '2025-01-28', name: '春节' });
    expect(body.workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    const unknown = await get('/api/v1/calendar/years/2027');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('calendar.year_unknown');
    const list = await get('/api/v1/calendar/years');
    expect(list.json().items).toHaveLength(23);
  });

  it('lets only the system administrator enter a year', async () => {
    expect((await put(2027, entry2027)).statusCode).toBe(401);
    for (const user of ['clerk.city', 'secadmin', 'auditadmin']) {
      const cookie = await login(t.app, user, { staff: true });
      const res = await put(2027, entry2027, cookie);
      expect(res.statusCode, user).toBe(403);
      expect(res.json().code).toBe('error.forbidden');
    }
    expect((await get('/api/v1/calendar/years/2027')).statusCode).toBe(404);
  });

  it('refuses an inconsistent entry with field errors and stores nothing', async () => {
    const res = await put(
      2027,
      {
        ...entry2027,
        holidays: [...entry2027.holidays, { date: '2026-12-31', name: '元旦' }],
        workdays: ['2027-02-13', '2027-02-06', '2027-01-11'],
      },
      sysadmin,
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'holidays.10.date', code: 'calendar.date_outside_year', message: 'The date must be in 2027' },
      {
        field: 'workdays.1',
        code: 'calendar.holiday_and_workday',
        message: '2027-02-06 cannot be both a holiday and a make-up working day',
      },
      expect.objectContaining({ field: 'workdays.2', code: 'calendar.workday_not_weekend' }),
    ]);
    const empty = await put(2027, { ...entry2027, holidays: [] }, sysadmin);
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ field: 'holidays', code: 'validation.too_small' }),
    ]);
    expect((await get('/api/v1/calendar/years/2027')).statusCode).toBe(404);
  });

  it('computes in 2027 once the administrator enters it, in every process, with an audit record', async () => {
    // Another server process on the same database, which has already cached the calendar.
    const other = await t.sibling();
    try {
      const url = '/api/v1/calendar/deadline?start=2026-12-25&workingDays=10';
      expect((await other.app.inject({ url })).statusCode).toBe(422);

      const res = await put(2027, entry2027, sysadmin);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        year: 2027,
        source: 'administrator',
        notice: entry2027.notice,
        workdays: ['2027-02-13', '2027-02-20'],
        updatedBy: 'sysadmin',
      });

      // 12-28…12-31 (4), 01-04…01-08 (5), 01-11: the tenth working day.
      const here = await get(url);
      expect(here.json()).toMatchObject({
        deadline: '2027-01-11',
        basis: [
          { year: 2026, source: 'package', notice: null },
          { year: 2027, source: 'administrator', notice: entry2027.notice },
        ],
      });
      // Make-up Saturday counted, Spring Festival skipped.
      expect((await get('/api/v1/calendar/deadline?start=2027-02-05&workingDays=1')).json().deadline).toBe(
        '2027-02-13',
      );
      expect(
        (await get('/api/v1/calendar/working-days?from=2027-02-05&to=2027-02-20')).json().workingDays,
      ).toBe(7);

      // The other process notices the revision change within its one-second window.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await other.app.inject({ url })).json().deadline).toBe('2027-01-11');
    } finally {
      await other.close();
    }

    const auditadmin = await login(t.app, 'auditadmin', { staff: true });
    const log = await t.app.inject({
      url: '/api/v1/audit/records?action=calendar.',
      headers: { cookie: auditadmin },
    });
    expect(log.json().items).toEqual([
      expect.objectContaining({
        action: 'calendar.set_year',
        objectType: 'calendar_year',
        objectId: '2027',
        actorName: 'sysadmin',
        outcome: 'success',
      }),
    ]);
    const record = await t.ctx.db
      .selectFrom('auditRecords')
      .select('detail')
      .where('action', '=', 'calendar.set_year')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(record.detail)).toMatchObject({
      notice: entry2027.notice,
      replaced: null,
      workdays: ['2027-02-13', '2027-02-20'],
    });
  });

  it('lets a correction of a shipped year override the package, for other modules too', async () => {
    const corrected = {
      notice: '更正测试（测试数据）',
      holidays: [{ date: '2026-10-01', name: '国庆节' }],
      workdays: [],
    };
    const res = await put(2026, corrected, sysadmin);
    expect(res.json()).toMatchObject({
      source: 'administrator',
      holidays: [{ date: '2026-10-01', name: '国庆节' }],
    });
    // The module's public accessor, as another module would use it.
    const calendar = await workingCalendar(t.ctx);
    expect(calendar.isWorkingDay('2026-10-02')).toBe(true);
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-02');
    const record = await t.ctx.db
      .selectFrom('auditRecords')
      .select('detail')
      .where('action', '=', 'calendar.set_year')
      .where('objectId', '=', '2026')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(record.detail)).toMatchObject({ replaced: 'package' });

    // Entering it again replaces the whole year.
    const again = await put(
      2026,
      { ...corrected, holidays: [{ date: '2026-10-02', name: '国庆节' }] },
      sysadmin,
    );
    expect(again.json().holidays).toEqual([{ date: '2026-10-02', name: '国庆节' }]);
    expect((await workingCalendar(t.ctx)).isWorkingDay('2026-10-01')).toBe(true);
  });
});
