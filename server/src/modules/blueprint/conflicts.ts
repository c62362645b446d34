import type { MultiPolygon, Position } from 'geojson';
import { type AnyDb, newRowId, tablesOf } from '../../platform/db/index.js';
import { notFound, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { can, type Principal } from '../../platform/permissions/index.js';
import { directoryRepository } from '../directory/index.js';
import { spatialIndex } from './engines.js';
import { type Areal, bboxOf, overlapOf } from './geometry.js';
import type { Facts } from './layer-service.js';
import { blueprintRepository } from './repository.js';
import type { BlueprintTables, ConflictTable, LayerTable } from './tables.js';
import type { ElementClass } from './vocabulary.js';

export const CONFLICT_OPENED = 'blueprint.conflict_opened';
export const CONFLICT_CHANGED = 'blueprint.conflict_changed';

// Areas that admit no construction: red lines, farmland, water sources, public-welfare forest.
const PROTECTED: readonly ElementClass[] = ['ecological_redline', 'basic_farmland', 'water_source', 'forest'];

/**
 * What contradicts what (冲突): a protected area that is forbidden ground lying inside the urban
 * development boundary, or under a regulatory parcel planned as construction land (any use but
 * G, green space). Rivers, roads and the restricted layers are conditions a check reports, not
 * contradictions between plans.
 */
interface ConflictRule {
  protectedLayer: (l: LayerTable) => boolean;
  other: (l: LayerTable) => boolean;
  otherFeature: (attributes: Record<string, unknown>) => boolean;
}
const RULES: ConflictRule[] = [
  {
    protectedLayer: (l) => l.rule === 'forbidden' && PROTECTED.includes(l.elementClass),
    other: (l) => l.elementClass === 'urban_boundary',
    otherFeature: () => true,
  },
  {
    protectedLayer: (l) => l.rule === 'forbidden' && PROTECTED.includes(l.elementClass),
    other: (l) => l.elementClass === 'regulatory_parcel',
    otherFeature: (a) => typeof a.landUseCode !== 'string' || !a.landUseCode.startsWith('G'),
  },
];

interface Found {
  protectedLayer: LayerTable;
  featureId: string;
  featureName: string | null;
  other: LayerTable;
  otherFeatureId: string;
  otherFeatureName: string | null;
  overlap: MultiPolygon;
  areaM2: number;
}

const polygonsOf = (g: Areal): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/**
 * Every contradiction between the layers now: one per protected feature and layer it runs into
 * (its overlaps with that layer's features summed, the largest named). Reads only.
 */
export async function findConflicts(db: AnyDb): Promise<{ scannedPairs: number; found: Found[] }> {
  const { layers, index } = await spatialIndex(db);
  if (!index.tree) return { scannedPairs: 0, found: [] };
  const repo = blueprintRepository(db);
  const byId = new Map(layers.map((l) => [l.id, l]));
  const found: Found[] = [];
  let scannedPairs = 0;
  for (const rule of RULES) {
    const others = new Set(layers.filter(rule.other).map((l) => l.id));
    const protectedLayers = layers.filter(rule.protectedLayer);
    for (const feature of await repo.featuresOfLayers(protectedLayers.map((l) => l.id))) {
      const candidates = index.tree
        .search(feature.minLng, feature.minLat, feature.maxLng, feature.maxLat)
        .filter((i) => others.has(index.layerIds[i]!))
        .map((i) => index.ids[i]!);
      if (!candidates.length) continue;
      const geometry = JSON.parse(feature.geometry) as Areal;
      const perLayer = new Map<
        string,
        {
          parts: Position[][][];
          areaM2: number;
          largest: { id: string; name: string | null; areaM2: number };
        }
      >();
      for (const c of await repo.featuresByIds(candidates)) {
        scannedPairs += 1;
        if (!rule.otherFeature(JSON.parse(c.attributes) as Record<string, unknown>)) continue;
        const overlap = overlapOf(geometry, JSON.parse(c.geometry) as Areal);
        if (!overlap) continue;
        const seen = perLayer.get(c.layerId) ?? {
          parts: [],
          areaM2: 0,
          largest: { id: c.id, name: c.name, areaM2: 0 },
        };
        seen.parts.push(...polygonsOf(overlap.geometry));
        seen.areaM2 += overlap.areaM2;
        if (overlap.areaM2 > seen.largest.areaM2)
          seen.largest = { id: c.id, name: c.name, areaM2: overlap.areaM2 };
        perLayer.set(c.layerId, seen);
      }
      for (const [layerId, seen] of perLayer)
        found.push({
          protectedLayer: byId.get(feature.layerId)!,
          featureId: feature.id,
          featureName: feature.name,
          other: byId.get(layerId)!,
          otherFeatureId: seen.largest.id,
          otherFeatureName: seen.largest.name,
          overlap: { type: 'MultiPolygon', coordinates: seen.parts },
          areaM2: seen.areaM2,
        });
    }
  }
  return { scannedPairs, found };
}

const conflictsOf = (db: AnyDb) => tablesOf<BlueprintTables>(db);

/**
 * 冲突协调, the batch scan: every contradiction not yet on a case opens one for the departments
 * of both layers (row, departments, audit record, `blueprint.conflict_opened`), all in one
 * transaction. A pair already on a case, open or resolved, is not opened again.
 */
export async function scanConflicts(ctx: Pick<AppContext, 'db' | 'audit'>, facts: Facts) {
  const { scannedPairs, found } = await findConflicts(ctx.db);
  const keyOf = (f: Found) => `${f.featureId}|${f.other.id}`;
  const known = new Set(
    (await conflictsOf(ctx.db).selectFrom('blueprintConflicts').select('pairKey').execute()).map(
      (r) => r.pairKey,
    ),
  );
  const fresh = found.filter((f) => !known.has(keyOf(f)));
  const openedAt = new Date().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const db = conflictsOf(trx);
    for (const f of fresh) {
      const [minLng, minLat, maxLng, maxLat] = bboxOf(f.overlap);
      const row: ConflictTable = {
        id: newRowId(),
        pairKey: keyOf(f),
        kind: `${f.protectedLayer.elementClass}/${f.other.elementClass}`,
        status: 'open',
        protectedLayerId: f.protectedLayer.id,
        protectedFeatureId: f.featureId,
        protectedFeatureName: f.featureName,
        otherLayerId: f.other.id,
        otherFeatureId: f.otherFeatureId,
        otherFeatureName: f.otherFeatureName,
        overlap: JSON.stringify(f.overlap),
        overlapAreaM2: f.areaM2,
        minLng,
        minLat,
        maxLng,
        maxLat,
        decision: null,
        resolution: null,
        resolvedBy: null,
        resolvedAt: null,
        openedAt,
      };
      const departments = [...new Set([f.protectedLayer.departmentCode, f.other.departmentCode])];
      await db.insertInto('blueprintConflicts').values(row).execute();
      await db
        .insertInto('blueprintConflictDepartments')
        .values(departments.map((departmentCode) => ({ conflictId: row.id, departmentCode })))
        .execute();
      await ctx.audit.recordInTrx(trx, {
        ...facts,
        action: 'blueprint.conflict.open',
        objectType: 'blueprint_conflict',
        objectId: row.id,
        detail: {
          kind: row.kind,
          layers: [f.protectedLayer.code, f.other.code],
          overlapAreaM2: Math.round(f.areaM2),
        },
      });
      await emitInTrx(trx, CONFLICT_OPENED, { conflictId: row.id, kind: row.kind, departments });
    }
  });
  return { scannedPairs, found: found.length, opened: fresh.length };
}

/** Which cases a caller sees: all (supervisors, the administrator), or those involving their department. */
export async function conflictScope(
  db: AnyDb,
  principal: Principal,
): Promise<{ all: true } | { all: false; department: string | null }> {
  if (can(principal, 'blueprint.conflict.read_all')) return { all: true };
  const department = principal.departmentId
    ? await directoryRepository(db).findDepartment(principal.departmentId)
    : null;
  return { all: false, department: department?.code ?? null };
}

export async function conflictPage(
  db: AnyDb,
  scope: Awaited<ReturnType<typeof conflictScope>>,
  filter: { status?: 'open' | 'resolved' | undefined },
  page: number,
  pageSize: number,
) {
  if (!scope.all && !scope.department) return { rows: [], total: 0 };
  let q = conflictsOf(db).selectFrom('blueprintConflicts');
  if (!scope.all)
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('blueprintConflictDepartments')
        .select('conflictId')
        .where('departmentCode', '=', scope.department!),
    );
  if (filter.status) q = q.where('status', '=', filter.status);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('openedAt', 'desc')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function departmentsOf(db: AnyDb, conflictIds: string[]) {
  if (!conflictIds.length) return new Map<string, string[]>();
  const rows = await conflictsOf(db)
    .selectFrom('blueprintConflictDepartments')
    .selectAll()
    .where('conflictId', 'in', conflictIds)
    .orderBy('departmentCode')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.conflictId, [...(out.get(r.conflictId) ?? []), r.departmentCode]);
  return out;
}

/** A case the caller may see; one out of scope answers as a missing one. */
export async function visibleConflict(db: AnyDb, principal: Principal, id: string) {
  const scope = await conflictScope(db, principal);
  const row = await conflictsOf(db)
    .selectFrom('blueprintConflicts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const departments = (await departmentsOf(db, [id])).get(id) ?? [];
  if (!scope.all && !(scope.department && departments.includes(scope.department))) throw notFound();
  const opinions = await conflictsOf(db)
    .selectFrom('blueprintConflictOpinions')
    .selectAll()
    .where('conflictId', '=', id)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return { row, departments, opinions, ownDepartment: scope.all ? null : scope.department };
}

export type VisibleConflict = Awaited<ReturnType<typeof visibleConflict>>;

/** What the caller may do on the case now: give their department's opinion, or decide it. */
export function conflictActions(principal: Principal, c: VisibleConflict): ('opinion' | 'resolve')[] {
  if (c.row.status !== 'open') return [];
  const involved = c.ownDepartment !== null && c.departments.includes(c.ownDepartment);
  const actions: ('opinion' | 'resolve')[] = [];
  if (involved && can(principal, 'blueprint.conflict.opinion')) actions.push('opinion');
  if (can(principal, 'blueprint.conflict.resolve') && (involved || principal.roles.includes('supervisor')))
    actions.push('resolve');
  return actions;
}

const stillOpen = (c: VisibleConflict) => {
  if (c.row.status !== 'open') throw new ProblemError(409, 'blueprint.conflict.resolved');
};

export async function giveOpinion(
  ctx: Pick<AppContext, 'db' | 'audit'>,
  principal: Principal,
  id: string,
  opinion: string,
  facts: Facts,
) {
  const c = await visibleConflict(ctx.db, principal, id);
  if (!conflictActions(principal, c).includes('opinion')) {
    stillOpen(c);
    throw new ProblemError(403, 'error.forbidden');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      id: newRowId(),
      conflictId: id,
      departmentCode: c.ownDepartment!,
      authorId: principal.accountId,
      authorLabel: principal.label,
      opinion,
      createdAt: new Date().toISOString(),
    };
    await conflictsOf(trx).insertInto('blueprintConflictOpinions').values(row).execute();
    await ctx.audit.recordInTrx(trx, {
      ...facts,
      action: 'blueprint.conflict.opinion',
      objectType: 'blueprint_conflict',
      objectId: id,
      detail: { department: row.departmentCode },
    });
    await emitInTrx(trx, CONFLICT_CHANGED, {
      conflictId: id,
      change: 'opinion',
      department: row.departmentCode,
    });
  });
}

/**
 * Decides a case once every department involved has given its opinion. Two deciding at once:
 * the update only takes an open case, so one wins and the other is told it is resolved.
 */
export async function resolveConflict(
  ctx: Pick<AppContext, 'db' | 'audit'>,
  principal: Principal,
  id: string,
  decision: { decision: string; resolution: string },
  facts: Facts,
) {
  const c = await visibleConflict(ctx.db, principal, id);
  stillOpen(c);
  if (!conflictActions(principal, c).includes('resolve')) throw new ProblemError(403, 'error.forbidden');
  const answered = new Set(c.opinions.map((o) => o.departmentCode));
  const missing = c.departments.filter((d) => !answered.has(d));
  if (missing.length) {
    const names = await Promise.all(
      missing.map((code) => directoryRepository(ctx.db).findDepartmentByCode(code)),
    );
    throw new ProblemError(409, 'blueprint.conflict.opinions_missing', {
      params: { departments: names.map((n, i) => n?.name ?? missing[i]).join('、') },
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await conflictsOf(trx)
      .updateTable('blueprintConflicts')
      .set({
        status: 'resolved',
        decision: decision.decision,
        resolution: decision.resolution,
        resolvedBy: principal.label,
        resolvedAt: new Date().toISOString(),
      })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ProblemError(409, 'blueprint.conflict.resolved');
    await ctx.audit.recordInTrx(trx, {
      ...facts,
      action: 'blueprint.conflict.resolve',
      objectType: 'blueprint_conflict',
      objectId: id,
      detail: { decision: decision.decision },
    });
    await emitInTrx(trx, CONFLICT_CHANGED, {
      conflictId: id,
      change: 'resolved',
      decision: decision.decision,
    });
  });
}
