import { z } from 'zod';
import { parseApplicationNo } from './application-no.js';

// Field-level problems carry their i18n key in `params.i18n`, as the platform's schemas do.
export const applicationNoSchema = z
  .string()
  .transform((value, ctx) => {
    const result = parseApplicationNo(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', params: { i18n: result.code } });
    return z.NEVER;
  })
  .meta({
    description:
      '办件编号: division code, YYYYMMDD, 8-digit daily sequence, ISO 7064 MOD 11-2 check character',
    example: '44060420250926000000017',
  });
