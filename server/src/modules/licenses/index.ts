import { businessDateOf } from '../../platform/calendar/index.js';
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

/** The full verification of one licence (integrity included), e.g. for a reviewer looking at a reused one. */
export async function verifyLicenseById(ctx: AppContext, id: string): Promise<Verification> {
  const row = await licenseRepository(ctx.db).findById(id);
  if (!row) throw notFound();
  return verifyLicense(ctx, row);
}

export { FOSHAN_LICENSE_TYPES } from './foshan-license-types.js';
export type { LicenseType } from './repository.js';
export type { LicenseTypeDefinition } from './type-definition.js';
export { licenseTypeNamed, licenseTypesOfMatter, seedLicenseTypes } from './types-service.js';
export type { Verification, VerificationStatus } from './verification.js';
