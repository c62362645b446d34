import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { badRating } from '../../server/src/modules/evaluation/evaluation.fixture.js';
import { callBody } from '../../server/src/modules/hotline/hotline.fixture.js';
import { foodLicensing } from '../../server/src/modules/licenses/licenses.fixture.js';
import type { DbKind } from '../../server/src/test-support/databases.js';
import { publishMatter, testGuide } from '../../server/src/test-support/matters.js';
import { multipartBody, samplePdf } from '../../server/src/test-support/sample-files.js';
import { createTestApp, login, type TestApp } from '../../server/src/test-support/test-app.js';

/** The kinds of caller every route is tried with. Objects below belong to person A or to 自然资源 (FS-ZRZY). */
export const CALLERS = [
  'anonymous',
  'personA',
  'personB',
  'orgAgent',
  'clerk',
  'ownReviewer',
  'otherReviewer',
  'supervisor',
  'sysAdmin',
  'securityAdmin',
  'auditAdmin',
  'hotlineOperator',
] as const;
export type Caller = (typeof CALLERS)[number];

const ACCOUNTS: Record<Exclude<Caller, 'anonymous'>, { id: string; staff?: boolean }> = {
  personA: { id: '13800138001' }, // 张三
  personB: { id: '13800138002' }, // 李四
  orgAgent: { id: '91440604MA4W12345N' }, // 佛山市示例科技有限公司, the organisation account
  clerk: { id: 'clerk.city', staff: true },
  ownReviewer: { id: 'reviewer.zrzy', staff: true },
  otherReviewer: { id: 'reviewer.sj', staff: true }, // 市场监管: issued the organisation's licence
  supervisor: { id: 'supervisor', staff: true },
  sysAdmin: { id: 'sysadmin', staff: true },
  securityAdmin: { id: 'secadmin', staff: true },
  auditAdmin: { id: 'auditadmin', staff: true },
  hotlineOperator: { id: 'hotline', staff: true },
};

/** A matter of 自然资源 with one uploaded material, so applications carry a file. */
export const WORLD_MATTER = '440600-ZRZY-9931';
export const SPARE_MATTER = '440600-ZRZY-9932';

/** The objects the matrix and the fuzzer aim at: one of each kind, owned as the comments say. */
export interface World {
  t: TestApp;
  cookie(caller: Caller): string | undefined;
  /** Logs a caller in again (after a route ended their session). */
  relogin(caller: Caller): Promise<void>;
  ids: {
    matterCode: string;
    spareMatterCode: string;
    versionId: string;
    applicationNo: string; // person A's, 自然资源's case
    materialFileId: string; // attached to it
    noticeId: string; // its receipt notice
    noticeVerifyCode: string;
    uploadId: string; // person A's, not handed in
    draftId: string; // person A's
    notificationId: string; // person A's
    rectificationId: string; // after person A's bad rating, 自然资源's to handle
    ticketNo: string; // a 12345 order dispatched to 自然资源
    myTicketNo: string; // person A's portal order
    licenseId: string; // the organisation's, issued by 市场监管
    licenseVerifyToken: string;
    licenseShareToken: string;
    personId: string; // person A
    organizationId: string;
    agentPersonId: string; // 王五, the organisation's agent
    staffId: string; // approver.zj: none of the callers, whose TOTP or roles the security administrator may change
    sealKeyId: string;
    routingRuleId: string;
    knowledgeId: string;
    open311KeyId: string;
    open311ServiceCode: string;
    licenseType: { code: string; definition: unknown; revision: number };
  };
}

const PERSON_A = `select account_id as id from persons where name = '张三'`;

async function first(t: TestApp, query: string): Promise<string> {
  const row = (await sql.raw<{ id: string }>(query).execute(t.ctx.db)).rows[0];
  if (!row) throw new Error(`world: nothing for ${query}`);
  return String(row.id);
}

async function licenseTypeOf(t: TestApp) {
  const row = (
    await sql<{
      code: string;
      definition: string;
      revision: number;
    }>`select code, definition, revision from license_types order by code limit 1`.execute(t.ctx.db)
  ).rows[0]!;
  return { code: row.code, definition: JSON.parse(row.definition), revision: Number(row.revision) };
}

export async function createWorld(kind: DbKind): Promise<World> {
  const t = await createTestApp(kind);
  const cookies = new Map<Caller, string>();
  const relogin = async (caller: Caller) => {
    if (caller === 'anonymous') return;
    const account = ACCOUNTS[caller];
    cookies.set(caller, await login(t.app, account.id, { staff: account.staff }));
  };
  for (const caller of CALLERS) await relogin(caller);
  const A = cookies.get('personA')!;
  const as = (cookie: string, method: string, url: string, payload?: unknown, headers: object = {}) =>
    t.app.inject({
      method: method as 'GET',
      url,
      payload: payload as object,
      headers: { cookie, ...headers },
    });
  // biome-ignore lint/suspicious/noExplicitAny: set-up reads the answers it needs by their documented shape
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): any }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`world set-up refused: ${r.statusCode} ${r.body}`);
    return r.json();
  };

  const versionId = await publishMatter(
    t,
    WORLD_MATTER,
    testGuide({
      name: '测绘成果使用审批（可靠性测试）',
      department: 'FS-ZRZY',
      audiences: ['person', 'organization'],
      form: [{ name: 'reason', label: '用途', kind: 'text', required: true }],
      materials: [
        {
          name: '申请表',
          form: 'original',
          copies: 1,
          requirement: 'required',
          key: true,
          source: { kind: 'applicant' },
        },
      ],
    }),
  );
  // A second matter for the administrator's destructive routes (withdraw), so the first stays published.
  await publishMatter(
    t,
    SPARE_MATTER,
    testGuide({ name: '可撤回的测试事项', department: 'FS-ZRZY', form: [] }),
  );
  const upload = async () => {
    const body = multipartBody('申请表.pdf', await samplePdf());
    return (
      await ok(
        as(A, 'POST', `/api/v1/uploads?matterCode=${WORLD_MATTER}&materialId=m1`, body.payload, body.headers),
      )
    ).fileId as string;
  };
  const materialFileId = await upload();
  const uploadId = await upload();
  const submitted = await ok(
    as(
      A,
      'POST',
      '/api/v1/applications',
      {
        matterCode: WORLD_MATTER,
        versionId,
        formData: { reason: '规划设计' },
        declaration: true,
        materials: [{ materialId: 'm1', fileIds: [materialFileId] }],
      },
      { 'idempotency-key': randomUUID() },
    ),
  );
  const applicationNo = submitted.applicationNo as string;
  const draftId = (
    await ok(
      as(A, 'POST', '/api/v1/application-drafts', {
        matterCode: WORLD_MATTER,
        versionId,
        formData: {},
        materials: [],
      }),
    )
  ).id as string;

  const food = await foodLicensing(t);
  const licensed = await food.apply(cookies.get('orgAgent')!);
  await food.approve(licensed);
  await t.ctx.outbox.drain();
  const notices = await ok(as(A, 'GET', `/api/v1/applications/${applicationNo}/notices`));
  // The case is left in pre-review; the rating needs a finished application, as evaluation's own tests set it.
  await t.ctx.db
    .updateTable('applications')
    .set({ status: 'completed' })
    .where('applicationNo', '=', applicationNo)
    .execute();
  await ok(as(A, 'POST', `/api/v1/applications/${applicationNo}/evaluation`, badRating));
  const org = cookies.get('orgAgent')!;
  const licenseId = (
    (await ok(as(org, 'GET', '/api/v1/my/licenses'))) as { id: string; applicationNo: string }[]
  ).find((l) => l.applicationNo === licensed)!.id;
  const share = await ok(as(org, 'POST', `/api/v1/my/licenses/${licenseId}/shares`, { days: 7 }));

  const hotline = cookies.get('hotlineOperator')!;
  const taken = await ok(
    as(hotline, 'POST', '/api/v1/hotline/tickets', callBody(), { 'idempotency-key': randomUUID() }),
  );
  const ticketNo = taken.ticket.ticketNo as string;
  const zrzy = await first(t, `select id from departments where code = 'FS-ZRZY'`);
  await ok(
    as(hotline, 'POST', `/api/v1/hotline/tickets/${ticketNo}/commands`, {
      type: 'dispatch',
      expectedRevision: taken.ticket.revision,
      leadUnitId: zrzy,
    }),
  );
  const mine = await ok(
    as(
      A,
      'POST',
      '/api/v1/hotline/my/tickets',
      {
        location: callBody().location,
        type: 'complaint',
        subject: 'noise',
        content: '夜间施工噪音扰民，请处理。',
      },
      { 'idempotency-key': randomUUID() },
    ),
  );
  const services = (await t.app.inject({ url: '/open311/v2/services.json' })).json() as {
    service_code: string;
  }[];

  return {
    t,
    cookie: (caller) => cookies.get(caller),
    relogin,
    ids: {
      matterCode: WORLD_MATTER,
      spareMatterCode: SPARE_MATTER,
      versionId,
      applicationNo,
      materialFileId,
      noticeId: notices[0].id,
      noticeVerifyCode: notices[0].verifyCode,
      uploadId,
      draftId,
      notificationId: await first(t, `select id from notifications where account_id = (${PERSON_A})`),
      rectificationId: await first(t, 'select id from rectifications'),
      ticketNo,
      myTicketNo: (mine.ticketNo ?? mine.ticket?.ticketNo) as string,
      licenseId,
      licenseVerifyToken: await first(t, `select verify_token as id from licenses where id = '${licenseId}'`),
      licenseShareToken: share.token as string,
      personId: await first(t, PERSON_A),
      organizationId: await first(t, 'select account_id as id from organizations'),
      agentPersonId: await first(t, 'select person_id as id from organization_agents'),
      staffId: await first(t, `select account_id as id from staff where username = 'approver.zj'`),
      sealKeyId: await first(t, 'select id from seal_keys'),
      routingRuleId: await first(t, 'select id from hotline_routing_rules'),
      knowledgeId: await first(t, 'select id from hotline_knowledge'),
      open311KeyId: await first(t, 'select id from open311_keys'),
      open311ServiceCode: services[0]!.service_code,
      licenseType: await licenseTypeOf(t),
    },
  };
}
