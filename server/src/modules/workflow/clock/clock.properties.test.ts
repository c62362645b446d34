import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeCalendar, dayNumber, formatDay } from '../../../platform/calendar/index.js';
import {
  applyEntry,
  type ClockEntry,
  type ClockProjection,
  createClock,
  partClock,
  projectClock,
  recordEntry,
  replayClock,
  type StatutoryClock,
  SUSPENSION_REASONS,
  stopOf,
  WARNING_SEVERITY,
} from './index.js';

// Calendar data is known for 2004–2026: starts are drawn from 2024–2025 and every ledger
// stays short enough that each deadline falls in 2026 at the latest.
const calendar = composeCalendar([]);
const FIRST_START = dayNumber('2024-01-01');
const LAST_START = dayNumber('2025-12-31');

const day = (n: number) => formatDay(n);
const startArb = fc.integer({ min: FIRST_START, max: LAST_START }).map(day);
const limitsArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }))
  .map(([a, b]) => ({ legal: Math.max(a, b), promised: Math.min(a, b) }));

function started(startDate: string, legal: number, promised = legal): StatutoryClock {
  const result = createClock({ startDate, legalLimitDays: legal, promisedLimitDays: promised });
  if (!result.ok) throw new Error(result.problem.code);
  return result.clock;
}

const stepArb = fc.record({
  gap: fc.integer({ min: 0, max: 15 }),
  op: fc.constantFrom('toggle', 'toggle', 'extend'),
  workingDays: fc.integer({ min: 1, max: 8 }),
  reason: fc.constantFrom(...SUSPENSION_REASONS),
});

/**
 * Entries that the ledger accepts: suspend/resume alternate, dates never decrease; with
 * `stopGap`, a stop ends the ledger (an open suspension resumed that day first).
 */
function entriesFrom(startDate: string, steps: StepList, stopGap?: number) {
  const entries: ClockEntry[] = [];
  let date = dayNumber(startDate);
  let open = false;
  for (const step of steps) {
    date += step.gap;
    if (step.op === 'extend') {
      entries.push({
        type: 'extend',
        date: day(date),
        workingDays: step.workingDays,
        approvedBy: 'head',
        reason: '延期',
      });
    } else if (open) {
      entries.push({ type: 'resume', date: day(date) });
    } else {
      entries.push({ type: 'suspend', date: day(date), reason: step.reason, text: '特别程序' });
    }
    if (step.op === 'toggle') open = !open;
  }
  if (stopGap !== undefined) {
    date += stopGap;
    if (open) entries.push({ type: 'resume', date: day(date) });
    entries.push({ type: 'stop', date: day(date) });
  }
  return { entries, lastDate: day(date) };
}
type StepList = {
  gap: number;
  op: string;
  workingDays: number;
  reason: (typeof SUSPENSION_REASONS)[number];
}[];

// One ledger in four ends with a stop (the decision).
const stopGapArb = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 15 }), weight: 1 },
);

const ledgerArb = fc
  .record({
    start: startArb,
    limits: limitsArb,
    steps: fc.array(stepArb, { maxLength: 6 }),
    stopGap: stopGapArb,
  })
  .map(({ start, limits, steps, stopGap }) => {
    const { entries, lastDate } = entriesFrom(start, steps, stopGap);
    const clock = entries.reduce(recordEntry, started(start, limits.legal, limits.promised));
    return { clock, lastDate };
  });

/** A random ledger and a day on or after its last entry (the ledger is complete then). */
const settledArb = fc
  .tuple(ledgerArb, fc.integer({ min: 0, max: 60 }))
  .map(([ledger, after]) => ({ ...ledger, today: day(dayNumber(ledger.lastDate) + after) }));

const working = (d: number) => calendar.isWorkingDay(day(d));

/** The suspended pieces (S, R] read up to day t — (S, t] for a suspension still open then. */
function suspendedPieces(clock: StatutoryClock, t: number): [number, number][] {
  const pieces: [number, number][] = [];
  let since: number | null = null;
  for (const entry of clock.entries) {
    const d = dayNumber(entry.date);
    if (d > t) break;
    if (entry.type === 'suspend') since = d;
    if (entry.type === 'resume' && since !== null) {
      pieces.push([since, d]);
      since = null;
    }
  }
  if (since !== null) pieces.push([since, t]);
  return pieces;
}

/**
 * The rules, checked day by day with nothing but `isWorkingDay`: a day is counted when it
 * is a working day after the start and outside every suspended piece (S, R] — (S, today]
 * for a suspension still open today — and nothing is counted after a stop.
 */
function oracle(clock: StatutoryClock, today: string) {
  const start = dayNumber(clock.startDate);
  const stop = clock.entries.find((e) => e.type === 'stop');
  const t = Math.min(dayNumber(today), stop ? dayNumber(stop.date) : Number.POSITIVE_INFINITY);
  const pieces = suspendedPieces(clock, t);
  let budgetExtra = 0;
  for (const e of clock.entries)
    if (e.type === 'extend' && dayNumber(e.date) <= t) budgetExtra += e.workingDays;
  const counted = (d: number) => d > start && working(d) && !pieces.some(([s, r]) => d > s && d <= r);
  let used = 0;
  let suspended = 0;
  for (let d = start + 1; d <= t; d++) {
    if (counted(d)) used++;
    else if (d > start && working(d)) suspended++;
  }
  const deadline = (budget: number) => {
    let last = start;
    let c = 0;
    for (let d = start + 1; ; d++) {
      if (counted(d)) c++;
      if (c > budget) return day(last);
      if (working(d)) last = d;
    }
  };
  return {
    used,
    suspended,
    stoppedOn: stop && stop.date <= today ? stop.date : null,
    legal: deadline(clock.legalLimitDays + budgetExtra),
    promised: deadline(clock.promisedLimitDays + budgetExtra),
  };
}

describe('statutory clock properties', () => {
  it('without a ledger, the deadline is calendar.addWorkingDays(start, limit) on any day', () => {
    fc.assert(
      fc.property(startArb, limitsArb, fc.integer({ min: -10, max: 200 }), (start, limits, offset) => {
        const p = projectClock(
          started(start, limits.legal, limits.promised),
          calendar,
          day(dayNumber(start) + offset),
        );
        expect(p.legal.deadline).toBe(calendar.addWorkingDays(start, limits.legal));
        expect(p.promised.deadline).toBe(calendar.addWorkingDays(start, limits.promised));
        expect(p.suspendedWorkingDays).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches a day-by-day count of the rules on any ledger and any day', () => {
    const arb = fc
      .tuple(ledgerArb, fc.integer({ min: -5, max: 150 }))
      .map(([ledger, offset]) => ({ ...ledger, today: day(dayNumber(ledger.clock.startDate) + offset) }));
    fc.assert(
      fc.property(arb, ({ clock, today }) => {
        const p = projectClock(clock, calendar, today);
        const expected = oracle(clock, today);
        expect(p.usedWorkingDays).toBe(expected.used);
        expect(p.suspendedWorkingDays).toBe(expected.suspended);
        expect(p.stoppedOn).toBe(expected.stoppedOn);
        expect(p.stopped).toBe(expected.stoppedOn !== null);
        expect(p.legal.deadline).toBe(expected.legal);
        expect(p.promised.deadline).toBe(expected.promised);
      }),
      { numRuns: 1000 },
    );
  });

  it('a suspension of k working days, begun on or before the deadline, moves it by exactly k', () => {
    const arb = fc
      .record({
        start: startArb,
        limit: fc.integer({ min: 0, max: 60 }),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.integer({ min: 0, max: 40 }),
        after: fc.integer({ min: 0, max: 30 }),
        open: fc.boolean(),
      })
      .map((r) => {
        const before = calendar.addWorkingDays(r.start, r.limit);
        const span = dayNumber(before) - dayNumber(r.start);
        const s = dayNumber(r.start) + Math.floor(r.at * (span + 1) * 0.999999);
        return { ...r, before, suspendOn: day(s), resumeOn: day(s + r.length) };
      });
    fc.assert(
      fc.property(arb, ({ start, limit, before, suspendOn, resumeOn, after, open }) => {
        const k = calendar.countWorkingDays(suspendOn, resumeOn);
        let clock = recordEntry(started(start, limit), {
          type: 'suspend',
          date: suspendOn,
          reason: 'expert_review',
          text: '专家评审',
        });
        // Still open on resumeOn: projected as if resumed that day, so the same answer.
        if (!open) clock = recordEntry(clock, { type: 'resume', date: resumeOn });
        const today = open ? resumeOn : day(dayNumber(resumeOn) + after);
        const p = projectClock(clock, calendar, today);
        expect(p.suspendedWorkingDays).toBe(k);
        expect(p.legal.deadline).toBe(calendar.addWorkingDays(before, k));
        expect(p.suspended).toBe(open);
      }),
      { numRuns: 1000 },
    );
  });

  it('an open suspension is projected exactly as if it were resumed today', () => {
    fc.assert(
      fc.property(settledArb, ({ clock, today }) => {
        const p = projectClock(clock, calendar, today);
        fc.pre(p.suspended);
        const resumed = recordEntry(clock, { type: 'resume', date: today });
        const q = projectClock(resumed, calendar, today);
        expect(q.suspended).toBe(false);
        expect({ ...q, suspended: true, suspendedSince: p.suspendedSince }).toEqual(p);
        if (p.legal.remainingWorkingDays > 0)
          expect(p.legal.deadline).toBe(calendar.addWorkingDays(today, p.legal.remainingWorkingDays));
      }),
      { numRuns: 300 },
    );
  });

  it('an extension of n moves the deadline by exactly n (when every suspension began by the deadline)', () => {
    let checked = 0;
    const runs = 1000;
    fc.assert(
      fc.property(settledArb, fc.integer({ min: 1, max: 30 }), ({ clock, today }, n) => {
        if (stopOf(clock)) return; // nothing is recorded after the decision
        const before = projectClock(clock, calendar, today);
        const starts = clock.entries.filter((e) => e.type === 'suspend').map((e) => e.date);
        if (starts.some((s) => s > before.legal.deadline)) return; // suspended while overdue
        checked++;
        const extended = recordEntry(clock, {
          type: 'extend',
          date: today,
          workingDays: n,
          approvedBy: 'head',
          reason: '延期',
        });
        const after = projectClock(extended, calendar, today);
        expect(after.legal.deadline).toBe(calendar.addWorkingDays(before.legal.deadline, n));
        expect(after.legal.budgetDays).toBe(before.legal.budgetDays + n);
        expect(after.usedWorkingDays).toBe(before.usedWorkingDays);
      }),
      { numRuns: runs },
    );
    expect(checked).toBeGreaterThan(runs / 2);
  });

  it('used + remaining = budget while not overdue, used − overdue = budget once overdue', () => {
    fc.assert(
      fc.property(settledArb, ({ clock, today }) => {
        const p = projectClock(clock, calendar, today);
        const extensions = clock.entries.reduce(
          (sum, e) => sum + (e.type === 'extend' ? e.workingDays : 0),
          0,
        );
        const asOf = p.stoppedOn ?? today;
        expect(p.usedWorkingDays + p.suspendedWorkingDays).toBe(
          calendar.countWorkingDays(clock.startDate, asOf),
        );
        for (const [limit, view] of [
          [clock.legalLimitDays, p.legal],
          [clock.promisedLimitDays, p.promised],
        ] as const) {
          expect(view.budgetDays).toBe(limit + extensions);
          expect(view.remainingWorkingDays).toBeGreaterThanOrEqual(0);
          expect(view.overdueWorkingDays).toBeGreaterThanOrEqual(0);
          if (view.warning !== 'red') {
            expect(view.overdueWorkingDays).toBe(0);
            expect(p.usedWorkingDays + view.remainingWorkingDays).toBe(view.budgetDays);
          } else {
            expect(view.remainingWorkingDays).toBe(0);
            expect(p.usedWorkingDays - view.overdueWorkingDays).toBe(view.budgetDays);
            // Overdue means a working day after the deadline had begun by then.
            expect(asOf > view.deadline).toBe(true);
          }
        }
        expect(WARNING_SEVERITY[p.warning]).toBe(
          Math.max(WARNING_SEVERITY[p.legal.warning], WARNING_SEVERITY[p.promised.warning]),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('as today advances without ledger changes, the warning never eases and a running deadline stays put', () => {
    fc.assert(
      fc.property(
        settledArb,
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 20 }),
        ({ clock, today }, steps) => {
          let previous: ClockProjection = projectClock(clock, calendar, today);
          let t = dayNumber(today);
          for (const step of steps) {
            t += step;
            const next = projectClock(clock, calendar, day(t));
            for (const limit of ['legal', 'promised'] as const)
              expect(WARNING_SEVERITY[next[limit].warning]).toBeGreaterThanOrEqual(
                WARNING_SEVERITY[previous[limit].warning],
              );
            expect(WARNING_SEVERITY[next.warning]).toBeGreaterThanOrEqual(WARNING_SEVERITY[previous.warning]);
            if (previous.warning === 'red') expect(next.warning).toBe('red');
            if (!next.suspended) expect(next.legal.deadline).toBe(previous.legal.deadline);
            else expect(next.legal.deadline >= previous.legal.deadline).toBe(true);
            previous = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a stopped clock reads on every later day as it did at the end of its stop day', () => {
    let checked = 0;
    fc.assert(
      fc.property(settledArb, ({ clock, today }) => {
        const stop = stopOf(clock);
        if (!stop) return;
        checked++;
        const atStop = projectClock(clock, calendar, stop.date);
        expect(projectClock(clock, calendar, today)).toEqual({ ...atStop, today });
        // …and as the same clock, running, read on the stop day.
        const running = { ...clock, entries: clock.entries.slice(0, -1) };
        expect(projectClock(running, calendar, stop.date)).toEqual({
          ...atStop,
          stopped: false,
          stoppedOn: null,
        });
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('a part clock is a valid ledger held up exactly by the case’s suspended days after its start', () => {
    const arb = fc
      .tuple(ledgerArb, fc.integer({ min: -5, max: 80 }), fc.integer({ min: 0, max: 60 }), limitsArb)
      .map(([ledger, offset, after, limits]) => {
        const startDate = day(dayNumber(ledger.clock.startDate) + offset);
        return { ...ledger, startDate, today: day(dayNumber(startDate) + after), limits };
      });
    fc.assert(
      fc.property(arb, ({ clock, startDate, today, limits }) => {
        const part = partClock(clock, {
          startDate,
          legalLimitDays: limits.legal,
          promisedLimitDays: limits.promised,
        });
        expect(replayClock(part)).toEqual({ ok: true, clock: part });
        expect(part.entries.every((e) => e.type === 'suspend' || e.type === 'resume')).toBe(true);
        const start = dayNumber(startDate);
        const pieces = suspendedPieces(clock, dayNumber(today));
        let held = 0;
        for (let d = start + 1; d <= dayNumber(today); d++)
          if (working(d) && pieces.some(([s, r]) => d > s && d <= r)) held++;
        const p = projectClock(part, calendar, today);
        expect(p.suspendedWorkingDays).toBe(held);
        expect(p.extensionWorkingDays).toBe(0);
        expect(p.stopped).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('applying the same entries in order is deterministic, and the state survives JSON', () => {
    fc.assert(
      fc.property(settledArb, ({ clock, today }) => {
        const again = clock.entries.reduce(
          recordEntry,
          started(clock.startDate, clock.legalLimitDays, clock.promisedLimitDays),
        );
        expect(again).toEqual(clock);
        expect(replayClock(clock)).toEqual({ ok: true, clock });
        const stored = JSON.parse(JSON.stringify(clock)) as StatutoryClock;
        expect(stored).toEqual(clock);
        expect(projectClock(stored, calendar, today)).toEqual(projectClock(clock, calendar, today));
      }),
      { numRuns: 300 },
    );
  });

  it('any sequence of entries, valid or not, is answered without throwing and keeps the ledger well-formed', () => {
    const entryArb: fc.Arbitrary<ClockEntry> = fc.oneof(
      fc.record({
        type: fc.constant('suspend' as const),
        date: fc.integer({ min: FIRST_START - 5, max: FIRST_START + 60 }).map(day),
        reason: fc.constantFrom(...SUSPENSION_REASONS),
        text: fc.constantFrom('专家评审', '', '  '),
      }),
      fc.record({
        type: fc.constant('resume' as const),
        date: fc.integer({ min: FIRST_START - 5, max: FIRST_START + 60 }).map(day),
      }),
      fc.record({
        type: fc.constant('extend' as const),
        date: fc.integer({ min: FIRST_START - 5, max: FIRST_START + 60 }).map(day),
        workingDays: fc.integer({ min: -2, max: 20 }),
        approvedBy: fc.constantFrom('head', ''),
        reason: fc.constantFrom('延期', ''),
      }),
      fc.record({
        type: fc.constant('stop' as const),
        date: fc.integer({ min: FIRST_START - 5, max: FIRST_START + 60 }).map(day),
      }),
    );
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 25 }), (entries) => {
        let clock = started(day(FIRST_START), 20, 10);
        for (const entry of entries) {
          const result = applyEntry(clock, entry);
          if (result.ok) clock = result.clock;
        }
        let open = false;
        let stopped = false;
        let last = clock.startDate;
        for (const entry of clock.entries) {
          expect(entry.date >= last).toBe(true);
          expect(stopped).toBe(false);
          last = entry.date;
          if (entry.type === 'suspend') expect(open).toBe(false);
          if (entry.type === 'resume') expect(open).toBe(true);
          if (entry.type === 'stop') {
            expect(open).toBe(false);
            stopped = true;
          }
          if (entry.type === 'suspend' || entry.type === 'resume') open = !open;
        }
        expect(replayClock(clock)).toEqual({ ok: true, clock });
      }),
      { numRuns: 500 },
    );
  });
});
