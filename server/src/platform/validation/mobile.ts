// Mainland mobile numbers (11 digits, 13x–19x); an optional +86 prefix is dropped.
export function normalizeMobile(input: string): string | null {
  const value = input.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  return /^1[3-9]\d{9}$/.test(value) ? value : null;
}
