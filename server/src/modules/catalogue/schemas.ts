import { z } from 'zod';
import { pageQuery } from '../../platform/validation/index.js';
import { formField, matterGuideInput, matterGuideSchema } from './guide-schema.js';
import { AUDIENCES, MATTER_TYPES, THEMES } from './model.js';

export const matterCode = z
  .string()
  .regex(/^\d{6}-[A-Z]{1,8}-\d{4}$/)
  .meta({ example: '440600-GA-0001' });
export const codeParams = z.object({ code: matterCode });

export const matterQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  audience: z.enum(AUDIENCES).optional(),
  theme: z.enum(THEMES).optional(),
  department: z.uuid().optional(),
});

export const matterSummary = z
  .object({
    code: z.string(),
    name: z.string(),
    type: z.enum(MATTER_TYPES),
    departmentId: z.string(),
    departmentName: z.string(),
    audiences: z.array(z.enum(AUDIENCES)),
    themes: z.array(z.enum(THEMES)),
    onlineDepth: z.enum(['full_online', 'online_once', 'window']),
    visits: z.number().int(),
    promisedLimitDays: z.number().int(),
    legalLimitDays: z.number().int(),
  })
  .meta({ id: 'MatterSummary' });

export const matterPage = z.object({
  items: z.array(matterSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  suggestions: z.array(z.string()),
});

export const matterDetail = z
  .object({
    code: z.string(),
    version: z.number().int(),
    versionId: z.string(),
    publishedAt: z.string().nullable(),
    departmentName: z.string(),
    guide: matterGuideSchema,
    /** The promised completion date if the application were accepted today (Asia/Shanghai). */
    promisedCompletionDate: z.string().nullable(),
  })
  .meta({ id: 'MatterDetail' });

export const matterForm = z.object({
  versionId: z.string(),
  schema: z.record(z.string(), z.unknown()),
  uiSchema: z.record(z.string(), z.unknown()),
});
export const formCheckBody = z.object({ data: z.record(z.string(), z.unknown()) });
export const formCheckResult = z.object({ valid: z.literal(true) });

export const themeList = z.object({
  items: z.array(z.object({ code: z.enum(THEMES), label: z.string(), count: z.number().int() })),
});

export const lifeEvent = z.object({
  code: z.string(),
  name: z.string(),
  audience: z.enum(AUDIENCES),
  summary: z.string(),
  matters: z.array(z.object({ code: z.string(), name: z.string() })),
});
export const lifeEventList = z.object({ items: z.array(lifeEvent) });
export const lifeEventParams = z.object({ code: z.string().max(64) });

export const adminMatterItem = z.object({
  code: z.string(),
  name: z.string(),
  departmentId: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'superseded', 'withdrawn']),
  createdAt: z.string(),
});
export const adminMatterList = z.object({ items: z.array(adminMatterItem) });
export const adminMatterDetail = z.object({
  code: z.string(),
  departmentId: z.string(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: z.enum(['draft', 'published', 'superseded', 'withdrawn']),
      createdAt: z.string(),
      publishedAt: z.string().nullable(),
      guide: matterGuideSchema,
    }),
  ),
});
export const createMatterBody = z.object({ code: matterCode, guide: matterGuideInput });
export const saveDraftBody = z.object({ guide: matterGuideInput });
export const versionResult = z.object({ version: z.number().int() });
export const formPreviewBody = z.object({
  name: z.string().trim().min(1).max(200),
  form: z.array(formField),
});
export const formPreview = z.object({
  schema: z.record(z.string(), z.unknown()),
  uiSchema: z.record(z.string(), z.unknown()),
});

export const catalogueExport = z
  .object({
    format: z.literal('onewindow-catalogue/1'),
    exportedAt: z.string(),
    matters: z.array(
      z.object({
        code: matterCode,
        status: z.enum(['draft', 'published', 'withdrawn']),
        guide: matterGuideInput,
      }),
    ),
    lifeEvents: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        audience: z.enum(AUDIENCES),
        summary: z.string(),
        matterCodes: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'CatalogueExport' });
export const importResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
