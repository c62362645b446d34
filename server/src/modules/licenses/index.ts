import { businessDateOf } from '../../platform/calendar/index.js';
import { type AnyDb, type AnyTrx, tablesOf } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { AppModule } from '../../platform/module.js';
import { licenseIssuer } from './issuance.js';
import { licenseMessages } from './messages.js';
import { licenseMigrations } from './migrations.js';
import './permissions.js';
import { licenseRepository } from './repository.js';
import { registerLicenseRoutes } from './routes.js';
import { itemOf, revokeLicensesOfApplication } from './service.js';
import type { LicenseTables } from './tables.js';
import type { LicenseTypeDefinition } from './type-definition.js';
import { type Verification, verifyLicense } from './verification.js';

/** 电子证照: the licence catalogue, issuance on approval, verification, the holders' wallet. */
export const licensesModule: AppModule = {
  name: 'licenses',
  migrations: licenseMigrations,
  messages: licenseMessages,
  async register(app, ctx) {
    const issuer = licenseIssuer(ctx, app.log);
    ctx.outbox.on('application.approved', issuer.onApproved);
    ctx.outbox.on('application.revoked', async (event) => {
      const { applicationId, opinion } = event.payload as { applicationId: string; opinion?: string | null };
      await revokeLicensesOfApplication(ctx, applicationId, opinion ?? null);
    });
    await registerLicenseRoutes(app, ctx);
  },
};

/** Whose licences: the person's account, or the organisation's account for an organisation. */
export interface LicenseHolder {
  accountId: string;
}

/**
 * The licences a holder has, newest first, with their status as the wallet shows it (valid,
 * suspended, revoked, expired): what an application may take instead of asking (零提交).
 */
export async function licensesOfHolder(ctx: AppContext, holder: LicenseHolder) {
  const today = businessDateOf(new Date());
  return (await licenseRepository(ctx.db).ofHolder(holder.accountId)).map((row) => itemOf(row, today));
}

/** A 证照目录 entry a catalogue material names, with what one holder has of it. */
export interface ReusableSource {
  code: string;
  name: string;
  kind: LicenseTypeDefinition['kind'];
  holderKinds: LicenseTypeDefinition['holderKinds'];
  /** The holder's licences of the type, newest first, with their status as the wallet shows it. */
  licenses: ReturnType<typeof itemOf>[];
}

/**
 * The licence types and shared-data sources of these names (as catalogue materials name them),
 * each with the holder's licences of it, in one query: what an application may take instead of
 * asking (零提交). Names that are no 证照目录 entry are left out.
 */
export async function reusableSources(
  db: AnyDb | AnyTrx,
  holder: LicenseHolder,
  names: readonly string[],
): Promise<ReusableSource[]> {
  if (!names.length) return [];
  const rows = await tablesOf<LicenseTables>(db)
    .selectFrom('licenseTypes as t')
    .leftJoin('licenses as l', (join) =>
      join.onRef('l.typeCode', '=', 't.code').on('l.holderAccountId', '=', holder.accountId),
    )
    .select([
      't.code as sourceCode',
      't.definition',
      'l.id',
      'l.licenseNo',
      'l.typeCode',
      'l.typeName',
      'l.applicationNo',
      'l.holderKind',
      'l.holderNameMasked',
      'l.issuerName',
      'l.departmentCode',
      'l.issuedAt',
      'l.validFrom',
      'l.validUntil',
      'l.status',
      'l.statusReason',
      'l.statusChangedAt',
      'l.revision',
    ])
    .where('t.name', 'in', [...new Set(names)])
    .orderBy('l.issuedAt', 'desc')
    .execute();
  const today = businessDateOf(new Date());
  const sources = new Map<string, ReusableSource>();
  for (const { sourceCode, definition, ...licence } of rows) {
    let source = sources.get(sourceCode);
    if (!source) {
      const def = JSON.parse(definition) as LicenseTypeDefinition;
      source = { code: def.code, name: def.name, kind: def.kind, holderKinds: def.holderKinds, licenses: [] };
      sources.set(sourceCode, source);
    }
    if (licence.id !== null) source.licenses.push(itemOf(licence as Parameters<typeof itemOf>[0], today));
  }
  return [...sources.values()];
}

/** The licences an application's approval issued, with their status as the wallet shows it. */
export async function licensesOfApplication(db: AnyDb | AnyTrx, applicationId: string) {
  const today = businessDateOf(new Date());
  return (await licenseRepository(db).ofApplication(applicationId)).map((row) => itemOf(row, today));
}

/** The full verification of one licence (integrity included), e.g. for a reviewer looking at a reused one. */
export async function verifyLicenseById(ctx: AppContext, id: string): Promise<Verification> {
  const row = await licenseRepository(ctx.db).findById(id);
  if (!row) throw notFound();
  return verifyLicense(ctx, row);
}

export { canonicalJson } from './canonical-json.js';
export { notifyExpiringLicences, startExpiryNotices } from './expiry-notices.js';
export { FOSHAN_LICENSE_TYPES } from './foshan-license-types.js';
export type { LicenseType } from './repository.js';
export type { LicenseTypeDefinition } from './type-definition.js';
export { licenseTypeNamed, licenseTypesOfMatters, seedLicenseTypes } from './types-service.js';
export { VERIFICATION_STATUSES, type Verification, type VerificationStatus } from './verification.js';
