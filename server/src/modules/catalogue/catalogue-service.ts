import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../platform/audit/index.js';
import type { AnyTrx } from '../../platform/db/index.js';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { translate } from '../../platform/i18n/index.js';
import type { Principal } from '../../platform/permissions/index.js';
import { directoryRepository } from '../directory/index.js';
import { compileForm } from './form-schema.js';
import { guideProblems } from './guide-rules.js';
import { materialFileProblems } from './material-files.js';
import { withMaterialIds } from './material-ids.js';
import type { MatterGuide, MatterGuideInput } from './model.js';
import { pinyinKeys } from './pinyin-keys.js';
import { catalogueRepository } from './repository.js';
import type { MatterVersionTable } from './tables.js';

export type Facts = { actor: AuditActor | null; sourceIp?: string | null; requestId?: string | null };

/** Search keys of a guide: its name, its popular names and its theme labels. */
export function searchKeys(guide: MatterGuide) {
  const themes = guide.themes.map((t) => translate('zh-CN', `theme.${t}`));
  const keys = pinyinKeys([guide.name, ...guide.keywords, ...themes]);
  return { searchPinyin: keys.pinyin.join('|'), searchInitials: keys.initials.join('|') };
}

export function versionRow(
  matterId: string,
  version: number,
  guide: MatterGuide,
  createdBy: string | null,
): MatterVersionTable {
  const form = compileForm(guide.name, guide.form);
  return {
    id: randomUUID(),
    matterId,
    version,
    status: 'draft',
    name: guide.name,
    guide: JSON.stringify(guide),
    formSchema: JSON.stringify(form.schema),
    uiSchema: JSON.stringify(form.uiSchema),
    ...searchKeys(guide),
    createdAt: new Date().toISOString(),
    createdBy,
    publishedAt: null,
  };
}

/** Publishes a matter's draft: the previous published version becomes superseded. */
export async function publishVersionInTrx(
  ctx: AppContext,
  trx: AnyTrx,
  matterId: string,
  facts: Facts,
  code: string,
): Promise<number> {
  const repo = catalogueRepository(trx);
  const draft = await repo.findVersion(matterId, 'draft');
  if (!draft) throw new ProblemError(409, 'catalogue.no_draft');
  const current = await repo.findVersion(matterId, 'published');
  if (current) await repo.updateVersion(current.id, { status: 'superseded' });
  await repo.updateVersion(draft.id, { status: 'published', publishedAt: new Date().toISOString() });
  await repo.bumpRevision();
  await ctx.audit.recordInTrx(trx, {
    ...facts,
    action: 'catalogue.publish',
    objectType: 'matter',
    objectId: code,
    detail: { version: draft.version },
  });
  return draft.version;
}

/**
 * The matter lifecycle: draft → published → (superseded by a newer version | withdrawn).
 * Editing a published matter opens a new draft version; applications keep the version id
 * they were made against, so published versions are never changed in place.
 */
export function catalogueService(ctx: AppContext, onChange: () => void) {
  const directory = directoryRepository(ctx.db);

  async function departmentIdOf(code: string): Promise<string> {
    const dept = (await directory.departments()).find((d) => d.code === code);
    if (!dept) throw invalidFields([{ field: 'guide.department', code: 'catalogue.unknown_department' }]);
    return dept.id;
  }

  /** Maintainers act on their own department's matters only; others' answer 404. */
  function assertDepartment(principal: Principal | null, departmentId: string) {
    if (principal?.roles.includes('sys_admin')) return;
    if (principal?.departmentId !== departmentId) throw notFound();
  }

  /** The guide as stored: materials numbered, rules across fields kept, only known files named. */
  async function checkedGuide(input: MatterGuideInput): Promise<MatterGuide> {
    const guide = withMaterialIds(input);
    const problems = [...guideProblems(guide), ...(await materialFileProblems(ctx.db, guide))];
    if (problems.length) throw invalidFields(problems);
    return guide;
  }

  const publishInTrx = (trx: AnyTrx, matterId: string, facts: Facts, code: string) =>
    publishVersionInTrx(ctx, trx, matterId, facts, code);
  return {
    departmentIdOf,
    assertDepartment,
    /** The catalogue changed in bulk (import): refresh this process's search index. */
    notifyChanged: onChange,

    async create(
      request: FastifyRequest | null,
      code: string,
      input: MatterGuideInput,
      options: { publish?: boolean } = {},
    ) {
      const guide = await checkedGuide(input);
      const departmentId = await departmentIdOf(guide.department);
      if (request) assertDepartment(request.principal, departmentId);
      const facts: Facts = request?.auditFacts() ?? { actor: null };
      await ctx.db.transaction().execute(async (trx) => {
        const repo = catalogueRepository(trx);
        if (await repo.findMatter(code))
          throw new ProblemError(409, 'catalogue.code_taken', {
            fields: [{ field: 'code', code: 'catalogue.code_taken' }],
          });
        const matterId = randomUUID();
        await repo.insertMatter({ id: matterId, code, departmentId, createdAt: new Date().toISOString() });
        await repo.insertVersion(versionRow(matterId, 1, guide, request?.principal?.accountId ?? null));
        await ctx.audit.recordInTrx(trx, {
          ...facts,
          action: 'catalogue.create',
          objectType: 'matter',
          objectId: code,
        });
        if (options.publish) await publishInTrx(trx, matterId, facts, code);
      });
      if (options.publish) onChange();
    },

    /** Saves the draft: the existing draft is overwritten, otherwise a new version is opened. */
    async saveDraft(request: FastifyRequest, code: string, input: MatterGuideInput) {
      const guide = await checkedGuide(input);
      const departmentId = await departmentIdOf(guide.department);
      return ctx.db.transaction().execute(async (trx) => {
        const repo = catalogueRepository(trx);
        const matter = await repo.findMatter(code);
        if (!matter) throw notFound();
        assertDepartment(request.principal, matter.departmentId);
        if (departmentId !== matter.departmentId) {
          // Moving a matter to another department is the system administrator's call.
          assertDepartment(request.principal, departmentId);
          await repo.setMatterDepartment(matter.id, departmentId);
        }
        const versions = await repo.versionsOf(matter.id);
        const draft = versions.find((v) => v.status === 'draft');
        const row = versionRow(
          matter.id,
          draft ? draft.version : (versions[0]?.version ?? 0) + 1,
          guide,
          request.principal!.accountId,
        );
        if (draft) {
          const { id: _keep, ...patch } = row;
          await repo.updateVersion(draft.id, patch);
        } else {
          await repo.insertVersion(row);
        }
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'catalogue.save_draft',
          objectType: 'matter',
          objectId: code,
          detail: { version: row.version },
        });
        return row.version;
      });
    },

    async publish(request: FastifyRequest, code: string) {
      const version = await ctx.db.transaction().execute(async (trx) => {
        const matter = await catalogueRepository(trx).findMatter(code);
        if (!matter) throw notFound();
        assertDepartment(request.principal, matter.departmentId);
        return publishInTrx(trx, matter.id, request.auditFacts(), code);
      });
      onChange();
      return version;
    },

    async withdraw(request: FastifyRequest, code: string) {
      await ctx.db.transaction().execute(async (trx) => {
        const repo = catalogueRepository(trx);
        const matter = await repo.findMatter(code);
        if (!matter) throw notFound();
        assertDepartment(request.principal, matter.departmentId);
        const current = await repo.findVersion(matter.id, 'published');
        if (!current) throw new ProblemError(409, 'catalogue.not_published');
        await repo.updateVersion(current.id, { status: 'withdrawn' });
        await repo.bumpRevision();
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'catalogue.withdraw',
          objectType: 'matter',
          objectId: code,
          detail: { version: current.version },
        });
      });
      onChange();
    },
  };
}

export type CatalogueService = ReturnType<typeof catalogueService>;
