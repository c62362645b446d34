import type { z } from 'zod';
import type { AnyDb } from '../../platform/db/index.js';
import { translate } from '../../platform/i18n/index.js';
import { directoryRepository } from '../directory/index.js';
import type { MatterGuide } from './model.js';
import { catalogueRepository } from './repository.js';
import type { matterSummary } from './schemas.js';
import { type SearchEntry, type SearchFilters, searchEntries, suggestions } from './search-index.js';

type Listing = z.infer<typeof matterSummary>;
export type IndexedMatter = SearchEntry & { listing: Listing };

// Another process may publish at any time; checking the revision row at most once a
// second bounds how stale this process's copy can be without a query per search.
const REVISION_CHECK_MS = 1000;

export function catalogueSearch(db: AnyDb) {
  const repo = catalogueRepository(db);
  let entries: IndexedMatter[] = [];
  let revision = -1;
  let checkedAt = 0;
  let loading: Promise<void> | undefined;

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
      const all = await fresh();
      const hits = searchEntries(all, q ?? '', filters);
      return {
        items: hits
          .slice((page - 1) * pageSize, page * pageSize)
          .map((h) => (h.entry as IndexedMatter).listing),
        total: hits.length,
        page,
        pageSize,
        suggestions: hits.length === 0 && q ? suggestions(all, q) : [],
      };
    },
    async all() {
      return fresh();
    },
    /** This process changed the catalogue: look again on the next search. */
    invalidate() {
      checkedAt = 0;
    },
  };
}

export type CatalogueSearch = ReturnType<typeof catalogueSearch>;
