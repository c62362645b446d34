import fc from 'fast-check';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { totpStep } from './totp.js';

const SECRET = 'ONEWINDOWFOSHANDEMOSECRET2345672';
const codeOf = (step: number) => generateSync({ secret: SECRET, epoch: step * 30 });

describe('totpStep', () => {
  it('names the step of a code from the step before, the current one or the next, and no other', () => {
    const now = 59_861_892;
    const at = now * 30_000 + 12_345;
    for (const offset of [-1, 0, 1]) expect(totpStep(SECRET, codeOf(now + offset), at)).toBe(now + offset);
    // This secret's codes of these steps differ from those of the three accepted ones.
    for (const offset of [-3, -2, 2, 3]) expect(totpStep(SECRET, codeOf(now + offset), at)).toBeNull();
  });

  it('refuses anything but six digits without computing a code', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\d{6}$/.test(s)),
        (token) => totpStep(SECRET, token) === null,
      ),
    );
  });
});
