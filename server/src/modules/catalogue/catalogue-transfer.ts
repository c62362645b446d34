import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { type FieldProblem, invalidFields } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { directoryRepository } from '../directory/index.js';
import { type Facts, publishVersionInTrx, versionRow } from './catalogue-service.js';
import { guideProblems } from './guide-rules.js';
import { materialFileProblems } from './material-files.js';
import { withMaterialIds } from './material-ids.js';
import type { MatterGuide } from './model.js';
import { catalogueRepository } from './repository.js';
import type { catalogueExport } from './schemas.js';

export type CatalogueDocument = z.infer<typeof catalogueExport>;

/** The whole catalogue as one JSON document: each matter's newest version and its status. */
export async function exportCatalogue(ctx: AppContext): Promise<CatalogueDocument> {
  const repo = catalogueRepository(ctx.db);
  const codes = new Map((await directoryRepository(ctx.db).departments()).map((d) => [d.id, d.code]));
  const matters: CatalogueDocument['matters'] = [];
  for (const item of await repo.latestVersions(null)) {
    const matter = (await repo.findMatter(item.code))!;
    const versions = await repo.versionsOf(matter.id);
    // The published version is what the public sees; a newer draft travels as a draft.
    const chosen = versions.find((v) => v.status === 'published') ?? versions[0]!;
    const guide = JSON.parse(chosen.guide) as MatterGuide;
    matters.push({
      code: item.code,
      status:
        chosen.status === 'published' ? 'published' : chosen.status === 'withdrawn' ? 'withdrawn' : 'draft',
      guide: { ...guide, department: codes.get(matter.departmentId) ?? guide.department },
    });
  }
  const lifeEvents = (await repo.lifeEvents()).map((e) => ({
    code: e.code,
    name: e.name,
    audience: e.audience as 'person' | 'organization',
    summary: e.summary,
    matterCodes: JSON.parse(e.matterCodes) as string[],
  }));
  return { format: 'onewindow-catalogue/1', exportedAt: new Date().toISOString(), matters, lifeEvents };
}

/**
 * Imports a catalogue document in one transaction: new matters are created, changed ones get
 * a new version, unchanged ones are left alone; any invalid matter aborts the whole import.
 */
export async function importCatalogue(ctx: AppContext, doc: CatalogueDocument, facts: Facts) {
  const departments = new Map((await directoryRepository(ctx.db).departments()).map((d) => [d.code, d.id]));
  const matters = doc.matters.map((m) => ({ ...m, guide: withMaterialIds(m.guide) }));
  const problems: FieldProblem[] = [];
  for (const [i, m] of matters.entries()) {
    problems.push(
      ...guideProblems(m.guide).map((p) => ({ ...p, field: `matters.${i}.${p.field}` })),
      ...(await materialFileProblems(ctx.db, m.guide, `matters.${i}.guide`)),
      ...(departments.has(m.guide.department)
        ? []
        : [{ field: `matters.${i}.guide.department`, code: 'catalogue.unknown_department' }]),
    );
  }
  if (problems.length) throw invalidFields(problems);

  const counts = { created: 0, updated: 0, unchanged: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    const repo = catalogueRepository(trx);
    for (const m of matters) {
      const departmentId = departments.get(m.guide.department)!;
      let matter = await repo.findMatter(m.code);
      if (!matter) {
        matter = { id: randomUUID(), code: m.code, departmentId, createdAt: new Date().toISOString() };
        await repo.insertMatter(matter);
        await repo.insertVersion(versionRow(matter.id, 1, m.guide, facts.actor?.id ?? null));
        counts.created++;
      } else {
        const versions = await repo.versionsOf(matter.id);
        const latest = versions[0];
        if (
          latest &&
          latest.guide === JSON.stringify(m.guide) &&
          (latest.status === m.status || (latest.status === 'draft' && m.status === 'draft'))
        ) {
          counts.unchanged++;
          continue;
        }
        if (departmentId !== matter.departmentId) await repo.setMatterDepartment(matter.id, departmentId);
        const draft = versions.find((v) => v.status === 'draft');
        const row = versionRow(
          matter.id,
          draft ? draft.version : (latest?.version ?? 0) + 1,
          m.guide,
          facts.actor?.id ?? null,
        );
        if (draft) {
          const { id: _keep, ...patch } = row;
          await repo.updateVersion(draft.id, patch);
        } else {
          await repo.insertVersion(row);
        }
        counts.updated++;
      }
      if (m.status !== 'draft') await publishVersionInTrx(ctx, trx, matter.id, facts, m.code);
      if (m.status === 'withdrawn') {
        const published = (await repo.findVersion(matter.id, 'published'))!;
        await repo.updateVersion(published.id, { status: 'withdrawn' });
      }
    }
    for (const e of doc.lifeEvents)
      await repo.upsertLifeEvent({ ...e, matterCodes: JSON.stringify(e.matterCodes) });
    await repo.bumpRevision();
    await ctx.audit.recordInTrx(trx, {
      ...facts,
      action: 'catalogue.import',
      objectType: 'catalogue',
      detail: counts,
    });
  });
  return counts;
}
