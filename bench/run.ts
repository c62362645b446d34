import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalogueSearchScenario } from './scenarios/catalogue-search.js';
import { hotlineIntakeScenario } from './scenarios/hotline-intake.js';
import { submissionScenario } from './scenarios/submissions.js';
import { buildServer } from './support/server.js';
import { formatTable, type Row } from './support/table.js';

// `npm run bench -- --matters 10000`; `-- --only submissions` (or search, hotline) runs one scenario.
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const matters = Number(option('--matters') ?? 10_000) || 10_000;
const only = option('--only');

buildServer();
const rows = [
  ...(only && only !== 'search' ? [] : await catalogueSearchScenario(matters)),
  ...(only && only !== 'submissions' ? [] : await submissionScenario()),
  ...(only && only !== 'hotline' ? [] : await hotlineIntakeScenario()),
];
const table = formatTable(rows);
process.stdout.write(
  `\nOneWindow benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}, SQLite\n\n${table}\n`,
);
const dir = path.join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}.json`);
// A partial run (--only) keeps the day's other scenarios.
const earlier: Row[] = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] }).rows
  : [];
const merged = [...earlier.filter((r) => !rows.some((n) => n.scenario === r.scenario)), ...rows];
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, rows: merged }, null, 2)}\n`,
);
process.stdout.write(`\nwritten to ${path.relative(process.cwd(), file)}\n`);
