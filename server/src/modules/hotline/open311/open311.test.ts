import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { callBody, hotlineFixture } from '../hotline.fixture.js';
import { DEMO_OPEN311_KEY } from './keys.js';

// Every answer of the GeoReport v2 routes is checked against the standard's JSON Schemas
// (../shared/standards/open311-georeport-v2/). They carry no $schema: written for draft 4,
// they use nothing draft 7 reads differently, so Ajv's default draft 7 takes them; the
// swagger file's definitions cover the two answers the schema files lack (POST, tokens).

const STANDARD = path.resolve(import.meta.dirname, '../../../../../../shared/standards/open311-georeport-v2');
const read = (file: string) => JSON.parse(readFileSync(path.join(STANDARD, file), 'utf8'));

function validators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // swagger's `uid` is a name for an identifier string, not a checkable format.
  ajv.addFormat('uid', true);
  for (const file of ['request.json', 'service.json']) ajv.addSchema(read(file), file);
  const swagger = read('swagger.json');
  const arrayOf = (definition: string) => ({ type: 'array', items: swagger.definitions[definition] });
  const error = {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['code', 'description'],
      properties: { code: { type: 'integer' }, description: { type: 'string', minLength: 1 } },
    },
  };
  return {
    services: ajv.compile(read('services.json')),
    definition: ajv.compile(read('service-definition.json')),
    requests: ajv.compile(read('requests.json')),
    created: ajv.compile(arrayOf('RequestResponse')),
    token: ajv.compile(arrayOf('TokenResponse')),
    error: ajv.compile(error),
  };
}

const xml = new XMLParser({ parseTagValue: false });
/** An XML answer as the JSON answer would say it: every value a string, empty for null. */
const asXmlValues = (value: unknown): unknown => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asXmlValues);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, asXmlValues(v)]));
  return String(value);
};
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);

describe.each(databaseKinds())('Open311 GeoReport v2 on %s', (kind) => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof hotlineFixture>>;
  const v = validators();

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await hotlineFixture(t);
  });
  afterAll(() => t.close());

  /** A GET in both formats: the JSON answer valid, the XML one saying the same under its wrappers. */
  async function both(
    url: string,
    validate: ValidateFunction,
    wrap: { root: string; item?: string },
    query = '',
  ) {
    const json = await t.app.inject({ url: `${url}.json${query}` });
    const body = json.json();
    const ok = validate(body);
    expect(ok ? null : validate.errors).toBeNull();
    const x = await t.app.inject({ url: `${url}.xml${query}` });
    expect([x.statusCode, x.headers['content-type']]).toEqual([json.statusCode, 'text/xml; charset=utf-8']);
    const parsed = xml.parse(x.body)[wrap.root];
    const items = wrap.item ? list(parsed[wrap.item]) : parsed;
    return { status: json.statusCode, body, xml: items };
  }

  async function post(params: Record<string, string>, format: 'json' | 'xml' = 'json') {
    return t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${format}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(params).toString(),
    });
  }
  const expectError = (res: { statusCode: number; json(): unknown }, code: number) => {
    expect(res.statusCode).toBe(code);
    const body = res.json();
    expect(v.error(body) ? null : v.error.errors).toBeNull();
    expect((body as { code: number }[])[0]!.code).toBe(code);
  };

  it('lists the services and defines each one', async () => {
    const services = await both('/open311/v2/services', v.services, { root: 'services', item: 'service' });
    expect(services.body).toContainEqual(
      expect.objectContaining({
        service_code: 'noise',
        service_name: '噪音扰民',
        metadata: true,
        type: 'realtime',
      }),
    );
    expect(services.xml).toEqual(asXmlValues(services.body));
    const noise = await both('/open311/v2/services/noise', v.definition, { root: 'service_definition' });
    expect(noise.body.attributes.map((a: { code: string }) => a.code)).toEqual(['type', 'district']);
    expect(noise.xml.service_code).toBe('noise');
    expect(list(noise.xml.attributes.attribute)).toHaveLength(2);
    const en = await t.app.inject({ url: '/open311/v2/services.json', headers: { 'accept-language': 'en' } });
    expect(en.json()[0].service_name).toBe('Noise');
  });

  it('answers errors in the spec’s format, JSON or XML, never problem+json', async () => {
    expectError(await t.app.inject({ url: '/open311/v2/services/potholes.json' }), 404);
    const x = await t.app.inject({ url: '/open311/v2/services/potholes.xml' });
    expect(x.statusCode).toBe(404);
    expect(xml.parse(x.body).errors.error).toMatchObject({ code: '404', description: expect.any(String) });
    expectError(await t.app.inject({ url: '/open311/v2/requests/FS20990101000001.json' }), 404);
    expectError(await t.app.inject({ url: '/open311/v2/tokens/nope.json' }), 404);
    expectError(await t.app.inject({ url: '/open311/v2/services.json?jurisdiction_id=paris' }), 404);
    expectError(await t.app.inject({ url: '/open311/v2/nothing-here.json' }), 404);
    expectError(await t.app.inject({ url: '/open311/v2/requests.json?start_date=yesterday' }), 400);
    expectError(
      await t.app.inject({
        url: '/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
      }),
      400,
    );
    expectError(await t.app.inject({ url: '/open311/v2/requests.json?status=pending' }), 400);
  });

  it('takes a request only with a valid api_key and a location, and tells its number and token', async () => {
    const before = await f.counter('received');
    const params = {
      service_code: 'market',
      lat: '22.8402',
      long: '113.2511',
      description: '大良一家药店标价与结账价格不一致',
      first_name: '小明',
      last_name: '陈',
      phone: '13600001234',
      'attribute[type]': 'complaint',
    };
    expectError(await post(params), 403);
    expectError(await post({ ...params, api_key: 'guess' }), 403);
    expectError(await post({ ...params, api_key: DEMO_OPEN311_KEY, service_code: 'potholes' }), 404);
    expectError(
      await post({ api_key: DEMO_OPEN311_KEY, service_code: 'market', description: '没有位置' }),
      400,
    );
    expectError(await post({ ...params, api_key: DEMO_OPEN311_KEY, description: ' ' }), 400);
    expectError(await post({ ...params, api_key: DEMO_OPEN311_KEY, 'attribute[type]': 'rant' }), 400);
    expectError(await post({ ...params, api_key: DEMO_OPEN311_KEY, lat: '95' }), 400);
    expect(await f.counter('received')).toBe(before);

    const created = await post({ ...params, api_key: DEMO_OPEN311_KEY });
    expect(created.statusCode).toBe(200);
    const body = created.json();
    expect(v.created(body) ? null : v.created.errors).toBeNull();
    const [{ service_request_id: id, token, service_notice }] = body;
    expect(service_notice).toContain(id);
    expect(await f.counter('received')).toBe(before + 1);

    // The point lies in 顺德: the order is routed to Shunde's market regulator, the caller sealed.
    const staff = (await f.detail(f.dispatcher, id)).json();
    expect(staff).toMatchObject({
      channel: 'open311',
      districtCode: '440606',
      type: 'complaint',
      caller: { name: '陈**', phone: '136****1234' },
    });
    expect((await f.get(f.dispatcher, `/api/v1/hotline/tickets/${id}/routing`)).json().leadUnit.id).toBe(
      f.unit('SD-SJ'),
    );
    const audit = await t.ctx.db
      .selectFrom('auditRecords')
      .select('actorLabel')
      .where('objectId', '=', id)
      .execute();
    expect(audit).toEqual([{ actorLabel: `open311:${DEMO_OPEN311_KEY.slice(0, 9)}` }]);

    const byToken = await both(`/open311/v2/tokens/${token}`, v.token, {
      root: 'service_requests',
      item: 'request',
    });
    expect(byToken.body).toEqual([{ service_request_id: id, token }]);
    expect(byToken.xml).toEqual([{ service_request_id: id, token }]);

    const one = await both(`/open311/v2/requests/${id}`, v.requests, {
      root: 'service_requests',
      item: 'request',
    });
    expect(one.body).toEqual([
      expect.objectContaining({
        service_request_id: id,
        status: 'open',
        service_code: 'market',
        description: null,
        agency_responsible: null,
        lat: 22.8402,
        long: 113.2511,
      }),
    ]);
    expect(one.xml).toEqual(asXmlValues(one.body));

    const viaXml = await post({ ...params, api_key: DEMO_OPEN311_KEY }, 'xml');
    expect(viaXml.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(xml.parse(viaXml.body).service_requests.request.service_request_id).toMatch(/^FS\d{14}$/);
    const json = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: {
        ...params,
        api_key: DEMO_OPEN311_KEY,
        address_string: '顺德区大良街道',
        lat: undefined,
        long: undefined,
      },
    });
    expect(json.statusCode).toBe(200);
  });

  it('lists requests with the spec’s filters, showing orders from other channels without personal detail', async () => {
    const call = await f.take(callBody({ disposition: { kind: 'dispatch', leadUnitId: f.unit('FS-ST') } }));
    const closed = await f.take(
      callBody({
        type: 'help',
        subject: 'public_order',
        disposition: { kind: 'redirect', target: 'police_110' },
      }),
    );
    const all = await both('/open311/v2/requests', v.requests, { root: 'service_requests', item: 'request' });
    expect(all.xml).toEqual(asXmlValues(all.body));
    const phone = all.body.find(
      (r: { service_request_id: string }) => r.service_request_id === call.ticketNo,
    );
    expect(phone).toMatchObject({
      status: 'open',
      status_notes: '待签收',
      agency_responsible: '佛山市生态环境局',
      address: '禅城区',
      lat: 23.026,
      long: 113.112,
      description: null,
    });
    expect(JSON.stringify(all.body)).not.toContain('季华路');

    const ids = async (query: string) =>
      (
        await both('/open311/v2/requests', v.requests, { root: 'service_requests', item: 'request' }, query)
      ).body.map((r: { service_request_id: string }) => r.service_request_id);
    expect(await ids('?status=closed')).toContain(closed.ticketNo);
    expect(await ids('?status=closed')).not.toContain(call.ticketNo);
    expect(await ids('?status=open,closed')).toEqual(
      expect.arrayContaining([call.ticketNo, closed.ticketNo]),
    );
    expect(await ids('?service_code=public_order')).toEqual([closed.ticketNo]);
    expect(await ids('?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z')).toEqual([]);
    // A list of ids overrides every other filter.
    expect(
      await ids(`?service_request_id=${call.ticketNo},${closed.ticketNo}&service_code=water&status=closed`),
    ).toEqual(expect.arrayContaining([call.ticketNo, closed.ticketNo]));
  });
});
