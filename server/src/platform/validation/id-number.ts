import { MAINLAND_PROVINCES, mod11_2CheckChar } from './iso7064.js';

// GB 11643 citizen identity number, plus the two formats that share its checksum:
// foreign permanent-residence IDs (leading 9) and HK/Macau/Taiwan residence permits
// (810000 / 820000 / 830000).
const RESIDENCE_PERMITS = new Set(['810000', '820000', '830000']);

export type IdNumberProblem = 'length' | 'charset' | 'region' | 'birth_date' | 'check_char';

export type IdNumberResult =
  | { ok: true; value: string; birthDate: string; gender: 'male' | 'female'; regionCode: string }
  | { ok: false; problem: IdNumberProblem };

/** The check character of an ID number from its first 17 digits (any further characters are ignored). */
export function idNumberCheckChar(first17: string): string {
  return mod11_2CheckChar(first17.slice(0, 17));
}

function isRealDate(y: number, m: number, d: number, today: Date): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= 1800 && date.getTime() <= today.getTime();
}

function regionIsKnown(region: string): boolean {
  if (RESIDENCE_PERMITS.has(region)) return true;
  // Foreign permanent-residence IDs: 9 + province code of the issuing office.
  if (region.startsWith('9')) return MAINLAND_PROVINCES.has(region.slice(1, 3));
  return MAINLAND_PROVINCES.has(region.slice(0, 2));
}

export function validateIdNumber(input: string, today: Date = new Date()): IdNumberResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'charset' };
  const regionCode = value.slice(0, 6);
  if (!regionIsKnown(regionCode)) return { ok: false, problem: 'region' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  if (!isRealDate(y, m, d, today)) return { ok: false, problem: 'birth_date' };
  if (idNumberCheckChar(value) !== value[17]) return { ok: false, problem: 'check_char' };
  return {
    ok: true,
    value,
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    regionCode,
  };
}
