import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbitraryOf, HOSTILE_STRINGS, hostileValue, mutated } from './support/arbitraries.js';
import { changed, type State, stateOf } from './support/changes.js';
import { inSafeOrder, isOpen311, type OpenApi, type Operation, openApiOf } from './support/openapi.js';
import { type Answer, problemViolation } from './support/problems.js';
import {
  guessFor,
  pathParameters,
  queryParameters,
  querySchema,
  type RequestParts,
  send,
} from './support/requests.js';
import { ROUTES, type RouteRule } from './support/routes.js';
import { kindsFor, SCALE } from './support/scale.js';
import { CALLERS, type Caller, createWorld, type World } from './support/world.js';

/** GeoReport v2 errors: a list of {code, description}, in JSON or XML as the route's format. */
function open311Violation(op: Operation, answer: Answer): string | null {
  if (answer.status >= 500) return `server error ${answer.status}`;
  if (op.path.endsWith('.xml'))
    return /xml/.test(answer.type ?? '') && /<errors>/.test(String(answer.body))
      ? null
      : `${answer.status} not an Open311 XML error`;
  const list = answer.body as { code?: unknown; description?: unknown }[];
  return Array.isArray(list) && list.every((e) => e.code !== undefined && typeof e.description === 'string')
    ? null
    : `${answer.status} not an Open311 JSON error: ${JSON.stringify(answer.body).slice(0, 200)}`;
}

/** Whom to fuzz a route as: someone it lets in, so the generated input reaches the handler. */
const callerFor = (rule: RouteRule): Caller =>
  rule.stream
    ? 'anonymous'
    : (CALLERS.find((c) => c !== 'anonymous' && rule.expect[c] === 'ok') ?? 'anonymous');

/** Requests for one route: schema-valid values, the same with one place made hostile, and hostile wholes. */
function requestsFor(api: OpenApi, op: Operation, rule: RouteRule, world: World): fc.Arbitrary<RequestParts> {
  const fuzzOf = (schema: Parameters<typeof arbitraryOf>[0]) => {
    const valid = arbitraryOf(schema, api.resolve);
    return fc.oneof(valid, mutated(valid), hostileValue);
  };
  const objectParams =
    rule.params?.(world.ids) ??
    Object.fromEntries(pathParameters(op).map((p) => [p.name, guessFor(op, p.name, world.ids)]));
  const names = Object.keys(objectParams);
  const params = names.length
    ? fc.oneof(
        fc.constant(objectParams),
        fc
          .tuple(fc.constantFrom(...names), fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s !== '')))
          .map(([name, value]) => ({ ...objectParams, [name]: value })),
      )
    : fc.constant({});
  const fixedQuery = rule.query?.(world.ids) ?? {};
  const query = queryParameters(op).length
    ? fc.oneof(
        fc.constant(fixedQuery),
        fuzzOf(querySchema(op)).map((q) => (q && typeof q === 'object' ? q : { q })),
      )
    : fc.constant({});
  const body = op.body && op.body !== 'multipart' ? fuzzOf(op.body) : fc.constant(undefined);
  return fc.record({ params, query: query as fc.Arbitrary<Record<string, unknown>>, body });
}

// About 200 routes, fuzzRuns requests each: the full form's 6,000 outlast a test's usual 2 minutes.
const timeLimit = Math.max(120_000, SCALE.fuzzRuns * 10_000);

describe.each(kindsFor())('requests generated from the OpenAPI document on %s', (kind) => {
  let world: World;
  let api: OpenApi;
  beforeAll(async () => {
    world = await createWorld(kind);
    api = await openApiOf(world.t.app);
  }, 180_000);
  afterAll(() => world?.t.close());

  it('never answer 5xx, refuse with problem+json (Open311: its own format) and change nothing when refused', {
    timeout: timeLimit,
  }, async () => {
    const failures: string[] = [];
    for (const op of inSafeOrder(api.operations)) {
      const rule = ROUTES[op.key];
      if (!rule) continue; // the matrix names it
      const caller = callerFor(rule);
      const allowedToWrite = new Set(rule.refusalRecords ?? []);
      // The state a refused request left is the next request's state before: a fingerprint
      // fewer per refusal. On PostgreSQL one costs 13–17 ms (96 tables counted), most of a
      // fuzzed request's time, and the full form's run outgrew its time limit.
      let known: State | undefined;
      const result = await fc.check(
        fc.asyncProperty(requestsFor(api, op, rule, world), async (parts) => {
          const before = known ?? (await stateOf(world.t.ctx));
          known = undefined;
          const answer = await send(world, op, caller, parts);
          if (answer.status < 400) return true;
          const violation = isOpen311(op) ? open311Violation(op, answer) : problemViolation(answer);
          if (violation) throw new Error(violation);
          const after = await stateOf(world.t.ctx);
          const writes = changed(before, after).filter((t) => !allowedToWrite.has(t));
          if (writes.length) throw new Error(`refused with ${answer.status} but wrote ${writes.join(', ')}`);
          known = after;
          return true;
        }),
        { numRuns: SCALE.fuzzRuns, endOnFailure: true, seed: 20_261_126 },
      );
      if (result.failed) {
        const example = JSON.stringify(result.counterexample?.[0], (_k, v) =>
          typeof v === 'string' && v.length > 40 ? `${v.slice(0, 12)}…(${v.length} characters)` : v,
        ).slice(0, 300);
        failures.push(
          `${op.key} as ${caller}: ${(result.errorInstance as Error)?.message?.slice(0, 300)} — input ${example}`,
        );
      }
      if (rule.changesSessions) for (const c of CALLERS) await world.relogin(c);
    }
    expect(failures).toEqual([]);
  });
});
