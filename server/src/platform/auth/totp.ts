import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, label: string): string {
  return generateURI({ issuer: 'OneWindow 一网通办', label, secret });
}

export function totpNow(secret: string): string {
  return generateSync({ secret });
}

/** RFC 6238 with one 30-second step of clock drift allowed either way. */
export function verifyTotp(secret: string, token: string): boolean {
  if (!/^\d{6}$/.test(token)) return false;
  return verifySync({ secret, token, epochTolerance: 30 }).valid;
}
