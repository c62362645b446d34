import { notFound, ProblemError } from '../../platform/errors/index.js';
import { type AppContext, trustedJson } from '../../platform/http/index.js';
import { translate } from '../../platform/i18n/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { directoryRepository } from '../directory/index.js';
import type { CatalogueSearch } from './catalogue-search.js';
import { validateFormData } from './form-validator.js';
import { type MatterGuide, THEMES } from './model.js';
import { catalogueRepository } from './repository.js';
import {
  codeParams,
  formCheckBody,
  formCheckResult,
  lifeEvent,
  lifeEventList,
  lifeEventParams,
  matterDetail,
  matterForm,
  matterPage,
  matterQuery,
  themeList,
} from './schemas.js';

export interface PublicRouteDeps {
  search: CatalogueSearch;
  /** The date a limit of N working days from today ends on, or null when the calendar cannot tell. */
  promisedDate(workingDays: number): Promise<string | null>;
}

/** The online hall: browse, search and read guides. Public, no login. */
export function registerPublicCatalogueRoutes(app: ZodApp, ctx: AppContext, deps: PublicRouteDeps): void {
  const tags = ['catalogue'];
  const repo = catalogueRepository(ctx.db);

  app.get(
    '/api/v1/matters',
    {
      serializerCompiler: trustedJson,
      schema: {
        operationId: 'searchMatters',
        tags,
        summary: '浏览与搜索事项（中文、全拼、拼音首字母）/ Browse and search matters',
        querystring: matterQuery,
        response: { 200: matterPage, 400: problemSchema },
      },
    },
    async (request) => {
      const { q, audience, theme, department, page, pageSize } = request.query;
      return deps.search.search(q, { audience, theme, departmentId: department }, page, pageSize);
    },
  );

  app.get(
    '/api/v1/matters/:code',
    {
      schema: {
        operationId: 'getMatterGuide',
        tags,
        params: codeParams,
        response: { 200: matterDetail, 404: problemSchema },
      },
    },
    async (request) => {
      const code = request.params.code;
      const detail = await deps.search.detail(code, async () => {
        const version = await repo.publishedByCode(code);
        if (!version) return null;
        const department = await directoryRepository(ctx.db).findDepartment(version.departmentId);
        return {
          code: version.code,
          version: version.version,
          versionId: version.id,
          publishedAt: version.publishedAt,
          departmentName: department?.name ?? '',
          guide: JSON.parse(version.guide) as MatterGuide,
        };
      });
      if (!detail) throw notFound();
      return { ...detail, promisedCompletionDate: await deps.promisedDate(detail.guide.promisedLimitDays) };
    },
  );

  app.get(
    '/api/v1/matters/:code/form',
    {
      schema: {
        operationId: 'getMatterForm',
        tags,
        params: codeParams,
        response: { 200: matterForm, 404: problemSchema },
      },
    },
    async (request) => {
      const version = await repo.publishedByCode(request.params.code);
      if (!version) throw notFound();
      return {
        versionId: version.id,
        schema: JSON.parse(version.formSchema),
        uiSchema: JSON.parse(version.uiSchema),
      };
    },
  );

  app.post(
    '/api/v1/matters/:code/form/check',
    {
      schema: {
        operationId: 'checkMatterForm',
        tags,
        summary: '按事项表单校验填写内容（与前端同一 JSON Schema）/ Validate answers against the form',
        params: codeParams,
        body: formCheckBody,
        response: { 200: formCheckResult, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const version = await repo.publishedByCode(request.params.code);
      if (!version) throw notFound();
      const problems = validateFormData(version.id, JSON.parse(version.formSchema), request.body.data);
      if (problems.length) throw new ProblemError(400, 'catalogue.form_invalid', { fields: problems });
      return { valid: true as const };
    },
  );

  app.get(
    '/api/v1/themes',
    { schema: { operationId: 'listThemes', tags, response: { 200: themeList } } },
    async (request) => {
      const entries = await deps.search.all();
      return {
        items: THEMES.map((code) => ({
          code,
          label: translate(request.locale, `theme.${code}`),
          count: entries.filter((e) => e.themes.includes(code)).length,
        })),
      };
    },
  );

  async function lifeEventView(row: {
    code: string;
    name: string;
    audience: string;
    summary: string;
    matterCodes: string;
  }) {
    const names = new Map((await deps.search.all()).map((e) => [e.code, e.name]));
    const codes = JSON.parse(row.matterCodes) as string[];
    return {
      code: row.code,
      name: row.name,
      audience: row.audience as 'person' | 'organization',
      summary: row.summary,
      matters: codes.filter((c) => names.has(c)).map((c) => ({ code: c, name: names.get(c)! })),
    };
  }

  app.get(
    '/api/v1/life-events',
    { schema: { operationId: 'listLifeEvents', tags, response: { 200: lifeEventList } } },
    async () => ({
      items: await Promise.all((await repo.lifeEvents()).map(lifeEventView)),
    }),
  );

  app.get(
    '/api/v1/life-events/:code',
    {
      schema: {
        operationId: 'getLifeEvent',
        tags,
        params: lifeEventParams,
        response: { 200: lifeEvent, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await repo.findLifeEvent(request.params.code);
      if (!row) throw notFound();
      return lifeEventView(row);
    },
  );
}
