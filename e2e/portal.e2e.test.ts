import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectNoSidewaysScroll,
  launchBrowser,
  PHONE,
  pagePool,
  screenshot,
} from './support/browser.js';

const baseUrl = inject('baseUrl');
const citizen = {
  name: '黄丽',
  idNumber: '440608199507085039',
  wrongIdNumber: '440608199507085038',
  mobile: '13512349999',
  password: 'Gaoming#2026',
};

async function fillRegistration(page: Page, idNumber: string) {
  await page.getByLabel('姓名').fill(citizen.name);
  await page.getByLabel('身份证号').fill(idNumber);
  await page.getByLabel('手机号码').fill(citizen.mobile);
  await page.getByLabel('密码', { exact: true }).fill(citizen.password);
  await page.getByLabel('确认密码').fill(citizen.password);
  await page.getByRole('button', { name: '注册', exact: true }).click();
}

describe('the public portal, as a new citizen uses it', () => {
  let browser: Browser;
  const pages = pagePool(() => browser);
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the home page on a desktop and on a phone', async () => {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await pages.open(viewport);
      await page.goto(baseUrl);
      await page.getByText('佛山市行政服务中心').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      // Nothing may force a phone to scroll sideways.
      await expectNoSidewaysScroll(page);
      await screenshot(page, `portal-home-${name}-${viewport.width}`);
      await pages.release(page);
    }
  });

  it('registers with a wrong then a right ID number, logs out and logs in again', async () => {
    const page = await pages.open(PHONE);
    await page.goto(`${baseUrl}/register`);
    await fillRegistration(page, citizen.wrongIdNumber);
    await page.getByText('身份证号校验位不正确，请核对').waitFor();
    await screenshot(page, 'register-invalid-id-phone-390');
    expect(page.url()).toContain('/register');

    await page.getByLabel('身份证号').fill(citizen.idNumber);
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.waitForURL('**/account');
    await page.getByText('4406**********5039').first().waitFor();
    await screenshot(page, 'account-phone-390');

    await page.getByRole('button', { name: '退出登录' }).first().click();
    await page.getByRole('link', { name: '登录' }).first().waitFor();
    const session = await page.request.get(`${baseUrl}/api/v1/auth/session`);
    expect(session.status()).toBe(401);

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('账号').fill(citizen.idNumber);
    await page.getByLabel('密码').fill(citizen.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/account');
    await page.getByText(citizen.name).first().waitFor();
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'account-desktop-1280');
    await pages.release(page);
  });

  it('switches the whole interface to English', async () => {
    const page = await pages.open(DESKTOP);
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Log in', exact: true }).waitFor();
    await screenshot(page, 'login-english-desktop-1280');
    await pages.release(page);
  });
});
