import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANIZATION, DEMO_PERSONS } from '../../seed/demo-accounts.js';
import { databaseKinds } from '../../test-support/databases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { isOnCreditBlacklist, listOnCreditBlacklist } from './credit.js';
import { identityKeys } from './identity-keys.js';
import { identityRepository } from './repository.js';

describe.each(databaseKinds())('the credit blacklist (失信名单) on %s', (kind) => {
  let t: TestApp;
  let person: (index: number) => Promise<{ personId: string }>;
  let organization: { organizationId: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const repo = identityRepository(t.ctx.db);
    const keys = identityKeys(t.ctx.cipher);
    person = async (index) => ({
      personId: (await repo.findPersonByIdBidx(keys.idNumber(DEMO_PERSONS[index]!.idNumber)))!.accountId,
    });
    organization = {
      organizationId: (await repo.findOrganizationByCreditCode(DEMO_ORGANIZATION.creditCode))!.accountId,
    };
  });
  afterAll(() => t.close());

  it('finds a person by their ID number and an organisation by its credit code, and no one else', async () => {
    const listed = (subject: { personId: string } | { organizationId: string }) =>
      isOnCreditBlacklist(t.ctx.db, t.ctx.cipher, subject);
    const keys = identityKeys(t.ctx.cipher);
    expect(await listed(await person(0))).toBe(false);
    expect(await listed(organization)).toBe(false);

    await listOnCreditBlacklist(
      t.ctx.db,
      keys.idNumber(DEMO_PERSONS[0]!.idNumber),
      '失信被执行人（测试）',
      '2026-01-05',
    );
    expect(await listed(await person(0))).toBe(true);
    expect(await listed(await person(1))).toBe(false);
    expect(await listed(organization)).toBe(false);

    await listOnCreditBlacklist(
      t.ctx.db,
      keys.creditCode(DEMO_ORGANIZATION.creditCode),
      '严重失信主体（测试）',
      '2026-01-05',
    );
    expect(await listed(organization)).toBe(true);
    expect(await listed({ personId: randomUUID() })).toBe(false);
    expect(await listed({ organizationId: randomUUID() })).toBe(false);
  });
});
