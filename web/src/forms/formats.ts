// Client-side twins of the server's form formats (FORMATS in server/src/modules/catalogue/form-schema.ts).
// They only spare the applicant a round trip: the server checks again and has the last word.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function isPastDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= 1800 && date.getTime() <= Date.now();
}

/** 居民身份证号 (GB 11643): 17 digits, a real birth date and the ISO 7064 check character. */
export function isIdNumber(input: string): boolean {
  const value = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  if (!isPastDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)))) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === value[17];
}

/** 统一社会信用代码 (GB 32100). */
export function isCreditCode(input: string): boolean {
  const value = input.trim().toUpperCase();
  if (value.length !== 18 || [...value].some((ch) => !CREDIT_ALPHABET.includes(ch))) return false;
  if (!/^\d{6}$/.test(value.slice(2, 8))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(value[i]!) * CREDIT_WEIGHTS[i]!;
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31] === value[17];
}

/** A mainland mobile number, with or without +86, spaces or dashes. */
export function isMobile(input: string): boolean {
  return /^1[3-9]\d{9}$/.test(input.replace(/[\s-]/g, '').replace(/^\+?86/, ''));
}

export const customFormats = {
  'id-number': isIdNumber,
  'credit-code': isCreditCode,
  'mobile-cn': isMobile,
  'data-url': /^data:[\w/+.-]*(;[\w-]+=[^;,]*)*(;base64)?,/,
};
