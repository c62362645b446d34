/**
 * A write refused for a duplicate key, on either engine: how a request learns that a concurrent
 * one won (the same Idempotency-Key, the same number). SQLite reports primary keys as unique
 * constraints too.
 */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return e?.code === '23505' || /UNIQUE constraint failed/.test(e?.message ?? '');
}
