import type { FastifyRequest } from 'fastify';
import type { AnyDb, AnyTrx } from '../../platform/db/index.js';
import { invalidFields, ProblemError } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { assertCan } from '../../platform/permissions/index.js';
import { directoryRepository } from '../directory/index.js';
import { FOSHAN_LICENSE_TYPES } from './foshan-license-types.js';
import { type LicenseType, licenseRepository } from './repository.js';
import type { LicenseTypeDefinition } from './type-definition.js';

export function typeViewOf(type: LicenseType) {
  return {
    code: type.code,
    name: type.name,
    kind: type.kind,
    departmentCode: type.departmentCode,
    holderKinds: type.holderKinds,
    matterCodes: type.kind === 'license' ? type.matterCodes : [],
    validity: type.kind === 'license' ? type.validity : null,
    fields: type.fields.map(({ key, label, type: fieldType, required, unit }) => ({
      key,
      label,
      type: fieldType,
      required,
      ...(unit ? { unit } : {}),
    })),
    revision: type.revision,
  };
}

/** The city's licence types as the demo seeds them; existing ones (maybe edited since) are left alone. */
export async function seedLicenseTypes(
  ctx: AppContext,
  definitions: LicenseTypeDefinition[] = FOSHAN_LICENSE_TYPES,
): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const repo = licenseRepository(trx);
    const at = new Date().toISOString();
    let created = 0;
    for (const def of definitions) if (await repo.saveType(def, null, at)) created++;
    if (created)
      await ctx.audit.recordInTrx(trx, {
        actor: null,
        action: 'license_type.seed',
        objectType: 'license_type',
        detail: { created },
      });
    return created;
  });
}

/**
 * Adds or changes a 证照目录 entry (catalogue maintainers): the definition is validated by its
 * schema, its department must exist, its name must be free; a stale revision answers 409.
 */
export async function saveLicenseType(
  ctx: AppContext,
  request: FastifyRequest,
  def: LicenseTypeDefinition,
  expectedRevision: number | undefined,
) {
  assertCan(request.principal, 'license.type_manage');
  return ctx.db.transaction().execute(async (trx: AnyTrx) => {
    if (!(await directoryRepository(trx).findDepartmentByCode(def.departmentCode)))
      throw invalidFields([{ field: 'definition.departmentCode', code: 'license.type.unknown_department' }]);
    const repo = licenseRepository(trx);
    const sameName = await repo.findTypeByName(def.name);
    if (sameName && sameName.code !== def.code) throw new ProblemError(409, 'license.type.name_taken');
    const existing = await repo.findType(def.code);
    if (existing && existing.kind !== def.kind) throw new ProblemError(409, 'license.type.kind_fixed');
    if (!(await repo.saveType(def, existing ? (expectedRevision ?? -1) : null, new Date().toISOString())))
      throw new ProblemError(409, 'error.conflict');
    await ctx.audit.recordInTrx(trx, {
      ...request.auditFacts(),
      action: existing ? 'license_type.change' : 'license_type.create',
      objectType: 'license_type',
      objectId: def.code,
      detail: { name: def.name, departmentCode: def.departmentCode },
    });
    await emitInTrx(trx, 'license_type.changed', { code: def.code });
    return (await repo.findType(def.code))!;
  });
}

/** The licence types whose licences an approval of these matters issues (the 证照目录's matter mapping). */
export async function licenseTypesOfMatters(
  db: AnyDb | AnyTrx,
  matterCodes: readonly string[],
): Promise<LicenseType[]> {
  return licenseRepository(db).typesOfMatters(matterCodes);
}

/** A licence type or shared-data source by the name catalogue materials use (营业执照, 居民身份证). */
export async function licenseTypeNamed(db: AnyDb | AnyTrx, name: string): Promise<LicenseType | undefined> {
  return licenseRepository(db).findTypeByName(name);
}
