/** A field problem: `code` is an i18n key, `params` fill its placeholders. */
export interface FieldProblem {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/**
 * A failure the client should see as RFC 9457 problem+json. `code` is stable and
 * doubles as the i18n key of the title.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly options: {
      params?: Record<string, unknown>;
      detailCode?: string;
      fields?: FieldProblem[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
  }
}

export const notFound = () => new ProblemError(404, 'error.not_found');
export const forbidden = () => new ProblemError(403, 'error.forbidden');
export const unauthenticated = () => new ProblemError(401, 'error.unauthenticated');
export const invalidFields = (fields: FieldProblem[]) =>
  new ProblemError(400, 'validation.failed', { fields });
