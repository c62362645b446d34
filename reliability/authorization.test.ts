import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSafeOrder, type OpenApi, openApiOf } from './support/openapi.js';
import { problemViolation } from './support/problems.js';
import { guessFor, pathParameters, send, validParts } from './support/requests.js';
import { type Expectation, ROUTES } from './support/routes.js';
import { kindsFor } from './support/scale.js';
import { CALLERS, createWorld, type World } from './support/world.js';

const DENIED = [401, 403, 404];

function meets(status: number, expected: Expectation): boolean {
  return expected === 'ok' ? status < 500 && !DENIED.includes(status) : status === expected;
}

/** The parts of an error answer that could tell a missing object from a forbidden one. */
const shapeOf = (body: unknown) =>
  body && typeof body === 'object'
    ? { keys: Object.keys(body).sort(), code: (body as { code?: unknown }).code }
    : { text: String(body).slice(0, 100) };

describe.each(kindsFor())('the role × action × ownership matrix on %s', (kind) => {
  let world: World;
  let api: OpenApi;
  beforeAll(async () => {
    world = await createWorld(kind);
    api = await openApiOf(world.t.app);
  }, 180_000);
  afterAll(() => world?.t.close());

  it('has an expectation for every route of the OpenAPI document, and none for a route that is gone', () => {
    const missing = api.operations.filter((op) => !ROUTES[op.key]).map((op) => op.key);
    expect(missing, 'add these routes to reliability/support/routes.ts').toEqual([]);
    const gone = Object.keys(ROUTES).filter((key) => !api.operations.some((op) => op.key === key));
    expect(gone, 'remove these from reliability/support/routes.ts').toEqual([]);
  });

  it('documents every schema it refers to', () => {
    expect(api.danglingRefs()).toEqual([]);
  });

  it('answers every kind of caller on every route as expected, and guessed identifiers like missing ones', async () => {
    const failures: string[] = [];
    for (const op of inSafeOrder(api.operations)) {
      const rule = ROUTES[op.key];
      if (!rule) continue;
      const names = pathParameters(op).map((p) => p.name);
      const objectParams = rule.params?.(world.ids);
      const guessed = Object.fromEntries(
        names.map((n) => [n, rule.notGuessed?.includes(n) ? objectParams![n]! : guessFor(op, n, world.ids)]),
      );
      const parts = await validParts(world, api, op, rule, objectParams ?? guessed);
      if (typeof parts === 'string') {
        failures.push(parts);
        continue;
      }
      const tryGuessing = names.length > 0 && names.some((n) => !rule.notGuessed?.includes(n));
      // Refused callers first; a deletion succeeds once, after which the object is gone for the next.
      const callers = [...CALLERS].sort(
        (a, b) => Number(rule.expect[a] === 'ok') - Number(rule.expect[b] === 'ok'),
      );
      let deleted = false;
      for (const caller of callers) {
        const expected = deleted ? 404 : rule.expect[caller];
        const onObject = objectParams ? await send(world, op, caller, parts, rule.stream) : undefined;
        const deletes = op.method === 'DELETE' && !!onObject && onObject.status < 300;
        if (onObject && !meets(onObject.status, expected))
          failures.push(
            `${op.key} as ${caller}: expected ${expected}, got ${onObject.status} ${JSON.stringify(onObject.body).slice(0, 160)}`,
          );
        if (onObject && onObject.status >= 400 && !op.path.startsWith('/open311/')) {
          const violation = problemViolation(onObject);
          if (violation) failures.push(`${op.key} as ${caller}: ${violation}`);
        }
        if (!tryGuessing) {
          deleted ||= deletes;
          continue;
        }
        // A guessed identifier: the same answer as for someone else's object, and 404 where the door is open.
        const onGuess = await send(world, op, caller, { ...parts, params: guessed }, rule.stream);
        // Where the door is open a guess may also fail validation first, but never succeed.
        const wanted = expected === 'ok' || deleted ? [400, 404, 409, 422] : [expected];
        if (!wanted.includes(onGuess.status))
          failures.push(
            `${op.key} as ${caller} on a guessed id: expected ${wanted}, got ${onGuess.status} ${JSON.stringify(onGuess.body).slice(0, 160)}`,
          );
        else if (
          onObject &&
          expected === 404 &&
          JSON.stringify(shapeOf(onObject.body)) !== JSON.stringify(shapeOf(onGuess.body))
        )
          failures.push(
            `${op.key} as ${caller}: someone else's object and a missing one answer differently: ${JSON.stringify(shapeOf(onObject.body))} vs ${JSON.stringify(shapeOf(onGuess.body))}`,
          );
        deleted ||= deletes;
      }
      if (rule.changesSessions) for (const caller of CALLERS) await world.relogin(caller);
    }
    expect(failures).toEqual([]);
  });
});
