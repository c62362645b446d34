// GB 11643 citizen identity number, plus the two formats that share its checksum:
// foreign permanent-residence IDs (leading 9) and HK/Macau/Taiwan residence permits
// (810000 / 820000 / 830000).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
]);
const RESIDENCE_PERMITS = new Set(['810000', '820000', '830000']);

export type IdNumberProblem = 'length' | 'charset' | 'region' | 'birth_date' | 'check_char';

export type IdNumberResult =
  | { ok: true; value: string; birthDate: string; gender: 'male' | 'female'; regionCode: string }
  | { ok: false; problem: IdNumberProblem };

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(y: number, m: number, d: number, today: Date): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= 1800 && date.getTime() <= today.getTime();
}

function regionIsKnown(region: string): boolean {
  if (RESIDENCE_PERMITS.has(region)) return true;
  // Foreign permanent-residence IDs: 9 + province code of the issuing office.
  if (region.startsWith('9')) return PROVINCES.has(region.slice(1, 3));
  return PROVINCES.has(region.slice(0, 2));
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
