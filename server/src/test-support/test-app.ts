import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { type Config, loadConfig } from '../platform/config/config.js';
import type { AppContext } from '../platform/http/index.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { seedFoshanDemo } from '../seed/foshan-demo.js';
import { createPostgresDatabase, type DbKind } from './databases.js';
import { signInWithDemoTotp } from './demo-totp.js';
import { TEST_KEYS } from './test-keys.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  kind: DbKind;
  /** Another server process's view of the same database (same config, own app instance). */
  sibling(): Promise<{ app: FastifyInstance; close: () => Promise<void> }>;
  close(): Promise<void>;
}

/** A real app on a real, fresh database of the given kind, with the Foshan demo seeded. */
export async function createTestApp(
  kind: DbKind,
  overrides: Partial<Config> = {},
  env: Record<string, string> = {},
  options: {
    catalogue?: boolean;
    cases?: boolean;
    provisionalCalendar?: boolean;
    tickets?: boolean;
    blueprint?: boolean;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ow-test-'));
  // From a copy of a just-started installation (global-setup.ts): the migrations and the start
  // itself have tests of their own.
  const migrated = inject('migrated');
  if (kind === 'sqlite') copyFileSync(migrated.sqliteFile, path.join(dataDir, 'onewindow.sqlite'));
  const pgDb =
    kind === 'postgres' ? await createPostgresDatabase(migrated.postgresTemplate ?? undefined) : undefined;
  const makeConfig = () =>
    loadConfig(
      {
        ...TEST_KEYS,
        LOG_LEVEL: 'silent',
        AUTH_RATE_LIMIT_PER_MINUTE: '10000',
        DATABASE_URL: pgDb?.url,
        DATA_DIR: dataDir,
        ...env,
      },
      { webDist: undefined, ...overrides },
    );
  const built = await buildApp(makeConfig());
  // Most tests need people and staff, not the 150-matter catalogue; those that do ask for it.
  // The 200 demo cases take seconds to play: only the tests about them ask for them.
  await seedFoshanDemo(built.ctx, {
    catalogue: options.catalogue ?? false,
    cases: options.cases ?? false,
    provisionalCalendar: options.provisionalCalendar ?? true,
    // The 10,000 demo work orders: only the tests about them ask for them.
    tickets: options.tickets ?? false,
    // The synthetic blueprint's 100,000 features: the tests make their own layers.
    blueprint: options.blueprint ?? false,
  });
  await built.app.ready();
  const accounts = {};
  accountsOf.set(built.app, accounts);
  return {
    app: built.app,
    ctx: built.ctx,
    kind,
    async sibling() {
      const other = await buildApp(makeConfig());
      await other.app.ready();
      accountsOf.set(other.app, accounts);
      return { app: other.app, close: () => other.app.close() };
    },
    async close() {
      await built.app.close();
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'ow_sid');
  if (!cookie) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `ow_sid=${cookie.value}`;
}

/** What shares one table of accounts: an app and its siblings. */
const accountsOf = new WeakMap<FastifyInstance, object>();
/** Staff sessions handed out, by accounts table and username. */
const staffSessions = new WeakMap<object, Map<string, string>>();

/**
 * Logs in through the real route. Staff get a TOTP code from the demo secret not taken yet on
 * this database; as a code opens an account once and a new one comes every 30 seconds, a member
 * of staff whose last session from here is still open gets that session back.
 */
export async function login(
  app: FastifyInstance,
  identifier: string,
  options: { password?: string; staff?: boolean } = {},
): Promise<string> {
  const password = options.password ?? DEMO_PASSWORD;
  const send = (totp?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier, password, ...(totp ? { totp } : {}) },
    });
  if (!options.staff) return sessionCookie(await send());
  const scope = accountsOf.get(app) ?? app;
  const sessions = staffSessions.get(scope) ?? new Map<string, string>();
  staffSessions.set(scope, sessions);
  // A login with another password is a question of its own: it is always sent.
  const kept = options.password ? undefined : sessions.get(identifier);
  if (
    kept &&
    (await app.inject({ url: '/api/v1/auth/session', headers: { cookie: kept } })).statusCode === 200
  )
    return kept;
  const cookie = sessionCookie(
    await signInWithDemoTotp(identifier, send, (res) => res.json().code === 'auth.totp_reused', scope),
  );
  if (!options.password) sessions.set(identifier, cookie);
  return cookie;
}
