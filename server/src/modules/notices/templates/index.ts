import type { z } from 'zod';
import { acceptanceTemplate } from './acceptance.js';
import { approvalTemplate } from './approval.js';
import { commitmentTemplate } from './commitment.js';
import type { IssueFacts, NoticeDraft, NoticeTemplate } from './common.js';
import { correctionTemplate } from './correction.js';
import { denialTemplate } from './denial.js';
import { receiptTemplate } from './receipt.js';
import { refusalTemplate } from './refusal.js';
import { rejectionTemplate } from './rejection.js';
import { resultTemplate } from './result.js';
import { shortfallTemplate } from './shortfall.js';
import { supervisionTemplate } from './supervision.js';

export const NOTICE_TEMPLATES = {
  receipt: receiptTemplate,
  acceptance: acceptanceTemplate,
  refusal: refusalTemplate,
  correction: correctionTemplate,
  shortfall: shortfallTemplate,
  commitment: commitmentTemplate,
  approval: approvalTemplate,
  denial: denialTemplate,
  result: resultTemplate,
  rejection: rejectionTemplate,
  supervision: supervisionTemplate,
};
export type NoticeKind = keyof typeof NOTICE_TEMPLATES;
export const NOTICE_KINDS = Object.keys(NOTICE_TEMPLATES) as NoticeKind[];

/** What a caller hands in for a kind of notice (before defaults are applied). */
export type NoticeInput<K extends NoticeKind> = z.input<(typeof NOTICE_TEMPLATES)[K]['schema']>;

/** The input schema of each kind, for routes that take a notice's wording from staff. */
export const noticeInputSchemas = Object.fromEntries(
  NOTICE_KINDS.map((kind) => [kind, NOTICE_TEMPLATES[kind].schema]),
) as { [K in NoticeKind]: (typeof NOTICE_TEMPLATES)[K]['schema'] };

/** Checks a kind's input and words its notice; the template's title and series come along. */
export function draftNotice(
  kind: NoticeKind,
  input: unknown,
  facts: IssueFacts,
): { ok: true; title: string; series: string | null; draft: NoticeDraft } | { ok: false; error: z.ZodError } {
  const template = NOTICE_TEMPLATES[kind] as NoticeTemplate<z.ZodType>;
  const parsed = template.schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error };
  return {
    ok: true,
    title: template.title,
    series: template.series,
    draft: template.build(parsed.data, facts),
  };
}

export { chineseDate, type IssueFacts, type NoticeDraft } from './common.js';
