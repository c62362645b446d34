import { CALLERS, type Caller, type World } from './world.js';

/**
 * Who may call each route of the OpenAPI document, and on which object. A route missing here
 * fails the authorisation matrix and the fuzzer with a message to add it: new routes are
 * covered the day they appear.
 *
 * `ok`: the caller passes authorisation (any answer but 401, 403, 404 and 5xx: a 409 for a stale
 * revision or a 422 for a business rule still shows the door was open). 401: not signed in.
 * 403: signed in without the role. 404: the object is someone else's, answered as if missing.
 */
export type Expectation = 'ok' | 401 | 403 | 404;
export type Matrix = Record<Caller, Expectation>;
type Ids = World['ids'];

export interface RouteRule {
  expect: Matrix;
  /** The world's object in the path. Without it only guessed values are tried. */
  params?: (ids: Ids) => Record<string, string>;
  /** A valid query or body where the schema alone cannot make one (refinements, side effects). */
  query?: (ids: Ids) => Record<string, unknown>;
  body?: (ids: Ids) => unknown;
  /** Path parameters that name no object (an action, a year): kept when guessing. */
  notGuessed?: string[];
  /** Tables (as `stateOf` names them) a refused request may still write: a failed login is counted and audited. */
  refusalRecords?: string[];
  /** A server-sent event stream: allowed callers are checked on a real connection, closed once it answers. */
  stream?: true;
  /** Changes the caller's session (log out, act for an organisation): the suite logs in again after. */
  changesSessions?: true;
}

const STAFF: Caller[] = [
  'clerk',
  'ownReviewer',
  'otherReviewer',
  'supervisor',
  'sysAdmin',
  'securityAdmin',
  'auditAdmin',
  'hotlineOperator',
];
const PERSONS: Caller[] = ['personA', 'personB', 'orgAgent'];

function matrix(allowed: Caller[], others: 401 | 403 | 404, anonymous: Expectation = 401): Matrix {
  return Object.fromEntries(
    CALLERS.map((c) => [c, c === 'anonymous' ? anonymous : allowed.includes(c) ? 'ok' : others]),
  ) as Matrix;
}
/** Public: anyone, signed in or not. */
const anyone = matrix([...CALLERS], 403, 'ok');
/** Any signed-in account, each acting on its own things. */
const signedIn = matrix([...PERSONS, ...STAFF], 403);
/** Roles: the others are refused with 403. */
const only = (...allowed: Caller[]) => matrix(allowed, 403);
/** Owners: everyone else is told the object does not exist. */
const owners = (...allowed: Caller[]) => matrix(allowed, 404);
const except = (base: Matrix, changes: Partial<Matrix>): Matrix => ({ ...base, ...changes });
const staff = (expectation: Expectation): Partial<Matrix> =>
  Object.fromEntries(STAFF.map((c) => [c, expectation])) as Partial<Matrix>;
/** The applicant's own things: other applicants are told they do not exist; staff cannot apply online (403). */
const applicants = (...owners: Caller[]) => except(matrix(owners, 404), staff(403));
/** Lists of one's own as an applicant: every person or organisation, no staff. */
const anyApplicant = except(signedIn, staff(403));

/** Staff who work cases (workflow.work): clerks, reviewers, supervisors. */
const CASE_WORKERS: Caller[] = ['clerk', 'ownReviewer', 'otherReviewer', 'supervisor'];
/** A case of 自然资源 in 网上预审: its department's reviewer and the supervisor see it; other workers get 404. */
const onTheCase = except(only(...CASE_WORKERS), { clerk: 404, otherReviewer: 404 });
const HOTLINE_UNITS: Caller[] = ['ownReviewer', 'otherReviewer'];

const app = (ids: Ids) => ({ applicationNo: ids.applicationNo });
/** Construction projects: their owner organisation, the departments of their stages, supervisors. */
const PROJECT_READERS = only('orgAgent', 'ownReviewer', 'otherReviewer', 'supervisor');
const BLUEPRINT_READERS = only(
  'clerk',
  'ownReviewer',
  'otherReviewer',
  'supervisor',
  'sysAdmin',
  'hotlineOperator',
);
const BLUEPRINT_CHECKERS = only(
  'orgAgent',
  'clerk',
  'ownReviewer',
  'otherReviewer',
  'supervisor',
  'sysAdmin',
  'hotlineOperator',
);
const BLUEPRINT_PLANNERS = only('orgAgent', 'clerk', 'ownReviewer', 'otherReviewer', 'supervisor');
const BLUEPRINT_SITE = {
  type: 'Polygon',
  coordinates: [
    [
      [113.112, 23.026],
      [113.114, 23.026],
      [113.114, 23.027],
      [113.112, 23.027],
      [113.112, 23.026],
    ],
  ],
};

export const ROUTES: Record<string, RouteRule> = {
  // The maps' optional basemap: public, like the maps of the portal.
  'GET /api/v1/map-config': { expect: anyone },
  // Directory, catalogue, calendar: public reading.
  'GET /api/v1/directory/divisions': { expect: anyone },
  'GET /api/v1/directory/departments': { expect: anyone },
  'GET /api/v1/directory/service-centers': { expect: anyone },
  'GET /api/v1/calendar/deadline': { expect: anyone, query: () => ({ start: '2026-03-02', workingDays: 5 }) },
  'GET /api/v1/calendar/working-days': {
    expect: anyone,
    query: () => ({ from: '2026-03-02', to: '2026-03-31' }),
  },
  'GET /api/v1/calendar/years': { expect: anyone },
  'GET /api/v1/calendar/years/{year}': {
    expect: anyone,
    params: () => ({ year: '2026' }),
    notGuessed: ['year'],
  },
  'PUT /api/v1/calendar/years/{year}': {
    // A year nobody uses, so the administrator's entry moves no deadline of the world.
    expect: only('sysAdmin'),
    params: () => ({ year: '2099' }),
    notGuessed: ['year'],
    body: () => ({
      notice: '国务院办公厅关于2099年部分节假日安排的通知',
      holidays: [{ date: '2099-01-01', name: '元旦' }],
      workdays: [],
    }),
  },
  'GET /api/v1/matters': { expect: anyone },
  'GET /api/v1/matters/{code}': { expect: anyone, params: (ids) => ({ code: ids.matterCode }) },
  'GET /api/v1/matters/{code}/form': { expect: anyone, params: (ids) => ({ code: ids.matterCode }) },
  'POST /api/v1/matters/{code}/form/check': {
    expect: anyone,
    params: (ids) => ({ code: ids.matterCode }),
    body: (ids) => ({ versionId: ids.versionId, formData: { reason: '规划设计' } }),
  },
  // The world's matter has no template or sample files: only guesses are tried.
  'GET /api/v1/matters/{code}/materials/{materialId}/template': { expect: anyone },
  'GET /api/v1/matters/{code}/materials/{materialId}/sample': { expect: anyone },
  'GET /api/v1/themes': { expect: anyone },
  'GET /api/v1/life-events': { expect: anyone },
  'GET /api/v1/life-events/{code}': { expect: anyone },

  // Catalogue administration: system administrators (and catalogue maintainers of the department).
  'GET /api/v1/admin/matters': { expect: only('sysAdmin') },
  'POST /api/v1/admin/matters': { expect: only('sysAdmin') },
  'GET /api/v1/admin/matters/{code}': {
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.matterCode }),
  },
  'PUT /api/v1/admin/matters/{code}/draft': {
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.spareMatterCode }),
  },
  'POST /api/v1/admin/matters/{code}/publish': {
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.spareMatterCode }),
  },
  'POST /api/v1/admin/matters/{code}/withdraw': {
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.spareMatterCode }),
  },
  'POST /api/v1/admin/forms/preview': { expect: only('sysAdmin') },
  'GET /api/v1/admin/catalogue/export': { expect: only('sysAdmin') },
  'POST /api/v1/admin/catalogue/import': { expect: only('sysAdmin') },
  'POST /api/v1/admin/matters/{code}/material-files': {
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.matterCode }),
  },
  'GET /api/v1/admin/matters/{code}/material-files/{fileId}': { expect: only('sysAdmin') },
  'GET /api/v1/admin/matters/{code}/process': {
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.matterCode }),
  },
  'PUT /api/v1/admin/matters/{code}/process': {
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.matterCode }),
    query: () => ({ channel: 'online' }),
  },

  // Sign-in and one's own account.
  'POST /api/v1/auth/register': {
    expect: anyone,
    // Someone already registered: refused as a conflict, nothing created.
    body: () => ({
      kind: 'person',
      idNumber: '44060419900101123X',
      name: '张三',
      mobile: '13800138001',
      password: 'Foshan@2026x',
    }),
  },
  'POST /api/v1/auth/login': {
    expect: anyone,
    body: () => ({ identifier: 'nobody-at-all', password: 'wrong password' }),
    refusalRecords: ['loginAttempts', 'auditRecords', 'auditHead'],
  },
  'GET /api/v1/auth/password-policy': { expect: anyone },
  'POST /api/v1/auth/logout': { expect: anyone, changesSessions: true },
  'GET /api/v1/auth/session': { expect: signedIn },
  'PUT /api/v1/auth/acting-for': {
    // 李四 represents the organisation; anyone else is told there is no such organisation.
    expect: owners('personB'),
    body: (ids) => ({ organizationId: ids.organizationId }),
    changesSessions: true,
  },
  'GET /api/v1/accounts/me': { expect: signedIn },
  'PATCH /api/v1/accounts/me': { expect: signedIn, body: () => ({ mobile: '13800138001' }) },
  'POST /api/v1/accounts/me/password': { expect: signedIn },
  'POST /api/v1/accounts/me/identity-verification': { expect: signedIn },

  // Organisations: the organisation's own account and its legal representative (李四) manage its agents.
  'GET /api/v1/organizations/{id}/agents': {
    expect: owners('orgAgent', 'personB'),
    params: (ids) => ({ id: ids.organizationId }),
  },
  'POST /api/v1/organizations/{id}/agents': {
    expect: owners('orgAgent', 'personB'),
    params: (ids) => ({ id: ids.organizationId }),
    body: () => ({ name: '陈小明', idNumber: '440607198811114024' }),
  },
  'DELETE /api/v1/organizations/{id}/agents/{personId}': {
    expect: owners('orgAgent', 'personB'),
    params: (ids) => ({ id: ids.organizationId, personId: ids.agentPersonId }),
  },

  // People's files: staff who serve them; staff accounts: the security administrator (三员分立).
  'GET /api/v1/persons': { expect: only(...CASE_WORKERS), query: () => ({ idNumber: '440605198506152048' }) },
  'GET /api/v1/persons/{id}': { expect: only(...CASE_WORKERS), params: (ids) => ({ id: ids.personId }) },
  'POST /api/v1/persons/{id}/in-person-verification': {
    expect: only('clerk'),
    params: (ids) => ({ id: ids.personId }),
  },
  'GET /api/v1/staff': { expect: only('securityAdmin') },
  'POST /api/v1/staff': { expect: only('securityAdmin') },
  'PATCH /api/v1/staff/{id}': { expect: only('securityAdmin'), params: (ids) => ({ id: ids.staffId }) },
  'POST /api/v1/staff/{id}/totp': { expect: only('securityAdmin'), params: (ids) => ({ id: ids.staffId }) },

  // Audit: the audit administrator.
  'GET /api/v1/audit/records': { expect: only('auditAdmin') },
  'POST /api/v1/audit/verification': { expect: only('auditAdmin') },

  // Applications: the applicant's own.
  'POST /api/v1/applications': {
    expect: anyApplicant,
  },
  'GET /api/v1/applications': { expect: anyApplicant },
  'GET /api/v1/applications/{applicationNo}': { expect: applicants('personA'), params: app },
  'GET /api/v1/applications/{applicationNo}/materials/{fileId}': {
    expect: applicants('personA'),
    params: (ids) => ({ applicationNo: ids.applicationNo, fileId: ids.materialFileId }),
  },
  'POST /api/v1/applications/{applicationNo}/withdraw': { expect: applicants('personA'), params: app },
  // The owner meets 409 (nothing to correct) or 400: the door is open to them alone.
  'POST /api/v1/applications/{applicationNo}/resubmit': {
    expect: applicants('personA'),
    params: app,
    body: () => ({ materials: [], note: '已补正' }),
  },
  'GET /api/v1/progress': {
    expect: anyone,
    query: (ids) => ({ applicationNo: ids.applicationNo, name: '张三' }),
  },
  'GET /api/v1/application-drafts': {
    expect: anyApplicant,
  },
  'POST /api/v1/application-drafts': {
    expect: anyApplicant,
  },
  'GET /api/v1/application-drafts/{id}': {
    expect: applicants('personA'),
    params: (ids) => ({ id: ids.draftId }),
  },
  'PUT /api/v1/application-drafts/{id}': {
    expect: applicants('personA'),
    params: (ids) => ({ id: ids.draftId }),
  },
  'DELETE /api/v1/application-drafts/{id}': {
    expect: applicants('personA'),
    params: (ids) => ({ id: ids.draftId }),
  },
  'GET /api/v1/applications/{applicationNo}/notices': { expect: applicants('personA'), params: app },
  'GET /api/v1/applications/{applicationNo}/notices/{noticeId}': {
    expect: applicants('personA'),
    params: (ids) => ({ applicationNo: ids.applicationNo, noticeId: ids.noticeId }),
  },
  'GET /api/v1/notices/verify/{code}': { expect: anyone, params: (ids) => ({ code: ids.noticeVerifyCode }) },
  'POST /api/v1/window/applications': {
    expect: only('clerk'),
    body: (ids) => ({
      matterCode: ids.matterCode,
      versionId: ids.versionId,
      formData: { reason: '规划设计' },
      materials: [],
      applicant: { name: '陈小明', idNumber: '440607198811114024' },
    }),
  },
  // 零提交: where an application's materials can come from (licences, shared data) for the signed-in applicant.
  'GET /api/v1/applications/material-sources': {
    expect: anyApplicant,
    query: (ids) => ({ matterCode: ids.matterCode }),
  },
  // Only an organisation's sealed declaration has one: person A's application has none, so only guesses are tried.
  'GET /api/v1/applications/{applicationNo}/declaration-seal': { expect: applicants('personA') },
  // What the application took instead of asking: its applicant's to see.
  'GET /api/v1/applications/{applicationNo}/reused-materials': { expect: applicants('personA') },
  'GET /api/v1/workbench/applications/{applicationNo}/declaration-seal': { expect: onTheCase },
  'GET /api/v1/supervision/zero-submission': { expect: only('supervisor') },

  // Uploads: the uploader's own.
  'POST /api/v1/uploads': {
    expect: anyApplicant,
    query: (ids) => ({ matterCode: ids.matterCode, materialId: 'm1' }),
  },
  'GET /api/v1/uploads': {
    expect: signedIn,
    query: (ids) => ({ matterCode: ids.matterCode }),
  },
  'GET /api/v1/uploads/{id}': { expect: owners('personA'), params: (ids) => ({ id: ids.uploadId }) },
  'DELETE /api/v1/uploads/{id}': { expect: owners('personA'), params: (ids) => ({ id: ids.uploadId }) },

  // Evaluation (好差评): the applicant rates; the department rectifies; oversight reads indicators.
  'GET /api/v1/applications/{applicationNo}/evaluation': { expect: applicants('personA'), params: app },
  'POST /api/v1/applications/{applicationNo}/evaluation': { expect: applicants('personA'), params: app },
  'POST /api/v1/applications/{applicationNo}/evaluation/follow-up': {
    expect: applicants('personA'),
    params: app,
  },
  'GET /api/v1/rectifications': { expect: only('ownReviewer', 'otherReviewer', 'supervisor') },
  'GET /api/v1/rectifications/{id}': {
    expect: except(only('ownReviewer', 'otherReviewer', 'supervisor'), { otherReviewer: 404 }),
    params: (ids) => ({ id: ids.rectificationId }),
  },
  'POST /api/v1/rectifications/{id}/rectification': {
    expect: except(only('ownReviewer', 'otherReviewer'), { otherReviewer: 404 }),
    params: (ids) => ({ id: ids.rectificationId }),
  },
  'POST /api/v1/rectifications/{id}/call-back': {
    expect: except(only('ownReviewer', 'otherReviewer'), { otherReviewer: 404 }),
    params: (ids) => ({ id: ids.rectificationId }),
    body: () => ({ calledBackOn: '2026-11-26', satisfied: true }),
  },
  'POST /api/v1/rectifications/{id}/close': {
    expect: except(only('ownReviewer', 'otherReviewer'), { otherReviewer: 404 }),
    params: (ids) => ({ id: ids.rectificationId }),
  },
  'GET /api/v1/evaluation/indicators': { expect: only('supervisor', 'sysAdmin') },

  // Workbench and supervision: staff on the case.
  'GET /api/v1/workbench/tasks': { expect: only(...CASE_WORKERS) },
  'GET /api/v1/workbench/cases/{applicationNo}': { expect: onTheCase, params: app },
  'POST /api/v1/workbench/cases/{applicationNo}/commands': { expect: onTheCase, params: app },
  'GET /api/v1/supervision/cases': { expect: only('supervisor') },
  'GET /api/v1/workbench/applications/{applicationNo}': { expect: onTheCase, params: app },
  'GET /api/v1/workbench/applications/{applicationNo}/materials/{fileId}': {
    expect: onTheCase,
    params: (ids) => ({ applicationNo: ids.applicationNo, fileId: ids.materialFileId }),
  },
  'GET /api/v1/workbench/applications/{applicationNo}/notices': { expect: onTheCase, params: app },
  'GET /api/v1/workbench/applications/{applicationNo}/notices/{noticeId}': {
    expect: onTheCase,
    params: (ids) => ({ applicationNo: ids.applicationNo, noticeId: ids.noticeId }),
  },

  // Notifications: one's own.
  'GET /api/v1/notifications': { expect: signedIn },
  'POST /api/v1/notifications/{id}/read': {
    expect: owners('personA'),
    params: (ids) => ({ id: ids.notificationId }),
  },
  'POST /api/v1/notifications/read-all': { expect: signedIn },
  'GET /api/v1/notifications/preferences': { expect: signedIn },
  'PUT /api/v1/notifications/preferences': { expect: signedIn },
  'GET /api/v1/dev-mailbox': { expect: only('sysAdmin') },

  // Seals: the security administrator; public keys and the CA certificate are public.
  'GET /api/v1/seals/keys': { expect: only('securityAdmin') },
  'POST /api/v1/seals/keys': { expect: only('securityAdmin') },
  'GET /api/v1/seals/keys/{id}': { expect: only('securityAdmin'), params: (ids) => ({ id: ids.sealKeyId }) },
  'POST /api/v1/seals/keys/{id}/rotate': {
    expect: only('securityAdmin'),
    params: (ids) => ({ id: ids.sealKeyId }),
  },
  'GET /api/v1/seals/certificates': { expect: only('securityAdmin') },
  'GET /api/v1/seals/ca.pem': { expect: anyone },
  'GET /api/v1/seals/public-keys/{id}': { expect: anyone, params: (ids) => ({ id: ids.sealKeyId }) },

  // Licences: the holder's wallet; the issuing department (市场监管) and oversight; public verification.
  'GET /api/v1/license-types': { expect: anyone },
  'PUT /api/v1/admin/license-types/{code}': {
    // Against a revision that never was: refused as stale once past the door, nothing changed.
    expect: only('sysAdmin'),
    params: (ids) => ({ code: ids.licenseType.code }),
    notGuessed: ['code'],
    body: (ids) => ({
      definition: ids.licenseType.definition,
      expectedRevision: ids.licenseType.revision + 1000,
    }),
  },
  'GET /api/v1/licenses/verify/{token}': {
    expect: anyone,
    params: (ids) => ({ token: ids.licenseVerifyToken }),
  },
  'POST /api/v1/licenses/verify': {
    expect: anyone,
    body: () => ({ licenseNo: 'NO-SUCH-LICENCE', verifyCode: 'ABCDEF' }),
  },
  'POST /api/v1/licenses/verify/pdf': { expect: anyone },
  'GET /api/v1/licenses/shared/{token}': {
    expect: anyone,
    params: (ids) => ({ token: ids.licenseShareToken }),
  },
  'GET /api/v1/my/licenses': { expect: anyApplicant },
  'GET /api/v1/my/licenses/{id}': {
    expect: applicants('orgAgent'),
    params: (ids) => ({ id: ids.licenseId }),
  },
  'POST /api/v1/my/licenses/{id}/copies': {
    expect: applicants('orgAgent'),
    params: (ids) => ({ id: ids.licenseId }),
  },
  'POST /api/v1/my/licenses/{id}/shares': {
    expect: applicants('orgAgent'),
    params: (ids) => ({ id: ids.licenseId }),
  },
  'GET /api/v1/licenses': { expect: only('ownReviewer', 'otherReviewer', 'supervisor', 'sysAdmin') },
  'GET /api/v1/licenses/issuances': {
    expect: only('ownReviewer', 'otherReviewer', 'supervisor', 'sysAdmin'),
  },
  'POST /api/v1/licenses/{id}/{action}': {
    // Deciding on a licence takes an approver or head of the issuing department: none of these callers.
    expect: only(),
    params: (ids) => ({ id: ids.licenseId, action: 'suspend' }),
    notGuessed: ['action'],
  },

  // 工程建设项目: categories and their stage forms are public; an organisation registers its own
  // projects; reviewers see those whose stages their department takes part in, supervisors all.
  // The world holds no project (and no catalogue for the stage forms): only guesses are tried.
  'GET /api/v1/projects/categories': { expect: anyone },
  'GET /api/v1/projects/categories/{code}/stages/{stage}/form': { expect: anyone },
  'POST /api/v1/projects': {
    expect: only('orgAgent'),
    body: () => ({
      projectCode: '2025-440604-47-01-000931',
      name: '可靠性测试研发中心',
      ownerCreditCode: '91440604MA4W12345N',
      categoryCode: 'gov_building',
      site: {
        type: 'Polygon',
        coordinates: [
          [
            [113.112, 23.026],
            [113.114, 23.026],
            [113.114, 23.027],
            [113.112, 23.027],
            [113.112, 23.026],
          ],
        ],
      },
      investmentFen: 12_000_000_000,
      landAreaM2: 20_000,
      floorAreaM2: 56_000,
      intendedUse: 'industrial',
      contact: { name: '王五', mobile: '13800138003' },
    }),
  },
  'GET /api/v1/projects': { expect: only('orgAgent', 'ownReviewer', 'otherReviewer', 'supervisor') },
  'GET /api/v1/projects/{id}': { expect: only('orgAgent', 'ownReviewer', 'otherReviewer', 'supervisor') },
  // Stage filings: the same readers (the owner, the stage's departments, supervisors); only guesses.
  'GET /api/v1/projects/{id}/stages/{stage}/requirements': { expect: PROJECT_READERS },
  'POST /api/v1/projects/{id}/stages/{stage}': {
    expect: only('orgAgent'),
    body: () => ({ formData: {}, materials: [], commitments: [], declaration: true }),
  },
  'GET /api/v1/projects/{id}/filings': { expect: PROJECT_READERS },
  'GET /api/v1/projects/{id}/timeline': { expect: PROJECT_READERS },
  'GET /api/v1/projects/filings': { expect: PROJECT_READERS },
  'GET /api/v1/projects/filings/{filingId}': { expect: PROJECT_READERS },
  'POST /api/v1/projects/filings/{filingId}/correction-items': {
    expect: PROJECT_READERS,
    body: () => ({ matterCode: '440600-ZRZY-0102', items: [{ material: null, problem: '宗地图不清晰' }] }),
  },
  'POST /api/v1/projects/filings/{filingId}/correction': {
    expect: PROJECT_READERS,
    body: () => ({ expectedRevision: 1 }),
  },
  'POST /api/v1/projects/filings/{filingId}/resubmit': {
    expect: PROJECT_READERS,
    body: () => ({ expectedRevision: 1 }),
  },
  'POST /api/v1/projects/filings/{filingId}/joint-reviews': {
    expect: PROJECT_READERS,
    body: () => ({
      kind: 'review',
      heldOn: '2026-11-20',
      opinions: [{ departmentCode: 'FS-ZRZY', verdict: 'agree', opinion: '同意' }],
      conclusion: 'agree',
      summary: '联合评审通过',
    }),
  },
  'POST /api/v1/projects/filings/{filingId}/intermediaries': {
    expect: PROJECT_READERS,
    body: () => ({ service: 'surveying', provider: '佛山市测绘院', startedOn: '2026-11-20' }),
  },
  'POST /api/v1/projects/filings/{filingId}/intermediaries/{intermediaryId}/finish': {
    expect: PROJECT_READERS,
    body: () => ({ endedOn: '2026-11-21' }),
  },
  'POST /api/v1/projects/filings/{filingId}/close': {
    expect: PROJECT_READERS,
    body: () => ({ expectedRevision: 1 }),
  },
  'GET /api/v1/projects/statistics': { expect: only('supervisor') },

  // 一张蓝图: staff who work with plans read the layers and check sites (the organisation its own
  // sites); the administrator imports and scans; departments see the conflict cases and pre-opinion
  // requests that involve them. The world holds no layer, check, case or plan: only guesses.
  'GET /api/v1/blueprint/layers': { expect: BLUEPRINT_READERS },
  'GET /api/v1/blueprint/layers/{id}/features': { expect: BLUEPRINT_READERS },
  'GET /api/v1/blueprint/features/{featureId}': { expect: BLUEPRINT_READERS },
  'POST /api/v1/blueprint/layers/import': { expect: only('sysAdmin') },
  'POST /api/v1/blueprint/checks': {
    expect: BLUEPRINT_CHECKERS,
    body: () => ({ site: BLUEPRINT_SITE, intendedUse: 'M1' }),
  },
  'GET /api/v1/blueprint/checks/{id}': { expect: BLUEPRINT_CHECKERS },
  'GET /api/v1/blueprint/checks/{id}/report.pdf': { expect: BLUEPRINT_CHECKERS },
  'GET /api/v1/blueprint/conflicts': {
    expect: only('ownReviewer', 'otherReviewer', 'supervisor', 'sysAdmin'),
  },
  'POST /api/v1/blueprint/conflicts/scan': { expect: only('sysAdmin') },
  'GET /api/v1/blueprint/conflicts/{id}': {
    expect: only('ownReviewer', 'otherReviewer', 'supervisor', 'sysAdmin'),
  },
  'POST /api/v1/blueprint/conflicts/{id}/opinions': { expect: only('ownReviewer', 'otherReviewer') },
  'POST /api/v1/blueprint/conflicts/{id}/resolve': { expect: only('supervisor') },
  'POST /api/v1/blueprint/plannings': {
    expect: BLUEPRINT_PLANNERS,
    body: () => ({
      name: '可靠性测试项目',
      site: BLUEPRINT_SITE,
      categoryCode: 'gov_building',
      intendedUse: 'M1',
    }),
  },
  'GET /api/v1/blueprint/plannings': { expect: BLUEPRINT_PLANNERS },
  'GET /api/v1/blueprint/plannings/{id}': { expect: BLUEPRINT_PLANNERS },
  'POST /api/v1/blueprint/plannings/{id}/opinions': { expect: only('ownReviewer', 'otherReviewer') },

  // 12345 hotline: the centre, the units on an order, supervisors; a person's own portal orders.
  'POST /api/v1/hotline/tickets': { expect: only('hotlineOperator') },
  'GET /api/v1/hotline/tickets': { expect: only(...HOTLINE_UNITS, 'supervisor', 'hotlineOperator') },
  'POST /api/v1/hotline/tickets/duplicates': { expect: only('hotlineOperator') },
  'GET /api/v1/hotline/tickets/{ticketNo}': {
    expect: except(only(...HOTLINE_UNITS, 'supervisor', 'hotlineOperator'), { otherReviewer: 404 }),
    params: (ids) => ({ ticketNo: ids.ticketNo }),
  },
  'GET /api/v1/hotline/tickets/{ticketNo}/caller': {
    expect: except(only(...HOTLINE_UNITS, 'supervisor', 'hotlineOperator'), { otherReviewer: 404 }),
    params: (ids) => ({ ticketNo: ids.ticketNo }),
  },
  'GET /api/v1/hotline/tickets/{ticketNo}/routing': {
    expect: only('hotlineOperator'),
    params: (ids) => ({ ticketNo: ids.ticketNo }),
  },
  'POST /api/v1/hotline/tickets/{ticketNo}/commands': {
    expect: except(only(...HOTLINE_UNITS, 'supervisor', 'hotlineOperator'), { otherReviewer: 404 }),
    params: (ids) => ({ ticketNo: ids.ticketNo }),
  },
  'GET /api/v1/hotline/taxonomy': { expect: anyone },
  'GET /api/v1/hotline/units': { expect: only(...STAFF) },
  'GET /api/v1/hotline/settings': { expect: only('supervisor', 'sysAdmin', 'hotlineOperator') },
  'PUT /api/v1/hotline/settings': { expect: only('supervisor', 'sysAdmin') },
  'GET /api/v1/hotline/routing-rules': { expect: only('supervisor', 'sysAdmin', 'hotlineOperator') },
  'POST /api/v1/hotline/routing-rules': { expect: only('supervisor', 'sysAdmin') },
  'DELETE /api/v1/hotline/routing-rules/{id}': {
    expect: only('supervisor', 'sysAdmin'),
    params: (ids) => ({ id: ids.routingRuleId }),
  },
  'GET /api/v1/hotline/knowledge': { expect: only(...HOTLINE_UNITS, 'supervisor', 'hotlineOperator') },
  'POST /api/v1/hotline/knowledge': { expect: only('supervisor', 'hotlineOperator') },
  'PUT /api/v1/hotline/knowledge/{id}': {
    expect: only('supervisor', 'hotlineOperator'),
    params: (ids) => ({ id: ids.knowledgeId }),
  },
  'GET /api/v1/hotline/open311-keys': { expect: only('sysAdmin') },
  'POST /api/v1/hotline/open311-keys': { expect: only('sysAdmin') },
  'DELETE /api/v1/hotline/open311-keys/{id}': {
    expect: only('sysAdmin'),
    params: (ids) => ({ id: ids.open311KeyId }),
  },
  'GET /api/v1/hotline/dashboard': { expect: only('supervisor', 'sysAdmin', 'hotlineOperator') },
  'GET /api/v1/hotline/changes': { expect: only('supervisor', 'sysAdmin', 'hotlineOperator') },
  'GET /api/v1/hotline/live': { expect: only('supervisor', 'sysAdmin', 'hotlineOperator'), stream: true },
  'POST /api/v1/hotline/my/tickets': {
    expect: anyApplicant,
  },
  'GET /api/v1/hotline/my/tickets': {
    expect: anyApplicant,
  },
  'GET /api/v1/hotline/my/tickets/{ticketNo}': {
    // Portal orders are persons' own: an organisation or a staff account is refused outright.
    expect: except(applicants('personA'), { orgAgent: 403 }),
    params: (ids) => ({ ticketNo: ids.myTicketNo }),
  },

  // Open311 GeoReport v2: public reading; posting takes an API key (checked in the body, not a session).
  ...Object.fromEntries(
    ['json', 'xml'].flatMap((format) => [
      [`GET /open311/v2/services.${format}`, { expect: anyone }],
      [
        `GET /open311/v2/services/{service_code}.${format}`,
        { expect: anyone, params: (ids: Ids) => ({ service_code: ids.open311ServiceCode }) },
      ],
      [`GET /open311/v2/requests.${format}`, { expect: anyone }],
      [`POST /open311/v2/requests.${format}`, { expect: anyone }],
      [
        `GET /open311/v2/requests/{service_request_id}.${format}`,
        { expect: anyone, params: (ids: Ids) => ({ service_request_id: ids.ticketNo }) },
      ],
      [`GET /open311/v2/tokens/{token}.${format}`, { expect: anyone }],
    ]),
  ),
};
