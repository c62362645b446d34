import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, screenshot } from './support/browser.js';

const baseUrl = inject('baseUrl');
const DEMO_TOTP_SECRET = 'ONEWINDOWFOSHANDEMOSECRET2345672';

async function staffLogin(page: Page, username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('tab', { name: '工作人员登录' }).click();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('Foshan@2026');
  await page.getByLabel('动态口令').fill(generateSync({ secret: DEMO_TOTP_SECRET }));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL('**/workbench');
}

describe('the staff workbench', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lets the security administrator in with TOTP and shows the staff accounts', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await staffLogin(page, 'secadmin');
    await page.getByText('安全管理员').first().waitFor();
    await page.goto(`${baseUrl}/workbench/staff`);
    await page.getByText('clerk.chancheng').waitFor();
    await screenshot(page, 'workbench-staff-desktop-1280');
    await page.close();
  });

  it('lets the audit administrator verify the audit chain', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await staffLogin(page, 'auditadmin');
    await page.goto(`${baseUrl}/workbench/audit`);
    await page.getByText('auth.login').first().waitFor();
    await page.getByRole('button', { name: '校验审计链' }).click();
    await page.getByText(/审计链完整/).waitFor();
    await screenshot(page, 'workbench-audit-phone-390');
    await page.close();
  });
});
