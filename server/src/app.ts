import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import { applicationsModule } from './modules/applications/index.js';
import { auditModule } from './modules/audit/index.js';
import { blueprintModule } from './modules/blueprint/index.js';
import { calendarModule } from './modules/calendar/index.js';
import { catalogueModule } from './modules/catalogue/index.js';
import { directoryModule } from './modules/directory/index.js';
import { evaluationModule } from './modules/evaluation/index.js';
import { hotlineModule } from './modules/hotline/index.js';
import { identityModule, principalResolver } from './modules/identity/index.js';
import { licensesModule } from './modules/licenses/index.js';
import { noticesModule } from './modules/notices/index.js';
import { notificationsModule } from './modules/notifications/index.js';
import { projectsModule } from './modules/projects/index.js';
import { sealsHealth, sealsModule } from './modules/seals/index.js';
import { uploadsModule } from './modules/uploads/index.js';
import { workflowModule } from './modules/workflow/index.js';
import { auditMigrations, createAuditLog } from './platform/audit/index.js';
import { authMigrations, createLoginThrottle, createSessionStore } from './platform/auth/index.js';
import type { Config } from './platform/config/config.js';
import { createFieldCipher } from './platform/crypto/index.js';
import {
  createNumberSource,
  createWriteQueue,
  type Database,
  migrate,
  openDatabase,
} from './platform/db/index.js';
import { frameworkErrorHandler, registerErrorHandling } from './platform/errors/index.js';
import { createOutboxWorker, outboxMigrations } from './platform/events/index.js';
import { fileMigrations } from './platform/files/index.js';
import {
  type AppContext,
  basemapOrigins,
  registerMapConfig,
  registerMetrics,
  registerOpenApi,
  registerRequestContext,
  registerSecurity,
  registerWebApp,
} from './platform/http/index.js';
import { platformMessages, registerMessages } from './platform/i18n/index.js';
import { loggerOptions } from './platform/logger.js';
import type { AppModule, ZodApp } from './platform/module.js';
import { refuseNulCharacters } from './platform/validation/index.js';

export const MODULES: AppModule[] = [
  directoryModule,
  identityModule,
  auditModule,
  calendarModule,
  catalogueModule,
  workflowModule,
  applicationsModule,
  uploadsModule,
  evaluationModule,
  notificationsModule,
  noticesModule,
  sealsModule,
  licensesModule,
  hotlineModule,
  projectsModule,
  blueprintModule,
];
const PLATFORM_MIGRATIONS = [...auditMigrations, ...outboxMigrations, ...authMigrations, ...fileMigrations];

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
}

export async function migrateDatabase(database: Database): Promise<string[]> {
  const migrations = [...PLATFORM_MIGRATIONS, ...MODULES.flatMap((m) => m.migrations ?? [])];
  return migrate(database.db, database.dialect, migrations);
}

export async function buildApp(config: Config): Promise<BuiltApp> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(database);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;

  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // A path parameter is judged by its route's schema, as a query value is, not cut off by the
    // router with its own 414 JSON. The limit guards costly regular-expression parameters; ours
    // are only Open311's `:id.json`, matched in linear time, and Node's 16 KiB header limit
    // bounds every URL anyway.
    routerOptions: { maxParamLength: Number.MAX_SAFE_INTEGER },
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider() as unknown as ZodApp;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerMessages(platformMessages);
  for (const m of MODULES) if (m.messages) registerMessages(m.messages);

  const cipher = createFieldCipher(config.keys.dataKey, config.keys.blindIndexKey);
  const sessions = createSessionStore(database.db, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });
  const ctx: AppContext = {
    config,
    db: database.db,
    dialect: database.dialect,
    writes: createWriteQueue(database.db, database.dialect),
    numbers: createNumberSource(database),
    cipher,
    audit: createAuditLog(database.db, database.dialect, config.keys.auditSigningKey),
    sessions,
    loginThrottle: createLoginThrottle(database.db, {
      maxFailures: config.loginMaxFailures,
      lockMinutes: config.loginLockMinutes,
    }),
    outbox: createOutboxWorker(database.db, database.dialect, app.log),
    resolvePrincipal: principalResolver(database.db, sessions),
  };

  registerErrorHandling(app);
  refuseNulCharacters(app);
  await app.register(cookie);
  await registerSecurity(app, redis, basemapOrigins(config));
  registerRequestContext(app, ctx);
  registerMetrics(app);
  await registerOpenApi(app, config.version);

  app.get('/api/health', { schema: { hide: true } }, async (_request, reply) => {
    try {
      // The outbox backlog: events (notifications, notice renderings) still to be delivered.
      const outboxPending = await ctx.outbox.pending();
      // The seals' state is reported, not made the server's: everything else still works.
      const seals = await sealsHealth(ctx);
      return { status: 'ok', db: ctx.dialect, version: config.version, outboxPending, ...seals };
    } catch {
      return reply.status(503).send({ status: 'unavailable', db: ctx.dialect, version: config.version });
    }
  });

  // The benchmark's baseline: the framework and its hooks, without the database.
  app.get('/api/hello', { schema: { hide: true } }, async () => ({ hello: 'world' }));

  registerMapConfig(app, config);
  for (const m of MODULES) {
    if (m.register) await app.register(async (scoped) => m.register!(scoped as ZodApp, ctx));
  }
  await registerWebApp(app, config.webDist);

  app.addHook('onClose', async () => {
    await ctx.outbox.stop();
    await redis?.quit();
    await database.close();
  });
  return { app, ctx, database };
}
