import type { MatterGuideInput } from '../modules/catalogue/model.js';
import { publishMatter } from './matters.js';
import { multipartBody } from './sample-files.js';
import type { TestApp } from './test-app.js';

/** A published matter whose materials exercise every upload rule: limits, conditions, shared data. */
export const MATERIALS_MATTER = '440600-MZ-9401';

export const MATERIALS_GUIDE: MatterGuideInput = {
  name: '困难群众临时救助',
  type: 'public_service',
  department: 'FS-MZ',
  level: 'city',
  audiences: ['person', 'organization'],
  themes: ['civil_affairs'],
  keywords: [],
  summary: '因突发事件导致基本生活暂时出现严重困难的家庭，可申请临时救助。',
  conditions: [],
  legalBasis: ['《社会救助暂行办法》'],
  materials: [
    {
      name: '临时救助申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      key: true,
      source: { kind: 'applicant' },
      maxFiles: 2,
      maxSizeMb: 1,
    },
    {
      name: '医疗费用票据',
      form: 'copy',
      copies: 1,
      requirement: 'conditional',
      condition: '因病申请的',
      key: false,
      source: { kind: 'applicant' },
    },
    {
      name: '申请人居民身份证',
      form: 'electronic',
      copies: 0,
      requirement: 'required',
      key: true,
      source: { kind: 'shared_data', dataset: '居民身份证' },
    },
  ],
  fees: [],
  legalLimitDays: 20,
  promisedLimitDays: 10,
  onlineDepth: 'full_online',
  visits: 0,
  channels: ['online'],
  places: [],
  openingHours: '全天',
  consultPhone: '0757-12345',
  complaintPhone: '0757-12345',
  crossRegion: 'city',
  commitment: false,
  process: ['申请', '审核', '发放'],
  result: '救助金',
  form: [{ name: 'reason', label: '申请理由', kind: 'textarea', required: true }],
};

/** Creates and publishes the matter; answers its version id. */
export const publishMaterialsMatter = (t: TestApp) => publishMatter(t, MATERIALS_MATTER, MATERIALS_GUIDE);

/** Uploads a file for a material of that matter as the given session. */
export function uploadFor(
  t: TestApp,
  cookie: string,
  materialId: string,
  fileName: string,
  bytes: Uint8Array,
) {
  const body = multipartBody(fileName, bytes);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/uploads?matterCode=${MATERIALS_MATTER}&materialId=${materialId}`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}
