import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_CODE_DIVISIONS, PROJECT_CODE_TYPES, validateProjectCode } from './project-code.js';

const THIS_YEAR = 2026;
const digits = (n: number, min = 0, max = 10 ** n - 1) =>
  fc.integer({ min, max }).map((v) => String(v).padStart(n, '0'));

const validParts = fc.record({
  year: fc.integer({ min: 2015, max: THIS_YEAR }).map(String),
  division: fc.constantFrom(...PROJECT_CODE_DIVISIONS),
  industry: digits(2, 1, 97),
  type: fc.constantFrom(...PROJECT_CODE_TYPES),
  serial: digits(6, 1),
});
type Parts = { year: string; division: string; industry: string; type: string; serial: string };
const join = (p: Parts) => [p.year, p.division, p.industry, p.type, p.serial].join('-');

describe('national investment project code', () => {
  it('accepts the documented example and every well-formed Foshan code', () => {
    expect(validateProjectCode('2020-440604-47-01-123456', THIS_YEAR)).toEqual({
      ok: true,
      value: '2020-440604-47-01-123456',
    });
    fc.assert(
      fc.property(validParts, (p) => {
        expect(validateProjectCode(join(p), THIS_YEAR)).toEqual({ ok: true, value: join(p) });
      }),
    );
  });

  it('names the segment that is wrong', () => {
    const wrong = (segment: keyof Parts, values: fc.Arbitrary<string>, problem: string) =>
      fc.assert(
        fc.property(validParts, values, (p, v) => {
          expect(validateProjectCode(join({ ...p, [segment]: v }), THIS_YEAR)).toEqual({
            ok: false,
            problem,
          });
        }),
      );
    wrong('year', fc.oneof(digits(4, 0, 2014), digits(4, THIS_YEAR + 1)), 'year');
    wrong(
      'division',
      digits(6).filter((d) => !PROJECT_CODE_DIVISIONS.includes(d)),
      'division',
    );
    wrong('industry', fc.constantFrom('00', '98', '99'), 'industry');
    wrong(
      'type',
      digits(2).filter((t) => !PROJECT_CODE_TYPES.includes(t)),
      'type',
    );
    wrong('serial', fc.constant('000000'), 'serial');
  });

  it('refuses anything not shaped year-division-industry-type-serial', () => {
    fc.assert(
      fc.property(validParts, fc.nat(), fc.constantFrom('x', '', '0', '--', ' 1', '／'), (p, at, insert) => {
        const code = join(p);
        const i = at % (code.length + 1);
        // One character replaced by another, by none or by two (surrounding blanks aside): never a valid shape.
        const mutated = code.slice(0, i) + insert + code.slice(i + 1);
        fc.pre(!/^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/.test(mutated.trim()));
        expect(validateProjectCode(mutated, THIS_YEAR)).toEqual({ ok: false, problem: 'format' });
      }),
    );
    for (const code of ['', '2020440604470112345', '2020-440604-47-01-12345', '２０２０-440604-47-01-123456'])
      expect(validateProjectCode(code, THIS_YEAR)).toEqual({ ok: false, problem: 'format' });
  });
});
