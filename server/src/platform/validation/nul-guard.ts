import type { FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

const NUL = '\u0000';
type Path = (string | number)[];

/**
 * Where a value holds U+0000, in a string or an object key. Iterative: a request body may nest
 * deeper than the call stack goes.
 */
function nulPaths(value: unknown): Path[] {
  const found: Path[] = [];
  const pending: [unknown, Path][] = [[value, []]];
  while (pending.length) {
    const [current, at] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes(NUL)) found.push(at);
    } else if (current && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        if (key.includes(NUL)) found.push([...at, key]);
        else pending.push([child, [...at, Array.isArray(current) ? Number(key) : key]]);
      }
    }
  }
  return found;
}

const nulFree = z.unknown().superRefine((value, ctx) => {
  for (const path of nulPaths(value))
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'contains U+0000',
      params: { i18n: 'validation.nul_character' },
    });
});
// The zod validator makes the refusal a validation error like any other: the error handlers
// (problem+json with field errors, Open311's own format) need no case of their own.
const check = validatorCompiler({ schema: nulFree, method: '*', url: '*' });

const PARTS = ['params', 'querystring', 'body'] as const;

/**
 * Refuses U+0000 in every path parameter, query value and body string (keys included) with a
 * 400 field error, on every route, schema or not: PostgreSQL cannot store it in text and
 * fails the query, SQLite would keep it, and no legitimate input holds one.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of PARTS) {
      const result = check(part === 'querystring' ? request.query : request[part]) as { error?: unknown[] };
      if (result.error)
        throw Object.assign(new Error(`${part} contains U+0000`), {
          statusCode: 400,
          code: 'FST_ERR_VALIDATION',
          validation: result.error,
          validationContext: part,
        });
    }
  });
}
