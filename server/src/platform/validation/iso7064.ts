/** ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') of a string of digits: the ID number's, and the 办件编号's. */
export function mod11_2CheckChar(digits: string): string {
  let p = 0;
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48;
    if (d < 0 || d > 9) throw new RangeError(`not a digit: ${JSON.stringify(ch)}`);
    p = ((p + d) * 2) % 11;
  }
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}

/** GB/T 2260 province-level codes of the mainland (71 Taiwan, 81 Hong Kong, 82 Macao are not among them). */
export const MAINLAND_PROVINCES: ReadonlySet<string> = new Set([
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
