export interface Row {
  scenario: string;
  requestsPerSecond?: number;
  p50?: number;
  p99?: number;
  errors?: number;
  non2xx?: number;
  ratio?: number;
  target?: string;
  met?: boolean;
  note?: string;
}

export function formatTable(rows: Row[]): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'errors', 'target', 'met'];
  const lines = rows.map((r) => [
    r.scenario,
    r.requestsPerSecond?.toLocaleString('en') ?? '',
    r.p50?.toString() ?? '',
    r.p99?.toString() ?? '',
    r.ratio !== undefined ? r.ratio.toFixed(2) : '',
    r.errors !== undefined ? String((r.errors ?? 0) + (r.non2xx ?? 0)) : '',
    r.target ?? r.note ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => [...l[i]!].length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}
