import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  appeared,
  DESKTOP,
  expectNoSidewaysScroll,
  keepEvidenceOnFailure,
  launchBrowser,
  PHONE,
  pagePool,
  screenshot,
} from './support/browser.js';
import { pickByTyping, pickChecked } from './support/portal.js';
import { openFromMenu, signInAsStaff } from './support/staff.js';

const baseUrl = inject('baseUrl');

const staffLogin = (page: Page, username: string) => signInAsStaff(page, baseUrl, username);

/** Full-page screenshots from the top, so sticky headers and panels sit where a reader sees them. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
}

describe('the online hall and the catalogue administration', () => {
  let browser: Browser;
  const pages = pagePool(() => browser);
  let current: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  keepEvidenceOnFailure('catalogue', () => current);

  it('finds 社保 matters from the pinyin initials "sb" and shows a guide, on a phone and on a desktop', async () => {
    for (const [name, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const page = await pages.open(viewport);
      current = page;
      await page.goto(baseUrl);
      await page.getByLabel('搜索事项').fill('sb');
      await page.getByRole('button', { name: '搜索' }).click();
      await page.waitForURL('**/matters?q=sb');
      await page.getByRole('heading', { name: '“sb”的搜索结果' }).waitFor();

      const results = page.locator('.matter-list .matter-item-name');
      await results.first().waitFor();
      const names = await results.allTextContents();
      expect(
        names.some((n) => /社会保[险障]|社保/.test(n)),
        names.join('、'),
      ).toBe(true);
      await page.evaluate(() => document.fonts.ready);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `catalogue-hall-sb-${name}-${viewport.width}`);

      const card = page.getByRole('link', { name: '社会保障卡申领', exact: true });
      const target = (await card.count()) > 0 ? card : results.first();
      const matterName = (await target.textContent()) ?? '';
      await target.click();
      await page.getByRole('heading', { level: 1, name: matterName }).waitFor();

      const materials = page.getByRole('region', { name: '申请材料' });
      await materials.getByText('居民身份证').first().waitFor();
      await page.getByText(/今天申请，预计 \d{4}年\d{1,2}月\d{1,2}日 前办结/).waitFor();
      await page.getByRole('heading', { name: '申请表（样表）' }).waitFor();
      await page.getByRole('button', { name: '检查填写' }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `catalogue-guide-${name}-${viewport.width}`);
      await pages.release(page);
    }
  });

  it('lets the system administrator design a conditional form, publish the matter and find it in the hall', async () => {
    const code = '440600-RS-9901';
    const matterName = '社会保障卡邮寄补领（演示）';
    const page = await pages.open(DESKTOP);
    current = page;
    await staffLogin(page, 'sysadmin');
    await openFromMenu(page, '事项管理');
    await page.waitForURL('**/admin/matters');
    await page.getByRole('link', { name: '新建事项' }).click();
    await page.waitForURL('**/admin/matters/new');

    await page.getByLabel('事项编码', { exact: true }).fill(code);
    await page.getByLabel('事项名称', { exact: true }).fill(matterName);
    await pickByTyping(page, '实施部门', '人力资源和社会保障局');
    await pickChecked(page, '主题分类（选填）', '社保');
    await page
      .getByLabel('事项简介', { exact: true })
      .fill('社会保障卡遗失或损坏的，可在网上申请补领，并选择邮寄到家。');
    await page.getByLabel('第 1 步', { exact: true }).fill('网上申请');
    await page.getByLabel('办理结果', { exact: true }).fill('社会保障卡');

    await page.getByRole('tab', { name: '申请材料' }).click();
    await page.getByRole('button', { name: '添加材料' }).click();
    const material = page.getByRole('region', { name: '材料 1' });
    await material.getByLabel('材料名称', { exact: true }).fill('居民身份证');
    await pickChecked(material, '材料来源', '电子证照');
    await material.getByLabel('电子证照名称', { exact: true }).fill('居民身份证');

    await page.getByRole('tab', { name: '表单设计' }).click();
    await page.getByRole('button', { name: '添加字段' }).click();
    const delivery = page.getByRole('region', { name: '字段 1' });
    await delivery.getByLabel('显示名称', { exact: true }).fill('领取方式');
    await pickChecked(delivery, '字段类型', '单选');
    await delivery.getByLabel('字段名', { exact: true }).fill('delivery');
    const options = delivery.getByLabel('选项', { exact: true });
    await options.fill('窗口领取');
    await options.press('Enter');
    await options.fill('邮寄');
    await options.press('Enter');
    await delivery.getByLabel('必填', { exact: true }).click();

    await page.getByRole('button', { name: '添加字段' }).click();
    const address = page.getByRole('region', { name: '字段 2' });
    await address.getByLabel('显示名称', { exact: true }).fill('邮寄地址');
    await pickChecked(address, '字段类型', '地址');
    await address.getByLabel('字段名', { exact: true }).fill('mailAddress');
    await address.getByLabel('必填', { exact: true }).click();
    await address.getByRole('button', { name: '添加显示条件' }).click();
    await pickChecked(address, '条件字段', '领取方式');
    await pickChecked(address, '等于', '邮寄');

    // The live preview is compiled by the server: the address appears only once 邮寄 is chosen.
    const preview = page.getByRole('region', { name: '实时预览' });
    // Until the last edit is compiled, a recompile could replace the form a choice is made in.
    await expect.poll(() => preview.getAttribute('aria-busy')).toBe('false');
    await preview.getByLabel('邮寄', { exact: true }).waitFor();
    await expect.poll(() => preview.getByRole('group', { name: '邮寄地址' }).count()).toBe(0);
    await shot(page, 'catalogue-designer-desktop-1280');
    // A recompile landing just after the choice (the last edit's, late on a loaded machine; CI
    // 2026-11-27) replaces the form without it: choose again until the address shows.
    await expect
      .poll(
        async () => {
          const post = preview.getByLabel('邮寄', { exact: true });
          if (!(await post.isChecked())) await post.check();
          return preview.getByRole('group', { name: '邮寄地址' }).count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await preview.getByLabel('所在区域', { exact: true }).waitFor();
    await shot(page, 'catalogue-designer-preview-desktop-1280');

    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(`**/admin/matters/${code}?tab=form`);
    await page.getByText('待发布草稿：第 1 版').waitFor();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await (await appeared(page.getByRole('dialog')))
      .getByRole('button', { name: '发布', exact: true })
      .click();
    await page.getByText('当前发布：第 1 版').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The designer on a phone: the preview comes below the fields.
    await page.setViewportSize(PHONE);
    await page.getByRole('region', { name: '实时预览' }).scrollIntoViewIfNeeded();
    await shot(page, 'catalogue-designer-phone-390');

    const citizen = await pages.open(PHONE);
    await citizen.goto(`${baseUrl}/matters`);
    await citizen.getByLabel('搜索事项').fill('邮寄补领');
    await citizen.getByRole('button', { name: '搜索' }).click();
    await citizen.getByRole('link', { name: matterName }).click();
    await citizen.getByRole('heading', { level: 1, name: matterName }).waitFor();
    await citizen.getByText('电子证照：居民身份证（免提交）').first().waitFor();
    await citizen.getByLabel('邮寄', { exact: true }).check();
    await citizen.getByRole('group', { name: '邮寄地址' }).waitFor();
    await citizen.getByRole('button', { name: '检查填写' }).click();
    await citizen.getByText('此项为必填项').first().waitFor();
    await shot(citizen, 'catalogue-published-guide-phone-390');
    await pages.release(citizen);
    await pages.release(page);
  });
});
