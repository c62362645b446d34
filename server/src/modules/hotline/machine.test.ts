import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, businessDateOf, composeCalendar } from '../../platform/calendar/index.js';
import {
  type Actor,
  availableCommands,
  type Clock,
  type Command,
  createTicket,
  execute,
  invariantProblems,
  TicketCommandError,
  type TicketState,
} from './machine.js';
import { DEFAULT_SETTINGS, type HotlineSettings, isTerminal } from './model.js';
import { FOLLOW_UP_RESULTS, REDIRECT_TARGETS, TICKET_TYPES, URGENCIES } from './vocabulary.js';

// Random orders driven by random commands from a crowd of actors, at random later times,
// under random settings; after every step the invariants the issue asks for.

const calendar = composeCalendar([]);
const UNITS = ['u-st', 'u-cg', 'u-jt', 'u-zj'];
const TARGET = 'other-ticket';

/** 'lead' and 'assisting' are resolved when the move is made: the order's units then. */
const actorArb: fc.Arbitrary<Actor | 'lead' | 'assisting'> = fc.oneof(
  fc.constant('lead' as const),
  fc.constant('assisting' as const),
  fc.constant({ centre: true, supervisor: false, unitId: null }),
  fc.constant({ centre: false, supervisor: true, unitId: null }),
  fc.constantFrom(...UNITS).map((unitId) => ({ centre: false, supervisor: false, unitId })),
  fc.constant({ centre: false, supervisor: false, unitId: null }),
);
const unitsArb = fc.record({
  leadUnitId: fc.constantFrom(...UNITS),
  assistingUnitIds: fc.subarray(UNITS),
});
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  unitsArb.map((u) => ({ type: 'dispatch' as const, ...u })),
  fc.constant({ type: 'sign' as const }),
  fc.constant({ type: 'return' as const, reason: '不属本单位' }),
  unitsArb.map((u) => ({ type: 'reassign' as const, ...u })),
  fc.constant({ type: 'insist' as const, note: '维持' }),
  fc
    .integer({ min: 1, max: 30 })
    .map((workingDays) => ({ type: 'requestExtension' as const, workingDays, reason: '需检测' })),
  fc.boolean().map((approve) => ({ type: 'decideExtension' as const, approve })),
  fc.boolean().map((resolved) => ({ type: 'reply' as const, content: '已处理', resolved })),
  fc.constantFrom(...FOLLOW_UP_RESULTS).map((result) => ({ type: 'followUp' as const, result })),
  fc.constant({ type: 'supervise' as const, note: '督办' }),
  fc.constant({ type: 'merge' as const, intoTicketId: TARGET }),
  fc.constant({ type: 'assistNote' as const, text: '协办意见' }),
);
const settingsArb: fc.Arbitrary<HotlineSettings> = fc.record({
  handlingDays: fc.record({
    consultation: fc.integer({ min: 1, max: 20 }),
    help: fc.integer({ min: 1, max: 20 }),
    complaint: fc.integer({ min: 1, max: 20 }),
    report: fc.integer({ min: 1, max: 20 }),
    suggestion: fc.integer({ min: 1, max: 20 }),
    praise: fc.integer({ min: 1, max: 20 }),
  }),
  urgentDispatchHours: fc.integer({ min: 1, max: 24 }),
  dispatchWorkingDays: fc.integer({ min: 1, max: 5 }),
  returnWorkingDays: fc.integer({ min: 1, max: 10 }),
  maxExtensionDays: fc.integer({ min: 0, max: 30 }),
  maxReopens: fc.integer({ min: 0, max: 3 }),
  duplicateWindowHours: fc.constant(72),
  duplicateDistanceMeters: fc.constant(200),
});
const dispositionArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'dispatch' as const }) },
  fc.constant({ kind: 'direct_answer' as const }),
  fc.constantFrom(...REDIRECT_TARGETS).map((target) => ({ kind: 'redirect' as const, target })),
);
// Steps up to four calendar days apart, starting in 2025 (inside the package's years).
// A third of the moves make progress: one of the commands someone on the order is offered now.
const moveArb = fc.record({
  actor: actorArb,
  command: commandArb,
  progress: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
  pick: fc.nat(),
  hours: fc.integer({ min: 0, max: 96 }),
});

/** A command of the given type with a plausible payload (for the progress moves). */
function commandOf(type: Command['type'], state: TicketState, pick: number): Command {
  const other = UNITS.filter((u) => u !== state.leadUnitId)[pick % (UNITS.length - 1)]!;
  switch (type) {
    case 'dispatch':
    case 'reassign':
      return { type, leadUnitId: other, assistingUnitIds: [] };
    case 'sign':
      return { type };
    case 'return':
      return { type, reason: '不属本单位' };
    case 'insist':
      return { type, note: '维持' };
    case 'requestExtension':
      return { type, workingDays: 1, reason: '需检测' };
    case 'decideExtension':
      return { type, approve: pick % 2 === 0 };
    case 'reply':
      return { type, content: '已处理', resolved: true };
    case 'followUp':
      return { type, result: FOLLOW_UP_RESULTS[pick % FOLLOW_UP_RESULTS.length]! };
    case 'supervise':
      return { type, note: '督办' };
    case 'merge':
      return { type, intoTicketId: TARGET };
    case 'assistNote':
      return { type, text: '协办意见' };
  }
}
const scenarioArb = fc.record({
  type: fc.constantFrom(...TICKET_TYPES),
  urgency: fc.constantFrom(...URGENCIES),
  disposition: dispositionArb,
  settings: settingsArb,
  start: fc.integer({ min: 0, max: 300 }),
  moves: fc.array(moveArb, { minLength: 10, maxLength: 60, size: 'max' }),
});

function clockAt(ms: number, settings: HotlineSettings): Clock {
  const at = new Date(ms);
  return { at: at.toISOString(), today: businessDateOf(at), calendar, settings };
}

describe('the work order state machine', () => {
  it('keeps its invariants under any sequence of commands by anyone', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, (s) => {
        let ms = Date.parse(`${addCalendarDays('2025-01-02', s.start)}T09:00:00+08:00`);
        let state: TicketState;
        try {
          state = createTicket(
            { type: s.type, urgency: s.urgency, disposition: s.disposition },
            clockAt(ms, s.settings),
          ).state;
        } catch (err) {
          // Only a consultation may be answered on the spot.
          expect(s.disposition.kind === 'direct_answer' && s.type !== 'consultation').toBe(true);
          expect((err as TicketCommandError).code).toBe('hotline.direct_answer_consultation_only');
          return;
        }
        expect(invariantProblems(state, s.settings)).toEqual([]);
        let everDispatchedTo: string | null = null;
        for (const move of s.moves) {
          ms += move.hours * 3_600_000;
          const clock = clockAt(ms, s.settings);
          const resolve = (a: Actor | 'lead' | 'assisting'): Actor =>
            a === 'lead' || a === 'assisting'
              ? {
                  centre: false,
                  supervisor: false,
                  unitId: a === 'lead' ? state.leadUnitId : (state.assistingUnitIds[0] ?? null),
                }
              : a;
          let actor = resolve(move.actor);
          let command = move.command;
          if (move.progress) {
            const crowd = [
              resolve('lead'),
              { centre: true, supervisor: false, unitId: null },
              resolve('assisting'),
            ];
            const able = crowd.filter((a) => availableCommands(state, a, clock).length > 0);
            if (able.length) {
              actor = able[move.pick % able.length]!;
              const types = availableCommands(state, actor, clock);
              command = commandOf(types[move.pick % types.length]!, state, move.pick);
            }
          }
          const offered = availableCommands(state, actor, clock);
          const snapshot = structuredClone(state);
          let next: TicketState | null = null;
          try {
            next = execute(state, command, actor, clock).state;
          } catch (err) {
            expect(err).toBeInstanceOf(TicketCommandError);
            // A refusal changes nothing, and was not on offer unless its payload was the problem.
            expect(state).toEqual(snapshot);
            const code = (err as TicketCommandError).code;
            if (offered.includes(command.type))
              expect(['hotline.extension_too_long', 'hotline.reassign_same_unit']).toContain(code);
          }
          if (!next) continue;
          expect(offered).toContain(command.type);
          // Terminal states stay terminal: nothing is ever accepted from one.
          expect(isTerminal(state.status)).toBe(false);
          expect(next.revision).toBe(state.revision + 1);
          expect(invariantProblems(next, s.settings)).toEqual([]);
          // Only the lead unit acts for the unit; the centre dispatches; no one else moves it.
          if (['sign', 'return', 'reply', 'requestExtension'].includes(command.type))
            expect(actor.unitId).toBe(state.leadUnitId);
          if (
            ['dispatch', 'reassign', 'insist', 'followUp', 'decideExtension', 'merge'].includes(command.type)
          )
            expect(actor.centre).toBe(true);
          // No lost assignment: once dispatched, an order always names a lead unit.
          if (everDispatchedTo) expect(next.leadUnitId).not.toBeNull();
          if (next.leadUnitId) everDispatchedTo = next.leadUnitId;
          state = next;
          reached.add(state.status);
        }
        if (isTerminal(state.status))
          for (const type of ['dispatch', 'sign', 'reply', 'followUp', 'merge'] as const)
            expect(
              availableCommands(
                state,
                { centre: true, supervisor: true, unitId: state.leadUnitId },
                clockAt(ms, s.settings),
              ),
            ).not.toContain(type);
      }),
      { numRuns: 250 },
    );
    // The random walks get everywhere, not just stuck at the start.
    expect([...reached].sort()).toEqual(
      ['closed', 'dispatched', 'in_progress', 'merged', 'replied', 'returned'].sort(),
    );
  });

  it('closes or reopens on the follow-up, reopening at most maxReopens times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.constantFrom(...FOLLOW_UP_RESULTS), { minLength: 1, maxLength: 8 }),
        (maxReopens, results) => {
          const settings = { ...DEFAULT_SETTINGS, maxReopens };
          const centre: Actor = { centre: true, supervisor: false, unitId: null };
          const unit: Actor = { centre: false, supervisor: false, unitId: 'u-st' };
          let ms = Date.parse('2025-03-03T09:00:00+08:00');
          const step = (state: TicketState, actor: Actor, command: Command) => {
            ms += 3_600_000;
            return execute(state, command, actor, clockAt(ms, settings)).state;
          };
          let state = createTicket(
            { type: 'complaint', urgency: 'normal', disposition: { kind: 'dispatch' } },
            clockAt(ms, settings),
          ).state;
          state = step(state, centre, { type: 'dispatch', leadUnitId: 'u-st', assistingUnitIds: [] });
          state = step(state, unit, { type: 'sign' });
          let reopened = 0;
          for (const result of results) {
            state = step(state, unit, { type: 'reply', content: '答复', resolved: true });
            state = step(state, centre, { type: 'followUp', result });
            if (result === 'dissatisfied' && reopened < maxReopens) {
              reopened++;
              expect(state).toMatchObject({
                status: 'in_progress',
                reopenCount: reopened,
                satisfaction: 'dissatisfied',
              });
              // The unit gets a fresh handling limit from the day it reopened.
              expect(state.handlingDueOn).toBe(
                calendar.addWorkingDays(businessDateOf(new Date(ms)), settings.handlingDays.complaint),
              );
            } else {
              expect(state).toMatchObject({ status: 'closed', satisfaction: result });
              return;
            }
          }
        },
      ),
    );
  });

  it('times dispatch and sign-for in hours when urgent, otherwise to the end of a working day', () => {
    const settings = DEFAULT_SETTINGS;
    // Friday 2025-09-26 17:00 in Foshan: the next working day is Sunday the 28th (调休上班).
    const friday = Date.parse('2025-09-26T17:00:00+08:00');
    const urgent = createTicket(
      { type: 'help', urgency: 'urgent', disposition: { kind: 'dispatch' } },
      clockAt(friday, settings),
    );
    expect(urgent.state.dispatchDueAt).toBe(new Date(friday + 3_600_000).toISOString());
    const normal = createTicket(
      { type: 'help', urgency: 'normal', disposition: { kind: 'dispatch' } },
      clockAt(friday, settings),
    );
    expect(normal.state.dispatchDueAt).toBe(new Date('2025-09-28T23:59:59.999+08:00').toISOString());
    const dispatched = execute(
      normal.state,
      { type: 'dispatch', leadUnitId: 'u-st', assistingUnitIds: ['u-st', 'u-cg'] },
      { centre: true, supervisor: false, unitId: null },
      clockAt(friday, settings),
    ).state;
    expect(dispatched).toMatchObject({
      assistingUnitIds: ['u-cg'],
      returnUntil: calendar.addWorkingDays('2025-09-26', 2),
      handlingDueOn: calendar.addWorkingDays('2025-09-26', 10),
    });
    // Over the National Day holidays: ten working days end in mid-October.
    expect(dispatched.handlingDueOn! > '2025-10-10').toBe(true);
  });

  it('refuses a return after the window and a second return after the dispatcher insisted', () => {
    const s = DEFAULT_SETTINGS;
    const centre: Actor = { centre: true, supervisor: false, unitId: null };
    const unit: Actor = { centre: false, supervisor: false, unitId: 'u-st' };
    const t0 = Date.parse('2025-06-02T09:00:00+08:00'); // a Monday
    let state = createTicket(
      { type: 'complaint', urgency: 'normal', disposition: { kind: 'dispatch' } },
      clockAt(t0, s),
    ).state;
    state = execute(
      state,
      { type: 'dispatch', leadUnitId: 'u-st', assistingUnitIds: [] },
      centre,
      clockAt(t0, s),
    ).state;
    const thursday = clockAt(Date.parse('2025-06-05T09:00:00+08:00'), s);
    expect(() => execute(state, { type: 'return', reason: '晚了' }, unit, thursday)).toThrow(
      'hotline.return_window_passed',
    );
    state = execute(state, { type: 'return', reason: '不属本单位' }, unit, clockAt(t0 + 3_600_000, s)).state;
    state = execute(state, { type: 'insist', note: '属于贵单位' }, centre, clockAt(t0 + 7_200_000, s)).state;
    expect(state).toMatchObject({ status: 'dispatched', returnRefused: true, leadUnitId: 'u-st' });
    expect(() =>
      execute(state, { type: 'return', reason: '再退' }, unit, clockAt(t0 + 9_000_000, s)),
    ).toThrow('hotline.return_refused');
  });
});
