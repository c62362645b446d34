import type { FastifyInstance } from 'fastify';
import type { JsonSchema } from './arbitraries.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonSchema;
}

/** One operation of the document: `key` is how the suite's tables name it, e.g. `GET /api/v1/matters/{code}`. */
export interface Operation {
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, or 'multipart' for uploads. */
  body: JsonSchema | 'multipart' | undefined;
  bodyRequired: boolean;
}

export interface OpenApi {
  operations: Operation[];
  resolve(ref: string): JsonSchema;
  /** References to schemas the document does not hold, with where they are. */
  danglingRefs(): string[];
}

interface Document {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
        consumes?: string[];
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** The app's own OpenAPI document, as clients read it at /api/openapi.json. */
export async function openApiOf(app: FastifyInstance): Promise<OpenApi> {
  const res = await app.inject({ url: '/api/openapi.json' });
  if (res.statusCode !== 200)
    throw new Error(`GET /api/openapi.json answers ${res.statusCode}: ${res.body.slice(0, 300)}`);
  const doc = res.json() as Document;
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      const multipart = 'multipart/form-data' in content || op.consumes?.includes('multipart/form-data');
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: multipart ? 'multipart' : content['application/json']?.schema,
        bodyRequired: !!op.requestBody?.required,
      });
    }
  }
  // `#/components/schemas/Name`, or zod's shared definitions `#/components/schemas/__shared#/$defs/x`.
  const lookUp = (ref: string): JsonSchema | undefined => {
    const [name, pointer = ''] = ref.replace('#/components/schemas/', '').split('#');
    let schema: unknown = doc.components?.schemas?.[name!];
    for (const step of pointer.split('/').filter(Boolean))
      schema = (schema as Record<string, unknown>)?.[step];
    return schema as JsonSchema | undefined;
  };
  return {
    operations,
    // A dangling reference (`danglingRefs` names them) stands for any value.
    resolve: (ref) => lookUp(ref) ?? {},
    danglingRefs() {
      const found: string[] = [];
      const walk = (node: unknown, at: string) => {
        if (!node || typeof node !== 'object') return;
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref' && typeof v === 'string' && !lookUp(v)) found.push(`${at}: ${v}`);
          else walk(v, `${at}/${k}`);
        }
      };
      walk(doc.paths, '');
      walk(doc.components, '#/components');
      return found;
    },
  };
}

/** Open311 answers in GeoReport v2's own error format, not problem+json. */
export const isOpen311 = (op: Operation) => op.path.startsWith('/open311/');

/** The URL of an operation with its path parameters filled in and a query string. */
export function urlOf(
  op: Operation,
  params: Record<string, string>,
  query: Record<string, unknown> = {},
): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${op.key}: no value for path parameter ${name}`);
    // A lone surrogate cannot be encoded: it goes as U+FFFD, as a browser would send it.
    return encodeURIComponent(value.replace(/\p{Surrogate}/gu, '\ufffd'));
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined) search.append(k, typeof v === 'string' ? v : JSON.stringify(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Reads first, deletions last: a write that succeeds must not take an object from the routes after it. */
export const inSafeOrder = (ops: Operation[]) =>
  [...ops].sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
