import { randomInt } from 'node:crypto';

// 证照编号, 19 characters:
//
//   JY 440600 2026 000123 K
//   │  │      │    │      └ check character (below)
//   │  │      │    └ yearly sequence of that type in that region, 6 digits, from 000001
//   │  │      └ year of issue (Asia/Shanghai)
//   │  └ GB/T 2260 code of the issuing department's division
//   └ two letters of the licence type (JY 食品经营许可证, as on paper licences)
//
// The check character is GB 32100's (统一社会信用代码), carried to any length: character
// values in the 31-character alphabet below, weights 3^i mod 31, check = (31 − Σ mod 31) mod
// 31. People already read it on every business licence. Its alphabet has no I, O, S, V, Z,
// so nobody confuses O with 0 or I with 1 when typing a number from paper. 31 is prime and
// no weight is 0, so any single wrong character changes the sum by (a − b)·w ≢ 0; swapping
// neighbours changes it by (a − b)(3w − w) = 2(a − b)·w ≢ 0; swapping the last body
// character with the check character by (a − c)(w − 1) ≢ 0 while w ≠ 1 (3 has order 30
// mod 31, and bodies are shorter than 30).

export const LICENSE_NO_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const LICENSE_NO_LENGTH = 19;
export const MAX_YEARLY_SEQUENCE = 999_999;

/** The GB 32100 check character of a body in LICENSE_NO_ALPHABET, of any length below 30. */
export function mod31CheckChar(body: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of body) {
    const value = LICENSE_NO_ALPHABET.indexOf(ch);
    if (value < 0) throw new RangeError(`not in the licence number alphabet: ${JSON.stringify(ch)}`);
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return LICENSE_NO_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export interface LicenseNoParts {
  prefix: string;
  region: string;
  year: number;
  sequence: number;
}

export function formatLicenseNo(parts: LicenseNoParts): string {
  if (!/^[A-Z]{2}$/.test(parts.prefix)) throw new RangeError(`not a licence prefix: ${parts.prefix}`);
  if (!/^\d{6}$/.test(parts.region)) throw new RangeError(`not a division code: ${parts.region}`);
  if (!Number.isInteger(parts.year) || parts.year < 2000 || parts.year > 9999)
    throw new RangeError(`not a year: ${parts.year}`);
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > MAX_YEARLY_SEQUENCE)
    throw new RangeError(`sequence out of 1…${MAX_YEARLY_SEQUENCE}: ${parts.sequence}`);
  const body = `${parts.prefix}${parts.region}${parts.year}${String(parts.sequence).padStart(6, '0')}`;
  return body + mod31CheckChar(body);
}

export type LicenseNoProblem = 'length' | 'charset' | 'check_char';

/**
 * Reads a licence number as people type it: spaces anywhere, lower case and full-width
 * characters are what they stand for (NFKC, upper case); `value` is the canonical form.
 */
export function parseLicenseNo(
  input: string,
): { ok: true; value: string } | { ok: false; problem: LicenseNoProblem } {
  const value = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (value.length !== LICENSE_NO_LENGTH) return { ok: false, problem: 'length' };
  if (!/^[A-Z]{2}\d{16}$/.test(value.slice(0, -1)) || !LICENSE_NO_ALPHABET.includes(value.at(-1)!))
    return { ok: false, problem: 'charset' };
  if ([...value.slice(0, 2)].some((ch) => !LICENSE_NO_ALPHABET.includes(ch)))
    return { ok: false, problem: 'charset' };
  if (mod31CheckChar(value.slice(0, -1)) !== value.at(-1)) return { ok: false, problem: 'check_char' };
  return { ok: true, value };
}

/** 核验码: 8 characters of the same alphabet (≈ 40 bits), printed beside the number. */
export function newVerifyCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += LICENSE_NO_ALPHABET[randomInt(LICENSE_NO_ALPHABET.length)];
  return code;
}

export function normalizeVerifyCode(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s-]+/g, '')
    .toUpperCase();
}
