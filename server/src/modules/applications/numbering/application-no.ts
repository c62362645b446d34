import { businessDateOf, parseIsoDate } from '../../../platform/calendar/index.js';
import { MAINLAND_PROVINCES, mod11_2CheckChar } from '../../../platform/validation/iso7064.js';

export { mod11_2CheckChar };

// 办件编号, 23 characters, all digits except a possible final X:
//
//   440604 20250926 00000123 7
//   │      │        │        └ check character, ISO 7064 MOD 11-2 over the 22 digits before it
//   │      │        └ daily sequence of that region, 8 digits, zero-padded, from 00000001
//   │      └ business date of submission, YYYYMMDD in Asia/Shanghai
//   └ GB/T 2260 code of the accepting division (e.g. 440604 禅城区)
//
// Fixed widths make the plain string order the order (region, date, sequence): numbers of
// one region sort by date, then by sequence, with no parsing.
//
// Why ISO 7064 MOD 11-2 and not MOD 37-36: the body is all digits, and MOD 11-2 is the
// check of the citizen ID number (GB 11643), so people, clerks and existing input masks
// already know "digits, perhaps an X at the end"; the number stays dictatable over the
// 12345 hotline and typable on a numeric keypad. MOD 37-36 would end in a letter 26 times
// out of 36, inviting O/0 and I/1 confusion, and buys nothing for a numeric body. MOD 11-2
// detects every single-character error and every transposition of two adjacent
// characters, at any length: the weights are 2^i mod 11 (never 0, since 11 is prime), so
// changing one digit by d changes the sum by d·w ≢ 0 (|d| ≤ 10 < 11), and swapping
// neighbours a, b changes it by (a − b)(w − 2w) = −(a − b)·w ≢ 0. An X can only stand
// last, so moving it anywhere else is caught by the character set. (It also catches every
// twin error aa → bb and every jump transposition abc → cba.)

export const APPLICATION_NO_LENGTH = 23;
export const MAX_DAILY_SEQUENCE = 99_999_999;

export interface ApplicationNoParts {
  /** GB/T 2260 division code of the accepting division, 6 digits. */
  region: string;
  /** Business date 'YYYY-MM-DD' (Asia/Shanghai). */
  date: string;
  /** 1 … 99 999 999 within (region, date). */
  sequence: number;
}

export type ApplicationNoProblem = 'length' | 'charset' | 'region' | 'date' | 'sequence' | 'check_char';

export type ApplicationNoResult =
  | ({ ok: true; value: string } & ApplicationNoParts)
  | { ok: false; problem: ApplicationNoProblem; code: `applicationNo.${ApplicationNoProblem}` };

/**
 * Whether six digits have the shape of a GB/T 2260 code: a known province, and no county
 * part under a missing prefecture part (44 00 05 cannot exist). Whether the division
 * really exists is the directory's knowledge: pass `regionExists` for that.
 */
export function isDivisionCodeShape(code: string): boolean {
  if (!/^\d{6}$/.test(code) || !MAINLAND_PROVINCES.has(code.slice(0, 2))) return false;
  return code.slice(2, 4) !== '00' || code.slice(4, 6) === '00';
}

/**
 * The application number of these parts. Throws RangeError for parts that cannot make
 * one: they come from the server (the division of the accepting department, today's date,
 * the counter), so a bad one is a bug, not user input.
 */
export function formatApplicationNo(parts: ApplicationNoParts): string {
  if (!isDivisionCodeShape(parts.region)) throw new RangeError(`not a division code: ${parts.region}`);
  if (parseIsoDate(parts.date) === null) throw new RangeError(`not a YYYY-MM-DD date: ${parts.date}`);
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > MAX_DAILY_SEQUENCE)
    throw new RangeError(`sequence out of 1…${MAX_DAILY_SEQUENCE}: ${parts.sequence}`);
  const body = `${parts.region}${parts.date.replaceAll('-', '')}${String(parts.sequence).padStart(8, '0')}`;
  return body + mod11_2CheckChar(body);
}

const problem = (p: ApplicationNoProblem): ApplicationNoResult => ({
  ok: false,
  problem: p,
  code: `applicationNo.${p}`,
});

/**
 * Reads an application number typed by a person. Surrounding spaces are ignored, full-width
 * digits (input methods) and a lower-case x are read as what they stand for (NFKC, upper
 * case): they denote the same number, which `value` gives in canonical form. Problems are
 * reported in this order: length, charset, region, date, sequence, check_char.
 */
export function parseApplicationNo(
  input: string,
  options: { regionExists?: (code: string) => boolean } = {},
): ApplicationNoResult {
  const value = input.normalize('NFKC').trim().toUpperCase();
  if (value.length !== APPLICATION_NO_LENGTH) return problem('length');
  if (!/^\d{22}[\dX]$/.test(value)) return problem('charset');
  const region = value.slice(0, 6);
  if (!isDivisionCodeShape(region) || (options.regionExists && !options.regionExists(region)))
    return problem('region');
  const date = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (parseIsoDate(date) === null) return problem('date');
  const sequence = Number(value.slice(14, 22));
  if (sequence < 1) return problem('sequence');
  if (mod11_2CheckChar(value.slice(0, 22)) !== value[22]) return problem('check_char');
  return { ok: true, value, region, date, sequence };
}

/** The business date (Asia/Shanghai) of an instant: the date part of its number. */
export function applicationDateOf(instant: Date): string {
  return businessDateOf(instant);
}
