import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASELINE, baselineScenario } from './scenarios/baseline.js';
import { blueprintScenario } from './scenarios/blueprint.js';
import { caseworkScenario } from './scenarios/casework.js';
import { catalogueSearchScenario } from './scenarios/catalogue-search.js';
import { enginesScenario } from './scenarios/engines.js';
import { hotlineIntakeScenario } from './scenarios/hotline-intake.js';
import { submissionScenario } from './scenarios/submissions.js';
import { buildServer, dropDemoStores, takeServerPeaks, useEngine } from './support/server.js';
import { type DatabaseEngine, ENGINE_LABEL, openSeededStore } from './support/store.js';
import { formatTable, type Row } from './support/table.js';

// npm run bench -- [--only search,submissions,hotline,casework,blueprint,engines] [--pg] [--matters 10000]
//   [--applications 100000] [--store <data dir of npm run bench:seed>] [--out <file.json>]
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const matters = Number(option('--matters') ?? 10_000) || 10_000;
const applications = Number(option('--applications') ?? 100_000);
const only = option('--only')?.split(',');
const store = option('--store') ? openSeededStore(option('--store')!) : undefined;
const wanted = (name: string) => !only || only.includes(name);
// A seeded store is measured on its own engine.
const engines: DatabaseEngine[] = args.includes('--pg')
  ? ['sqlite', 'postgres']
  : [store?.engine ?? 'sqlite'];
const MEMORY_LIMIT_MIB = 1024;

buildServer();
const rows: Row[] = [];
async function measure(engine: DatabaseEngine | undefined, scenario: () => Promise<Row[]>) {
  const measured = await scenario();
  const peak = Math.max(0, ...takeServerPeaks());
  for (const row of measured)
    rows.push({ ...row, engine: engine && ENGINE_LABEL[engine], rssPeakMiB: peak || undefined });
}

// The baseline runs in every run: each row's ratio is to the baseline of its own run.
try {
  await measure('sqlite', baselineScenario);
  for (const engine of engines) {
    useEngine(engine);
    if (wanted('search')) await measure(engine, () => catalogueSearchScenario(matters));
    if (wanted('submissions')) await measure(engine, submissionScenario);
    if (wanted('hotline')) await measure(engine, hotlineIntakeScenario);
    if (wanted('blueprint')) await measure(engine, blueprintScenario);
    if (wanted('casework') && (!store || store.engine === engine))
      await measure(engine, () => caseworkScenario({ engine, applications, store }));
  }
} finally {
  await dropDemoStores();
}
if (wanted('engines')) await measure(undefined, enginesScenario);

const baseline = rows.find((r) => r.scenario === BASELINE)!.requestsPerSecond!;
for (const row of rows) if (row.requestsPerSecond !== undefined) row.ratio = row.requestsPerSecond / baseline;
const peak = Math.max(...rows.map((r) => r.rssPeakMiB ?? 0));
rows.push({
  scenario: 'server memory: highest RSS of any server in the run',
  rssPeakMiB: peak,
  target: `≤ ${MEMORY_LIMIT_MIB.toLocaleString('en')} MiB`,
  met: peak <= MEMORY_LIMIT_MIB,
});

const table = formatTable(rows);
const databases = engines.map((e) => ENGINE_LABEL[e]).join(' and ');
process.stdout.write(
  `\nOneWindow benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}, ${databases}\n\n${table}\n`,
);
const out = option('--out');
const file = out
  ? path.resolve(out)
  : path.join(import.meta.dirname, 'results', `${new Date().toISOString().slice(0, 10)}.json`);
mkdirSync(path.dirname(file), { recursive: true });
// A partial run (--only) keeps the day's other scenarios.
const key = (r: Row) => `${r.scenario}|${r.engine ?? ''}`;
const earlier: Row[] = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] }).rows
  : [];
const merged = [...earlier.filter((r) => !rows.some((n) => key(n) === key(r))), ...rows];
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, rows: merged }, null, 2)}\n`,
);
process.stdout.write(`\nwritten to ${path.relative(process.cwd(), file)}\n`);
