import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { hasMessage, type Locale, localeFromHeader, translate } from '../i18n/index.js';
import { type FieldProblem, ProblemError } from './problem.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: { field: string; code: string; message: string }[];
}

function toFieldProblems(error: {
  validation: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[];
}): FieldProblem[] {
  return error.validation.map((issue) => {
    const field = issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)';
    const custom = (issue.params.params as { i18n?: string } | undefined)?.i18n;
    if (custom) return { field, code: custom };
    const missing = issue.keyword === 'invalid_type' && /received undefined/.test(issue.message ?? '');
    const code = missing ? 'validation.required' : `validation.${issue.keyword}`;
    return { field, code: hasMessage(code) ? code : 'validation.invalid', params: issue.params };
  });
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProblemError,
): FastifyReply {
  const locale: Locale = request.locale;
  const { params = {}, detailCode, fields, headers } = problem.options;
  const body: ProblemBody = {
    type: `https://onewindow.gov.cn/problems/${problem.code}`,
    title: translate(locale, problem.code, params),
    status: problem.status,
    code: problem.code,
    instance: request.id,
  };
  if (detailCode) body.detail = translate(locale, detailCode, params);
  if (fields?.length) {
    body.errors = fields.map((f) => ({
      field: f.field,
      code: f.code,
      message: translate(locale, f.code, f.params),
    }));
  }
  if (headers) reply.headers(headers);
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

const STATUS_CODES: Record<number, string> = {
  400: 'error.bad_request',
  401: 'error.unauthenticated',
  403: 'error.forbidden',
  404: 'error.not_found',
  413: 'error.payload_too_large',
  415: 'error.unsupported_media_type',
  429: 'error.rate_limited',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(
        request,
        reply,
        new ProblemError(400, 'validation.failed', { fields: toFieldProblems(error) }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, new ProblemError(500, 'error.internal'));
    }
    request.log.info({ code: error.code, status }, 'client error');
    return sendProblem(request, reply, new ProblemError(status, STATUS_CODES[status] ?? 'error.bad_request'));
  });
}

/**
 * The router's own refusals (a malformed percent-encoding in the path, say) happen before
 * any hook or route: without this they answer in Fastify's JSON, not ours.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  request.locale = localeFromHeader(request.headers['accept-language']);
  request.log.info({ code: error.code }, 'client error');
  sendProblem(request, reply, new ProblemError(400, 'error.bad_url'));
}
