import { z } from 'zod';
import { validateCreditCode } from './credit-code.js';
import { validateIdNumber } from './id-number.js';
import { normalizeMobile } from './mobile.js';

// Field-level problems carry an i18n key in `params.i18n`; the error handler turns it
// into a localised message naming exactly what is wrong.
export const idNumberSchema = z
  .string()
  .transform((value, ctx) => {
    const result = validateIdNumber(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', params: { i18n: `idNumber.${result.problem}` } });
    return z.NEVER;
  })
  .meta({ description: 'GB 11643 ID number (18 characters)', example: '11010519491231002X' });

export const creditCodeSchema = z
  .string()
  .transform((value, ctx) => {
    const result = validateCreditCode(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', params: { i18n: `creditCode.${result.problem}` } });
    return z.NEVER;
  })
  .meta({ description: 'GB 32100 unified social credit code', example: '91350100M000100Y43' });

export const mobileSchema = z
  .string()
  .transform((value, ctx) => {
    const mobile = normalizeMobile(value);
    if (mobile) return mobile;
    ctx.addIssue({ code: 'custom', params: { i18n: 'mobile.invalid' } });
    return z.NEVER;
  })
  .meta({ description: 'Mainland China mobile number', example: '13800138000' });

/** A trimmed, non-empty human-entered text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

/** A work list's page whose count stops at a limit: `totalCapped` says there are more than `total`. */
export const boundedPageOf = <T extends z.ZodType>(item: T) =>
  pageOf(item).extend({
    totalCapped: z.boolean().meta({
      description:
        'true when the list holds more rows than `total`: counting stops there (shown as "1,000+")',
    }),
  });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
