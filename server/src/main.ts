import path from 'node:path';
import { buildApp, migrateDatabase } from './app.js';
import { BackupError, backup, restore } from './cli/backup.js';
import { scanBlueprintConflicts } from './modules/blueprint/index.js';
import { startExpiryNotices } from './modules/licenses/index.js';
import { caseService, startDeemedAcceptance, startListCompaction } from './modules/workflow/index.js';
import { verifyAuditChain } from './platform/audit/index.js';
import { totpNow } from './platform/auth/index.js';
import { loadConfig } from './platform/config/config.js';
import { sm2PublicKeyOf } from './platform/crypto/index.js';
import { openDatabase } from './platform/db/index.js';
import {
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_PERSONS,
  DEMO_STAFF,
  DEMO_TOTP_SECRET,
} from './seed/demo-accounts.js';
import { seedFoshanDemo } from './seed/foshan-demo.js';

function printDemoAccounts(url: string): void {
  const lines = [
    '',
    `OneWindow 一网通办 is running at ${url}`,
    `Demo accounts (password ${DEMO_PASSWORD}):`,
    ...DEMO_PERSONS.map((p) => `  个人 ${p.name}: ${p.idNumber} or mobile ${p.mobile}`),
    `  法人 ${DEMO_ORGANIZATION.name}: ${DEMO_ORGANIZATION.creditCode}`,
    `  Staff (TOTP secret ${DEMO_TOTP_SECRET}; current code: ${totpNow(DEMO_TOTP_SECRET)}; npm run demo:totp prints it again):`,
    ...DEMO_STAFF.map((s) => `    ${s.username.padEnd(16)} ${s.roles.join(', ')}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function serve(): Promise<void> {
  const config = loadConfig();
  const { app, ctx } = await buildApp(config);
  if (config.seedDemo) await seedFoshanDemo(ctx);
  ctx.outbox.start();
  // Quiet periods still get a signed checkpoint, so the newest records are pinned too.
  const checkpoints = setInterval(
    () => void ctx.audit.checkpoint().catch((err) => app.log.error({ err }, 'audit checkpoint failed')),
    10 * 60_000,
  );
  checkpoints.unref();
  // Records committed unchained by a process that ended before chaining them (PostgreSQL's
  // write queue chains right after each commit) join the chain here.
  const chainLeftovers = () =>
    ctx.audit.chainCommitted().catch((err) => app.log.error({ err }, 'audit chaining failed'));
  await chainLeftovers();
  const chaining = setInterval(() => void chainLeftovers(), 5_000);
  chaining.unref();
  const stopDeeming = startDeemedAcceptance(ctx, caseService(ctx), app.log);
  const stopExpiryNotices = startExpiryNotices(ctx, app.log);
  const stopListCompaction = startListCompaction(ctx, app.log);
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    clearInterval(checkpoints);
    clearInterval(chaining);
    stopDeeming();
    stopExpiryNotices();
    stopListCompaction();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  if (config.seedDemo) printDemoAccounts(`http://localhost:${config.port}`);
}

async function withDatabase<T>(
  fn: (db: ReturnType<typeof openDatabase>, config: ReturnType<typeof loadConfig>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await fn(database, config);
  } finally {
    await database.close();
  }
}

const commands: Record<string, () => Promise<void>> = {
  serve,
  async migrate() {
    const applied = await withDatabase((db) => migrateDatabase(db));
    process.stdout.write(
      `migrations applied: ${applied.length ? applied.join(', ') : 'none (up to date)'}\n`,
    );
  },
  async seed() {
    const { app, ctx } = await buildApp(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
    const { created } = await seedFoshanDemo(ctx);
    await app.close();
    process.stdout.write(created ? 'Foshan demo data seeded\n' : 'Foshan demo data already present\n');
  },
  async 'audit-verify'() {
    const result = await withDatabase(async (db, config) => {
      await migrateDatabase(db);
      return verifyAuditChain(db.db, sm2PublicKeyOf(config.keys.auditSigningKey));
    });
    process.stdout.write(
      `audit chain: ${result.checked} records, ${result.checkpoints} signed checkpoints, last seq ${result.lastSeq}\n`,
    );
    for (const p of result.problems) process.stdout.write(`  problem at ${p.seq}: ${p.kind}\n`);
    process.stdout.write(result.ok ? 'audit chain OK\n' : 'audit chain BROKEN\n');
    process.exitCode = result.ok ? 0 : 2;
  },
  async backup() {
    const config = loadConfig();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = pathArgument() ?? path.join(path.dirname(config.dataDir), 'backups', stamp);
    const manifest = await backup(config, target);
    process.stdout.write(
      `backup written to ${target}: ${manifest.applications} applications, audit chain to ${manifest.auditHead?.seq ?? 0}, ${Object.keys(manifest.files).length} files, keys ${manifest.keys === 'keys.json' ? 'included' : 'from the environment (not in the backup)'}\n`,
    );
  },
  async restore() {
    const source = pathArgument();
    if (!source) throw new BackupError('usage: restore <backup directory> (into an empty DATA_DIR)');
    // Where DATA_DIR is, without reading or creating its keys there: they come from the backup.
    const { dataDir } = loadConfig({ ...process.env, ...PLACEHOLDER_KEYS });
    const manifest = restore(dataDir, source);
    process.stdout.write(
      `restored ${source} into ${dataDir}: ${manifest.applications} applications, integrity_check ok\n`,
    );
    await commands['audit-verify']!();
  },
  // 冲突协调's batch scan, as the administrator's route runs it (e.g. nightly from cron).
  async 'blueprint-scan'() {
    const { app, ctx } = await buildApp(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
    const { found, opened } = await scanBlueprintConflicts(ctx, { actor: null });
    await app.close();
    process.stdout.write(`blueprint conflicts: ${found} found, ${opened} new cases opened\n`);
  },
  async 'demo-totp'() {
    process.stdout.write(`${totpNow(DEMO_TOTP_SECRET)}\n`);
  },
};

/** A path given after the command, relative to where npm was started (npm runs scripts in the workspace). */
function pathArgument(): string | undefined {
  const given = process.argv[3];
  return given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : undefined;
}

const PLACEHOLDER_KEYS = {
  DATA_KEY: '0'.repeat(64),
  BLIND_INDEX_KEY: '0'.repeat(64),
  AUDIT_SIGNING_KEY: '0',
};

const name = process.argv[2] ?? 'serve';
const command = commands[name];
if (!command) {
  process.stderr.write(`usage: main.js <${Object.keys(commands).join('|')}>\n`);
  process.exit(64);
}
command().catch((err) => {
  if (err instanceof BackupError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
