import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, pagePool, screenshot } from './support/browser.js';
import { signInAsStaff, signInAsStaffOnLoginPage } from './support/staff.js';

const baseUrl = inject('baseUrl');

describe('the staff workbench', () => {
  let browser: Browser;
  const pages = pagePool(() => browser);
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lets the security administrator in with TOTP and shows the staff accounts', async () => {
    const page = await pages.open(DESKTOP);
    await signInAsStaffOnLoginPage(page, baseUrl, 'secadmin');
    await page.getByText('安全管理员').first().waitFor();
    await page.goto(`${baseUrl}/workbench/staff`);
    await page.getByText('clerk.chancheng').waitFor();
    await screenshot(page, 'workbench-staff-desktop-1280');
    await pages.release(page);
  });

  it('lets the audit administrator verify the audit chain', async () => {
    const page = await pages.open(PHONE);
    await signInAsStaff(page, baseUrl, 'auditadmin', '/workbench/audit');
    await page.getByText('auth.login').first().waitFor();
    await page.getByRole('button', { name: '校验审计链' }).click();
    await page.getByText(/审计链完整/).waitFor();
    await screenshot(page, 'workbench-audit-phone-390');
    await pages.release(page);
  });

  it("opens on what waits for a reviewer: their tasks, the department's, the late ones, one tap from each list", async () => {
    const page = await pages.open(DESKTOP);
    await signInAsStaff(page, baseUrl, 'reviewer.zrzy');
    const mine = page.locator('.task-summary-link', { hasText: '我的待办' });
    await mine.locator('.ant-statistic-content-value').waitFor();
    const shown = Number(await mine.locator('.ant-statistic-content-value').textContent());
    expect(shown).toBeGreaterThan(0);
    await screenshot(page, 'workbench-home-desktop-1280');
    await mine.click();
    await page.waitForURL(/\/workbench\/inbox\?scope=mine/);
    // The inbox's own total agrees with the figure on the home page.
    await page
      .getByText(new RegExp(`共\\s*${shown}\\s*条`))
      .first()
      .waitFor();
    await pages.release(page);
  });
});
