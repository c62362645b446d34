import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/**
 * A response's JSON text, encoded by its schema as the routes' serializer encodes a body
 * (every value checked, keys the schema does not name left out). A route that keeps the text
 * sends it again as it is (`sendJsonText`), without encoding the same body anew.
 */
export function jsonText<S extends z.ZodType>(schema: S, body: z.output<S>): string {
  return JSON.stringify(schema.encode(body));
}

/** Answers with JSON text: Fastify sends a string with a JSON content type as it is. */
export function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text);
}
