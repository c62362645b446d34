import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, composeCalendar } from '../../platform/calendar/index.js';
import { FOSHAN_PROJECT_CATEGORIES } from './categories.js';
import type { CategoryConfig } from './category-directory.js';
import { type Clock, type FilingFacts, stageClock } from './filing-views.js';
import { governmentWorkingDays, type Interval } from './stage-clock.js';
import { statisticsOf } from './tracking.js';
import type { Stage } from './vocabulary.js';

const calendar = composeCalendar([]);

/** Day by day: the working days in (start, end] that no interval covers. */
function bruteForce(start: string, end: string, intervals: Interval[]): number {
  let n = 0;
  for (let d = addCalendarDays(start, 1); d <= end; d = addCalendarDays(d, 1))
    if (calendar.isWorkingDay(d) && !intervals.some((i) => i.from <= d && d <= (i.to ?? end))) n++;
  return n;
}

const day = (offset: number) => addCalendarDays('2025-09-01', offset);

describe('the stage clock without intermediary time', () => {
  it('counts the working days no intermediary service covers, whatever the intervals (property)', () => {
    const interval = fc
      .tuple(fc.integer({ min: -20, max: 120 }), fc.integer({ min: 0, max: 40 }), fc.boolean())
      .map(([from, length, open]): Interval => ({ from: day(from), to: open ? null : day(from + length) }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        fc.array(interval, { maxLength: 5 }),
        (start, length, intervals) => {
          const s = day(start);
          const e = day(start + length);
          const counted = governmentWorkingDays(calendar, s, e, intervals);
          expect(counted).toBe(bruteForce(s, e, intervals));
          // Leaving time out never adds any, and without intervals it is the calendar's count.
          expect(counted).toBeLessThanOrEqual(calendar.countWorkingDays(s, e));
          expect(governmentWorkingDays(calendar, s, e, [])).toBe(calendar.countWorkingDays(s, e));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes a drawing review out of the stage and pushes its deadline as far', () => {
    // 2025-09-01 (Mon) → 2025-09-26 (Fri): 19 working days; the review 09-08…09-12 takes 5 of them.
    const filing = { submittedOn: '2025-09-01', closedOn: '2025-09-26' };
    const without = stageClock(filing, [10, 15], [], calendar, '2025-11-01');
    const withReview = stageClock(
      filing,
      [10, 15],
      [{ startedOn: '2025-09-08', endedOn: '2025-09-12' }],
      calendar,
      '2025-11-01',
    );
    expect(without).toMatchObject({ workingDays: 19, limitDays: 15, late: true, deadline: '2025-09-22' });
    // Twenty working days after 09-01: the 20th is Sunday 09-28, a make-up working day (调休) in 2025.
    expect(withReview).toMatchObject({ workingDays: 14, limitDays: 15, late: false, deadline: '2025-09-28' });
  });
});

// Statistics over a set small enough to compute by hand.
const clock = (workingDays: number, late = false): Clock => ({
  workingDays,
  limitDays: 10,
  deadline: null,
  late,
  warning: late ? 'red' : 'none',
  startedOn: '2025-09-01',
  endedOn: null,
});
const department = { id: 'd-zj', code: 'FS-ZJ', name: '佛山市住房和城乡建设局' };
const filing = (
  projectId: string,
  stage: Stage,
  days: number,
  closed: boolean,
  matter?: { late: boolean; decided: boolean; orders?: { answered: boolean }[] },
): FilingFacts =>
  ({
    filing: { id: `${projectId}-${stage}`, projectId, stage, status: closed ? 'closed' : 'in_progress' },
    matters: matter
      ? [
          {
            department,
            clock: clock(3, matter.late),
            state: {
              status: matter.decided ? 'decided' : 'in_review',
              outcome: matter.decided ? 'approved' : null,
              supervisionOrders: (matter.orders ?? []).map((o) => ({ answer: o.answered ? {} : null })),
            },
          },
        ]
      : [],
    intermediaries: [],
    clock: clock(days),
  }) as unknown as FilingFacts;

const categories = FOSHAN_PROJECT_CATEGORIES.map(({ stages, ...c }, position) => ({
  ...c,
  position,
  stages: stages.map((s) => ({ stage: s.stage, leadDepartment: null, matterCodes: s.matters })),
})) as CategoryConfig[];

describe('statistics from the data', () => {
  it('counts projects, completions, averages against caps, late departments and supervision orders', () => {
    const all: Stage[] = [
      'land_planning',
      'engineering_permit',
      'construction_permit',
      'completion_acceptance',
    ];
    const facts = [
      ...all.map((s, i) => filing('p1', s, [3, 4, 5, 6][i]!, true)),
      ...all.map((s) => filing('p2', s, 6, true)),
      filing('p3', 'construction_permit', 2, false, {
        late: true,
        decided: false,
        orders: [{ answered: false }, { answered: true }],
      }),
    ];
    const projects = ['small', 'small', 'fit_out'].map((categoryCode, i) => ({
      id: `p${i + 1}`,
      categoryCode,
      projectCode: `2025-440604-47-03-00000${i + 1}`,
      name: `项目${i + 1}`,
      createdAt: `2025-0${i + 1}-01T00:00:00.000Z`,
    }));
    const stats = statisticsOf(projects, categories, facts, { locale: 'zh-CN', today: '2025-11-01' });
    expect(stats).toMatchObject({ projectsOnline: 3, projectsCompleted: 2, averageWorkingDays: 21 });
    const category = (code: string) => stats.byCategory.find((c) => c.code === code);
    expect(category('small')).toMatchObject({
      capWorkingDays: 20,
      projects: 2,
      completed: 2,
      averageWorkingDays: 21,
      overCap: 1,
    });
    expect(category('fit_out')).toMatchObject({
      projects: 1,
      completed: 0,
      averageWorkingDays: null,
      overCap: 0,
    });
    const stage = (s: Stage) => stats.byStage.find((x) => x.stage === s);
    expect(stage('land_planning')).toMatchObject({ filed: 2, closed: 2, averageWorkingDays: 4.5 });
    expect(stage('construction_permit')).toMatchObject({ filed: 3, closed: 2, averageWorkingDays: 5.5 });
    expect(stats.lateDepartments).toEqual([
      { department: { code: 'FS-ZJ', name: department.name }, lateMatters: 1, openMatters: 1 },
    ]);
    expect(stats.supervisionOrders).toEqual({ total: 2, open: 1 });
    expect(
      stats.recentProjects.map((p) => [p.id, p.workingDays, p.stagesClosed, p.completed, p.late]),
    ).toEqual([
      ['p3', 2, 0, false, false],
      ['p2', 24, 4, true, true],
      ['p1', 18, 4, true, false],
    ]);
  });
});
