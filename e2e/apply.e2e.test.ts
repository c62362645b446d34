import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  screenshot,
} from './support/browser.js';
import { DEMO_PASSWORD } from './support/session.js';

const baseUrl = inject('baseUrl');
const MATTER = '社会保障卡申领';
const zhangsan = {
  name: '张三',
  idNumber: '44060419900101123X',
  mobile: '13800138001',
  password: DEMO_PASSWORD,
};

/** Full-page screenshots from the top, with the fonts in, so every page is seen as a reader sees it. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

/** The flow's own progress line: "第 2 步，共 7 步". */
async function atStep(page: Page, step: number, total: number, heading: string) {
  await page.getByText(`第 ${step} 步，共 ${total} 步`).waitFor();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function pickOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

describe('applying online, as 张三 does it on his phone', () => {
  let browser: Browser;
  let page: Page;
  let applicationNo = '';
  let draftId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('apply', () => page);

  it('starts from the guide, logs in on the way and comes back to the form', async () => {
    await page.goto(`${baseUrl}/matters?q=${encodeURIComponent(MATTER)}`);
    await page.getByRole('link', { name: MATTER, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: MATTER }).waitFor();
    const apply = page.getByRole('link', { name: '在线申请' });
    await apply.waitFor();
    await page.getByText('需要先登录').waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'apply-guide-phone-390');

    await apply.click();
    await page.waitForURL('**/login');
    await page.getByLabel('账号').fill(zhangsan.mobile);
    await page.getByLabel('密码').fill(zhangsan.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/apply/440600-RS-*');
    await atStep(page, 1, 7, '申领对象');
    await page.getByText('申请人：张三').waitFor();
  });

  it('checks each page before moving on, and saves a draft half way', async () => {
    // Nothing chosen: the page says so and stays.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('此项为必填项').first().waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'apply-step1-error-phone-390');
    await page.getByLabel('本人申领').check();
    await page.getByRole('button', { name: '下一步' }).click();

    await atStep(page, 2, 7, '申领人信息');
    await page.getByLabel('申领人姓名').fill(zhangsan.name);
    await page.getByLabel('申领人公民身份号码').fill('440604199001011231');
    await page.getByLabel('申领人手机号码').fill(zhangsan.mobile);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('请输入正确的 18 位居民身份证号').waitFor();
    await page.getByLabel('申领人公民身份号码').fill(zhangsan.idNumber);
    await shot(page, 'apply-step2-phone-390');
    await page.getByRole('button', { name: '下一步' }).click();

    await atStep(page, 3, 7, '发卡合作银行');
    await pickOption(page, '发卡合作银行', '中国工商银行');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor();
    // The toast settles below the header and takes no tap: what is under its middle answers a click.
    const toastPlace = () =>
      page.evaluate(() => {
        const toast = document.querySelector('.ant-message-notice')?.getBoundingClientRect();
        const header = document.querySelector('.portal-header')!.getBoundingClientRect();
        if (!toast) return null;
        const hit = document.elementFromPoint(toast.x + toast.width / 2, toast.y + toast.height / 2);
        return { belowHeader: toast.top >= header.bottom, takesTap: Boolean(hit?.closest('.ant-message')) };
      });
    await expect.poll(toastPlace).toEqual({ belowHeader: true, takesTap: false });
    await page.waitForURL(/\/apply\/drafts\/[0-9a-f-]{36}\?step=3$/);
    draftId = /drafts\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await shot(page, 'apply-draft-saved-phone-390');
  });

  it('finds the draft under 我的办件 → 草稿 and carries on where it stopped', async () => {
    await page.getByRole('link', { name: '我的办件' }).first().click();
    await page.waitForURL('**/my/applications');
    await page.getByRole('tab', { name: '草稿' }).click();
    const draft = page.locator('.record-item', { has: page.locator(`a[href="/apply/drafts/${draftId}"]`) });
    await draft.getByText(MATTER).waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'apply-my-drafts-phone-390');
    await draft.getByRole('link', { name: '继续填写' }).click();

    // Everything up to the bank was answered: the draft opens on the first page still to do.
    await atStep(page, 4, 7, '结果领取方式');
    await page.getByText('已打开您保存的草稿').waitFor();
    await page.getByLabel('邮政寄递').check();
    // The follow-up questions appear on the same page as the choice that asks for them.
    await page.getByLabel('收件人姓名').fill(zhangsan.name);
    await page.getByLabel('收件人手机号码').fill(zhangsan.mobile);
    await page.getByLabel('所在区域').click();
    await page
      .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item', { hasText: '禅城区' })
      .click();
    await page
      .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item', { hasText: '祖庙街道' })
      .click();
    await page.getByLabel('详细地址').fill('人民路 1 号 301 房');
    await expectNoSidewaysScroll(page);
    await shot(page, 'apply-step4-delivery-phone-390');
    await page.getByRole('button', { name: '下一步' }).click();
  });

  it('asks for the photo the service needs, as a file uploaded from the phone', async () => {
    await atStep(page, 5, 7, '上传申请材料');
    const card = page.locator('.material-upload-card', { hasText: '证件照片' });
    await card.locator('input[type=file]').setInputFiles({
      name: '证件照.png',
      mimeType: 'image/png',
      buffer: await QRCode.toBuffer('张三'),
    });
    await card.getByRole('link', { name: '证件照.png' }).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
  });

  it('shows every answer for checking, and goes back to change one', async () => {
    await atStep(page, 6, 7, '核对信息');
    const answer = (label: string) =>
      page
        .locator('.answer-row', { has: page.getByText(label, { exact: true }) })
        .locator('.answer-value')
        .textContent({ timeout: 2000 });
    expect(await answer('申领人姓名')).toBe(zhangsan.name);
    expect(await answer('寄递地址')).toBe('广东省佛山市禅城区祖庙街道 人民路 1 号 301 房');
    expect(await answer('发卡合作银行')).toBe('中国工商银行');
    await expectNoSidewaysScroll(page);
    await shot(page, 'apply-check-phone-390');

    await page.getByRole('link', { name: /^修改\s*发卡合作银行$/ }).click();
    await atStep(page, 3, 7, '发卡合作银行');
    await pickOption(page, '发卡合作银行', '中国银行');
    await page.getByRole('button', { name: '保存并返回核对' }).click();
    await atStep(page, 6, 7, '核对信息');
    expect(await answer('发卡合作银行')).toBe('中国银行');
    await page.getByRole('button', { name: '确认无误，下一步' }).click();
  });

  it('will not send without the declaration, then sends and shows the number', async () => {
    await atStep(page, 7, 7, '承诺声明');
    await page.getByText('本人承诺所填写的信息及提交的材料真实、准确、完整').waitFor();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('请阅读并勾选承诺声明').waitFor();
    await shot(page, 'apply-declaration-phone-390');
    // 通办: the result is to be collected at a centre of another district than the deciding one.
    await page.getByLabel('到服务中心窗口领取').check();
    await pickOption(page, '领取的服务中心', '三水区行政服务中心');
    await page.getByLabel('我已阅读并同意以上承诺').check();
    await page.getByRole('button', { name: '提交申请' }).click();

    await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
    applicationNo = (await page.locator('[data-application-no]').getAttribute('data-application-no')) ?? '';
    expect(applicationNo).toMatch(/^\d{22}[\dX]$/);
    // Read as it is shown: in groups, and the whole number when copied from the page.
    expect(await page.locator('.application-no-group').allTextContents()).toEqual([
      applicationNo.slice(0, 6),
      applicationNo.slice(6, 14),
      applicationNo.slice(14, 22),
      applicationNo.slice(22),
    ]);
    await page.getByText(MATTER).first().waitFor();
    await page.getByText('承诺在受理后 10 个工作日内办结').waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'apply-confirmation-phone-390');

    // The draft went with the application.
    await page.getByRole('link', { name: '我的办件' }).last().click();
    await page.locator('.record-item', { hasText: applicationNo }).getByText('预审中').waitFor();
    await page.getByRole('tab', { name: '草稿' }).click();
    await page.getByRole('tabpanel', { name: '草稿' }).locator('.record-list, .empty-block').waitFor();
    await expect.poll(() => page.locator(`a[href="/apply/drafts/${draftId}"]`).count()).toBe(0);
  });

  it('lets anyone follow it by number and name, and tells nothing to a wrong name', async () => {
    const visitor = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await visitor.goto(baseUrl);
    await visitor.getByRole('link', { name: /办件进度查询/ }).click();
    await visitor.waitForURL('**/progress');
    // Read aloud or copied from a notice, numbers come with spaces.
    const spaced = `${applicationNo.slice(0, 6)} ${applicationNo.slice(6, 14)} ${applicationNo.slice(14)}`;
    await visitor.getByLabel('办件编号').fill(spaced);
    await visitor.getByLabel('申请人姓名或单位名称').fill(zhangsan.name);
    await visitor.getByRole('button', { name: '查询' }).click();
    const result = visitor.locator('.progress-result');
    await result.getByText('张*', { exact: true }).waitFor();
    await result.getByText('预审中').waitFor();
    await result.getByText('提交申请').waitFor();
    expect(await result.textContent()).not.toContain(zhangsan.name);
    await expectNoSidewaysScroll(visitor);
    await shot(visitor, 'apply-progress-found-phone-390');

    await visitor.getByLabel('申请人姓名或单位名称').fill('李四');
    await visitor.getByRole('button', { name: '查询' }).click();
    await visitor.getByText('没有找到符合条件的办件').waitFor();
    await expect.poll(() => result.count()).toBe(0);
    await shot(visitor, 'apply-progress-not-found-phone-390');
    await visitor.close();
  });

  it('withdraws it from the detail page, with a reason', async () => {
    await page.getByRole('tab', { name: '办件' }).click();
    await page
      .locator('.record-item', { hasText: applicationNo })
      .getByRole('link', { name: MATTER })
      .click();
    await page.waitForURL(`**/my/applications/${applicationNo}`);
    await page.getByRole('heading', { level: 1, name: MATTER }).waitFor();
    await page.getByText('申领人公民身份号码').waitFor();
    await page.getByText(zhangsan.idNumber).waitFor();
    expect(await page.locator('.detail-facts dt:has-text("结果领取") + dd').textContent()).toBe(
      '三水区行政服务中心',
    );
    await shot(page, 'apply-detail-phone-390');

    await page.getByRole('button', { name: '撤回申请' }).click();
    const dialog = page.getByRole('dialog', { name: '撤回申请' });
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await dialog.getByText('请填写撤回原因').waitFor();
    await dialog.getByLabel('撤回原因').fill('信息填写有误，重新申请');
    await shot(page, 'apply-withdraw-dialog-phone-390');
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await page.getByText('申请已撤回').waitFor();
    await page.locator('.detail-facts').getByText('已撤回').waitFor();
    await page.locator('.application-timeline').getByText('撤回申请').waitFor();
    await page.getByText('信息填写有误，重新申请').waitFor();
    await expect.poll(() => page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await shot(page, 'apply-withdrawn-phone-390');

    await page.setViewportSize(DESKTOP);
    await shot(page, 'apply-withdrawn-desktop-1280');
  });
});
