import type { AppContext } from '../../platform/http/index.js';
import { compactListChanges } from './store/list-changes.js';

// Every case change appends a row per list it changes, and a list's revision sums its rows:
// at 700 decisions a second, ten seconds left 7,000 rows under the city's supervision list and
// its revision took 0.8 ms to read (more than reading its page afresh). Folded every second,
// a busy list's sum reads a few hundred rows; a tick with nothing to fold writes nothing.
const EVERY_MS = 1000;

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
