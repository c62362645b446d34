import type { AppContext } from '../../platform/http/index.js';

export interface SealStatus {
  seals: 'ok' | 'broken';
  /** What is broken, for the operator: which key or certificate, never key material. */
  sealsReason?: string;
}

interface Checked extends SealStatus {
  checkedAt: number;
}

// Per app context (each test app and each process has its own); a failed use marks it at once,
// only a full check (start-up, or health once the last check is stale) marks it whole again.
const statuses = new WeakMap<AppContext, Checked>();

export function markSealsBroken(ctx: AppContext, reason: string): void {
  statuses.set(ctx, { seals: 'broken', sealsReason: reason, checkedAt: statuses.get(ctx)?.checkedAt ?? 0 });
}

export function recordSealCheck(ctx: AppContext, status: SealStatus): void {
  statuses.set(ctx, { ...status, checkedAt: Date.now() });
}

export function lastSealCheck(ctx: AppContext): Checked | undefined {
  return statuses.get(ctx);
}
