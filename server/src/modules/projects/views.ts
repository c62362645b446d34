import { type FieldCipher, maskMobile, maskName } from '../../platform/crypto/index.js';
import type { AnyDb } from '../../platform/db/index.js';
import { type Locale, translate } from '../../platform/i18n/index.js';
import { identityRepository } from '../identity/index.js';
import type { CategoryConfig, ResolvedCategory, ResolvedStage } from './category-directory.js';
import type { InheritedPlanning } from './schemas.js';
import type { ProjectCategoryTable, ProjectTable } from './tables.js';
import type { IntendedUse } from './vocabulary.js';

const ref = (d: { code: string; name: string } | null) => (d ? { code: d.code, name: d.name } : null);

export function stageSummaryOf(s: ResolvedStage, locale: Locale) {
  return {
    stage: s.stage,
    name: translate(locale, `project.stage.${s.stage}`),
    leadDepartment: ref(s.leadDepartment),
    matters: s.matters.map(({ matter, department }) => ({
      code: matter.code,
      name: matter.guide.name,
      department: ref(department),
      legalLimitDays: matter.guide.legalLimitDays,
      promisedLimitDays: matter.guide.promisedLimitDays,
    })),
    unpublishedMatterCodes: s.unpublishedMatterCodes,
  };
}

export const categoryRefOf = (c: ProjectCategoryTable, locale: Locale) => ({
  code: c.code,
  name: locale === 'en-US' ? c.nameEn : c.name,
  capWorkingDays: c.capWorkingDays,
});

export const categoryViewOf = (c: ResolvedCategory, locale: Locale) => ({
  ...categoryRefOf(c, locale),
  investment: c.investment,
  stages: c.stages.map((s) => stageSummaryOf(s, locale)),
});

/** The owner organisations of some projects, by id (a page holds few distinct owners). */
export async function ownersOf(db: AnyDb, rows: ProjectTable[]) {
  const repo = identityRepository(db);
  const ids = [...new Set(rows.map((r) => r.ownerOrganizationId))];
  const found = await Promise.all(ids.map((id) => repo.findOrganization(id)));
  return new Map(
    found.flatMap((o) => (o ? [[o.accountId, { name: o.name, creditCode: o.creditCode }] as const] : [])),
  );
}

interface ViewContext {
  locale: Locale;
  categories: CategoryConfig[];
  owners: Map<string, { name: string; creditCode: string }>;
}

export function projectItemOf(row: ProjectTable, v: ViewContext) {
  const category = v.categories.find((c) => c.code === row.categoryCode)!;
  return {
    id: row.id,
    projectCode: row.projectCode,
    name: row.name,
    owner: v.owners.get(row.ownerOrganizationId) ?? { name: '', creditCode: '' },
    category: categoryRefOf(category, v.locale),
    intendedUse: row.intendedUse as IntendedUse,
    investmentFen: Number(row.investmentFen),
    siteAreaM2: row.siteAreaM2,
    registeredAt: row.createdAt,
  };
}

/** The whole project; its contact person is shown in full only to the owner organisation. */
export function projectDetailOf(
  row: ProjectTable,
  v: ViewContext & {
    category: ResolvedCategory;
    cipher: FieldCipher;
    ownerView: boolean;
    planning: InheritedPlanning | null;
  },
) {
  const name = v.cipher.decrypt(row.contactNameEnc);
  const mobile = v.cipher.decrypt(row.contactMobileEnc);
  return {
    ...projectItemOf(row, v),
    site: JSON.parse(row.site) as Record<string, unknown>,
    bbox: { minLng: row.minLng, minLat: row.minLat, maxLng: row.maxLng, maxLat: row.maxLat },
    landAreaM2: row.landAreaM2,
    floorAreaM2: row.floorAreaM2,
    contact: v.ownerView ? { name, mobile } : { name: maskName(name), mobile: maskMobile(mobile) },
    stages: v.category.stages.map((s) => stageSummaryOf(s, v.locale)),
    planning: v.planning,
  };
}
