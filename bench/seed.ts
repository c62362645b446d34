import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedApplications } from './support/seed.js';
import { buildServer, startServer } from './support/server.js';
import {
  type BenchStore,
  type DatabaseEngine,
  freshStore,
  openSeededStore,
  STORE_FILE,
} from './support/store.js';

// npm run bench:seed -- --applications 1000000 [--store <dir>] [--pg] [--open-share 0.05]
// Then: npm run bench -- --only casework --store <dir>

async function main(args: string[]) {
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const applications = Number(option('--applications'));
  if (!Number.isSafeInteger(applications) || applications < 0)
    throw new Error(
      'usage: npm run bench:seed -- --applications <N> [--store <dir>] [--pg] [--open-share 0.05]',
    );
  const engine: DatabaseEngine = args.includes('--pg') ? 'postgres' : 'sqlite';
  const dir = path.resolve(option('--store') ?? `/tmp/ow-bench-store-${engine}-${applications}`);
  const openShare = option('--open-share') === undefined ? undefined : Number(option('--open-share'));

  buildServer();
  let store: BenchStore;
  if (existsSync(path.join(dir, STORE_FILE))) {
    store = openSeededStore(dir);
    process.stdout.write(`adding to the store in ${dir} (${store.engine})\n`);
  } else {
    mkdirSync(dir, { recursive: true });
    store = await freshStore(engine, dir);
    const started = Date.now();
    // The demo (accounts, catalogue, 200 cases to clone, 10,000 work orders) by the server itself.
    await (await startServer({ SEED_DEMO: 'true' }, { store })).stop();
    writeFileSync(
      path.join(dir, STORE_FILE),
      JSON.stringify({ engine, databaseUrl: store.databaseUrl }, null, 2),
    );
    process.stdout.write(`demo seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const report = await seedApplications(store, {
    applications,
    openShare,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  const perMillion = applications ? (report.seconds / applications) * 1_000_000 : 0;
  process.stdout.write(
    [
      `${report.applications.toLocaleString('en')} applications and ${report.citizens.toLocaleString('en')} citizens added in ${report.seconds.toFixed(1)} s (${perMillion.toFixed(0)} s per million)`,
      `the store holds ${report.storeApplications.toLocaleString('en')} applications: ${dir}${store.databaseUrl ? ` and ${store.databaseUrl}` : ''}`,
      `measure it: npm run bench -- --only casework --store ${dir}`,
      '',
    ].join('\n'),
  );
}

await main(process.argv.slice(2));
