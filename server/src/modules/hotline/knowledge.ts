import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import type { KnowledgeBody } from './schemas.js';
import type { HotlineTables, KnowledgeTable } from './tables.js';
import type { Subject } from './vocabulary.js';

const searchTextOf = (k: KnowledgeBody) => [k.title, ...k.keywords, k.answer].join('\n').toLowerCase();
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const knowledgeViewOf = (row: KnowledgeTable) => ({
  id: row.id,
  title: row.title,
  subject: row.subject,
  keywords: JSON.parse(row.keywords) as string[],
  answer: row.answer,
  usedCount: row.usedCount,
  updatedAt: row.updatedAt,
});

/** 知识库: the answers call takers read out, found by words in the title, keywords or answer. */
export function knowledgeRepository(anyDb: AnyDb | AnyTrx) {
  const db = tablesOf<HotlineTables>(anyDb);
  return {
    async page(
      filter: { q?: string | undefined; subject?: Subject | undefined },
      page: number,
      pageSize: number,
    ) {
      let q = db.selectFrom('hotlineKnowledge');
      for (const word of (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean))
        q = q.where(sql<boolean>`${sql.ref('searchText')} like ${`%${escapeLike(word)}%`} escape '\\'`);
      if (filter.subject) q = q.where('subject', '=', filter.subject);
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy('usedCount', 'desc')
        .orderBy('title')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items: rows.map(knowledgeViewOf), total: Number(n), page, pageSize };
    },
    find: (id: string) =>
      db.selectFrom('hotlineKnowledge').selectAll().where('id', '=', id).executeTakeFirst(),
    async insert(body: KnowledgeBody, by: string | null, id: string = randomUUID()) {
      const row: KnowledgeTable = {
        id,
        title: body.title,
        subject: body.subject,
        keywords: JSON.stringify(body.keywords),
        answer: body.answer,
        searchText: searchTextOf(body),
        usedCount: 0,
        updatedAt: new Date().toISOString(),
        updatedBy: by,
      };
      await db.insertInto('hotlineKnowledge').values(row).execute();
      return row;
    },
    update: (id: string, body: KnowledgeBody, by: string) =>
      db
        .updateTable('hotlineKnowledge')
        .set({
          title: body.title,
          subject: body.subject,
          keywords: JSON.stringify(body.keywords),
          answer: body.answer,
          searchText: searchTextOf(body),
          updatedAt: new Date().toISOString(),
          updatedBy: by,
        })
        .where('id', '=', id)
        .executeTakeFirst(),
    /** A direct answer given from the entry: counted in its transaction. */
    countUse: (id: string) =>
      db
        .updateTable('hotlineKnowledge')
        .set((eb) => ({ usedCount: eb(eb.ref('usedCount'), '+', 1) }))
        .where('id', '=', id)
        .execute(),
  };
}
