import { testGuide } from '../../server/src/test-support/guides.js';
import { runLoad } from '../support/load.js';
import { startServer } from '../support/server.js';
import { personCookie, staffCookie } from '../support/staff.js';
import type { Row } from '../support/table.js';

const CODE = '440600-RS-9901';

/** A matter with a short form: the cost measured is the write path, not form validation. */
const guide = testGuide({
  name: '基准测试事项（社保卡补领）',
  department: 'FS-RS',
  themes: ['social_security'],
  form: [
    { name: 'applicantName', label: '申请人姓名', kind: 'text', required: true },
    { name: 'idNumber', label: '身份证号', kind: 'idNumber', required: true },
  ],
});

/**
 * Durable submissions per second: every request is a new application (fresh
 * Idempotency-Key), committed with its number, case, first task, audit record, receipt
 * notice and outbox events before the answer. SQLite in WAL with synchronous=FULL.
 */
export async function submissionScenario(): Promise<Row[]> {
  const server = await startServer({ SEED_DEMO: 'true' });
  try {
    const admin = await staffCookie(server.url, 'sysadmin');
    const headers = { 'content-type': 'application/json', cookie: admin };
    await fetch(`${server.url}/api/v1/admin/matters`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ code: CODE, guide }),
    });
    await fetch(`${server.url}/api/v1/admin/matters/${CODE}/publish`, {
      method: 'POST',
      headers: { cookie: admin },
    });
    const { versionId } = (await (await fetch(`${server.url}/api/v1/matters/${CODE}/form`)).json()) as {
      versionId: string;
    };
    const cookie = await personCookie(server.url);
    const body = {
      matterCode: CODE,
      versionId,
      formData: { applicantName: '张三', idNumber: '44060419900101123X' },
      declaration: true,
      materials: [],
    };
    const result = await runLoad({
      url: server.url,
      paths: [],
      connections: 20,
      seconds: 15,
      headers: { cookie },
      post: { path: '/api/v1/applications', body },
      databaseUrl: server.databaseUrl,
    });
    return [
      {
        scenario: 'submit an application (durable, new Idempotency-Key each)',
        ...result,
        target: '≥ 1,000/s, p99 ≤ 100 ms',
        met: result.requestsPerSecond >= 1000 && result.p99 <= 100 && result.errors + result.non2xx === 0,
      },
    ];
  } finally {
    await server.stop();
  }
}
