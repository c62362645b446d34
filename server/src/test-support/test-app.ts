import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { totpNow } from '../platform/auth/index.js';
import { type Config, loadConfig } from '../platform/config/config.js';
import type { AppContext } from '../platform/http/index.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../seed/demo-accounts.js';
import { seedFoshanDemo } from '../seed/foshan-demo.js';
import { createPostgresDatabase, type DbKind } from './databases.js';
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
  return {
    app: built.app,
    ctx: built.ctx,
    kind,
    async sibling() {
      const other = await buildApp(makeConfig());
      await other.app.ready();
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

/** Logs in through the real route; staff get their TOTP code computed from the demo secret. */
export async function login(
  app: FastifyInstance,
  identifier: string,
  options: { password?: string; staff?: boolean } = {},
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: {
      identifier,
      password: options.password ?? DEMO_PASSWORD,
      ...(options.staff ? { totp: totpNow(DEMO_TOTP_SECRET) } : {}),
    },
  });
  return sessionCookie(res);
}
