import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Block, paginate } from './paginate.js';

const line = (keep = false): Block => ({ height: 10, keepWithPrevious: keep });

describe('paginate', () => {
  it('fills pages in order and never loses or repeats a block', () => {
    const block = fc.record({
      height: fc.integer({ min: 1, max: 40 }),
      keepWithPrevious: fc.boolean(),
      spacer: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 80 }), (blocks) => {
        const pages = paginate(blocks, 100);
        const placed = pages.flat();
        const dropped = blocks.filter((b) => !placed.includes(b));
        expect(dropped.every((b) => b.spacer)).toBe(true);
        expect(placed).toEqual(blocks.filter((b) => placed.includes(b)));
        for (const page of pages.slice(1)) expect(page[0]?.spacer).not.toBe(true);
        for (const page of pages) {
          // A page overflows only when a single block (or a chain that cannot be split) is too tall.
          const height = page.reduce((sum, b) => sum + b.height, 0);
          if (height > 100) expect(page.slice(1).every((b) => b.keepWithPrevious)).toBe(true);
        }
      }),
    );
  });

  it('takes the line before along when the closing block does not fit', () => {
    const blocks = [...Array.from({ length: 9 }, () => line()), { height: 30, keepWithPrevious: true }];
    const pages = paginate(blocks, 100);
    expect(pages.map((p) => p.length)).toEqual([8, 2]);
    expect(pages[1]![1]).toBe(blocks[9]);
  });

  it('moves a chain of kept blocks whole when it fits on a page, and splits a longer one', () => {
    const table = [line(), line(true), line(true), line(true)];
    expect(
      paginate([...Array.from({ length: 8 }, () => line()), ...table], 100).map((p) => p.length),
    ).toEqual([8, 4]);
    const long = [line(), ...Array.from({ length: 12 }, () => line(true))];
    expect(paginate(long, 100).map((p) => p.length)).toEqual([10, 3]);
  });

  it('starts a page where asked and drops blank space at the top of a page', () => {
    const pages = paginate([line(), { height: 5, spacer: true }, { ...line(), pageBreak: true }], 100);
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(
      paginate([...Array.from({ length: 10 }, () => line()), { height: 5, spacer: true }, line()], 100)[1],
    ).toHaveLength(1);
  });
});
