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

/**
 * The time step (RFC 6238's T) of the code `token` if it is valid now, with one 30-second step
 * of clock drift allowed either way; null if it is not. A code must also be refused when its
 * step is not after the last one accepted for the account (§5.2), which only the caller knows.
 */
export function totpStep(secret: string, token: string, at = Date.now()): number | null {
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({ secret, token, epochTolerance: 30, epoch: Math.floor(at / 1000) });
  // The union covers HOTP's result too, which has a counter instead of a time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
