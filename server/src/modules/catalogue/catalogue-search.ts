import type { z } from 'zod';
import type { AnyDb } from '../../platform/db/index.js';
import { translate } from '../../platform/i18n/index.js';
import { directoryRepository } from '../directory/index.js';
import type { MatterGuide } from './model.js';
import { catalogueRepository } from './repository.js';
import type { matterSummary } from './schemas.js';
import {
  type PreparedEntry,
  prepareEntries,
  type SearchEntry,
  type SearchFilters,
  type SearchHit,
  searchEntries,
  suggestions,
} from './search-index.js';

type Listing = z.infer<typeof matterSummary>;
export type IndexedMatter = SearchEntry & { listing: Listing };

// Another process may publish at any time; checking the revision row at most once a
// second bounds how stale this process's copy can be without a query per search.
const REVISION_CHECK_MS = 1000;
// Searches follow a steep popularity curve (社保, 公积金, 护照 …): the ranked hits of recent
// queries are kept per catalogue revision, so paging and repeats cost no scoring.
const RESULT_CACHE_SIZE = 500;
// A broad query on a large catalogue ranks thousands of matters: the cache also keeps no more
// than this many hits in all, else 500 such lists held hundreds of MiB (measured: the server
// grew to 975 MiB over 2,000 distinct queries on 10,000 matters).
const RESULT_CACHE_HITS = 50_000;

export function catalogueSearch(db: AnyDb) {
  const repo = catalogueRepository(db);
  let entries: IndexedMatter[] = [];
  let prepared: PreparedEntry<IndexedMatter>[] = [];
  let revision = -1;
  let checkedAt = 0;
  let loading: Promise<void> | undefined;
  const results = new Map<string, SearchHit<IndexedMatter>[]>();
  let cachedHits = 0;
  // Guides are read far more often than they change: kept per code for the current revision.
  const details = new Map<string, unknown>();

  function ranked(q: string, filters: SearchFilters): SearchHit<IndexedMatter>[] {
    const key = `${q}\u0001${filters.audience ?? ''}\u0001${filters.theme ?? ''}\u0001${filters.departmentId ?? ''}`;
    const cached = results.get(key);
    if (cached) {
      results.delete(key); // re-inserted: a Map keeps insertion order, so this is LRU
      results.set(key, cached);
      return cached;
    }
    const hits = searchEntries(prepared, q, filters);
    if (hits.length > RESULT_CACHE_HITS) return hits;
    while (results.size >= RESULT_CACHE_SIZE || cachedHits + hits.length > RESULT_CACHE_HITS) {
      const [oldest, dropped] = results.entries().next().value!;
      results.delete(oldest);
      cachedHits -= dropped.length;
    }
    results.set(key, hits);
    cachedHits += hits.length;
    return hits;
  }

  async function load(): Promise<void> {
    const current = await repo.revision();
    if (current === revision) return;
    const departments = new Map((await directoryRepository(db).departments()).map((d) => [d.id, d.name]));
    const rows = await repo.publishedForSearch();
    entries = rows.map((row) => {
      const guide = JSON.parse(row.guide) as MatterGuide;
      const departmentName = departments.get(row.departmentId) ?? '';
      return {
        code: row.code,
        name: row.name,
        departmentId: row.departmentId,
        audiences: guide.audiences,
        themes: guide.themes,
        phrases: [...guide.keywords, ...guide.themes.map((t) => translate('zh-CN', `theme.${t}`))],
        pinyin: row.searchPinyin.split('|'),
        initials: row.searchInitials.split('|'),
        text: `${guide.summary} ${departmentName}`,
        listing: {
          code: row.code,
          name: row.name,
          type: guide.type,
          departmentId: row.departmentId,
          departmentName,
          audiences: guide.audiences,
          themes: guide.themes,
          onlineDepth: guide.onlineDepth,
          visits: guide.visits,
          promisedLimitDays: guide.promisedLimitDays,
          legalLimitDays: guide.legalLimitDays,
        },
      };
    });
    prepared = prepareEntries(entries);
    results.clear();
    cachedHits = 0;
    details.clear();
    revision = current;
  }

  async function fresh(): Promise<IndexedMatter[]> {
    if (Date.now() - checkedAt > REVISION_CHECK_MS) {
      loading ??= load().finally(() => {
        loading = undefined;
      });
      await loading;
      checkedAt = Date.now();
    }
    return entries;
  }

  return {
    async search(q: string | undefined, filters: SearchFilters, page: number, pageSize: number) {
      await fresh();
      const hits = ranked((q ?? '').trim().toLowerCase(), filters);
      return {
        items: hits
          .slice((page - 1) * pageSize, page * pageSize)
          .map((h) => (h.entry as IndexedMatter).listing),
        total: hits.length,
        page,
        pageSize,
        suggestions: hits.length === 0 && q ? suggestions(prepared, q) : [],
      };
    },
    async all() {
      return fresh();
    },
    /** The published guide of a matter, loaded once per catalogue revision; null when none. */
    async detail<T>(code: string, loader: () => Promise<T | null>): Promise<T | null> {
      await fresh();
      if (details.has(code)) return details.get(code) as T | null;
      const loaded = await loader();
      if (details.size >= RESULT_CACHE_SIZE * 4) details.delete(details.keys().next().value!);
      details.set(code, loaded);
      return loaded;
    },
    /** This process changed the catalogue: look again on the next search. */
    invalidate() {
      checkedAt = 0;
    },
  };
}

export type CatalogueSearch = ReturnType<typeof catalogueSearch>;
