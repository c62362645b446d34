import type { AppContext } from '../../platform/http/index.js';
import { compactListChanges } from './store/list-changes.js';

// Every case change appends a row per list it changes; a list's revision sums its rows, so
// they are folded often enough that the sum stays a read of a few rows.
const EVERY_MS = 10_000;

/** Folds the work lists' change rows in the background; answers a stop function. */
export function startListCompaction(ctx: AppContext, log: { error(o: object, m: string): void }) {
  const timer = setInterval(
    () =>
      void compactListChanges(ctx.db, ctx.dialect).catch((err) =>
        log.error({ err }, 'work list compaction failed'),
      ),
    EVERY_MS,
  );
  timer.unref();
  return () => clearInterval(timer);
}
