import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ProblemError } from '../../../platform/errors/index.js';
import type { AppContext } from '../../../platform/http/index.js';
import { translate } from '../../../platform/i18n/index.js';
import type { ZodApp } from '../../../platform/module.js';
import { districtOf } from '../geography.js';
import { intakeService } from '../intake-service.js';
import { TERMINAL_STATUSES } from '../model.js';
import { hotlineRepository } from '../repository.js';
import { callerPhoneSchema } from '../schemas.js';
import { currentSettings } from '../settings.js';
import { unitDirectory } from '../units.js';
import { DISTRICTS, SUBJECTS, type Subject, TICKET_TYPES, type TicketType } from '../vocabulary.js';
import { FORMATS, Open311Error, send, sendError, type XmlShape } from './format.js';
import { open311KeyRepository } from './keys.js';
import { DEFAULT_OPEN311_TYPE, requestOf, serviceDefinitionOf, services } from './views.js';

// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/) over the hotline's orders.
// A GET of one request answers a list of one, as the spec's examples do.

const JURISDICTIONS = ['440600', 'foshan.gov.cn'];
const MAX_DAYS = 90;
const MAX_REQUESTS = 1000;
const DESCRIPTION_MAX = 4000;

type Params = Record<string, string | undefined>;

/** Every parameter as one flat record: the query string and, for a POST, the form body. */
function paramsOf(request: FastifyRequest): Params {
  const out: Params = {};
  for (const source of [request.query, request.body])
    if (source && typeof source === 'object')
      for (const [k, v] of Object.entries(source as Record<string, unknown>))
        out[k] = Array.isArray(v) ? String(v[0]) : v === undefined || v === null ? undefined : String(v);
  return out;
}

const loose = z.record(z.string(), z.unknown());

export function registerOpen311Routes(app: ZodApp, ctx: AppContext) {
  const intake = intakeService(ctx);
  const tags = ['open311'];

  return app.register(
    async (scoped: FastifyInstance) => {
      const o311 = scoped as unknown as ZodApp;
      const err = (request: FastifyRequest, code: Open311Error['code'], key: string, params = {}) =>
        new Open311Error(code, translate(request.locale, key, params));

      o311.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string' },
        (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
      );
      o311.setErrorHandler((error, request, reply) => {
        if (error instanceof Open311Error) return sendError(request, reply, error);
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (error instanceof ProblemError && error.status === 422)
          return sendError(request, reply, err(request, 400, error.code, error.options.params));
        if (status >= 500) request.log.error({ err: error }, 'open311 request failed');
        return sendError(
          request,
          reply,
          status >= 500 ? err(request, 500, 'open311.internal') : err(request, 400, 'open311.bad_request'),
        );
      });
      o311.setNotFoundHandler((request, reply) =>
        sendError(request, reply, err(request, 404, 'open311.not_found')),
      );

      function checkJurisdiction(request: FastifyRequest, p: Params) {
        if (p.jurisdiction_id !== undefined && !JURISDICTIONS.includes(p.jurisdiction_id))
          throw err(request, 404, 'open311.jurisdiction_unknown', { id: p.jurisdiction_id });
      }

      function subjectOf(request: FastifyRequest, code: string | undefined): Subject {
        if (!code) throw err(request, 400, 'open311.service_code_required');
        if (!(SUBJECTS as readonly string[]).includes(code))
          throw err(request, 404, 'open311.service_code_unknown', { code });
        return code as Subject;
      }

      const doc = (operationId: string, summary: string) => ({
        schema: { operationId, tags, summary, querystring: loose },
      });

      for (const format of FORMATS) {
        /** A GET in this format: the jurisdiction checked, the answer sent as JSON or XML. */
        const get = (
          path: string,
          operationId: string,
          summary: string,
          handler: (request: FastifyRequest) => Promise<{ json: unknown; xml: XmlShape }>,
        ) =>
          o311.get(`${path}.${format}`, doc(`${operationId}_${format}`, summary), async (request, reply) => {
            checkJurisdiction(request, paramsOf(request));
            const { json, xml } = await handler(request);
            return send(reply, format, json, xml);
          });

        get('/services', 'open311Services', 'GeoReport v2: service types (诉求分类)', async (request) => {
          return { json: services(request.locale), xml: { root: 'services', item: 'service' } };
        });

        get(
          '/services/:service_code',
          'open311ServiceDefinition',
          'GeoReport v2: a service definition',
          async (request) => {
            const subject = subjectOf(request, (request.params as { service_code: string }).service_code);
            const definition = serviceDefinitionOf(subject, request.locale);
            // XML wraps each list: <attributes><attribute>… <values><value>…
            const value = {
              ...definition,
              attributes: {
                attribute: definition.attributes.map((a) => ({ ...a, values: { value: a.values } })),
              },
            };
            return { json: definition, xml: { root: 'service_definition', value } };
          },
        );

        get(
          '/requests',
          'open311Requests',
          'GeoReport v2: requests (filters of the spec)',
          async (request) => {
            const rows = await listRequests(request, paramsOf(request));
            const units = await unitDirectory(ctx.db);
            return {
              json: rows.map((r) => requestOf(r, units, request.locale)),
              xml: { root: 'service_requests', item: 'request' },
            };
          },
        );

        get(
          '/requests/:service_request_id',
          'open311Request',
          'GeoReport v2: one request',
          async (request) => {
            const id = (request.params as { service_request_id: string }).service_request_id;
            const row = await hotlineRepository(ctx.db).findByNo(id);
            if (!row) throw err(request, 404, 'open311.request_not_found', { id });
            return {
              json: [requestOf(row, await unitDirectory(ctx.db), request.locale)],
              xml: { root: 'service_requests', item: 'request' },
            };
          },
        );

        get(
          '/tokens/:token',
          'open311Token',
          'GeoReport v2: the request a token stands for',
          async (request) => {
            const token = (request.params as { token: string }).token;
            const row = await hotlineRepository(ctx.db)
              .db.selectFrom('hotlineTickets')
              .select('ticketNo')
              .where('open311Token', '=', token)
              .executeTakeFirst();
            if (!row) throw err(request, 404, 'open311.token_not_found');
            return {
              json: [{ service_request_id: row.ticketNo, token }],
              xml: { root: 'service_requests', item: 'request' },
            };
          },
        );

        o311.post(
          `/requests.${format}`,
          {
            schema: {
              operationId: `open311CreateRequest_${format}`,
              tags,
              summary: 'GeoReport v2: file a request (api_key required; form-encoded or JSON)',
            },
          },
          async (request, reply) => {
            const created = await createRequest(request);
            return send(reply, format, [created], { root: 'service_requests', item: 'request' });
          },
        );
      }

      async function listRequests(request: FastifyRequest, p: Params) {
        const db = hotlineRepository(ctx.db).db;
        let q = db.selectFrom('hotlineTickets').selectAll();
        if (p.service_request_id) {
          // The spec: a list of ids overrides every other filter.
          const ids = p.service_request_id
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
            .slice(0, MAX_REQUESTS);
          return q
            .where('ticketNo', 'in', ids.length ? ids : ['-'])
            .orderBy('createdAt', 'desc')
            .execute();
        }
        if (p.service_code) q = q.where('subject', '=', subjectOf(request, p.service_code));
        const instant = (name: string, value: string | undefined) => {
          if (value === undefined) return undefined;
          const t = Date.parse(value);
          if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(value))
            throw err(request, 400, 'open311.date_invalid', { field: name });
          return t;
        };
        const span = MAX_DAYS * 86_400_000;
        let start = instant('start_date', p.start_date);
        let end = instant('end_date', p.end_date);
        if (start === undefined && end === undefined) end = Date.now();
        if (start === undefined) start = end! - span;
        if (end === undefined) end = start + span;
        if (end - start > span) throw err(request, 400, 'open311.range_too_long', { days: MAX_DAYS });
        q = q
          .where('createdAt', '>=', new Date(start).toISOString())
          .where('createdAt', '<=', new Date(end).toISOString());
        if (p.status) {
          const wanted = new Set(p.status.split(',').map((s) => s.trim()));
          if ([...wanted].some((s) => s !== 'open' && s !== 'closed'))
            throw err(request, 400, 'open311.status_invalid');
          if (wanted.size === 1)
            q = wanted.has('open')
              ? q.where('status', 'not in', TERMINAL_STATUSES)
              : q.where('status', 'in', TERMINAL_STATUSES);
        }
        return q.orderBy('createdAt', 'desc').limit(MAX_REQUESTS).execute();
      }

      async function createRequest(request: FastifyRequest) {
        const p = paramsOf(request);
        checkJurisdiction(request, p);
        if (!p.api_key) throw err(request, 403, 'open311.api_key_missing');
        const key = await open311KeyRepository(ctx.db).findActive(p.api_key);
        if (!key) throw err(request, 403, 'open311.api_key_invalid');
        const subject = subjectOf(request, p.service_code);
        const number = (name: 'lat' | 'long', min: number, max: number) => {
          const raw = p[name];
          if (raw === undefined || raw === '') return undefined;
          const n = Number(raw);
          if (!Number.isFinite(n) || n < min || n > max)
            throw err(request, 400, 'open311.coordinate_invalid', { field: name });
          return n;
        };
        const lat = number('lat', -90, 90);
        const lng = number('long', -180, 180);
        if ((lat === undefined) !== (lng === undefined))
          throw err(request, 400, 'open311.coordinate_invalid', {
            field: lat === undefined ? 'lat' : 'long',
          });
        const address = p.address_string?.trim() || (p.address_id ? `address_id ${p.address_id}` : '');
        if (lat === undefined && !address) throw err(request, 400, 'open311.location_required');
        const description = p.description?.trim();
        if (!description) throw err(request, 400, 'open311.description_required');
        if ([...description].length > DESCRIPTION_MAX)
          throw err(request, 400, 'open311.description_too_long', { max: DESCRIPTION_MAX });
        const type = p['attribute[type]'] ?? DEFAULT_OPEN311_TYPE;
        if (!(TICKET_TYPES as readonly string[]).includes(type))
          throw err(request, 400, 'open311.attribute_invalid', { code: 'type' });
        const districtAttr = p['attribute[district]'];
        if (districtAttr !== undefined && !(DISTRICTS as readonly string[]).includes(districtAttr))
          throw err(request, 400, 'open311.attribute_invalid', { code: 'district' });
        const phone = p.phone ? callerPhoneSchema.safeParse(p.phone) : null;
        if (phone && !phone.success) throw err(request, 400, 'open311.phone_invalid');
        const name = [p.last_name, p.first_name]
          .map((s) => s?.trim())
          .filter(Boolean)
          .join('')
          .slice(0, 40);
        const point = lat !== undefined && lng !== undefined ? { lng, lat } : null;
        const token = randomBytes(12).toString('base64url');
        const facts = {
          ...request.auditFacts(),
          actor: { id: key.id, role: 'open311', label: `open311:${key.prefix}` },
        };
        const created = await intake.create(
          {
            channel: 'open311',
            caller: { phone: phone?.data, name: name || undefined, anonymous: false },
            location: {
              address: address || `${point!.lat},${point!.lng}`,
              districtCode: districtAttr ?? districtOf(address, point),
              ...(point ?? {}),
            },
            type: type as TicketType,
            subject,
            content: description,
            urgency: 'normal',
            disposition: { kind: 'dispatch', assistingUnitIds: [] },
            open311Token: token,
          },
          { facts, accountId: null, key: null },
        );
        const settings = await currentSettings(ctx.db);
        return {
          service_request_id: created.row.ticketNo,
          token,
          service_notice: translate(request.locale, 'open311.notice', {
            no: created.row.ticketNo,
            days: settings.handlingDays[type as TicketType],
          }),
        };
      }
    },
    { prefix: '/open311/v2' },
  );
}
