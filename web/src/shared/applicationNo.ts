// 办件编号: 6-digit region, 8-digit date, 8-digit daily sequence, ISO 7064 MOD 11-2 check
// character (0–9 or X), 23 in all. The server has the authoritative rules
// (server/src/modules/applications/numbering); this only spares a round trip for a typo.

/** What a person may type or paste: spaces, dashes and a lower-case x are forgiven. */
export function normaliseApplicationNo(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

function checkChar(digits: string): string {
  let p = 0;
  for (const ch of digits) p = ((p + Number(ch)) * 2) % 11;
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}

export type ApplicationNoProblem = 'length' | 'check';

/** Null when the number is well formed. */
export function applicationNoProblem(value: string): ApplicationNoProblem | null {
  if (!/^\d{22}[\dX]$/.test(value)) return 'length';
  return checkChar(value.slice(0, 22)) === value[22] ? null : 'check';
}

/** Groups along the number's structure, for reading aloud and copying by hand: 440600 20261126 00000001 3. */
export function applicationNoGroups(value: string): string[] {
  if (value.length !== 23) return [value];
  return [value.slice(0, 6), value.slice(6, 14), value.slice(14, 22), value.slice(22)];
}
