import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { testGuide } from '../server/src/test-support/guides.js';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './support/browser.js';
import { atStep, nextStep, samplePdf, signInAsPerson, uploadMaterial } from './support/portal.js';
import { act, choose, signInAsStaff } from './support/staff.js';

const baseUrl = inject('baseUrl');
// 食品经营许可（新办）: 市场监管 (FS-SJ) decides; its approval issues the 食品经营许可证.
const MATTER = '440600-SJ-0101';
const COMPANY = '佛山市示例科技有限公司';

// 食品经营许可（延续）: renewing that licence asks for it, so the platform takes it from the wallet (零提交).
const RENEWAL = { code: '440600-SJ-0190', name: '食品经营许可（延续）' };
const RENEWAL_GUIDE = testGuide({
  name: RENEWAL.name,
  type: 'license',
  department: 'FS-SJ',
  audiences: ['organization', 'person'],
  themes: ['market'],
  materials: [
    {
      name: '原食品经营许可证',
      form: 'electronic',
      copies: 0,
      requirement: 'required',
      key: true,
      source: { kind: 'license', licenseType: '食品经营许可证' },
    },
    {
      name: '食品经营许可延续申请书',
      form: 'electronic',
      copies: 1,
      requirement: 'required',
      key: true,
      source: { kind: 'applicant' },
    },
    {
      name: '营业执照',
      form: 'electronic',
      copies: 0,
      requirement: 'required',
      key: true,
      source: { kind: 'license', licenseType: '营业执照' },
    },
    {
      name: '法定代表人居民身份证',
      form: 'electronic',
      copies: 0,
      requirement: 'required',
      key: true,
      source: { kind: 'shared_data', dataset: '居民身份证' },
    },
  ],
  form: [{ name: 'renewalReason', label: '延续理由', kind: 'text', required: true }],
});

interface Material {
  id: string;
  name: string;
  requirement: string;
  source: { kind: string };
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

/**
 * The agent's application, sent from the agent's own signed-in browser (its session, its
 * uploads); filling this form page by page is the apply tests' subject, not this one's. It
 * uploads what the platform cannot take: its own documents, and the 营业执照 the company does
 * not hold here; the legal representative's ID card comes from the population registry.
 */
async function applyForFoodLicence(page: Page): Promise<string> {
  const api = page.request;
  const guide = (await (await api.get(`${baseUrl}/api/v1/matters/${MATTER}`)).json()).guide;
  const { versionId } = await (await api.get(`${baseUrl}/api/v1/matters/${MATTER}/form`)).json();
  const sources = (
    await (await api.get(`${baseUrl}/api/v1/applications/material-sources?matterCode=${MATTER}`)).json()
  ).materials as { materialId: string; sourcing: string }[];
  const uploads = (m: Material) =>
    m.source.kind === 'applicant' || sources.some((s) => s.materialId === m.id && s.sourcing === 'upload');
  expect(sources.filter((s) => s.sourcing === 'reused').length).toBe(1);
  const materials = [];
  for (const m of (guide.materials as Material[]).filter((x) => uploads(x) && x.requirement === 'required')) {
    const uploaded = await api.post(`${baseUrl}/api/v1/uploads?matterCode=${MATTER}&materialId=${m.id}`, {
      multipart: {
        file: { name: `${m.id}.pdf`, mimeType: 'application/pdf', buffer: await samplePdf(m.id) },
      },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    materials.push({ materialId: m.id, fileIds: [(await uploaded.json()).fileId] });
  }
  const submitted = await api.post(`${baseUrl}/api/v1/applications`, {
    headers: { 'idempotency-key': randomUUID() },
    data: {
      matterCode: MATTER,
      versionId,
      declaration: true,
      materials,
      formData: {
        orgName: COMPANY,
        creditCode: '91440604MA4W12345N',
        legalRepName: '李四',
        contactName: '王五',
        contactMobile: '13800138003',
        premises: { division: ['440600', '440604'], detail: '季华五路18号首层' },
        operatorType: '餐饮服务经营者',
        cateringItems: ['热食类食品制售', '自制饮品制售'],
        area: 120,
        safetyManager: '王五',
        onlineSales: '否',
      },
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  return (await submitted.json()).applicationNo;
}

describe('an enterprise’s licence: issued when its application is approved, kept in its wallet, verified by anyone', () => {
  let browser: Browser;
  let agent: Page;
  let current: Page | undefined;
  let applicationNo = '';
  let verifyPath = '';
  let licenseNo = '';
  let verifyCode = '';
  let renewalNo = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      if (current)
        await screenshot(current, `licenses-failure-${task.name.slice(0, 24).replace(/\W+/g, '-')}`);
    });
  });

  it('lets 王五, the company’s agent, act for it and apply for a food business licence', async () => {
    agent = await browser.newPage({ viewport: PHONE, locale: 'zh-CN', acceptDownloads: true });
    current = agent;
    await signInAsPerson(agent, baseUrl, '13800138003');
    await agent.goto(`${baseUrl}/account`);
    await agent.getByRole('radio', { name: new RegExp(COMPANY) }).check();
    await agent.getByText('已切换办事身份').waitFor();
    applicationNo = await applyForFoodLicence(agent);
    expect(applicationNo).toMatch(/^440600\d{16}[\dX]$/);
  });

  it('takes the application through the market regulator’s review to its approval', async () => {
    const reviewer = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    current = reviewer;
    await signInAsStaff(reviewer, baseUrl, 'reviewer.sj');
    await reviewer.goto(`${baseUrl}/workbench/cases/${applicationNo}`);
    await act(reviewer, '受理', (dialog) => dialog.getByLabel('说明（选填）').fill('材料齐全'));
    await act(reviewer, '审查', async (dialog) => {
      await choose(dialog, '同意');
      await dialog.getByLabel('意见').fill('经营场所和设施符合要求');
    });
    await reviewer.close();

    const approver = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    current = approver;
    await signInAsStaff(approver, baseUrl, 'approver.sj');
    await approver.goto(`${baseUrl}/workbench/cases/${applicationNo}`);
    await act(approver, '作出决定', async (dialog) => {
      await choose(dialog, '准予');
      await dialog.getByLabel('意见').fill('准予许可');
    });
    await approver.getByText('已停止计时（已作出决定）').first().waitFor();
    await approver.close();
  });

  it('shows the issued licence in the company’s wallet, with its code, and hands out a watermarked copy', async () => {
    const page = agent;
    current = page;
    // On a phone the wallet is reached from the account page.
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('link', { name: /我的证照/ }).click();
    await page.waitForURL('**/my/licenses');
    const card = page.locator('.record-item', { hasText: '食品经营许可证' });
    // Issuance runs off the approval's event: it is there within moments.
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('heading', { level: 1, name: '我的证照' }).waitFor();
          return card.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    await card.getByText('有效', { exact: true }).waitFor();
    await card.getByText('佛山市市场监督管理局').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await shot(page, 'licenses-wallet-phone-390');

    await card.getByRole('button', { name: '查看' }).click();
    const detail = page.getByRole('dialog', { name: '食品经营许可证' });
    await detail.getByText('热食类食品制售、自制饮品制售').waitFor();
    licenseNo = (await detail.locator('dd.license-no').first().textContent())!.trim();
    verifyCode = (await detail.locator('dd.license-code').textContent())!.trim();
    expect(licenseNo).toMatch(/^JY440600\d{10}.$/);
    verifyPath = (await detail.getByRole('link', { name: '打开扫码核验页面' }).getAttribute('href'))!;
    await shot(page, 'licenses-detail-phone-390');
    await detail.locator('.ant-modal-close').click();

    await card.getByRole('button', { name: '下载' }).click();
    const dialog = page.getByRole('dialog', { name: '下载证照复印件' });
    await dialog.getByLabel('用途').fill('银行开户');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`食品经营许可证-${licenseNo}-银行开户.pdf`);
    const copy = readFileSync((await download.path())!);
    expect(copy.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets a stranger open the QR code’s page, and check the number and code, and see the licence valid', async () => {
    // Another browser: no session, nothing shared with the company.
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    current = page;
    await page.goto(`${baseUrl}${verifyPath}`);
    await page.locator('.verify-result').getByText('证照有效', { exact: true }).waitFor();
    const facts = page.locator('.license-facts');
    await facts.getByText(licenseNo).waitFor();
    await facts.getByText(COMPANY).waitFor();
    await facts.getByText('佛山市市场监督管理局').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await shot(page, 'licenses-verified-phone-390');

    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: '核验其他证照' }).click();
    await page.getByLabel('证照编号').fill(licenseNo);
    await page.getByLabel('核验码').fill(verifyCode.toLowerCase());
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await page.locator('.verify-result').getByText('证照有效', { exact: true }).waitFor();
    await shot(page, 'licenses-verified-by-number-desktop-1280');

    // A wrong code says nothing about the licence.
    await page.getByLabel('核验码').fill('AAAAAAAA');
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await page.getByText('未找到该证照，请核对证照编号和核验码').waitFor();
    await context.close();
  });

  it('lets the same company renew the licence without handing it in: the apply pages show it taken', async () => {
    // The catalogue maintainer publishes the renewal matter, which asks for the licence.
    const admin = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    current = admin;
    await signInAsStaff(admin, baseUrl, 'sysadmin');
    const created = await admin.request.post(`${baseUrl}/api/v1/admin/matters`, {
      data: { code: RENEWAL.code, guide: RENEWAL_GUIDE },
    });
    expect(created.status(), await created.text()).toBe(201);
    const published = await admin.request.post(`${baseUrl}/api/v1/admin/matters/${RENEWAL.code}/publish`);
    expect(published.ok(), await published.text()).toBe(true);
    await admin.close();

    const page = agent;
    current = page;
    await page.goto(`${baseUrl}/matters/${RENEWAL.code}`);
    await page.getByRole('heading', { level: 1, name: RENEWAL.name }).waitFor();
    await page.getByRole('link', { name: '在线申请' }).first().click();
    await atStep(page, 1, 4, '延续理由');
    await page.getByLabel('延续理由').fill('许可有效期即将届满，继续经营');

    await nextStep(page, 2, 4, '上传申请材料');
    const taken = page.locator('.material-reused');
    const licence = taken.locator('.reused-material', { hasText: '原食品经营许可证' });
    await licence.getByText('已自动获取，无需提交').waitFor();
    await licence.getByText(licenseNo, { exact: false }).waitFor();
    await licence.getByText('佛山市市场监督管理局签发', { exact: false }).waitFor();
    // The legal representative's ID card comes from the population registry, masked.
    await taken.locator('.reused-material', { hasText: '法定代表人居民身份证' }).getByText(/李\*/).waitFor();
    // No upload control for what is taken; the 营业执照 the company does not hold here is asked for.
    expect(await page.locator('.material-upload-card', { hasText: '原食品经营许可证' }).count()).toBe(0);
    await page
      .locator('.material-upload-card', { hasText: '营业执照' })
      .getByText('未在您的电子证照中找到有效的“营业执照”，请上传。')
      .waitFor();
    for (const [name, text] of [
      ['食品经营许可延续申请书', 'Renewal application'],
      ['营业执照', 'Business licence'],
    ] as const)
      await uploadMaterial(page, name, {
        name: `${name}.pdf`,
        mimeType: 'application/pdf',
        buffer: await samplePdf(text),
      });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await shot(page, 'zero-submission-materials-phone-390');

    await nextStep(page, 3, 4, '核对信息');
    const check = page.locator('.check-materials');
    await check
      .locator('.reused-material', { hasText: '原食品经营许可证' })
      .getByText(licenseNo, { exact: false })
      .waitFor();
    await check.getByRole('link', { name: /营业执照\.pdf/ }).waitFor();
    await shot(page, 'zero-submission-check-phone-390');
    await page.getByRole('button', { name: '确认无误，下一步' }).click();

    await atStep(page, 4, 4, '承诺声明');
    await page.getByLabel('以单位电子印章签署').check();
    await page.getByLabel('我已阅读并同意以上承诺').check();
    await shot(page, 'zero-submission-declaration-phone-390');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
    renewalNo = (await page.locator('[data-application-no]').getAttribute('data-application-no')) ?? '';
    expect(renewalNo).toMatch(/^440600\d{16}[\dX]$/);
  });

  it('shows the market regulator’s reviewer the licence taken, verified valid, and the company’s seal', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    current = page;
    await signInAsStaff(page, baseUrl, 'reviewer.sj');
    await page.goto(`${baseUrl}/workbench/cases/${renewalNo}`);
    const taken = page.locator('.reused-file');
    const item = taken.locator('.reused-file-item', { hasText: '原食品经营许可证' });
    await item.getByText(licenseNo).waitFor();
    await item.getByText('食品经营许可证').first().waitFor();
    await item.getByText('有效', { exact: true }).waitFor();
    await taken.getByText('共享数据：居民身份证，来自人口信息库（法定代表人）').waitFor();
    await page.locator('.declaration-seal-facts').getByText('签名有效').waitFor();
    await page.locator('.declaration-seal-facts').getByText(COMPANY).waitFor();
    await taken.scrollIntoViewIfNeeded();
    await screenshot(page, 'zero-submission-reviewer-desktop-1280');
    await page.close();
  });

  it('counts the materials not asked for on the supervisors’ 督查督办 page', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    current = page;
    await signInAsStaff(page, baseUrl, 'supervisor');
    await page.goto(`${baseUrl}/workbench/supervision`);
    const card = page.locator('.zero-submission-card');
    await card.getByText('零提交（免提交材料）').waitFor();
    // The food licence took the legal representative's ID card; the renewal that and the licence.
    const row = card.getByRole('row', { name: /佛山市市场监督管理局/ });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('3');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'zero-submission-supervision-desktop-1280');
    await page.setViewportSize(PHONE);
    await page.reload();
    await card.getByText('免提交率').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, 'zero-submission-supervision-phone-390');
    await page.close();
  });
});
