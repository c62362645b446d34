import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply, FastifyRequest } from 'fastify';

// GeoReport v2 answers in JSON or XML by the path's extension, and reports errors as a
// list of {code, description} (never problem+json on these routes).

export type Format = 'json' | 'xml';
export const FORMATS: readonly Format[] = ['json', 'xml'];

const builder = new XMLBuilder({ format: false });

/** XML has no null: an empty element says "no value", as the spec's examples do. */
function forXml(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(forXml);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, forXml(v)]),
    );
  return value;
}

/**
 * Sends `json` as JSON, or as XML under `root`/`item` (an array) or `root` (an object);
 * `value` when the XML nests differently. The spec's XML wraps lists:
 * <services><service>…</service></services>.
 */
export function send(reply: FastifyReply, format: Format, json: unknown, xml: XmlShape, status = 200) {
  reply.status(status);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(json));
  const value = forXml(xml.value ?? json);
  const body = { [xml.root]: xml.item ? { [xml.item]: value } : value };
  return reply
    .type('text/xml; charset=utf-8')
    .send(`<?xml version="1.0" encoding="utf-8"?>${builder.build(body)}`);
}

/** Where the XML puts an answer: under `root`, each list item as `item`; `value` when it nests differently. */
export interface XmlShape {
  root: string;
  item?: string;
  value?: unknown;
}

export const formatOf = (request: FastifyRequest): Format =>
  request.url.split('?')[0]!.endsWith('.xml') ? 'xml' : 'json';

/** A GeoReport error; the HTTP status is its code. */
export class Open311Error extends Error {
  constructor(
    readonly code: 400 | 403 | 404 | 500,
    readonly description: string,
  ) {
    super(description);
  }
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: Open311Error) {
  return send(
    reply,
    formatOf(request),
    [{ code: error.code, description: error.description }],
    { root: 'errors', item: 'error' },
    error.code,
  );
}
