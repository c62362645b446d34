import type { MatterSeed } from '../../server/src/modules/catalogue/model.js';
import { FOSHAN_MATTERS } from '../../server/src/modules/catalogue/seed/index.js';
import { foshanDivisions } from '../../server/src/modules/directory/seed.js';
import { runLoad } from '../support/load.js';
import { startServer } from '../support/server.js';
import { staffCookie } from '../support/staff.js';
import type { Row } from '../support/table.js';

export const SEARCH_QUERIES = [
  'sb',
  'shebao',
  '护照',
  'gjj',
  '营业执照',
  'jiashizheng',
  '不动产登记',
  'shigongxuke',
  '出生',
  'rencai',
];

/**
 * Towns and districts implement many of the city's matters themselves (镇街实施); copying
 * the Foshan catalogue once per implementing division gives a catalogue of the size of a
 * large city's, with realistic names and search keys.
 */
export function syntheticCatalogue(size: number): MatterSeed[] {
  const places = foshanDivisions().filter((d) => d.level !== 'province' && d.level !== 'city');
  const out: MatterSeed[] = [];
  let n = 0;
  for (const variant of ['', '（变更）', '（注销）', '（延续）']) {
    for (const place of places) {
      for (const m of FOSHAN_MATTERS) {
        if (out.length >= size) return out;
        n++;
        const code = `${place.code.slice(0, 6)}-${m.code.split('-')[1]}-${String(n % 10000).padStart(4, '0')}`;
        out.push({
          ...m,
          code,
          name: `${place.name}${m.name}${variant}`,
          level: place.level === 'town' ? 'town' : 'district',
        });
      }
    }
  }
  return out;
}

/** What people type: pieces of matter names, and words they use for them. */
function distinctQueries(matters: MatterSeed[], count: number): string[] {
  const out = new Set<string>();
  for (let i = 0; out.size < count && i < matters.length * 4; i++) {
    const m = matters[(i * 7919) % matters.length]!;
    const name = [...m.name];
    const len = 2 + (i % 3);
    const at = (i * 31) % Math.max(1, name.length - len);
    out.add(
      i % 5 === 0 && m.keywords[0]
        ? `${m.keywords[0]} ${name.slice(at, at + 2).join('')}`
        : name.slice(at, at + len).join(''),
    );
  }
  return [...out];
}

export async function catalogueSearchScenario(size: number): Promise<Row[]> {
  const server = await startServer();
  try {
    const cookie = await staffCookie(server.url, 'sysadmin');
    const matters = syntheticCatalogue(size);
    const seen = new Set<string>();
    const unique = matters.filter((m) => !seen.has(m.code) && seen.add(m.code));
    const started = Date.now();
    for (let i = 0; i < unique.length; i += 1000) {
      const res = await fetch(`${server.url}/api/v1/admin/catalogue/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          format: 'onewindow-catalogue/1',
          exportedAt: new Date().toISOString(),
          matters: unique
            .slice(i, i + 1000)
            .map(({ code, ...guide }) => ({ code, status: 'published', guide })),
          lifeEvents: [],
        }),
      });
      if (!res.ok) throw new Error(`import failed: ${res.status} ${(await res.text()).slice(0, 500)}`);
    }
    const importSeconds = (Date.now() - started) / 1000;
    const total = (await (await fetch(`${server.url}/api/v1/matters?pageSize=1`)).json()) as {
      total: number;
    };
    const popular = await runLoad({
      url: server.url,
      paths: SEARCH_QUERIES.map((q) => `/api/v1/matters?q=${encodeURIComponent(q)}`),
    });
    // More distinct queries than the result cache holds, cycled: every one is scored afresh.
    const distinct = await runLoad({
      url: server.url,
      paths: distinctQueries(unique, 2000).map((q) => `/api/v1/matters?q=${encodeURIComponent(q)}`),
    });
    const guide = await runLoad({
      url: server.url,
      paths: FOSHAN_MATTERS.slice(0, 20).map((m) => `/api/v1/matters/${m.code}`),
    });
    return [
      {
        scenario: `search: 10 popular queries, ${total.total} matters`,
        ...popular,
        target: 'p99 ≤ 20 ms',
        met: popular.p99 <= 20,
      },
      {
        scenario: 'search: 2,000 distinct queries (uncached)',
        ...distinct,
        target: 'p99 ≤ 20 ms',
        met: distinct.p99 <= 20,
      },
      {
        scenario: 'guide page',
        ...guide,
        target: '≥ 5,000/s, p99 ≤ 50 ms',
        met: guide.requestsPerSecond >= 5000 && guide.p99 <= 50,
      },
      { scenario: `catalogue import (${unique.length} matters)`, note: `${importSeconds.toFixed(1)} s` },
    ];
  } finally {
    await server.stop();
  }
}
