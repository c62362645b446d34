import type { LoadResult } from './load.js';

export interface Row {
  scenario: string;
  /** SQLite or PostgreSQL: the server's database in this row. */
  engine?: string;
  requestsPerSecond?: number;
  /** Rows of the engine comparison count whole process instances, not requests. */
  instancesPerSecond?: number;
  p50?: number;
  p97_5?: number;
  p99?: number;
  errors?: number;
  non2xx?: number;
  /** Requests per second ÷ the hello-world baseline's, measured in the same run. */
  ratio?: number;
  /** The server process's peak resident memory over the scenario (VmHWM), MiB. */
  rssPeakMiB?: number;
  target?: string;
  met?: boolean;
  note?: string;
  /** On PostgreSQL: what the server's sessions waited on during the load (see database-waits.ts). */
  waits?: string;
}

/** A dashboard read from counters: issue 9's p95 ≤ 100 ms, checked on autocannon's p97.5. */
export function dashboardRow(scenario: string, result: LoadResult): Row {
  return {
    scenario,
    ...result,
    target: 'p95 ≤ 100 ms (p97.5)',
    met: result.requestsPerSecond > 0 && result.p97_5 <= 100 && result.errors + result.non2xx === 0,
  };
}

export function formatTable(rows: Row[]): string {
  const header = [
    'scenario',
    'db',
    'req/s',
    'p50 ms',
    'p99 ms',
    'ratio',
    'errors',
    'RSS MiB',
    'target',
    'met',
    'note',
  ];
  const lines = rows.map((r) => [
    r.scenario,
    r.engine ?? '',
    (r.requestsPerSecond ?? r.instancesPerSecond)?.toLocaleString('en') ?? '',
    r.p50?.toString() ?? '',
    r.p99?.toString() ?? '',
    r.ratio !== undefined ? r.ratio.toFixed(2) : '',
    r.errors !== undefined ? String((r.errors ?? 0) + (r.non2xx ?? 0)) : '',
    r.rssPeakMiB?.toLocaleString('en') ?? '',
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    [r.note, r.waits].filter(Boolean).join('; '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => [...l[i]!].length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}
