import type { MatterGuideInput } from '../modules/catalogue/model.js';

export { testGuide } from './guides.js';

import { login, type TestApp } from './test-app.js';

/** Creates and publishes a matter as the system administrator; answers its version id. */
export async function publishMatter(t: TestApp, code: string, guide: MatterGuideInput): Promise<string> {
  const admin = await login(t.app, 'sysadmin', { staff: true });
  const headers = { cookie: admin };
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/matters',
    headers,
    payload: { code, guide },
  });
  if (created.statusCode !== 201) throw new Error(`matter ${code} refused: ${created.body}`);
  await t.app.inject({ method: 'POST', url: `/api/v1/admin/matters/${code}/publish`, headers });
  return (await t.app.inject({ url: `/api/v1/matters/${code}/form` })).json().versionId;
}
