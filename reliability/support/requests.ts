import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { mod11_2CheckChar } from '../../server/src/platform/validation/iso7064.js';
import { multipartBody, samplePdf } from '../../server/src/test-support/sample-files.js';
import { arbitraryOf, type JsonSchema } from './arbitraries.js';
import { isOpen311, type OpenApi, type Operation, urlOf } from './openapi.js';
import type { Answer } from './problems.js';
import type { RouteRule } from './routes.js';
import type { Caller, World } from './world.js';

/** What is sent: path parameters, query, body (JSON, or a multipart upload). */
export interface RequestParts {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

export const queryParameters = (op: Operation) => op.parameters.filter((p) => p.in === 'query');
export const pathParameters = (op: Operation) => op.parameters.filter((p) => p.in === 'path');

/** The query parameters as one object schema, so the arbitraries treat them like a body. */
export const querySchema = (op: Operation): JsonSchema => ({
  type: 'object',
  properties: Object.fromEntries(queryParameters(op).map((p) => [p.name, p.schema])),
  required: queryParameters(op)
    .filter((p) => p.required)
    .map((p) => p.name),
});

/** A value for a path parameter that names nothing that exists, in the shape the route expects. */
export function guessFor(op: Operation, name: string, ids: World['ids']): string {
  const schema = pathParameters(op).find((p) => p.name === name)?.schema ?? {};
  if (name === 'applicationNo') {
    const digits = `${ids.applicationNo.slice(0, 14)}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    return digits + mod11_2CheckChar(digits);
  }
  if (name === 'ticketNo')
    return `FS${String(Date.now()).slice(0, 8)}${String(Math.floor(Math.random() * 1e6)).padStart(6, '9')}`;
  if (schema.format === 'uuid') return randomUUID();
  if (schema.pattern)
    return fc.sample(fc.stringMatching(new RegExp(schema.pattern)), {
      numRuns: 1,
      seed: Date.now() % 1e9,
    })[0]!;
  return `guess-${randomBytes(6).toString('hex')}`;
}

let pdf: Buffer | undefined;

/**
 * An event stream over a real connection (inject would wait for its end): the answer's status
 * and type, then the connection is closed.
 */
async function sendToStream(
  world: World,
  op: Operation,
  cookie: string | undefined,
  parts: RequestParts,
): Promise<Answer> {
  if (!world.t.app.server.listening) await world.t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = world.t.app.server.address() as { port: number };
  const abort = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}${urlOf(op, parts.params, parts.query)}`, {
    headers: cookie ? { cookie } : {},
    signal: abort.signal,
  });
  const type = res.headers.get('content-type');
  const body = type?.includes('json') ? await res.json() : undefined;
  abort.abort();
  return { status: res.status, type, body };
}

/** Sends one request to the in-process app as a caller. */
export async function send(
  world: World,
  op: Operation,
  caller: Caller,
  parts: RequestParts,
  stream = false,
): Promise<Answer> {
  const cookie = world.cookie(caller);
  if (stream) return sendToStream(world, op, cookie, parts);
  const headers: Record<string, string> = { 'idempotency-key': randomUUID(), ...(cookie ? { cookie } : {}) };
  let payload: string | Buffer | undefined;
  if (op.body === 'multipart') {
    pdf ??= await samplePdf();
    const upload = multipartBody('材料.pdf', pdf);
    Object.assign(headers, upload.headers);
    payload = upload.payload;
  } else if (parts.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(parts.body);
  }
  const raw = await world.t.app.inject({
    method: op.method as 'GET',
    url: urlOf(op, parts.params, parts.query),
    headers,
    payload,
  });
  let body: unknown = raw.body;
  try {
    body = raw.json();
  } catch {
    // not JSON (a PDF, a PEM, XML): kept as text
  }
  return { status: raw.statusCode, type: raw.headers['content-type'] as string | undefined, body };
}

/**
 * The query and body a route's rule gives, or the first of a few values generated from its
 * schemas that pass validation (anything but 400), found by sending them as the anonymous
 * caller, who is refused before anything is written on all but public routes.
 */
export async function validParts(
  world: World,
  api: OpenApi,
  op: Operation,
  rule: RouteRule,
  params: Record<string, string>,
): Promise<RequestParts | string> {
  const fixedQuery = rule.query?.(world.ids);
  const fixedBody = rule.body?.(world.ids);
  const jsonBody = op.body && op.body !== 'multipart' ? op.body : undefined;
  const needsQuery = !fixedQuery && queryParameters(op).some((p) => p.required);
  const needsBody = fixedBody === undefined && !!jsonBody;
  if (!needsQuery && !needsBody) return { params, query: fixedQuery ?? {}, body: fixedBody };
  if (rule.expect.anonymous === 'ok' && op.method !== 'GET')
    return `${op.key}: a public write needs an explicit body in reliability/support/routes.ts`;
  const queries = needsQuery
    ? fc.sample(arbitraryOf(querySchema(op), api.resolve), { numRuns: 40, seed: 7 })
    : [];
  const bodies = needsBody ? fc.sample(arbitraryOf(jsonBody, api.resolve), { numRuns: 40, seed: 7 }) : [];
  for (let i = 0; i < 40; i++) {
    const parts = {
      params,
      query: (fixedQuery ?? queries[i] ?? {}) as Record<string, unknown>,
      body: fixedBody ?? bodies[i],
    };
    const answer = await send(world, op, 'anonymous', parts);
    if (answer.status !== 400) return parts;
  }
  return `${op.key}: no generated ${needsBody ? 'body' : 'query'} passes validation: give one in reliability/support/routes.ts`;
}

/** Open311 errors are GeoReport's own format; everything else answers problem+json. */
export const errorFormatOf = (op: Operation) => (isOpen311(op) ? 'open311' : 'problem');
