import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderedPages } from './list-cache.js';

// A kept page's JSON text is made once and answered again only for the same page object and
// the same values it depends on; anything else renders anew.
describe('rendered texts of kept pages', () => {
  it('answers what rendering now would, rendering only when the page or a value it depends on changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            page: fc.nat(2),
            calendar: fc.nat(2),
            day: fc.constantFrom('2026-11-27', '2026-11-28'),
          }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        async (requests) => {
          const texts = renderedPages();
          // Three kept pages and three calendar objects: identity, not equality, is what counts.
          const pages = [{ rows: [1] }, { rows: [1] }, { rows: [2] }];
          const calendars = [{ year: 2026 }, { year: 2026 }, { year: 2027 }];
          const lastRendered = new Map<object, string>();
          let renders = 0;
          let expectedRenders = 0;
          for (const { page, calendar, day } of requests) {
            const expected = `${page}|${calendar}|${day}`;
            if (lastRendered.get(pages[page]!) !== expected) expectedRenders++;
            lastRendered.set(pages[page]!, expected);
            const text = await texts(pages[page]!, [day, calendars[calendar]], async () => {
              renders++;
              return expected;
            });
            expect(text).toBe(expected);
          }
          expect(renders).toBe(expectedRenders);
        },
      ),
    );
  });
});
