import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  screenshot,
} from './support/browser.js';
import { DEMO_PASSWORD } from './support/session.js';

const baseUrl = inject('baseUrl');
const INJURY = '440600-RS-0011'; // 工伤认定申请: its 工伤认定申请表 has a blank form and a sample
const CARD = '440600-RS-0005'; // 社会保障卡申领: asks for a photo
const lisi = { name: '李四', idNumber: '440605198506152048', mobile: '13800138002', password: DEMO_PASSWORD };

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

async function next(page: Page, step: number, heading: string) {
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByText(`第 ${step} 步，共 7 步`).waitFor();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('materials: blank forms on the guide, files uploaded with an application', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('materials', () => page);

  it('offers the application form blank and filled in, as PDF under its Chinese name', async () => {
    await page.goto(`${baseUrl}/matters/${INJURY}`);
    await page.getByRole('heading', { level: 1, name: '工伤认定申请' }).waitFor();
    const template = page.getByRole('link', { name: '下载“工伤认定申请表”空白表格' });
    await template.scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: '下载“工伤认定申请表”填写样例' }).waitFor();
    await shot(page, 'materials-guide-template-links-phone-390');

    const download = await page.request.get(`${baseUrl}${await template.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('工伤认定申请表（空白表格）.pdf')}`,
    );
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('takes a photo on the upload page, refuses a file that only calls itself PDF, and sends the photo along', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('账号').fill(lisi.mobile);
    await page.getByLabel('密码').fill(lisi.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/account');
    await page.goto(`${baseUrl}/apply/${CARD}`);
    await page.getByText('第 1 步，共 7 步').waitFor();
    await page.getByLabel('本人申领').check();
    await next(page, 2, '申领人信息');
    await page.getByLabel('申领人姓名').fill(lisi.name);
    await page.getByLabel('申领人公民身份号码').fill(lisi.idNumber);
    await page.getByLabel('申领人手机号码').fill(lisi.mobile);
    await next(page, 3, '发卡合作银行');
    await page.getByLabel('发卡合作银行', { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '中国银行' })
      .first()
      .click();
    await next(page, 4, '结果领取方式');
    await page.getByLabel('窗口领取').check();
    await next(page, 5, '上传申请材料');

    // Nothing uploaded yet: the page names what is missing and stays.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('请上传“证件照片”').first().waitFor();
    await page.getByText('第 5 步，共 7 步').waitFor();

    const card = page.locator('.material-upload-card', { hasText: '证件照片' });
    await card.getByText('最多 5 个文件，每个不超过 10 MB').waitFor();
    const input = card.locator('input[type=file]');
    await input.setInputFiles({
      name: '照片.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>not a pdf</html>'),
    });
    await card.getByText(/“照片\.pdf”上传失败：文件格式不支持/).waitFor();
    await input.setInputFiles({
      name: '证件照.png',
      mimeType: 'image/png',
      buffer: await QRCode.toBuffer(lisi.name),
    });
    await card.getByRole('link', { name: '证件照.png' }).waitFor();
    await expect.poll(() => card.getByText('上传失败').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await shot(page, 'materials-upload-phone-390');

    await next(page, 6, '核对信息');
    const materials = page.locator('.check-materials');
    await materials.locator('dt', { hasText: '证件照片' }).waitFor();
    await materials.getByRole('link', { name: /证件照\.png/ }).waitFor();
    await page.getByRole('button', { name: '确认无误，下一步' }).click();
    await page.getByLabel('我已阅读并同意以上承诺').check();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
    const applicationNo = await page.locator('[data-application-no]').getAttribute('data-application-no');

    await page.goto(`${baseUrl}/my/applications/${applicationNo}`);
    await page.getByRole('heading', { level: 2, name: '申请材料' }).waitFor();
    const link = page.getByRole('link', { name: '下载 证件照.png' });
    await shot(page, 'materials-application-detail-phone-390');
    const file = await page.request.get(`${baseUrl}${await link.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');
  });
});
