import { generateSync } from 'otplib';
import { DEMO_TOTP_SECRET } from '../seed/demo-accounts.js';

const STEP_MS = 30_000;

/** Logins sharing one database with no scope of their own: a process's servers on one store. */
const PROCESS_WIDE = {};
const taken = new WeakMap<object, Map<string, number>>();

/**
 * A TOTP code for a demo member of staff's next login. The server takes a code's time step once
 * per account (RFC 6238 §5.2) and accepts the current step and the next: a second login in
 * the same 30 seconds gets the next step's code, and one more waits for the clock. `scope` is
 * what shares the accounts' table: a test app, or (by default) the whole process.
 */
export async function nextDemoTotp(username: string, scope: object = PROCESS_WIDE): Promise<string> {
  const steps = taken.get(scope) ?? new Map<string, number>();
  taken.set(scope, steps);
  const now = Math.floor(Date.now() / STEP_MS);
  const step = Math.max(now, (steps.get(username) ?? now - 1) + 1);
  // Taken before waiting, so a concurrent login of the same account gets the step after.
  steps.set(username, step);
  const wait = (step - 1) * STEP_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50));
  return generateSync({ secret: DEMO_TOTP_SECRET, epoch: step * (STEP_MS / 1000) });
}

/**
 * Signs a demo member of staff in with `send`, given a code not taken yet in `scope`. A code the
 * server calls used (its database is a copy of one that saw it, or another scope took it) is
 * followed by the next one, a few times at most.
 */
export async function signInWithDemoTotp<T>(
  username: string,
  send: (totp: string) => Promise<T>,
  reused: (answer: T) => boolean | Promise<boolean>,
  scope?: object,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send(await nextDemoTotp(username, scope));
    if (attempt === 3 || !(await reused(answer))) return answer;
  }
}
