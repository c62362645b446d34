import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, characterMeasure } from './line-break.js';

// Widths like a CJK font's: ideographs and full-width punctuation one em, Latin narrower.
const measure = characterMeasure((ch) => (/[\x20-\x7e]/.test(ch) ? (ch === ' ' ? 0.25 : 0.55) : 1));
const CLOSING = [...'，。、；：？！）」』》〕】”'];
const startsWithClosing = (line: string) => CLOSING.includes([...line][0] ?? '');

const han = fc.constantFrom(...'佛山市政务服务数据管理局受理通知书申请人材料齐全符合法定形式决定予以');
const closing = fc.constantFrom(...CLOSING);
const opening = fc.constantFrom(...'（「《“');
const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
// Realistic running text: closing marks follow a character, at most two in a row, and
// opening marks precede one; words are separated by a space or sit next to ideographs.
const token = fc.oneof(
  { weight: 6, arbitrary: han },
  { weight: 2, arbitrary: fc.tuple(han, closing).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.tuple(han, closing, closing).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: fc.tuple(opening, han).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: word.map((w) => ` ${w} `) },
  { weight: 1, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom('——', '……') },
);
const prose = fc.array(token, { minLength: 1, maxLength: 120 }).map((t) => t.join(''));

describe('breakLines', () => {
  it('gives the text back, line by line, no line wider than the measure (any text)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200, unit: 'grapheme' }),
        fc.integer({ min: 1, max: 40 }),
        (text, width) => {
          const lines = breakLines(text, width, measure);
          expect(lines.join('')).toBe(text);
          for (const line of lines) expect(measure(line.trimEnd())).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    fc.assert(
      fc.property(
        prose,
        fc.integer({ min: 8, max: 30 }),
        fc.integer({ min: 0, max: 2 }),
        (text, width, indent) => {
          const lines = breakLines(text, width, measure, width - indent);
          expect(lines.join('')).toBe(text);
          lines.forEach((line, i) => {
            expect(measure(line.trimEnd())).toBeLessThanOrEqual(i === 0 ? width - indent : width);
            if (i > 0) expect(startsWithClosing(line), JSON.stringify(lines)).toBe(false);
            expect(/[（「《“]$/.test(line.trimEnd()), JSON.stringify(lines)).toBe(false);
          });
        },
      ),
    );
  });

  it('keeps Latin words and numbers whole and breaks between ideographs', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 10, max: 30 }), (text, width) => {
        const lines = breakLines(text, width, measure);
        for (let i = 1; i < lines.length; i++) {
          const before = lines[i - 1]!.at(-1)!;
          const after = lines[i]![0]!;
          expect(/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after), JSON.stringify(lines)).toBe(false);
        }
      }),
    );
  });

  it('fills lines greedily and pulls a character down rather than start a line with a comma', () => {
    expect(breakLines('一二三四五六', 3, measure)).toEqual(['一二三', '四五六']);
    expect(breakLines('一二三，四五', 3, measure)).toEqual(['一二', '三，四', '五']);
    expect(breakLines('甲乙丙丁（戊）', 5, measure)).toEqual(['甲乙丙丁', '（戊）']);
    // A number longer than the line is cut only because nothing else fits.
    expect(breakLines('编号44060020261126000000016已生成', 8, measure)).toEqual([
      '编号',
      '44060020261126',
      '000000016已生成',
    ]);
  });

  it('honours a narrower first line and explicit line breaks', () => {
    expect(breakLines('一二三四五六七', 4, measure, 2)).toEqual(['一二', '三四五六', '七']);
    expect(breakLines('一二\n三四', 10, measure)).toEqual(['一二\n', '三四']);
  });
});
