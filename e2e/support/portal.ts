import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { signInByApi } from './session.js';

export { samplePdf } from '../../server/src/test-support/sample-files.js';

/** Signs a demo person in (by the API, password login as on a phone) and opens `landing`. */
export const signInAsPerson = (page: Page, baseUrl: string, identifier: string, landing = '/') =>
  signInByApi(page, baseUrl, { identifier }, landing);

/** Signs a demo person in and switches to acting for an organisation they represent (on 我的账户). */
export async function signInActingFor(
  page: Page,
  baseUrl: string,
  identifier: string,
  organization: string,
): Promise<void> {
  await signInAsPerson(page, baseUrl, identifier, '/account');
  // A click, not check(): the choice shows once the server has switched the session, which
  // on a busy machine comes after Playwright's immediate look at the radio.
  const choice = page.getByRole('radio', { name: new RegExp(organization) });
  await choice.click();
  await page.getByText('已切换办事身份').waitFor();
  await expect.poll(() => choice.isChecked()).toBe(true);
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

/**
 * Picks an option of an antd Select in `scope`, typing it first when `typing` (long lists
 * render only what is in view), and again until the field shows the choice: under load a
 * click on the list could land as it was being filtered or re-rendered and not take (CI: a
 * form then said 请选择管理部门).
 */
async function pickUntilShown(scope: Page | Locator, label: string, option: string, typing: boolean) {
  const page = 'page' in scope ? scope.page() : scope;
  const input = scope.getByLabel(label, { exact: true });
  // `has` looks for its locator inside each match: one from the page, not from `scope`.
  const field = scope.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) });
  const shows = async () => (await field.textContent({ timeout: 5_000 }))?.includes(option) ?? false;
  await expect
    .poll(
      async () => {
        if (await shows()) return true;
        await input.click();
        if (typing) await input.fill(option);
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
          .first()
          .click({ timeout: 10_000 })
          .catch(() => undefined);
        return shows();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Picks an option of a searchable antd Select by typing it, until the field shows it. */
export const pickByTyping = (scope: Page | Locator, label: string, option: string) =>
  pickUntilShown(scope, label, option, true);

/** Picks an option of an antd Select from its list, until the field shows it. */
export const pickChecked = (scope: Page | Locator, label: string, option: string) =>
  pickUntilShown(scope, label, option, false);

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

/** The four corners drawSite clicks, in pixels from the red-line map's middle. */
export const SITE_CORNERS = [
  [-50, -40],
  [50, -40],
  [60, 40],
  [-40, 50],
] as const;

/**
 * Clicks the red-line map `dx`, `dy` pixels from its middle. Relative to the map, not the
 * window: a click elsewhere (a button below the map, on a phone) may have scrolled the page.
 */
export async function clickMap(map: Locator, dx: number, dy: number): Promise<void> {
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width / 2 + dx, y: box.height / 2 + dy } });
}

/**
 * Zooms the red-line map in `zoomSteps` times (from the whole city: a block's size), or until it
 * is as close as it goes, and clicks the four corners around its middle. A map already showing a
 * site (an uploaded file) is close in: 0 steps.
 */
export async function drawSite(page: Page, zoomSteps = 12): Promise<Locator> {
  const map = page.locator('.site-map[data-ready]');
  await map.waitFor();
  const zoomIn = map.getByRole('button', { name: '放大' });
  // Each step eases for a moment; a click meanwhile adds to the zoom reached so far, so a busy
  // machine would end up far out: the clicks are paced (the depth is for the screenshots only).
  // Where every step eased in full, the map reached its closest before the last click, which then
  // waited for a button turned off (once in CI): so a click that finds it off ends the zooming.
  for (let i = 0; i < zoomSteps; i++) {
    try {
      await zoomIn.click({ timeout: 5_000 });
    } catch (error) {
      if (await zoomIn.isEnabled()) throw error;
      break;
    }
    await page.waitForTimeout(300);
  }
  for (const [dx, dy] of SITE_CORNERS) await clickMap(map, dx, dy);
  await page.getByText(/已画 4 个拐点，约 [\d,]+ 平方米/).waitFor();
  return map;
}
