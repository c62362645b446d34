import type { z } from 'zod';
import { businessDateOf } from '../../platform/calendar/index.js';
import { type AnyDb, newRowId, tablesOf } from '../../platform/db/index.js';
import { notFound, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { type Locale, translate } from '../../platform/i18n/index.js';
import { can, type Principal } from '../../platform/permissions/index.js';
import { workingCalendar } from '../calendar/index.js';
import { directoryRepository } from '../directory/index.js';
import { FOSHAN_PROJECT_CATEGORIES } from '../projects/index.js';
import { type Checker, prepareCheck, storeCheckInTrx } from './check-service.js';
import type { Facts } from './layer-service.js';
import type { PlanningBody, planningSchema } from './schemas.js';
import type { BlueprintTables, PlanningTable, PreOpinionTable } from './tables.js';
import { departmentNames, departmentOf } from './views.js';

export const PLANNING_CREATED = 'blueprint.planning_created';
export const PRE_OPINION_GIVEN = 'blueprint.pre_opinion_given';
/** Working days a department has for its pre-opinion (策划生成阶段的部门意见征询). */
export const PRE_OPINION_WORKING_DAYS = 5;

type PlanningView = z.infer<typeof planningSchema>;
const tables = (db: AnyDb) => tablesOf<BlueprintTables>(db);

interface Stage {
  stage: string;
  leadDepartmentCode: string;
  matters: string[];
}

/** The stages and matters of a category as the projects module configures them. */
function stagesOf(categoryCode: string): Stage[] {
  const category = FOSHAN_PROJECT_CATEGORIES.find((c) => c.code === categoryCode);
  if (!category)
    throw new ProblemError(400, 'validation.failed', {
      fields: [{ field: 'categoryCode', code: 'blueprint.category_unknown' }],
    });
  return category.stages.map((s) => ({ stage: s.stage, leadDepartmentCode: s.lead, matters: s.matters }));
}

/**
 * 项目策划生成: for a site and category, the stages and matters the project will go through,
 * a plan check of the site, and pre-opinion requests to the departments concerned — those
 * whose layers the site meets with a condition or a conflict, and the lead department of the
 * first stage — each due in five working days (the statutory calendar). All in one
 * transaction with the check, the audit record and `blueprint.planning_created`.
 */
export async function createPlanning(ctx: AppContext, body: PlanningBody, who: Checker) {
  const stages = stagesOf(body.categoryCode);
  const { view: check, row: checkRow, layersOf } = await prepareCheck(ctx, body, who);
  const reasons = new Map<string, string[]>();
  const ask = (department: string, reason: string) =>
    reasons.set(department, [...(reasons.get(department) ?? []), reason]);
  for (const l of check.layers)
    if (l.verdict === 'conflict' || l.verdict === 'conditional')
      ask(
        layersOf.get(l.layer.id)!.departmentCode,
        `${l.layer.name}（${translate('zh-CN', `blueprint.result.${l.verdict}`)}）`,
      );
  ask(stages[0]!.leadDepartmentCode, `牵头${translate('zh-CN', `project.stage.${stages[0]!.stage}`)}`);

  const calendar = await workingCalendar(ctx);
  const dueOn = calendar.addWorkingDays(businessDateOf(new Date()), PRE_OPINION_WORKING_DAYS);
  const createdAt = new Date().toISOString();
  const planning: PlanningTable = {
    id: newRowId(),
    name: body.name,
    categoryCode: body.categoryCode,
    intendedUse: body.intendedUse,
    site: JSON.stringify(body.site.geometry),
    checkId: checkRow.id,
    result: check.result,
    stages: JSON.stringify(stages),
    createdBy: who.accountId,
    organizationId: who.organizationId,
    createdAt,
  };
  const requests: PreOpinionTable[] = [...reasons].map(([departmentCode, why]) => ({
    id: newRowId(),
    planningId: planning.id,
    departmentCode,
    reason: why.join('；'),
    dueOn,
    status: 'pending',
    opinion: null,
    answeredBy: null,
    answeredAt: null,
  }));
  await ctx.db.transaction().execute(async (trx) => {
    await storeCheckInTrx(ctx, trx, checkRow, who.facts);
    await tables(trx).insertInto('blueprintPlannings').values(planning).execute();
    await tables(trx).insertInto('blueprintPreOpinions').values(requests).execute();
    await ctx.audit.recordInTrx(trx, {
      ...who.facts,
      action: 'blueprint.planning.create',
      objectType: 'blueprint_planning',
      objectId: planning.id,
      detail: {
        categoryCode: planning.categoryCode,
        checkId: planning.checkId,
        departments: [...reasons.keys()],
      },
    });
    await emitInTrx(trx, PLANNING_CREATED, {
      planningId: planning.id,
      result: planning.result,
      preOpinions: requests.map((r) => ({ department: r.departmentCode, dueOn: r.dueOn })),
    });
  });
  return planning.id;
}

/** A planning as the contract shows it (no access check: callers decide who may see it). */
export async function planningOf(
  ctx: Pick<AppContext, 'db'>,
  id: string,
  locale: Locale = 'zh-CN',
): Promise<PlanningView | null> {
  const row = await tables(ctx.db)
    .selectFrom('blueprintPlannings')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [requests, names] = await Promise.all([
    tables(ctx.db)
      .selectFrom('blueprintPreOpinions')
      .selectAll()
      .where('planningId', '=', id)
      .orderBy('departmentCode')
      .execute(),
    departmentNames(ctx.db),
  ]);
  return {
    id: row.id,
    name: row.name,
    categoryCode: row.categoryCode,
    checkId: row.checkId,
    result: row.result,
    createdAt: row.createdAt,
    stages: (JSON.parse(row.stages) as Stage[]).map((s) => ({
      stage: s.stage,
      name: translate(locale, `project.stage.${s.stage}`),
      leadDepartment: departmentOf(s.leadDepartmentCode, names).name,
      matters: s.matters,
    })),
    preOpinions: requests.map((r) => ({
      id: r.id,
      department: departmentOf(r.departmentCode, names),
      reason: r.reason,
      dueOn: r.dueOn,
      status: r.status,
      opinion: r.opinion,
      answeredAt: r.answeredAt,
    })),
  };
}

async function departmentCodeOf(db: AnyDb, principal: Principal) {
  return principal.departmentId
    ? ((await directoryRepository(db).findDepartment(principal.departmentId))?.code ?? null)
    : null;
}

/**
 * Who sees a planning: whoever made it (and the organisation an agent made it for), the
 * departments asked for an opinion, supervisors. Others are told it does not exist.
 */
export async function visiblePlanning(
  ctx: Pick<AppContext, 'db'>,
  principal: Principal,
  id: string,
  locale: Locale,
) {
  const view = await planningOf(ctx, id, locale);
  if (!view) throw notFound();
  if (can(principal, 'blueprint.planning.read_all')) return view;
  const row = (await tables(ctx.db)
    .selectFrom('blueprintPlannings')
    .select(['createdBy', 'organizationId'])
    .where('id', '=', id)
    .executeTakeFirst())!;
  const own = principal.actingForOrgId
    ? row.organizationId === principal.actingForOrgId
    : row.createdBy === principal.accountId;
  const department = await departmentCodeOf(ctx.db, principal);
  if (own || view.preOpinions.some((p) => p.department.code === department)) return view;
  throw notFound();
}

/**
 * The plannings a caller sees, newest first: a department's staff those their department is
 * asked about (`waiting`: still to answer) and their own, an agent its organisation's,
 * supervisors all.
 */
export async function planningList(
  ctx: Pick<AppContext, 'db'>,
  principal: Principal,
  query: { waiting?: boolean | undefined; page: number; pageSize: number },
  locale: Locale,
) {
  const department = await departmentCodeOf(ctx.db, principal);
  let q = tables(ctx.db).selectFrom('blueprintPlannings');
  if (query.waiting)
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('blueprintPreOpinions')
        .select('planningId')
        .where('departmentCode', '=', department ?? '')
        .where('status', '=', 'pending'),
    );
  if (!can(principal, 'blueprint.planning.read_all'))
    q = q.where((eb) =>
      principal.actingForOrgId
        ? eb('organizationId', '=', principal.actingForOrgId)
        : eb.or([
            eb('createdBy', '=', principal.accountId),
            eb(
              'id',
              'in',
              eb
                .selectFrom('blueprintPreOpinions')
                .select('planningId')
                .where('departmentCode', '=', department ?? ''),
            ),
          ]),
    );
  const [rows, count] = await Promise.all([
    q
      .select('id')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = await Promise.all(rows.map((r) => planningOf(ctx, r.id, locale)));
  return { items: items.filter((p): p is PlanningView => p !== null), total: Number(count.n), ...query };
}

/** The caller's department answers its request, once; a department not asked is told the planning does not exist. */
export async function answerPreOpinion(
  ctx: AppContext,
  principal: Principal,
  id: string,
  opinion: string,
  facts: Facts,
) {
  const department = await departmentCodeOf(ctx.db, principal);
  const request = department
    ? await tables(ctx.db)
        .selectFrom('blueprintPreOpinions')
        .selectAll()
        .where('planningId', '=', id)
        .where('departmentCode', '=', department)
        .executeTakeFirst()
    : undefined;
  if (!request) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const answered = await tables(trx)
      .updateTable('blueprintPreOpinions')
      .set({
        status: 'answered',
        opinion,
        answeredBy: principal.accountId,
        answeredAt: new Date().toISOString(),
      })
      .where('id', '=', request.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(answered.numUpdatedRows) !== 1) throw new ProblemError(409, 'blueprint.planning.answered');
    await ctx.audit.recordInTrx(trx, {
      ...facts,
      action: 'blueprint.planning.opinion',
      objectType: 'blueprint_planning',
      objectId: id,
      detail: { department },
    });
    await emitInTrx(trx, PRE_OPINION_GIVEN, { planningId: id, department });
  });
}
