import { sql } from 'kysely';
import { columnTypes, type ModuleMigration } from '../../platform/db/index.js';

export const identityMigrations: ModuleMigration[] = [
  {
    name: '0200_identity',
    async up(db, dialect) {
      const t = columnTypes(dialect);
      await db.schema
        .createTable('accounts')
        .addColumn('id', t.uuid, (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('person', 'organization', 'staff')`))
        .addColumn('password_hash', 'text')
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('active', 'disabled', 'unclaimed')`),
        )
        .addColumn('trust_level', 'integer', (c) => c.notNull().check(sql`trust_level between 2 and 4`))
        .addColumn('totp_secret_enc', 'text')
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .addCheckConstraint(
          'accounts_active_has_password',
          sql`status <> 'active' or password_hash is not null`,
        )
        .execute();
      await db.schema
        .createTable('persons')
        .addColumn('account_id', t.uuid, (c) => c.primaryKey().references('accounts.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('id_number_enc', 'text', (c) => c.notNull())
        .addColumn('id_number_bidx', 'text', (c) => c.notNull().unique())
        .addColumn('mobile_enc', 'text')
        .addColumn('mobile_bidx', 'text', (c) => c.unique())
        .execute();
      await db.schema.createIndex('persons_name').on('persons').column('name').execute();
      await db.schema
        .createTable('organizations')
        .addColumn('account_id', t.uuid, (c) => c.primaryKey().references('accounts.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('credit_code', 'text', (c) => c.notNull().unique())
        .addColumn('legal_rep_person_id', t.uuid, (c) => c.notNull().references('persons.account_id'))
        .addColumn('mobile_enc', 'text')
        .execute();
      await db.schema
        .createIndex('organizations_legal_rep')
        .on('organizations')
        .column('legal_rep_person_id')
        .execute();
      await db.schema
        .createTable('organization_agents')
        .addColumn('organization_id', t.uuid, (c) => c.notNull().references('organizations.account_id'))
        .addColumn('person_id', t.uuid, (c) => c.notNull().references('persons.account_id'))
        .addColumn('granted_at', t.instant, (c) => c.notNull())
        .addColumn('granted_by', t.uuid, (c) => c.notNull())
        .addPrimaryKeyConstraint('organization_agents_pk', ['organization_id', 'person_id'])
        .execute();
      await db.schema
        .createIndex('organization_agents_person')
        .on('organization_agents')
        .column('person_id')
        .execute();
      await db.schema
        .createTable('staff')
        .addColumn('account_id', t.uuid, (c) => c.primaryKey().references('accounts.id'))
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('department_id', t.uuid, (c) => c.notNull())
        .addColumn('service_center_id', t.uuid)
        .addColumn('mobile_enc', 'text')
        .execute();
      await db.schema
        .createTable('account_roles')
        .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('account_roles_pk', ['account_id', 'role'])
        .execute();
      await db.schema
        .createTable('population_records')
        .addColumn('id_number_bidx', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('normal', 'cancelled')`))
        .execute();
    },
  },
  {
    name: '0201_identity_credit',
    async up(db) {
      // The local stand-in for the credit system's 失信名单: subjects by blind index of
      // their ID number or credit code (the list itself is personal data).
      await db.schema
        .createTable('credit_blacklist')
        .addColumn('subject_bidx', 'text', (c) => c.primaryKey())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('listed_on', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '0202_identity_totp_step',
    async up(db) {
      // RFC 6238 §5.2: a one-time code is accepted once. The time step of the last code that
      // opened the account; a code of that step or an earlier one is refused from then on.
      await db.schema.alterTable('accounts').addColumn('totp_last_step', 'integer').execute();
    },
  },
];
