import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import { ALL_LISTS, listRevision } from './store/list-changes.js';
import type { WorkflowTables } from './tables.js';

// Staff reload their inbox and the supervision lists all day, and a page changes only when a
// case on its list does: reading it took two queries and most of an inbox request's time
// (profiled 2026-11-28). Bounded (WORK_LIST_PAGES_KEPT): a page of 20 rows is a few KiB.

/**
 * Pages of one kind of work list, each kept under the revisions of the lists it reads (see
 * store/list-changes.ts): a change committed by any process moves them, so a kept page is
 * answered only while nothing it shows has changed. The revisions are read before the page:
 * a page read after a change is never kept under the revisions before it.
 */
export function keptPages<T extends object>(db: Kysely<WorkflowTables>, max: number) {
  const pages = max > 0 ? new LRUCache<string, T>({ max }) : undefined;
  return async (lists: readonly string[], request: string, read: () => Promise<T>): Promise<T> => {
    if (!pages) return read();
    const key = `${request}\u0000${await listRevision(db, [ALL_LISTS, ...lists])}`;
    const kept = pages.get(key);
    if (kept) return kept;
    const page = await read();
    pages.set(key, page);
    return page;
  };
}

/**
 * The JSON text a kept page is answered with, rendered once per page and the other values it
 * depends on (`on`, compared by identity): `keptPages` gives back the same page object while
 * its lists are unchanged, and its text comes back with it. A page read afresh is a new object
 * and is rendered anew. Encoding an inbox page of 20 tasks against its schema and writing it out
 * took 30 µs of a kept page's 260 (measured 2026-11-28).
 */
export function renderedPages() {
  const texts = new WeakMap<object, { on: readonly unknown[]; text: string }>();
  return async (page: object, on: readonly unknown[], render: () => Promise<string>): Promise<string> => {
    const done = texts.get(page);
    if (done && done.on.length === on.length && done.on.every((value, i) => value === on[i]))
      return done.text;
    const text = await render();
    texts.set(page, { on, text });
    return text;
  };
}
