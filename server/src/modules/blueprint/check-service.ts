import type { z } from 'zod';
import { type AnyTrx, newRowId, tablesOf } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { can, type Principal } from '../../platform/permissions/index.js';
import { assess } from './assess.js';
import { blueprintSnapshot, engineFor } from './engines.js';
import type { Facts } from './layer-service.js';
import type { CheckBody, checkResultSchema } from './schemas.js';
import type { BlueprintTables, CheckTable } from './tables.js';
import { departmentNames, layerSummaryOf } from './views.js';
import type { Engine } from './vocabulary.js';

export const PLAN_CHECKED = 'blueprint.checked';
export type CheckView = z.infer<typeof checkResultSchema>;

type Ctx = Pick<AppContext, 'db' | 'dialect' | 'audit'>;

/** Who asked: the account, and the organisation an agent acts for. */
export interface Checker {
  accountId: string;
  organizationId: string | null;
  facts: Facts;
}

/** The check's outcome against the layers as they are now (no writing). */
export async function evaluate(ctx: Ctx, body: CheckBody, engineName?: Engine) {
  const engine = await engineFor(ctx.db, ctx.dialect, engineName);
  const [snapshot, hits, siteAreaM2] = await Promise.all([
    blueprintSnapshot(ctx.db),
    engine.hits(body.site.geometry, body.site.bbox),
    engine.areaM2(body.site.geometry),
  ]);
  return {
    engine: engine.name,
    siteAreaM2,
    layersChecked: snapshot.layers.length,
    allLayers: snapshot.layers,
    ...assess(snapshot.layers, hits, siteAreaM2, body),
  };
}

/** The check's answer and its row, evaluated now and not yet stored. */
export async function prepareCheck(ctx: Ctx, body: CheckBody, who: Checker, engineName?: Engine) {
  const evaluated = await evaluate(ctx, body, engineName);
  const names = await departmentNames(ctx.db);
  const byId = new Map(evaluated.allLayers.map((l) => [l.id, l]));
  const checkedAt = new Date().toISOString();
  const view: CheckView = {
    id: newRowId(),
    result: evaluated.result,
    siteAreaM2: evaluated.siteAreaM2,
    checkedAt,
    engine: evaluated.engine,
    layersChecked: evaluated.layersChecked,
    input: {
      site: body.site.geometry,
      projectId: body.projectId ?? null,
      intendedUse: body.intendedUse,
      floorAreaRatio: body.floorAreaRatio ?? null,
      heightM: body.heightM ?? null,
      greenRatio: body.greenRatio ?? null,
    },
    layers: evaluated.layers.map(({ layerId, ...rest }) => ({
      layer: layerSummaryOf(byId.get(layerId)!, names),
      intersects: true,
      ...rest,
    })),
  };
  const { input, layers, ...head } = view;
  const row: CheckTable = {
    id: view.id,
    result: view.result,
    engine: view.engine,
    siteAreaM2: view.siteAreaM2,
    input: JSON.stringify(input),
    outcome: JSON.stringify({ ...head, layers }),
    projectId: input.projectId,
    checkedBy: who.accountId,
    organizationId: who.organizationId,
    checkedAt,
  };
  return { view, row, layersOf: byId };
}

/** Stores a prepared check in the caller's transaction with its audit record and `blueprint.checked`. */
export async function storeCheckInTrx(ctx: Pick<Ctx, 'audit'>, trx: AnyTrx, row: CheckTable, facts: Facts) {
  await tablesOf<BlueprintTables>(trx).insertInto('blueprintChecks').values(row).execute();
  await ctx.audit.recordInTrx(trx, {
    ...facts,
    action: 'blueprint.check',
    objectType: 'blueprint_check',
    objectId: row.id,
    detail: { result: row.result, engine: row.engine, projectId: row.projectId },
  });
  await emitInTrx(trx, PLAN_CHECKED, { checkId: row.id, result: row.result, projectId: row.projectId });
}

/**
 * 规划检测: the site against every layer; the answer is kept as checked (input, outcome, who,
 * when) with its audit record and the `blueprint.checked` event, in one transaction.
 */
export async function runCheck(
  ctx: Ctx,
  body: CheckBody,
  who: Checker,
  engineName?: Engine,
): Promise<CheckView> {
  const { view, row } = await prepareCheck(ctx, body, who, engineName);
  await ctx.db.transaction().execute((trx) => storeCheckInTrx(ctx, trx, row, who.facts));
  return view;
}

export const viewOfCheck = (row: CheckTable): CheckView => ({
  ...(JSON.parse(row.outcome) as Omit<CheckView, 'input'>),
  input: JSON.parse(row.input) as CheckView['input'],
});

/** A check the caller may read: staff any, an agent those of its organisation; others as if missing. */
export async function visibleCheck(ctx: Pick<AppContext, 'db'>, principal: Principal, id: string) {
  const row = await tablesOf<BlueprintTables>(ctx.db)
    .selectFrom('blueprintChecks')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (can(principal, 'blueprint.check.read_all')) return row;
  const own = principal.actingForOrgId
    ? row.organizationId === principal.actingForOrgId
    : row.checkedBy === principal.accountId;
  if (!own) throw notFound();
  return row;
}
