import type { Page } from 'playwright-core';

export { samplePdf } from '../../server/src/test-support/sample-files.js';

/** Signs a demo person in through the portal's login page (password login, as on a phone). */
export async function signInAsPerson(page: Page, baseUrl: string, identifier: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('账号').fill(identifier);
  await page.getByLabel('密码').fill('Foshan@2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs a demo person in and switches to acting for an organisation they represent (on 我的账户). */
export async function signInActingFor(
  page: Page,
  baseUrl: string,
  identifier: string,
  organization: string,
): Promise<void> {
  await signInAsPerson(page, baseUrl, identifier);
  await page.goto(`${baseUrl}/account`);
  await page.getByRole('radio', { name: new RegExp(organization) }).check();
  await page.getByText('已切换办事身份').waitFor();
}

/** The apply flow's own progress line ("第 2 步，共 7 步") and the page's heading. */
export async function atStep(page: Page, step: number, total: number, heading: string): Promise<void> {
  await page.getByText(`第 ${step} 步，共 ${total} 步`).waitFor();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Presses 下一步 and waits for the page it leads to. */
export async function nextStep(page: Page, step: number, total: number, heading: string): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await atStep(page, step, total, heading);
}

/** Picks an option of an antd Select found by its label. */
export async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** Picks an option of a searchable antd Select by typing it: long lists render only what is in view. */
export async function pickByTyping(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(option);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** Uploads a file for one material through its card's upload control and waits for it to be listed. */
export async function uploadMaterial(
  page: Page,
  material: string,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const card = page.locator('.material-upload-card', { hasText: material });
  await card.locator('input[type=file]').setInputFiles(file);
  await card.getByRole('link', { name: file.name }).waitFor();
}
