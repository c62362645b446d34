import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { sm3Hex } from '../../platform/crypto/index.js';
import { notFound, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { translate } from '../../platform/i18n/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { knowledgeRepository, knowledgeViewOf } from './knowledge.js';
import { open311KeyRepository } from './open311/keys.js';
import { ANY, routingRepository } from './routing.js';
import {
  idParams,
  knowledgeBody,
  knowledgeEntry,
  knowledgePage,
  knowledgeQuery,
  open311KeyBody,
  open311KeyCreated,
  open311KeyList,
  routingRule,
  routingRuleBody,
  routingRuleList,
  settingsBody,
  settingsView,
  taxonomy,
  unitList,
} from './schemas.js';
import { currentSettings, forgetSettings, readSettings, writeSettings } from './settings.js';
import type { RoutingRuleTable } from './tables.js';
import { assertUnits, type Unit, unitDirectory, unitRef } from './units.js';
import {
  CHANNELS,
  DISTRICTS,
  FOLLOW_UP_RESULTS,
  REDIRECT_TARGETS,
  SUBJECTS,
  TICKET_STATUSES,
  TICKET_TYPES,
  URGENCIES,
} from './vocabulary.js';

const ruleViewOf = (r: RoutingRuleTable, units: Map<string, Unit>) => ({
  id: r.id,
  subject: r.subject === ANY ? null : (r.subject as (typeof SUBJECTS)[number]),
  type: r.type === ANY ? null : (r.type as (typeof TICKET_TYPES)[number]),
  districtCode: r.districtCode === ANY ? null : r.districtCode,
  leadUnit: unitRef(units, r.leadUnitId)!,
  assistingUnits: (JSON.parse(r.assistingUnitIds) as string[]).map((id) => unitRef(units, id)!),
  updatedAt: r.updatedAt,
});

/** Taxonomy, units, settings, routing rules, the knowledge base and Open311 keys. */
export function registerConfigRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['hotline'];
  const errors = { 401: problemSchema, 403: problemSchema };

  app.get(
    '/api/v1/hotline/taxonomy',
    {
      schema: {
        operationId: 'getHotlineTaxonomy',
        tags,
        summary:
          '工单分类、状态、转介话术等（按语言）/ Types, subjects, statuses, redirect wording (localised)',
        response: { 200: taxonomy },
      },
    },
    async (request) => {
      const t = (key: string) => translate(request.locale, key);
      const named = (prefix: string, codes: readonly string[]) =>
        codes.map((code) => ({ code, name: t(`${prefix}.${code}`) }));
      const settings = await currentSettings(ctx.db);
      return {
        types: TICKET_TYPES.map((code) => ({
          code,
          name: t(`hotline.type.${code}`),
          handlingDays: settings.handlingDays[code],
        })),
        subjects: named('hotline.subject', SUBJECTS),
        channels: named('hotline.channel', CHANNELS),
        urgencies: named('hotline.urgency', URGENCIES),
        statuses: named('hotline.status', TICKET_STATUSES),
        followUpResults: named('hotline.follow_up', FOLLOW_UP_RESULTS),
        redirectTargets: REDIRECT_TARGETS.map((code) => ({
          code,
          name: t(`hotline.redirect.${code}`),
          wording: t(`hotline.redirect_wording.${code}`),
        })),
        districts: named('hotline.district', DISTRICTS),
      };
    },
  );

  app.get(
    '/api/v1/hotline/units',
    {
      schema: {
        operationId: 'listHotlineUnits',
        tags,
        summary: '可派单的承办单位 / The units orders can be dispatched to',
        response: { 200: unitList, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.read');
      const units = await unitDirectory(ctx.db);
      return {
        items: [...units.values()].map(({ id, code, name, divisionCode }) => ({
          id,
          code,
          name,
          districtCode: divisionCode,
        })),
      };
    },
  );

  app.get(
    '/api/v1/hotline/settings',
    {
      schema: {
        operationId: 'getHotlineSettings',
        tags,
        summary: '派单、办理时限与查重设置 / Limits and duplicate detection settings',
        response: { 200: settingsView, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.settings_read');
      const { settings, revision, updatedAt } = await readSettings(ctx.db);
      return { ...settings, revision, updatedAt };
    },
  );

  app.put(
    '/api/v1/hotline/settings',
    {
      schema: {
        operationId: 'putHotlineSettings',
        tags,
        summary: '修改时限与查重设置（对之后的步骤生效）/ Change the settings (for steps from now on)',
        body: settingsBody,
        response: { 200: settingsView, 400: problemSchema, 409: problemSchema, ...errors },
      },
    },
    async (request) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.configure');
      const { expectedRevision, ...settings } = request.body;
      await ctx.db.transaction().execute(async (trx) => {
        if (!(await writeSettings(trx, settings, expectedRevision, principal.accountId)))
          throw new ProblemError(409, 'error.conflict');
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'hotline.settings_change',
          objectType: 'hotline_settings',
          objectId: '1',
          detail: settings as unknown as Record<string, unknown>,
        });
      });
      forgetSettings(ctx.db);
      const saved = await readSettings(ctx.db);
      return { ...saved.settings, revision: saved.revision, updatedAt: saved.updatedAt };
    },
  );

  app.get(
    '/api/v1/hotline/routing-rules',
    {
      schema: {
        operationId: 'listHotlineRoutingRules',
        tags,
        summary: '派单规则（诉求分类 × 类型 × 区 → 承办单位）/ Routing rules',
        response: { 200: routingRuleList, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.settings_read');
      const [rules, units] = await Promise.all([routingRepository(ctx.db).list(), unitDirectory(ctx.db)]);
      return { items: rules.map((r) => ruleViewOf(r, units)) };
    },
  );

  app.post(
    '/api/v1/hotline/routing-rules',
    {
      schema: {
        operationId: 'putHotlineRoutingRule',
        tags,
        summary: '新增或替换一条派单规则（同一条件只有一条）/ Add or replace the rule for one key',
        body: routingRuleBody,
        response: { 200: routingRule, 400: problemSchema, ...errors },
      },
    },
    async (request) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.configure');
      const b = request.body;
      const units = await unitDirectory(ctx.db);
      assertUnits(units, { leadUnitId: b.leadUnitId, assistingUnitIds: b.assistingUnitIds });
      const saved = await ctx.db.transaction().execute(async (trx) => {
        const rule = await routingRepository(trx).upsert({
          subject: b.subject ?? ANY,
          type: b.type ?? ANY,
          districtCode: b.districtCode ?? ANY,
          leadUnitId: b.leadUnitId,
          assistingUnitIds: JSON.stringify(
            [...new Set(b.assistingUnitIds)].filter((u) => u !== b.leadUnitId),
          ),
          updatedAt: new Date().toISOString(),
          updatedBy: principal.accountId,
        });
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'hotline.routing_rule_save',
          objectType: 'hotline_routing_rule',
          objectId: rule.id,
          detail: { ...b },
        });
        return rule;
      });
      return ruleViewOf(saved, units);
    },
  );

  app.delete(
    '/api/v1/hotline/routing-rules/:id',
    {
      schema: {
        operationId: 'deleteHotlineRoutingRule',
        tags,
        summary: '删除派单规则 / Delete a routing rule',
        params: idParams,
        response: { 204: z.null(), 404: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.configure');
      await ctx.db.transaction().execute(async (trx) => {
        const repo = routingRepository(trx);
        const rule = await repo.find(request.params.id);
        if (!rule) throw notFound();
        await repo.remove(rule.id);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'hotline.routing_rule_delete',
          objectType: 'hotline_routing_rule',
          objectId: rule.id,
          detail: { subject: rule.subject, type: rule.type, districtCode: rule.districtCode },
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/hotline/knowledge',
    {
      schema: {
        operationId: 'searchHotlineKnowledge',
        tags,
        summary: '知识库检索（直接答复用）/ Search the knowledge base (for answers on the call)',
        querystring: knowledgeQuery,
        response: { 200: knowledgePage, 400: problemSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'hotline.knowledge_read');
      const { q, subject, page, pageSize } = request.query;
      return knowledgeRepository(ctx.db).page({ q, subject }, page, pageSize);
    },
  );

  app.post(
    '/api/v1/hotline/knowledge',
    {
      schema: {
        operationId: 'createHotlineKnowledge',
        tags,
        summary: '新增知识库条目 / Add a knowledge-base entry',
        body: knowledgeBody,
        response: { 201: knowledgeEntry, 400: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.knowledge_write');
      const row = await ctx.db.transaction().execute(async (trx) => {
        const created = await knowledgeRepository(trx).insert(request.body, principal.accountId);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'hotline.knowledge_create',
          objectType: 'hotline_knowledge',
          objectId: created.id,
        });
        return created;
      });
      return reply.status(201).send(knowledgeViewOf(row));
    },
  );

  app.put(
    '/api/v1/hotline/knowledge/:id',
    {
      schema: {
        operationId: 'updateHotlineKnowledge',
        tags,
        summary: '修改知识库条目 / Change a knowledge-base entry',
        params: idParams,
        body: knowledgeBody,
        response: { 200: knowledgeEntry, 400: problemSchema, 404: problemSchema, ...errors },
      },
    },
    async (request) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.knowledge_write');
      const id = request.params.id;
      await ctx.db.transaction().execute(async (trx) => {
        const result = await knowledgeRepository(trx).update(id, request.body, principal.accountId);
        if (Number(result.numUpdatedRows) !== 1) throw notFound();
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'hotline.knowledge_update',
          objectType: 'hotline_knowledge',
          objectId: id,
        });
      });
      return knowledgeViewOf((await knowledgeRepository(ctx.db).find(id))!);
    },
  );

  app.get(
    '/api/v1/hotline/open311-keys',
    {
      schema: {
        operationId: 'listOpen311Keys',
        tags,
        summary: 'Open311 接口密钥 / Open311 API keys',
        response: { 200: open311KeyList, ...errors },
      },
    },
    async (request) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.open311_keys');
      return { items: await open311KeyRepository(ctx.db).list() };
    },
  );

  app.post(
    '/api/v1/hotline/open311-keys',
    {
      schema: {
        operationId: 'createOpen311Key',
        tags,
        summary: '新建 Open311 密钥（只显示一次）/ Create an Open311 API key (shown once)',
        body: open311KeyBody,
        response: { 201: open311KeyCreated, 400: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.open311_keys');
      const key = `o311_${randomBytes(24).toString('base64url')}`;
      const created = await ctx.db.transaction().execute(async (trx) => {
        const row = await open311KeyRepository(trx).insert({
          id: randomUUID(),
          name: request.body.name,
          keyHash: sm3Hex(key),
          prefix: key.slice(0, 9),
          active: 1,
          createdAt: new Date().toISOString(),
          createdBy: principal.accountId,
        });
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'hotline.open311_key_create',
          objectType: 'open311_key',
          objectId: row.id,
          detail: { name: row.name, prefix: row.prefix },
        });
        return row;
      });
      return reply.status(201).send({ ...created, key });
    },
  );

  app.delete(
    '/api/v1/hotline/open311-keys/:id',
    {
      schema: {
        operationId: 'revokeOpen311Key',
        tags,
        summary: '停用 Open311 密钥 / Revoke an Open311 API key',
        params: idParams,
        response: { 204: z.null(), 404: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      assertCan(principal, 'hotline.open311_keys');
      await ctx.db.transaction().execute(async (trx) => {
        if (!(await open311KeyRepository(trx).revoke(request.params.id))) throw notFound();
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'hotline.open311_key_revoke',
          objectType: 'open311_key',
          objectId: request.params.id,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
