import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keepEvidenceOnFailure, launchBrowser, pagePool, screenshot } from './support/browser.js';
import { act, choose, fillDate, openFromMenu, staffDesks } from './support/staff.js';

const baseUrl = inject('baseUrl');

/** A date n days from today, as the clerk would pick it. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('a walk-in accepted with a shortfall, and a supervisor chasing a late case', () => {
  let browser: Browser;
  let current: Page | undefined;
  const pages = pagePool(() => browser);
  const as = staffDesks(pages, baseUrl, (page) => {
    current = page;
  });
  let applicationNo = '';
  /** A member of staff on the case's page (signed in on the way there the first time). */
  const openCase = async (username: string) => {
    const page = await as(username, { at: `/workbench/cases/${applicationNo}` });
    await page.getByRole('heading', { level: 1, name: '无犯罪记录证明开具' }).waitFor();
    return page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('window', () => current);

  it('lets a clerk take in 李四 at the city centre and accept with a missing non-key material (容缺受理)', async () => {
    const page = await as('clerk.city');
    await openFromMenu(page, '窗口收件');
    await page.getByLabel('查找事项').fill('无犯罪记录');
    await page.getByLabel('查找事项').press('Enter');
    await page.getByRole('button', { name: '选择事项 无犯罪记录证明开具' }).click();
    await page.getByLabel('姓名', { exact: true }).fill('李四');
    await page.getByLabel('身份证号', { exact: true }).fill('440605198506152048');
    // 通办: 李四 will collect the result at 南海's centre, though 市公安局 decides.
    await page.getByLabel('领取地点（选填）').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '南海区行政服务中心' })
      .click();
    await page.getByLabel('申请人姓名').fill('李四');
    await page.getByLabel('申请人公民身份号码').fill('440605198506152048');
    await page.getByLabel('申请人手机号码').fill('13800138002');
    await page.getByLabel('证明用途').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '入职' }).click();
    await page.getByText('本人办理', { exact: true }).click();
    // The 授权委托书 李四 brought, scanned at the window.
    const card = page.locator('.material-upload-card', { hasText: '授权委托书' });
    await card.locator('input[type=file]').setInputFiles({
      name: '授权委托书.png',
      mimeType: 'image/png',
      buffer: await QRCode.toBuffer('授权委托书'),
    });
    await card.getByRole('link', { name: '授权委托书.png' }).waitFor();
    await screenshot(page, 'window-intake-materials-desktop-1280');
    await page.getByRole('button', { name: '提交收件并进入受理' }).click();
    await page.waitForURL('**/workbench/cases/**');
    applicationNo = page.url().split('/').pop()!;

    await act(page, '容缺受理', async (dialog) => {
      await dialog.getByLabel('缺少的材料').fill('受托人居民身份证');
      await fillDate(dialog, '补交期限', inDays(7));
      await dialog.getByLabel('承诺书编号或名称').fill('容缺承诺书（现场签署）');
    });
    await page.locator('.case-header').getByText('已受理').waitFor();
    await page.getByText('尚未补齐：材料补齐前不能作出准予决定。').waitFor();
    // The scanned file is in the case's file, viewable in place.
    await page.getByText('授权委托书.png').first().waitFor();
    await screenshot(page, 'window-shortfall-accepted-desktop-1280');
    await as.leave('clerk.city');
  });

  it('lets 公安 review, but not approve, until the material is handed in at another window; then the case completes', async () => {
    const reviewer = await openCase('reviewer.ga');
    await act(reviewer, '审查', async (dialog) => {
      await choose(dialog, '同意');
      await dialog.getByLabel('意见').fill('经核查，申请人信息属实');
    });

    const approver = await openCase('approver.ga');
    await approver.locator('.case-actions').getByRole('button', { name: '作出决定', exact: true }).click();
    const dialog = approver.getByRole('dialog', { name: '作出决定' });
    await dialog.getByText('容缺材料尚未补齐，暂不能作出准予决定。').waitFor();
    await dialog
      .getByRole('button', { name: '取 消' })
      .or(dialog.getByRole('button', { name: '取消' }))
      .first()
      .click();

    // 李四 brings the missing copy to 南海's centre: any window registers it.
    const clerk = await openCase('clerk.nanhai');
    await act(clerk, '登记补齐容缺材料', (d) =>
      d.getByLabel('说明（选填）').fill('申请人已到南海区行政服务中心补交'),
    );
    await as.leave('clerk.nanhai');

    await openCase('approver.ga');
    await act(approver, '作出决定', async (d) => {
      await choose(d, '准予');
      await d.getByLabel('意见').fill('符合条件，准予开具');
    });
    await openCase('reviewer.ga');
    // 通办: decided by 市公安局, collected where 李四 chose at intake — preselected.
    await act(reviewer, '送达', async (d) => {
      await choose(d, '窗口领取');
      await d.getByText('南海区行政服务中心').waitFor();
    });
    await reviewer.getByText('南海区行政服务中心').first().waitFor();
    await act(reviewer, '办结', async () => undefined);
    await reviewer.locator('.case-header').getByText('已办结').waitFor();
    await screenshot(reviewer, 'window-shortfall-completed-desktop-1280');
    await as.leave('approver.ga');
  });

  it('shows the supervisor a red case and lets them issue an order to its department', async () => {
    const page = await as('supervisor');
    await openFromMenu(page, '督查督办');
    await page.getByRole('tab', { name: /超期/ }).click();
    const open = page.getByRole('link', { name: /^查看办件 / }).first();
    await open.waitFor();
    // Every column in view at 1280 pixels, 督办单 included: nothing hidden off to the side.
    const overflow = await page
      .locator('.case-list .ant-table-content')
      .evaluate((table) => table.scrollWidth - table.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'supervision-red-desktop-1280');
    await open.click();
    await page.waitForURL('**/workbench/cases/**');
    await page.getByText('超期').first().waitFor();
    await act(page, '下发督办单', async (dialog) => {
      await dialog.getByLabel('督办部门').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await dialog.getByLabel('督办内容').fill('该件已超过承诺时限，请于3个工作日内办结并书面说明原因');
      await fillDate(dialog, '答复期限', inDays(5));
    });
    await page
      .locator('.order-text', { hasText: '该件已超过承诺时限，请于3个工作日内办结并书面说明原因' })
      .waitFor();
    await screenshot(page, 'supervision-order-desktop-1280');
  });
});
