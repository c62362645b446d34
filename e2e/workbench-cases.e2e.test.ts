import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  pagePool,
  screenshot,
} from './support/browser.js';
import { atStep, nextStep, pickOption, samplePdf, signInAsPerson, uploadMaterial } from './support/portal.js';
import { act, choose, openFromMenu, staffDesks } from './support/staff.js';

const baseUrl = inject('baseUrl');
// 一手房办证: 自然资源 (FS-ZRZY) decides; 住建 (FS-ZJ) checks the sale's filing alongside (并联审查),
// and the applicant uploads the sale's invoice (the other materials are fetched as shared data).
const MATTER = '新建商品房转移登记（一手房办证）';
const INVOICE = '销售不动产统一发票';
const PAGES = 8;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

/** The inbox's 部门待办, searched by the number (the demo's own cases fill the first pages). */
async function findInPool(page: Page, applicationNo: string) {
  await openFromMenu(page, '我的待办');
  await page.waitForURL(/\/workbench\/inbox$/);
  const pool = page.getByRole('tab', { name: /部门待办/ });
  await pool.click();
  await expect.poll(() => pool.getAttribute('aria-selected')).toBe('true');
  await page.getByLabel('查找办件').fill(applicationNo);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('共 1 条').or(page.locator('.inbox-cards .case-card')).first().waitFor();
}

/** From the inbox to the case, as a reviewer starts the day. */
async function openFromPool(page: Page, applicationNo: string) {
  await findInPool(page, applicationNo);
  await page.getByRole('link', { name: `办理办件 ${applicationNo}` }).click();
  await page.getByRole('heading', { level: 1, name: MATTER }).waitFor();
}

const actionsOf = (page: Page) => page.locator('.case-actions');

describe('an online application with materials, through the back office to the applicant’s rating', () => {
  let browser: Browser;
  let applicationNo = '';
  let current: Page | undefined;
  // 张三's own phone, signed in once: he applies on it and comes back to it for the result.
  let citizen: Page;
  const pages = pagePool(() => browser);
  const as = staffDesks(pages, baseUrl, (page) => {
    current = page;
  });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('cases', () => current);

  it('lets 张三 find the matter, fill its form page by page, upload the invoice, sign and submit', async () => {
    citizen = await pages.open(PHONE);
    current = citizen;
    const page = citizen;
    await signInAsPerson(page, baseUrl, '13800138001');
    await page.getByLabel('搜索事项').fill('一手房');
    await page.getByLabel('搜索事项').press('Enter');
    await page.getByRole('link', { name: MATTER, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: MATTER }).waitFor();
    await page.getByRole('link', { name: '在线申请' }).click();

    await atStep(page, 1, PAGES, '楼盘（项目）名称、房号、规划用途');
    await page.getByText('申请人：张三').waitFor();
    await page.getByLabel('楼盘（项目）名称').fill('季华雅苑');
    await page.getByLabel('房号').fill('3座1201房');
    await pickOption(page, '规划用途', '住宅');
    await nextStep(page, 2, PAGES, '建筑面积');
    await page.getByLabel('建筑面积').fill('98.5');
    await nextStep(page, 3, PAGES, '买受人');
    await page.getByLabel('姓名或名称').fill('张三');
    await page.getByLabel('自然人').check();
    // The ID number is asked for only once the buyer is a natural person.
    await page.getByLabel('公民身份号码').fill('44060419900101123X');
    await nextStep(page, 4, PAGES, '共有方式');
    await page.getByLabel('单独所有').check();
    await nextStep(page, 5, PAGES, '开发企业名称');
    await page.getByLabel('开发企业名称').fill('佛山市示例置业有限公司');

    // The invoice and the developer's business licence (another party's: not taken from his
    // wallet) are his to upload; his ID card, the filing and the tax record are fetched.
    await nextStep(page, 6, PAGES, '上传申请材料');
    await page.locator('.material-exempt').getByText('商品房买卖合同').waitFor();
    await uploadMaterial(page, INVOICE, {
      name: `${INVOICE}.pdf`,
      mimeType: 'application/pdf',
      buffer: await samplePdf('Invoice 2026-0001'),
    });
    await uploadMaterial(page, '开发企业营业执照', {
      name: '开发企业营业执照.pdf',
      mimeType: 'application/pdf',
      buffer: await samplePdf('Business licence of the developer'),
    });
    await shot(page, 'cases-apply-materials-phone-390');

    await nextStep(page, 7, PAGES, '核对信息');
    await page
      .locator('.check-materials')
      .getByRole('link', { name: new RegExp(`${INVOICE}\\.pdf`) })
      .waitFor();
    await page.getByText('季华雅苑').waitFor();
    await page.getByRole('button', { name: '确认无误，下一步' }).click();
    await atStep(page, 8, PAGES, '承诺声明');
    await page.getByLabel('我已阅读并同意以上承诺').check();
    await page.getByRole('button', { name: '提交申请' }).click();

    await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
    applicationNo = (await page.locator('[data-application-no]').getAttribute('data-application-no')) ?? '';
    expect(applicationNo).toMatch(/^440600\d{16}[\dX]$/);
    await page.getByText(MATTER).first().waitFor();
    await shot(page, 'cases-apply-submitted-phone-390');
  });

  it('shows the online application in 自然资源’s pool, on a desk and on a phone', async () => {
    const phone = await as('reviewer.zrzy', { viewport: PHONE, at: '/workbench' });
    await phone.getByRole('button', { name: '打开导航' }).click();
    await findInPool(phone, applicationNo);
    await phone.getByRole('link', { name: `办理办件 ${applicationNo}` }).waitFor();
    await expectNoSidewaysScroll(phone);
    await shot(phone, 'cases-inbox-phone-390');

    const page = await as('reviewer.zrzy', { at: '/workbench' });
    await findInPool(page, applicationNo);
    const row = page.getByRole('row', { name: /新建商品房转移登记/ });
    await row.getByText('环节：网上预审').waitFor();
    await shot(page, 'cases-inbox-desktop-1280');
  });

  it('lets reviewer.zrzy ask for a clearer invoice in one notice, and 张三 answer it on his phone', async () => {
    const page = await as('reviewer.zrzy');
    await openFromPool(page, applicationNo);
    await act(page, '一次性告知补正', async (dialog) => {
      await dialog.getByLabel(/涉及材料/).fill(INVOICE);
      await dialog.getByLabel('需要补正的问题').fill('发票金额处模糊，请重新扫描上传');
    });
    await page.getByText('待补正').first().waitFor();

    // 张三 finds every item of the notice on his application, and answers it there at once.
    current = citizen;
    await citizen.goto(`${baseUrl}/my/applications/${applicationNo}`);
    const answer = citizen.locator('.correction-answer');
    await answer.getByText(`${INVOICE}：发票金额处模糊，请重新扫描上传`).waitFor();
    await uploadMaterial(citizen, INVOICE, {
      name: '发票（重新扫描）.pdf',
      mimeType: 'application/pdf',
      buffer: await samplePdf('invoice again'),
    });
    await answer.getByLabel(/补正说明/).fill('已重新扫描发票，金额清晰');
    await expectNoSidewaysScroll(citizen);
    await shot(citizen, 'cases-correction-phone-390');
    await answer.getByRole('button', { name: '提交补正' }).click();
    await answer.waitFor({ state: 'detached' });
    await citizen.locator('.detail-facts').getByText('已补正').waitFor();
    await citizen.getByRole('link', { name: '发票（重新扫描）.pdf' }).waitFor();
  });

  it('lets reviewer.zrzy accept it after reading the file; the clock starts and both departments get their review', async () => {
    const page = await as('reviewer.zrzy');
    await openFromPool(page, applicationNo);
    await page.getByText('受理期限：').waitFor();
    await page.getByText('季华雅苑').waitFor();
    // The uploaded invoice opens in place, as the PDF it is.
    await page.getByRole('button', { name: `查看 ${INVOICE}.pdf` }).click();
    const viewer = page.getByRole('dialog', { name: `${INVOICE}：${INVOICE}.pdf` });
    const frame = viewer.locator('iframe.material-frame');
    const pdf = await page.request.get(new URL((await frame.getAttribute('src'))!, baseUrl).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await shot(page, 'cases-material-viewer-desktop-1280');
    await viewer.getByRole('button', { name: '关闭' }).click();
    await viewer.waitFor({ state: 'hidden' });
    await shot(page, 'cases-prereview-desktop-1280');

    await act(page, '受理', (dialog) => dialog.getByLabel('说明（选填）').fill('材料齐全，符合法定形式'));
    await page.getByText('计时中').waitFor();
    await page.getByText('并联审查').waitFor();
    await page
      .locator('.step-branch', { hasText: '商品房备案核验' })
      .getByText('佛山市住房和城乡建设局')
      .waitFor();
    // Every action the reviewer has now is a review's, and the intake decisions are gone.
    await actionsOf(page).getByRole('button', { name: '审查', exact: true }).waitFor();
    expect(await actionsOf(page).getByRole('button', { name: '受理', exact: true }).count()).toBe(0);
  });

  it('takes the two departments’ reviews in parallel, then the approval and the electronic delivery', async () => {
    const zj = await as('reviewer.zj');
    await openFromPool(zj, applicationNo);
    await act(zj, '审查', async (dialog) => {
      await choose(dialog, '同意');
      await dialog.getByLabel('意见').fill('网签备案信息一致');
    });
    await zj.getByText('您目前不需要对本办件进行操作。').waitFor();
    await as.leave('reviewer.zj');

    // The decision waits for 自然资源's own review.
    const approver = await as('approver.zrzy', { at: `/workbench/cases/${applicationNo}` });
    await approver.getByText('您目前不需要对本办件进行操作。').waitFor();

    const reviewer = await as('reviewer.zrzy', { at: `/workbench/cases/${applicationNo}` });
    await act(reviewer, '审查', async (dialog) => {
      await choose(dialog, '同意');
      await dialog.getByLabel('意见').fill('权属清楚，同意登记');
    });

    await as('approver.zrzy');
    await approver.getByRole('button', { name: '刷新' }).click();
    await act(approver, '作出决定', async (dialog) => {
      await choose(dialog, '准予');
      await dialog.getByLabel('意见').fill('准予登记');
    });
    await approver.getByText('已停止计时（已作出决定）').first().waitFor();
    await shot(approver, 'cases-decided-desktop-1280');

    await as('reviewer.zrzy');
    await reviewer.getByRole('button', { name: '刷新' }).click();
    await act(reviewer, '送达', async (dialog) => {
      await choose(dialog, '电子送达');
    });
    await reviewer.locator('.case-header').getByText('已送达').waitFor();
    const log = reviewer.locator('.case-timeline');
    for (const entry of ['提交申请', '受理', '审查', '作出决定', '送达'])
      await log.getByText(entry, { exact: true }).first().waitFor();
    await shot(reviewer, 'cases-delivered-desktop-1280');
    await as.leave('approver.zrzy');
  });

  it('shows 张三 his application delivered in 我的办件, with its notices, and takes his rating', async () => {
    const page = citizen;
    current = page;
    await page.getByRole('link', { name: '我的办件' }).first().click();
    await page
      .locator('.record-item', { hasText: applicationNo })
      .getByRole('link', { name: MATTER })
      .click();
    await page.waitForURL(`**/my/applications/${applicationNo}`);
    await page.getByText('已送达').first().waitFor();
    // The written notices of each step, ready to download.
    for (const title of ['收件回执', '受理通知书', '办理结果通知书'])
      await page.locator('.application-notices').getByText(title).first().waitFor();
    await shot(page, 'cases-applicant-delivered-phone-390');

    // The QR code's page: anyone holding the notice can check it, and sees only masked facts.
    const acceptance = page.locator('.application-notices .ant-list-item', { hasText: '受理通知书' });
    await acceptance.getByRole('link', { name: '核验' }).click();
    await page.getByText('核验通过').waitFor();
    const facts = page.locator('.detail-facts');
    await facts.getByText('张*').waitFor();
    expect(await facts.textContent()).not.toContain('张三');
    await shot(page, 'notice-verified-phone-390');
    await page.goBack();
    await page.getByText('已送达').first().waitFor();

    // 好差评: five levels, the indicators, one evaluation.
    await page.locator('.level-choice label', { hasText: '非常满意' }).click();
    for (const indicator of ['办事效率', '办事指南准确性', '办事便利度', '服务态度'])
      await page.getByRole('radiogroup', { name: indicator }).locator('.ant-rate-star').nth(4).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('您的评价').first().waitFor();
    await shot(page, 'cases-applicant-rated-phone-390');
    await pages.release(page);
  });

  it('lets a clerk at any centre take in a walk-in applicant and go straight to the intake decision', async () => {
    const page = await as('clerk.chancheng');
    await openFromMenu(page, '窗口收件');
    await page.getByLabel('查找事项').fill('户籍信息证明');
    await page.getByLabel('查找事项').press('Enter');
    await page.getByRole('button', { name: '选择事项 户籍信息证明开具' }).click();
    // The ID card as read at the window; a wrong check digit is caught under the field itself.
    await page.getByLabel('姓名', { exact: true }).fill('陈小明');
    await page.getByLabel('身份证号', { exact: true }).fill('440607198811114025');
    await page.getByLabel('申请人姓名').fill('陈小明');
    await page.getByLabel('申请人公民身份号码').fill('440607198811114024');
    await page.getByLabel('申请人手机号码').fill('13900139001');
    await page.getByLabel('证明用途').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '就业' }).click();
    await page.getByRole('button', { name: '提交收件并进入受理' }).click();
    await page.getByText('身份证号校验位不正确').waitFor();
    await page.getByLabel('身份证号', { exact: true }).fill('440607198811114024');
    await page.getByRole('button', { name: '提交收件并进入受理' }).click();

    await page.waitForURL('**/workbench/cases/**');
    await page.getByRole('heading', { level: 1, name: '户籍信息证明开具' }).waitFor();
    await shot(page, 'cases-window-intake-desktop-1280');
    await act(page, '受理', async () => undefined);
    await page.locator('.case-header').getByText('已受理').waitFor();
  });
});
