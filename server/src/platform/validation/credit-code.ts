// GB 32100 unified social credit code (统一社会信用代码).
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'charset' | 'region' | 'check_char';

export type CreditCodeResult = { ok: true; value: string } | { ok: false; problem: CreditCodeProblem };

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function validateCreditCode(input: string): CreditCodeResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, problem: 'length' };
  for (const ch of value) if (!ALPHABET.includes(ch)) return { ok: false, problem: 'charset' };
  // Characters 3–8 are the registering authority's GB/T 2260 division code.
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { ok: false, problem: 'region' };
  if (creditCodeCheckChar(value) !== value[17]) return { ok: false, problem: 'check_char' };
  return { ok: true, value };
}
