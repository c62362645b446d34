import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { newRowId } from './row-id.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newRowId', () => {
  it('is a UUIDv7 that sorts by the time it was made, whatever the times', () => {
    // The clock only moves forward, from now on: a clock set back keeps the later time (by
    // design), and other test files in this process have made ids at the real time already.
    // Steps of up to 10 s keep the ids made after this test (same process) near the real time.
    let clock = Date.now();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 20 }), (steps) => {
        const sorted = [...steps].sort((a, b) => a - b).map((step) => clock + step);
        clock = sorted.at(-1)! + 1;
        const ids = sorted.map((t) => {
          vi.setSystemTime(t);
          return newRowId();
        });
        vi.useRealTimers();
        for (const id of ids) expect(id).toMatch(V7);
        expect([...ids].sort()).toEqual(ids);
        // Its first 48 bits are the millisecond it was made.
        expect(ids.map((id) => Number.parseInt(id.replace('-', '').slice(0, 12), 16))).toEqual(sorted);
      }),
    );
  });

  it('never repeats, even within one millisecond', () => {
    vi.setSystemTime(Date.UTC(2026, 10, 26));
    const ids = Array.from({ length: 10_000 }, newRowId);
    vi.useRealTimers();
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
