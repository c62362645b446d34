import { expect } from 'vitest';

/** An HTTP answer as the suite keeps it. */
export interface Answer {
  status: number;
  type: string | null | undefined;
  body: unknown;
}

const PROBLEM_TYPE = /^application\/problem\+json/;

/** What is wrong with an answer that should be the platform's RFC 9457 problem+json, or null. */
export function problemViolation(answer: Answer): string | null {
  if (answer.status >= 500) return `server error ${answer.status}`;
  if (!PROBLEM_TYPE.test(answer.type ?? '')) return `${answer.status} as ${answer.type}, not problem+json`;
  const body = answer.body as Record<string, unknown> | null;
  if (
    !body ||
    body.status !== answer.status ||
    typeof body.code !== 'string' ||
    typeof body.title !== 'string'
  )
    return `${answer.status} problem without status, code and title: ${JSON.stringify(body)?.slice(0, 200)}`;
  return null;
}

export function expectProblem(answer: Answer, status?: number): void {
  if (status !== undefined) expect(answer.status).toBe(status);
  expect(problemViolation(answer)).toBeNull();
}
