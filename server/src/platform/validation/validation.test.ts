import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  idNumberCheckChar,
  normalizeMobile,
  validateCreditCode,
  validateIdNumber,
} from './index.js';

const ID_CHARS = '0123456789X';
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const validIdNumber = fc
  .record({
    region: fc.constantFrom('440604', '440605', '110105', '310101', '810000', '820000', '830000', '944000'),
    date: fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, date, seq }) => {
    const body = `${region}${date.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
    return body + idNumberCheckChar(body);
  });

const validCreditCode = fc
  .tuple(
    fc.constantFrom('1', '5', '9', 'Y'),
    fc.constantFrom('1', '2', '3'),
    fc.constantFrom('440600', '440604', '350100'),
    fc.array(fc.constantFrom(...CREDIT_CHARS), { minLength: 9, maxLength: 9 }),
  )
  .map(([dept, type, region, org]) => {
    const body = `${dept}${type}${region}${org.join('')}`;
    return body + creditCodeCheckChar(body);
  });

/** Replaces one character with a different one from the same alphabet. */
const withOneCharChanged = (valid: fc.Arbitrary<string>, alphabet: string) =>
  fc.tuple(valid, fc.nat(17), fc.nat(alphabet.length - 2)).map(([value, pos, pick]) => {
    const others = [...alphabet].filter((c) => c !== value[pos]);
    return {
      original: value,
      changed: value.slice(0, pos) + others[pick % others.length] + value.slice(pos + 1),
    };
  });

describe('ID number (GB 11643)', () => {
  it('accepts the published examples', () => {
    for (const id of ['11010519491231002X', '440524188001010014'])
      expect(validateIdNumber(id)).toMatchObject({ ok: true, value: id });
    expect(validateIdNumber('11010519491231002x')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('reads birth date and gender', () => {
    expect(validateIdNumber('440524188001010014')).toMatchObject({ birthDate: '1880-01-01', gender: 'male' });
  });

  it('names what is wrong', () => {
    expect(validateIdNumber('11010519491231002')).toEqual({ ok: false, problem: 'length' });
    expect(validateIdNumber('1101051949123100XX')).toEqual({ ok: false, problem: 'charset' });
    expect(validateIdNumber('99010519491231002X')).toEqual({ ok: false, problem: 'region' });
    expect(validateIdNumber('110105194902300021')).toEqual({ ok: false, problem: 'birth_date' });
    expect(validateIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'check_char' });
  });

  it('refuses a birth date in the future', () => {
    const body = '11010520990101001';
    expect(validateIdNumber(body + idNumberCheckChar(body), new Date('2026-11-25'))).toEqual({
      ok: false,
      problem: 'birth_date',
    });
  });

  it('accepts every generated valid number, including permits and foreigners', () => {
    fc.assert(fc.property(validIdNumber, (id) => validateIdNumber(id, new Date('2026-01-01')).ok));
  });

  it('refuses any single-character change to a valid number', () => {
    fc.assert(
      fc.property(
        withOneCharChanged(validIdNumber, ID_CHARS),
        ({ changed }) => !validateIdNumber(changed).ok,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts the published example', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('names what is wrong', () => {
    expect(validateCreditCode('91350100M000100Y4')).toEqual({ ok: false, problem: 'length' });
    expect(validateCreditCode('91350100M000100I43')).toEqual({ ok: false, problem: 'charset' });
    expect(validateCreditCode('913501A0M000100Y43')).toEqual({ ok: false, problem: 'region' });
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'check_char' });
  });

  it('accepts every generated valid code', () => {
    fc.assert(fc.property(validCreditCode, (code) => validateCreditCode(code).ok));
  });

  it('refuses any single-character change to a valid code', () => {
    fc.assert(
      fc.property(
        withOneCharChanged(validCreditCode, CREDIT_CHARS),
        ({ changed }) => !validateCreditCode(changed).ok,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('mobile numbers', () => {
  it('normalises mainland numbers and refuses others', () => {
    expect(normalizeMobile('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizeMobile('12800138000')).toBeNull();
    expect(normalizeMobile('1380013800')).toBeNull();
  });
});
