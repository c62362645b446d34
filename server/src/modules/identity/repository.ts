import { type Kysely, sql } from 'kysely';
import type { SessionTable } from '../../platform/auth/index.js';
import { type AnyDb, type AnyTrx, preparedQuery, tablesOf } from '../../platform/db/index.js';
import type { Role } from '../../platform/permissions/index.js';
import type { AccountTable, IdentityTables, OrganizationTable, PersonTable, StaffTable } from './tables.js';

type Db = AnyDb | AnyTrx;

// Read on every request (the session and its principal), in every submission (the person) or
// for every notification (the account): compiled once.
const principalOfSession = preparedQuery(
  (db: Kysely<IdentityTables & { sessions: SessionTable }>, p: { sessionId: string }) =>
    db
      .selectFrom('sessions')
      .innerJoin('accounts', 'accounts.id', 'sessions.accountId')
      .leftJoin('persons', 'persons.accountId', 'accounts.id')
      .leftJoin('staff', 'staff.accountId', 'accounts.id')
      .selectAll('sessions')
      .select((eb) => [
        'accounts.kind as accountKind',
        'accounts.status as accountStatus',
        'persons.name as personName',
        'staff.username as staffUsername',
        'staff.departmentId as staffDepartmentId',
        'staff.serviceCenterId as staffServiceCenterId',
        // SQLite (3.44 and later) knows string_agg and an aggregate's ORDER BY as PostgreSQL does.
        eb
          .selectFrom('accountRoles')
          .select(sql<string | null>`string_agg(role, ',' order by role)`.as('roles'))
          .whereRef('accountRoles.accountId', '=', 'accounts.id')
          .as('roles'),
      ])
      .where('sessions.id', '=', p.sessionId),
);

const accountById = preparedQuery((db: Kysely<IdentityTables>, p: { id: string }) =>
  db.selectFrom('accounts').selectAll().where('id', '=', p.id),
);

const personOfAccount = preparedQuery((db: Kysely<IdentityTables>, p: { accountId: string }) =>
  db
    .selectFrom('persons')
    .innerJoin('accounts', 'accounts.id', 'persons.accountId')
    .selectAll('persons')
    .select(['accounts.status', 'accounts.trustLevel', 'accounts.createdAt'])
    .where('persons.accountId', '=', p.accountId),
);

const rolesOfAccount = preparedQuery((db: Kysely<IdentityTables>, p: { accountId: string }) =>
  db.selectFrom('accountRoles').select('role').where('accountId', '=', p.accountId).orderBy('role'),
);

export function identityRepository(anyDb: Db) {
  const db = tablesOf<IdentityTables>(anyDb);
  return {
    findAccount: (id: string) => accountById.first(db, { id }),

    /**
     * A session with what its principal is made of: the account, its person's name or its staff
     * record, and its roles (comma-separated), in one read (on every request).
     */
    findSessionPrincipal: (sessionId: string) =>
      principalOfSession.first(tablesOf<IdentityTables & { sessions: SessionTable }>(anyDb), { sessionId }),

    findPersonByIdBidx: (bidx: string) =>
      db
        .selectFrom('persons')
        .innerJoin('accounts', 'accounts.id', 'persons.accountId')
        .selectAll('persons')
        .select(['accounts.status', 'accounts.trustLevel', 'accounts.createdAt'])
        .where('persons.idNumberBidx', '=', bidx)
        .executeTakeFirst(),

    findPerson: (accountId: string) => personOfAccount.first(db, { accountId }),

    findOrganization: (accountId: string) =>
      db.selectFrom('organizations').selectAll().where('accountId', '=', accountId).executeTakeFirst(),

    findOrganizationByCreditCode: (creditCode: string) =>
      db.selectFrom('organizations').selectAll().where('creditCode', '=', creditCode).executeTakeFirst(),

    findStaff: (accountId: string) =>
      db.selectFrom('staff').selectAll().where('accountId', '=', accountId).executeTakeFirst(),

    findStaffByUsername: (username: string) =>
      db.selectFrom('staff').selectAll().where('username', '=', username).executeTakeFirst(),

    /** Login identifiers: ID number, credit code, mobile number (persons) or staff username. */
    async findLoginAccount(keys: {
      idBidx: string;
      creditCode: string;
      mobileBidx: string;
      username: string;
    }) {
      const person = await db
        .selectFrom('persons')
        .select('accountId')
        .where((eb) => eb.or([eb('idNumberBidx', '=', keys.idBidx), eb('mobileBidx', '=', keys.mobileBidx)]))
        .executeTakeFirst();
      const org = person
        ? undefined
        : await db
            .selectFrom('organizations')
            .select('accountId')
            .where('creditCode', '=', keys.creditCode)
            .executeTakeFirst();
      const staff =
        person || org
          ? undefined
          : await db
              .selectFrom('staff')
              .select('accountId')
              .where('username', '=', keys.username)
              .executeTakeFirst();
      const id = (person ?? org ?? staff)?.accountId;
      return id ? db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
    },

    rolesOf: async (accountId: string): Promise<Role[]> =>
      (await rolesOfAccount.all(db, { accountId })).map((r) => r.role),

    /** Organisations a person may act for: as legal representative or as authorised agent. */
    organizationsOf: (personId: string) =>
      db
        .selectFrom('organizations')
        .select(['accountId as id', 'name', 'creditCode'])
        .where((eb) =>
          eb.or([
            eb('legalRepPersonId', '=', personId),
            eb(
              'accountId',
              'in',
              eb.selectFrom('organizationAgents').select('organizationId').where('personId', '=', personId),
            ),
          ]),
        )
        .orderBy('name')
        .execute(),

    agentsOf: (organizationId: string) =>
      db
        .selectFrom('organizationAgents')
        .innerJoin('persons', 'persons.accountId', 'organizationAgents.personId')
        .select([
          'persons.accountId as personId',
          'persons.name',
          'persons.idNumberEnc',
          'organizationAgents.grantedAt',
        ])
        .where('organizationAgents.organizationId', '=', organizationId)
        .orderBy('organizationAgents.grantedAt')
        .execute(),

    findAgent: (organizationId: string, personId: string) =>
      db
        .selectFrom('organizationAgents')
        .selectAll()
        .where('organizationId', '=', organizationId)
        .where('personId', '=', personId)
        .executeTakeFirst(),

    insertAccount: (row: AccountTable) => db.insertInto('accounts').values(row).execute(),
    insertPerson: (row: PersonTable) => db.insertInto('persons').values(row).execute(),
    insertOrganization: (row: OrganizationTable) => db.insertInto('organizations').values(row).execute(),
    insertStaff: (row: StaffTable) => db.insertInto('staff').values(row).execute(),
    setRoles: async (accountId: string, roles: readonly Role[]) => {
      await db.deleteFrom('accountRoles').where('accountId', '=', accountId).execute();
      if (roles.length)
        await db
          .insertInto('accountRoles')
          .values(roles.map((role) => ({ accountId, role })))
          .execute();
    },
    updateAccount: (id: string, patch: Partial<Omit<AccountTable, 'id' | 'kind' | 'createdAt'>>) =>
      db
        .updateTable('accounts')
        .set({ ...patch, updatedAt: new Date().toISOString() })
        .where('id', '=', id)
        .execute(),
    /**
     * Takes TOTP time step `step` for the account if it is after the last one taken: false when
     * it is not (the code was used already). One conditional update, so of two processes
     * checking the same code at once only one wins.
     */
    claimTotpStep: async (accountId: string, step: number): Promise<boolean> => {
      const { numUpdatedRows } = await db
        .updateTable('accounts')
        .set({ totpLastStep: step })
        .where('id', '=', accountId)
        .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
        .executeTakeFirst();
      return numUpdatedRows === 1n;
    },
    updatePerson: (accountId: string, patch: Partial<Omit<PersonTable, 'accountId'>>) =>
      db.updateTable('persons').set(patch).where('accountId', '=', accountId).execute(),
    updateOrganization: (accountId: string, patch: Partial<Omit<OrganizationTable, 'accountId'>>) =>
      db.updateTable('organizations').set(patch).where('accountId', '=', accountId).execute(),
    updateStaff: (accountId: string, patch: Partial<Omit<StaffTable, 'accountId'>>) =>
      db.updateTable('staff').set(patch).where('accountId', '=', accountId).execute(),
    insertAgent: (organizationId: string, personId: string, grantedBy: string) =>
      db
        .insertInto('organizationAgents')
        .values({ organizationId, personId, grantedBy, grantedAt: new Date().toISOString() })
        .execute(),
    deleteAgent: (organizationId: string, personId: string) =>
      db
        .deleteFrom('organizationAgents')
        .where('organizationId', '=', organizationId)
        .where('personId', '=', personId)
        .executeTakeFirst(),

    async staffPage(q: string | undefined, page: number, pageSize: number) {
      let base = db.selectFrom('staff').innerJoin('accounts', 'accounts.id', 'staff.accountId');
      if (q) {
        const like = `%${q}%`;
        base = base.where((eb) =>
          eb.or([eb('staff.username', 'like', like), eb('staff.name', 'like', like)]),
        );
      }
      const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll('staff')
        .select(['accounts.status', 'accounts.createdAt'])
        .orderBy('staff.username')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { total: Number(total.n), rows };
    },

    findPopulationRecord: (bidx: string) =>
      db.selectFrom('populationRecords').selectAll().where('idNumberBidx', '=', bidx).executeTakeFirst(),
    upsertPopulationRecord: (bidx: string, name: string, status: 'normal' | 'cancelled') =>
      db
        .insertInto('populationRecords')
        .values({ idNumberBidx: bidx, name, status })
        .onConflict((oc) => oc.column('idNumberBidx').doUpdateSet({ name, status }))
        .execute(),
  };
}

export type IdentityRepository = ReturnType<typeof identityRepository>;
