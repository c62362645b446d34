import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  pagePool,
  screenshot,
} from './support/browser.js';
import {
  atStep,
  nextStep,
  samplePdf,
  signInActingFor,
  signInAsPerson,
  uploadMaterial,
} from './support/portal.js';
import { act, choose, openFromMenu, signInAsStaff } from './support/staff.js';

const baseUrl = inject('baseUrl');
// 食品经营许可（新办）: 市场监管 (FS-SJ) decides; its approval issues the 食品经营许可证.
const MATTER = '440600-SJ-0101';
const COMPANY = '佛山市示例科技有限公司';

// 食品经营许可（延续）, seeded: renewing that licence asks for it, so the platform takes it from the wallet (零提交).
const RENEWAL = { code: '440600-SJ-0107', name: '食品经营许可（延续）' };

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
 * uploads its own documents only: the company's 营业执照 (the demo seed issued it on the
 * company's 设立登记) comes from its wallet, the legal representative's ID card from the
 * population registry.
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
  expect(sources.filter((s) => s.sourcing === 'reused').length).toBe(2);
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
  const pages = pagePool(() => browser);
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
  keepEvidenceOnFailure('licenses', () => current);

  it('lets 王五, the company’s agent, act for it and apply for a food business licence', async () => {
    agent = await pages.open(PHONE);
    current = agent;
    await signInActingFor(agent, baseUrl, '13800138003', COMPANY);
    applicationNo = await applyForFoodLicence(agent);
    expect(applicationNo).toMatch(/^440600\d{16}[\dX]$/);
  });

  it('takes the application through the market regulator’s review to its approval', async () => {
    const reviewer = await pages.open(DESKTOP);
    current = reviewer;
    await signInAsStaff(reviewer, baseUrl, 'reviewer.sj', `/workbench/cases/${applicationNo}`);
    await act(reviewer, '受理', (dialog) => dialog.getByLabel('说明（选填）').fill('材料齐全'));
    await act(reviewer, '审查', async (dialog) => {
      await choose(dialog, '同意');
      await dialog.getByLabel('意见').fill('经营场所和设施符合要求');
    });
    await pages.release(reviewer);

    const approver = await pages.open(DESKTOP);
    current = approver;
    await signInAsStaff(approver, baseUrl, 'approver.sj', `/workbench/cases/${applicationNo}`);
    await act(approver, '作出决定', async (dialog) => {
      await choose(dialog, '准予');
      await dialog.getByLabel('意见').fill('准予许可');
    });
    await approver.getByText('已停止计时（已作出决定）').first().waitFor();
    await pages.release(approver);
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
    await expectNoSidewaysScroll(page);
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
    // A page without a session: nothing of the company's (the pool's pages come back signed out).
    const page = await pages.open(PHONE);
    current = page;
    await page.goto(`${baseUrl}${verifyPath}`);
    await page.locator('.verify-result').getByText('证照有效', { exact: true }).waitFor();
    const facts = page.locator('.license-facts');
    await facts.getByText(licenseNo).waitFor();
    await facts.getByText(COMPANY).waitFor();
    await facts.getByText('佛山市市场监督管理局').waitFor();
    await expectNoSidewaysScroll(page);
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
    await pages.release(page);
  });

  it('lets the same company renew the licence without handing it in: the apply pages show it taken', async () => {
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
    // The company's own 营业执照, and the legal representative's ID card from the population registry, masked.
    await taken
      .locator('.reused-material', { hasText: '营业执照' })
      .getByText(/YY440600/)
      .waitFor();
    await taken.locator('.reused-material', { hasText: '法定代表人' }).getByText(/李\*/).waitFor();
    // No upload control for what is taken: only the application form is asked for.
    for (const name of ['原食品经营许可证', '营业执照'])
      expect(await page.locator('.material-upload-card', { hasText: name }).count()).toBe(0);
    await uploadMaterial(page, '食品经营许可延续申请书', {
      name: '食品经营许可延续申请书.pdf',
      mimeType: 'application/pdf',
      buffer: await samplePdf('Renewal application'),
    });
    await expectNoSidewaysScroll(page);
    await shot(page, 'zero-submission-materials-phone-390');

    await nextStep(page, 3, 4, '核对信息');
    const check = page.locator('.check-materials');
    await check
      .locator('.reused-material', { hasText: '原食品经营许可证' })
      .getByText(licenseNo, { exact: false })
      .waitFor();
    await check.getByRole('link', { name: /食品经营许可延续申请书\.pdf/ }).waitFor();
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

  it('never takes the company’s own 营业执照 for another party’s: the mortgagee’s is asked for', async () => {
    // 不动产抵押权首次登记 asks for the mortgagee's business licence; the company holds a valid 营业执照 of its own.
    const mortgage = '440600-ZRZY-0003';
    const page = agent;
    current = page;
    const sources = (
      await (
        await page.request.get(`${baseUrl}/api/v1/applications/material-sources?matterCode=${mortgage}`)
      ).json()
    ).materials as { materialName: string; sourcing: string; reason: string | null }[];
    expect(sources.find((s) => s.materialName === '抵押权人营业执照或金融许可证')).toMatchObject({
      sourcing: 'upload',
      reason: 'other_holder',
    });
    await page.goto(`${baseUrl}/matters/${mortgage}`);
    const material = page.locator('.material-card, .materials-table tr', {
      hasText: '抵押权人营业执照或金融许可证',
    });
    await material.getByText('其他当事人的电子证照：营业执照（申请人提供）').waitFor();
    await material.scrollIntoViewIfNeeded();
    await screenshot(page, 'licenses-others-licence-guide-phone-390');
    await page.setViewportSize(DESKTOP);
    // Wider, the cards become a table: scroll to the row once it has replaced the card.
    const row = page.locator('.materials-table tr', { hasText: '抵押权人营业执照或金融许可证' });
    await row.getByText('其他当事人的电子证照：营业执照（申请人提供）').waitFor();
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'licenses-others-licence-guide-desktop-1280');
    await page.setViewportSize(PHONE);
  });

  it('shows the market regulator’s reviewer the licence taken, verified valid, and the company’s seal', async () => {
    const page = await pages.open(DESKTOP);
    current = page;
    await signInAsStaff(page, baseUrl, 'reviewer.sj', `/workbench/cases/${renewalNo}`);
    const taken = page.locator('.reused-file');
    const item = taken.locator('.reused-file-item', { hasText: '原食品经营许可证' });
    await item.getByText(licenseNo).waitFor();
    await item.getByText('食品经营许可证').first().waitFor();
    await item.getByText('有效', { exact: true }).waitFor();
    await taken.getByText('共享数据：居民身份证，来自人口信息库（法定代表人）').waitFor();
    await taken
      .locator('.reused-file-item', { hasText: '营业执照' })
      .getByText(/^YY440600/)
      .waitFor();
    await page.locator('.declaration-seal-facts').getByText('签名有效').waitFor();
    await page.locator('.declaration-seal-facts').getByText(COMPANY).waitFor();
    await taken.scrollIntoViewIfNeeded();
    await screenshot(page, 'zero-submission-reviewer-desktop-1280');
    await pages.release(page);
  });

  it('counts the materials not asked for on the supervisors’ 督查督办 page', async () => {
    const page = await pages.open(DESKTOP);
    current = page;
    await signInAsStaff(page, baseUrl, 'supervisor', '/workbench/supervision');
    const card = page.locator('.zero-submission-card');
    await card.getByText('零提交（免提交材料）').waitFor();
    // The food licence took the 营业执照 and the legal representative's ID card; the renewal those and the food licence.
    const row = card.getByRole('row', { name: /佛山市市场监督管理局/ });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('5');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'zero-submission-supervision-desktop-1280');
    await page.setViewportSize(PHONE);
    await page.reload();
    await card.getByText('免提交率').first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'zero-submission-supervision-phone-390');
    await pages.release(page);
  });
  it('shows the company, on its own application’s page, what was taken without asking', async () => {
    const page = agent;
    current = page;
    await page.goto(`${baseUrl}/my/applications/${renewalNo}`);
    const section = page.getByRole('region', { name: '已自动获取，无需提交' });
    const licence = section.locator('.reused-material', { hasText: '原食品经营许可证' });
    await licence.getByText(licenseNo, { exact: false }).waitFor();
    await licence.getByText('有效', { exact: true }).waitFor();
    await section
      .locator('.reused-material', { hasText: '营业执照' })
      .getByText(/YY440600/)
      .waitFor();
    await section.getByText('共享数据：居民身份证，来自人口信息库（法定代表人）').waitFor();
    await expectNoSidewaysScroll(page);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'zero-submission-application-detail-phone-390');
    await page.setViewportSize(DESKTOP);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'zero-submission-application-detail-desktop-1280');
    await page.setViewportSize(PHONE);
  });

  it('lets the market regulator’s approver find the licence and suspend it with a reason: verification says so at once, and the company is told', async () => {
    const page = await pages.open(DESKTOP);
    current = page;
    await signInAsStaff(page, baseUrl, 'approver.sj');
    await openFromMenu(page, '证照管理');
    await page.getByRole('heading', { level: 1, name: '证照管理' }).waitFor();
    await page.getByLabel('查找证照').fill(licenseNo.slice(0, 12).toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    const row = page.getByRole('row', { name: new RegExp(licenseNo) });
    await row.getByText('有效', { exact: true }).waitFor();
    await expect.poll(() => page.locator('.license-admin-table tbody tr.ant-table-row').count()).toBe(1);
    await shot(page, 'licenses-workbench-desktop-1280');

    await row.getByRole('button', { name: `暂停证照 ${licenseNo}` }).click();
    const dialog = page.getByRole('dialog', { name: '暂停证照' });
    // Under load a click as the dialog opens can be lost (CI, once: no message in 30 s). Another
    // click on the empty form only checks it again.
    const asked = dialog.getByText('请写明理由');
    await expect
      .poll(
        async () => {
          if (await asked.isVisible()) return true;
          await dialog.getByRole('button', { name: '暂停' }).click();
          return asked.isVisible();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    await dialog.getByLabel('理由').fill('经营场所不符合食品安全要求，停业整改');
    await dialog.getByRole('button', { name: '暂停' }).click();
    await page.getByText(`证照 ${licenseNo} 已暂停`).waitFor();
    await row.getByText('已暂停', { exact: true }).waitFor();
    await row.getByText('经营场所不符合食品安全要求，停业整改').waitFor();
    await row.getByRole('button', { name: `恢复证照 ${licenseNo}` }).waitFor();
    // The search is in the address: on a phone, after a reload, the same list.
    await page.setViewportSize(PHONE);
    await page.reload();
    await row.getByText('已暂停', { exact: true }).waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'licenses-workbench-phone-390');

    // Anyone scanning the QR code now sees it suspended, with the reason.
    const verify = await pages.open(PHONE);
    current = verify;
    await verify.goto(`${baseUrl}${verifyPath}`);
    await verify.locator('.verify-result').getByText('证照已暂停使用', { exact: true }).waitFor();
    await verify.getByText('经营场所不符合食品安全要求，停业整改').waitFor();
    await pages.release(verify);

    // The holder, the company, is told on its own account.
    const inbox = await pages.open(PHONE);
    current = inbox;
    await signInAsPerson(inbox, baseUrl, '91440604MA4W12345N');
    const notice = inbox.locator('.notification-body', { hasText: `证照编号${licenseNo}` }).filter({
      hasText: '暂停使用',
    });
    await expect
      .poll(
        async () => {
          await inbox.goto(`${baseUrl}/my/notifications`);
          await inbox.getByRole('heading', { level: 1, name: '我的消息' }).waitFor();
          return notice.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    await notice.getByText('原因：经营场所不符合食品安全要求，停业整改', { exact: false }).waitFor();
    await screenshot(inbox, 'licenses-holder-notified-phone-390');
    await pages.release(inbox);

    // Reinstated, it is valid again.
    current = page;
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await row.getByRole('button', { name: `恢复证照 ${licenseNo}` }).click();
    const reinstate = page.getByRole('dialog', { name: '恢复证照' });
    await reinstate.getByLabel('理由').fill('整改完成，经复查符合要求');
    await reinstate.getByRole('button', { name: '恢复' }).click();
    await row.getByText('有效', { exact: true }).waitFor();
    await pages.release(page);
  });
});
