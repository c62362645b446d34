import { randomUUID } from 'node:crypto';
import { seedSyntheticBlueprint } from '../modules/blueprint/index.js';
import {
  FOSHAN_LIFE_EVENTS,
  FOSHAN_MATTERS,
  importCatalogue,
  withFormFiles,
} from '../modules/catalogue/index.js';
import { directoryRepository, FOSHAN_DEPARTMENTS, seedFoshanDirectory } from '../modules/directory/index.js';
import { seedDemoTickets, seedHotlineReference } from '../modules/hotline/index.js';
import {
  identityKeys,
  identityRepository,
  listOnCreditBlacklist,
  staffService,
} from '../modules/identity/index.js';
import { seedLicenseTypes } from '../modules/licenses/index.js';
import { ensureSealKeys } from '../modules/seals/index.js';
import { hashPassword } from '../platform/crypto/index.js';
import { tablesOf } from '../platform/db/index.js';
import type { AppContext } from '../platform/http/index.js';
import { seedDemoCases } from './cases/demo-cases.js';
import {
  DEMO_BLACKLISTED,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_PERSONS,
  DEMO_STAFF,
  DEMO_TOTP_SECRET,
  DEMO_UNREGISTERED,
} from './demo-accounts.js';
import { seedDemoProjects } from './projects/demo-projects.js';
import { seedProvisionalCalendar } from './provisional-calendar.js';

interface DirectoryRows {
  departments: { id: string; code: string };
  serviceCenters: { id: string; name: string };
}

/** The Foshan service catalogue: published matters and life events; unchanged ones are skipped. */
export async function seedFoshanCatalogue(ctx: AppContext) {
  return importCatalogue(
    ctx,
    {
      format: 'onewindow-catalogue/1',
      exportedAt: new Date().toISOString(),
      matters: (await withFormFiles(ctx, FOSHAN_MATTERS)).map(({ code, ...guide }) => ({
        code,
        status: 'published' as const,
        guide,
      })),
      lifeEvents: FOSHAN_LIFE_EVENTS,
    },
    { actor: null },
  );
}

/**
 * The Foshan demo: directory, catalogue, registry records, one account per role and 200
 * cases in every status. Safe to run again.
 */
export async function seedFoshanDemo(
  ctx: AppContext,
  options: {
    catalogue?: boolean;
    cases?: boolean;
    provisionalCalendar?: boolean;
    tickets?: boolean;
    blueprint?: boolean;
    projects?: boolean;
  } = {},
): Promise<{ created: boolean }> {
  await seedFoshanDirectory(ctx.db);
  // Every department's seal key, as the security administrator would make them; idempotent.
  await ensureSealKeys(
    ctx,
    (await directoryRepository(ctx.db).departments()).map((d) => ({ departmentId: d.id })),
  );
  if (options.provisionalCalendar ?? true) await seedProvisionalCalendar(ctx);
  if (options.catalogue ?? true) await seedFoshanCatalogue(ctx);
  await seedLicenseTypes(ctx);
  const repo = identityRepository(ctx.db);
  const keys = identityKeys(ctx.cipher);
  for (const p of [...DEMO_PERSONS, ...DEMO_UNREGISTERED]) {
    await repo.upsertPopulationRecord(keys.idNumber(p.idNumber), p.name, 'normal');
  }
  await listOnCreditBlacklist(
    ctx.db,
    keys.idNumber(DEMO_BLACKLISTED.idNumber),
    DEMO_BLACKLISTED.reason,
    '2025-06-30',
  );
  // 12345: routing rules, knowledge base, the Open311 demo key; and 10,000 demo work orders.
  await seedHotlineReference(ctx.db);
  if (options.tickets ?? true) await seedDemoTickets(ctx);
  // 一张蓝图: 165 synthetic layers, about 100,000 features, and their conflict cases (3.5 s on SQLite, once).
  if (options.blueprint ?? true) await seedSyntheticBlueprint(ctx);
  if (await repo.findStaffByUsername('secadmin')) return { created: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const personIds = new Map<string, string>();
  await ctx.db.transaction().execute(async (trx) => {
    const r = identityRepository(trx);
    const now = new Date().toISOString();
    for (const p of DEMO_PERSONS) {
      const id = randomUUID();
      personIds.set(p.name, id);
      await r.insertAccount({
        id,
        kind: 'person',
        passwordHash,
        status: 'active',
        trustLevel: p.trustLevel,
        totpSecretEnc: null,
        totpLastStep: null,
        createdAt: now,
        updatedAt: now,
      });
      await r.insertPerson({
        accountId: id,
        name: p.name,
        idNumberEnc: ctx.cipher.encrypt(p.idNumber),
        idNumberBidx: keys.idNumber(p.idNumber),
        mobileEnc: ctx.cipher.encrypt(p.mobile),
        mobileBidx: keys.mobile(p.mobile),
      });
    }
    const orgId = randomUUID();
    await r.insertAccount({
      id: orgId,
      kind: 'organization',
      passwordHash,
      status: 'active',
      trustLevel: 3,
      totpSecretEnc: null,
      totpLastStep: null,
      createdAt: now,
      updatedAt: now,
    });
    await r.insertOrganization({
      accountId: orgId,
      name: DEMO_ORGANIZATION.name,
      creditCode: DEMO_ORGANIZATION.creditCode,
      legalRepPersonId: personIds.get(DEMO_ORGANIZATION.legalRepresentative)!,
      mobileEnc: ctx.cipher.encrypt(DEMO_ORGANIZATION.mobile),
    });
    await r.insertAgent(orgId, personIds.get(DEMO_ORGANIZATION.agent)!, orgId);
    await ctx.audit.recordInTrx(trx, {
      actor: null,
      action: 'seed.demo',
      objectType: 'system',
      detail: { persons: DEMO_PERSONS.length },
    });
  });

  // The demo company signs its declarations with its own seal (零提交 §5).
  const demoOrganization = await repo.findOrganizationByCreditCode(DEMO_ORGANIZATION.creditCode);
  if (demoOrganization) await ensureSealKeys(ctx, [{ organizationId: demoOrganization.accountId }]);

  const directory = tablesOf<DirectoryRows>(ctx.db);
  const departments = new Map(
    (await directory.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]),
  );
  const centers = new Map(
    (await directory.selectFrom('serviceCenters').select(['id', 'name']).execute()).map((c) => [
      c.name,
      c.id,
    ]),
  );
  const staff = staffService(ctx);
  for (const s of DEMO_STAFF) {
    if (!FOSHAN_DEPARTMENTS.some(([code]) => code === s.department))
      throw new Error(`unknown department ${s.department}`);
    await staff.create(null, {
      username: s.username,
      name: s.name,
      departmentId: departments.get(s.department)!,
      serviceCenterId: s.center ? centers.get(s.center) : null,
      roles: s.roles,
      password: DEMO_PASSWORD,
      totpSecret: DEMO_TOTP_SECRET,
      passwordHash,
    });
  }
  // Cases are made against catalogue matters, so only with the catalogue.
  if (options.cases ?? options.catalogue ?? true) await seedDemoCases(ctx);
  // 50 construction projects (工程建设项目) at every stage, after the cases (which seed only an empty demo).
  if (options.projects ?? options.cases ?? options.catalogue ?? true) await seedDemoProjects(ctx);
  return { created: true };
}
