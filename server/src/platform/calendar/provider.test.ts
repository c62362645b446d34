import { describe, expect, it } from 'vitest';
import { type CalendarOverrideSource, type CalendarYear, createCalendarProvider } from './index.js';

const year2027 = (notice: string): CalendarYear => ({
  year: 2027,
  source: 'administrator',
  notice,
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  workdays: [],
  updatedAt: null,
  updatedBy: null,
});

/** A database stand-in that counts what it is asked. */
function fakeSource() {
  const state = { revision: 0, years: [] as CalendarYear[], revisionReads: 0, loads: 0 };
  const source: CalendarOverrideSource = {
    async revision() {
      state.revisionReads++;
      return state.revision;
    },
    async load() {
      state.loads++;
      return { revision: state.revision, years: state.years };
    },
  };
  return { state, source };
}

describe('the per-process calendar cache', () => {
  it('serves one snapshot without queries inside the window, then re-checks one integer', async () => {
    const { state, source } = fakeSource();
    let clock = 0;
    const provider = createCalendarProvider(source, { recheckMs: 1000, now: () => clock });

    const first = await provider.current();
    expect(state).toMatchObject({ loads: 1, revisionReads: 0 });
    for (let i = 0; i < 100; i++) expect(await provider.current()).toBe(first);
    expect(state).toMatchObject({ loads: 1, revisionReads: 0 });

    clock = 1500;
    expect(await provider.current()).toBe(first);
    expect(state).toMatchObject({ loads: 1, revisionReads: 1 });
    expect(first.knows(2027)).toBe(false);

    // Another process enters 2027: this one sees it at its next check.
    state.years = [year2027('A')];
    state.revision = 1;
    clock = 1800;
    expect((await provider.current()).knows(2027)).toBe(false);
    clock = 2600;
    const second = await provider.current();
    expect(second.knows(2027)).toBe(true);
    expect(state).toMatchObject({ loads: 2, revisionReads: 2 });
  });

  it('re-checks at once after its own write', async () => {
    const { state, source } = fakeSource();
    const provider = createCalendarProvider(source, { recheckMs: 60_000, now: () => 0 });
    expect((await provider.current()).knows(2027)).toBe(false);
    state.years = [year2027('A')];
    state.revision = 1;
    provider.invalidate();
    expect((await provider.current()).year(2027)?.notice).toBe('A');
  });

  it('shares one refresh among concurrent requests', async () => {
    const { state, source } = fakeSource();
    const provider = createCalendarProvider(source, { now: () => 0 });
    const all = await Promise.all(Array.from({ length: 20 }, () => provider.current()));
    expect(new Set(all).size).toBe(1);
    expect(state.loads).toBe(1);
  });

  it('does not keep a refresh that raced with its own write as fresh', async () => {
    const { state, source } = fakeSource();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: CalendarOverrideSource = {
      revision: source.revision,
      async load() {
        const before = { revision: state.revision, years: state.years };
        await gate;
        return before;
      },
    };
    const provider = createCalendarProvider(slow, { recheckMs: 60_000, now: () => 0 });
    const stale = provider.current();
    state.years = [year2027('A')];
    state.revision = 1;
    provider.invalidate();
    const fresh = provider.current();
    release();
    expect((await stale).knows(2027)).toBe(false);
    expect((await fresh).knows(2027)).toBe(true);
    expect((await provider.current()).knows(2027)).toBe(true);
  });
});
